"""Company results as newsrooms report them: gross profit, revenue by line of business, kinds of vehicle a
carmaker sells, goals stated as a share, share prices in Hong Kong dollars, a quarter named as an adjective,
a base "a year earlier" and rivals named beside a company. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nevreport.common.numbers import format_value
from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading import _read
from tests.unit.ingest.test_reading_more_news import _rows

RESULTS = ("Harbour Motors posts profit fall\n\nHarbour Motors said on Wednesday that its revenue came to 61.3 "
           "billion yuan in 2024, up 3.1 per cent, while its gross profit slipped 4.4 per cent to 9.2 billion yuan.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("61.3 billion yuan", "revenue_cny"), ("3.1 per cent", "revenue_yoy_pct"),
     ("9.2 billion yuan", "gross_profit_cny"), ("4.4 per cent", "gross_profit_yoy_pct")],
)
def test_gross_profit_is_its_own_measure_not_net_profit(stated, metric):
    assert _read(RESULTS, stated)[0] == metric


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Sales of its pickup trucks climbed 27%, and sport-utility vehicle sales slid 14%.", "27%",
         "pickup_truck_sales_yoy_pct"),
        ("Sales of its pickup trucks climbed 27%, and sport-utility vehicle sales slid 14%.", "14%",
         "suv_sales_yoy_pct"),
        ("Harbour sold more than 96,000 traditional fuel-powered vehicles in the half.",
         "96,000", "gasoline_powered_vehicle_sales"),
        ("Sales of internal combustion engine cars fell 8 percent in May.", "8 percent",
         "gasoline_powered_vehicle_sales_yoy_pct"),
    ],
)
def test_kinds_of_vehicle_a_carmaker_sells(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_dual_fuel_ship_carries_no_kind_of_car():
    assert not _read("The yard delivered a dual-fuel car carrier able to load 6,500 cars.", "6,500")[0].startswith(
        "gasoline")


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("Harbour said sales in overseas markets reached 31,000 units in May, an increase of 52.6 percent.",
         "31,000", "vehicle_overseas_sales"),
        ("Harbour said sales in overseas markets reached 31,000 units in May, an increase of 52.6 percent.",
         "52.6 percent", "vehicle_overseas_sales_yoy_pct"),
    ],
)
def test_sales_in_overseas_markets_are_overseas_sales(text, stated, metric):
    assert _read(text, stated)[0] == metric


def test_a_share_continuing_a_goal_is_that_goals_share_in_its_year(tmp_path: Path):
    """"of its total sales" is no verb: the clause goes on with the goal before it."""
    rows = _rows(tmp_path, "Harbour sets goal\n\nHarbour Motors aims to sell more than 3.5 million NEVs worldwide "
                           "by 2027, accounting for more than 45 percent of its total sales, its chairman said.\n")
    share = rows["45 percent"]
    assert (share["status"], share["period"], share["qualifier"]) == ("target", "2027", "at_least")
    assert share["metric"].endswith("_target")


SEGMENTS = ("Battery system sales revenue reached 28.1 billion yuan, up 3.4% on the year and some 65% "
            "of its total revenue. Its energy storage systems business brought in revenue of 2.2 billion yuan in "
            "2024, an increase of 140.5%. Its software revenue rose 12 percent.")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("28.1 billion yuan", "battery_system_revenue_cny"), ("3.4%", "battery_system_revenue_yoy_pct"),
     ("65%", "battery_system_share_of_revenue"), ("2.2 billion yuan", "energy_storage_system_revenue_cny"),
     ("140.5%", "energy_storage_system_revenue_yoy_pct"), ("12 percent", "software_revenue_yoy_pct")],
)
def test_revenue_of_a_line_of_business_names_that_line(stated, metric):
    assert _read(SEGMENTS, stated)[0] == metric


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, the cell maker generated revenue of 40.9 billion yuan.",
        "Harbour Motors generated revenue of 60.3 billion yuan in 2024.",
        "Harbour Motors posted revenue of 42.1 billion yuan in 2024.",
        "Net profit slid 28 percent in 2024, whereas revenue fell 6 percent to 83.5 billion yuan.",
        "Its new factory should generate sales revenue worth 15 billion yuan annually.",
    ],
)
def test_the_company_or_a_verb_before_revenue_names_no_line_of_business(text):
    stated = next(m.text for m in extract_mentions(text) if "billion" in m.text)
    assert _read(text, stated)[0] == "revenue_cny"


SHARES = ("Geely posts profit fall\n\nGeely said on Wednesday that its net profit fell 12 percent. The news "
          "triggered an 8 percent slide in its stock price in Hong Kong, and the shares closed down 6.35 percent at "
          "HK$21.40 (US$2.74).\n")


def test_a_share_price_in_hong_kong_dollars_its_move_and_its_conversion_are_the_companys_that_day(tmp_path: Path):
    rows = _rows(tmp_path, SHARES, published="2025-03-26")
    assert {text: (row["entity"], row["metric"], row["period"], row["unit"]) for text, row in rows.items()
            if text != "12 percent"} == {
        "8 percent": ("Geely", "share_price_change_pct", "2025-03-26", "percent"),
        "6.35 percent": ("Geely", "share_price_change_pct", "2025-03-26", "percent"),
        "HK$21.40": ("Geely", "share_price_hkd", "2025-03-26", "hkd"),
        "US$2.74": ("Geely", "share_price_usd", "2025-03-26", "usd"),
    }


@pytest.mark.parametrize(
    ("text", "stated", "unit"),
    [("closed at HK$21.40", "HK$21.40", "hkd"),
     ("raised 3.2 billion Hong Kong dollars", "3.2 billion Hong Kong dollars", "hkd"),
     ("a price of HKD 18.5", "HKD 18.5", "hkd")],
)
def test_hong_kong_dollars_are_read_and_shown(text, stated, unit):
    mention = next(m for m in extract_mentions(text) if m.text == stated)
    assert mention.unit == unit
    assert format_value(21.4, "hkd") == "HK$21.4"


@pytest.mark.parametrize(
    ("text", "stated", "published", "period"),
    [
        # a quarter written as an adjective, its year named after what it qualifies
        ("It expects first-quarter earnings for this year to shrink by about 30 per cent.", "30 per cent",
         dt.date(2025, 3, 26), "2025-Q1"),
        # "a 1.38 billion yuan profit a year earlier": the base, a year before the figure it is compared with
        ("Harbour's net profit for the first half was 1.05 billion yuan, down from a 1.38 billion yuan profit a "
         "year earlier.", "1.38 billion yuan", dt.date(2024, 8, 26), "2023-H1"),
    ],
)
def test_periods_of_company_results(text, stated, published, period):
    assert _read(text, stated, published=published)[1] == period


def test_a_rival_named_beside_a_company_is_neither_its_subject_nor_part_of_a_name(tmp_path: Path):
    rows = _rows(tmp_path, "Li Auto Rival Leapmotor Records 150% Surge In May Deliveries\n\nLeapmotor delivered 33,500 "
                           "vehicles in May, up 150% year-over-year. Li Auto sold 60,000 cars. Rival Geely "
                           "Automobile Holdings Ltd said its profit fell 27% in the half.\n",
                 published="2025-06-02")
    assert rows["33,500"]["entity"] == "Leapmotor"
    assert rows["27%"]["entity"] == "Geely"
