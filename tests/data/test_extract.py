"""The curated table recovered from the articles by extraction."""

from __future__ import annotations

import pytest

from nevreport.common import config
from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_extract import _curated_rows

ARTICLES = config.raw_articles_dir(config.DATA_DIR)


def test_every_curated_figure_is_a_mention_with_its_value():
    """Recall: each row's stated number, where its quote stands in the article, is found with its value."""
    rows = _curated_rows()
    mentions_of = {
        path.name: extract_mentions(path.read_text(encoding="utf-8")) for path in ARTICLES.glob("*.txt")
    }
    texts = {path.name: path.read_text(encoding="utf-8") for path in ARTICLES.glob("*.txt")}
    missed = []
    for row in rows:
        text = texts[row["article"]]
        stated_at = text.index(row["quote"]) + row["quote"].index(row["stated"])
        span = (stated_at, stated_at + len(row["stated"]))
        value = float(row["value"])
        hit = [m for m in mentions_of[row["article"]] if m.start <= span[0] and span[1] <= m.end]
        if not (hit and abs(hit[0].value) == pytest.approx(abs(value))):
            missed.append(row["figure_id"])
    recall = 1 - len(missed) / len(rows)
    print(f"\nrecall of the curated figures: {recall:.3f} ({len(rows) - len(missed)}/{len(rows)})")
    assert missed == []


def test_most_mentions_are_curated_figures():
    """Precision: the share of mentions that data/figures.csv accounts for.

    Every number must reach the coverage audit, so the extractor also reports spelled-out counts ("three
    main themes") that are rarely figures; those cost a reviewer one ignore line each and are the price of
    never missing a number. Numbers written in digits are nearly always claims, so their floor is high
    (0.95: at most one in twenty needs an ignore line); all mentions together must stay above 0.7 (at most
    three in ten), which still keeps the ignore list a short read.
    """
    _curated_rows()
    from nevreport.curate.coverage import audit_corpus

    found = audit_corpus(config.DATA_DIR)
    curated = [f for f in found if f.figure_id]
    in_digits = [f for f in found if any(c.isdigit() for c in f.mention.text)]
    curated_in_digits = [f for f in in_digits if f.figure_id]
    precision = len(curated) / len(found)
    digit_precision = len(curated_in_digits) / len(in_digits)
    print(
        f"\nprecision: {precision:.3f} of {len(found)} mentions; "
        f"{digit_precision:.3f} of the {len(in_digits)} written in digits"
    )
    assert digit_precision >= 0.95
    assert precision >= 0.7
