"""Verdicts: what a check of two figures found, in words a reader understands.

A consistency check says whether two figures for the same thing agree ("consistent: ...", "inconsistent:
..."), a forecast check how a forecast or a goal compares with the outcome ("forecast too low: ...", "goal met:
..."), and context sets a figure beside one it is not expected to equal ("context, not a check: ...").
"""

from __future__ import annotations

import math

from nevreport.common.formulas import forecast_error_pct, part_of_whole_pct, relative_gap_pct
from nevreport.common.intervals import INF, Interval
from nevreport.common.numbers import format_value


def _shown(x: Interval, unit: str) -> str:
    """A figure as a verdict names it: "1.758 million", "over 3 million" for one that lies above its number
    (open-ended, or "more than 238,000" read within one step above)."""
    text = format_value(x.value, unit)
    if x.value == x.low < x.high:
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
                     period: str = "", goal_year: str = "", goal_year_ended: bool = False) -> str:
    """How a forecast (or a goal) compares with the outcome (for a goal: the actual of `period`), in words.

    A goal for a year (`goal_year`) is met or missed only by the actual of that year; an earlier year's
    output above or below the goal's level says where output stood, not whether the goal is met. Once the
    goal's year has ended (`goal_year_ended`, at the edition's date) that is said in the past.
    """
    error = forecast_error_pct(forecast, actual)
    f, a = _shown(forecast, unit), _shown(actual, unit)
    if is_goal and goal_year and period and period != goal_year:
        gap = _pct(actual.value / forecast.value * 100 - 100)
        decided = (f"the goal was met or missed only by output in {goal_year}" if goal_year_ended
                   else f"the goal is met or missed only by output in {goal_year}")
        if error.high < 0:
            return f"output in {period}, {a}, was {gap} above the goal's level of {f}; {decided}"
        if error.low > 0:
            return f"output in {period}, {a}, was {gap} below the goal's level of {f}; {decided}"
        if actual.high == INF and actual.low < forecast.low:
            return (f"output in {period} is only known to be {a}, which does not show where it stood against the "
                    f"goal's level of {f}; {decided}")
        return f"output in {period}, {a}, was about at the goal's level of {f}; {decided}"
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
