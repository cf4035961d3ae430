"""The one CSV reader and writer: every table the project reads or writes goes through here, its columns
declared once (`nevreport.common.fields.Field`, `TableSchema`).

Reading: `read_table` reads a file as text, cell by cell, through the limits of nevreport.common.inputs, and
turns everything wrong with it into Problems naming the file and line (a missing or unknown column, a row
with too many cells, a cell holding a character a reader could misread) instead of a traceback. Nothing in a
cell is ever evaluated: a spreadsheet formula such as "=1+1" stays the text it is.

Writing: `CsvRows` writes rows that read back exactly (a cell holding a line break is quoted), and
`spreadsheet_text` gives a text cell that a spreadsheet would run as a formula a leading apostrophe
(`from_spreadsheet_text` undoes it), so the CSV files the report writes are safe to open in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.errors import Problem
from nevreport.common.fields import Field
from nevreport.common.inputs import excerpt

# A spreadsheet evaluates a cell starting with one of these (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_CHARACTER_FIX = ("type the text with the digits 0-9 and without invisible characters (if it was copied from "
                  "an article that holds them, correct the article too)")


@dataclass(frozen=True)
class TableSchema:
    """A table's columns in order, what a user calls the table, and where the data folder holds it."""

    name: str  # as data/DICTIONARY.md heads it, e.g. figures.csv
    what: str  # in messages: "the figures table is empty"
    columns: tuple[Field, ...]
    path: Callable[[Path], Path] | None = None  # from the data folder, for a table the data holds

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def required(self) -> tuple[str, ...]:
        """The columns its header must hold."""
        return tuple(c.name for c in self.columns if c.in_header)

    @property
    def must_fill(self) -> dict[str, str]:
        """{column: what to write} of the columns every row must fill, in column order."""
        return {c.name: c.fill_help for c in self.columns if c.filled}

    @property
    def verbatim(self) -> tuple[str, ...]:
        """The columns whose text is kept exactly, surrounding spaces included."""
        return tuple(c.name for c in self.columns if c.type == "verbatim")

    def column(self, name: str) -> Field:
        return next(c for c in self.columns if c.name == name)

    def read(self, data_dir: Path, problems: list[Problem], within: Path | None = None) -> Table | None:
        """This table of a data folder, read by `read_table` against the declared columns (`within`: the folder
        the file must be in, by default the data folder)."""
        path = self.path(Path(data_dir))
        return read_table(path, problems, shown=config.shown(path, Path(data_dir)), what=self.what,
                          within=Path(data_dir) if within is None else within, columns=self.names,
                          required=self.required)


@dataclass
class Table:
    """The rows of a CSV file as text, with where they stand, and the problems found while reading it."""

    shown: str  # the path as a user sees it in messages, e.g. data/figures.csv
    problems: list[Problem]
    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (1-based line, cells by column)

    def report(self, line: int | None, item: str, message: str, fix: str) -> None:
        self.problems.append(Problem(self.shown, line, excerpt(item, 60) if item else "", message, fix))


def read_table(path: Path, problems: list[Problem], *, shown: str, what: str, within: Path | None,
               columns: tuple[str, ...] | None = None, required: tuple[str, ...] = ()) -> Table | None:
    """Rows of a CSV file as strings keyed by column, with their 1-based line numbers; problems go to `problems`.

    columns: every column the table may have (None: any); required: the columns its header must hold. Blank
    rows are skipped; a row may leave off optional trailing columns. A row with the wrong number of cells or
    a cell holding a character a reader could misread (nevreport.common.inputs.unusual_character) is
    reported and left out. None when the file cannot be read or its header lacks a required column (its rows
    cannot be used then).
    """
    text = inputs.read_text(path, shown, problems, what, within=within)
    if text is None:
        return None
    table = Table(shown, problems)
    expected_columns = columns if columns is not None else required
    expected = "the header must be: " + ",".join(expected_columns)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        table.report(None, "", f"the {what} is empty", expected)
        return None
    except csv.Error as exc:
        table.report(1, "", f"the header line cannot be read as CSV ({exc})", expected)
        return None
    if len(header) > inputs.MAX_COLUMNS:
        table.report(1, "", f"the header has {len(header):,} columns, far more than the {len(expected_columns)} of "
                     f"the {what}", expected)
        return None
    table.header = header
    missing = [name for name in required if name not in header]
    for name in missing:
        table.report(1, "", f"column '{name}' is missing from the header", expected)
    for name in sorted({n for n in header if header.count(n) > 1}):
        table.report(1, "", f"column '{excerpt(name)}' appears more than once in the header", expected)
    for name in header:
        if columns is not None and name not in columns:
            table.report(1, "", f"unknown column '{excerpt(name)}'", expected)
    if missing:
        return None
    line = reader.line_num
    suspect = inputs.unusual_character(text) is not None  # one pass over the file; cell by cell only if needed
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) < len(header) and not any(name in required for name in header[len(cells):]):
                cells = [*cells, *[""] * (len(header) - len(cells))]  # optional trailing columns left off
            if len(cells) != len(header):
                table.report(start, excerpt(cells[0].strip()),
                             f"this row has {len(cells):,} cells but the header has {len(header)}",
                             "check for a missing or extra comma; a cell holding a comma needs double quotes")
                continue
            row = dict(zip(header, cells, strict=True))
            if not suspect or _characters_are_plain(table, start, row, header):
                table.rows.append((start, row))
    except csv.Error as exc:
        table.report(line + 1, "", f"this line cannot be read as CSV ({exc})",
                     "check the double quotes on this line: each quoted cell must be closed")
    return table


def _characters_are_plain(table: Table, line: int, row: dict[str, str], header: list[str]) -> bool:
    """Report each cell holding a character a reader could misread; True when there is none.

    A row with such a cell is left out of the checks that follow, so it is reported once, for this reason.
    """
    item = excerpt(row[header[0]].strip())
    clean = True
    for name, cell in row.items():
        found = inputs.unusual_character(cell)
        if found:
            position, what = found
            table.report(line, item, f"{excerpt(name)} holds {what} at character {position + 1}", _CHARACTER_FIX)
            clean = False
    return clean


def cell(row: dict[str, str], name: str) -> str:
    """A cell's text without surrounding spaces ("" when the row has no such column)."""
    return row.get(name, "").strip()


# --- writing ------------------------------------------------------------------------------------------------


class CsvRows:
    """A csv.writer whose lines end in "\n" and that quotes every cell holding a line break.

    csv.writer quotes a cell only for the delimiter, the quote character and the characters of its own line
    terminator: with "\n" a lone carriage return went out bare, and readers split the row there. Each row is
    written with "\r\n" (so a cell with either character is quoted) and its terminator then becomes "\n".
    """

    def __init__(self, out):
        self._out = out
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def writerow(self, cells) -> None:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(cells)
        self._out.write(self._buffer.getvalue()[:-2] + "\n")


def spreadsheet_text(cell):
    """A text cell for a CSV output: with a leading apostrophe when a spreadsheet would run it as a formula.

    Cells that already start with apostrophes before such a character get one more, so that
    `from_spreadsheet_text` gives back exactly what was written. Number columns are never passed here.
    """
    if isinstance(cell, str) and cell.lstrip("'").startswith(FORMULA_START):
        return "'" + cell
    return cell


def from_spreadsheet_text(cell):
    """The text `spreadsheet_text` was given."""
    if isinstance(cell, str) and cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_START):
        return cell[1:]
    return cell


def cell_text(value) -> str:
    """A cell as pandas' to_csv writes it: empty for missing, str() otherwise (1234.0, 1e+300, 2021-06-01)."""
    import pandas as pd

    if value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def write_frame(frame, path: Path) -> Path:
    """A DataFrame as a CSV file for spreadsheets and programs alike: text cells that a spreadsheet would run
    as a formula get a leading apostrophe, numbers are written as they are, a line break stays in its cell."""
    import pandas as pd

    safe = frame.apply(lambda column: column if pd.api.types.is_numeric_dtype(column)
                       else column.map(spreadsheet_text))
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = CsvRows(handle)
        writer.writerow(list(safe.columns))
        for record in safe.itertuples(index=False):
            writer.writerow([cell_text(value) for value in record])
    return Path(path)
