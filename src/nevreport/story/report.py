"""What was known at an as-of date, and the building blocks a chapter notebook makes from it.

    report = Report.load(as_of)                   # figures, supplementary figures and indicators by that date
    report.prose("Sales: {china_nev_sales_2023} ({china_nev_sales_2023:period}).")
    report.chart("China's NEV sales", "million vehicles a year", series=["nev_sales"], entity="China")
    report.stated_table("market")                 # every figure of the chapter's topic
    report.indicator_table("market")

Every method returns a Block (nevreport.story.blocks) that a notebook cell displays; the chapters' words live in
the notebooks, not here. A chart's series is a metric and an entity, so a new figure of a series already
charted joins its chart, and a table lists whatever its topic holds, at the next build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from markupsafe import Markup

from nevreport import pipeline
from nevreport.common import config, numbers
from nevreport.common.dates import format_period, is_year
from nevreport.common.errors import UserError
from nevreport.story import appendix, goal, names, present, tables
from nevreport.story.blocks import Block, render_prose, typed_numbers
from nevreport.story.goal import GOAL, GoalProgress
from nevreport.story.series import custom_chart_block, series_chart

AS_OF = "as_of"  # `{as_of}` in prose: the edition's date
PREFIX = {"figure": "fig", "supplementary": "ext", "indicator": "ind"}


@dataclass(repr=False)
class Report:
    """Everything a report for one as-of date needs, already filtered to what had been published by then."""

    as_of: str
    figures: pd.DataFrame
    supplementary: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    metrics: pd.DataFrame
    target_units: float | None = None
    target_year: int | None = None
    known_ids: set = field(default_factory=set)  # every id in the data, published by the as-of date or not
    publishers: dict = field(default_factory=dict)  # publisher -> the web domains of its site (data/publishers.csv)
    stated_goal: str = ""  # the figure id of the goal as the articles state it (the catalogue's `goal:`)
    known_series: frozenset = frozenset()  # every (metric, entity) in the data, published by the as-of date or not
    known_sections: frozenset = frozenset()  # every indicator section of the catalogue, computable by then or not
    known_kinds: frozenset = frozenset()  # every kind of indicator of the catalogue
    # the pipeline's findings on the supplementary rows known by then; None: found from the rows when asked
    supplementary_findings: tuple | None = None
    _lookup: dict = field(default_factory=dict)

    @classmethod
    def load(cls, edition: str = "latest", output_dir: str | Path | None = None, data_dir: Path = config.DATA_DIR,
             target_units: float | None = None, target_year: int | None = None) -> Report:
        """What an edition shows: a parameter set's name ("latest", its as_of and goal from params/) or a date
        (nevreport.pipeline.run); reuse indicators.csv when a build wrote it (output_dir, default the build's)."""
        run = pipeline.run(edition, data_dir, target_units, target_year, output_dir)
        sources = run.sources.sort_values("published").reset_index(drop=True)
        report = cls(run.as_of.isoformat(), run.figures, run.supplementary, run.indicators, sources,
                     run.metrics, run.target_units, run.target_year,
                     {*run.known_ids, GOAL, AS_OF}, run.publishers, run.catalogue.goal, run.known_series,
                     frozenset(entry.section for entry in run.catalogue.entries),
                     frozenset(entry.kind for entry in run.catalogue.entries), run.supplementary_flags)
        report._index()
        return report

    def __repr__(self) -> str:
        shown = self.indicators["value"].map(lambda v: not numbers.is_missing(v)).sum()
        return (f"<Report as of {self.as_of}: {len(self.figures)} figures from {len(self.sources)} articles, "
                f"{len(self.supplementary)} supplementary figures, {shown} indicators>")

    def _index(self) -> None:
        self._lookup = {}
        for row in self.figures.to_dict("records"):
            self._lookup[row["figure_id"]] = ("figure", row)
        for row in self.supplementary.to_dict("records"):
            self._lookup[row["source_id"]] = ("supplementary", row)
        for row in self.indicators.to_dict("records"):
            self._lookup[row["indicator_id"]] = ("indicator", row)
        self._labels = dict(zip(self.metrics["metric"], self.metrics["label"], strict=True))
        self._topics = dict(zip(self.metrics["metric"], self.metrics["topic"], strict=True))

    # --- looking things up -------------------------------------------------------------------------------

    def get(self, key: str) -> dict | None:
        """The row of a figure, supplementary figure or indicator; None when not known at the as-of date.

        `goal` is Shanghai's NEV goal: the stated figure, or the what-if that a parameter set puts in its place.
        A name that is no id at all is a typo: UnknownId, with the nearest ids.
        """
        if key is not None and key not in self._lookup and key not in (GOAL, AS_OF):
            names.check_id(self, key)  # None: a notebook variable for an id not known at this date
        return self._row(key)

    def _row(self, key: str | None) -> dict | None:
        if key == GOAL:
            return self._goal()
        if key == AS_OF:
            return {"period": self.as_of}
        found = self._lookup.get(key)
        if found is None:
            return None
        kind, row = found
        if kind == "indicator" and numbers.is_missing(row["value"]):
            return None
        return row

    def has(self, *keys: str) -> bool:
        return all(self.get(k) is not None for k in keys)

    def has_metric(self, metric: str) -> bool:
        """Whether any figure or supplementary figure of a metric was published by this date."""
        return bool(self.series_rows(metric, None))

    def value(self, key: str) -> float:
        return float(self.get(key)["value"])

    def label(self, metric: str) -> str:
        """What a reader calls a metric (data/metrics.csv)."""
        return self._labels.get(metric, metric.replace("_", " "))

    def topic(self, metric: str) -> str | None:
        """The chapter (topic) that shows a metric (data/metrics.csv)."""
        return self._topics.get(metric)

    def inputs(self, indicator: str, kind: str | None = None) -> list[str]:
        """The ids an indicator was computed from, [] when it is not known; with `kind` ("figure", "supplementary" or
        "indicator") only those of that kind known at this date."""
        row = self.get(indicator)
        keys = [k for k in str(row["inputs"]).split(";") if k] if row is not None else []
        return keys if kind is None else [k for k in keys if self._lookup.get(k, ("",))[0] == kind]

    def input_of(self, indicator: str, kind: str | None = None) -> str | None:
        """The first input of an indicator (of one kind, e.g. the supplementary actual behind a progress figure)."""
        return next(iter(self.inputs(indicator, kind)), None)

    def goal_progress(self, indicator: str) -> GoalProgress:
        """What is known of Shanghai's goal: the latest full-year output against the goal's level and year."""
        return goal.goal_progress(self, indicator)

    def latest_beyond_forecasts(self, metric: str, entity: str) -> str | None:
        """The latest full-year actual of a series, unless an article forecast that same year (the sentence
        with the forecast names its outcome): a chapter can name it without naming any id itself."""
        latest = self.latest(metric, entity)
        forecast_years = {str(r["period"]) for r in self.series_rows(metric, entity)
                          if r["kind"] == "figure" and r["status"] == "forecast"}
        return None if latest is None or str(self.get(latest)["period"]) in forecast_years else latest

    def latest(self, metric: str, entity: str | None) -> str | None:
        """The id of the latest full-year figure of a series known at this date (supplementary or stated)."""
        names.check_series(self, metric, entity)
        rows = [r for r in self.series_rows(metric, entity)
                if r["status"] == "actual" and is_year(r["period"])]
        return _newest(rows)

    def of_same_entity(self, key: str | None, metric: str) -> str | None:
        """The latest full-year figure of another metric about the entity `key` is about (the growth or the
        exhibitors of the CIIE edition whose deals `key` gives), or None: a chapter can name it without naming
        any id itself, so an early edition's notebook names nothing it could not know."""
        names.check_series(self, metric)
        row = self.get(key) if key else None
        if row is None:
            return None
        return _newest([r for r in self.series_rows(metric, row["entity"])
                        if r["status"] == "actual" and is_year(r["period"])])

    def _goal(self) -> dict | None:
        return goal.goal_row(self)

    def is_what_if(self) -> bool:
        """Whether this edition's parameters set a goal of their own in place of the stated one."""
        return goal.is_what_if(self)

    # --- numbers ------------------------------------------------------------------------------------------

    def render(self, key: str, mode: str | None = None) -> Markup:
        """One number (or period) as the report shows it: formatted, hedged and linked to its appendix entry."""
        if key == AS_OF:
            return self.as_of_span()
        if key == GOAL:
            row = self._goal()
            if not row.get("what_if"):
                return self.render(self.stated_goal, mode)
            text = format_period(row["period"]) if mode == "period" else numbers.format_value(
                row["value"], "vehicles", as_stated=True)
            hover = "a what-if goal set by this edition's parameter file, in place of the goal the articles state"
            return Markup('<span class="param" title="{}">{}</span>').format(hover, text)
        kind, row = self._lookup[key]
        if mode == "period":
            return present.period_span(row["period"])
        if mode == "interval":
            hover = "interval from the hedge and rounding of the stated number"
            text = numbers.format_range(row["low"], row["high"], row["unit"])
            return present.link(f"{PREFIX[kind]}-{key}", text, hover, "figref")
        if kind == "figure":
            return present.figure_link(row)
        if kind == "supplementary":
            return present.supplementary_link(row)
        return present.indicator_link(row, with_range=(mode == "range"))

    def prose(self, text: str, namespace: dict | None = None, empty: str = "", where: str = "",
              left_out: list[str] | None = None) -> Block:
        """Markdown prose with numbers bound to data (grammar in nevreport.story.blocks); `empty` when nothing is
        known; `left_out` receives why each line left out was."""
        return render_prose(text, self.known_ids, lambda k: self.get(k) is not None, self.render,
                            namespace=namespace, empty=empty, where=where, left_out=left_out)

    def no_data(self, what: str) -> Block:
        """Said only when nothing at all, article or supplementary figure, was published by the as-of date."""
        return Block(Markup('<p class="prose no-data">Nothing published by {} states {}; this section fills in for '
                            "later as-of dates.</p>").format(self.as_of_span(), what))

    def as_of_span(self) -> Markup:
        return present.period_span(self.as_of)

    # --- series and charts --------------------------------------------------------------------------------

    def series_rows(self, metric: str, entity: str | None) -> list[dict]:
        """Every point of a series known at this date: supplementary rows and article figures alike."""
        rows = []
        for row in self.supplementary.to_dict("records"):
            if row["metric"] == metric and (entity is None or row["entity"] == entity):
                status = "target" if metric.endswith("_target") else "actual"
                rows.append({**row, "key": row["source_id"], "kind": "supplementary", "status": status})
        for row in self.figures.to_dict("records"):
            if row["metric"] == metric and (entity is None or row["entity"] == entity):
                rows.append({**row, "key": row["figure_id"], "kind": "figure"})
        return rows

    def chart(self, title: str, units: str, series: list[str], entity: str | None = None,
              goal: bool = False, scale: str = "millions") -> Block:
        """Yearly values of one or more series (metric and entity) as bars, article figures as markers
        (nevreport.story.series); `goal` adds Shanghai's goal over its year."""
        problems = typed_numbers(f"{title} {units}")
        if problems:
            raise UserError(f"chart {title!r}: number(s) typed into its title or units: {', '.join(problems)}; "
                            "a chart's words name what it shows, its numbers come from the data")
        for metric in series:
            names.check_series(self, metric, entity)
        return series_chart(self, title, units, series, entity, goal, scale)

    def custom_chart(self, fig, ids: list[str], alt: str = "", calculated: bool = True) -> Block:
        """Any matplotlib figure as a report chart, with the source note of the data ids it shows."""
        return custom_chart_block(self, fig, ids, alt, calculated)

    def linked_sources(self, keys: list[str]) -> list[tuple[str, str, str]]:
        """(publisher, date, appendix anchor) of every figure behind the given figures or indicators."""
        found = []
        for key in keys:
            hit = self._lookup.get(key)
            if hit is None:
                continue
            kind, row = hit
            if kind == "indicator":
                found.extend(self.linked_sources([k for k in str(row["inputs"]).split(";") if k]))
            else:
                found.append((str(row["publisher"]), str(row["published"]), f"{PREFIX[kind]}-{key}"))
        return found

    def lineage(self, keys: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
        """(publisher, date) pairs and appendix anchors behind the given figures or indicators."""
        sources, anchors = [], []
        for key in keys:
            found = self._lookup.get(key)
            if found is None:
                continue
            kind, row = found
            anchors.append(f"{PREFIX[kind]}-{key}")
            if kind == "indicator":
                more_sources, _ = self.lineage([k for k in str(row["inputs"]).split(";") if k])
                sources.extend(more_sources)
            else:
                sources.append((str(row["publisher"]), str(row["published"])))
        return sources, anchors

    # --- tables -------------------------------------------------------------------------------------------

    def sources_table(self) -> Block:
        """The articles published by the as-of date."""
        return tables.sources_table(self)

    def stated_table(self, topic: str, caption: str = "Figures stated in the articles") -> Block:
        """Every article figure of a topic known at this date, whichever article states it, with its notes."""
        names.check_topic(self, topic)
        return tables.stated_table(self, topic, caption)

    def indicator_table(self, section: str, caption: str = "", kind: str | None = None) -> Block:
        """The indicators of a chapter known at this date, with their ranges, verdicts and notes."""
        names.check_section(self, section, kind)
        return tables.indicator_table(self, section, caption, kind)

    def hedge_table(self, caption: str = "How the article figures are hedged") -> Block:
        """Counts of article figures by hedge and status."""
        return tables.hedge_table(self, caption)

    def conflicts_table(self, caption: str = "Conflicting supplementary sources, kept side by side") -> Block:
        """Supplementary figures that give different values for the same metric, entity and period, with notes."""
        return tables.conflicts_table(self, caption)

    def supplementary_flags(self) -> list:
        """What the checks of nevreport.curate.supplementary find in the supplementary figures known at this date."""
        return tables.supplementary_flags(self)

    def supplementary_checks_table(
            self, caption: str = "Supplementary figures that do not agree with themselves or their source") -> Block:
        """One line per finding: the figure, its source and what is wrong in words; the row's note beside it."""
        return tables.supplementary_checks_table(self, caption)

    # --- appendix -----------------------------------------------------------------------------------------

    def appendix_figures(self) -> Block:
        return appendix.appendix_figures(self)

    def appendix_supplementary(self) -> Block:
        return appendix.appendix_supplementary(self)

    def appendix_indicators(self) -> Block:
        """Every indicator computable at this date; those whose inputs came later are not named."""
        return appendix.appendix_indicators(self)

    def anchor(self, key: str) -> str:
        """The appendix anchor of a figure, supplementary figure or indicator; "" when none is shown."""
        found = self._lookup.get(key)
        return f"{PREFIX[found[0]]}-{key}" if found else ""


__all__ = ["GOAL", "Report"]


def _newest(rows: list[dict]) -> str | None:
    """The id of the newest period's figure among a series' rows: a supplementary figure before an article's; of
    several sources, the first in the table, which the chart draws as the bar (the others are its conflicting
    markers)."""
    if not rows:
        return None
    newest = max(r["period"] for r in rows)
    candidates = [r for r in rows if r["period"] == newest]
    return ([r for r in candidates if r["kind"] == "supplementary"] or candidates)[0]["key"]
