"""Kinds of vehicle named with a kind of power, and the bases and milestones that date or name no figure.
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_kind_of_power_joins_a_truck_class_and_its_share_is_the_powers(tmp_path: Path):
    text = ("Electric trucks\n\nIn March, Northvale sold 6,120 new energy heavy-duty trucks, making up 31.2% of all "
            "heavy-duty truck sales of 19,600 units. New energy heavy truck sales rose 88% year-on-year.\n")
    rows = _rows(tmp_path, text, published="2025-04-12")
    assert rows["6,120"]["metric"] == "nev_heavy_truck_sales"
    assert rows["31.2%"]["metric"] == "nev_share_of_heavy_truck_sales"  # (not nev_heavy_truck_share_of_...)
    assert rows["19,600"]["metric"] == "heavy_truck_sales"
    assert rows["88%"]["metric"] == "nev_heavy_truck_sales_yoy_pct"
