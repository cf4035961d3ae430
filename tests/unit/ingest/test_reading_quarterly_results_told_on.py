"""A quarter's results told over several sentences: "during the period" and the sentences after it keep the
story's quarter, not a quarter named as a base; a rival named by its ticker; adjusted operating income, operating
cash flows and bases "in the prior-year period" or "in the previous quarter"; a company named after a clause's
opening word. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.common.dates import period_bounds
from tests.unit.ingest.test_reading_more_news import _rows

RESULTS = ("Orvane Co. Ltd. posts third-quarter 2025 results\n\n"
           "Orvane Co. Ltd. said on Tuesday its fiscal third-quarter 2025 results showed lower deliveries.\n\n"
           "Orvane handed over 61,400 cars during the period, down 22.5% from 79,200 units a year earlier and "
           "below the 70,100 units handed over in Q2 2025.\n\n"
           "Vehicle margin shrank 310 basis points to 12.8%.\n\n"
           "The Tesla Inc. (NASDAQ:TSLA) challenger booked an adjusted operating loss of 402.6 million yuan, against "
           "adjusted operating income of 2.7 billion yuan a year before.\n\n"
           "It logged net operating cash outflows of 5.3 billion yuan in Q3 2025, turning from 6.2 billion yuan of "
           "operating cash inflow a year ago and widening from the 1.9 billion yuan outflow it booked in Q2 "
           "2025. Free cash flow was minus 6.6 billion yuan, against 4.4 billion yuan for the prior-year period "
           "and an outflow of 2.5 billion yuan in the previous quarter.\n")


@pytest.mark.parametrize(("stated", "metric", "quarter"), [
    ("61,400", "vehicle_deliveries", "2025-Q3"),
    ("70,100", "vehicle_deliveries", "2025-Q2"),
    ("310 basis points", "vehicle_margin_pct_yoy_pp", "2025-Q3"),
    ("12.8%", "vehicle_margin_pct", "2025-Q3"),
    ("402.6 million yuan", "adjusted_operating_loss_cny", "2025-Q3"),
    ("2.7 billion yuan", "adjusted_operating_profit_cny", "2024-Q3"),
    ("5.3 billion yuan", "operating_cash_flow_cny", "2025-Q3"),
    ("6.2 billion yuan", "operating_cash_flow_cny", "2024-Q3"),
    ("1.9 billion yuan", "operating_cash_flow_cny", "2025-Q2"),
    ("6.6 billion yuan", "free_cash_flow_cny", "2025-Q3"),
    ("4.4 billion yuan", "free_cash_flow_cny", "2024-Q3"),
    ("2.5 billion yuan", "free_cash_flow_cny", "2025-Q2"),
])
def test_a_quarters_results_keep_the_storys_quarter_and_date_their_bases(tmp_path: Path, stated: str, metric: str,
                                                                        quarter: str) -> None:
    row = _rows(tmp_path, RESULTS, published="2025-11-26")[stated]
    assert row["entity"] == "Orvane"
    assert row["metric"] == metric
    assert period_bounds(row["period"]) == period_bounds(quarter)


@pytest.mark.parametrize("opening", ["While", "Although"])
def test_a_clause_opening_word_is_no_part_of_a_companys_name(tmp_path: Path, opening: str) -> None:
    text = ("Price cuts bite\n\n"
            f"{opening} Orvane Co. Ltd. (600999.SH) had a strong first quarter, the second went the other way. Its "
            "net profit slid 28% to 3.1 billion yuan in the second quarter.\n")
    rows = _rows(tmp_path, text, published="2025-09-02")
    assert rows["28%"]["entity"] == rows["3.1 billion yuan"]["entity"] == "Orvane"


def test_a_known_company_after_a_clause_opening_word_keeps_its_whole_name(tmp_path: Path) -> None:
    text = ("Li Auto's quarter\n\nLi Auto Inc. delivered 30,200 vehicles in October 2025. Although Li Auto's "
            "deliveries for the third quarter met its guidance, they fell from a year before.\n")
    assert _rows(tmp_path, text, published="2025-11-02")["30,200"]["entity"] == "Li Auto"


def test_a_places_operating_income_is_its_revenue(tmp_path: Path) -> None:
    text = ("Northvale's car industry\n\nIn 2024, the operating income of Changchun's auto industry reached 512.6 "
            "billion yuan, up 7.4 percent.\n")
    metric = _rows(tmp_path, text, published="2025-02-10")["512.6 billion yuan"]["metric"]
    assert "revenue" in metric and "operating" not in metric


def test_a_company_described_with_an_abbreviation_in_brackets_is_the_figures_subject(tmp_path: Path) -> None:
    text = ("Leapmotor's profit climbs\n\nHANGZHOU, March 20 (Xinhua) -- China's fast-growing new energy vehicle (NEV) "
            "maker Leapmotor Company Limited booked a net profit of 1.6 billion yuan in 2025, the company said.\n")
    assert _rows(tmp_path, text, published="2026-03-21")["1.6 billion yuan"]["entity"] == "Leapmotor"


def test_two_companies_with_legal_words_and_a_home_city_take_their_rates_in_turn(tmp_path: Path) -> None:
    text = ("Rivals gain\n\nRivals Great Wall Motor Holdings and Chongqing Changan Automobile posted rises in "
            "third-quarter sales of 71 per cent and 38 per cent, respectively.\n")
    rows = _rows(tmp_path, text, published="2025-10-30")
    assert (rows["71 per cent"]["entity"], rows["38 per cent"]["entity"]) == ("Great Wall Motor", "Changan")


def test_a_market_value_after_a_time_of_day_is_the_traded_companys_on_the_day(tmp_path: Path) -> None:
    text = ("Orvane shares rise\n\nOrvane Co. Ltd. [HKG: 9999] was trading 3.1 percent higher at HKD21.40 a share "
            "as of 2.15 p.m. local time in Hong Kong, which put its market capitalization at HKD28.6 billion.\n")
    row = _rows(tmp_path, text, published="2024-06-12")["HKD28.6 billion"]
    assert (row["entity"], row["metric"], row["period"]) == ("Orvane", "market_value_hkd", "2024-06-12")
