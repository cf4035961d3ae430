"""Derived indicators: formulas on honest intervals, their catalogue, and the table of what was known when.

Three layers, each usable on its own:
- small functions on `Interval`s (growth, shares, implied bases, progress, CAGR, forecast errors, gaps);
- verdicts that put a check's result in words a reader understands;
- the catalogue (data/indicators.yaml) that names each indicator's function and inputs, and
  `compute_indicators`, which evaluates it with only what had been published by an as-of date.

The table (one row per catalogue entry, in catalogue order) has the columns in `COLUMNS`:
  value, low, high  the result and the range its inputs allow; empty when it cannot be computed; an open
                    end is written inf or -inf (pandas and Python's float() read both); numbers are rounded
                    to 6 significant digits, more than any input states.
  inputs            the ids actually used, ';'-separated: figure ids, supplementary source ids, other
                    indicators, or `parameter:target_units` when a parameter set replaces the goal.
  reason            why value is empty; empty otherwise. "inputs not yet published by <as-of date>" when an
                    input came later: such a row keeps only its id, unit, section and kind, since its label,
                    formula, period, inputs and note would name what the edition could not yet know.
                    "cannot be computed: ..." when the calculation has no meaning for the inputs.
  verdict           for checks only: the outcome in words ("consistent: ...", "forecast too low: ..."); for
                    context ("context, not a check: ..."), a comparison that is no check of either side.
  sources           publisher and date of every article or page behind the result.
  note              choices made while computing (e.g. which source was picked for a year).
"""

from __future__ import annotations

import datetime as dt
import difflib
import inspect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from nevreport import config, inputs, present
from nevreport.errors import Problem, UserError
from nevreport.inputs import excerpt, unusual_character
from nevreport.intervals import INF, Interval, IntervalError, as_interval

COLUMNS = (
    "indicator_id", "label", "value", "low", "high", "unit", "period", "formula", "inputs", "reason",
    "section", "kind", "verdict", "sources", "note",
)  # fmt: skip
NUMBER_COLUMNS = ("value", "low", "high")
SIGNIFICANT_DIGITS = 6
SECTIONS = ("exports", "market", "shanghai", "ciie", "jiading", "quality")
KINDS = ("derived", "forecast_check", "consistency", "context")
UNITS = (
    "vehicles", "percent", "percentage_points", "cny", "usd", "cny_per_usd", "square_meters", "exhibitors",
    "companies", "count",
)  # fmt: skip
# Arguments that are plain numbers, not figures; every other parameter of a function is an input.
EXTRA_ARGS = ("years", "months")
# In the catalogue, years may be given as this word: the years from the latest actual to the goal's year.
YEARS_TO_GOAL = "to_goal_year"
LATEST = re.compile(r"^latest:(?P<metric>[a-z0-9_]+):(?P<entity>[^:]+)$")
GOAL = "goal"
CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}


# --- indicator functions ----------------------------------------------------------------------------------


def yoy_growth_pct(current: Interval, previous: Interval) -> Interval:
    """Growth on the previous period in percent: (current / previous - 1) x 100."""
    return (as_interval(current) / previous - 1) * 100


def implied_base(level: Interval, growth_pct: Interval) -> Interval:
    """The earlier level a stated growth implies: level / (1 + growth / 100)."""
    return as_interval(level) / (1 + as_interval(growth_pct) / 100)


def share_pct(part: Interval, whole: Interval) -> Interval:
    """part / whole x 100, for a part contained in its whole: the range is cut to [0, 100].

    Raises IntervalError when the stated part is larger than the stated whole (the inputs disagree).
    """
    ratio = as_interval(part) / whole * 100
    if not 0 <= ratio.value <= 100:
        raise IntervalError(f"the part ({ratio.value:.4g}% of the whole) cannot be a share of it")
    # An open top stays open: "at least 24.4%" says more than "24.4% to 100%", which only restates that a
    # share cannot pass 100%.
    return Interval(ratio.value, max(ratio.low, 0.0), ratio.high if math.isinf(ratio.high) else min(ratio.high, 100))


def part_of_whole_pct(part: Interval, whole: Interval) -> Interval:
    """part / whole x 100 without the cut to 100, so a check can see a part that exceeds its whole."""
    return as_interval(part) / whole * 100


def implied_total(part: Interval, share: Interval) -> Interval:
    """The whole a part and its share (in percent) imply: part / (share / 100)."""
    share = as_interval(share)
    if share.value <= 100 < share.high:
        # A share cannot exceed 100%: "more than 60%" still leaves the whole at least as large as its part.
        share = Interval(share.value, share.low, 100)
    return as_interval(part) / (share / 100)


def amount_from_share(share: Interval, whole: Interval) -> Interval:
    """The part a share (in percent) of a whole stands for: share / 100 x whole."""
    return as_interval(share) / 100 * whole


def progress_pct(actual: Interval, target: Interval) -> Interval:
    """How far an actual has come toward a target, in percent (over 100 once the target is passed)."""
    return as_interval(actual) / target * 100


def _annual_growth(ratio: Interval, years: float) -> Interval:
    if not years > 0:
        raise IntervalError(f"a yearly rate needs a positive number of years, not {years:g}")
    if ratio.low < 0:
        raise IntervalError("a yearly growth rate needs a positive start and end")
    return ratio.map_increasing(lambda r: (r ** (1 / years) - 1) * 100)


def cagr_pct(start: Interval, end: Interval, years: float) -> Interval:
    """Compound annual growth in percent: ((end / start) ^ (1 / years) - 1) x 100."""
    return _annual_growth(as_interval(end) / start, years)


def required_cagr_pct(current: Interval, target: Interval, years: float) -> Interval:
    """Yearly change that takes current to the target's level in `years`: ((target / current) ^ (1 / years) - 1) x 100.

    Negative when the current level is already above the target's: output could then fall by that much a
    year and still reach the level. Never 0 "because the target is met": a target for a later year is met
    only by the outcome of that year. No years left raises IntervalError.
    """
    return _annual_growth(as_interval(target) / current, years)


def annual_pace(partial: Interval, months: float) -> Interval:
    """A full year at the pace of its first `months` months: partial / months x 12.

    A pace, not a forecast: it assumes output spread evenly over the year.
    """
    if not 0 < months <= 12:
        raise IntervalError(f"a pace needs 1 to 12 months, not {months:g}")
    return as_interval(partial) / months * 12


def implied_rate(amount_cny: Interval, amount_usd: Interval) -> Interval:
    """Yuan per US dollar implied by one amount stated in both currencies."""
    return as_interval(amount_cny) / amount_usd


def forecast_error_pct(forecast: Interval, actual: Interval) -> Interval:
    """(forecast - actual) / actual x 100: negative when the outcome beat the forecast."""
    return (as_interval(forecast) / actual - 1) * 100


def forecast_error_abs(forecast: Interval, actual: Interval) -> Interval:
    """forecast - actual, in the unit of the inputs."""
    return as_interval(forecast) - actual


def difference(later: Interval, earlier: Interval) -> Interval:
    """later - earlier (for shares in percent, a change in percentage points).

    When both inputs come from the same figures the range is wider than it need be, never narrower.
    """
    return as_interval(later) - earlier


def total(*parts: Interval) -> Interval:
    """The sum of several figures."""
    if not parts:
        raise IntervalError("a total needs at least one part")
    result = as_interval(parts[0])
    for part in parts[1:]:
        result = result + part
    return result


def relative_gap_pct(first: Interval, second: Interval) -> Interval:
    """How far the first figure lies from the second, in percent of the second: (first / second - 1) x 100.

    The range holds 0 exactly when the two ranges overlap.
    """
    return (as_interval(first) / second - 1) * 100


FUNCTIONS: dict[str, Callable[..., Interval]] = {
    f.__name__: f
    for f in (
        yoy_growth_pct, implied_base, share_pct, part_of_whole_pct, implied_total, amount_from_share,
        progress_pct, cagr_pct, required_cagr_pct, annual_pace, implied_rate, forecast_error_pct, forecast_error_abs,
        difference, total, relative_gap_pct,
    )
}  # fmt: skip


# --- verdicts ---------------------------------------------------------------------------------------------


def _shown(x: Interval, unit: str) -> str:
    """A figure as a verdict names it: "1.758 million", "over 3 million" for an open-ended one."""
    from nevreport.present import format_value

    text = format_value(x.value, unit)
    if math.isinf(x.high) and x.value == x.low:
        return f"over {text}"
    if math.isinf(x.low) and x.value == x.high:
        return f"under {text}"
    return text


def _pct(x: float) -> str:
    return "less than 0.1%" if abs(x) < 0.05 else f"{abs(x):.1f}%"


def consistency_verdict(first: Interval, second: Interval, unit: str, tolerance_pct: float = 0.0) -> str:
    """Whether two figures for the same thing agree, in words.

    They agree when their ranges overlap, or when their nearest ends differ by no more than tolerance_pct
    (for figures not expected to match exactly, such as a day's exchange rate against a year's average).
    """
    gap = relative_gap_pct(first, second)
    a, b = _shown(first, unit), _shown(second, unit)
    if gap.low <= 0 <= gap.high:
        if first.value == second.value:
            return f"consistent: both give {a}"
        return f"consistent: {a} and {b} agree within their stated ranges"
    nearest = gap.low if gap.low > 0 else -gap.high
    direction = "above" if gap.value > 0 else "below"
    if nearest <= tolerance_pct:
        return f"consistent within {tolerance_pct:g}%: {a} is {_pct(gap.value)} {direction} {b}"
    return (f"inconsistent: {a} is {_pct(gap.value)} {direction} {b} "
            f"({_pct(nearest)} even at the nearest ends of their ranges)")


def forecast_verdict(forecast: Interval, actual: Interval, unit: str, is_goal: bool = False,
                     period: str = "", goal_year: str = "") -> str:
    """How a forecast (or a goal) compares with the outcome (for a goal: the actual of `period`), in words.

    A goal for a year (`goal_year`) is met or missed only by the actual of that year; an earlier year's
    output above or below the goal's level says where output stood, not whether the goal is met.
    """
    error = forecast_error_pct(forecast, actual)
    f, a = _shown(forecast, unit), _shown(actual, unit)
    if is_goal and goal_year and period and period != goal_year:
        gap = _pct(actual.value / forecast.value * 100 - 100)
        if error.high < 0:
            return (f"not decided before {goal_year}: output in {period}, {a}, was {gap} above the goal's level "
                    f"of {f}; only output in {goal_year} meets or misses the goal")
        if error.low > 0:
            return (f"not decided before {goal_year}: output in {period}, {a}, was {gap} below the goal's level "
                    f"of {f}; only output in {goal_year} meets or misses the goal")
        if actual.high == INF and actual.low < forecast.low:
            return (f"not decided before {goal_year}: output in {period} is only known to be {a}, so it is not known "
                    f"where it stood against the goal's level of {f}; only output in {goal_year} meets or misses "
                    "the goal")
        return (f"not decided before {goal_year}: output in {period}, {a}, was about at the goal's level of {f}; "
                f"only output in {goal_year} meets or misses the goal")
    if is_goal:
        outcome = f"the actual for {period}" if period else "the actual"
        gap = _pct(actual.value / forecast.value * 100 - 100)
        if error.high < 0:
            return f"goal met: {outcome}, {a}, is {gap} above the goal of {f}"
        if error.low > 0:
            return f"goal missed: {outcome}, {a}, is {gap} below the goal of {f}"
        if actual.high == INF and actual.low < forecast.low:
            # "over 238,000" cannot rule out 1.2 million, but all it shows is far less: say what is known.
            return (f"not shown to be reached: {outcome} is only known to be {a}, which does not show whether the "
                    f"goal of {f} was reached")
        if forecast.is_open or actual.is_open:
            return f"undecided: {outcome}, {a}, may be above or below the goal of {f}"
        return f"at the goal within rounding: {outcome} is {a}, the goal {f}"
    miss = _pct(error.value)
    if error.high < 0:
        return f"forecast too low: the outcome, {a}, beat the forecast of {f}, which was {miss} short"
    if error.low > 0:
        return f"forecast too high: the outcome, {a}, fell short of the forecast of {f} by {miss}"
    if forecast.is_open or actual.is_open:
        return f"undecided: the outcome, {a}, may be above or below the forecast of {f}"
    return f"forecast met within rounding: forecast {f}, outcome {a}"


def context_verdict(first: Interval, second: Interval, unit: str) -> str:
    """A figure set beside another it is not expected to equal (a day's exchange rate beside a year's
    average), in words that say so: the gap is shown, no agreement is judged."""
    gap = relative_gap_pct(first, second)
    direction = "above" if gap.value > 0 else "below"
    return (f"context, not a check: {_shown(first, unit)} is {_pct(gap.value)} {direction} {_shown(second, unit)}, "
            "which covers a different span of time, so the two need not agree")


def part_verdict(part: Interval, whole: Interval, unit: str) -> str:
    """Whether a figure can be part of another (a five-month total within its year), in words."""
    ratio = part_of_whole_pct(part, whole)
    p, w = _shown(part, unit), _shown(whole, unit)
    if ratio.low > 100:
        return f"inconsistent: {p} is larger than the whole it belongs to, {w}"
    return f"consistent: {p} is {_pct(ratio.value)} of {w}"


# --- the catalogue ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One indicator as the catalogue defines it."""

    id: str
    label: str
    formula: str
    unit: str
    function: str
    inputs: tuple[str, ...]
    period: str
    section: str
    kind: str
    args: dict = field(default_factory=dict)
    tolerance_pct: float = 0.0
    note: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Catalogue:
    goal: str  # figure id of the goal that `goal` inputs stand for
    entries: tuple[Entry, ...]


_REQUIRED = ("id", "label", "formula", "unit", "function", "inputs", "period", "section", "kind")
_TEXT_FIELDS = ("id", "label", "formula", "unit", "function", "period", "section", "kind")
_OPTIONAL = ("args", "tolerance_pct", "note")
_ID = re.compile(r"^[a-z0-9_]+$")
_PLACEHOLDER = re.compile(r"\{([^}]*)\}")


def _input_names(function: Callable) -> tuple[list[str], bool]:
    """The figure parameters of a function, and whether it takes any number of them."""
    names, variadic = [], False
    for p in inspect.signature(function).parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            variadic = True
        elif p.name not in EXTRA_ARGS:
            names.append(p.name)
    return names, variadic


def _extra_names(function: Callable) -> list[str]:
    return [name for name in inspect.signature(function).parameters if name in EXTRA_ARGS]


def _entry_lines(text: str) -> list[int]:
    """1-based line of each entry under `indicators:`, so problems point at the right place."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "indicators" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def load_catalogue(data_dir: Path = config.DATA_DIR, known_ids: set[str] | None = None) -> Catalogue:
    """Read and check data/indicators.yaml; UserError listing every problem.

    known_ids: the figure and supplementary ids inputs may name (not checked when None).
    """
    import yaml

    path = config.indicator_catalogue(data_dir)
    shown = f"{Path(data_dir).resolve().name}/{path.name}"
    try:
        text = inputs.read_capped(path, inputs.MAX_CATALOGUE_BYTES, within=data_dir).decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{shown}: the indicator catalogue is missing; restore it from the repository") \
            from None
    except inputs.Refused as exc:
        raise UserError("the indicator catalogue cannot be read",
                        [Problem(shown, None, "", exc.message, exc.fix)]) from None
    except UnicodeDecodeError as exc:
        raise UserError("the indicator catalogue cannot be read",
                        [Problem(shown, None, "", f"not UTF-8 text (byte {exc.start})", "save it again as UTF-8")]) \
            from None
    found = inputs.unusual_character(text)
    if found:
        line, column = inputs.line_and_column(text, found[0])
        raise UserError("the indicator catalogue cannot be read",
                        [Problem(shown, line, "", f"holds {found[1]} at column {column}",
                                 "delete it, or type the digit as 0-9")])
    try:
        raw = inputs.load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = Problem(shown, mark.line + 1 if mark else None, "",
                          f"not valid YAML ({getattr(exc, 'problem', None) or exc})",
                          "check the indentation and that each entry starts with '- id:'")
        raise UserError("the indicator catalogue cannot be read", [problem]) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("indicators"), list):
        problem = Problem(shown, None, "", "expected a mapping with a list under 'indicators:'",
                          "write 'goal: <figure id>', then 'indicators:' followed by '- id: ...' entries")
        raise UserError("the indicator catalogue cannot be read", [problem])
    lines = _entry_lines(text)
    problems: list[Problem] = []
    goal = raw.get("goal") or ""
    if not isinstance(goal, str):
        problems.append(Problem(shown, None, "goal", f"{excerpt(goal)} is not a figure id",
                                "name the figure id of the goal"))
        goal = ""
    elif not goal:
        problems.append(Problem(shown, None, "goal", "missing", "name the figure id of the goal, e.g. "
                                "'goal: shanghai_nev_production_target_2025'"))
    elif known_ids is not None and goal not in known_ids:
        problems.append(Problem(shown, None, "goal", f"unknown figure id '{excerpt(goal)}'",
                                "use a figure_id from data/figures.csv"))
    entries: list[Entry] = []
    seen: dict[str, int | None] = {}
    for index, item in enumerate(raw["indicators"]):
        line = lines[index] if index < len(lines) else None
        entry = _check_entry(item, line, shown, problems, seen, known_ids)
        if entry is not None:
            entries.append(entry)
    if problems:
        raise UserError(f"{shown} has {len(problems)} problem(s); no indicator was computed", problems)
    return Catalogue(goal, tuple(entries))


def _check_entry(item, line: int | None, shown: str, problems: list[Problem], seen: dict[str, int | None],
                 known_ids: set[str] | None) -> Entry | None:
    def report(message: str, fix: str) -> None:
        problems.append(Problem(shown, line, ident, message, fix))

    if not isinstance(item, dict):
        ident = ""
        report("an entry is not a mapping", "write each entry as '- id: ...' with its fields indented below")
        return None
    raw_id = item.get("id") or ""
    ident = raw_id if isinstance(raw_id, str) and len(raw_id) <= 100 else excerpt(raw_id, 60)
    before = len(problems)
    for key in _REQUIRED:
        if item.get(key) in (None, "", []):
            report(f"'{key}' is missing", f"add '{key}:' to the entry")
    for key in item:
        if key not in _REQUIRED and key not in _OPTIONAL:
            close = difflib.get_close_matches(excerpt(key), _REQUIRED + _OPTIONAL, n=1)
            report(f"unknown field '{excerpt(key)}'", f"did you mean '{close[0]}'?" if close else
                   f"use only: {', '.join(_REQUIRED + _OPTIONAL)}")
    for key in (*_TEXT_FIELDS, "note"):
        value = item.get(key)
        if value in (None, "", []):
            continue
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            report(f"{key} is {excerpt(value)}, not text", f"write {key} as one line of text")
        elif isinstance(value, str) and (found := unusual_character(value)):
            report(f"{key} holds {found[1]} at character {found[0] + 1}",
                   "delete it, or type the digit as 0-9")
    if ident and not _ID.match(ident):
        report(f"id '{ident}' may only hold lowercase letters, digits and underscores", "rename it")
    if ident in seen:
        report(f"id '{ident}' is used again (first on line {seen[ident]})", "give each indicator its own id")
    if len(problems) > before:
        return None
    seen[ident] = line

    function = FUNCTIONS.get(str(item["function"]))
    if function is None:
        close = difflib.get_close_matches(str(item["function"]), FUNCTIONS, n=1)
        report(f"unknown function '{excerpt(item['function'])}'",
               f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(FUNCTIONS)}")
    for key, allowed in (("section", SECTIONS), ("kind", KINDS), ("unit", UNITS)):
        if item[key] not in allowed:
            report(f"{key} '{excerpt(item[key])}' is not in the vocabulary", f"use one of: {', '.join(allowed)}")
    inputs = item["inputs"]
    if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
        report("inputs must be a list of ids", "write inputs: [first_id, second_id]")
        return None
    for ref in inputs:
        if ref == GOAL or LATEST.match(ref) or ref in seen and ref != ident:
            continue
        if known_ids is None or ref in known_ids:
            continue
        choices = sorted(known_ids | set(seen))
        close = difflib.get_close_matches(excerpt(ref), choices, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        report(f"input '{excerpt(ref)}' is neither a figure, a supplementary figure nor an indicator listed above",
               f"{hint}use a figure_id from data/figures.csv, a source_id from data/external/"
               "supplementary_figures.csv or the id of an earlier indicator")
    args = item.get("args") or {}
    if not isinstance(args, dict):
        report("args must be a mapping", "write e.g. args: {years: 3}")
        args = {}
    if function is not None:
        names, variadic = _input_names(function)
        if (len(inputs) < len(names)) if variadic else (len(inputs) != len(names)):
            report(f"{excerpt(item['function'])} takes {len(names)}{' or more' if variadic else ''} inputs "
                   f"({', '.join(names) or 'parts'}), not {len(inputs)}", "list the inputs in that order")
        extras = _extra_names(function)
        for name in extras:
            value = args.get(name)
            if name == "years" and value == YEARS_TO_GOAL:
                if GOAL not in inputs or not any(LATEST.match(ref) for ref in inputs):
                    report(f"years: {YEARS_TO_GOAL} needs a 'latest:...' input and the 'goal' input",
                           "add both inputs or give the number of years")
                continue
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                alternative = f" or {YEARS_TO_GOAL}" if name == "years" else ""
                report(f"{excerpt(item['function'])} needs args: {{{name}: <positive number>}}",
                       f"add e.g. 'args: {{{name}: 3}}'{alternative}")
        for name in args:
            if name not in extras:
                report(f"{excerpt(item['function'])} takes no argument '{excerpt(name)}'", "remove it from args")
        if item["kind"] in _VERDICT_RULES and item["function"] not in _VERDICT_RULES[item["kind"]]:
            report(f"a {item['kind']} entry needs one of the functions "
                   f"{', '.join(_VERDICT_RULES[item['kind']])}", "change the function or the kind")
    for placeholder in _PLACEHOLDER.findall(str(item["period"])):
        if placeholder not in ("latest", "goal"):
            report(f"period holds '{{{excerpt(placeholder)}}}'", "use only {latest} and {goal} in a period")
        elif placeholder == "goal" and GOAL not in inputs or placeholder == "latest" and not any(
                LATEST.match(ref) for ref in inputs):
            report(f"period uses {{{placeholder}}} but no input gives it",
                   "add the 'goal' or a 'latest:...' input, or write the period out")
    tolerance = item.get("tolerance_pct", 0) or 0
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or tolerance < 0:
        report(f"tolerance_pct '{excerpt(tolerance)}' is not a number of percent", "write e.g. tolerance_pct: 1")
        tolerance = 0
    return Entry(
        id=ident, label=str(item["label"]), formula=str(item["formula"]), unit=str(item["unit"]),
        function=str(item["function"]), inputs=tuple(inputs), period=str(item["period"]),
        section=str(item["section"]), kind=str(item["kind"]), args=dict(args), tolerance_pct=float(tolerance),
        note=str(item.get("note") or "").strip(), line=line,
    )


_VERDICT_RULES = {
    "consistency": ("relative_gap_pct", "part_of_whole_pct"),
    "context": ("relative_gap_pct",),
    "forecast_check": ("forecast_error_pct", "forecast_error_abs"),
}


# --- computing the table ----------------------------------------------------------------------------------


def parse_as_of(as_of) -> dt.date:
    """The as-of date from a date or an ISO string; UserError otherwise."""
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    text = str(as_of).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise UserError(f"as-of date {str(as_of)!r} is not a date in the form YYYY-MM-DD (e.g. 2024-12-31)")


@dataclass
class _Known:
    """One input as resolved for an indicator: its interval, or why it is not available."""

    id: str
    interval: Interval | None = None
    # The same with the rounding of stated numbers left out and only an open hedge kept ("over 3 million" is
    # [3 million, no end], "9.5 million" is 9.5 million): tells whether a result rests on a bound.
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
    external: dict[str, dict]
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
    every = [r for r in ctx.external.values()
             if r["metric"] == metric and r["entity"] == entity and re.fullmatch(r"\d{4}", str(r["period"]))]
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
    if ref in ctx.external:
        return _row_input(ref, ctx.external[ref], ctx)
    raise UserError(f"indicator {entry.id}: input '{ref}' is neither a figure, a supplementary figure nor an "
                    "indicator listed above it in the catalogue")


def _round(x: float) -> float:
    """x to SIGNIFICANT_DIGITS significant digits (infinities and NaN unchanged), the same on every run."""
    if not math.isfinite(x):
        return x
    return float(f"{x:.{SIGNIFICANT_DIGITS}g}") + 0.0  # + 0.0 turns -0.0 into 0.0


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
        "unit": entry.unit, "period": "" if _PLACEHOLDER.search(entry.period) else entry.period,
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
        args["years"] = goal - latest
    try:
        value = FUNCTIONS[entry.function](*(k.interval for k in known), **args)
        row["verdict"] = _verdict(entry, known)
    except IntervalError as exc:
        row["reason"] = f"cannot be computed: {exc}"
        result.failed = [f"{entry.id} cannot be computed ({exc})"]
        return row
    result.interval = value
    result.hedged = _hedged_result(entry, known, args, value)
    shown = resting_value(value, result.hedged)
    row.update(value=_round(shown), low=_round(value.low), high=_round(value.high),
               sources="; ".join(result.sources))
    return row


def hedged_interval(row: dict, interval: Interval | None = None) -> Interval:
    """A stated figure with its rounding left out and only an open hedge kept (see _Known.hedged).

    "over 3 million" is open above; "nearly 2.02 million" is read within one step below, a two-sided range
    like "about", so only "over" makes what is computed from it a bound.
    """
    interval = interval or Interval.from_row(row)
    return Interval(interval.value, interval.value,
                    math.inf if row.get("qualifier") == "at_least" else interval.value)


def _hedged_result(entry: Entry, known: list[_Known], args: dict, value: Interval) -> Interval:
    """The result from the inputs' hedges alone (see _Known.hedged); the result itself if that cannot be had."""
    try:
        return FUNCTIONS[entry.function](*(k.hedged or k.interval for k in known), **args)
    except IntervalError:
        return value


def resting_value(value: Interval, hedged: Interval) -> float:
    """The value to show: the computed one, or the end of its range when a hedge makes it a bound.

    Growth from a base stated as "over 3.11 million" is at most what the stated base gives; with the rounding
    of the other stated number it is at most the top of the range. Showing the middle would be a false point.
    """
    at_low = math.isclose(hedged.low, hedged.value, rel_tol=1e-9, abs_tol=1e-12)
    at_high = math.isclose(hedged.high, hedged.value, rel_tol=1e-9, abs_tol=1e-12)
    if at_high and not at_low and math.isfinite(value.high):
        return value.high
    if at_low and not at_high and math.isfinite(value.low):
        return value.low
    return value.value


def _verdict(entry: Entry, known: list[_Known]) -> str:
    if entry.kind == "derived":
        return ""
    first, second = known[0].interval, known[1].interval
    unit = known[0].unit or entry.unit
    if entry.kind == "forecast_check":
        from nevreport.present import format_period

        period = format_period(known[1].period) if known[1].period else ""
        goal_year = str(known[0].year) if known[0].is_goal and known[0].year else ""
        return forecast_verdict(first, second, unit, is_goal=known[0].is_goal, period=period, goal_year=goal_year)
    if entry.kind == "context":
        return context_verdict(first, second, unit)
    if entry.function == "part_of_whole_pct":
        return part_verdict(first, second, unit)
    return consistency_verdict(first, second, unit, entry.tolerance_pct)


def compute_table(catalogue: Catalogue, figures: pd.DataFrame, external: pd.DataFrame, as_of,
                  target_units: float | None = None, target_year: int | None = None) -> pd.DataFrame:
    """Every catalogue indicator as known at as_of, from figure and supplementary tables already loaded.

    figures needs figure_id, value, low, high, unit, status, period, publisher, published (a date);
    external needs source_id, metric, entity, period, value, low, high, unit, confidence, publisher and
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
        external={r["source_id"]: r for r in external.to_dict("records")},
        goal=catalogue.goal,
        target_units=target_units,
        target_year=target_year,
    )
    frame = pd.DataFrame([_evaluate(entry, ctx) for entry in catalogue.entries], columns=list(COLUMNS))
    return frame.astype({name: float for name in NUMBER_COLUMNS})


def compute_indicators(as_of, data_dir: Path = config.DATA_DIR, target_units: float | None = None,
                       target_year: int | None = None) -> pd.DataFrame:
    """Every indicator of data/indicators.yaml, computed from what had been published by as_of.

    An indicator whose inputs were not all published by then is listed with empty value, low and high and a
    reason. target_units / target_year replace the goal stated in the articles (Shanghai's NEV goal).
    """
    from nevreport.figures import load_external, load_figures

    cutoff = parse_as_of(as_of)
    figures = load_figures(data_dir)
    external = load_external(data_dir)
    catalogue = load_catalogue(data_dir, set(figures["figure_id"]) | set(external["source_id"]))
    return compute_table(catalogue, figures, external, cutoff, target_units, target_year)


# --- CSV ---------------------------------------------------------------------------------------------------


def format_number(x) -> str:
    """A number as the CSV writes it: '' for missing, 'inf' / '-inf' for open ends, plain digits otherwise."""
    import numpy as np

    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    x = float(x)
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return np.format_float_positional(_round(x), trim="-")


def write_table_csv(frame: pd.DataFrame, out) -> None:
    """The indicator table as CSV text on an open text stream (text cells safe to open in a spreadsheet)."""
    writer = inputs.CsvRows(out)  # a label or note holding a line break stays in its cell
    writer.writerow(COLUMNS)
    for record in frame.to_dict("records"):
        writer.writerow([format_number(record[c]) if c in NUMBER_COLUMNS else present.spreadsheet_text(record[c])
                         for c in COLUMNS])


def write_indicators_csv(as_of, out, data_dir: Path = config.DATA_DIR) -> int:
    """`nevreport indicators --as-of DATE`: the indicator table as CSV on out; returns the exit status."""
    write_table_csv(compute_indicators(as_of, data_dir=data_dir), out)
    return 0


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
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for name in frame.columns.difference(NUMBER_COLUMNS):
        frame[name] = frame[name].map(present.from_spreadsheet_text)
    for name in NUMBER_COLUMNS:
        frame[name] = [float(x) if x else math.nan for x in frame[name]]
    return frame
