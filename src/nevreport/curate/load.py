"""The curated tables as DataFrames: text cells stripped, numbers and dates read, each figure with its interval.

`load_*` read and check one table (and what it needs: figures need the manifest and the articles) and raise
UserError listing every problem; the `*_frame` functions turn tables already checked into frames, so that a
pipeline run that has checked the whole data folder reads nothing twice.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from nevreport.common import config
from nevreport.common.dates import is_iso_date, parse_date
from nevreport.common.errors import Problem, UserError
from nevreport.common.numbers import parse_number
from nevreport.common.tables import Table, TableSchema
from nevreport.common.vocabulary import QUALIFIERS, STATUSES
from nevreport.curate.precision import (
    PRECISION_COLUMN,
    figure_interval,
    is_valid_precision,
    reading_step,
    step_of_value_text,
)
from nevreport.curate.quotes import CheckedFigures, check_figures, check_supplementary_table
from nevreport.curate.schema import FIGURES, METRICS, SOURCES, SUPPLEMENTARY
from nevreport.curate.sources import Sources, check_sources


def raise_if(problems: list[Problem], shown: str) -> None:
    if problems:
        raise UserError(f"{shown} cannot be loaded: {len(problems)} problem(s) in the data; fix them and run "
                        "`nevreport validate`", problems)


def _frame(table: Table | None, schema: TableSchema) -> pd.DataFrame:
    columns = schema.names
    rows = [{name: row.get(name, "") for name in columns} for _, row in (table.rows if table else [])]
    frame = pd.DataFrame(rows, columns=list(columns), dtype=object)
    for name in columns:
        if name not in schema.verbatim:
            frame[name] = frame[name].str.strip()
    return frame


def _to_date(text: str):
    return parse_date(text) if is_iso_date(text) else pd.NaT


def _to_float(text: str) -> float:
    number = parse_number(text)
    return math.nan if number is None else number


# --- frames of checked tables -------------------------------------------------------------------------------


def sources_frame(sources: Sources) -> pd.DataFrame:
    """The article manifest, with `published` as a datetime.date."""
    frame = _frame(sources.table, SOURCES)
    frame["published"] = frame["published"].map(_to_date)
    return frame


def figures_frame(sources: Sources, checked: CheckedFigures) -> pd.DataFrame:
    """data/figures.csv with its interval (low, high) and its article's publisher, title, url and date.

    A figure whose number cannot be read gets NaN bounds.
    """
    figures = _frame(checked.table, FIGURES)
    figures["value"] = figures["value"].map(_to_float).astype(float)
    bounds = [
        figure_interval(value, reading_step(checked.steps[fid], value, status, precision), qualifier, status)
        if fid in checked.steps and qualifier in QUALIFIERS and status in STATUSES and math.isfinite(value)
        and is_valid_precision(precision) else (math.nan, math.nan)
        for fid, value, qualifier, status, precision in zip(
            figures["figure_id"], figures["value"], figures["qualifier"], figures["status"],
            figures[PRECISION_COLUMN], strict=True
        )
    ]
    figures["low"] = pd.Series([low for low, _ in bounds], index=figures.index, dtype=float)
    figures["high"] = pd.Series([high for _, high in bounds], index=figures.index, dtype=float)
    manifest = _frame(sources.table, SOURCES)[["file", "publisher", "title", "url", "published"]]
    manifest = manifest.drop_duplicates("file").rename(columns={"file": "article", "title": "source_title"})
    manifest["published"] = manifest["published"].map(_to_date)
    return figures.merge(manifest, on="article", how="left", validate="m:1")


def supplementary_frame(table: Table | None) -> pd.DataFrame:
    """The supplementary figures with value as a number, its interval (low, high) and `published` as a date.

    A supplementary figure has no stated text, so its step comes from the written value (trailing zeros are
    rounding); a metric named *_target is a goal, so its interval is its value, like a target in figures.csv.
    """
    supplementary = _frame(table, SUPPLEMENTARY)
    steps = supplementary["value"].map(step_of_value_text)
    supplementary["value"] = supplementary["value"].map(float).astype(float)
    statuses = ["target" if metric.endswith("_target") else "actual" for metric in supplementary["metric"]]
    steps = [reading_step(step, value, status, precision) for step, value, status, precision
             in zip(steps, supplementary["value"], statuses, supplementary[PRECISION_COLUMN], strict=True)]
    bounds = [
        figure_interval(value, step, qualifier, status)
        for value, step, qualifier, status in zip(supplementary["value"], steps, supplementary["qualifier"], statuses,
                                                  strict=True)
    ]
    supplementary["low"] = pd.Series([low for low, _ in bounds], index=supplementary.index, dtype=float)
    supplementary["high"] = pd.Series([high for _, high in bounds], index=supplementary.index, dtype=float)
    supplementary["published"] = supplementary["published"].map(_to_date)
    return supplementary


def metrics_frame(table: Table | None) -> pd.DataFrame:
    """data/metrics.csv: metric, topic (the chapter that shows it), label (what a reader calls it)."""
    return _frame(table, METRICS)


# --- one table, checked -------------------------------------------------------------------------------------


def load_sources(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The article manifest, with `published` as a datetime.date; UserError if it has problems."""
    problems: list[Problem] = []
    sources = check_sources(Path(data_dir), problems)
    raise_if(problems, config.shown(SOURCES.path(data_dir), Path(data_dir)))
    return sources_frame(sources)


def load_figures(data_dir: Path = config.DATA_DIR, check: bool = True) -> pd.DataFrame:
    """data/figures.csv with its interval (low, high) and its article's publisher, title, url and date.

    check=True validates the manifest and every figure first and raises UserError listing every problem.
    With check=False a figure whose number cannot be read gets NaN bounds.
    """
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    sources = check_sources(data_dir, problems)
    checked = check_figures(data_dir, sources, problems)
    if check:
        raise_if(problems, config.shown(FIGURES.path(data_dir), data_dir))
    return figures_frame(sources, checked)


def load_supplementary(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The supplementary figures with their intervals (see `supplementary_frame`); UserError if the table has
    problems."""
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    table = check_supplementary_table(data_dir, problems)
    raise_if(problems, config.shown(SUPPLEMENTARY.path(data_dir), data_dir))
    return supplementary_frame(table)


def read_metrics(data_dir: Path, problems: list[Problem]) -> Table | None:
    """data/metrics.csv as read, without the checks of its rows (nevreport.curate.validate)."""
    return METRICS.read(data_dir, problems)


def load_metrics(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """data/metrics.csv: metric, topic (the chapter that shows it), label (what a reader calls it)."""
    problems: list[Problem] = []
    table = read_metrics(Path(data_dir), problems)
    raise_if(problems, config.shown(METRICS.path(data_dir), Path(data_dir)))
    return metrics_frame(table)
