"""The passenger car association's rates: a penetration rate listed by period, the level of a year earlier
between two of them, NEVs' market share beside the passenger cars a sentence counts, wholesale and retail
penetration in a story of the association's figures. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

LISTED = ("NEV penetration\n\nThe association said NEV penetration at retail reached a record 47.3 percent in "
          "June, up from 35.8 percent a year earlier and 44.9 percent in May.\n")


@pytest.mark.parametrize(("stated", "period"), [
    ("47.3 percent", "2024-06"), ("35.8 percent", "2023-06"), ("44.9 percent", "2024-05"),
])
def test_a_rate_listed_by_period_keeps_its_name_and_each_level_its_period(tmp_path: Path, stated: str,
                                                                          period: str) -> None:
    row = _rows(tmp_path, LISTED, published="2024-07-09")[stated]
    assert (row["metric"], row["period"]) == ("nev_share_of_passenger_car_retail_sales", period)


def test_a_rate_listed_by_month_and_month(tmp_path: Path) -> None:
    text = ("Retail rate\n\nNEV penetration at retail was 38.6 percent in August and 39.2 percent in September, "
            "association data show.\n")
    assert _rows(tmp_path, text, published="2023-10-11")["39.2 percent"]["metric"] == (
        "nev_share_of_passenger_car_retail_sales")


@pytest.mark.parametrize(("stated", "metric"), [
    ("22.1%", "ternary_battery_share_of_power_battery_installed_capacity"),
    ("7.4%", "ternary_battery_installed_capacity_yoy_pct"),  # (a growth after the share, not its next level)
])
def test_a_growth_after_a_share_is_no_level_of_the_share(tmp_path: Path, stated: str, metric: str) -> None:
    text = ("Battery installs\n\nPower battery installations came to 58.1 GWh in April. LFP batteries made up most "
            "of it. In contrast, ternary batteries recorded 11.9 GWh, representing 22.1% of the total, up 12.8% "
            "month-on-month and 7.4% year-on-year.\n")
    assert _rows(tmp_path, text, published="2025-05-12")[stated]["metric"] == metric


@pytest.mark.parametrize("stated", ["8.7%", "21.4%"])
def test_a_pair_of_shares_said_respectively_is_no_list_of_one_rate(tmp_path: Path, stated: str) -> None:
    text = ("Guangxi output\n\nIn 2024, Guangxi's automobile production reached 3.2 million units, of which 1.5 "
            "million were new energy vehicles, making up 8.7% and 21.4% of the national total, respectively.\n")
    metric = _rows(tmp_path, text, published="2025-02-03")[stated]["metric"]
    assert metric == ("vehicle_production_national_share_pct" if stated == "8.7%"
                      else "nev_production_national_share_pct")


@pytest.mark.parametrize(("stated", "metric"), [
    ("50.6 percent", "nev_share_of_passenger_car_retail_sales"),
    ("8.3 percentage points", "nev_share_of_passenger_car_retail_sales_yoy_pp"),
])
def test_nevs_market_share_beside_their_passenger_car_sales_is_of_all_passenger_cars(tmp_path: Path, stated: str,
                                                                                    metric: str) -> None:
    text = ("NEV retail\n\nIn September, NEV passenger car retail sales came to 1.05 million units, a rise of "
            "41.2 percent, lifting the market's share of NEVs to 50.6 percent in the month, "
            "8.3 percentage points higher than in 2023.\n")
    assert _rows(tmp_path, text, published="2024-10-12")[stated]["metric"] == metric


CPCA_STORY = ("Passenger NEV sales climb in April\n\nSales of passenger NEVs in China came to 702,000 units in "
              "April, according to CPCA data. Wholesale NEV penetration came to 41.3 percent in April. In "
              "the month, demand lifted the penetration rate to 44.8%.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("41.3 percent", "nev_share_of_passenger_car_sales"),  # wholesale: the makers' sales
    ("44.8%", "nev_share_of_passenger_car_retail_sales"),  # the association's penetration: of its retail count
])
def test_the_associations_penetration_is_of_passenger_cars(tmp_path: Path, stated: str, metric: str) -> None:
    assert _rows(tmp_path, CPCA_STORY, published="2024-05-10")[stated]["metric"] == metric


def test_another_sources_penetration_in_such_a_story_keeps_its_own_words(tmp_path: Path) -> None:
    text = CPCA_STORY + ("\nBy 2030, NEV penetration may come close to 75 percent, a think tank said, according to "
                         "a report presented at a Kestrel forum.\n")
    assert _rows(tmp_path, text, published="2024-05-10")["75 percent"]["metric"] == "nev_share_of_new_vehicle_sales"
