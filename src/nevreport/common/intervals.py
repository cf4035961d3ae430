"""Honest ranges for figures and everything computed from them.

A stated figure is an `Interval`: its stated (central) value and the range of true values the wording allows
(`low`, `high`; either may be infinite for "over 3 million" or "nearly ..."). Arithmetic on intervals returns
the range of every result the inputs allow, so an indicator never looks more precise than its inputs.

Rules at the edges, chosen so that a range is never narrower than the truth:
- An open end stays open: [3, inf) + 1 = [4, inf); 5 / [3, inf) = (0, 5/3].
- Products of zero and an infinite end count as zero (the infinite end is never reached).
- Dividing by a range that touches zero from one side opens that end: 1 / (0, 2] = [0.5, inf).
- Dividing by a range that spans zero (it could be either sign) gives (-inf, inf): nothing is known.
- Dividing by a range whose stated value is zero raises IntervalError: there is no central value to report;
  so does any result whose central value overflows to infinity.
Each operation is applied to the bounds that give its extremes (it is monotone in each argument on the
range), so the central value always lies within the result's bounds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

INF = math.inf


class IntervalError(ValueError):
    """A calculation that has no meaningful result for the given ranges (e.g. a zero denominator)."""


def _number(x) -> float:
    value = float(x)
    if math.isnan(value):
        raise IntervalError("a bound is missing (NaN)")
    return value + 0.0  # -0.0 -> 0.0, so a zero prints the same whichever way it was reached


@dataclass(frozen=True)
class Interval:
    """A central value with the range of true values it stands for: low <= value <= high."""

    value: float
    low: float
    high: float

    def __post_init__(self) -> None:
        value, low, high = _number(self.value), _number(self.low), _number(self.high)
        if not math.isfinite(value):
            raise IntervalError(f"the central value must be finite, not {value}")
        if not low <= value <= high:
            raise IntervalError(f"the bounds [{low}, {high}] do not hold the value {value}")
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    # --- building ------------------------------------------------------------------------------------

    @classmethod
    def exact(cls, value: float) -> Interval:
        """A number known exactly (a count of years, a parameter)."""
        return cls(value, value, value)

    @classmethod
    def from_row(cls, row: Mapping) -> Interval:
        """The interval of a figure or supplementary row (its value, low and high)."""
        try:
            return cls(row["value"], row["low"], row["high"])
        except (KeyError, TypeError, ValueError) as exc:
            name = row.get("figure_id") or row.get("source_id") or "a row"
            raise IntervalError(f"{name} has no usable value/low/high ({exc})") from None

    @classmethod
    def _spanning(cls, value: float, low: float, high: float) -> Interval:
        """A computed result: bounds are widened to the value if rounding put it a hair outside."""
        return cls(value, min(low, value), max(high, value))

    # --- reading -------------------------------------------------------------------------------------

    @property
    def is_exact(self) -> bool:
        return self.low == self.high

    @property
    def is_open(self) -> bool:
        """True when either end is unbounded."""
        return math.isinf(self.low) or math.isinf(self.high)

    def contains(self, x: float) -> bool:
        return self.low <= x <= self.high

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __str__(self) -> str:
        return f"{self.value:g} [{self.low:g}, {self.high:g}]"

    # --- arithmetic ----------------------------------------------------------------------------------

    def __neg__(self) -> Interval:
        return Interval(-self.value, -self.high, -self.low)

    def __add__(self, other) -> Interval:
        other = as_interval(other)
        # inf + (-inf) cannot occur: a low bound is never +inf and a high bound never -inf.
        return Interval._spanning(self.value + other.value, self.low + other.low, self.high + other.high)

    __radd__ = __add__

    def __sub__(self, other) -> Interval:
        return self + (-as_interval(other))

    def __rsub__(self, other) -> Interval:
        return as_interval(other) - self

    def __mul__(self, other) -> Interval:
        other = as_interval(other)
        corners = [_times(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval._spanning(self.value * other.value, min(corners), max(corners))

    __rmul__ = __mul__

    def __truediv__(self, other) -> Interval:
        other = as_interval(other)
        if other.value == 0:
            raise IntervalError("division by a figure whose value is zero")
        if other.low < 0 < other.high:
            return Interval(self.value / other.value, -INF, INF)
        if other.high <= 0:
            return (-self) / (-other)
        # From here the denominator is positive (or zero at its low end, approached from above).
        low = _over(self.low, other.high) if self.low >= 0 else _over(self.low, other.low)
        high = _over(self.high, other.low) if self.high >= 0 else _over(self.high, other.high)
        return Interval._spanning(self.value / other.value, low, high)

    def __rtruediv__(self, other) -> Interval:
        return as_interval(other) / self

    # --- monotone maps -------------------------------------------------------------------------------

    def map_increasing(self, func: Callable[[float], float]) -> Interval:
        """func applied to value and bounds; func must be non-decreasing over the range (and accept inf)."""
        return Interval._spanning(func(self.value), func(self.low), func(self.high))

    def clamp(self, low: float = -INF, high: float = INF) -> Interval:
        """The range cut to what is possible, e.g. a share to [0, 100]; the value must already lie inside."""
        if not low <= self.value <= high:
            raise IntervalError(f"the value {self.value:g} lies outside the possible range "
                                f"[{low:g}, {high:g}]")
        return Interval(self.value, max(self.low, low), min(self.high, high))


def as_interval(x) -> Interval:
    """An Interval as is; a plain number as an exact interval."""
    return x if isinstance(x, Interval) else Interval.exact(x)


def monotone(func: Callable[..., float], args: Sequence[Interval], increasing: Sequence[bool]) -> Interval:
    """func over several intervals, given the direction it moves in each argument.

    `increasing[i]` says func is non-decreasing in argument i (False: non-increasing) over the whole box, so
    its extremes sit at the corners picked argument by argument. func must accept infinite arguments.
    """
    if len(args) != len(increasing):
        raise ValueError("one direction is needed per argument")
    args = [as_interval(a) for a in args]
    lows = [a.low if up else a.high for a, up in zip(args, increasing, strict=True)]
    highs = [a.high if up else a.low for a, up in zip(args, increasing, strict=True)]
    return Interval._spanning(func(*(a.value for a in args)), func(*lows), func(*highs))


def _times(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0  # 0 x inf: the infinite end is a limit that is never reached
    return a * b


def _over(a: float, b: float) -> float:
    """a / b for a bound b >= 0, where b == 0 stands for a denominator approaching zero from above."""
    if b == 0:
        return 0.0 if a == 0 else math.copysign(INF, a)
    return a / b  # never inf / inf: the bounds paired here always include a finite one


def hedged_interval(row: Mapping, interval: Interval | None = None) -> Interval:
    """A stated figure with its rounding left out and only an open hedge kept.

    "over 3 million" is [3 million, no end], "9.5 million" is 9.5 million. "nearly 2.02 million" is read within
    one step below and "more than 238,000" within one step above (the number cut at its last digit), two-sided
    ranges like "about", so only an "over" left open makes what is computed from it a bound.
    """
    interval = interval or Interval.from_row(row)
    is_open = row.get("qualifier") == "at_least" and math.isinf(interval.high)
    return Interval(interval.value, interval.value, math.inf if is_open else interval.value)


def resting_value(value: Interval, hedged: Interval) -> float:
    """The value to show: the computed one, or the end of its range when a hedge makes it a bound.

    `hedged` is the same result computed from `hedged_interval`s. Growth from a base stated as "over 3.11
    million" is at most what the stated base gives; with the rounding of the other stated number it is at most
    the top of the range. Showing the middle would be a false point.
    """
    side = resting_side(value, hedged)
    return value.high if side == "high" else value.low if side == "low" else value.value


def resting_side(value: Interval, hedged: Interval) -> str | None:
    """"high" when the value to show is the top of its range (a bound an open hedge gives: "at most"), "low"
    when it is the bottom ("at least"), None when it is the computed value (see resting_value)."""
    at_low = math.isclose(hedged.low, hedged.value, rel_tol=1e-9, abs_tol=1e-12)
    at_high = math.isclose(hedged.high, hedged.value, rel_tol=1e-9, abs_tol=1e-12)
    if at_high and not at_low and math.isfinite(value.high):
        return "high"
    if at_low and not at_high and math.isfinite(value.low):
        return "low"
    return None
