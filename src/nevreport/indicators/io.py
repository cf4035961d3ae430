"""The indicator table as CSV: its columns (declared once, documented in data/DICTIONARY.md), writing and
reading it back exactly.

Numbers are written with every digit they hold, so a table read back equals the table computed (the report
rounds once, for the reader); an open end is written inf or -inf (pandas and Python's float() read both);
text cells are safe to open in a spreadsheet (nevreport.common.tables).
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from nevreport.common.errors import UserError
from nevreport.common.fields import Field
from nevreport.common.numbers import csv_number
from nevreport.common.tables import CsvRows, TableSchema, from_spreadsheet_text, read_table, spreadsheet_text
from nevreport.common.vocabulary import KINDS, SECTIONS, SUPPLEMENTARY_UNITS

TABLE = TableSchema("reports/<set>/indicators.csv", "indicator table", columns=(
    Field("indicator_id", "id", "the entry's id in the catalogue"),
    Field("label", "text", "the indicator's name as a reader sees it", filled=False),
    Field("value", "number", "the central value, in `unit`; empty when it cannot be computed yet", filled=False),
    Field("low", "number", "the lowest value the inputs' intervals allow (may be `-inf`)", filled=False),
    Field("high", "number", "the highest value the inputs' intervals allow (may be `inf`)", filled=False),
    Field("unit", "vocabulary", "unit of the value: a unit of the supplementary table", vocabulary=SUPPLEMENTARY_UNITS),
    Field("period", "period", "the period the indicator covers, in the formats above", filled=False),
    Field("formula", "text", "the formula in words", filled=False),
    Field("inputs", "text", "the ids actually used, separated by `;`: `figure_id`s, `source_id`s, other "
           "`indicator_id`s, or `parameter:<name>` for a report parameter", filled=False),
    Field("reason", "text", "why `value` is empty; empty otherwise. `inputs not yet published by <as-of date>` "
           "when an input came later: such a row keeps only `indicator_id`, `unit`, `section` and `kind`, and "
           "leaves `label`, `formula`, `period`, `inputs`, `sources` and `note` empty, since they would name "
           "figures, dates or sources the edition could not yet know. `cannot be computed: ...` when the inputs "
           "give no meaningful result", filled=False),
    Field("section", "vocabulary", "the report section that shows it", vocabulary=SECTIONS),
    Field("kind", "vocabulary", "`derived` (computed), `forecast_check` (a forecast set against the later actual), "
           "`consistency` (two statements checked against each other) or `context` (a figure set beside one it is "
           "not expected to equal, such as the rate an article converted at beside a year's average rate: the gap "
           "is shown, no agreement judged)", vocabulary=KINDS),
    Field("verdict", "text", "for checks and context only: the outcome in words (`consistent: ...`, `forecast too "
           "low: ...`, `context, not a check: ...`)", filled=False),
    Field("sources", "text", "publisher and date of every article or page behind the result", filled=False),
    Field("note", "text", "choices made while computing, e.g. which of two conflicting sources was used",
           filled=False),
))
COLUMNS = TABLE.names
NUMBER_COLUMNS = ("value", "low", "high")


def write_table_csv(frame: pd.DataFrame, out) -> None:
    """The indicator table as CSV text on an open text stream (text cells safe to open in a spreadsheet)."""
    writer = CsvRows(out)  # a label or note holding a line break stays in its cell
    writer.writerow(COLUMNS)
    for record in frame.to_dict("records"):
        writer.writerow([csv_number(record[c]) if c in NUMBER_COLUMNS else spreadsheet_text(record[c])
                         for c in COLUMNS])


def save_indicators(frame: pd.DataFrame, output_dir: str | Path | None) -> Path | None:
    """Write indicators.csv into a build folder; nothing when exploring (output_dir is None)."""
    if not output_dir:
        return None
    path = Path(output_dir) / "indicators.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_table_csv(frame, handle)
    return path


def read_indicators_csv(path: str | Path) -> pd.DataFrame:
    """An indicators.csv as written by write_table_csv, with value/low/high as floats (NaN when empty)."""
    problems: list = []
    table = read_table(Path(path), problems, shown=str(path), what=TABLE.what, within=None,
                       required=NUMBER_COLUMNS)
    if table is None or problems:
        raise UserError(f"{path} cannot be read back", problems)
    frame = pd.DataFrame([row for _, row in table.rows], columns=table.header, dtype=object)
    for name in frame.columns.difference(NUMBER_COLUMNS):
        frame[name] = frame[name].map(from_spreadsheet_text)
    for name in NUMBER_COLUMNS:
        frame[name] = [_number(x) for x in frame[name]]
    return frame


def _number(cell: str) -> float:
    """A number cell as written by write_table_csv (inf and -inf included); NaN when empty or not a number."""
    try:
        return float(cell) if cell else math.nan
    except ValueError:
        return math.nan
