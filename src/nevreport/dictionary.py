"""The column tables of data/DICTIONARY.md, generated from the declarations that read and check the tables.

Each table's columns are declared once (nevreport.curate.schema for the curated tables,
nevreport.indicators.io for the indicator table the build writes); `nevreport dictionary` rewrites the part
of data/DICTIONARY.md between a table's two markers from them, and leaves the prose around them alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from nevreport.common import config
from nevreport.common.fields import Field
from nevreport.common.tables import TableSchema
from nevreport.curate.schema import TABLES
from nevreport.indicators import io as indicator_io

DOCUMENTED = (*TABLES, indicator_io.TABLE)
BEGIN = "<!-- columns of {name}: generated from the package's declarations by `nevreport dictionary` -->"
END = "<!-- end of the generated columns -->"
_TYPES = {
    "id": "id", "file": "file name", "text": "text", "verbatim": "text, kept exactly", "number": "number",
    "date": "date", "period": "period", "url": "web address", "precision": "`exact` or a step",
    "domains": "host names",
}  # fmt: skip
_LISTED = 6  # a vocabulary of at most this many words is listed in the type


def dictionary_path(data_dir: Path = config.DATA_DIR) -> Path:
    return Path(data_dir) / "DICTIONARY.md"


def _type(column: Field) -> str:
    if column.type == "vocabulary":
        words = [f"`{word}`" for word in column.vocabulary]
        kind = (f"{', '.join(words[:-1])} or {words[-1]}" if len(words) <= _LISTED else "a word of the vocabulary")
    else:
        kind = _TYPES[column.type]
    if not column.in_header:
        return f"{kind}; optional column"
    return kind if column.filled else f"{kind}; may be empty"


def column_table(schema: TableSchema) -> str:
    """A table's columns as a Markdown table: name, type (and whether it may be empty), meaning."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {_type(c)} | {c.meaning} |" for c in schema.columns]
    return "\n".join(lines)


def _block(schema: TableSchema) -> re.Pattern:
    return re.compile(re.escape(BEGIN.format(name=schema.name)) + r"\n.*?" + re.escape(END), re.S)


def render(text: str) -> str:
    """The dictionary's text with every generated column table as the declarations give it."""
    for schema in DOCUMENTED:
        block = f"{BEGIN.format(name=schema.name)}\n{column_table(schema)}\n{END}"
        text = _block(schema).sub(lambda _, block=block: block, text)
    return text


def stale_tables(text: str) -> list[str]:
    """The tables whose columns the dictionary's text does not show as declared (or whose markers are gone)."""
    return [schema.name for schema in DOCUMENTED
            if f"{BEGIN.format(name=schema.name)}\n{column_table(schema)}\n{END}" not in text]


def write_dictionary(data_dir: Path = config.DATA_DIR, check: bool = False) -> int:
    """`nevreport dictionary [--check]`: rewrite the column tables of data/DICTIONARY.md (or, with check, only
    say which are out of date); returns the exit status."""
    path = dictionary_path(data_dir)
    shown = config.shown(path, Path(data_dir))
    text = path.read_text(encoding="utf-8")
    updated = render(text)
    missing = [schema.name for schema in DOCUMENTED if not _block(schema).search(text)]
    if missing:
        print(f"{shown}: no place for the columns of {', '.join(missing)}. Fix: put the lines "
              f"'{BEGIN.format(name=missing[0])}' and '{END}' where they belong", flush=True)
        return 1
    if check:
        stale = stale_tables(text)
        if stale:
            print(f"{shown}: the columns of {', '.join(stale)} differ from the package's declarations. Fix: run "
                  "`nevreport dictionary` (or `make dictionary`)", flush=True)
            return 1
        print(f"{shown}: the column tables match the declarations", flush=True)
        return 0
    if updated != text:
        path.write_text(updated, encoding="utf-8")
        print(f"{shown}: column tables rewritten from the declarations", flush=True)
    else:
        print(f"{shown}: already up to date", flush=True)
    return 0
