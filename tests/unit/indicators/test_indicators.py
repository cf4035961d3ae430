"""Indicators: hand-worked values from the articles, honest ranges, the as-of cut and the catalogue."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nevreport import cli
from nevreport.common import config, formulas
from nevreport.common.errors import UserError
from nevreport.common.intervals import INF, Interval, IntervalError, monotone
from nevreport.common.numbers import csv_number, format_value
from nevreport.curate.catalogue import load_catalogue
from nevreport.indicators import verdicts
from nevreport.indicators.evaluate import compute_table
from nevreport.indicators.io import COLUMNS, read_indicators_csv, write_table_csv

# Stated figures as the interval rule reads them (step = place value of the last stated digit):
# "457,000" exact -> +-500; "some 1.758 million" approx -> +-1,000; "81.5 percent" exact -> +-0.05.
NEV_EXPORTS = Interval(457_000, 456_500, 457_500)
VEHICLE_EXPORTS = Interval(1_758_000, 1_757_000, 1_759_000)
VEHICLE_GROWTH = Interval(81.5, 81.45, 81.55)
NEV_GROWTH = Interval(160, 155, 165)  # "160 percent": the trailing zero is rounding, step 10
OVER_3_MILLION = Interval(3_000_000, 3_000_000, INF)  # "over 3 million"
FORECAST_4_MILLION = Interval(4_000_000, 3_500_000, 4_500_000)  # "4 million", step 1 million


def exact(x: float) -> Interval:
    return Interval.exact(x)


# --- values worked out by hand from the articles ------------------------------------------------------------


def test_nev_share_of_exports_jan_may_2023():
    share = formulas.share_pct(NEV_EXPORTS, VEHICLE_EXPORTS)
    assert round(share.value, 1) == 26.0  # 457,000 / 1,758,000
    # smallest part over largest whole, largest part over smallest whole
    assert share.low == pytest.approx(456_500 / 1_759_000 * 100)
    assert share.high == pytest.approx(457_500 / 1_757_000 * 100)


def test_implied_bases_of_jan_may_2022():
    vehicles = formulas.implied_base(VEHICLE_EXPORTS, VEHICLE_GROWTH)
    nevs = formulas.implied_base(NEV_EXPORTS, NEV_GROWTH)
    assert round(vehicles.value) == 968_595  # 1,758,000 / 1.815
    assert round(nevs.value) == 175_769  # 457,000 / 2.6
    # the highest level over the lowest growth gives the highest base
    assert vehicles.high == pytest.approx(1_759_000 / 1.8145)
    assert vehicles.low == pytest.approx(1_757_000 / 1.8155)
    assert nevs.low == pytest.approx(456_500 / 2.65)
    assert nevs.high == pytest.approx(457_500 / 2.55)


def test_nev_sales_growth_implied_by_the_2024_forecast():
    growth = formulas.yoy_growth_pct(exact(11_500_000), exact(9_500_000))
    assert round(growth.value, 2) == 21.05  # 11.5 / 9.5 - 1


def test_h1_2023_nev_sales_implied_by_32_percent_growth():
    base = formulas.implied_base(exact(4_940_000), exact(32))
    assert round(base.value / 1e6, 3) == 3.742  # 4.94 million / 1.32


def test_hedged_forecast_growth_has_an_open_lower_end():
    """4 million (3.5-4.5 million) against "over 3 million": growth at most 4.5 / 3 - 1 = 50%."""
    growth = formulas.yoy_growth_pct(FORECAST_4_MILLION, OVER_3_MILLION)
    assert growth.value == pytest.approx(100 / 3)
    assert growth.high == pytest.approx(50)
    # as the 2022 level grows without bound the growth tends to -100%: that is all "over" allows
    assert growth.low == -100


def test_share_over_an_open_whole_reaches_down_to_zero():
    share = formulas.share_pct(Interval(679_000, 678_500, 679_500), Interval(3_110_000, 3_110_000, INF))
    assert share.low == 0
    assert share.high == pytest.approx(679_500 / 3_110_000 * 100)


def test_share_of_an_open_part_is_capped_at_the_whole():
    share = formulas.share_pct(Interval(1_200_000, 1_200_000, INF), exact(4_910_000))
    assert share.low == pytest.approx(1_200_000 / 4_910_000 * 100)
    assert share.high == INF, "open, shown as 'at least 24.4%', not the empty bound 24.4% to 100%"


def test_share_larger_than_the_whole_is_refused():
    with pytest.raises(IntervalError, match="cannot be a share"):
        formulas.share_pct(exact(5), exact(4))


def test_progress_and_required_growth_to_shanghai_goal():
    goal = exact(1_200_000)
    assert round(formulas.progress_pct(exact(1_286_800), goal).value, 2) == 107.23
    assert round(formulas.progress_pct(exact(988_600), goal).value, 2) == 82.38
    needed = formulas.required_cagr_pct(exact(988_600), goal, years=3)  # 2022 -> 2025
    assert needed.value == pytest.approx(((1_200_000 / 988_600) ** (1 / 3) - 1) * 100)
    assert round(needed.value, 2) == 6.67


def test_required_change_above_the_goal_level_is_a_decline_not_zero():
    # (1.2 / 1.2868) ^ (1/2) = 0.96568..., so output could fall 3.43% a year and still reach the level
    change = formulas.required_cagr_pct(exact(1_286_800), exact(1_200_000), years=2)
    assert change.value == pytest.approx(-3.4316, abs=1e-4)
    # an earlier year above the level is not the goal met: with no years left there is no answer
    with pytest.raises(IntervalError, match="positive number of years"):
        formulas.required_cagr_pct(exact(1_286_800), exact(1_200_000), years=0)


def test_required_growth_with_an_open_current_level():
    """"More than 238,000" may lie anywhere above, so the change needed has no lower end (-100%)."""
    needed = formulas.required_cagr_pct(Interval(238_000, 238_000, INF), exact(1_200_000), years=5)
    assert needed.low == -100
    assert needed.high == pytest.approx(((1_200_000 / 238_000) ** (1 / 5) - 1) * 100)


def test_required_growth_with_no_years_left_and_goal_missed():
    with pytest.raises(IntervalError, match="positive number of years"):
        formulas.required_cagr_pct(exact(900_000), exact(1_200_000), years=0)


def test_cagr():
    growth = formulas.cagr_pct(exact(57.8e9), exact(80.01e9), years=6)
    assert growth.value == pytest.approx(((80.01 / 57.8) ** (1 / 6) - 1) * 100)
    assert round(growth.value, 2) == 5.57


def test_implied_exchange_rates():
    assert round(formulas.implied_rate(exact(350e9), exact(54.2e9)).value, 4) == 6.4576
    rate = formulas.implied_rate(Interval(231.84e9, 231.835e9, 231.845e9), Interval(31.91e9, 31.905e9, 31.915e9))
    assert round(rate.value, 4) == 7.2654
    assert rate.low == pytest.approx(231.835 / 31.915)
    assert rate.high == pytest.approx(231.845 / 31.905)


def test_forecast_errors():
    error = formulas.forecast_error_pct(exact(4_000_000), exact(4_910_000))
    assert round(error.value, 2) == -18.53  # 4 / 4.91 - 1
    assert formulas.forecast_error_abs(exact(4_000_000), exact(4_910_000)).value == -910_000
    nev = formulas.forecast_error_pct(exact(11_500_000), exact(12_870_000))
    assert round(nev.value, 2) == -10.64


def test_total_difference_and_implied_totals():
    assert formulas.total(exact(1), exact(2), Interval(3, 2, INF)) == Interval(6, 5, INF)
    assert formulas.difference(exact(26.0), exact(18.1)).value == pytest.approx(7.9)
    world = formulas.implied_total(Interval(9_500_000, 9_450_000, 9_550_000), Interval(60, 60, INF))
    assert world.value == pytest.approx(9_500_000 / 0.6)
    # "more than 60%" bounds the whole above; a share of at most 100% bounds it below by the part itself
    assert (world.low, world.high) == (9_450_000, pytest.approx(9_550_000 / 0.6))
    area = formulas.amount_from_share(Interval(80, 80, INF), exact(30_000))
    assert (area.value, area.low, area.high) == (24_000, 24_000, INF)


# --- verdicts -----------------------------------------------------------------------------------------------


def test_conflicting_sources_are_called_inconsistent_with_the_gap():
    cnevpost, scmp = Interval(632_000, 631_500, 632_500), Interval(550_000, 545_000, 555_000)
    verdict = verdicts.consistency_verdict(cnevpost, scmp, "vehicles")
    assert verdict.startswith("inconsistent:")
    assert "14.9% above" in verdict  # 632 / 550 - 1
    assert "13.8%" in verdict  # nearest ends: 631,500 / 555,000 - 1


def test_overlapping_ranges_are_consistent():
    nearly = Interval(1_760_000, 1_750_000, 1_760_000)  # "nearly 1.76 million"
    assert verdicts.consistency_verdict(VEHICLE_EXPORTS, nearly, "vehicles").startswith("consistent:")
    assert verdicts.consistency_verdict(OVER_3_MILLION, Interval(3_110_000, 3_110_000, INF), "vehicles") == (
        "consistent: over 3 million and over 3.11 million agree within their stated ranges")


def test_tolerance_admits_a_small_gap():
    article, average = exact(350 / 54.2), Interval(6.4508, 6.45075, 6.45085)
    assert verdicts.consistency_verdict(article, average, "cny_per_usd").startswith("inconsistent")
    assert verdicts.consistency_verdict(article, average, "cny_per_usd", tolerance_pct=1).startswith(
        "consistent within 1%")


def test_forecast_and_goal_verdicts():
    assert verdicts.forecast_verdict(exact(4e6), exact(4.91e6), "vehicles").startswith("forecast too low")
    assert verdicts.forecast_verdict(exact(5e6), exact(4.91e6), "vehicles").startswith("forecast too high")
    assert verdicts.forecast_verdict(FORECAST_4_MILLION, exact(4.2e6), "vehicles").startswith("forecast met")
    goal = exact(1_200_000)
    def goal_verdict(actual: Interval) -> str:
        return verdicts.forecast_verdict(goal, actual, "vehicles", is_goal=True)

    assert goal_verdict(exact(1_286_800)).startswith("goal met")
    assert goal_verdict(exact(988_600)).startswith("goal missed")
    # an earlier year's output above the goal's level is not the goal met
    early = verdicts.forecast_verdict(goal, exact(1_286_800), "vehicles", is_goal=True, period="2023", goal_year="2025")
    assert early == ("output in 2023, 1.287 million, was 7.2% above the goal's level of 1.2 million; the goal is "
                     "met or missed only by output in 2025")
    assert "met" not in early.split(";")[0]
    open_early = verdicts.forecast_verdict(goal, Interval(238_000, 238_000, INF), "vehicles", is_goal=True,
                                      period="2020", goal_year="2025")
    # a lower bound cannot put output below the goal's level: the verdict says only what is known
    assert open_early == ("output in 2020 is only known to be over 238,000, which does not show where it stood "
                          "against the goal's level of 1.2 million; the goal is met or missed only by output in 2025")
    # "over 238,000" cannot rule the goal out, but shows only a fifth of it: said as such, not as a toss-up
    assert goal_verdict(Interval(238_000, 238_000, INF)).startswith("not shown to be reached")


def test_part_verdict():
    assert verdicts.part_verdict(exact(175_769), exact(679_000), "vehicles") == (
        "consistent: 175,800 is 25.9% of 679,000")
    assert verdicts.part_verdict(exact(800_000), exact(679_000), "vehicles").startswith("inconsistent")


# --- interval rules -----------------------------------------------------------------------------------------


def test_interval_rejects_bounds_that_do_not_hold_the_value():
    with pytest.raises(IntervalError):
        Interval(5, 6, 7)
    with pytest.raises(IntervalError):
        Interval(math.nan, 0, 1)
    with pytest.raises(IntervalError):
        Interval(INF, 0, INF)


def test_interval_from_a_figure_row():
    row = {"figure_id": "x", "value": 3e6, "low": 3e6, "high": INF}
    assert Interval.from_row(row) == OVER_3_MILLION
    with pytest.raises(IntervalError, match="x has no usable"):
        Interval.from_row({"figure_id": "x", "value": 1.0, "low": math.nan, "high": 2.0})


def test_division_by_a_range_around_zero_is_unbounded():
    result = exact(1) / Interval(1, -1, 2)
    assert (result.low, result.high) == (-INF, INF)
    with pytest.raises(IntervalError, match="zero"):
        exact(1) / Interval(0, -1, 1)


def test_division_by_a_range_touching_zero_opens_that_end():
    result = exact(1) / Interval(1, 0, 2)
    assert (result.low, result.high) == (0.5, INF)
    negative = exact(1) / Interval(-1, -2, 0)
    assert (negative.low, negative.high) == (-INF, -0.5)


def test_open_ends_propagate():
    assert (OVER_3_MILLION + 1).high == INF
    assert (-OVER_3_MILLION).low == -INF
    quotient = exact(5) / Interval(3, 3, INF)
    assert (quotient.low, quotient.high) == (0, pytest.approx(5 / 3))
    product = Interval(0.5, 0, 1) * Interval(2, 1, INF)  # 0 x inf counts as 0
    assert (product.low, product.high) == (0, INF)


def test_monotone_helper_picks_the_extreme_corners():
    result = monotone(lambda a, b: a - b, [Interval(5, 4, 6), Interval(2, 1, 3)], [True, False])
    assert result == Interval(3, 1, 5)


# --- property tests: every point inside the inputs maps inside the output -----------------------------------

POSITIVE = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False)
SHARES = st.floats(min_value=1e-3, max_value=100, allow_nan=False)  # percent
# away from the subnormal range, where a quotient overflows to inf (which has no central value)
ANY = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).filter(lambda x: x == 0 or abs(x) > 1e-6)


@st.composite
def intervals(draw, numbers=POSITIVE, open_low=False, open_high=True):
    low, value, high = sorted(draw(st.lists(numbers, min_size=3, max_size=3)))
    if open_high and draw(st.booleans()):
        high = INF
    if open_low and draw(st.booleans()):
        low = -INF
    return Interval(value, low, high)


@st.composite
def points_in(draw, interval: Interval) -> tuple[float, ...]:
    """Finite numbers inside the interval: both ends (an open end far beyond the value), the central value and
    one number between. A monotone function takes its extremes at the ends, so every end is always checked."""
    reach = max(abs(interval.value), 1.0) * 1e3
    low = interval.low if math.isfinite(interval.low) else interval.value - reach
    high = interval.high if math.isfinite(interval.high) else interval.value + reach
    between = draw(st.floats(min_value=low, max_value=high))
    # as ANY: away from the subnormal range
    return tuple(x for x in (low, high, interval.value, between) if x == 0 or abs(x) > 1e-6)


def pairs(data, a: Interval, b: Interval) -> list[tuple[float, float]]:
    """Every combination of the points of two intervals."""
    return list(itertools.product(data.draw(points_in(a)), data.draw(points_in(b))))


def assert_within(point: Interval, result: Interval) -> None:
    assert result.low <= result.value <= result.high
    # a relative hair for libm's pow, which is not guaranteed to round monotonically
    slack = 1e-9 * max(1.0, abs(point.value))
    assert result.low - slack <= point.value <= result.high + slack


TWO_POSITIVE = ["yoy_growth_pct", "progress_pct", "implied_rate", "forecast_error_pct", "relative_gap_pct",
                "part_of_whole_pct", "implied_total", "amount_from_share"]


@pytest.mark.parametrize("name", TWO_POSITIVE)
@settings(deadline=None)
@given(data=st.data())
def test_ratio_functions_contain_every_point(name, data):
    function = formulas.FUNCTIONS[name]
    a = data.draw(intervals())
    b = data.draw(intervals(SHARES if name == "implied_total" else POSITIVE))
    result = function(a, b)
    for x, y in pairs(data, a, b):
        # a share above 100% is impossible, even where "more than 60%" leaves the upper end open
        if x > 0 and y > 0 and (name != "implied_total" or y <= 100):
            assert_within(function(exact(x), exact(y)), result)


@settings(deadline=None)
@given(data=st.data())
def test_share_contains_every_point(data):
    part, whole = data.draw(intervals()), data.draw(intervals())
    assume(part.value <= whole.value)
    result = formulas.share_pct(part, whole)
    for x, y in pairs(data, part, whole):
        if 0 < x <= y:
            assert_within(formulas.share_pct(exact(x), exact(y)), result)


@settings(deadline=None)
@given(data=st.data())
def test_implied_base_contains_every_point(data):
    level = data.draw(intervals())
    growth = data.draw(intervals(st.floats(min_value=-99, max_value=1e4)))
    result = formulas.implied_base(level, growth)
    for x, g in pairs(data, level, growth):
        if x > 0 and g > -100:
            assert_within(formulas.implied_base(exact(x), exact(g)), result)


@pytest.mark.parametrize("name", ["cagr_pct", "required_cagr_pct"])
@settings(deadline=None)
@given(data=st.data(), years=st.integers(min_value=1, max_value=30))
def test_growth_rates_contain_every_point(name, data, years):
    function = formulas.FUNCTIONS[name]
    a, b = data.draw(intervals()), data.draw(intervals())
    result = function(a, b, years)
    for x, y in pairs(data, a, b):
        if x > 0 and y > 0:
            assert_within(function(exact(x), exact(y), years), result)


@pytest.mark.parametrize("name", ["difference", "forecast_error_abs", "total"])
@settings(deadline=None)
@given(data=st.data())
def test_sums_and_differences_of_signed_ranges_contain_every_point(name, data):
    function = formulas.FUNCTIONS[name]
    a = data.draw(intervals(ANY, open_low=True))
    b = data.draw(intervals(ANY, open_low=True))
    result = function(a, b)
    for x, y in pairs(data, a, b):
        assert_within(function(exact(x), exact(y)), result)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_products_and_quotients_of_signed_ranges_contain_every_point(data):
    a = data.draw(intervals(ANY, open_low=True))
    b = data.draw(intervals(ANY, open_low=True))
    product, points = a * b, pairs(data, a, b)
    for x, y in points:
        assert_within(exact(x) * exact(y), product)
    assume(b.value != 0)
    quotient = a / b
    for x, y in points:
        if y != 0:
            assert_within(exact(x) / exact(y), quotient)


# --- the table from inline data -----------------------------------------------------------------------------

FIGURES_CSV = """\
figure_id,value,low,high,unit,status,period,publisher,published
china_nev_exports_2023_jan_may,457000,456500,457500,vehicles,actual,2023-01/2023-05,SD,2023-07-21
china_vehicle_exports_2023_jan_may,1758000,1757000,1759000,vehicles,actual,2023-01/2023-05,SD,2023-07-21
shanghai_nev_production_target_2025,1200000,1200000,1200000,vehicles,target,2025,SD,2021-03-03
"""
SUPPLEMENTARY_CSV = """\
source_id,metric,entity,period,value,low,high,unit,confidence,publisher,published
ext_nev_production_shanghai_2020,nev_production,Shanghai,2020,238000,238000,inf,vehicles,high,SD,2021-02-25
ext_nev_production_shanghai_2021_cnevpost,nev_production,Shanghai,2021,632000,631500,632500,vehicles,medium,CnEVPost,2023-07-26
ext_nev_production_shanghai_2021_scmp,nev_production,Shanghai,2021,550000,545000,555000,vehicles,medium,SCMP,2022-01-24
ext_nev_production_shanghai_2023_h1,nev_production,Shanghai,2023-H1,611500,611450,611550,vehicles,medium,CnEVPost,2023-07-26
"""
CATALOGUE = yaml.safe_load("""
goal: shanghai_nev_production_target_2025
indicators:
  - {id: nev_share_of_vehicle_exports_2023_jan_may, label: NEV share, formula: NEV / all x 100, unit: percent,
     function: share_pct, period: 2023-01/2023-05, section: exports, kind: derived,
     inputs: [china_nev_exports_2023_jan_may, china_vehicle_exports_2023_jan_may]}
  - {id: shanghai_nev_target_progress, label: Progress, formula: latest / goal x 100, unit: percent,
     function: progress_pct, period: "{latest}", section: shanghai, kind: derived,
     inputs: ["latest:nev_production:Shanghai", goal]}
  - {id: shanghai_nev_required_cagr, label: Growth needed, formula: (goal / latest) ^ ..., unit: percent,
     function: required_cagr_pct, period: "{latest}/{goal}", section: shanghai, kind: derived,
     inputs: ["latest:nev_production:Shanghai", goal], args: {years: to_goal_year}}
  - {id: shanghai_2021_sources, label: 2021 sources, formula: (a / b - 1) x 100, unit: percent,
     function: relative_gap_pct, period: "2021", section: quality, kind: consistency,
     inputs: [ext_nev_production_shanghai_2021_cnevpost, ext_nev_production_shanghai_2021_scmp]}
""")


def frame(text: str) -> pd.DataFrame:
    table = pd.read_csv(io.StringIO(text))
    table["published"] = table["published"].map(dt.date.fromisoformat)
    return table


def write_catalogue(folder: Path, catalogue: dict = CATALOGUE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(catalogue, sort_keys=False)
    config.indicator_catalogue(folder).write_text(text, encoding="utf-8")
    return folder


def table(tmp_path: Path, as_of: str, supplementary: str = SUPPLEMENTARY_CSV, **goal) -> pd.DataFrame:
    figures, ext = frame(FIGURES_CSV), frame(supplementary)
    known = set(figures["figure_id"]) | set(ext["source_id"])
    catalogue = load_catalogue(write_catalogue(tmp_path), known)
    return compute_table(catalogue, figures, ext, as_of, **goal).set_index("indicator_id", drop=False)


def test_an_indicator_not_yet_computable_says_so_and_names_nothing_later(tmp_path):
    result = table(tmp_path, "2021-12-31")
    assert list(result["indicator_id"]) == [e["id"] for e in CATALOGUE["indicators"]]  # catalogue order
    share = result.loc["nev_share_of_vehicle_exports_2023_jan_may"]
    assert math.isnan(share["value"]) and math.isnan(share["low"]) and math.isnan(share["high"])
    assert share["reason"] == "inputs not yet published by 2021-12-31"
    # Both inputs were published on 2023-07-21 for Jan-May 2023: the 2021 edition names neither them, nor that
    # date, nor the period, nor the publisher ("SD"); the label and formula would, so they are left out too.
    cells = [str(v) for v in share.drop(["indicator_id", "reason"]).tolist()]
    for later in ("china_nev_exports_2023_jan_may", "china_vehicle_exports_2023_jan_may", "2023-07-21", "2023-01",
                  "SD", "NEV share", "NEV / all"):
        assert not any(later in cell for cell in cells), later
    assert (share["unit"], share["section"], share["kind"]) == ("percent", "exports", "derived")
    # the two 2021 sources came out in 2022 and 2023: nothing of them either
    sources = result.loc["shanghai_2021_sources"]
    assert sources["reason"] == "inputs not yet published by 2021-12-31"
    assert sources["inputs"] == "" and sources["label"] == "" and sources["period"] == ""
    # the latest full year before any was published: not even the id of the first one (published 2021-02-25)
    early = table(tmp_path, "2020-12-31").loc["shanghai_nev_target_progress"]
    assert early["reason"] == "inputs not yet published by 2020-12-31" and early["inputs"] == ""
    # once published: 457,000 / 1,758,000 = 26.0%, with its label, period and inputs
    later = table(tmp_path, "2023-07-21").loc["nev_share_of_vehicle_exports_2023_jan_may"]
    assert later["reason"] == "" and round(later["value"], 1) == 26.0
    assert later["label"] == "NEV share" and later["period"] == "2023-01/2023-05"
    assert later["inputs"] == "china_nev_exports_2023_jan_may;china_vehicle_exports_2023_jan_may"


def test_latest_full_year_picks_by_the_documented_rule(tmp_path):
    # as of 2021: only 2020 ("more than 238,000"); progress is open-ended
    early = table(tmp_path, "2021-12-31").loc["shanghai_nev_target_progress"]
    assert early["period"] == "2020"
    assert early["value"] == pytest.approx(238_000 / 1_200_000 * 100)
    assert early["high"] == INF
    assert "ext_nev_production_shanghai_2020" in early["inputs"].split(";")
    # mid-2022: SCMP's 2021 figure is the only one published
    mid = table(tmp_path, "2022-06-30").loc["shanghai_nev_target_progress"]
    assert mid["inputs"].split(";")[0] == "ext_nev_production_shanghai_2021_scmp"
    # end of 2023: two 2021 sources of equal confidence -> the later one (CnEVPost); H1 is no full year
    late = table(tmp_path, "2023-12-31").loc["shanghai_nev_target_progress"]
    assert late["period"] == "2021"
    assert late["inputs"].split(";")[0] == "ext_nev_production_shanghai_2021_cnevpost"
    assert "SCMP's 550,000" in late["note"] and "ext_" not in late["note"], "the note is for readers: no ids"
    # the later publication wins whatever the ids
    revised = SUPPLEMENTARY_CSV.replace("medium,SCMP,2022-01-24", "medium,SCMP,2023-08-01")
    again = table(tmp_path, "2023-12-31", supplementary=revised).loc["shanghai_nev_target_progress"]
    assert again["inputs"].split(";")[0] == "ext_nev_production_shanghai_2021_scmp"
    # a high-confidence source wins over a later medium one
    trusted = SUPPLEMENTARY_CSV.replace("555000,vehicles,medium,SCMP", "555000,vehicles,high,SCMP")
    chosen = table(tmp_path, "2023-12-31", supplementary=trusted).loc["shanghai_nev_target_progress"]
    assert chosen["inputs"].split(";")[0] == "ext_nev_production_shanghai_2021_scmp"


def test_required_growth_counts_years_to_the_goal(tmp_path):
    row = table(tmp_path, "2023-12-31").loc["shanghai_nev_required_cagr"]
    assert row["period"] == "2021/2025"
    assert row["value"] == pytest.approx(((1_200_000 / 632_000) ** (1 / 4) - 1) * 100, rel=1e-5)


def test_parameter_set_can_replace_the_goal(tmp_path):
    result = table(tmp_path, "2023-12-31", target_units=1_500_000, target_year=2030)
    progress = result.loc["shanghai_nev_target_progress"]
    assert progress["value"] == pytest.approx(632_000 / 1_500_000 * 100, rel=1e-5)
    assert "parameter:target_units" in progress["inputs"].split(";")
    assert result.loc["shanghai_nev_required_cagr", "period"] == "2021/2030"
    with pytest.raises(UserError, match="target_units"):
        table(tmp_path, "2023-12-31", target_units=-5)


def test_consistency_row_carries_a_verdict(tmp_path):
    row = table(tmp_path, "2023-12-31").loc["shanghai_2021_sources"]
    assert row["verdict"].startswith("inconsistent: 632,000 is 14.9% above 550,000")
    assert row["sources"] == "CnEVPost (2023-07-26); SCMP (2022-01-24)"


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "", "2024/12/31"])
def test_bad_as_of_is_a_user_error(tmp_path, bad):
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        table(tmp_path, bad)


def test_unknown_input_names_the_indicator_and_the_id(tmp_path):
    broken = {**CATALOGUE, "indicators": [dict(CATALOGUE["indicators"][0])]}
    broken["indicators"][0]["inputs"] = ["china_nev_exports_2023_jan_may",
                                         "china_vehicle_exprts_2023_jan_may"]
    write_catalogue(tmp_path, broken)
    with pytest.raises(UserError) as caught:
        load_catalogue(tmp_path, {"china_nev_exports_2023_jan_may", "china_vehicle_exports_2023_jan_may"})
    message = str(caught.value)
    assert "[nev_share_of_vehicle_exports_2023_jan_may]" in message
    assert "'china_vehicle_exprts_2023_jan_may'" in message
    assert "did you mean 'china_vehicle_exports_2023_jan_may'" in message


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"function": "shar_pct"}, "unknown function"),
        ({"section": "elsewhere"}, "section 'elsewhere'"),
        ({"inputs": ["china_nev_exports_2023_jan_may"]}, "takes 2 inputs"),
        ({"kind": "consistency"}, "needs one of the functions"),
        ({"args": {"years": 3}}, "takes no argument 'years'"),
        ({"period": "{latest}"}, "no input gives it"),
        ({"colour": "red"}, "unknown field 'colour'"),
    ],
)
def test_catalogue_problems_are_named(tmp_path, change, complaint):
    entry = {**CATALOGUE["indicators"][0], **change}
    write_catalogue(tmp_path, {**CATALOGUE, "indicators": [entry]})
    with pytest.raises(UserError, match="problem") as caught:
        load_catalogue(tmp_path)
    assert complaint in str(caught.value)
    assert "indicators.yaml:" in str(caught.value)  # with its line number


def test_csv_writes_open_ends_as_inf_and_every_digit(tmp_path):
    result = table(tmp_path, "2021-12-31")
    first, second = io.StringIO(), io.StringIO()
    write_table_csv(result, first)
    write_table_csv(result, second)
    assert first.getvalue() == second.getvalue()
    lines = {line.split(",")[0]: line.split(",") for line in first.getvalue().splitlines()}
    assert lines["indicator_id"][:5] == ["indicator_id", "label", "value", "low", "high"]
    assert lines["shanghai_nev_target_progress"][2:5] == ["19.833333333333332", "19.833333333333332", "inf"]
    assert lines["nev_share_of_vehicle_exports_2023_jan_may"][2:5] == ["", "", ""]
    path = tmp_path / "indicators.csv"
    path.write_text(first.getvalue(), encoding="utf-8")
    pd.testing.assert_frame_equal(read_indicators_csv(path), result.reset_index(drop=True))


def test_format_number():
    assert csv_number(968595.0413) == "968595.0413"
    assert csv_number(25.99544937) == "25.99544937"
    assert float(csv_number(2 / 3)) == 2 / 3  # read back exactly: the build and exploring see one number
    assert csv_number(424.18e9) == "424180000000"
    assert csv_number(-INF) == "-inf"
    assert csv_number(math.nan) == ""
    assert csv_number(-0.0) == "0"


def test_a_computed_value_is_rounded_once_for_the_reader():
    # 6 significant digits first would make 1234.4996 into 1234.50 and then "1,235"
    assert format_value(float(csv_number(1234.4996)), "vehicles") == "1,234"


















def test_cli_prints_the_table_and_refuses_a_bad_date(capsys):
    assert cli.main(["indicators", "--as-of", "2024-12-31"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header == ",".join(COLUMNS)
    assert cli.main(["indicators", "--as-of", "31/12/2024"]) == 1
    assert "is not a date in the form YYYY-MM-DD" in capsys.readouterr().err


def test_a_context_verdict_gives_the_gap_and_judges_no_agreement():
    # 7.5 / 7.0 - 1 = +7.14%; 6.3 / 7.0 - 1 = -10.0%: far apart, yet neither is called inconsistent
    above = verdicts.context_verdict(Interval.exact(7.5), Interval.exact(7.0), "cny_per_usd")
    assert above.startswith("context, not a check: 7.50 yuan per US$ is 7.1% above 7.00 yuan per US$")
    below = verdicts.context_verdict(Interval.exact(6.3), Interval.exact(7.0), "cny_per_usd")
    assert "is 10.0% below 7.00 yuan per US$" in below and "inconsistent" not in below
