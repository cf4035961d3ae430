"""A company's figures in a market abroad that an earlier sentence names: the paragraph's opening "In Chile, ...",
"its sales there" after a sentence set in a place, a story whose lead or headline names the market by its
adjective ("the Peruvian market") or as where the makers sell. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(("stated", "metric"), [
    ("2,310", "vehicle_sales_chile"),
    ("1,120", "tiggo_7_pro_sales_chile"),
    ("640", "tiggo_8_pro_sales_chile"),
])
def test_a_paragraph_opening_in_a_market_sets_the_market_of_its_sales(tmp_path: Path, stated: str,
                                                                      metric: str) -> None:
    text = ("Chery's strong close abroad\n\nIn Chile, Chery had its best month on record, closing March with 2,310 "
            "cars sold. The Tiggo 7 Pro was its best seller with 1,120 units; the Tiggo 8 Pro added 640 units.\n")
    rows = _rows(tmp_path, text, published="2025-04-06")
    assert rows[stated]["entity"] == "Chery"
    assert rows[stated]["metric"] == metric


def test_sales_there_are_of_the_place_the_sentence_before_names(tmp_path: Path) -> None:
    text = ("Rivals in different lanes\n\nIn Europe, where its rival is adding dealers, Tesla is losing ground. In "
            "May, Tesla's sales there slipped about 27% against May a year before, an industry body said.\n")
    row = _rows(tmp_path, text, published="2025-06-20")["27%"]
    assert (row["entity"], row["metric"]) == ("Tesla", "vehicle_sales_europe_yoy_pct")


@pytest.mark.parametrize("lead", [
    "Chinese automakers in Thailand had a record 2025, with their brands taking more buyers than ever.",
    "Chinese brands now lead the Thai car market, a year after overtaking their Japanese rivals.",
])
def test_a_lead_without_headline_names_the_market_of_its_makers_sales(tmp_path: Path, lead: str) -> None:
    text = (f"{lead}\n\nAmong them, Omoda grew fastest, its 2025 sales reaching 1,150 units. Jaecoo, another "
            "Chery brand, sold 930 units.\n")
    rows = _rows(tmp_path, text, published="2026-01-14")
    assert rows["1,150"]["metric"] == "omoda_sales_thailand"
    assert rows["930"]["metric"] == "jaecoo_sales_thailand"


def test_a_headline_naming_a_market_by_its_adjective_sets_the_market(tmp_path: Path) -> None:
    text = ("Chinese makers tighten grip on the Mexican car market\n\nGreat Wall Motor sold 9,860 vehicles in "
            "2025, up 14 percent, the best gain among the top ten makers.\n")
    rows = _rows(tmp_path, text, published="2026-01-20")
    assert rows["9,860"]["metric"] == "vehicle_sales_mexico"
    assert rows["14 percent"]["metric"] == "vehicle_sales_mexico_yoy_pct"


def test_a_paragraph_opening_in_china_keeps_a_chinese_makers_sales_unsuffixed(tmp_path: Path) -> None:
    text = ("Chery's month\n\nIn China, Chery had its best month on record, closing March with 210,300 cars sold. "
            "The Tiggo 7 Pro was its best seller with 31,200 units.\n")
    rows = _rows(tmp_path, text, published="2025-04-06")
    assert rows["210,300"]["metric"] == "vehicle_sales"
    assert rows["31,200"]["metric"] == "tiggo_7_pro_sales"
