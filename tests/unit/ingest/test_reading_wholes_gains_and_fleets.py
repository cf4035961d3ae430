"""A whole the story counts after a sentence on a part, a profit without a one-off gain, a share's gain so far this
year, a country's fleet and a rate with the one it moved from last year. Every sentence here is written for the
test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_overall_sales_after_a_sentence_on_nevs_are_the_whole(tmp_path: Path) -> None:
    text = ("Car sales to edge up\n\nRetail sales of passenger cars should grow 3% to 23.9 million units in 2025, "
            "with NEVs set to win a larger share.\n\nOverall retail sales in February are seen at about 1.42 "
            "million units, up 6.1% y/y.\n")
    rows = _rows(tmp_path, text, published="2025-02-10")
    assert rows["1.42 million"]["metric"] == "passenger_car_retail_sales"  # not the NEVs the sentence before named
    assert rows["6.1%"]["metric"] == "passenger_car_retail_sales_yoy_pct"


def test_a_profit_without_its_one_off_gain_is_the_recurring_profit(tmp_path: Path) -> None:
    text = ("Geely's year\n\nGeely said its 2024 net profit climbed 180% to 15.2 billion yuan. Stripping out "
            "the one-off gain, profit rose 47 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-03-21")
    assert rows["47 per cent"]["metric"] == "recurring_net_profit_yoy_pct"


def test_a_shares_gain_so_far_this_year_is_a_move_of_its_price(tmp_path: Path) -> None:
    text = ("Geely's shares\n\nGeely's shares added 3% in Hong Kong on Friday, taking their gain this year to "
            "19 per cent.\n")
    rows = _rows(tmp_path, text, published="2025-03-21")
    assert rows["19 per cent"]["metric"] == "share_price_change_pct"
    assert rows["19 per cent"]["period"] == "2025-01-01/2025-03-21"  # so far this year


def test_a_countrys_fleet_of_nevs_is_their_ownership(tmp_path: Path) -> None:
    text = ("A larger fleet\n\nThe domestic NEV fleet should pass 58 million vehicles by the end of 2026, a think "
            "tank said.\n")
    rows = _rows(tmp_path, text, published="2025-12-20")
    assert rows["58 million"]["metric"] == "nev_ownership"


def test_a_rate_and_the_one_it_moved_from_last_year(tmp_path: Path) -> None:
    text = ("Li Auto's quarter\n\nLi Auto reported weaker third-quarter results on Wednesday. Its operating margin "
            "slid to -2.9%, down from 6% last year. Gross margin eased to 16.8%, down from 20.2% last year and "
            "19.1% in Q2.\n")
    rows = _rows(tmp_path, text, published="2025-11-26")
    assert rows["-2.9%"]["period"] == rows["16.8%"]["period"] == "2025-Q3"  # the quarter told, not last year
    assert rows["6%"]["period"] == rows["20.2%"]["period"] == "2024-Q3"  # the same quarter a year before
    assert rows["19.1%"]["period"] == "2025-Q2"
