"""Evaluating the catalogue: every indicator computed from the figures and supplementary figures published by an
as-of date, one row each in catalogue order (the columns are those of nevreport.indicators.io).

An edition must not know its future: an indicator whose inputs were published after the as-of date keeps only
its id, unit, section and kind, and says "inputs not yet published by <date>". `latest:<metric>:<entity>`
inputs pick the latest full-year supplementary figure published by then, by a rule that never depends on the
order of the rows; `goal` is the goal the catalogue names or a parameter set's what-if in its place.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

import pandas as pd

from nevreport.common.dates import format_period, is_year, parse_as_of
from nevreport.common.errors import UserError
from nevreport.common.formulas import FUNCTIONS
from nevreport.common.intervals import (
    INF,
    Interval,
    IntervalError,
    hedged_interval,
    resting_side,
    resting_value,
)
from nevreport.common.vocabulary import CONFIDENCES
from nevreport.curate.catalogue import GOAL, LATEST, PLACEHOLDER, YEARS_TO_GOAL, Catalogue, Entry
from nevreport.indicators.io import COLUMNS, NUMBER_COLUMNS
from nevreport.indicators.verdicts import consistency_verdict, context_verdict, forecast_verdict, part_verdict

# Which of several sources of the same year is used: the higher confidence first.
CONFIDENCE_RANK = {confidence: rank for rank, confidence in enumerate(CONFIDENCES)}


@dataclass
class _Known:
    """One input as resolved for an indicator: its interval, or why it is not available."""

    id: str
    interval: Interval | None = None
    # The same with the rounding of stated numbers left out and only an open hedge kept (intervals.hedged_interval):
    # tells whether a result rests on a bound.
    hedged: Interval | None = None
    unit: str = ""
    missing: list[str] = field(default_factory=list)  # ids published after the as-of date (never shown)
    failed: list[str] = field(default_factory=list)  # cannot be had at any date, and why
    sources: list[str] = field(default_factory=list)  # "publisher (date)" of every article or page behind it
    is_goal: bool = False
    period: str = ""
    note: str = ""
    year: int | None = None  # the year of a selected full-year actual, or the goal's year


@dataclass
class _Context:
    as_of: dt.date
    figures: dict[str, dict]
    supplementary: dict[str, dict]
    goal: str
    target_units: float | None
    target_year: int | None
    results: dict[str, _Known] = field(default_factory=dict)


def _published(row: dict, as_of: dt.date) -> bool:
    published = row.get("published")
    return isinstance(published, dt.date) and published <= as_of


def _row_input(ident: str, row: dict, ctx: _Context) -> _Known:
    unit = str(row.get("unit", ""))
    if not _published(row, ctx.as_of):
        return _Known(ident, unit=unit, missing=[ident])
    try:
        interval = Interval.from_row(row)
    except IntervalError as exc:
        return _Known(ident, unit=unit, failed=[str(exc)])
    return _Known(ident, interval, hedged=hedged_interval(row, interval), unit=unit,
                  sources=[f"{row['publisher']} ({row['published']})"], is_goal=row.get("status") == "target",
                  period=str(row.get("period", "")))


def _latest_full_year(ref: str, match: re.Match, ctx: _Context) -> _Known:
    """The most recent full-year supplementary figure of a metric and entity published by the as-of date.

    When several sources give that year: higher confidence first, then the later publication (it can draw
    on revised statistics), then the source id, so the choice never depends on row order.
    """
    metric, entity = match["metric"], match["entity"]
    every = [r for r in ctx.supplementary.values()
             if r["metric"] == metric and r["entity"] == entity and is_year(r["period"])]
    rows = [r for r in every if _published(r, ctx.as_of)]
    what = f"full-year {metric.replace('_', ' ')} figure for {entity}"
    if not rows:
        if not every:
            return _Known(ref, failed=[f"a {what} is needed and none is on file"])
        return _Known(ref, missing=[min(every, key=lambda r: (r["published"], r["source_id"]))["source_id"]])
    year = max(int(r["period"]) for r in rows)
    candidates = sorted((r for r in rows if int(r["period"]) == year),
                        key=lambda r: (CONFIDENCE_RANK.get(r["confidence"], len(CONFIDENCE_RANK)),
                                       -r["published"].toordinal(), r["source_id"]))
    chosen = candidates[0]
    note = f"latest full year on file: {year}, as given by {chosen['publisher']} ({chosen['confidence']} confidence)"
    if len(candidates) == 1:
        note += ", the only source for that year"
    else:
        others = ", ".join(f"{r['publisher']}'s {r['value']:,.0f} ({r['confidence']} confidence, "
                           f"published {r['published']})" for r in candidates[1:])
        note += (f"; chosen over {others} by the rule: higher confidence first, then the later publication, "
                 "then the source id")
    known = _row_input(chosen["source_id"], chosen, ctx)
    known.note, known.year = note, year
    return known


def _goal_input(ctx: _Context) -> _Known:
    """The goal stated in the articles, or the parameter set's target_units / target_year in its place."""
    row = ctx.figures.get(ctx.goal)
    if row is None:
        stated = _Known(ctx.goal, failed=[f"the goal's figure {ctx.goal} is not in the figures table"])
    else:
        stated = _row_input(ctx.goal, row, ctx)
    if ctx.target_units is None:
        known = stated
    else:
        known = _Known("parameter:target_units", Interval.exact(float(ctx.target_units)),
                       unit=stated.unit or "vehicles",
                       note=f"goal set by the parameter set: {ctx.target_units:,.0f}")
    known.is_goal = True
    if ctx.target_year is not None:
        known.year = int(ctx.target_year)
        year_note = f"goal year set by the parameter set: {known.year}"
        known.note = f"{known.note}; {year_note}" if known.note else year_note
    elif stated.interval is not None:
        known.year = int(str(row["period"])[:4])
    else:  # the goal's year comes from the stated goal, which is not available
        known.missing, known.failed = stated.missing, stated.failed
    return known


def _resolve(ref: str, entry: Entry, ctx: _Context) -> _Known:
    if ref == GOAL:
        return _goal_input(ctx)
    if match := LATEST.match(ref):
        return _latest_full_year(ref, match, ctx)
    if ref in ctx.results:
        return ctx.results[ref]
    if ref in ctx.figures:
        return _row_input(ref, ctx.figures[ref], ctx)
    if ref in ctx.supplementary:
        return _row_input(ref, ctx.supplementary[ref], ctx)
    raise UserError(f"indicator {entry.id}: input '{ref}' is neither a figure, a supplementary figure nor an "
                    "indicator listed above it in the catalogue")


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


def _evaluate(entry: Entry, ctx: _Context) -> dict:
    """One row of the table; also records the result for indicators that use this one."""
    known = [_resolve(ref, entry, ctx) for ref in entry.inputs]
    pairs = list(zip(entry.inputs, known, strict=True))
    latest = next((k.year for ref, k in pairs if LATEST.match(ref)), None)
    goal = next((k.year for ref, k in pairs if ref == GOAL), None)
    result = _Known(entry.id, unit=entry.unit, missing=_unique(m for k in known for m in k.missing),
                    failed=_unique(f for k in known for f in k.failed),
                    sources=_unique(s for k in known for s in k.sources))
    ctx.results[entry.id] = result
    row = {
        "indicator_id": entry.id, "label": entry.label, "value": math.nan, "low": math.nan, "high": math.nan,
        "unit": entry.unit, "period": "" if PLACEHOLDER.search(entry.period) else entry.period,
        "formula": entry.formula, "inputs": ";".join(k.id for k in known), "reason": "",
        "section": entry.section, "kind": entry.kind, "verdict": "", "sources": "",
        "note": "; ".join(_unique(n for n in [entry.note, *(k.note for k in known)] if n)),
    }  # fmt: skip
    if result.failed:
        row["reason"] = f"cannot be computed: {'; '.join(result.failed)}"
        return row
    if result.missing:
        # An edition must not know its future: not which figures came later, nor when, nor from whom. The
        # label, formula, period and note may name them ("the Shanghai Daily article's (Jul 2023) growth").
        row.update(label="", formula="", period="", inputs="", note="",
                   reason=f"inputs not yet published by {ctx.as_of.isoformat()}")
        return row
    row["period"] = entry.period.format(latest=latest, goal=goal)
    args = dict(entry.args)
    if args.get("years") == YEARS_TO_GOAL:
        if goal is not None and ctx.as_of.year > goal:
            # What output "has to" do to reach a goal whose year is over is no longer a requirement.
            row["reason"] = (f"cannot be computed: the goal's year, {goal}, had ended by {ctx.as_of.isoformat()}, "
                             "so no yearly change can still reach it")
            result.failed = [f"{entry.id}: the goal's year, {goal}, had ended"]
            return row
        args["years"] = goal - latest
    try:
        value = FUNCTIONS[entry.function](*(k.interval for k in known), **args)
        row["verdict"] = _verdict(entry, known, ctx.as_of)
    except IntervalError as exc:
        row["reason"] = f"cannot be computed: {exc}"
        result.failed = [f"{entry.id} cannot be computed ({exc})"]
        return row
    result.interval = value
    result.hedged = _hedged_result(entry, known, args, value)
    # Full precision: the one rounding is the reader's (nevreport.common.numbers.format_value).
    side = resting_side(value, result.hedged)
    shown = resting_value(value, result.hedged)
    # A value resting on the bound an open hedge gives ("over 60%" of the world: at most 15.92 million) is that
    # bound; its other end comes from the hedge read up to what is possible (100% of the world), tells the
    # reader nothing and is written open, so that a value at one end of a range with meaning is no bound.
    low = -INF if side == "high" else value.low
    high = INF if side == "low" else value.high
    row.update(value=shown, low=low, high=high, sources="; ".join(result.sources))
    return row


def _hedged_result(entry: Entry, known: list[_Known], args: dict, value: Interval) -> Interval:
    """The result from the inputs' hedges alone (see _Known.hedged); the result itself if that cannot be had."""
    try:
        return FUNCTIONS[entry.function](*(k.hedged or k.interval for k in known), **args)
    except IntervalError:
        return value


def _verdict(entry: Entry, known: list[_Known], as_of: dt.date) -> str:
    if entry.kind == "derived":
        return ""
    first, second = known[0].interval, known[1].interval
    unit = known[0].unit or entry.unit
    if entry.kind == "forecast_check":
        period = format_period(known[1].period) if known[1].period else ""
        goal_year = str(known[0].year) if known[0].is_goal and known[0].year else ""
        ended = bool(goal_year) and as_of.year > int(goal_year)
        return forecast_verdict(first, second, unit, is_goal=known[0].is_goal, period=period, goal_year=goal_year,
                                goal_year_ended=ended)
    if entry.kind == "context":
        return context_verdict(first, second, unit)
    if entry.function == "part_of_whole_pct":
        return part_verdict(first, second, unit)
    return consistency_verdict(first, second, unit, entry.tolerance_pct)


def compute_table(catalogue: Catalogue, figures: pd.DataFrame, supplementary: pd.DataFrame, as_of,
                  target_units: float | None = None, target_year: int | None = None) -> pd.DataFrame:
    """Every catalogue indicator as known at as_of, from figure and supplementary tables already loaded.

    figures needs figure_id, value, low, high, unit, status, period, publisher, published (a date);
    supplementary needs source_id, metric, entity, period, value, low, high, unit, confidence, publisher and
    published.
    """
    cutoff = parse_as_of(as_of)
    is_number = isinstance(target_units, int | float) and not isinstance(target_units, bool)
    if target_units is not None and not (is_number and 0 < target_units < INF):
        raise UserError(f"target_units {target_units!r} is not a positive number of vehicles")
    if target_year is not None and (isinstance(target_year, bool) or not isinstance(target_year, int)):
        raise UserError(f"target_year {target_year!r} is not a year such as 2025")
    ctx = _Context(
        as_of=cutoff,
        figures={r["figure_id"]: r for r in figures.to_dict("records")},
        supplementary={r["source_id"]: r for r in supplementary.to_dict("records")},
        goal=catalogue.goal,
        target_units=target_units,
        target_year=target_year,
    )
    frame = pd.DataFrame([_evaluate(entry, ctx) for entry in catalogue.entries], columns=list(COLUMNS))
    return frame.astype({name: float for name in NUMBER_COLUMNS})
