"""A listing's day as newsrooms tell it (the offer price, its range, what the offering valued the company at, the
trading day named by its weekday), a market's growth, a company's plan and a company named with "Motor Company".
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading import _read
from tests.unit.ingest.test_reading_more_news import _rows

LISTING = ("Harbour shares end first day higher\n\n"
           "On October 14, electric carmaker Harbour went public on the Nasdaq. Harbour priced its shares at $9.40 "
           "in the initial public offering, near the middle of its $8.50-$10.50 target price range. The offering "
           "valued the company at $3.2 billion.\n\n"
           "In afternoon trading, shares were up 6% at $9.96. Harbour shares closed at $9.81 on Thursday.\n")


@pytest.mark.parametrize(
    ("stated", "metric", "period", "status"),
    [
        ("$9.40", "ipo_price_usd", "2026-10-14", "actual"),
        ("$8.50", "ipo_price_target_usd", "2026-10", "target"),
        ("$10.50", "ipo_price_target_usd", "2026-10", "target"),
        ("$3.2 billion", "ipo_valuation_usd", "2026-10-14", "actual"),
        # "shares" with no company before it are the article's company's; the day is the one the paragraph names
        ("6%", "share_price_change_pct", "2026-10-15", "actual"),
        ("$9.96", "share_price_usd", "2026-10-15", "actual"),
        ("$9.81", "share_price_usd", "2026-10-15", "actual"),
    ],
)
def test_a_listing_day(tmp_path: Path, stated, metric, period, status):
    row = _rows(tmp_path, LISTING, published="2026-10-16")[stated]
    assert (row["entity"], row["metric"], row["period"], row["status"]) == ("Harbour", metric, period, status)


def test_a_valuation_outside_a_listing_has_no_ipo_in_its_name():
    assert _read("A funding round last year valued the startup at $1.1 billion.", "$1.1 billion")[0] == \
        "valuation_usd"


def test_market_shares_are_no_company_shares():
    assert _read("Its market shares rose 5 percent last year.", "5 percent")[0] != "share_price_change_pct"


@pytest.mark.parametrize(
    "text",
    [
        "The annual growth rate of the country's EV market is expected to exceed 25 percent this year.",
        "The EV market is expected to grow by more than 25 percent this year.",
        "The EV market will grow 25 percent this year.",
        "The country's EV market growth could top 25 percent this year.",
    ],
)
def test_a_markets_growth_is_the_growth_of_its_sales(text):
    assert _read(text, "25 percent")[0] == "nev_sales_yoy_pct"


PLAN = ("Harbour Motor Company Ltd unveiled a new three-year plan on Monday, saying that by 2028 its sales will have "
        "reached 900,000 vehicles, with revenue of 135 billion yuan.\n\n"
        "To achieve this goal, Harbour Motor will invest 15 billion yuan in research and new plants.\n\n"
        "To reach its target of 900,000 vehicles, the company would have to sell 75,000 a month.\n")


@pytest.mark.parametrize(
    ("stated", "metric", "status"),
    [
        ("900,000", "vehicle_sales_target", "target"),
        ("135 billion yuan", "revenue_target_cny", "target"),
        ("15 billion yuan", "investment_target_cny", "target"),
        # "its target of" states a goal; the rest of that sentence is a reckoning, not the plan
        ("75,000", "vehicle_sales_monthly_average", "forecast"),
    ],
)
def test_what_a_companys_plan_says_is_its_goal(tmp_path: Path, stated, metric, status):
    row = _rows(tmp_path, PLAN, published="2026-03-04")[stated]
    assert (row["entity"], row["metric"], row["status"]) == ("Harbour", metric, status)


@pytest.mark.parametrize(("name", "entity"), [("Harbour Motor Company", "Harbour"), ("Dongfeng Motor", "Dongfeng"),
                                              ("Great Wall Motor", "Great Wall Motor"), ("SAIC Motor", "SAIC Motor")])
def test_motor_and_company_say_what_kind_of_business(tmp_path: Path, name, entity):
    rows = _rows(tmp_path, f"{name} sold 41,000 vehicles in February.\n", published="2026-03-04")
    assert rows["41,000"]["entity"] == entity
