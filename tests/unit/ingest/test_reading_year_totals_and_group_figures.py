"""A "cumulative" total of a named year, exports told as outbound shipments, a group's total after one of its
brands, and a multiple of "that of last year" in a which-clause. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_cumulative_total_of_a_named_year_is_the_years(tmp_path: Path) -> None:
    text = ("A year of deliveries\n\nFor full-year 2025, Leapmotor recorded some 512,300 cumulative vehicle "
            "deliveries, a decline of about 9% on the year. Since its founding, its cumulative deliveries have "
            "passed 2.1 million.\n")
    rows = _rows(tmp_path, text, published="2026-01-03")
    assert (rows["512,300"]["metric"], rows["512,300"]["period"]) == ("vehicle_deliveries", "2025")
    assert rows["2.1 million"]["metric"] == "vehicle_deliveries_cumulative"


def test_outbound_shipments_are_exports(tmp_path: Path) -> None:
    text = ("Trade outlook\n\nThe association expects outbound shipments to grow 6.8% in 2026 after a 19.9% "
            "rise in 2025.\n")
    rows = _rows(tmp_path, text, published="2026-01-15")
    assert rows["6.8%"]["metric"].endswith("_exports_yoy_pct")


def test_a_groups_total_after_one_of_its_brands(tmp_path: Path) -> None:
    text = ("NIO in March\n\nOnvo delivered 6,120 units, up 8.1% on February, while total group deliveries climbed "
            "40.2% year-on-year to 24,310.\n")
    rows = _rows(tmp_path, text, published="2026-04-01")
    assert (rows["24,310"]["entity"], rows["24,310"]["metric"]) == ("NIO", "vehicle_deliveries")
    assert rows["40.2%"]["metric"] == "vehicle_deliveries_yoy_pct"


def test_a_multiple_of_that_of_last_year_keeps_the_levels_period(tmp_path: Path) -> None:
    text = ("Tianjin's NEVs\n\nTianjin built about 88,000 NEVs from January to June, which is 2.4 times "
            "that of last year over the same months.\n")
    rows = _rows(tmp_path, text, published="2024-07-25")
    assert rows["2.4 times"]["period"] in ("2024-H1", "2024-01/2024-06")


def test_a_battery_maker_written_with_a_plural(tmp_path: Path) -> None:
    text = ("Battery league\n\nWorldwide installations kept climbing. LG Energy Solutions came third, growing 11.8% "
            "with 58.1 GWh of battery installations.\n")
    rows = _rows(tmp_path, text, published="2025-09-10")
    assert rows["58.1"]["entity"] == "LG Energy Solution"
