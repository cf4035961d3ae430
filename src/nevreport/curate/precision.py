"""The interval rule: the range of true values a stated figure stands for (data/DICTIONARY.md, "Interval rule").

A stated number is rounded: "9.5 million" is any value that rounds to it. How far it may lie from the truth
is its step (`reading_step`, the precision rule); its hedge and status then give the interval
(`figure_interval`): "over 3 million" has no upper end, "more than 238,000" is 238,000 to 239,000, and a target
is the single value stated.
"""

from __future__ import annotations

import math
from decimal import Decimal

from nevreport.common.numbers import parse_number
from nevreport.common.vocabulary import QUALIFIERS, STATUSES

# The `precision` column: how precisely the number is written, when the general rule reads it wrong.
PRECISION_COLUMN = "precision"
PRECISION_EXACT = "exact"

# "over N" with N written to this many significant digits or more is N cut at its last digit: a writer who knows
# 245,000 says "more than 245,000", not "more than 238,000", so the truth lies within one step above N.
CUT_DIGITS = 3


def figure_interval(value: float, step: float, qualifier: str, status: str) -> tuple[float, float]:
    """The range of true values a stated figure allows (the interval rule in data/DICTIONARY.md).

    `step` is the place value of the last stated digit: "9.5 million" is any value that rounds to it,
    "over 3 million" has no upper end, "more than 238,000" (three significant digits or more, `CUT_DIGITS`)
    lies within one step above the number, as "nearly 2,500" lies within one step below it, and a target is
    a threshold, so it is the single value stated.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    if status == "target":
        return (value, value)
    if qualifier == "exact":
        return (value - step / 2, value + step / 2)
    if qualifier == "at_least":
        return (value, value + step) if is_cut(value, step) else (value, math.inf)
    if qualifier == "at_most":
        return (value - step, value)
    if qualifier == "approx":
        return (value - step, value + step)
    raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {', '.join(QUALIFIERS)}")


def is_cut(value: float, step: float) -> bool:
    """Whether "over <value>" is the number cut at its last digit: written to CUT_DIGITS significant digits or
    more (238,000 with step 1,000; 3.11 million with step 10,000), not a round number such as "over 3 million"
    or "over 60 percent", below which the truth may lie far above."""
    return step > 0 and math.isfinite(value) and abs(value) / step >= 10 ** (CUT_DIGITS - 1)


def reading_step(step: float, value: float, status: str = "actual", precision: str = "") -> float:
    """How far a stated number may lie from the truth it rounds: the step of the interval rule.

    The precision rule (data/DICTIONARY.md, "Precision rule"):
    - `precision` set on the row wins: `exact` (a count or a number given in full: step 0) or a step in base
      units ("100000": "4 million" then stands for 3.95 to 4.05 million);
    - a forecast is the number the forecaster named, not a rounded measurement: step 0;
    - a number whose only significant digit is followed by zeros ("4 million", "60 percent", "200") is read
      as rounded to its second digit (step 100000, 1, 10): a writer who rounds 3.6 million says "3.6
      million", so reading "4 million" as anything from 3.5 to 4.5 million would make the ranges of
      everything derived from it wider than the words justify;
    - otherwise the place value of the last stated digit (`step`).
    """
    text = str(precision or "").strip()
    if text == PRECISION_EXACT:
        return 0.0
    if text:
        return float(text)
    if status == "forecast":
        return 0.0
    if step > 1 and value and math.isfinite(value):
        leading = abs(value) / step
        if leading < 10 and float(leading).is_integer():
            return step / 10
    return step


def step_of_value_text(text: str) -> float:
    """Place value of the last non-zero digit of a written value ("632000" -> 1000, "6.609" -> 0.001).

    The supplementary table holds values, not the words they were read from, so trailing zeros are taken
    as rounding, as for a stated number.
    """
    number = Decimal(text).normalize()
    if number == 0:
        return 1.0
    return float(Decimal(1).scaleb(number.as_tuple().exponent))


def is_valid_precision(text) -> bool:
    """Whether a `precision` cell is empty (the rule), `exact` or a positive step."""
    text = str(text or "").strip()
    if not text or text == PRECISION_EXACT:
        return True
    number = parse_number(text)
    return number is not None and number > 0
