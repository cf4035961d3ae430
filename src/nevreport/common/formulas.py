"""The indicator formulas: small functions on honest intervals (growth, shares, implied bases, progress, CAGR,
forecast errors, gaps). Each takes figures as `Interval`s and returns the range of every result they allow.

`FUNCTIONS` names them for the catalogue (data/indicators.yaml); every parameter of a function is an input
(a figure, supplementary figure or indicator) except those named in `EXTRA_ARGS`, which are plain numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from nevreport.common.intervals import Interval, IntervalError, as_interval

# Arguments that are plain numbers, not figures; every other parameter of a function is an input.
EXTRA_ARGS = ("years", "months")


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


def remaining_rate_vs_pace_pct(partial: Interval, target: Interval, months: float) -> Interval:
    """How much faster than in its first `months` months the rest of a year must run for the year to reach a
    target, in percent: ((target - partial) / (12 - months)) / (partial / months) x 100 - 100.

    Negative when the year is on course at a slower pace; the inputs' ranges are taken end against end.
    """
    if not 0 < months < 12:
        raise IntervalError(f"the rest of a year needs 1 to 11 months gone, not {months:g}")
    partial = as_interval(partial)
    needed = (as_interval(target) - partial) / (12 - months)
    return (needed / (partial / months) - 1) * 100


def implied_rate(amount_cny: Interval, amount_usd: Interval) -> Interval:
    """Yuan per US dollar implied by one amount stated in both currencies."""
    return as_interval(amount_cny) / amount_usd


def forecast_error_pct(forecast: Interval, actual: Interval) -> Interval:
    """(forecast - actual) / actual x 100: negative when the outcome beat the forecast."""
    return (as_interval(forecast) / actual - 1) * 100


def outcome_vs_goal_pct(goal: Interval, actual: Interval) -> Interval:
    """(actual - goal) / goal x 100: where an outcome stood against a goal's level, positive when above it."""
    return (as_interval(actual) / goal - 1) * 100


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
        progress_pct, cagr_pct, required_cagr_pct, annual_pace, remaining_rate_vs_pace_pct, implied_rate,
        forecast_error_pct, outcome_vs_goal_pct, forecast_error_abs, difference, total, relative_gap_pct,
    )
}  # fmt: skip
