"""Loaders for notebooks and exploration: the checked data as DataFrames, filtered to an as-of date."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from nevreport import config, inputs, present


def _published_by(frame: pd.DataFrame, as_of: str | None) -> pd.DataFrame:
    if as_of is None:
        return frame
    return frame[frame["published"] <= pd.Timestamp(as_of).date()].reset_index(drop=True)


def load_figures(as_of: str | None = None, data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The checked article figures (with intervals and sources), optionally only those published by `as_of`."""
    from nevreport.figures import load_figures as load

    return _published_by(load(data_dir), as_of)


def load_external_figures(as_of: str | None = None, data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The supplementary sourced figures, optionally only those published by `as_of`."""
    from nevreport.figures import load_external

    return _published_by(load_external(data_dir), as_of)


def load_articles(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The manifest of articles with each article's text in a `text` column."""
    from nevreport.extract import read_article
    from nevreport.figures import load_sources

    sources = load_sources(data_dir)  # checks every name and article first
    # Read through the same confinement as the checks: only plain files directly in data/raw/articles.
    return sources.assign(text=[read_article(Path(name), data_dir) for name in sources["file"]])


def save_build_outputs(output_dir: str | Path | None, **tables: pd.DataFrame) -> list[Path]:
    """Write each table as <name>.csv into the build folder; nothing when exploring (output_dir is None).

    Text cells that a spreadsheet would run as a formula get a leading apostrophe (data/DICTIONARY.md).
    """
    if not output_dir:
        return []
    written = []
    for name, frame in tables.items():
        path = Path(output_dir) / f"{name}.csv"
        safe = frame.apply(lambda column: column if pd.api.types.is_numeric_dtype(column)
                           else column.map(present.spreadsheet_text))
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = inputs.CsvRows(handle)  # quotes a cell holding a line break, which to_csv left bare
            writer.writerow(list(safe.columns))
            for record in safe.itertuples(index=False):
                writer.writerow([_csv_cell(value) for value in record])
        written.append(path)
    return written


def _csv_cell(value) -> str:
    """A cell as pandas' to_csv writes it: empty for missing, str() otherwise (1234.0, 1e+300, 2021-06-01)."""
    if value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)
