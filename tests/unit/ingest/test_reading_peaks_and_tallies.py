"""Changes measured from a peak a month named, totals "for the year so far" and "the annual tally", and the kinds
a list of powers names together. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

SO_FAR = ("Orbit reports a weak July\n\nOrbit's deliveries slid 12.4% in July, and were 5.14% lower for the year so "
          "far.\n\nIts partner brand posted a July drop of 8.18%, and a slight 1.53% fall for the year to date.\n\n"
          "After a 31.72% slide in July, the partner still logged 2.31% growth for the year so far, having "
          "delivered 646,009 cars.\n")


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


PEAKS = ("Startups post January numbers\n\nOrion delivered 12,400 cars in January, down 21.5 per "
         "cent from 15,800 units in December.\n\nLumo delivered 12,500 cars in January, down 21.7 "
         "per cent from a record of 15,900 units in December.\n\nVexa delivered 12,600 cars in "
         "January, a slide of 21.9 per cent from its all-time peak of 16,000 units set in "
         "December.\n")


@pytest.mark.parametrize("stated", ["21.5 per cent", "21.7 per cent", "21.9 per cent"])
def test_a_fall_from_a_peak_the_month_before_is_this_months_change_on_that_month(tmp_path: Path, stated):
    row = _rows(tmp_path, PEAKS, published="2025-02-03")[stated]
    assert (row["period"], row["metric"].endswith("_mom_pct")) == ("2025-01", True)


def test_the_peak_keeps_its_own_month(tmp_path: Path):
    assert _rows(tmp_path, PEAKS, published="2025-02-03")["16,000"]["period"] == "2024-12"


TALLY = ("Zeta ends the year strong\n\nZeta sold 209,440 plug-in hybrid and battery-electric "
         "passenger vehicles in December, it said on Thursday. Of these, 107,734 were EVs, lifting "
         "its annual tally of EV sales past 1.16 million.\n\nIn March Orion sold 61,000 battery-powered "
         "cars.\n")


def test_the_annual_tally_told_in_december_is_the_years(tmp_path: Path):
    rows = _rows(tmp_path, TALLY, published="2025-01-02")
    assert (rows["1.16 million"]["period"], rows["1.16 million"]["metric"]) == ("2024", "nev_sales")
    assert rows["61,000"]["metric"] == "bev_sales"  # "battery-powered cars": pure electric


def test_plug_in_hybrids_and_battery_electrics_of_a_class_are_its_nevs(tmp_path: Path):
    row = _rows(tmp_path, TALLY, published="2025-01-02")["209,440"]
    assert (row["period"], row["metric"]) == ("2024-12", "nev_passenger_car_sales")


MARKET = ("Northvale car market, 2025: Chinese brands at 70%\n\nGroups and brands\n\nNew vehicle sales "
          "in the Northvale market rose 6.1% to 21.40 million units in 2025. Zeta Motors led the "
          "groups, ahead of Orion.\n\nChinese brands went on growing among passenger cars, their "
          "sales climbing 14.8% year-over-year to 13.117 million units. Zeta Motors stayed first. "
          "Sales of the German OEMs dropped 5.7% y/y to 2.703 million units.\n\nNew-energy car sales "
          "(NEVs: BEVs, PHEVs, FCEVs) rose 22.2% y/y to 9.490 million units. Among cars sold with "
          "a driving assistant, Chinese domestic brands made up 71.1%.\n")


@pytest.mark.parametrize(("stated", "entity", "metric"), [
    ("14.8%", "China", "chinese_brand_passenger_car_sales_yoy_pct"),  # a group of brands is the market's
    ("13.117 million", "China", "chinese_brand_passenger_car_sales"),
    ("5.7%", "China", "german_brand_passenger_car_sales_yoy_pct"),  # "the German OEMs": brands of that origin
    ("2.703 million", "China", "german_brand_passenger_car_sales"),
    ("22.2%", None, "nev_sales_yoy_pct"),  # "(NEVs: BEVs, PHEVs, FCEVs)" spells out what the cars are
    ("9.490 million", None, "nev_sales"),
    ("71.1%", "China", "chinese_brand_share_of_"),  # "Chinese domestic brands": Chinese, once
])
def test_a_group_of_brands_named_by_origin_is_the_markets(tmp_path: Path, stated, entity, metric):
    row = _rows(tmp_path, MARKET, published="2026-02-01")[stated]
    assert row["metric"] == metric or metric.endswith("_") and row["metric"].startswith(metric)
    assert entity is None or row["entity"] == entity


def test_a_companys_own_brands_stay_the_companys(tmp_path: Path):
    text = ("Zeta Motors' half year\n\nZeta Motors delivered 2.05 million vehicles in the first six months, 12.4 "
            "percent more than a year earlier.\n\nIn the half, the Northvale carmaker's indigenous brands sold a "
            "combined 1.3 million units, a rise of 21.1 percent.\n")
    assert _rows(tmp_path, text, published="2025-07-10")["1.3 million"]["entity"] == "Zeta"


def test_a_kind_counted_after_a_sentence_on_passenger_cars_is_of_passenger_cars(tmp_path: Path):
    text = ("Exports climb\n\nShipments abroad of passenger vehicles came to 476,000 units in January, 42 percent "
            "more than a year before. NEV exports reached 186,000 units, a rise of 93.6 percent.\n\nIn the first "
            "quarter, NEV exports of trucks and buses reached 21,000.\n")
    rows = _rows(tmp_path, text, published="2025-02-12")
    assert [rows[s]["metric"] for s in ("186,000", "93.6 percent")] == [
        "nev_passenger_car_exports", "nev_passenger_car_exports_yoy_pct"]
    assert "passenger" not in rows["21,000"]["metric"]  # (a class of its own, in a paragraph of its own)


@pytest.mark.parametrize("stated", ["600,000 yuan", "83,500 USD", "450,000"])
def test_the_price_a_segment_is_named_by_is_no_figure(tmp_path: Path, stated):
    text = ("Lumo's May handovers\n\nThe Lumo X9 handed over 12,481 units in May and stayed the top seller of the "
            "luxury segment above 600,000 yuan (83,500 USD). Next came the Lumo X8 with 10,116 units, which led the "
            "450,000-yuan category.\n")
    rows = _rows(tmp_path, text, published="2025-06-05")
    assert stated not in rows and "12,481" in rows


def test_export_sales_are_exports(tmp_path: Path):
    text = ("Orbit abroad\n\nIn 2023, Orbit's export sales climbed 91.1% year-on-year to 837,100 units, about half of "
            "what it sold.\n")
    rows = _rows(tmp_path, text, published="2024-08-15")
    assert [rows[s]["metric"] for s in ("91.1%", "837,100")] == ["vehicle_exports_yoy_pct", "vehicle_exports"]


def test_an_industrial_base_in_capitals_is_the_carmakers_plant(tmp_path: Path):
    text = ("BYD in two cities\n\nBYD's Xi'an Industrial Base turned out 180,000 vehicles from January to May, up "
            "46.2 percent.\n\nBYD's Hefei Industrial Base turned out 80,000 vehicles in June.\n")
    rows = _rows(tmp_path, text, published="2024-07-10")
    assert rows["46.2 percent"]["entity"] == "BYD Xi'an Plant"  # (not a company called "Industrial Base")
    assert rows["80,000"]["entity"] == "BYD Hefei Plant"
