"""`nevreport validate`: every table of the data folder checked, each problem named with file, line and id.

Order: the article manifest (and every article it lists), data/figures.csv against the articles, the
supplementary table against its excerpts, data/metrics.csv against the metrics the tables use, the indicator
catalogue against the ids the tables hold, and data/publishers.csv. Once there is no problem, the
self-checks of the supplementary rows (nevreport.curate.supplementary) add warnings, which do not stop a build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from nevreport.common import config
from nevreport.common.errors import Problem, UserError
from nevreport.common.tables import Table, cell
from nevreport.common.vocabulary import TOPICS
from nevreport.curate import consistency
from nevreport.curate.catalogue import Catalogue, load_catalogue
from nevreport.curate.cells import check_row
from nevreport.curate.load import read_metrics, sources_frame, supplementary_frame
from nevreport.curate.publishers import load_publishers
from nevreport.curate.quotes import CheckedFigures, check_figures, check_supplementary_table
from nevreport.curate.schema import METRICS
from nevreport.curate.sources import Sources, check_sources
from nevreport.curate.supplementary import validation_warnings


@dataclass
class CheckedData:
    """Every table of a data folder as checked, and every problem found."""

    problems: list[Problem]
    sources: Sources
    figures: CheckedFigures
    supplementary: Table | None
    metrics: Table | None
    catalogue: Catalogue | None
    publishers: dict = field(default_factory=dict)

    @property
    def figure_rows(self) -> list[tuple[int, dict[str, str]]]:
        return self.figures.table.rows if self.figures.table else []

    @property
    def supplementary_rows(self) -> list[tuple[int, dict[str, str]]]:
        return self.supplementary.rows if self.supplementary else []


def check_data_dir(data_dir: Path) -> CheckedData:
    """Check the manifest, every figure against its article, the supplementary table, the metrics, the
    catalogue and the publishers' sites. The data folder must exist (see `validate_data_dir`)."""
    problems: list[Problem] = []
    sources = check_sources(data_dir, problems)
    figures = check_figures(data_dir, sources, problems)
    supplementary = check_supplementary_table(data_dir, problems)
    checked = CheckedData(problems, sources, figures, supplementary, None, None)
    checked.metrics = _check_metrics(data_dir, checked)
    checked.catalogue = _check_catalogue(data_dir, checked)
    checked.publishers = load_publishers(data_dir, problems)
    _check_across(checked)
    return checked


def _check_across(checked: CheckedData) -> None:
    """What no single row shows: one namespace of ids, dates that can be, shares within 0-100."""
    indicators = [(entry.id, entry.line) for entry in checked.catalogue.entries] if checked.catalogue else []
    checked.problems.extend(consistency.id_problems(checked.figure_rows, checked.supplementary_rows, indicators))
    manifest = checked.sources.table.rows if checked.sources.table else []
    checked.problems.extend(consistency.date_problems(checked.figure_rows, manifest, checked.sources.texts))
    checked.problems.extend(consistency.share_problems(checked.figure_rows, checked.supplementary_rows))


def validate_data_dir(data_dir: Path = config.DATA_DIR,
                      warnings: list[Problem] | None = None) -> tuple[list[Problem], str]:
    """Check the data folder (`check_data_dir`); return every problem found and a one-line summary.

    When the data has no problem and `warnings` is a list, the findings of nevreport.curate.supplementary
    (supplementary rows that disagree with themselves, links off their publisher's site) are added to it:
    they do not stop a build.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        what = "this is a file, not the data folder" if data_dir.exists() else "the data folder does not exist"
        return [Problem(str(data_dir), None, "", what, "pass the folder that holds figures.csv, raw/ and "
                        "external/ with --data-dir")], f"validate: {data_dir} not found."
    checked = check_data_dir(data_dir)
    problems = checked.problems
    if warnings is not None and not problems:
        supplementary_lines = {cell(row, "source_id"): line for line, row in checked.supplementary_rows}
        publishers = checked.publishers if config.publishers_csv(data_dir).exists() else None
        warnings.extend(validation_warnings(supplementary_frame(checked.supplementary), sources_frame(checked.sources),
                                            publishers, data_dir, supplementary_lines, checked.sources.line_of))
    n_articles = len({cell(row, "article") for _, row in checked.figure_rows})
    counted = (f"validate: {len(checked.figure_rows)} figures from {n_articles} articles and "
               f"{len(checked.supplementary_rows)} supplementary figures checked")
    if problems:
        return problems, f"{counted}, {len(problems)} problem(s)."
    if warnings:
        return problems, (f"{counted}, no problems; {len(warnings)} warning(s): rows that disagree with "
                          "themselves or link off their publisher's site (the report's data-quality chapter "
                          "shows them).")
    return problems, f"{counted}, no problems."


def _check_metrics(data_dir: Path, checked: CheckedData) -> Table | None:
    """data/metrics.csv names every metric once, with a reader's label and the chapter (topic) that shows it."""
    table = read_metrics(data_dir, checked.problems)
    if table is None:
        return None
    seen: dict[str, int] = {}
    for line, row in table.rows:
        check_row(table, line, row, METRICS, seen)
    used = [(shown, line, cell(row, key), cell(row, "metric")) for shown, rows, key in (
        ("data/figures.csv", checked.figure_rows, "figure_id"),
        ("data/external/supplementary_figures.csv", checked.supplementary_rows, "source_id"))
        for line, row in rows]
    for shown, line, item, metric in used:
        if metric and metric not in seen:
            checked.problems.append(Problem(
                shown, line, item, f"metric '{metric}' is not in data/metrics.csv",
                f"add a row '{metric},<topic>,<label>' to data/metrics.csv (topic: one of {', '.join(TOPICS)}), or "
                "use a metric that is already there"))
    return table


def _check_catalogue(data_dir: Path, checked: CheckedData) -> Catalogue | None:
    """The indicator catalogue may only name figures and supplementary figures that exist."""
    if not config.indicator_catalogue(data_dir).exists():
        return None
    known = {cell(row, "figure_id") for _, row in checked.figure_rows}
    known |= {cell(row, "source_id") for _, row in checked.supplementary_rows}
    try:
        # While the tables themselves have problems, their ids are not to be trusted: check only the
        # catalogue's own structure, so one mistake is not reported twice.
        return load_catalogue(data_dir, known_ids=None if checked.problems else known)
    except UserError as exc:
        checked.problems.extend(exc.problems or [Problem(str(config.indicator_catalogue(data_dir)), None, "",
                                                         str(exc), "correct data/indicators.yaml")])
        return None
