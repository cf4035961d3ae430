"""The shares of one kind of NEV ("BEVs made up ... of the month's wholesales, while PHEVs took ...") are of all NEVs,
and a change bracketed after "sequential" is on the period before. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_the_shares_of_kinds_of_nev_are_of_all_nevs(tmp_path: Path) -> None:
    text = ("NEV wholesale in May\n\nNEV makers shipped 1.21 million cars in May. By kind, BEVs made up 58.1% of "
            "the month's wholesales, while PHEVs took 31.2% and EREVs 10.7%.\n")
    rows = _rows(tmp_path, text, published="2026-06-10")
    assert rows["58.1%"]["metric"] == "bev_share_of_nev_sales"
    assert rows["31.2%"]["metric"] == "phev_share_of_nev_sales"
    assert rows["10.7%"]["metric"] == "erev_share_of_nev_sales"


def test_a_change_bracketed_after_sequential_is_on_the_month_before(tmp_path: Path) -> None:
    text = ("NEV wholesale in May\n\nWith 402,000 wholesale units in May, range-extended cars saw a yearly (4.1%) and "
            "a sequential (7.7%) fall.\n")
    rows = _rows(tmp_path, text, published="2026-06-10")
    assert rows["7.7%"]["metric"].endswith("_mom_pct")
