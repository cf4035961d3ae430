"""A market abroad written with an accent, a year that only says since when something began, cars named by
their origin in a story of a market abroad, a total's brands told in the sentence after it, and a plant named
by Tesla's word alone. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_market_written_with_an_accent_is_named_in_plain_letters(tmp_path: Path) -> None:
    text = ("Chinese brands in Türkiye\n\nGeely's sales in Türkiye reached 21,400 "
            "vehicles in 2024, the importers' association said.\n")
    rows = _rows(tmp_path, text, published="2025-02-20")
    assert rows["21,400"]["metric"] == "vehicle_sales_turkiye"


def test_a_year_that_says_since_when_something_began_is_not_the_figures(tmp_path: Path) -> None:
    text = ("Results\n\nGotion's net profit rose 12% in 2025. Revenue came in at 41 billion yuan, down 4.2%, the "
            "first annual fall since the company began publishing its results in 2016.\n")
    rows = _rows(tmp_path, text, published="2026-03-20")
    assert rows["41 billion yuan"]["period"] == "2025"
    assert rows["4.2%"]["period"] == "2025"


def test_cars_named_by_their_origin_in_a_story_of_a_market_abroad(tmp_path: Path) -> None:
    text = ("Chinese cars in Chile\n\nChinese car sales in Chile rose 14.1% in 2025, the dealers' body "
            "said. Two years earlier, Chinese car sales rose by 38.5%.\n")
    rows = _rows(tmp_path, text, published="2026-01-15")
    assert rows["14.1%"]["metric"].startswith("chinese_brand_")
    assert rows["38.5%"]["metric"].startswith("chinese_brand_")


def test_brands_told_in_the_sentence_after_a_total(tmp_path: Path) -> None:
    text = ("NIO in the second quarter\n\nNIO delivered 72,050 vehicles in the second quarter. This figure includes "
            "48,100 cars under the NIO brand, and 16,900 under its Onvo label.\n")
    rows = _rows(tmp_path, text, published="2025-07-02")
    assert rows["48,100"]["metric"] == "nio_brand_deliveries"
    assert rows["16,900"]["metric"] == "onvo_deliveries"


def test_a_plant_named_by_teslas_word_alone_after_from(tmp_path: Path) -> None:
    text = ("Tesla in China\n\nTesla delivered 61,200 vehicles from Giga Shanghai in May 2025, the association "
            "said.\n")
    rows = _rows(tmp_path, text, published="2025-06-06")
    assert rows["61,200"]["entity"] == "Tesla Gigafactory Shanghai"
