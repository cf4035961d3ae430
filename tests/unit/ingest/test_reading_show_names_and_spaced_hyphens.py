"""A show called by its own name without its year ("Auto Chengdu has drawn ..."), dated the article's year, and a
thing counted whose name holds a hyphen spaced as some translations write it. Every sentence here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_show_called_by_its_name_without_its_year(tmp_path: Path) -> None:
    text = ("As the summer's biggest car fair in the west, Auto Chengdu has drawn makers from near and far. Of the "
            "1,460 vehicles on show at the ten-day fair, 702 are new energy models.\n")
    rows = _rows(tmp_path, text, published="2026-08-30")
    assert rows["1,460"]["entity"] == "Auto Chengdu 2026"
    assert rows["1,460"]["metric"] == "vehicles_displayed"


def test_a_show_named_with_its_year_keeps_it(tmp_path: Path) -> None:
    text = ("Auto Chengdu 2025 in figures\n\nAuto Chengdu 2025 drew 1,380 exhibitors from 18 countries.\n")
    rows = _rows(tmp_path, text, published="2026-01-05")
    assert rows["1,380"]["entity"] == "Auto Chengdu 2025"


def test_a_counted_things_name_with_a_spaced_hyphen(tmp_path: Path) -> None:
    text = ("Swap stations grow\n\nBy the end of 2025, Zeta Energy had built 640 battery - swap stations in 52 "
            "cities.\n")
    rows = _rows(tmp_path, text, published="2026-01-08")
    assert rows["640"]["metric"] == "battery_swap_stations"
