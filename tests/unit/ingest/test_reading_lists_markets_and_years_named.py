"""Battery makers listed under a line on market share, pairs "respectively" with a unit after each number, a rate
moved from "last year's", a year named in full after an outlook's figure, a telling in the present around a past
figure, the growth of a value told after its months, and each market of exports in turn. Every sentence here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_makers_listed_under_a_line_on_market_share(tmp_path: Path) -> None:
    text = ("Battery league\n\nThe country installed 610 GWh of power batteries in 2025.\n\nMarket shares of the "
            "makers in 2025 were as follows:\n\n- CATL 44.0%\n\n- CALB-Tech 7.1%\n\n- REPT Battero 2.4%\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert (rows["44.0%"]["entity"], rows["44.0%"]["metric"]) == ("CATL",
                                                                   "power_battery_installed_capacity_national_share_pct")
    assert (rows["7.1%"]["entity"], rows["7.1%"]["metric"]) == ("CALB",
                                                                 "power_battery_installed_capacity_national_share_pct")
    assert rows["2.4%"]["entity"] == "REPT Battero"


def test_each_maker_in_turn_with_a_unit_after_each_number(tmp_path: Path) -> None:
    text = ("Battery makers\n\nIn 2025 the country installed 610 GWh of power batteries. Notably, CATL and BYD "
            "each passed 150 GWh, at 260.2 GWh and 170.9 GWh, respectively.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["260.2"]["entity"] == "CATL"
    assert rows["170.9"]["entity"] == "BYD"


def test_a_telling_in_the_present_around_a_past_figure(tmp_path: Path) -> None:
    text = ("Battery makers\n\nThe country installed 610 GWh of power batteries in 2025. It is worth noting that "
            "Gotion installed 31.2 GWh over the year.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["31.2"]["period"] == "2025"


def test_a_rate_moved_from_last_years_is_the_year_before_publication(tmp_path: Path) -> None:
    text = ("Slower year\n\nAnalysts expect NEV sales to grow more slowly in 2026. Zeta's sales growth is seen "
            "easing to 11% from last year's 33% growth.\n")
    rows = _rows(tmp_path, text, published="2026-01-12")
    assert (rows["33%"]["period"], rows["33%"]["status"]) == ("2025", "actual")


def test_a_year_named_in_full_after_an_outlooks_figure(tmp_path: Path) -> None:
    text = ("Retail outlook\n\nIn 2025, the association's head said that subsidies later in the year will bring "
            "an expected 4.1% rise in retail sales to 23.1 million units over the entire year of 2025.\n")
    rows = _rows(tmp_path, text, published="2026-01-05")
    assert rows["23.1 million"]["period"] == "2025"
    assert rows["4.1%"]["period"] == "2025"


def test_the_growth_of_a_value_told_after_its_months(tmp_path: Path) -> None:
    text = ("Province exports\n\nJiangsu's NEV exports came to 38 billion yuan in the first 10 months, rising 52.3% "
            "year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-11-25")
    assert rows["52.3%"]["metric"] == "nev_exports_cny_yoy_pct"


def test_each_market_of_exports_in_turn_and_an_owners_total_after_them(tmp_path: Path) -> None:
    text = ("Province exports\n\nJiangsu's NEV exports came to 38 billion yuan from January to October. Exports "
            "to the EU climbed 61%, and exports to Russia slid 18%.\n\nJiangsu's car exports came to 9 billion "
            "yuan for October, up 6.7% year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-11-25")
    assert rows["61%"]["metric"] == "nev_exports_european_union_yoy_pct"
    assert rows["18%"]["metric"] == "nev_exports_russia_yoy_pct"
    assert rows["9 billion yuan"]["metric"] == "vehicle_exports_cny"
