"""A report's charts: the series of a metric and an entity as bars and markers, and any matplotlib figure given
the source note of the data ids it shows."""

from __future__ import annotations

import math

from nevreport.common.dates import format_period, is_year
from nevreport.story import charts, downloads
from nevreport.story.blocks import Block, UnknownId, suggest
from nevreport.story.goal import GOAL


def series_chart(report, title: str, units: str, series: list[str], entity: str | None = None,
          goal: bool = False, scale: str = "millions") -> Block:
    """Yearly values of one or more series (metric and entity) as bars, article figures as markers.

    Bars are full-year actuals reported later (supplementary figures); each article figure of a charted
    series is a diamond (hollow for a forecast or target); `goal` adds Shanghai's goal as a line. A new
    figure of a charted series appears here at the next build, whatever article it comes from.
    """
    fig, ax = charts.new_figure(title, units)
    keys: list[str] = []
    years: set[int] = set()
    width = 0.8 / max(len(series), 1)
    colours = ["actual", "secondary", "conflict"]
    for index, metric in enumerate(series):
        rows = [r for r in report.series_rows(metric, entity) if is_year(r["period"])]
        bars = [r for r in rows if r["kind"] == "supplementary"]
        offset = (index - (len(series) - 1) / 2) * width
        first: dict = {}
        others: list = []
        # Where sources conflict for a year, the first (higher confidence first in the table) is the bar and
        # each other source a marker on it, so neither value hides the other.
        for row in bars:
            (others.append(row) if row["period"] in first else first.setdefault(row["period"], row))
        if first:
            shown = list(first.values())
            ax.bar([int(r["period"]) + offset for r in shown], [r["value"] for r in shown], width=width * 0.95,
                   color=charts.PALETTE[colours[index % 3]], label=f"{report.label(metric)} (reported later)")
        if others:
            ax.plot([int(r["period"]) + offset for r in others], [r["value"] for r in others], marker="o",
                    markersize=7, linestyle="none", color=charts.PALETTE["conflict"],
                    label="Conflicting source", zorder=6)
        # Part of a year later than every full year on file (Shanghai's January-July): a hollow, hatched bar
        # named by its months, so it reads as part of a year and never as the year's total.
        last_full = max((int(r["period"]) for r in bars), default=0)
        partial = [r for r in report.series_rows(metric, entity)
                   if r["kind"] == "supplementary" and r["status"] == "actual" and not is_year(r["period"])
                   and str(r["period"])[:4].isdigit() and int(str(r["period"])[:4]) > last_full
                   and str(r["period"]).count(str(r["period"])[:4]) == len(str(r["period"]).split("/"))]
        for r in partial:
            year = int(str(r["period"])[:4])
            ax.bar([year + offset], [r["value"]], width=width * 0.95, fill=False, hatch="///",
                   edgecolor=charts.PALETTE[colours[index % 3]], linewidth=1.2, zorder=3,
                   label=f"{report.label(metric)}, part of the year only: {format_period(r['period'])}")
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
                    label=legend if len(series) == 1 else f"{legend}: {report.label(metric)}", zorder=5)
            for r in stated:
                if math.isinf(float(r["high"])):
                    ax.annotate("", xy=(int(r["period"]) + offset, r["value"] * 1.12),
                                xytext=(int(r["period"]) + offset, r["value"]),
                                arrowprops={"arrowstyle": "->", "color": colour}, zorder=5)
        years.update(int(r["period"]) for r in rows)
        keys.extend(r["key"] for r in rows)
    target = report.get(GOAL) if goal else None
    if target is not None:
        # A mark over the goal's year only: a line across every year would read as a level each year had
        # to reach, and the goal is for output in its own year.
        goal_year = int(str(target["period"])[:4])
        ax.bar([goal_year], [target["value"]], width=0.8, fill=False, edgecolor=charts.PALETTE["goal"],
               linestyle="--", linewidth=1.4, label=f"Goal: output in {goal_year}", zorder=4)
        years.add(goal_year)
        keys.append(report.stated_goal)
    if not keys:
        charts._close(fig)
        return Block()
    # Every year of the span has its tick: a year with nothing on file is said so, not skipped, when it had
    # ended by the edition's date (a later year is simply still to come).
    span = range(min(years), max(years) + 1)
    ax.set_xticks(list(span))
    ax.set_xlim(min(years) - 0.7, max(years) + 0.7)
    ax.set_ylim(bottom=0)
    ended = int(str(report.as_of)[:4])
    for year in span:
        if year not in years and year < ended:
            ax.text(year, 0, "not on file", rotation=90, ha="center", va="bottom", fontsize=7,
                    color=charts.PALETTE["muted"])
    (charts.millions_axis if scale == "millions" else charts.billions_axis)(ax)
    return custom_chart_block(report, fig, keys, title, calculated=False)


def custom_chart_block(report, fig, ids: list[str], alt: str = "", calculated: bool = True) -> Block:
    """Any matplotlib figure as a report chart, with the source note of the data ids it shows."""
    for key in ids:
        if key not in report.known_ids:
            charts._close(fig)
            raise UnknownId(f"{key!r} names no figure, supplementary figure or indicator"
                            f"{suggest(key, report.known_ids)}")
    sources, anchors = report.lineage(ids)
    alt = alt or next((ax.get_title(loc="left") or ax.get_title() for ax in fig.axes), "") or "Chart"
    linked = charts.linked_source_note(report.linked_sources(ids), calculated=calculated)
    return downloads.attach(report, Block(charts.chart_html(
        fig, charts.source_note(sources, calculated=calculated), anchors, alt, note_html=linked),
        text=f"[chart: {alt}]"), ids, alt)
