"""A number computed from a figure stated as "over ..." is that bound, shown as the bound, never as a point."""

from __future__ import annotations

import math

import pytest

from nevreport.common.formulas import share_pct, yoy_growth_pct
from nevreport.common.intervals import Interval, hedged_interval, resting_side, resting_value
from nevreport.common.numbers import value_text


def stated(value, low, high, qualifier="exact"):
    return {"value": value, "low": low, "high": high, "qualifier": qualifier}


def shown(function, *rows):
    full = function(*(Interval.from_row(r) for r in rows))
    value = resting_value(full, function(*(hedged_interval(r) for r in rows)))
    return value_text(value, full.low, full.high, "percent")


def test_growth_on_a_base_stated_as_over_is_at_most_the_top_of_its_range():
    # 4.91 million in 2023 (4.905 to 4.915) on "more than 3.11 million" in 2022: 4.91 / 3.11 = 1.5788 is the
    # most the growth can be; with the rounding of 4.91 the top is 4.915 / 3.11 = 1.5804, so "at most 58.0%".
    later = stated(4.91e6, 4.905e6, 4.915e6)
    base = stated(3.11e6, 3.11e6, math.inf, "at_least")
    assert shown(yoy_growth_pct, later, base) == "at most 58.0%"


def test_a_total_from_a_share_stated_as_over_is_at_most_that_total():
    # 9.5 million NEVs (9.45 to 9.55) are "more than 60%" of the world's: the world sold at most
    # 9.55 / 0.60 = 15.92 million. share_pct(part, whole) is part / whole; the world is whole = part / share.
    part = Interval(9.5e6, 9.45e6, 9.55e6)
    full = Interval(60.0, 60.0, 100.0)
    world = part / (full / 100)
    hedged = Interval(9.5e6, 9.5e6, 9.5e6) / (Interval(60.0, 60.0, math.inf) / 100)
    value = resting_value(world, hedged)
    assert value == pytest.approx(15.9167e6, rel=1e-4)
    # the low end, 9.45 million (China sold every NEV in the world), is written open beside the bound
    assert resting_side(world, hedged) == "high"
    assert value_text(value, -math.inf, world.high, "vehicles") == "at most 15.92 million"


def test_nearly_and_about_stay_two_sided_and_show_the_computed_value():
    # "nearly 2.02 million" vehicles (2.01 to 2.02 million) of which 310,000 NEVs (305,000 to 315,000): 15.35%,
    # within 15.1% (305 / 2020) to 15.7% (315 / 2010); no bound, because "nearly" is read within one step below.
    part = stated(310_000, 305_000, 315_000)
    whole = stated(2.02e6, 2.01e6, 2.02e6, "at_most")
    assert shown(share_pct, part, whole) == "15.3%"


def test_an_exact_input_leaves_the_value_as_computed():
    assert shown(yoy_growth_pct, stated(110.0, 110.0, 110.0), stated(100.0, 100.0, 100.0)) == "10.0%"
