"""Lines of guidance under "expects:", "that year" after a month, a month set beside the one before it in a story
of months to date, a half-year report "in" a year, "this quarter" said in the sentence before, a whole told as
"domestic and export sales", and "the nation" after a paragraph about a country abroad. Every sentence here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_lines_of_guidance_under_expects_are_forecasts(tmp_path: Path) -> None:
    text = ("Zeta posts its results\n\nZeta's revenue was RMB14.2 billion in the second quarter.\n\n"
            "For the third quarter of 2026, Zeta anticipates:\n\nVehicle deliveries to be between 61,000 and "
            "64,000.\n\nRevenue to be between RMB15,100 million and RMB15,900 million.\n")
    rows = _rows(tmp_path, text, published="2026-08-20")
    assert rows["RMB14.2 billion"]["status"] == "actual"
    assert {rows[n]["status"] for n in ("61,000", "64,000", "RMB15,100 million", "RMB15,900 million")} == {
        "forecast"}


def test_that_year_after_a_month_is_the_whole_year(tmp_path: Path) -> None:
    text = ("Orion in Lanzhou\n\nOrion opened its Lanzhou plant in March 2024. That year alone, Orion built "
            "more than 90,000 cars there.\n")
    rows = _rows(tmp_path, text, published="2026-02-10")
    assert rows["90,000"]["period"] == "2024"


def test_a_month_set_beside_the_month_before_in_a_story_of_months_to_date(tmp_path: Path) -> None:
    text = ("Zeta sales through May\n\nIn January-May, Zeta sold 402,000 cars, up 12% year on year.\n\n"
            "Zeta sold 18,020 cars abroad, up 9.1% year on year and 3.3% from April.\n")
    rows = _rows(tmp_path, text, published="2026-06-02")
    assert rows["402,000"]["period"] == "2026-01/2026-05"
    assert rows["18,020"]["period"] == rows["3.3%"]["period"] == "2026-05"


def test_a_half_year_report_in_a_year(tmp_path: Path) -> None:
    text = ("Results season\n\nZeta published its semi - annual report for 2026 on Friday.\n\nIn the reporting "
            "period, Zeta's revenue was about 88.4 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2026-08-29")
    assert rows["88.4 billion yuan"]["period"] == "2026-H1"


def test_this_quarter_in_the_sentence_before_is_the_reported_quarter(tmp_path: Path) -> None:
    text = ("Orion's third quarter\n\nOrion released its third-quarter 2026 results on Thursday.\n\nSales of parts "
            "also fell this quarter. Group revenue came to 41.3 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2026-10-29")
    assert rows["41.3 billion yuan"]["period"] == "2026-Q3"


def test_domestic_and_export_sales_are_all_sales(tmp_path: Path) -> None:
    text = ("A bank's outlook\n\nA bank expects Chinese carmakers' domestic and export sales to reach 30.1 million "
            "passenger cars in 2027.\n")
    rows = _rows(tmp_path, text, published="2026-12-01")
    assert rows["30.1 million"]["metric"] == "passenger_car_sales"


def test_the_nation_after_a_paragraph_about_a_country_abroad(tmp_path: Path) -> None:
    text = ("Chargers keep coming\n\nAfter a hard year, U.S. fast chargers saw a boom in 2026, a research firm "
            "said.\n\nThe nation's fast-charging network grew by 24% over the year.\n")
    rows = _rows(tmp_path, text, published="2027-01-20")
    assert rows["24%"]["entity"] == "United States"
