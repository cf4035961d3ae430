"""What changed: a conflict between two rows both new to the edition counts the other row as new too, and the
table names the other row in words, linked to it, never by its internal id."""

from __future__ import annotations

import pandas as pd

from nevreport.story.changes import Changes, counts_text, find_changes


def _external(*rows: dict) -> pd.DataFrame:
    base = {"metric": "nev_exports", "entity": "China", "period": "2025", "unit": "vehicles",
            "qualifier": "exact", "publisher": "Page", "published": "2026-01-15", "excerpt": "e", "url": "u"}
    return pd.DataFrame([{**base, **row} for row in rows], columns=[*base, "source_id", "value", "low", "high"])


NONE_F = pd.DataFrame(columns=["figure_id", "metric", "entity", "period", "status", "value", "low", "high"])
NONE_I = pd.DataFrame(columns=["indicator_id", "label", "unit", "kind", "verdict", "value", "low", "high"])


def test_two_new_rows_that_disagree_are_a_new_figure_and_a_conflict():
    caam = {"source_id": "ext_caam", "value": 2_615_000, "low": 2_614_500, "high": 2_615_500, "publisher": "CAAM"}
    ecg = {"source_id": "ext_ecg", "value": 2_580_000, "low": 2_575_000, "high": 2_585_000, "publisher": "ECG",
           "published": "2026-01-16"}
    changes = find_changes(NONE_F, _external(caam, ecg), NONE_I, NONE_F, _external(), NONE_I)
    assert [(c.kind, c.key) for c in changes] == [("conflict", "ext_ecg"), ("new", "ext_caam")]
    assert counts_text(changes) == "1 conflict between sources and 1 new figure"
    conflict = changes[0]
    assert conflict.detail.endswith("against 2.615 million (CAAM, 2026-01-15)")
    html = str(Changes("2026-01-16", "2024-12-31", changes).table())
    assert "earlier:" not in html and ">ext_caam<" not in html and ">ext_​caam<" not in html
    assert '<a href="#ext-ext_caam">2.615 million (CAAM, 2026-01-15)</a>' in html
    # a row the previous edition had already is no change; the new one against it is the conflict
    changes = find_changes(NONE_F, _external(caam, ecg), NONE_I, NONE_F, _external(caam), NONE_I)
    assert [(c.kind, c.key) for c in changes] == [("conflict", "ext_ecg")]
