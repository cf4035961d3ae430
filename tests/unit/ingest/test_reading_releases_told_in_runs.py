"""An association's release told in runs: two levels and then a run of growths on each base "respectively",
domestic automobile sales, the months "since the beginning of 2025", vehicle shipments after a sentence on
exports, and another country's own exports in a story of China's. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.common.dates import period_bounds
from tests.unit.ingest.test_reading_more_news import _rows

RUNS = ("Output and sales grow in April\n\n"
        "In April, China's automobile output came to 2.512 million units and sales to 2.574 million units, marking "
        "month-on-month gains of 2.4% and 4.1%, and year-on-year gains of 9.8% and 8.6%, respectively.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("2.4%", "vehicle_production_mom_pct"),
    ("4.1%", "vehicle_sales_mom_pct"),
    ("9.8%", "vehicle_production_yoy_pct"),
    ("8.6%", "vehicle_sales_yoy_pct"),
])
def test_each_run_of_growths_pairs_with_the_levels_in_turn_on_its_own_base(tmp_path: Path, stated: str,
                                                                          metric: str) -> None:
    row = _rows(tmp_path, RUNS, published="2025-05-13")[stated]
    assert (row["entity"], row["metric"], row["period"]) == ("China", metric, "2025-04")


def test_a_base_named_after_a_run_still_holds_for_both(tmp_path: Path) -> None:
    text = ("Output dips\n\nIn April, output came to 2.512 million units and sales to 2.574 million units, down 3.3% "
            "and 2.1% month on month, respectively.\n")
    rows = _rows(tmp_path, text, published="2025-05-13")
    assert rows["3.3%"]["metric"] == "vehicle_production_mom_pct"
    assert rows["2.1%"]["metric"] == "vehicle_sales_mom_pct"


def test_domestic_automobile_sales_are_sales_at_home(tmp_path: Path) -> None:
    text = ("Sales at home\n\nFrom January through April, domestic automobile sales reached 8.107 million units, up "
            "9.4% year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-05-13")
    assert rows["8.107 million"]["metric"] == "vehicle_domestic_sales"
    assert rows["9.4%"]["metric"] == "vehicle_domestic_sales_yoy_pct"


SO_FAR = ("Retail sales in April\n\n"
          "Passenger car retail sales in China reached 1.68 million units in April, up 12.2 percent year on year.\n\n"
          "Since the beginning of {year}, passenger car retail sales have come to about 6.41 million units.\n")


def test_the_start_of_the_year_named_by_number_is_its_months_so_far(tmp_path: Path) -> None:
    row = _rows(tmp_path, SO_FAR.format(year="2025"), published="2025-05-12")["6.41 million"]
    assert period_bounds(row["period"]) == period_bounds("2025-01/2025-04")


def test_since_the_beginning_of_an_earlier_year_keeps_that_year(tmp_path: Path) -> None:
    row = _rows(tmp_path, SO_FAR.format(year="2023"), published="2025-05-12")["6.41 million"]
    assert row["period"] == "2023"


def test_shipments_after_a_sentence_on_exports_are_exports(tmp_path: Path) -> None:
    text = ("A year of records\n\nChina's car sales rose in 2025.\n\nExports held up well. Full-year vehicle "
            "shipments topped 6.5 million units, including 2.3 million NEVs, the association said.\n")
    rows = _rows(tmp_path, text, published="2026-01-14")
    assert rows["6.5 million"]["metric"] == "vehicle_exports"
    assert rows["2.3 million"]["metric"] == "nev_exports"


def test_shipments_with_no_exports_before_stay_shipments(tmp_path: Path) -> None:
    text = ("A year of records\n\nChina's car sales rose in 2025.\n\nThe market held up well. Full-year vehicle "
            "shipments topped 33.6 million units, the association said.\n")
    assert _rows(tmp_path, text, published="2026-01-14")["33.6 million"]["metric"] == "vehicle_shipments"


def test_another_countrys_own_exports_are_its_own(tmp_path: Path) -> None:
    text = ("China set to pass Japan as top car exporter\n\n"
            "China's auto exports jumped 55 pct in 2023 to 4.8 million units, the association said.\n\n"
            "Japan's new vehicle exports were put at about 4.2 million units in 2023.\n")
    row = _rows(tmp_path, text, published="2024-01-12")["4.2 million"]
    assert (row["entity"], row["metric"]) == ("Japan", "vehicle_exports")


def test_exports_to_a_country_stay_chinas(tmp_path: Path) -> None:
    text = ("China's car exports\n\nChina's auto exports jumped 55 pct in 2023 to 4.8 million units.\n\n"
            "Exports to Japan came to about 42,000 units in 2023.\n")
    row = _rows(tmp_path, text, published="2024-01-12")["42,000"]
    assert (row["entity"], row["metric"]) == ("China", "vehicle_exports_japan")
