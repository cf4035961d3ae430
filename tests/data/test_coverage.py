"""The corpus as it stands: every number in the articles is a curated figure or ignored with a reason."""

from __future__ import annotations

import csv

from nevreport.common import config
from nevreport.curate.coverage import audit_corpus
from tests.conftest import cli
from tests.unit.curate.test_coverage import _needs_figures, _propose


def test_coverage_passes_on_the_real_corpus():
    _needs_figures()
    result = cli("coverage")
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert result.stdout.startswith("coverage: all ")


def test_every_ignored_mention_has_a_reason_and_none_is_a_curated_figure():
    _needs_figures()
    found = audit_corpus(config.DATA_DIR)
    ignored = [f for f in found if f.ignore_line and not f.figure_id]
    assert ignored, "the corpus has spelled-out counts that are not figures; they should be listed"
    assert all(not (f.ignore_line and f.figure_id) for f in found)
    with config.coverage_ignore_csv(config.DATA_DIR).open(encoding="utf-8", newline="") as handle:
        rows = {line: row for line, row in enumerate(csv.DictReader(handle), start=2)}
    for f in ignored:
        row = rows[f.ignore_line]
        assert (row["article"], row["text"]) == (f.article, f.mention.text), f.ignore_line
        assert len(row["reason"].split()) >= 3, f"{f.article} {f.mention.text!r}: a reason says why, in words"


def test_propose_skips_what_is_already_curated_or_ignored():
    _needs_figures()
    for article in sorted(config.raw_articles_dir(config.DATA_DIR).glob("*.txt")):
        assert _propose(config.DATA_DIR, article) == [], article.name
