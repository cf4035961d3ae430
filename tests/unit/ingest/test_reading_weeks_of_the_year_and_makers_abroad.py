"""A week numbered in the year and the figures of a weekly story, a change a weekly story leaves without its base, a
headline written as a sentence, years and section numbers that are no figures, a show of a two-word city, a measure
said again of another kind, cars named by where they are made, makers named by their country, a share of the
market, a rate and the one it moved from, percent signs shared by a pair, a city's cars sold abroad and a clause
that tells what was done. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading_more_news import _proposals, _rows

WEEKLY = ("Electric car registrations in W14: Korvi leads\n\n"
          "In W14, Korvi took first place with 21,400 registrations, up 6.25% from 20,140 units the week before "
          "and 31.02% from 16,330 the previous year.\n\n"
          "NIO logged 4,800 registrations, which is a fall of 12.5% on 5,486 the week before.\n\n"
          "From March 3 to March 30, NIO registered 19,900 vehicles.\n")


def test_a_week_numbered_in_the_year_is_its_monday_to_sunday(tmp_path: Path) -> None:
    rows = _rows(tmp_path, WEEKLY, published="2025-04-08")
    assert rows["21,400"]["period"] == "2025-03-31/2025-04-06"


def test_a_weekly_story_dates_the_sentences_that_name_no_period(tmp_path: Path) -> None:
    rows = _rows(tmp_path, WEEKLY, published="2025-04-08")
    assert rows["4,800"]["period"] == "2025-03-31/2025-04-06"
    assert rows["12.5%"]["metric"].endswith("registrations_wow_pct")
    assert rows["12.5%"]["period"] == "2025-03-31/2025-04-06"


def test_the_week_before_and_the_same_week_a_year_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, WEEKLY, published="2025-04-08")
    assert rows["20,140"]["period"] == "2025-03-24/2025-03-30"
    assert rows["5,486"]["period"] == "2025-03-24/2025-03-30"
    assert rows["31.02%"]["metric"].endswith("_yoy_pct")
    assert rows["16,330"]["period"] == "2024-04-01/2024-04-07"


def test_days_whose_month_is_written_twice(tmp_path: Path) -> None:
    rows = _rows(tmp_path, WEEKLY, published="2025-04-08")
    assert rows["19,900"]["period"] == "2025-03-03/2025-03-30"


def test_a_weeks_number_is_no_figure() -> None:
    text = "Sales in week 14 of the year rose. Registrations in W14 reached 5,000."
    assert [m.text for m in extract_mentions(text)] == ["5,000"]


def test_a_change_in_a_weekly_story_without_its_base_is_on_the_week(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Weekly EV registrations: BYD ahead\n\nBYD registered 18,300 vehicles from May 5 to 11, a "
                           "slight 2% dip. XPeng posted 2,900 registrations, up 7% on the year.\n",
                 published="2025-05-13")
    # (of the kind the headline counts, "Weekly EV registrations": data/DICTIONARY.md, measure)
    assert rows["2%"]["metric"] == "nev_registrations_wow_pct"
    assert rows["7%"]["metric"] == "nev_registrations_yoy_pct"


def test_a_year_naming_a_line_of_highlights_is_no_figure() -> None:
    text = "Highlights\n\n- 2026 NEV Wholesales: 9.1 million units\n- 2026 NEV retail: 8.7 million units\n"
    assert [m.text for m in extract_mentions(text)] == ["9.1 million", "8.7 million"]


def test_the_number_of_a_section_is_no_figure() -> None:
    text = "Retail fell.\n\n2. Outlook for the Market in March\n\nDealers sold 3 cars. 4) Exports rose 5%.\n"
    assert [m.text for m in extract_mentions(text)] == ["3", "4", "5%"]


def test_a_headline_written_as_a_sentence_is_the_headline(tmp_path: Path) -> None:
    text = ("Passenger Car Dealers' Association: 1.482 million cars were sold at retail across the country in "
            "February, down 4.4%.\n\nFigures from the association show that February's retail sales of passenger "
            "cars came to 1.482 million units, a decline of 4.4% on the year.\n")
    proposals = _proposals(tmp_path, text, published="2025-03-10")
    kept = [p.row for p in proposals if p.row and p.row["stated"] == "1.482 million"]
    assert len(kept) == 1 and kept[0]["metric"] == "passenger_car_retail_sales"


def test_a_show_of_a_city_of_two_words(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Island show opens\n\nThe Hong Kong International Automobile Expo 2026 opened on Friday "
                           "with 35 exhibitors.\n", published="2026-03-02")
    assert rows["35"]["entity"] == "Auto Hong Kong 2026"


def test_a_measure_said_again_of_another_kind(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Outlook for next year\n\nSales of passenger cars should rise 1.2 percent to 27.4 million "
                           "units and of buses 3 percent to 510,000 units in 2026, the association said. Sales of "
                           "commercial autos may slip 2 percent.\n", published="2025-12-11")
    assert rows["27.4 million"]["metric"] == "passenger_car_sales"
    assert rows["510,000"]["metric"] == "bus_sales"
    assert rows["3 percent"]["metric"] == "bus_sales_yoy_pct"
    assert rows["2 percent"]["metric"] == "commercial_vehicle_sales_yoy_pct"


def test_cars_named_by_where_they_are_made_are_their_brands(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Chinese makes climb in Chile\n\nBacked by long warranties, Chinese-built vehicles took "
                           "about 31 per cent of all new vehicle sales in Chile last year.\n", published="2026-01-12")
    assert (rows["31 per cent"]["entity"], rows["31 per cent"]["metric"]) == (
        "Chile", "chinese_brand_share_of_new_vehicle_sales")


def test_exports_of_a_kind_of_three_words_to_a_country(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shipments abroad\n\nIn 2025 China shipped 5 million cars abroad. For instance, Chinese "
                           "makers exported 12,800 battery electric vehicles to Chile in September, up 41 percent "
                           "on the year, by the count of a dealers' group in Santiago.\n",
                 published="2025-10-14")
    assert rows["12,800"]["metric"] == "bev_exports_chile"


def test_makers_named_by_their_country_are_its(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Rivals in Vietnam\n\nBy contrast, Korean carmakers exported about 6,200 cars to Vietnam "
                           "in August, down 14 percent.\n", published="2025-09-20")
    assert rows["6,200"]["entity"] == "South Korea"


def test_a_share_of_the_market_is_of_all_cars(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Electric cars in Europe\n\nRegistrations of battery electric vehicles climbed 19% to 2.3 "
                           "million in 2025, some 18.9% of the market.\n", published="2026-01-28")
    assert rows["18.9%"]["metric"] == "bev_share_of_new_vehicle_sales"


def test_a_rate_and_the_one_it_moved_from_are_one_series(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Market shares in Europe\n\nRenault saw its market share slip to 9.1% from 9.8% a year "
                           "earlier.\n", published="2025-07-23")
    assert rows["9.8%"]["metric"] == rows["9.1%"]["metric"] != ""


def test_a_pair_shares_the_percent_sign_of_its_last() -> None:
    text = "Zeta and Korvi posted sales gains of 88.4 and 112.6 per cent respectively."
    assert [(m.text, m.unit) for m in extract_mentions(text)] == [("88.4", "percent"), ("112.6 per cent", "percent")]


def test_a_citys_cars_sold_abroad_are_its_exports(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Wuhan's carmakers look abroad\n\nWuhan sold over 41,000 cars to overseas markets "
                           "in the first four months, up 17 percent.\n", published="2025-05-20")
    assert rows["41,000"]["metric"] == "vehicle_exports"


def test_a_clause_telling_what_was_done_last_year_is_actual(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Wuhu's electric car ambitions\n\nOutput is expected to climb 30 percent to top 900,000 "
                           "units this year, which would make Wuhu the third-largest maker after Xi'an, which "
                           "assembled 1.2 million vehicles last year.\n",
                 published="2025-06-02")
    assert (rows["1.2 million"]["status"], rows["1.2 million"]["period"]) == ("actual", "2024")
    assert rows["900,000"]["status"] == "forecast"
