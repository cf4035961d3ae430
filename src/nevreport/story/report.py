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

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from markupsafe import Markup

from nevreport import pipeline
from nevreport.common import config, numbers
from nevreport.common.dates import format_period, is_year
from nevreport.common.errors import UserError
from nevreport.common.vocabulary import QUALIFIER
from nevreport.curate.supplementary import check_supplementary
from nevreport.story import charts, downloads, fragments, present
from nevreport.story.blocks import Block, UnknownId, render_prose, suggest, typed_numbers

# Shanghai's goal as the articles state it; `{goal}` in prose may be a parameter set's what-if instead.
STATED_GOAL = "shanghai_nev_production_target_2025"
GOAL = "goal"
AS_OF = "as_of"  # `{as_of}` in prose: the edition's date
PREFIX = {"figure": "fig", "external": "ext", "indicator": "ind"}


@dataclass(frozen=True)
class GoalProgress:
    """latest: id of the latest full-year output on file; above_level: it is at or above the goal's level
    (its whole interval); in_goal_year: it is the goal's year; met: True/False once the goal year is on file;
    goal_year_ended: the edition's date is after the goal's year (whether or not its output is on file)."""

    latest: str | None
    above_level: bool
    in_goal_year: bool
    met: bool | None
    goal_year_ended: bool = False


class Notes:
    """Footnotes of one table: a numbered mark beside the name of each row that has a note, the notes (`texts`)
    below the table (present.html_table lists them).

    The same note on several rows gets one number, so a caveat is read once and found from every row.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []

    def mark(self, note) -> Markup:
        if numbers.is_missing(note) or not str(note).strip():
            return Markup()
        text = str(note).strip()
        if text not in self.texts:
            self.texts.append(text)
        number = self.texts.index(text) + 1
        return Markup('<sup class="fn">{}</sup>').format(number)


@dataclass(repr=False)
class Report:
    """Everything a report for one as-of date needs, already filtered to what had been published by then."""

    as_of: str
    figures: pd.DataFrame
    external: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    metrics: pd.DataFrame
    target_units: float | None = None
    target_year: int | None = None
    known_ids: set = field(default_factory=set)  # every id in the data, published by the as-of date or not
    publishers: dict = field(default_factory=dict)  # publisher -> the web domains of its site (data/publishers.csv)
    known_series: frozenset = frozenset()  # every (metric, entity) in the data, published by the as-of date or not
    known_sections: frozenset = frozenset()  # every indicator section of the catalogue, computable by then or not
    known_kinds: frozenset = frozenset()  # every kind of indicator of the catalogue
    _lookup: dict = field(default_factory=dict)

    @classmethod
    def load(cls, edition: str = "latest", output_dir: str | Path | None = None, data_dir: Path = config.DATA_DIR,
             target_units: float | None = None, target_year: int | None = None) -> Report:
        """What an edition shows: a parameter set's name ("latest", its as_of and goal from params/) or a date
        (nevreport.pipeline.run); reuse indicators.csv when a build wrote it (output_dir, default the build's)."""
        run = pipeline.run(edition, data_dir, target_units, target_year, output_dir)
        sources = run.sources.sort_values("published").reset_index(drop=True)
        everything = pipeline.load(data_dir)  # to tell a misspelt series from one published later
        series = frozenset((metric, entity) for frame in (everything.figures, everything.external)
                           for metric, entity in zip(frame["metric"], frame["entity"], strict=True))
        report = cls(run.as_of.isoformat(), run.figures, run.external, run.indicators, sources,
                     run.metrics, run.target_units, run.target_year,
                     {*run.known_ids, GOAL, AS_OF}, run.publishers, series,
                     frozenset(entry.section for entry in everything.catalogue.entries),
                     frozenset(entry.kind for entry in everything.catalogue.entries))
        report._index()
        return report

    def __repr__(self) -> str:
        shown = self.indicators["value"].map(lambda v: not numbers.is_missing(v)).sum()
        return (f"<Report as of {self.as_of}: {len(self.figures)} figures from {len(self.sources)} articles, "
                f"{len(self.external)} supplementary figures, {shown} indicators>")

    def _index(self) -> None:
        self._lookup = {}
        for row in self.figures.to_dict("records"):
            self._lookup[row["figure_id"]] = ("figure", row)
        for row in self.external.to_dict("records"):
            self._lookup[row["source_id"]] = ("external", row)
        for row in self.indicators.to_dict("records"):
            self._lookup[row["indicator_id"]] = ("indicator", row)
        self._labels = dict(zip(self.metrics["metric"], self.metrics["label"], strict=True))
        self._topics = dict(zip(self.metrics["metric"], self.metrics["topic"], strict=True))

    # --- names a chapter uses, checked: a misspelt name stops the cell instead of leaving a block empty ------

    def _unknown(self, what: str, name, known) -> UnknownId:
        return UnknownId(f"{name!r} names no {what} in the data{suggest(str(name), sorted(map(str, known)))}")

    def check_id(self, key: str) -> str:
        """The id itself when it names a figure, supplementary figure or indicator (published yet or not)."""
        if key not in self.known_ids:
            raise self._unknown("figure, supplementary figure or indicator", key, self.known_ids)
        return key

    def check_series(self, metric: str, entity: str | None = None) -> None:
        """A metric of data/metrics.csv, and an entity that has figures of it (at any date)."""
        metrics = set(self.metrics["metric"]) | {m for m, _ in self.known_series}
        if metric not in metrics:
            raise self._unknown("metric (data/metrics.csv)", metric, metrics)
        if entity is None or (metric, entity) in self.known_series:
            return
        entities = {e for m, e in self.known_series if m == metric}
        if not entities:
            return  # a metric declared before any figure of it: nothing to check the entity against
        if entity not in {e for _, e in self.known_series}:
            raise self._unknown("entity", entity, {e for _, e in self.known_series})
        raise UnknownId(f"{entity!r} has no figure of {metric!r} in the data; {metric} is known for "
                        + ", ".join(sorted(entities)) + suggest(entity, entities))

    def check_topic(self, topic: str, column: str = "topic") -> None:
        """A chapter topic of data/metrics.csv (`column="section"`: an indicator section of indicators.yaml)."""
        from nevreport.common.vocabulary import TOPICS

        if column == "topic":
            known = set(TOPICS) | set(self.metrics["topic"])
        else:
            known = set(self.known_sections) | set(self.indicators.get("section", []))
        if topic not in known:
            what = "topic (data/metrics.csv)" if column == "topic" else "indicator section (data/indicators.yaml)"
            raise self._unknown(what, topic, known)

    # --- looking things up -------------------------------------------------------------------------------

    def get(self, key: str) -> dict | None:
        """The row of a figure, supplementary figure or indicator; None when not known at the as-of date.

        `goal` is Shanghai's NEV goal: the stated figure, or the what-if that a parameter set puts in its place.
        A name that is no id at all is a typo: UnknownId, with the nearest ids.
        """
        if key is not None and key not in self._lookup and key not in (GOAL, AS_OF):
            self.check_id(key)  # None: a notebook variable for an id not known at this date
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
        return bool(self._series_rows(metric, None))

    def value(self, key: str) -> float:
        return float(self.get(key)["value"])

    def label(self, metric: str) -> str:
        """What a reader calls a metric (data/metrics.csv)."""
        return self._labels.get(metric, metric.replace("_", " "))

    def inputs(self, indicator: str, prefix: str = "") -> list[str]:
        """The ids an indicator was computed from (those starting with `prefix`), [] when it is not known."""
        row = self.get(indicator)
        return [k for k in str(row["inputs"]).split(";") if k.startswith(prefix)] if row is not None else []

    def input_of(self, indicator: str, prefix: str = "") -> str | None:
        """The first input of an indicator starting with `prefix` (e.g. the actual behind a progress figure)."""
        return next(iter(self.inputs(indicator, prefix)), None)

    def goal_progress(self, indicator: str = "shanghai_nev_target_progress") -> GoalProgress:
        """What is known of Shanghai's goal: the latest full-year output against the goal's level and year."""
        goal, latest = self.get(GOAL), self.input_of(indicator, "ext_")
        ended = goal is not None and self.as_of[:4] > str(goal["period"])[:4]
        if goal is None or latest is None:
            return GoalProgress(latest, False, False, None, ended)
        row, goal_year = self.get(latest), str(goal["period"])[:4]
        above = float(row["low"]) >= float(goal["value"])
        in_goal_year = str(row["period"]) == goal_year
        return GoalProgress(latest, above, in_goal_year, above if in_goal_year else None, ended)

    def latest_beyond_forecasts(self, metric: str, entity: str) -> str | None:
        """The latest full-year actual of a series, unless an article forecast that same year (the sentence
        with the forecast names its outcome): a chapter can name it without naming any id itself."""
        latest = self.latest(metric, entity)
        forecast_years = {str(r["period"]) for r in self._series_rows(metric, entity)
                          if r["kind"] == "figure" and r["status"] == "forecast"}
        return None if latest is None or str(self.get(latest)["period"]) in forecast_years else latest

    def latest(self, metric: str, entity: str) -> str | None:
        """The id of the latest full-year figure of a series known at this date (supplementary or stated)."""
        self.check_series(metric, entity)
        rows = [r for r in self._series_rows(metric, entity)
                if r["status"] == "actual" and is_year(r["period"])]
        if not rows:
            return None
        # The newest period; a supplementary figure before an article's; of several sources, the first in the
        # table, which the chart draws as the bar (the others are its conflicting markers).
        newest = max(r["period"] for r in rows)
        candidates = [r for r in rows if r["period"] == newest]
        return ([r for r in candidates if r["kind"] == "external"] or candidates)[0]["key"]

    def _goal(self) -> dict | None:
        stated = self._row(STATED_GOAL)  # the data may hold no stated goal: the parameters may set one
        if self.target_units is None and self.target_year is None:
            return stated
        row = dict(stated or {"unit": "vehicles", "qualifier": "exact", "status": "target"})
        if self.target_units is not None:
            row["value"] = float(self.target_units)
        if self.target_year is not None:
            row["period"] = str(self.target_year)
        row["what_if"] = True
        return row if "period" in row else None

    def is_what_if(self) -> bool:
        """Whether this edition's parameters set a goal of their own in place of the stated one."""
        goal = self._goal()
        return bool(goal and goal.get("what_if"))

    # --- numbers ------------------------------------------------------------------------------------------

    def render(self, key: str, mode: str | None = None) -> Markup:
        """One number (or period) as the report shows it: formatted, hedged and linked to its appendix entry."""
        if key == AS_OF:
            return self.as_of_span()
        if key == GOAL:
            row = self._goal()
            if not row.get("what_if"):
                return self.render(STATED_GOAL, mode)
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
        if kind == "external":
            return present.external_link(row)
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

    def _series_rows(self, metric: str, entity: str | None) -> list[dict]:
        """Every point of a series known at this date: supplementary rows and article figures alike."""
        rows = []
        for row in self.external.to_dict("records"):
            if row["metric"] == metric and (entity is None or row["entity"] == entity):
                status = "target" if metric.endswith("_target") else "actual"
                rows.append({**row, "key": row["source_id"], "kind": "external", "status": status})
        for row in self.figures.to_dict("records"):
            if row["metric"] == metric and (entity is None or row["entity"] == entity):
                rows.append({**row, "key": row["figure_id"], "kind": "figure"})
        return rows

    def chart(self, title: str, units: str, series: list[str], entity: str | None = None,
              goal: bool = False, scale: str = "millions") -> Block:
        """Yearly values of one or more series (metric and entity) as bars, article figures as markers.

        Bars are full-year actuals reported later (supplementary figures); each article figure of a charted
        series is a diamond (hollow for a forecast or target); `goal` adds Shanghai's goal as a line. A new
        figure of a charted series appears here at the next build, whatever article it comes from.
        """
        problems = typed_numbers(f"{title} {units}")
        if problems:
            raise UserError(f"chart {title!r}: number(s) typed into its title or units: {', '.join(problems)}; "
                            "a chart's words name what it shows, its numbers come from the data")
        for metric in series:
            self.check_series(metric, entity)
        fig, ax = charts.new_figure(title, units)
        keys: list[str] = []
        years: set[int] = set()
        width = 0.8 / max(len(series), 1)
        colours = ["actual", "secondary", "conflict"]
        for index, metric in enumerate(series):
            rows = [r for r in self._series_rows(metric, entity) if is_year(r["period"])]
            bars = [r for r in rows if r["kind"] == "external"]
            offset = (index - (len(series) - 1) / 2) * width
            first, others = {}, []
            # Where sources conflict for a year, the first (higher confidence first in the table) is the bar and
            # each other source a marker on it, so neither value hides the other.
            for row in bars:
                (others.append(row) if row["period"] in first else first.setdefault(row["period"], row))
            if first:
                shown = list(first.values())
                ax.bar([int(r["period"]) + offset for r in shown], [r["value"] for r in shown], width=width * 0.95,
                       color=charts.PALETTE[colours[index % 3]], label=f"{self.label(metric)} (reported later)")
            if others:
                ax.plot([int(r["period"]) + offset for r in others], [r["value"] for r in others], marker="o",
                        markersize=7, linestyle="none", color=charts.PALETTE["conflict"],
                        label="Conflicting source", zorder=6)
            # Part of a year later than every full year on file (Shanghai's January-July): a hollow, hatched bar
            # named by its months, so it reads as part of a year and never as the year's total.
            last_full = max((int(r["period"]) for r in bars), default=0)
            partial = [r for r in self._series_rows(metric, entity)
                       if r["kind"] == "external" and r["status"] == "actual" and not is_year(r["period"])
                       and str(r["period"])[:4].isdigit() and int(str(r["period"])[:4]) > last_full
                       and str(r["period"]).count(str(r["period"])[:4]) == len(str(r["period"]).split("/"))]
            for r in partial:
                year = int(str(r["period"])[:4])
                ax.bar([year + offset], [r["value"]], width=width * 0.95, fill=False, hatch="///",
                       edgecolor=charts.PALETTE[colours[index % 3]], linewidth=1.2, zorder=3,
                       label=f"{self.label(metric)}, part of the year only: {format_period(r['period'])}")
                years.add(year)
                keys.append(r["key"])
            for status, legend in (("actual", "Stated in an article"), ("forecast", "Forecast in an article"),
                                   ("target", "Goal in an article")):
                stated = [r for r in rows if r["kind"] == "figure" and r["status"] == status]
                if not stated:
                    continue
                hollow = status != "actual"
                colour = charts.PALETTE["article"]
                ax.plot([int(r["period"]) + offset for r in stated], [r["value"] for r in stated], marker="D",
                        markersize=7, linestyle="none", markerfacecolor="white" if hollow else colour,
                        markeredgecolor=colour, markeredgewidth=1.6,
                        label=legend if len(series) == 1 else f"{legend}: {self.label(metric)}", zorder=5)
                for r in stated:
                    if math.isinf(float(r["high"])):
                        ax.annotate("", xy=(int(r["period"]) + offset, r["value"] * 1.12),
                                    xytext=(int(r["period"]) + offset, r["value"]),
                                    arrowprops={"arrowstyle": "->", "color": colour}, zorder=5)
            years.update(int(r["period"]) for r in rows)
            keys.extend(r["key"] for r in rows)
        target = self.get(GOAL) if goal else None
        if target is not None:
            # A mark over the goal's year only: a line across every year would read as a level each year had
            # to reach, and the goal is for output in its own year.
            goal_year = int(str(target["period"])[:4])
            ax.bar([goal_year], [target["value"]], width=0.8, fill=False, edgecolor=charts.PALETTE["goal"],
                   linestyle="--", linewidth=1.4, label=f"Goal: output in {goal_year}", zorder=4)
            years.add(goal_year)
            keys.append(STATED_GOAL)
        if not keys:
            charts._close(fig)
            return Block()
        ax.set_xticks(sorted(years))
        ax.set_xlim(min(years) - 0.7, max(years) + 0.7)
        ax.set_ylim(bottom=0)
        (charts.millions_axis if scale == "millions" else charts.billions_axis)(ax)
        return self.figure(fig, keys, title, calculated=False)

    def figure(self, fig, ids: list[str], alt: str = "", calculated: bool = True) -> Block:
        """Any matplotlib figure as a report chart, with the source note of the data ids it shows."""
        for key in ids:
            if key not in self.known_ids:
                charts._close(fig)
                raise UnknownId(f"{key!r} names no figure, supplementary figure or indicator"
                                f"{suggest(key, self.known_ids)}")
        sources, anchors = self.lineage(ids)
        alt = alt or next((ax.get_title(loc="left") or ax.get_title() for ax in fig.axes), "") or "Chart"
        linked = charts.linked_source_note(self._linked_sources(ids), calculated=calculated)
        return downloads.attach(self, Block(charts.chart_html(
            fig, charts.source_note(sources, calculated=calculated), anchors, alt, note_html=linked),
            text=f"[chart: {alt}]"), ids, alt)

    def _linked_sources(self, keys: list[str]) -> list[tuple[str, str, str]]:
        """(publisher, date, appendix anchor) of every figure behind the given figures or indicators."""
        found = []
        for key in keys:
            hit = self._lookup.get(key)
            if hit is None:
                continue
            kind, row = hit
            if kind == "indicator":
                found.extend(self._linked_sources([k for k in str(row["inputs"]).split(";") if k]))
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
        rows = [[r["publisher"], Markup('<a href="{}">{}</a>').format(r["url"], r["title"]),
                 present.period_span(str(r["published"]))] for r in self.sources.to_dict("records")]
        if not rows:
            return Block()
        articles = [{"publisher": r["publisher"], "title": r["title"], "url": r["url"],
                     "published": str(r["published"])} for r in self.sources.to_dict("records")]
        return downloads.attach_rows(Block(present.html_table(["Publisher", "Article", "Published"], rows,
                                                              css="data sources")),
                                     articles, ("publisher", "title", "url", "published"), "articles", self.as_of)

    @staticmethod
    def _noted(label: str, notes: Notes, row: dict) -> Markup:
        """A row's name with the mark of its note: beside the words, where a mark cannot read as an exponent."""
        return Markup("{}").format(label) + notes.mark(row.get("note"))

    def stated_table(self, topic: str, caption: str = "Figures stated in the articles") -> Block:
        """Every article figure of a topic known at this date, whichever article states it, with its notes."""
        self.check_topic(topic)
        rows, notes, keys = [], Notes(), []
        for row in self.figures.to_dict("records"):
            if self._topics.get(row["metric"]) != topic:
                continue
            keys.append(row["figure_id"])
            rows.append([self._noted(self.label(row["metric"]), notes, row), row["entity"],
                         present.period_span(row["period"]), present.figure_link(row), row["status"],
                         f"{row['publisher']}, {row['published']}"])
        if not rows:
            return Block()
        return downloads.attach(self, Block(present.html_table(
            ["What", "Entity", "Period", "Value", "Status", "Source"], rows, caption, {3}, notes=notes.texts)),
            keys, f"{topic} {caption}")

    def indicator_table(self, section: str, caption: str = "", kind: str | None = None) -> Block:
        """The indicators of a chapter known at this date, with their ranges, verdicts and notes.

        `kind` keeps only one kind (consistency checks apart from context, say). An indicator whose inputs
        were published after the as-of date is left out: an edition speaks only of what was known at its date.
        """
        self.check_topic(section, column="section")
        frame = self.indicators[self.indicators["section"] == section]
        if kind is not None and "kind" in frame.columns:
            kinds = set(self.known_kinds) | set(self.indicators["kind"])
            if kind not in kinds:
                raise self._unknown("kind of indicator", kind, kinds)
            frame = frame[frame["kind"] == kind]
        rows, notes = [], Notes()
        keys = [row["indicator_id"] for row in frame.to_dict("records")]
        for row in frame.to_dict("records"):
            if numbers.is_missing(row["value"]):
                continue
            spread = numbers.range_text(row["value"], row["low"], row["high"], row["unit"])
            period = present.period_span(row["period"]) if row["period"] else ""
            rows.append([self._noted(row["label"], notes, row), period, present.indicator_link(row), spread,
                         str(row.get("verdict") or "")])
        if not rows:
            return Block()
        return downloads.attach(self, Block(present.html_table(
            ["Indicator", "Period", "Value", "Range", "Verdict"], rows, caption, {2, 3}, notes=notes.texts)),
            keys, f"{section} {kind or ''} indicators")

    def hedge_table(self, caption: str = "How the article figures are hedged") -> Block:
        """Counts of article figures by hedge and status."""
        counts = self.figures.groupby(["qualifier", "status"]).size().unstack(fill_value=0)
        statuses = [s for s in ("actual", "forecast", "target") if s in counts.columns]
        rows = [[QUALIFIER[qualifier].shown or QUALIFIER[qualifier].meaning,
                 *(f"{counts.loc[qualifier, s]:,}" for s in statuses), f"{counts.loc[qualifier].sum():,}"]
                for qualifier in QUALIFIER if qualifier in counts.index]
        if not rows:
            return Block()
        return downloads.attach(self, Block(present.html_table(["Hedge", *statuses, "All"], rows, caption=caption,
                                                                numeric=set(range(1, len(statuses) + 2)))),
                                list(self.figures["figure_id"]), caption)

    def conflicts_table(self, caption: str = "Conflicting supplementary sources, kept side by side") -> Block:
        """Supplementary figures that give different values for the same metric, entity and period, with notes."""
        rows, notes, keys = [], Notes(), []
        for (metric, entity, period), group in self.external.groupby(["metric", "entity", "period"]):
            if group["value"].nunique() < 2:
                continue
            for row in group.to_dict("records"):
                keys.append(row["source_id"])
                source = f"{row['publisher']} ({row['confidence']} confidence)"
                rows.append([self._noted(self.label(metric), notes, row), entity, present.period_span(str(period)),
                             present.external_link(row), source])
        if not rows:
            return Block()
        return downloads.attach(self, Block(present.html_table(
            ["What", "Entity", "Period", "Value", "Source"], rows, caption=caption, numeric={3}, notes=notes.texts)),
            keys, caption)

    def supplementary_flags(self) -> list:
        """What the checks of nevreport.curate.supplementary find in the supplementary figures known at this date.

        A growth is checked only against levels published by this date too, so an edition never names a
        later row.
        """
        return check_supplementary(self.external, self.publishers)

    def supplementary_checks_table(
            self, caption: str = "Supplementary figures that do not agree with themselves or their source") -> Block:
        """One line per finding: the figure, its source and what is wrong in words; the row's note beside it."""
        rows, notes = [], Notes()
        found = {row["source_id"]: row for row in self.external.to_dict("records")}
        for flag in self.supplementary_flags():
            row = found[flag.source_id]
            what = f"{self.label(row['metric'])}, {row['entity']}, {format_period(row['period'])}"
            # The source goes under the figure's name, so the finding, the longest text, gets the width.
            rows.append([Markup("{}{}<br>{}, {}").format(what, notes.mark(row.get("note")), row["publisher"],
                                                        str(row["published"])),
                         present.external_link(row), flag.finding])
        if not rows:
            return Block()
        return downloads.attach(self, Block(present.html_table(
            ["Figure and source", "Value", "Finding"], rows, caption, {1}, notes=notes.texts)),
            [flag.source_id for flag in self.supplementary_flags()], caption)

    # --- appendix -----------------------------------------------------------------------------------------

    def appendix_figures(self) -> Block:
        entries = []
        for row in self.figures.to_dict("records"):
            facts = [present.stated_text(row), numbers.format_range(row["low"], row["high"], row["unit"]),
                     self.label(row["metric"]), row["status"], format_period(row["period"])]
            if not numbers.is_missing(row.get("note")) and row.get("note"):
                facts.append(f"note: {row['note']}")
            entries.append(self._entry(f"fig-{row['figure_id']}", row["figure_id"], facts, row, quote=row["quote"],
                                       article=row["article"]))
        return Block(present.render_template("appendix.html.j2", kind="figure", entries=entries))

    def appendix_external(self) -> Block:
        entries = []
        for row in self.external.to_dict("records"):
            facts = [present.stated_text(row), self.label(row["metric"]), format_period(row["period"]),
                     f"{row['confidence']} confidence"]
            if not numbers.is_missing(row.get("note")) and row.get("note"):
                facts.append(f"note: {row['note']}")
            entries.append(self._entry(f"ext-{row['source_id']}", row["source_id"], facts, row,
                                       quote=row["excerpt"]))
        return Block(present.render_template("appendix.html.j2", kind="external", entries=entries))

    def appendix_indicators(self) -> Block:
        """Every indicator computable at this date; those whose inputs came later are not named."""
        entries = []
        for row in self.indicators.to_dict("records"):
            if numbers.is_missing(row["value"]):
                continue
            facts = [present.indicator_text(row),
                     numbers.range_text(row["value"], row["low"], row["high"], row["unit"]),
                     format_period(row["period"]) if row["period"] else ""]
            inputs = [{"key": key, "anchor": self._anchor(key)} for key in str(row["inputs"]).split(";") if key]
            notes = [str(n) for n in (row.get("verdict"), row.get("note")) if not numbers.is_missing(n) and n]
            entries.append({"anchor": f"ind-{row['indicator_id']}", "name": row["indicator_id"],
                            "facts": [f for f in facts if f], "label": row["label"], "formula": row["formula"],
                            "notes": notes, "inputs": inputs})
        return Block(present.render_template("appendix.html.j2", kind="indicator", entries=entries))

    @staticmethod
    def _entry(anchor: str, name: str, facts: list[str], row: dict, **more) -> dict:
        """An appendix entry of an article or supplementary figure: its facts, quote and source."""
        return {"anchor": anchor, "name": name, "facts": [f for f in facts if f], "url": row["url"],
                "publisher": row["publisher"], "published": str(row["published"]),
                "quote_url": fragments.quote_url(row["url"], more.get("quote", "")), **more}

    def _anchor(self, key: str) -> str:
        """The appendix anchor of a figure, supplementary figure or indicator; "" when none is shown."""
        found = self._lookup.get(key)
        return f"{PREFIX[found[0]]}-{key}" if found else ""


__all__ = ["GOAL", "STATED_GOAL", "Report"]
