"""A bound whose other end is impossible is no bound to show: "more than 238,000" is 238,000 to 239,000, what
follows from it is a value, and a rate "needed" for a goal whose year is over is not computed."""

from __future__ import annotations

import math

import pytest

from nevreport.common.intervals import INF, Interval
from nevreport.common.numbers import range_text, value_text
from nevreport.curate.precision import figure_interval, is_cut, reading_step
from nevreport.indicators.verdicts import forecast_verdict
from nevreport.pipeline import compute_indicators


def shown(row) -> str:
    return value_text(row["value"], row["low"], row["high"], row["unit"])


@pytest.fixture(scope="module")
def editions():
    return {d: compute_indicators(d).set_index("indicator_id", drop=False) for d in ("2021-12-31", "2026-01-16")}


def test_over_a_number_given_to_three_digits_lies_within_one_step_above_it():
    assert figure_interval(238_000, 1000, "at_least", "actual") == (238_000, 239_000)
    assert figure_interval(3.11e6, 10_000, "at_least", "actual") == (3.11e6, 3.12e6)
    # a round number leaves the top open: "over 3 million" was 3.11 million, "over 60 percent" may be far above
    assert figure_interval(3e6, reading_step(1e6, 3e6), "at_least", "actual") == (3e6, math.inf)
    assert figure_interval(60, reading_step(10, 60), "at_least", "actual") == (60, math.inf)
    assert figure_interval(1.2e6, 100_000, "at_least", "actual") == (1.2e6, math.inf)
    # a forecast or a count given in full has no step to cut at; a target is its threshold
    assert not is_cut(420_000, 0) and figure_interval(420_000, 0, "at_least", "forecast") == (420_000, math.inf)
    assert figure_interval(238_000, 1000, "at_least", "target") == (238_000, 238_000)


def test_what_follows_from_more_than_238000_is_a_value_not_a_bound(editions):
    early = editions["2021-12-31"]
    # (1.2 million / 238,000) ^ (1/5) - 1 = 38.2% a year, not "at most 38.2%" (whose other end, -100%, is absurd)
    assert shown(early.loc["shanghai_nev_required_cagr"]) == "38.2%"
    assert shown(early.loc["shanghai_nev_target_progress"]) == "19.8%"
    gap = early.loc["shanghai_nev_goal_vs_latest_actual"]
    assert shown(gap) == "-80.2%"
    assert gap["verdict"] == ("output in 2020, over 238,000, was 80.2% below the goal's level of 1.2 million; the "
                              "goal is met or missed only by output in 2025")


def test_growth_on_a_cut_base_is_the_growth_of_the_stated_numbers(editions):
    latest = editions["2026-01-16"]
    # 4.91 million on "more than 3.11 million": 57.9%, as the source says, not "at most 58.0%"
    row = latest.loc["vehicle_exports_yoy_2023"]
    assert shown(row) == "57.9%" and range_text(row["value"], row["low"], row["high"], row["unit"]) == "57.2% to 58.0%"
    # the forecast of 4 million on that base is a value with its range, the article's round "over 3 million" a bound
    on_reported = latest.loc["vehicle_exports_yoy_2023_forecast_on_reported"]
    assert shown(on_reported) == "28.6%"
    assert range_text(on_reported["value"], on_reported["low"], on_reported["high"], "percent") == "28.2% to 28.6%"
    assert shown(latest.loc["vehicle_exports_yoy_2023_forecast"]) == "at most 33.3%"


def test_a_bound_from_an_open_hedge_is_written_open_on_its_other_side(editions):
    world = editions["2026-01-16"].loc["world_nev_sales_2023_implied"]
    # 9.5 million is "more than 60%" of the world's: at most 15.92 million; the low end (China sold every NEV in
    # the world) is written open, not shown as the other end of a range
    assert world["low"] == -INF and shown(world) == "at most 15.92 million"
    assert value_text(28.58, 28.2, 28.58, "percent") == "28.6%"
    assert value_text(28.58, -INF, 28.58, "percent") == "at most 28.6%"


def test_a_goal_whose_year_is_over_is_spoken_of_in_the_past_and_needs_no_yearly_change(editions):
    latest = editions["2026-01-16"]
    needed = latest.loc["shanghai_nev_required_cagr"]
    assert math.isnan(needed["value"])
    assert needed["reason"].startswith("cannot be computed: the goal's year, 2025, had ended by 2026-01-16")
    assert latest.loc["shanghai_nev_goal_vs_latest_actual", "verdict"].endswith(
        "the goal was met or missed only by output in 2025")
    early = forecast_verdict(Interval.exact(1.2e6), Interval.exact(1.2868e6), "vehicles", is_goal=True,
                             period="2023", goal_year="2025")
    assert early.endswith("the goal is met or missed only by output in 2025")
