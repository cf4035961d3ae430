"""The review file of `nevreport add` and `nevreport accept`: one CSV holding every row an article needs.

Its rows are the drafted data/figures.csv rows (table `figure`), the data/metrics.csv rows of the metrics they
name that the data does not have yet (table `metric`) and the data/coverage_ignore.csv rows of the numbers that
are not claims (table `ignore`); the `check` column says what the reviewer should look at and is not copied
anywhere. It is meant to be opened in a spreadsheet: a text cell that a spreadsheet would run as a formula
(starting with = + - @) is written with a leading apostrophe, which reading it back takes off again; a cell
that starts with = or @ without it (typed in the spreadsheet) is refused, never evaluated.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from nevreport.common.errors import Problem
from nevreport.common.inputs import excerpt
from nevreport.common.numbers import parse_number
from nevreport.common.tables import FORMULA_START, CsvRows, cell, from_spreadsheet_text, read_table, spreadsheet_text
from nevreport.curate.schema import COVERAGE_IGNORE, FIGURES, METRICS

TABLES = {"figure": FIGURES, "metric": METRICS, "ignore": COVERAGE_IGNORE}
# One header for the three kinds of row; a row fills the columns of its table (`metric` and `article` are shared).
# `check` (what to look at) and `choices` (other readings of a figure row's fields, nevreport.ingest.choices) are
# for the reviewer and are not copied anywhere.
REVIEW_COLUMNS = ("table", "check", "choices", *dict.fromkeys(
    name for schema in (FIGURES, METRICS, COVERAGE_IGNORE) for name in schema.names))
_NUMBER_COLUMNS = frozenset({"value"})


def review_path(article: str, data_dir: Path) -> Path:
    """Where `add` writes an article's review file: review/<article stem>.csv beside the data folder."""
    return Path(data_dir).resolve().parent / "review" / f"{Path(article).stem}.csv"


def review_rows(article: str, text: str, proposals: Iterable, data_dir: Path) -> list[dict[str, str]]:
    """The rows of an article's review file: figures, then the metrics they need, then the ignores."""
    from nevreport.curate.propose import ignore_context, metric_column, new_metric_rows

    proposals = list(proposals)
    rows: list[dict[str, str]] = []
    new_metrics = {metric: (topic, label) for metric, topic, label in new_metric_rows(proposals, data_dir)}
    topics = metric_column(data_dir, "topic")
    for proposal in proposals:
        if not proposal.row:
            continue
        checks = list(proposal.hints)
        topic = topics.get(proposal.row["metric"], "")
        if topic == "shanghai" and "Shanghai" not in proposal.row["entity"]:
            # "nev_production" is Shanghai's series: a figure of Hefei under it is listed in Shanghai's chapter
            checks.append(f"{proposal.row['metric']} is a series of the Shanghai chapter, which would list this "
                          f"figure of {proposal.row['entity'] or 'another entity'}: give it a metric of its own "
                          "(a metric row with its chapter) unless it is Shanghai's")
        if proposal.row["metric"] in new_metrics:
            checks.append("a new metric: check its metric row below, or use a metric data/metrics.csv has")
        rows.append({"table": "figure", "check": "; ".join(checks), "choices": choices_cell(proposal.choices),
                     **proposal.row})
    for metric, (topic, label) in new_metrics.items():
        rows.append({"table": "metric", "check": "chapter (topic) and the reader's name of a new metric",
                     "metric": metric, "topic": topic, "label": label})
    for proposal in proposals:
        if proposal.not_a_claim:
            rows.append({"table": "ignore", "check": "not a claim: listed so that coverage accounts for it",
                         "article": article, "text": proposal.mention.text, "reason": proposal.not_a_claim,
                         "context": ignore_context(text, proposal.mention)})
    return rows


def a_row(kind: str) -> str:
    """"a figure row", "an ignore row"."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind} row"


def choices_cell(found: dict[str, tuple[str, ...]]) -> str:
    """Other readings as one `choices` cell: "period: 2025-01/2025-09 | 2025; metric: nev_production"."""
    return "; ".join(f"{name}: {' | '.join(values)}" for name, values in found.items() if values)


def choices_of(cell_text: str) -> dict[str, tuple[str, ...]]:
    """A `choices` cell read back (choices_cell's inverse): "period: 2025-01/2025-09 | 2025; metric: nev_production" ->
    {"period": ("2025-01/2025-09", "2025"), "metric": ("nev_production",)}."""
    found: dict[str, tuple[str, ...]] = {}
    for part in filter(None, (p.strip() for p in cell_text.split("; "))):
        name, _, values = part.partition(": ")
        found[name.strip()] = tuple(v.strip() for v in values.split(" | ") if v.strip())
    return found


def write_review(rows: list[dict[str, str]], path: Path) -> None:
    """The review file, every text cell safe to open in a spreadsheet (see the module docstring)."""
    buffer = io.StringIO()
    writer = CsvRows(buffer)
    writer.writerow(REVIEW_COLUMNS)
    for row in rows:
        writer.writerow([_safe_cell(name, row.get(name, "")) for name in REVIEW_COLUMNS])
    Path(path).write_text(buffer.getvalue(), encoding="utf-8", newline="")


def _safe_cell(name: str, value: str) -> str:
    if name in _NUMBER_COLUMNS and _is_number(value):
        return value  # "-4.1" stays a number: a spreadsheet reads it as one, never as a formula
    return spreadsheet_text(value)


def _is_number(text: str) -> bool:
    try:
        parse_number(text)
    except (ValueError, TypeError):
        return False
    return True


@dataclass
class Review:
    """A review file as read back: its rows by table, with their lines, and what is wrong with it."""

    path: Path
    problems: list[Problem]
    rows: dict[str, list[tuple[int, dict[str, str]]]] = field(default_factory=dict)


def read_review(path: Path) -> Review:
    """The rows of a review file, formula-safe cells restored; a cell a spreadsheet would run is a problem."""
    path = Path(path)
    problems: list[Problem] = []
    shown = path.as_posix()
    table = read_table(path, problems, shown=shown, what="review file", within=None, columns=REVIEW_COLUMNS,
                       required=("table",))
    review = Review(path, problems, {kind: [] for kind in TABLES})
    if table is None:
        return review
    for line, row in table.rows:
        kind = cell(row, "table")
        if kind not in TABLES:
            table.report(line, kind, f"table '{excerpt(kind)}' is none of figure, metric, ignore",
                         "write figure, metric or ignore in the table column (or delete the row)")
            continue
        schema = TABLES[kind]
        restored: dict[str, str] = {}
        for name in schema.names:
            value = row.get(name, "")
            if value.startswith(("=", "@")) or (value.startswith(FORMULA_START) and not (
                    name in _NUMBER_COLUMNS and _is_number(value))):
                table.report(line, cell(row, schema.columns[0].name) or kind,
                             f"{name} starts with '{value[:1]!s}', which a spreadsheet runs as a formula "
                             f"('{excerpt(value, 40)}')",
                             "type the text without the leading sign, or start it with an apostrophe (') to keep "
                             "it as text")
                continue
            restored[name] = from_spreadsheet_text(value)
        extra = [name for name in REVIEW_COLUMNS if name not in ("table", "check", "choices", *schema.names)
                 and cell(row, name)]
        for name in extra:
            table.report(line, cell(row, schema.columns[0].name) or kind,
                         f"{a_row(kind)} has no column '{name}' (it holds '{excerpt(cell(row, name), 40)}')",
                         f"empty the cell, or change the row's table if it is not {a_row(kind)}")
        review.rows[kind].append((line, restored))
    return review
