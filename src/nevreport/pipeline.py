"""One run of the pipeline: check the data, keep what had been published by a date, compute the indicators.

    edition = run("latest")         # an edition of params/ (or a date, "2024-12-31")
                                     # load: every table of data/, checked (nevreport.curate)
                                     # process: what was known by that date, and its indicators (nevreport.indicators)
    edition.figures, edition.supplementary, edition.indicators

The command line (`nevreport validate`, `nevreport indicators`), the build (its check of the data before any
kernel starts) and the notebooks (`nr.run`, `nr.load_figures`, `Report.load`) all go through here. The checked
data is kept per process while no file under the data folder changes, so the notebooks of an edition, which
share one kernel, check it once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from nevreport.common import config, tables
from nevreport.common.dates import parse_as_of
from nevreport.common.errors import Problem, UserError
from nevreport.curate.catalogue import Catalogue, load_catalogue
from nevreport.curate.load import figures_frame, metrics_frame, sources_frame, supplementary_frame
from nevreport.curate.params import edition_parameters
from nevreport.curate.supplementary import check_supplementary
from nevreport.curate.validate import check_data_dir, validate_data_dir
from nevreport.indicators.evaluate import compute_table
from nevreport.indicators.io import read_indicators_csv, save_indicators
from nevreport.ingest.articles import read_article


@dataclass(frozen=True)
class Data:
    """Everything under a data folder, checked: the tables as frames, the catalogue, the publishers' sites."""

    figures: pd.DataFrame
    supplementary: pd.DataFrame
    sources: pd.DataFrame
    metrics: pd.DataFrame
    catalogue: Catalogue
    publishers: dict

    @property
    def ids(self) -> frozenset[str]:
        """Every figure, supplementary figure and indicator id, whenever it was published."""
        return frozenset({*self.figures["figure_id"], *self.supplementary["source_id"],
                          *(entry.id for entry in self.catalogue.entries)})

    @property
    def series(self) -> frozenset[tuple[str, str]]:
        """Every (metric, entity) of the figures and supplementary figures, whenever it was published."""
        return frozenset((metric, entity) for frame in (self.figures, self.supplementary)
                         for metric, entity in zip(frame["metric"], frame["entity"], strict=True))

    def copy(self) -> Data:
        return Data(self.figures.copy(), self.supplementary.copy(), self.sources.copy(), self.metrics.copy(),
                    self.catalogue, dict(self.publishers))


@dataclass(frozen=True)
class Edition:
    """What a report for one as-of date knows: the tables filtered to what had been published by then, and the
    indicators computed from them."""

    as_of: dt.date
    figures: pd.DataFrame
    supplementary: pd.DataFrame
    sources: pd.DataFrame
    indicators: pd.DataFrame
    metrics: pd.DataFrame
    catalogue: Catalogue
    publishers: dict
    known_ids: frozenset[str]  # every id in the data, published by the as-of date or not
    known_series: frozenset[tuple[str, str]]  # every (metric, entity) in the data, published by then or not
    name: str | None = None  # the parameter set (params/<name>.yaml); None for a bare date
    follows_data: bool = False  # dated by the newest publication in the data (no as_of in its parameter file)
    target_units: float | None = None  # a what-if goal replacing the articles' (None: the articles' goal)
    target_year: int | None = None
    # what the checks of the supplementary rows find among the rows published by then (growth, hedge, link)
    supplementary_flags: tuple = ()

    @property
    def published_indicators(self) -> pd.DataFrame:
        """The indicators whose inputs had all been published by the as-of date (what an edition shows and
        keeps: the id of one computed from later figures would name what was to come)."""
        return self.indicators[~_later(self.indicators)].reset_index(drop=True)

    def __repr__(self) -> str:
        return (f"<Edition as of {self.as_of}: {len(self.figures)} figures from {len(self.sources)} articles, "
                f"{len(self.supplementary)} supplementary figures, {len(self.indicators)} indicators>")


# --- load ---------------------------------------------------------------------------------------------------


def check(data_dir: Path = config.DATA_DIR, warnings: list[Problem] | None = None) -> tuple[list[Problem], str]:
    """Every problem of the data folder and a one-line summary (`nevreport validate`; the build's first step).

    When there is no problem and `warnings` is a list, the findings that do not stop a build are added to it.
    """
    return validate_data_dir(data_dir, warnings)


_cache: dict = {}


def load(data_dir: Path = config.DATA_DIR) -> Data:
    """Every table of the data folder, checked; UserError listing every problem.

    Checked once per process while no file under the folder changes (by modification time and size).
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        problems, _ = validate_data_dir(data_dir)
        raise UserError("there is no data to load", problems)
    stamp = tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                         for p in data_dir.rglob("*") if p.is_file() and not p.is_symlink()))
    key = (str(data_dir.resolve()), stamp)
    if key not in _cache:
        checked = check_data_dir(data_dir)
        if checked.problems:
            raise UserError(f"the data in {data_dir} has {len(checked.problems)} problem(s); fix them and run "
                            "`nevreport validate`", checked.problems)
        # A folder without a catalogue passes validation, but nothing can be computed: say so.
        catalogue = checked.catalogue or load_catalogue(data_dir)
        _cache.clear()
        _cache[key] = Data(figures_frame(checked.sources, checked.figures), supplementary_frame(checked.supplementary),
                           sources_frame(checked.sources), metrics_frame(checked.metrics), catalogue,
                           checked.publishers)
    return _cache[key].copy()


def _later(indicators: pd.DataFrame) -> pd.Series:
    """Indicators whose inputs came after the as-of date (empty, with the reason that says so)."""
    return indicators["reason"].fillna("").astype(str).str.startswith("inputs not yet published")


def _published_by(frame: pd.DataFrame, as_of: dt.date | None) -> pd.DataFrame:
    if as_of is None:
        return frame
    return frame[frame["published"] <= as_of].reset_index(drop=True)


# --- process ------------------------------------------------------------------------------------------------


_build_folder: list[Path] = []  # the folder the build is writing this edition into (empty when exploring)


def use_build_folder(path: str | Path | None) -> None:
    """Tell this process which folder the build writes the edition into (the build's own hidden cell calls this
    after the notebook's parameters; exploring never does, so nothing is written)."""
    _build_folder[:] = [Path(path)] if path else []


def build_folder() -> Path | None:
    return _build_folder[0] if _build_folder else None


def run(edition="latest", data_dir: Path = config.DATA_DIR, target_units: float | None = None,
        target_year: int | None = None, output_dir: str | Path | None = None) -> Edition:
    """An edition: the checked data published by its as-of date, and every indicator computed from it.

    edition: the name of a parameter set under params/ ("latest", "as-of-2021"), whose as_of and goal it takes,
    or a date ("2024-12-31"). target_units / target_year replace the goal (Shanghai's NEV goal). output_dir: a
    build folder whose indicators.csv (written by notebooks/01_prepare) is read instead of computing again
    (default: the build's folder, none when exploring).
    """
    name, follows_data = None, False
    if isinstance(edition, str) and edition[:1].isalpha():  # a name; anything else must be a date
        ps = edition_parameters(edition, data_dir=data_dir)
        name, follows_data, cutoff = ps.name, ps.follows_data, ps.as_of
        target_units = ps.values.get("target_units") if target_units is None else target_units
        target_year = ps.values.get("target_year") if target_year is None else target_year
    else:
        cutoff = parse_as_of(edition)
    data = load(data_dir)
    output_dir = output_dir or build_folder()
    saved = Path(output_dir) / "indicators.csv" if output_dir else None
    if saved is not None and saved.exists():
        indicators = read_indicators_csv(saved)
    else:
        indicators = compute_table(data.catalogue, data.figures, data.supplementary, cutoff, target_units, target_year)
    supplementary = _published_by(data.supplementary, cutoff)
    return Edition(cutoff, _published_by(data.figures, cutoff), supplementary,
                   _published_by(data.sources, cutoff), indicators, data.metrics, data.catalogue, data.publishers,
                   data.ids, data.series, name, follows_data, target_units, target_year,
                   tuple(check_supplementary(supplementary, data.publishers)))


# --- the same, one table at a time (for exploring in a notebook) --------------------------------------------


# The two kinds of figure name their id and their words differently in data/ (an article figure is quoted, a
# supplementary figure excerpted from its page); the loaders add the same two names to both, so one line of
# code reads either table: frame[["id", "quote", "value", "unit", "period"]].
SHARED_NAMES = {"figures": {"id": "figure_id", "quote": "quote"},
                "supplementary": {"id": "source_id", "quote": "excerpt"}}


def _with_shared_names(frame: pd.DataFrame, kind: str) -> pd.DataFrame:
    names = {shared: frame[column] for shared, column in SHARED_NAMES[kind].items() if shared not in frame.columns}
    shared = frame.assign(**names)
    return shared[["id", *[c for c in shared.columns if c != "id"]]]


def load_figures(as_of=None, data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The checked article figures (with intervals and sources), optionally only those published by `as_of`.

    `id` and `quote` are the same columns as `figure_id` and `quote` (and as `load_supplementary_figures`'s)."""
    frame = _published_by(load(data_dir).figures, None if as_of is None else parse_as_of(as_of))
    return _with_shared_names(frame, "figures")


def load_supplementary_figures(as_of=None, data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The supplementary sourced figures, optionally only those published by `as_of`.

    `id` and `quote` are `source_id` and `excerpt` under the names `load_figures` uses too."""
    frame = _published_by(load(data_dir).supplementary, None if as_of is None else parse_as_of(as_of))
    return _with_shared_names(frame, "supplementary")


def load_sources(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The article manifest, with `published` as a datetime.date."""
    return load(data_dir).sources


def load_articles(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The manifest of articles with each article's text in a `text` column."""
    sources = load(data_dir).sources  # checks every name and article first
    # Read through the same confinement as the checks: only plain files directly in data/raw/articles.
    return sources.assign(text=[read_article(Path(name), data_dir) for name in sources["file"]])


def compute_indicators(as_of, data_dir: Path = config.DATA_DIR, target_units: float | None = None,
                       target_year: int | None = None) -> pd.DataFrame:
    """Every indicator of data/indicators.yaml, computed from what had been published by as_of.

    An indicator whose inputs were not all published by then is listed with empty value, low and high and a
    reason. target_units / target_year replace the goal stated in the articles (Shanghai's NEV goal).
    """
    return run(as_of, data_dir, target_units, target_year).indicators


# --- save ---------------------------------------------------------------------------------------------------


def save_build_outputs(output_dir: str | Path | None = None, **frames: pd.DataFrame) -> list[Path]:
    """Write each table as <name>.csv into the build folder (default: the build's); nothing when exploring.

    `indicators` is written as indicators.csv with its exact columns (nevreport.indicators.io). Text cells that
    a spreadsheet would run as a formula get a leading apostrophe (data/DICTIONARY.md).
    """
    output_dir = output_dir or build_folder()
    if not output_dir:
        return []
    written = []
    for name, frame in frames.items():
        if name == "indicators":
            # An indicator whose inputs came later stays out: its id alone would name what was to come.
            written.append(save_indicators(frame[~_later(frame)].reset_index(drop=True), output_dir))
        else:
            written.append(tables.write_frame(frame, Path(output_dir) / f"{name}.csv"))
    return written
