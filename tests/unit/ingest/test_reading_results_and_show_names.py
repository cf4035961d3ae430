"""A company's results told in a results story's own words ("achieving revenue of", "the fiscal year ended March
31", "an interim dividend per share", "its net cash position", "loss from operations"), exports' share of a seller's
sales, passenger plug-in EVs, and an auto show named by the city its sentence holds it in. Every sentence here is
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


def test_revenue_a_result_achieves_is_revenue(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nZeta on Tuesday put out figures for April to June, achieving revenue "
                           "of 48 billion yuan, up 12.5% on the year.\n", published="2026-08-21")
    assert rows["48 billion yuan"]["metric"] == "revenue_cny"
    assert rows["12.5%"]["metric"] == "revenue_yoy_pct"


@pytest.mark.parametrize(("sentence", "number", "period"), [
    ("Zeta Motor gave figures for the year that ended on 31 December 2025. Its sales revenue came to 210 billion "
     "yuan, up 9.1% year-on-year.", "210 billion yuan", "2025"),
    ("Zeta Motor gave figures for the year that ended on 31 December 2025. Its sales revenue came to 210 billion "
     "yuan, up 9.1% year-on-year.", "9.1%", "2025"),
    ("Zeta posted revenue of 20 billion yen for the fiscal year ended March 31, 2026.", "20 billion yen",
     "2025-04/2026-03"),
])
def test_a_year_ending_on_a_day_is_the_twelve_months_to_that_day(tmp_path: Path, sentence: str, number: str,
                                                                period: str) -> None:
    assert _rows(tmp_path, f"Zeta's year\n\n{sentence}\n", published="2026-03-25")[number]["period"] == period


def test_a_dividend_per_share_is_no_share_price(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's year\n\nZeta posted its 2025 results. The board backs a final dividend of 1.15 "
                           "yuan per share. Its shares closed at 41.2 yuan per share on Tuesday.\n",
                 published="2026-03-25")
    assert rows["1.15 yuan"]["metric"] == "final_dividend_per_share_cny"
    assert rows["41.2 yuan"]["metric"] == "share_price_cny"


def test_the_net_cash_position_and_its_growth(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's year\n\nZeta posted its 2025 results. Its net profit came to 8.2 billion yuan, up "
                           "61%. Its net cash position stood at 12.4 billion yuan, a growth of 18%.\n",
                 published="2026-03-25")
    assert (rows["8.2 billion yuan"]["metric"], rows["12.4 billion yuan"]["metric"]) == ("net_profit_cny",
                                                                                       "net_cash_cny")
    assert rows["18%"]["metric"] == "net_cash_yoy_pct"


def test_an_adjusted_loss_from_operations_and_its_changes(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nZeta's July-September revenue was RMB 9.4 billion. Its adjusted loss "
                           "from operations shrank to RMB1.1 billion, 22.5% less than a year earlier and a 14.2% "
                           "improvement on the previous quarter.\n", published="2026-11-26")
    assert rows["RMB1.1 billion"]["metric"] == "adjusted_operating_loss_cny"
    assert rows["22.5%"]["metric"] == "adjusted_operating_loss_yoy_pct"
    assert rows["14.2%"]["metric"] == "adjusted_operating_loss_qoq_pct"


def test_stocks_listed_abroad_written_with_spaced_hyphens_moved(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's quarter\n\nOnce the figures were out, Zeta's US - listed stocks gained 2.4% to "
                           "$11.80, valuing the company at $8.9 billion.\n", published="2026-08-20")
    assert (rows["2.4%"]["metric"], rows["$11.80"]["metric"]) == ("share_price_change_pct", "share_price_usd")


@pytest.mark.parametrize("sentence", [
    "Exports accounted for 10% of total sales.",
    "Exported cars accounted for 10% of total sales.",
    "Exported vehicles made up 10% of its total sales.",
])
def test_exports_share_of_total_sales_is_the_seller_s_exports_share(tmp_path: Path, sentence: str) -> None:
    rows = _rows(tmp_path, f"Zeta in June\n\nZeta sold 120,000 cars in June. {sentence}\n", published="2026-07-10")
    assert rows["10%"]["metric"] == "exports_share_of_vehicle_sales"


def test_nevs_share_of_total_sales_is_still_the_nev_share(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "China in June\n\nChina sold 2.1 million cars in June. NEVs accounted for 50% of total "
                           "sales.\n", published="2026-07-10")
    assert rows["50%"]["metric"] == "nev_share_of_new_vehicle_sales"


def test_passenger_plug_in_evs_are_nev_passenger_cars(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "China in June\n\nSales of passenger plug-in EVs rose 20% in June to 1.1 million.\n",
                 published="2026-07-10")
    assert (rows["20%"]["metric"], rows["1.1 million"]["metric"]) == ("nev_passenger_car_sales_yoy_pct",
                                                                      "nev_passenger_car_sales")


@pytest.mark.parametrize(("text", "number", "show"), [
    ("With some 800 models on show from about 90 brands, the China Auto Show 2024 drew crowds all week in east "
     "China's Nanjing.", "800", "Auto Nanjing 2024"),
    ("the annual wuhan auto show has grown again, its floor space rising to 180,000 square meters.",
     "180,000 square meters", "Auto Wuhan 2024"),
    ("Spread over 14 halls with nearly 900 exhibitors from 20 countries, Auto Shanghai 2024 is the biggest yet.",
     "900", "Auto Shanghai 2024"),
])
def test_a_show_is_named_by_the_city_its_sentence_holds_it_in(tmp_path: Path, text: str, number: str,
                                                              show: str) -> None:
    assert _rows(tmp_path, f"Shows\n\n{text}\n", published="2024-10-06")[number]["entity"] == show


def test_a_company_at_a_show_keeps_its_own_figures(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shows\n\nAt Auto Shanghai 2024, BYD showed 12 new models.\n", published="2024-04-26")
    assert rows["12"]["entity"] == "BYD"
