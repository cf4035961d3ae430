"""Tables written with bars, one row to a line and a blank line between, as newsrooms' pages give them: each
number is read from its row's label and its column's heading (whose figure, when, what is counted, growth or
level), the table's first row and its lead for what they leave open; a rank column holds ranks, and a table's
figure the text above already stated is that figure again. Every table here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.ingest.grids import cell_at
from tests.unit.ingest.test_reading_more_news import _proposals, _rows

YEARS = ("Northvale NEV sales by year, according to the association:\n\n"
         "| Year | Sales | Growth |\n\n"
         "| 2022 | 2,410,000 | - |\n\n"
         "| 2023 | 3,150,000 | 30.7% |\n\n"
         "| 2025e | 4,020,000 | 12.4% |\n")

COMPANIES = ("Installed battery capacity over the first half of 2025, by maker:\n\n"
             "Rank | Maker | Installation (GWh) | NCM | LFP |\n\n"
             "1 | Zeta Cells | 61.2 | 20.4 | 40.8 |\n\n"
             "2 | Orion Power | 33.9 | 1.3 | 32.6 |\n")

MONTH = ("Orion's sales fell in February.\n\n"
         "| Orion February 2025 | Figures | YoY Change |\n\n"
         "| Total NEV Sales | 212,340 | -4.1% |\n\n"
         "| Exports | 51,200 | +88% |\n\n"
         "| Year-to-Date Total | 431,500 | +6.2% |\n")


def test_a_table_of_years_reads_each_row_as_that_years_figure(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Northvale's NEV market kept growing.\n\n" + YEARS, published="2025-03-12")
    assert (rows["3,150,000"]["metric"], rows["3,150,000"]["period"], rows["3,150,000"]["unit"]) == (
        "nev_sales", "2023", "vehicles")
    assert (rows["30.7%"]["metric"], rows["30.7%"]["period"]) == ("nev_sales_yoy_pct", "2023")
    # "2025e": the year the table forecasts
    assert (rows["4,020,000"]["period"], rows["4,020,000"]["status"]) == ("2025", "forecast")
    assert (rows["12.4%"]["metric"], rows["12.4%"]["status"]) == ("nev_sales_yoy_pct", "forecast")


def test_a_column_of_companies_names_whose_figure_and_its_heading_what_is_counted(tmp_path: Path) -> None:
    proposals = _proposals(tmp_path, "Zeta Cells led the market.\n\n" + COMPANIES, published="2025-07-10")
    rows = {(p.mention.text, p.mention.start): p for p in proposals}
    drafted = {text: p.row for (text, _), p in rows.items() if p.row}
    assert (drafted["20.4"]["entity"], drafted["20.4"]["metric"]) == (
        "Zeta Cells", "ternary_battery_installed_capacity")
    assert drafted["32.6"]["metric"] == "lithium_iron_phosphate_battery_installed_capacity"
    assert (drafted["33.9"]["entity"], drafted["33.9"]["metric"], drafted["33.9"]["period"]) == (
        "Orion Power", "power_battery_installed_capacity", "2025-H1")
    ranks = [p for (text, _), p in rows.items() if text in ("1", "2")]
    assert ranks and all(p.not_a_claim == "a rank in the table, not a figure" for p in ranks)


def test_a_corner_names_the_company_and_month_and_the_first_row_the_kind(tmp_path: Path) -> None:
    rows = _rows(tmp_path, MONTH, published="2025-03-04")
    assert (rows["212,340"]["entity"], rows["212,340"]["metric"], rows["212,340"]["period"]) == (
        "Orion", "nev_sales", "2025-02")
    # "| Exports |" under "| Total NEV Sales |": NEV exports, and the change beside them their growth
    assert (rows["51,200"]["metric"], rows["88%"]["metric"]) == ("nev_exports", "nev_exports_yoy_pct")
    assert (rows["431,500"]["metric"], rows["431,500"]["period"]) == ("nev_sales", "2025-01/2025-02")


def test_a_figure_the_text_stated_before_the_table_is_that_figure_again(tmp_path: Path) -> None:
    text = ("CATL installed 61.2 GWh of batteries over the first half of 2025.\n\n" + COMPANIES.replace(
        "Zeta Cells", "CATL"))
    proposals = _proposals(tmp_path, text, published="2025-07-10")
    second = [p for p in proposals if p.mention.text == "61.2"]
    assert len(second) == 2 and second[0].row and not second[1].row
    assert "stated again, in a table" in second[1].not_a_claim


@pytest.mark.parametrize("text", [
    "Sales rose 5 percent | a record | says the association.",  # bars in one line are no table
    "Zeta | 1,200\n\nOrion 3,400 units were sold.",  # one line of bars is no table
])
def test_bars_that_make_no_table_are_no_cell(text: str) -> None:
    assert all(cell_at(text, at) is None for at in range(len(text)))


def test_the_labels_of_a_table_are_not_its_cells() -> None:
    assert cell_at(YEARS, YEARS.index("2023 |")) is None
    found = cell_at(YEARS, YEARS.index("3,150,000"))
    assert found is not None and not found.rank and found.label and found.column
    assert YEARS[found.label[0] : found.label[1]] == "2023" and YEARS[found.column[0] : found.column[1]] == "Sales"
