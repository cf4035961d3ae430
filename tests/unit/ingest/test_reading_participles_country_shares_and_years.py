"""A participle that tells the sales again, a country's share of a market abroad, a year named before its measure in
an estimate told after it, and a running total since launch. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_participle_after_the_sales_tells_them_again(tmp_path: Path) -> None:
    text = ("BYD's record\n\nBYD reported its highest yearly vehicle sales for 2025, delivering 4,312,000 units "
            "around the world, up 6.2% on 2024. Of that total, 2,101,000 were battery cars.\n")
    rows = _rows(tmp_path, text, published="2026-01-03")
    assert rows["4,312,000"]["metric"] == "vehicle_sales"
    assert rows["6.2%"]["metric"] == "vehicle_sales_yoy_pct"
    assert rows["2,101,000"]["metric"].endswith("_sales")  # the parts of the total go on with its measure


def test_a_countrys_share_of_a_market_abroad_is_its_brands(tmp_path: Path) -> None:
    text = ("Vietnam's roads\n\nBack in 2011, Japan's share of the Vietnamese car market stood at 91.8%.\n")
    rows = _rows(tmp_path, text, published="2025-10-26")
    assert (rows["91.8%"]["entity"], rows["91.8%"]["metric"]) == (
        "Vietnam", "japanese_brand_share_of_new_vehicle_sales")


def test_a_year_named_before_its_measure_in_an_estimate_told_after_it(tmp_path: Path) -> None:
    text = ("Chongqing's makers\n\nChangan kept growing, with its 2025 production expected to top 2.71 million "
            "vehicles.\n")
    rows = _rows(tmp_path, text, published="2026-01-18")
    assert (rows["2.71 million"]["period"], rows["2.71 million"]["status"]) == ("2025", "actual")


def test_a_count_since_launch_is_a_running_total(tmp_path: Path) -> None:
    text = ("NIO's brands\n\nBy January 1, Onvo had delivered 121,500 vehicles, and Firefly 36,900 vehicles since "
            "launch.\n")
    rows = _rows(tmp_path, text, published="2026-01-03")
    assert rows["36,900"]["metric"].endswith("_cumulative")
