"""A sales network counted at a quarter's end, a growth "Y/Y" to its level, a sum converted in brackets, a carmaker's
cars made in China, and the world's total in a story that names its makers elsewhere. Every sentence here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_sales_network_counted_at_a_quarters_end_is_of_that_month(tmp_path: Path) -> None:
    text = ("Kestrel results\n\nKestrel Motors reported its second-quarter results on Tuesday.\n\n"
            "Its retail sales network had 512 stores in 180 cities as of June 30.\n")
    rows = _rows(tmp_path, text, published="2025-08-19")
    assert rows["512"]["period"] == rows["180"]["period"] == "2025-06"  # (not the half-year)


def test_a_growth_told_y_on_y_to_a_sum_is_that_sums(tmp_path: Path) -> None:
    text = ("Kestrel results\n\nKestrel Motors reported its second-quarter results on Tuesday.\n\n"
            "Kestrel posted sales growth of 84.2% YoY to 9.4 billion Chinese yuan "
            "($1.31 billion).\n\nRevenues from vehicle sales increased 91.5% Y/Y to 8.7 billion Chinese yuan "
            "($1.21 billion) due to higher deliveries.\n")
    rows = _rows(tmp_path, text, published="2025-08-19")
    assert rows["84.2%"]["metric"] == "revenue_yoy_pct"
    assert rows["91.5%"]["metric"] == "vehicle_revenue_yoy_pct"
    assert rows["$1.21 billion"]["metric"] == "vehicle_revenue_usd"  # (not what the words after it name)


def test_teslas_cars_made_in_china_are_its_shanghai_plants(tmp_path: Path) -> None:
    text = ("Tesla in China\n\nTesla sold 70,120 China-made cars in May, 4.1 per cent more than a year "
            "earlier, the passenger car association said.\n\nIts May reading came after a 3.3% drop in April "
            "for the China-made cars.\n")
    rows = _rows(tmp_path, text, published="2025-06-04")
    assert {rows[n]["entity"] for n in ("4.1 per cent", "70,120", "3.3%")} == {"Tesla Gigafactory Shanghai"}


def test_teslas_worldwide_total_stays_teslas(tmp_path: Path) -> None:
    # (guard) a total the carmaker made everywhere, in a sentence that names no car made in China
    text = ("Tesla's year\n\nTesla delivered 1.64 million vehicles worldwide last year, it said on Thursday.\n")
    rows = _rows(tmp_path, text, published="2026-01-02")
    assert rows["1.64 million"]["entity"] == "Tesla"


def test_the_worlds_total_in_a_story_that_names_its_makers_later(tmp_path: Path) -> None:
    text = ("Battery makers' half year\n\nA research house said on Monday that global battery shipments reached "
            "812 GWh over January-June, an annual increase of 29.4%.\n\nMakers from Asia kept the top ten "
            "places.\n\nPanasonic held a 4% share, while Kestrel Energy slipped to seventh.\n")
    rows = _rows(tmp_path, text, published="2025-08-11")
    assert rows["812"]["entity"] == rows["29.4%"]["entity"] == "World"
    assert rows["29.4%"]["metric"] == rows["812"]["metric"] + "_yoy_pct"
