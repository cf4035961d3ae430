"""Parts of a whole and turns of a rate: a part of domestic sales told after the whole, a growth that eased from a
rate of a month named, a level reached in a month beside an outlook for the year, a turn "a first since" a year, and
a market abroad a headline names by its nickname. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.common.dates import period_bounds
from tests.unit.ingest.test_reading_more_news import _rows

PARTS = ("Home sales edge up in March\n\n"
         "Korvi's home country's domestic sales in March stood at 1.862 million units, up 4% from February. Of these, "
         "petrol car sales totaled 0.91 million units, down 1.2% month-on-month.\n\n"
         "From January through March, domestic automobile sales reached 5.114 million units. Sales of petrol cars "
         "during the same period declined 6.1% to 2.733 million units.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("0.91 million", "gasoline_powered_vehicle_domestic_sales"),
    ("1.2%", "gasoline_powered_vehicle_domestic_sales_mom_pct"),
    ("6.1%", "gasoline_powered_vehicle_domestic_sales_yoy_pct"),
    ("2.733 million", "gasoline_powered_vehicle_domestic_sales"),
])
def test_a_part_told_after_a_domestic_whole_is_domestic_too(tmp_path: Path, stated: str, metric: str) -> None:
    assert _rows(tmp_path, PARTS, published="2025-04-11")[stated]["metric"] == metric


def test_a_part_after_a_whole_sold_abroad_is_not_domestic(tmp_path: Path) -> None:
    text = ("Sales in March\n\nDomestic car sales rose 3% to 1.9 million units in March. Of these, exports of petrol "
            "cars came to 0.2 million units.\n")
    row = _rows(tmp_path, text, published="2025-04-11")["0.2 million"]
    assert "domestic" not in row["metric"]


def test_a_sentence_after_a_whole_that_is_not_domestic_stays_as_it_was_told(tmp_path: Path) -> None:
    text = ("Sales in March\n\nCar sales reached 2.3 million units in March. Of these, petrol car sales totaled "
            "1.1 million units.\n")
    row = _rows(tmp_path, text, published="2025-04-11")["1.1 million"]
    assert row["metric"] == "gasoline_powered_vehicle_sales"


EASED = ("Korvi Motors lifts its goal\n\n"
         "Korvi Motors lifted its full-year goal for 2025 to 2.4 million units, but growth in its sales "
         "{verb} to 31 percent from 38 percent in {month}.\n")


@pytest.mark.parametrize(("verb", "month", "published", "period"), [
    ("eased", "May", "2025-07-08", "2025-06"),
    ("slowed", "April", "2025-05-20", "2025-05"),
])
def test_a_rate_moved_from_a_month_s_rate_is_of_the_month_after(tmp_path: Path, verb: str, month: str,
                                                                 published: str, period: str) -> None:
    rows = _rows(tmp_path, EASED.format(verb=verb, month=month), published=published)
    assert rows["31 percent"]["period"] == period
    assert rows["38 percent"]["period"] == f"{period[:5]}{int(period[5:]) - 1:02d}"


def test_a_rate_whose_own_month_is_named_keeps_it(tmp_path: Path) -> None:
    text = "Korvi Motors sales\n\nSales at Korvi Motors rose 12% in June from 9% in April.\n"
    assert _rows(tmp_path, text, published="2025-07-08")["12%"]["period"] == "2025-06"


def test_the_month_after_a_rate_s_month_is_not_taken_before_it_has_come(tmp_path: Path) -> None:
    text = "Korvi Motors sales\n\nSales growth at Korvi Motors slowed to 12% from 19% in July.\n"
    assert _rows(tmp_path, text, published="2025-07-20")["12%"]["period"] != "2025-08"


OUTLOOK = ("Korvi Motors deliveries\n\n"
           "In June, Korvi Motors reached a cumulative total of 640,000 deliveries and is on course to hit "
           "900,000 by the end of 2025.\n")


def test_a_level_reached_in_a_month_keeps_its_month_beside_an_outlook_for_the_year(tmp_path: Path) -> None:
    rows = _rows(tmp_path, OUTLOOK, published="2025-07-02")
    assert rows["640,000"]["period"] == "2025-06"
    assert (rows["900,000"]["status"], rows["900,000"]["period"]) == ("forecast", "2025")


def test_a_year_named_right_after_an_actual_figure_is_still_its_own(tmp_path: Path) -> None:
    text = "Korvi Motors deliveries\n\nKorvi Motors delivered 210,000 vehicles in 2024 and expects more this year.\n"
    assert _rows(tmp_path, text, published="2025-03-02")["210,000"]["period"] == "2024"


FIRST_SINCE = ("Korvi Motors output falls\n\n"
               "In August, Korvi Motors made 81,300 cars, 2.9% fewer than a year before: two months of decline in "
               "a row, a first since 2019. Its sales at home dipped 11.4% against the same period last year.\n")


def test_a_turn_told_as_a_first_since_a_year_does_not_date_the_next_figure(tmp_path: Path) -> None:
    rows = _rows(tmp_path, FIRST_SINCE, published="2025-09-02")
    assert rows["11.4%"]["period"] == "2025-08"
    assert rows["2.9%"]["period"] == "2025-08"


AUSSIE = ("Chinese makers cast a long shadow on the 2025 Aussie sales results\n\n"
          "Korvi Motors and Orvane lead a growth spurt as older brands slump\n\n"
          "Chinese-built cars took a fifth of all new vehicles bought in Australia in 2025.\n\n"
          "Korvi Motors was one of the fastest-growing brands of the year, with sales up 88.4 per cent. Only "
          "Japanese-built cars sell more in Australia.\n")


def test_a_headline_s_nickname_for_a_market_abroad_names_the_story_s_market(tmp_path: Path) -> None:
    row = _rows(tmp_path, AUSSIE, published="2026-01-06")["88.4 per cent"]
    assert (row["entity"], row["metric"]) == ("Korvi", "vehicle_sales_australia_yoy_pct")


def test_a_country_a_war_is_waged_against_is_not_the_figure_s(tmp_path: Path) -> None:
    text = ("Car exports to Russia surge\n\nChinese car exports to Russia rose fivefold in 2023 over 2022, as the "
            "war against Ukraine kept Western makers away.\n")
    row = _rows(tmp_path, text, published="2024-03-02")["fivefold"]
    assert (row["entity"], row["metric"]) == ("China", "vehicle_exports_russia_yoy_times")


@pytest.mark.parametrize(("sentence", "stated", "metric"), [
    ("Halden has promised to put up 61,000 public chargers by 2025.", "61,000", "public_chargers_target"),
    ("Orvane also plans for its yearly NEV sales to account for over 30 percent of new car sales by 2025.",
     "30 percent", "nev_share_of_new_vehicle_sales_target"),
])
def test_a_promise_or_a_plan_for_a_share_is_a_target_of_its_year(tmp_path: Path, sentence: str, stated: str,
                                                                 metric: str) -> None:
    row = _rows(tmp_path, f"Halden's plan\n\n{sentence}\n", published="2021-11-02")[stated]
    assert (row["metric"], row["status"], row["period"]) == (metric, "target", "2025")


def test_a_figure_done_as_promised_is_still_actual(tmp_path: Path) -> None:
    text = "Korvi Motors sales\n\nKorvi Motors sold 40,000 cars in October, as it promised to do.\n"
    row = _rows(tmp_path, text, published="2021-11-02")["40,000"]
    assert (row["status"], row["period"]) == ("actual", "2021-10")


REGION_SHOW = ("Over 800 car models can be seen at the 12th Pearl Delta International Auto Show, which began on "
               "Saturday.\n\n"
               "Cars of 90 brands fill its halls, sprawling over 150,000 square meters, at the Dongguan "
               "International Exhibition Center until the show closes next week.\n")


def test_a_show_named_by_its_region_is_the_show_of_the_city_it_is_held_in(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Auto show opens\n\n" + REGION_SHOW, published="2024-06-01")
    assert (rows["800"]["entity"], rows["800"]["period"]) == ("Auto Dongguan 2024", "2024")
    assert rows["90"]["entity"] == "Auto Dongguan 2024"


def test_the_space_a_show_stretches_across_is_its_exhibition_area(tmp_path: Path) -> None:
    row = _rows(tmp_path, "Auto show opens\n\n" + REGION_SHOW, published="2024-06-01")["150,000 square meters"]
    assert (row["entity"], row["metric"]) == ("Auto Dongguan 2024", "exhibition_area")


LAST_SHOW = ("Beijing Auto Show returns\n\n"
             "The Beijing Auto Show 2024 began on April 25.\n\n"
             "Because of the pandemic, four years have passed since the previous Beijing Auto Show (2020).\n\n"
             "According to the organisers, the Beijing Auto Show had 96 world premieres.\n")


def test_a_show_s_figure_is_of_its_year_not_of_the_last_show_s(tmp_path: Path) -> None:
    row = _rows(tmp_path, LAST_SHOW, published="2024-04-26")["96"]
    assert (row["entity"], row["period"]) == ("Auto China 2024", "2024")


BATTERIES = ("Battery shipments rise\n\n"
             "Shipments of lithium batteries from Korvi's home market grew 28.4% to 1,020 gigawatt-hours in 2024, "
             "an institute said.\n\n"
             "The total splits into over 690 GWh of power batteries and 290 GWh of energy storage batteries, up 19% "
             "and 58% from a year earlier, respectively.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("690", "power_battery_shipments"),
    ("290", "energy_storage_battery_shipments"),
    ("19%", "power_battery_shipments_yoy_pct"),
    ("58%", "energy_storage_battery_shipments_yoy_pct"),
])
def test_amounts_of_energy_in_a_whole_s_breakdown_are_of_their_own_batteries(tmp_path: Path, stated: str,
                                                                             metric: str) -> None:
    assert _rows(tmp_path, BATTERIES, published="2025-01-15")[stated]["metric"] == metric


RESULTS = ("Korvi Motors narrows its loss\n\n"
           "Korvi Motors posted a second-quarter net loss of $512.4 million, its narrowest since the last three "
           "months of 2022. The loss shrank 4.6% from a year earlier and 21.7% as compared with the first "
           "quarter.\n\n"
           "Korvi Motors shares were trading 3% higher at $7.12 in New York before the results call.\n")


@pytest.mark.parametrize(("stated", "metric", "period"), [
    ("$512.4 million", "net_loss_usd", "2025-Q2"),
    ("4.6%", "net_loss_yoy_pct", "2025-Q2"),
    ("21.7%", "net_loss_qoq_pct", "2025-Q2"),
])
def test_a_record_since_the_last_months_of_a_year_dates_no_figure(tmp_path: Path, stated: str, metric: str,
                                                                  period: str) -> None:
    row = _rows(tmp_path, RESULTS, published="2025-09-02")[stated]
    assert (row["metric"], period_bounds(row["period"])) == (metric, period_bounds(period))


def test_shares_trading_higher_at_a_price_are_the_day_s_move_and_price(tmp_path: Path) -> None:
    rows = _rows(tmp_path, RESULTS, published="2025-09-02")
    assert (rows["3%"]["metric"], rows["3%"]["period"]) == ("share_price_change_pct", "2025-09-02")
    assert (rows["$7.12"]["metric"], rows["$7.12"]["period"]) == ("share_price_usd", "2025-09-02")


BASES = ("Korvi Motors profit\n\n"
         "Over the first half of 2025 Korvi Motors earned a net profit of CN\u00a512.6 billion, up from \u00a510.9 "
         "billion year-over-year.\n\n"
         "Korvi Motors said its first-quarter net loss shrank to RMB1.12 billion, or RMB1.20 per American "
         "depositary share, from RMB1.95 billion, or RMB2.06 per share, in the year-ago quarter.\n")


def test_a_base_told_year_over_year_is_of_the_year_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, BASES, published="2025-09-02")
    assert rows["\u00a510.9 billion"]["period"] == "2024-H1"
    assert period_bounds(rows["RMB1.95 billion"]["period"]) == period_bounds("2024-Q1")


def test_an_amount_a_share_after_a_loss_is_the_loss_per_share(tmp_path: Path) -> None:
    assert _rows(tmp_path, BASES, published="2025-09-02")["RMB2.06"]["metric"] == "net_loss_per_share_cny"
