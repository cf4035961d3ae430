"""Checks of single cells by their column's type (nevreport.curate.schema): each problem goes to the table.

`check_row` gives a row every check its columns' declared types call for. Every check leaves an empty cell
alone except `check_filled`, so an empty cell is reported once, as empty.
"""

from __future__ import annotations

import math
import re

from nevreport.common.dates import is_iso_date, period_bounds
from nevreport.common.fields import Field
from nevreport.common.inputs import excerpt
from nevreport.common.lookalike import mixed_script
from nevreport.common.numbers import parse_number
from nevreport.common.tables import Table, TableSchema, cell
from nevreport.curate.precision import is_valid_precision

_SLUG = re.compile(r"[a-z0-9_]+")


def check_row(table: Table, line: int, row: dict[str, str], schema: TableSchema, seen: dict[str, int]) -> float | None:
    """Every check the declared columns call for, in this order: filled, unique id, vocabularies, period,
    value, precision, dates and web addresses. Returns the row's value (None when it has none or it cannot be
    read). The row is named by its first column; `seen` collects the ids and their lines."""
    def of_type(kind: str) -> list[Field]:
        return [column for column in schema.columns if column.type == kind]

    item = cell(row, schema.columns[0].name)
    check_filled(table, line, item, row, schema)
    for column in of_type("id"):
        check_id(table, line, column.name, cell(row, column.name), seen)
    for column in of_type("vocabulary"):
        check_vocabulary(table, line, item, column, cell(row, column.name))
    for column in of_type("period"):
        check_period(table, line, item, cell(row, column.name))
    value = None
    for column in of_type("number"):
        value = parse_value(table, line, item, cell(row, column.name))
    for column in of_type("precision"):
        check_precision(table, line, item, row.get(column.name, ""))
    for column in of_type("date"):
        check_date(table, line, item, column.name, cell(row, column.name))
    for column in of_type("url"):
        check_url(table, line, item, column.name, cell(row, column.name))
    for column in (*of_type("text"), *of_type("id")):
        check_one_script(table, line, item, column.name, cell(row, column.name))
    return value


def check_one_script(table: Table, line: int, item: str, column: str, text: str) -> None:
    """No word mixes look-alike letters of Latin, Cyrillic and Greek ("Сhina" would match no other "China")."""
    found = mixed_script(text)
    if found:
        word, position, char = found
        table.report(line, item, f"{column} '{excerpt(word)}' mixes letters of different scripts that look alike: "
                     f"{char} at character {position}", f"retype '{excerpt(word)}' in one script (on an ordinary "
                     "keyboard), so it matches the same name elsewhere")


def check_filled(table: Table, line: int, item: str, row: dict[str, str], schema: TableSchema) -> None:
    """Every column the schema says each row must fill is filled."""
    for name, help_text in schema.must_fill.items():
        if not cell(row, name):
            table.report(line, item, f"'{name}' is empty", f"fill in {name}: {help_text}")


def check_id(table: Table, line: int, column: str, ident: str, seen: dict[str, int]) -> None:
    """An id is a slug used by one row only; `seen` collects the ids and their lines."""
    if not ident:
        return
    if not _SLUG.fullmatch(ident):
        suggestion = re.sub(r"[^a-z0-9]+", "_", ident.lower()).strip("_")
        table.report(line, ident, f"{column} '{excerpt(ident)}' may only hold lowercase letters, digits and "
                     "underscores", f"rename it, e.g. '{suggestion}'")
    if ident in seen:
        table.report(line, ident, f"{column} '{excerpt(ident)}' is used again (first on line {seen[ident]})",
                     f"give each row its own {column}")
    else:
        seen[ident] = line


def check_vocabulary(table: Table, line: int, item: str, column: Field, value: str) -> None:
    if value and value not in column.vocabulary:
        table.report(line, item, f"{column.name} '{excerpt(value)}' is not in the vocabulary",
                     f"use one of: {', '.join(column.vocabulary)}")


def check_period(table: Table, line: int, item: str, period: str) -> None:
    if not period:
        return
    try:
        period_bounds(period)
    except ValueError as exc:
        table.report(line, item, f"period '{excerpt(period)}' cannot be read: {exc}",
                     "write it like 2023, 2024-H1, 2024-Q2, 2023-05, 2021-03-02, 2023-01/2023-05 or 2018/2023")


def parse_value(table: Table, line: int, item: str, text: str) -> float | None:
    """The number a `value` cell holds, or None (reported unless the cell is empty)."""
    if not text:
        return None
    number = parse_number(text)
    if number is not None:
        if math.isfinite(number):
            return number
        table.report(line, item, f"value '{excerpt(text)}' is too large to compute with (the limit is about "
                     "1.8e308)", "check the value: a figure in base units has far fewer digits")
        return None
    formula = " (it looks like a spreadsheet formula, which is never calculated)" if text[0] in "=+@" else ""
    table.report(line, item, f"value '{excerpt(text)}' is not a number{formula}",
                 "type the number itself in base units, without thousands separators, e.g. 1758000 or 81.5")
    return None


def check_precision(table: Table, line: int, item: str, text: str) -> None:
    if not is_valid_precision(text):
        table.report(line, item, f"precision '{excerpt(text.strip())}' is neither 'exact' nor a positive step",
                     "leave it empty for the general rule, write 'exact' for a number given in full, or the "
                     "step in base units (e.g. 100000 for a figure rounded to 0.1 million)")


def check_date(table: Table, line: int, item: str, column: str, text: str) -> None:
    if text and not is_iso_date(text):
        table.report(line, item, f"{column} '{excerpt(text)}' is not a date",
                     "write the publication date as YYYY-MM-DD, e.g. 2024-10-28")


def check_url(table: Table, line: int, item: str, column: str, text: str) -> None:
    if text and not text.startswith(("http://", "https://")):
        table.report(line, item, f"{column} '{excerpt(text)}' is not a web address",
                     "give the full address, starting with http:// or https://")
