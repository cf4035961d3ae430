"""data/DICTIONARY.md documents every column as the package declares it."""

from __future__ import annotations

from nevreport import dictionary
from tests.conftest import ROOT

DICTIONARY = ROOT / "data" / "DICTIONARY.md"


def test_the_dictionary_shows_every_column_as_declared():
    text = DICTIONARY.read_text(encoding="utf-8")
    assert dictionary.stale_tables(text) == [], "run `make dictionary` (nevreport dictionary) and commit the result"
    assert dictionary.render(text) == text


def test_every_declared_table_and_column_is_in_the_dictionary():
    text = DICTIONARY.read_text(encoding="utf-8")
    for schema in dictionary.DOCUMENTED:
        assert dictionary.BEGIN.format(name=schema.name) in text
        for column in schema.columns:
            assert f"| `{column.name}` |" in text, f"{schema.name}: {column.name}"
