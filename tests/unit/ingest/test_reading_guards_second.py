"""Guards from a second review of the latest readings: made-up sentences close to their shapes, where a reading
must not fire or must keep its bounds. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.unit.ingest.test_reading import _read
from tests.unit.ingest.test_reading_more_news import _rows

PUBLISHED = dt.date(2024, 6, 10)


@pytest.mark.parametrize(
    ("text", "stated", "entity"),
    [
        ("Harbour Motor Group (HMG) Co Ltd sold 51,000 cars in May.\n", "51,000", "Harbour"),
        ("Zeta (ZTA) Inc delivered 8,200 cars in May.\n", "8,200", "Zeta"),
    ],
)
def test_an_acronym_in_brackets_the_project_does_not_know_is_no_part_of_the_name(tmp_path: Path, text, stated,
                                                                                  entity):
    assert _rows(tmp_path, "Sales report\n\n" + text, published="2024-06-10")[stated]["entity"] == entity


@pytest.mark.parametrize(
    ("text", "stated", "not_start"),
    [
        ("Auto Guangzhou closed at the weekend with 820,000 visitors, up 20 percent.", "20 percent", "share_price"),
        ("It was an acquisition Geely closed at 1.2 billion yuan.", "1.2 billion yuan", "share_price"),
        ("The Hang Seng Index closed at 17,210, up 1.2 percent.", "1.2 percent", "share_price"),
        ("Zeta offers zero-interest financing on cars priced below 150,000 yuan.", "150,000 yuan", "financing"),
        ("The government offered 500 million yuan in financing support.", "500 million yuan", "financing"),
        ("Registered cars during the month came to 210,000.", "210,000", "vehicle_ownership"),
        ("Eight companies sold over 10,000 NEVs each in May.", "10,000", "eight"),
        ("Auto companies in Wuhu exported 52,000 cars in May.", "52,000", "auto_company"),
        ("The city's vehicle count passed 3 million in May.", "3 million", "vehicles"),
    ],
)
def test_shapes_close_to_the_latest_readings_take_none_of_them(text, stated, not_start):
    assert not _read(text, stated, published=PUBLISHED)[0].startswith(not_start)


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        # a speed lends no name to the distance beside it
        ("The sedan has a top speed of 180 km/h and a range of 700 km.", "700", "range"),
        ("It uses 0.13 kWh per km.", "0.13", "electricity_consumption_per_km"),
        ("Its depots store 9,000 kWh in all.", "9,000", "energy"),
        ("The grid grew, with the network's charging capacity topping 2 million kilowatts.", "2 million",
         "charging_capacity"),
        ("Pickups made up 19 percent of its sales, while SUVs accounted for 73 percent.", "73 percent",
         "suv_share_of_new_vehicle_sales"),
    ],
)
def test_units_of_measure_and_shares_near_the_review(text, stated, metric):
    assert _read(text, stated, published=PUBLISHED)[0] == metric


def test_an_opening_quarter_does_not_reach_past_a_semicolon(tmp_path: Path):
    rows = _rows(tmp_path, "Zeta results\n\nIn the quarter ending March 31, Zeta's sales rose 15 percent; for the full "
                           "year, the firm expects 20 percent growth.\n", published="2024-05-20")
    assert (rows["15 percent"]["period"], rows["20 percent"]["period"], rows["20 percent"]["status"]) == (
        "2024-Q1", "2024", "forecast")


def test_a_share_of_a_countrys_exports_stays_the_countrys_share(tmp_path: Path):
    rows = _rows(tmp_path, "Exports\n\nCars exported to Russia made up 27 percent of China's total vehicle exports in "
                           "May.\n", published="2024-06-10")
    assert "_share" in rows["27 percent"]["metric"] and not rows["27 percent"]["metric"].endswith("_russia")


def test_a_brand_named_as_the_brand_of_its_owner_is_the_owners_under_the_brands_name(tmp_path: Path):
    rows = _rows(tmp_path, "Brand sales\n\nHongqi, the premium brand of FAW Group, sold over 36,000 vehicles in May, "
                           "up 71.4 percent year on year. FAW sold 290,000 cars in May.\n", published="2024-06-03")
    assert {t: (r["entity"], r["metric"]) for t, r in rows.items()} == {
        "36,000": ("FAW", "hongqi_sales"), "71.4 percent": ("FAW", "hongqi_sales_yoy_pct"),
        "290,000": ("FAW", "vehicle_sales")}


@pytest.mark.parametrize(
    ("text", "stated", "entity", "metric"),
    [
        ("Hongqi sales jump\n\nHongqi sold over 36,000 vehicles in May, up 71.4 percent year on year.\n", "36,000",
         "FAW", "hongqi_sales"),
        ("Haval exports\n\nHaval exported 21,000 SUVs in May.\n", "21,000", "Great Wall Motor", "haval_suv_exports"),
    ],
)
def test_a_brand_the_reading_knows_is_its_companys(tmp_path: Path, text, stated, entity, metric):
    row = _rows(tmp_path, text, published="2024-06-03")[stated]
    assert (row["entity"], row["metric"]) == (entity, metric)


def test_a_flow_as_of_a_day_this_year_counts_from_january_and_a_stock_is_that_months(tmp_path: Path):
    rows = _rows(tmp_path, "Exports so far\n\nAs of Oct 19 this year, car exports climbed 26 percent from a year "
                           "earlier to 3.7 million. Meanwhile, bus exports added up to 61,000 vehicles, a 12 percent "
                           "rise from a year earlier. As of Oct 19 this year, the country had 3.1 million public "
                           "chargers.\n", published="2023-10-25")
    assert {t: r["period"] for t, r in rows.items()} == {
        "26 percent": "2023-01-01/2023-10-19", "3.7 million": "2023-01-01/2023-10-19",
        "61,000": "2023-01-01/2023-10-19", "12 percent": "2023-01-01/2023-10-19", "3.1 million": "2023-10"}
    assert rows["61,000"]["qualifier"] == "exact"  # "added up to": a sum, not "up to"
