"""Changes measured from a peak a month named, totals "for the year so far" and "the annual tally", and the kinds
a list of powers names together. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

SO_FAR = ("Zeta's July sales slump\n\nZeta's sales fell 12.4% in July, with a 5.14% decrease for the year so far.\n\n"
          "Its joint venture saw a smaller decline of 8.18% in July, with only a minor 1.53% dip for the year to "
          "date.\n\nDespite a 31.72% drop in July sales, the venture managed a 2.31% rise in sales for the year so "
          "far, with 646,009 vehicles sold.\n")


@pytest.mark.parametrize(("stated", "period"), [
    ("12.4%", "2024-07"),  # the month's own change
    ("5.14%", "2024-01/2024-07"),  # "for the year so far": January to the month the story tells of
    ("8.18%", "2024-07"),
    ("1.53%", "2024-01/2024-07"),  # "for the year to date"
    ("2.31%", "2024-01/2024-07"),
    ("646,009", "2024-01/2024-07"),  # (the total sold so far, of the same months)
])
def test_the_year_so_far_is_the_months_since_january(tmp_path: Path, stated, period):
    assert _rows(tmp_path, SO_FAR, published="2024-08-12")[stated]["period"] == period


PEAKS = ("Startups report January deliveries\n\nOrion handed 12,400 vehicles to buyers last month, down 21.5 per cent "
         "from 15,800 units in December.\n\nLumo handed 12,500 vehicles to buyers last month, down 21.7 per cent "
         "from a record of 15,900 units in December.\n\nVexa handed 12,600 vehicles to buyers last month, down "
         "21.9 per cent from an all-time high of 16,000 units it recorded in December.\n")


@pytest.mark.parametrize("stated", ["21.5 per cent", "21.7 per cent", "21.9 per cent"])
def test_a_fall_from_a_peak_the_month_before_is_this_months_change_on_that_month(tmp_path: Path, stated):
    row = _rows(tmp_path, PEAKS, published="2025-02-03")[stated]
    assert (row["period"], row["metric"].endswith("_mom_pct")) == ("2025-01", True)


def test_the_peak_keeps_its_own_month(tmp_path: Path):
    assert _rows(tmp_path, PEAKS, published="2025-02-03")["16,000"]["period"] == "2024-12"


TALLY = ("Zeta's record December\n\nZeta sold 209,440 plug-in hybrid and pure-electric passenger vehicles in December, "
         "the company said Wednesday. The figure includes 107,734 EVs, taking the annual tally of battery-powered "
         "car sales to 1.16 million.\n")


def test_the_annual_tally_told_in_december_is_the_years(tmp_path: Path):
    row = _rows(tmp_path, TALLY, published="2025-01-02")["1.16 million"]
    assert (row["period"], row["metric"]) == ("2024", "bev_sales")  # "battery-powered cars": pure electric


def test_plug_in_hybrid_and_pure_electric_passenger_vehicles_are_nev_passenger_cars(tmp_path: Path):
    row = _rows(tmp_path, TALLY, published="2025-01-02")["209,440"]
    assert (row["period"], row["metric"]) == ("2024-12", "nev_passenger_car_sales")


MARKET = ("Car market 2025: Chinese brands take 70%\n\nThe group posts its results\n\nFor the full year of 2025, new "
          "vehicle sales in the Northvale market grew by 6.1% to 21.40 million units. By group, Zeta Motors held "
          "the top spot, followed by Orion.\n\nChinese brands in the passenger car market kept growing, with sales "
          "up 14.8% year-over-year to 13.117 million units. Zeta Motors kept its lead. Sales by the German OEMs "
          "fell 5.7% y/y to 2.703 million units.\n\nSales of New Energy Vehicles (NEVs: BEVs, PHEVs, FCEVs) were "
          "up 22.2% y/y to 9.490 million units. Of the cars sold with a driving assistant, Chinese domestic brands "
          "accounted for 71.1%.\n")


@pytest.mark.parametrize(("stated", "entity", "metric"), [
    ("14.8%", "China", "chinese_brand_passenger_car_sales_yoy_pct"),  # a group of brands is the market's
    ("13.117 million", "China", "chinese_brand_passenger_car_sales"),
    ("5.7%", "China", "german_brand_passenger_car_sales_yoy_pct"),  # "the German OEMs": brands of that origin
    ("2.703 million", "China", "german_brand_passenger_car_sales"),
    ("22.2%", None, "nev_sales_yoy_pct"),  # "(NEVs: BEVs, PHEVs, FCEVs)" spells out what NEVs are
    ("9.490 million", None, "nev_sales"),
    ("71.1%", "China", "chinese_brand_share_of_"),  # "Chinese domestic brands": Chinese, once
])
def test_a_group_of_brands_named_by_origin_is_the_markets(tmp_path: Path, stated, entity, metric):
    row = _rows(tmp_path, MARKET, published="2026-02-01")[stated]
    assert row["metric"] == metric or metric.endswith("_") and row["metric"].startswith(metric)
    assert entity is None or row["entity"] == entity


def test_a_companys_own_brands_stay_the_companys(tmp_path: Path):
    text = ("Zeta Motors' first half\n\nZeta Motors sold 2.05 million vehicles from January to June, up 12.4 percent "
            "year-on-year.\n\nIn the first half, the Chinese carmaker's indigenous brands saw their combined sales "
            "reach 1.3 million units, up 21.1 percent year-on-year.\n")
    assert _rows(tmp_path, text, published="2025-07-10")["1.3 million"]["entity"] == "Zeta"


def test_a_kind_counted_after_a_sentence_on_passenger_cars_is_of_passenger_cars(tmp_path: Path):
    text = ("Exports climb\n\nCarmakers shipped 476,000 passenger vehicles overseas in January, up 42 percent "
            "year-on-year. NEV exports stood at 186,000 units, up 93.6 percent year-on-year.\n\nIn the first "
            "quarter, NEV exports of trucks and buses reached 21,000.\n")
    rows = _rows(tmp_path, text, published="2025-02-12")
    assert [rows[s]["metric"] for s in ("186,000", "93.6 percent")] == [
        "nev_passenger_car_exports", "nev_passenger_car_exports_yoy_pct"]
    assert "passenger" not in rows["21,000"]["metric"]  # (a class of its own, in a paragraph of its own)


@pytest.mark.parametrize("stated", ["500,000 yuan", "69,587 USD", "400,000"])
def test_the_price_a_segment_is_named_by_is_no_figure(tmp_path: Path, stated):
    text = ("Lumo's May deliveries\n\nIn May, the Lumo X9 delivered 12,481 units, keeping its lead as the "
            "best-selling model in the premium segment above 500,000 yuan (69,587 USD). The Lumo X8 followed with "
            "10,116 units, topping the 400,000-yuan category.\n")
    rows = _rows(tmp_path, text, published="2025-06-05")
    assert stated not in rows and "12,481" in rows
