"""A half or a quarter written after its year, electric cars set against plug-in hybrids across "at a time when", the
months' revenue called cumulative, a balance sheet's total and its change since the year's end, an estimate a
data firm made and the margin on vehicles. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_half_or_a_quarter_written_after_its_year(tmp_path: Path) -> None:
    text = ("Battery makers\n\nIn 2025H1, lithium battery shipments came to 702 GWh, 61% more than a year "
            "before. Battery revenue in 2024 Q3 rose 8%.\n")
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert rows["702"]["period"] == rows["61%"]["period"] == "2025-H1"
    assert rows["8%"]["period"] == "2024-Q3"


def test_electric_cars_set_against_plug_in_hybrids_at_a_time_when(tmp_path: Path) -> None:
    text = ("Exports cool\n\nThat set against a 76.5% jump in EV exports in 2022, at a time when exports of "
            "plug-in hybrids rose 44.9%.\n")
    rows = _rows(tmp_path, text, published="2025-01-15")
    assert rows["76.5%"]["metric"] == "bev_exports_yoy_pct"
    assert rows["44.9%"]["metric"] == "phev_exports_yoy_pct"


def test_the_months_revenue_called_cumulative_and_a_balance_sheets_total(tmp_path: Path) -> None:
    text = ("CATL's nine months\n\nOver January to September, cumulative revenue came to 279.4 billion yuan, up 8.7% "
            "on a year earlier. As of the end of September 2025, the balance sheet's total assets were 884.6 billion "
            "yuan.\n")
    rows = _rows(tmp_path, text, published="2025-10-22")
    assert rows["279.4 billion yuan"]["metric"] == "revenue_cny"
    assert rows["8.7%"]["metric"] == "revenue_yoy_pct"
    assert (rows["884.6 billion yuan"]["metric"], rows["884.6 billion yuan"]["period"]) == ("total_assets_cny",
                                                                                          "2025-09")


def test_a_change_from_the_end_of_last_year_is_of_the_period_told(tmp_path: Path) -> None:
    text = ("CATL's nine months\n\nAs of the end of September 2025, the balance sheet's total assets were 884.6 "
            "billion yuan, up 12.8% over the end of last year.\n")
    rows = _rows(tmp_path, text, published="2025-10-22")
    assert rows["12.8%"]["period"] == "2025-09"


def test_an_estimate_a_data_firm_made_is_a_forecast_of_the_figures_owner(tmp_path: Path) -> None:
    text = ("BYD's year\n\nBYD's 2024 revenue climbed 28% to 771.4 billion yuan. The figure topped Tesla's 2024 "
            "revenue, reported at $96.8 billion, and beat Bloomberg's forecast of 760 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-03-25")
    estimate = rows["760 billion yuan"]
    assert (estimate["entity"], estimate["status"], estimate["period"]) == ("BYD", "forecast", "2024")


def test_the_margin_on_vehicles_is_the_vehicle_margin(tmp_path: Path) -> None:
    text = ("Li Auto's quarter\n\nLi Auto's first-quarter revenue came to 25.1 billion yuan. Its gross margin on "
            "vehicles came to 19.1%, up 0.4 percentage points year-over-year.\n")
    rows = _rows(tmp_path, text, published="2025-05-29")
    assert rows["19.1%"]["metric"] == "vehicle_margin_pct"
    assert rows["0.4 percentage points"]["metric"] == "vehicle_margin_pct_yoy_pp"
