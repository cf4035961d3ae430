"""Leading groups, parts, causes and bases: "TOP 2, TOP 4 and TOP 8" makers, parts listed after a whole in their
own sentence, a second share and a share named again, a cause told after an outlook, a change of what "which"
stands for, a rise "up to" a level, a new subject after "and", names a trailing clause brings in, a change "higher
month on month", a rate's base month, a rival in an aside, a year a change was made "back in", and a change in
brackets after its level. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.common.dates import period_bounds
from tests.unit.ingest.test_reading_more_news import _rows

TOPS = ("Battery installations in April\n\n"
        "In April, 41 makers of power batteries had packs installed in new cars, two more than twelve months "
        "before. Installations of TOP 2, TOP 4 and TOP 8 companies came to 38.2 GWh, 44.5 GWh and 51.3 GWh, "
        "respectively, making up 70.4%, 81.9% and 94.5% of the market. The share of the top 8 companies "
        "slipped by 1.5 percentage points compared with a year before.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("38.2", "top_2_battery_maker_power_battery_installed_capacity"),
    ("44.5", "top_4_battery_maker_power_battery_installed_capacity"),
    ("51.3", "top_8_battery_maker_power_battery_installed_capacity"),
    ("70.4%", "top_2_battery_maker_share_of_power_battery_installed_capacity"),
    ("81.9%", "top_4_battery_maker_share_of_power_battery_installed_capacity"),
    ("94.5%", "top_8_battery_maker_share_of_power_battery_installed_capacity"),
    ("1.5 percentage points", "top_8_battery_maker_share_of_power_battery_installed_capacity_yoy_pp"),
])
def test_each_leading_group_named_with_its_own_top_has_its_figures(tmp_path: Path, stated: str, metric: str) -> None:
    assert _rows(tmp_path, TOPS, published="2025-05-12")[stated]["metric"] == metric


def test_the_size_of_a_leading_group_is_no_figure(tmp_path: Path) -> None:
    assert not {"2", "4", "8"} & set(_rows(tmp_path, TOPS, published="2025-05-12"))


def test_a_rank_reached_among_the_top_is_still_no_group_s_figure(tmp_path: Path) -> None:
    text = ("Halden's year\n\nHalden sold 412,000 cars in 2024 and rose into the top 10 carmakers by sales.\n")
    assert not _rows(tmp_path, text, published="2025-01-09")["412,000"]["metric"].startswith("top_")


PARTS = ("Charging network grows\n\n"
         "The energy regulator said the country had 16.2 million charging points by the end of September. Among the "
         "16.2 million charging points, 4.1 million were public charging 'posts', a year-over-year rise of 36.1 per "
         "cent, and 12.1 million were private charging 'posts', a year-over-year rise of 52.8 per cent.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("4.1 million", "public_charging_points"),
    ("36.1 per cent", "public_charging_points_yoy_pct"),
    ("12.1 million", "private_charging_points"),
    ("52.8 per cent", "private_charging_points_yoy_pct"),
])
def test_parts_listed_after_the_whole_their_sentence_opens_on(tmp_path: Path, stated: str, metric: str) -> None:
    assert _rows(tmp_path, PARTS, published="2025-10-20")[stated]["metric"] == metric


SHARES = ("Outlook for electric cars\n\n"
          "NEVs will make up 42 percent of car purchases in 2025 and about 55 percent in 2026, one analyst "
          "forecast. The analyst added that the figure could reach 75 percent by 2030.\n")


@pytest.mark.parametrize("stated", ["42 percent", "55 percent", "75 percent"])
def test_a_second_share_and_a_share_named_again_are_shares(tmp_path: Path, stated: str) -> None:
    assert _rows(tmp_path, SHARES, published="2025-06-02")[stated]["metric"] == "nev_share_of_new_vehicle_sales"


def test_a_second_percent_that_moved_is_not_a_share(tmp_path: Path) -> None:
    text = ("Outlook\n\nNEVs will make up 42 percent of car purchases in 2025 and grow 20 percent in 2026, one "
            "analyst forecast.\n")
    assert "_share_of_" not in _rows(tmp_path, text, published="2025-06-02")["20 percent"]["metric"]


VERSUS = ("Electric cars gain\n\n"
          "Battery-powered EV sales climbed 16.4 per cent in the January-February period versus 22.7 per cent for "
          "all of 2024. NEVs made up 35.1 per cent of all cars sold in January-February, compared with 29.6 per cent "
          "in January-February 2024, winning buyers from petrol-powered models, of which sales grew 6.2 "
          "per cent.\n")


@pytest.mark.parametrize(("stated", "metric", "period"), [
    ("16.4 per cent", "bev_sales_yoy_pct", "2025-01/2025-02"),
    ("22.7 per cent", "bev_sales_yoy_pct", "2024"),
    ("29.6 per cent", "nev_share_of_new_vehicle_sales", "2024-01/2024-02"),
    ("6.2 per cent", "gasoline_powered_vehicle_sales_yoy_pct", "2025-01/2025-02"),
])
def test_a_rate_set_against_another_keeps_the_kind_and_takes_its_own_period(
        tmp_path: Path, stated: str, metric: str, period: str) -> None:
    row = _rows(tmp_path, VERSUS, published="2025-03-11")[stated]
    assert (row["metric"], row["period"]) == (metric, period)


def test_cars_with_combustion_engines_are_petrol_cars(tmp_path: Path) -> None:
    text = ("Outlook\n\nAnalysts see sales of vehicles with an internal combustion engine shrinking by 9% in 2026, "
            "dropping to under 10 million units from 13.1 million in 2023.\n")
    rows = _rows(tmp_path, text, published="2025-12-01")
    assert rows["10 million"]["metric"] == rows["13.1 million"]["metric"] == "gasoline_powered_vehicle_sales"


def test_a_cause_told_after_an_outlook_has_happened(tmp_path: Path) -> None:
    text = ("Halden's outlook\n\nHalden expects to sell four to five million units this year, buoyed by an 88% "
            "jump in deliveries across January and February, totaling 512,400 units.\n")
    rows = _rows(tmp_path, text, published="2025-03-20")
    for stated in ("88%", "512,400"):
        assert (rows[stated]["status"], rows[stated]["period"]) == ("actual", "2025-01/2025-02")


def test_a_cause_still_to_come_beside_an_outlook_is_an_outlook_too(tmp_path: Path) -> None:
    text = ("Halden's outlook\n\nHalden expects sales to rise 5% next year, driven by a 21% jump in its exports.\n")
    assert _rows(tmp_path, text, published="2025-03-20")["21%"]["status"] == "forecast"


def test_an_outlook_without_a_cause_stays_an_outlook(tmp_path: Path) -> None:
    text = "Halden's outlook\n\nHalden expects to hand over 512,400 cars over January and February 2026.\n"
    assert _rows(tmp_path, text, published="2025-12-20")["512,400"]["status"] == "forecast"


def test_a_level_passed_before_and_the_company_s_goal_is_an_actual_level(tmp_path: Path) -> None:
    text = ("Halden on course\n\nHalden's deliveries in the first nine months passed 610,000 units and the carmaker "
            "is on course to hit its target of 850,000 this year.\n")
    rows = _rows(tmp_path, text, published="2025-10-03")
    assert (rows["610,000"]["status"], rows["610,000"]["qualifier"]) == ("actual", "at_least")
    assert rows["610,000"]["period"] == "2025-01/2025-09"
    assert rows["850,000"]["status"] == "target"


@pytest.mark.parametrize(("verb", "qualifier"), [("spiked up to", "exact"), ("could reach up to", "at_most")])
def test_a_rise_up_to_a_level_is_the_level_reached(tmp_path: Path, verb: str, qualifier: str) -> None:
    text = f"Halden's quarter\n\nHalden's gross margin {verb} 14.2% from 2.3%, helped by cost cuts.\n"
    assert _rows(tmp_path, text, published="2025-05-20")["14.2%"]["qualifier"] == qualifier


def test_a_company_a_trailing_clause_brings_in_does_not_own_the_figures(tmp_path: Path) -> None:
    text = ("Halden's strong start\n\nHalden delivered 3.9 million vehicles in 2024. Monthly sales surged 140% in "
            "February alone, with 301,000 units sold, while Korvi's sales fell over the same weeks.\n")
    rows = _rows(tmp_path, text, published="2025-03-20")
    assert rows["140%"]["entity"] == rows["301,000"]["entity"] == "Halden"


def test_names_listed_after_a_total_with_a_verb_said_once(tmp_path: Path) -> None:
    text = ("Electric car sales in May\n\nThe passenger car association released its data on Tuesday. Wholesale "
            "sales of NEVs rose 41 percent to 610,000 last month, with Halden Motors selling 88,120, Korvi Motors "
            "61,003 and Orvane Motors 40,517.\n")
    rows = _rows(tmp_path, text, published="2025-06-10")
    assert [rows[s]["entity"] for s in ("41 percent", "610,000", "88,120", "61,003", "40,517")] == [
        "China", "China", "Halden", "Korvi", "Orvane"]


def test_a_change_higher_month_on_month_is_on_the_month_before(tmp_path: Path) -> None:
    text = ("Halden in April\n\nHalden, the country's third-biggest maker, sold 204,310 electric cars and plug-in "
            "hybrids in April, 6% higher month on month.\n")
    assert _rows(tmp_path, text, published="2025-05-02")["6%"]["metric"].endswith("_mom_pct")


def test_a_rate_s_base_month_told_before_does_not_date_the_next_sentence(tmp_path: Path) -> None:
    text = ("Car sales in May\n\nCar sales rose 11.2% on the year to 1.83 million last month, slowing from 12.6% "
            "growth in April, the association said. NEV sales climbed 24.9% on the year, easing from a 30.1% gain "
            "in April.\n")
    rows = _rows(tmp_path, text, published="2025-06-10")
    assert (rows["24.9%"]["period"], rows["30.1%"]["period"]) == ("2025-05", "2025-04")


def test_a_rival_named_in_an_aside_does_not_own_the_figures(tmp_path: Path) -> None:
    text = ("July deliveries\n\nKorvi Motors, Halden's closest rival in the country, led the pack with record sales "
            "of 48,200 units in July, up 38.1% on a year earlier and 4.4% on the month before.\n")
    rows = _rows(tmp_path, text, published="2025-08-02")
    assert rows["38.1%"]["entity"] == rows["4.4%"]["entity"] == "Korvi"


def test_a_switch_made_back_in_a_year_does_not_date_the_paragraph_after(tmp_path: Path) -> None:
    text = ("Halden's first quarter\n\nHalden sold 812,400 cars in Q1 2025, up 41.3% year on year. "
            "It has made only NEVs since it dropped petrol engines back in 2022.\n\n"
            "Battery electric sales rose 22.5% year over year, with 371,900 units sold.\n")
    rows = _rows(tmp_path, text, published="2025-04-02")
    assert period_bounds(rows["371,900"]["period"]) == period_bounds("2025-Q1")


def test_a_change_in_brackets_is_the_change_of_the_level_before_it(tmp_path: Path) -> None:
    text = ("Halden's trucks and buses\n\nHalden sold 12,880 commercial vehicles in the first quarter. The total "
            "includes 940 buses (up 27.4%) and 11,940 other commercial vehicles, which rose 880%.\n")
    assert _rows(tmp_path, text, published="2025-04-02")["27.4%"]["metric"] == "bus_sales_yoy_pct"
