"""Money put into research and development or an investment, records held for years in one measure, people a
company counts, things counted outside China, a plant's yearly capacity and a port's vehicle traffic. Every
sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading_news import _fields, _metric

PUBLISHED = dt.date(2025, 1, 10)

RESULTS = ("Carmaker reports results\n\n"
           "Zeta Motors said on Monday its NEV sales rose sharply last year. With an investment of 12 billion "
           "yuan, the new plant in Wuhu can build 300,000 vehicles a year. The company also put 8.2 billion yuan "
           "into research and development in 2023, up 22 percent year on year. Its R&D expenses came to 9.1 "
           "billion yuan in 2024, an increase of 11 percent.")


@pytest.mark.parametrize(("stated", "metric"), [("12 billion yuan", "investment_cny"),
                                                ("300,000", "vehicle_capacity"),
                                                ("8.2 billion yuan", "rd_spending_cny"),
                                                ("22 percent", "rd_spending_yoy_pct"),
                                                ("9.1 billion yuan", "rd_spending_cny"),
                                                ("11 percent", "rd_spending_yoy_pct")])
def test_money_for_research_an_investment_and_a_yearly_capacity_are_read_from_their_own_phrases(stated, metric):
    assert _metric(RESULTS, stated, published=PUBLISHED) == metric


@pytest.mark.parametrize(("text", "stated"), [
    ("The district has drawn some 45 billion yuan of investment in new-energy vehicle projects since 2021.",
     "45 billion yuan"),
    ("The zone signed 14 NEV industry projects in the spring with a total investment of 21.3 billion yuan.",
     "21.3 billion yuan")])
def test_an_investment_takes_the_kind_its_own_phrase_names(text, stated):
    assert _metric(text, stated, published=PUBLISHED) == "nev_investment_cny"


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("Zeta has ranked first in passenger car exports among domestic makers for 12 consecutive years.", "12",
     "passenger_car_exports_leader_years"),
    ("Its battery arm has ranked first worldwide in installed capacity for five consecutive years.", "five",
     "power_battery_installed_capacity_global_leader_years"),
    ("The nation has led the world in NEV production and sales for six consecutive years, officials said.", "six",
     "nev_global_leader_years"),
    ("China has remained the biggest NEV market in the world for eight consecutive years.", "eight",
     "nev_largest_market_years")])
def test_years_first_in_one_measure_name_its_kind_and_measure_and_the_world_where_named(text, stated, metric):
    assert _metric(text, stated, published=PUBLISHED) == metric


USERS = ("Zeta sold 410,000 cars last year. Worldwide, Zeta counts a user base of 4 million, including 600,000 "
         "users outside China.")


@pytest.mark.parametrize(("stated", "metric"), [("4 million", "users"), ("600,000", "overseas_users")])
def test_people_counted_before_their_number_and_things_outside_china(stated, metric):
    assert _metric(USERS, stated, published=PUBLISHED) == metric


def test_a_ports_vehicle_traffic_is_its_throughput():
    text = "Car output in the province rose in March. The port's vehicle traffic rose 14.5 percent year on year."
    assert _metric(text, "14.5 percent", published=PUBLISHED) == "vehicle_throughput_yoy_pct"


BODIES = ("Zeta sold 31,200, 48,900 and 2,150 sedans, SUVs and MPVs, respectively, in May. Omega sold 12,000 and "
          "9,000 cars and SUVs, respectively, in May. The plant made 4,000 and 1,000 pickups and vans, respectively.")


@pytest.mark.parametrize(("stated", "metric"), [("31,200", "sedan_sales"), ("48,900", "suv_sales"),
                                                ("2,150", "mpv_sales"), ("12,000", "sedan_sales"),
                                                ("9,000", "suv_sales"), ("4,000", "pickup_truck_production"),
                                                ("1,000", "van_production")])
def test_numbers_listed_before_the_kinds_they_count_respectively_pair_in_order(stated, metric):
    assert _metric(BODIES, stated, published=PUBLISHED) == metric


@pytest.mark.parametrize("stated", ["48,900", "2,150"])
def test_kinds_of_vehicle_listed_respectively_are_no_ones_names(stated):
    assert _fields(BODIES, stated, published=PUBLISHED)[0] == "Zeta"


@pytest.mark.parametrize(("text", "stated", "qualifier"), [
    ("Buyers of new energy cars can receive a maximum subsidy of 9,000 yuan.", "9,000 yuan", "at_most"),
    ("The sedan offers a minimum range of 420 km on one charge.", "420", "at_least"),
    ("Buyers can receive a subsidy of 9,000 yuan.", "9,000 yuan", "exact")])
def test_a_bound_named_before_a_number_is_its_hedge(text, stated, qualifier):
    assert next(m.qualifier for m in extract_mentions(text) if m.text == stated) == qualifier


STORES = ("BYD makes cars in Anhui. BYD has opened 350 service centers in 90 cities. The number is expected to rise "
          "to 500 by the end of this year. The number included 40 flagship centers, it said.")


def test_a_sentence_about_the_number_before_it_takes_that_numbers_metric():
    assert _metric(STORES, "500", published=PUBLISHED) == "service_centers"


def test_the_number_with_a_noun_of_its_own_keeps_its_noun():
    assert _metric(STORES, "40", published=PUBLISHED) == "flagship_centers"


TRADE = ("Exports rose in May. Machinery, furniture and toys, lithium batteries and steel products accounted for "
         "22.1 percent, 9.4 percent, 8.8 percent and 5 percent of exports.")


@pytest.mark.parametrize(("stated", "metric"), [("22.1 percent", "machinery_share_of_exports"),
                                                ("9.4 percent", "furniture_and_toy_share_of_exports"),
                                                ("8.8 percent", "lithium_battery_share_of_exports"),
                                                ("5 percent", "steel_product_share_of_exports")])
def test_parts_listed_before_their_shares_pair_in_order(stated, metric):
    assert _metric(TRADE, stated, published=PUBLISHED) == metric


CHARGERS = ("The country has put 52,000 charging points at 96 percent of its expressway service areas, and chargers "
            "now reach 80 percent of townships. NEVs accounted for 31 percent of new car sales.")


@pytest.mark.parametrize(("stated", "metric"), [
    ("96 percent", "expressway_service_area_charging_coverage_pct"),
    ("80 percent", "township_charging_coverage_pct"), ("31 percent", "nev_share_of_new_vehicle_sales")])
def test_the_share_of_places_chargers_reach_is_their_coverage(stated, metric):
    assert _metric(CHARGERS, stated, published=PUBLISHED) == metric


PORT = ("Nantong Port makes cars move. Loading three to five ro-ro ships for the export of cars a day, the port now "
        "handles an average of more than 4,000 vehicles daily. The port has two 70,000-ton berths.")


@pytest.mark.parametrize(("stated", "metric"), [("three", "ro_ro_ships_loading_daily_average"),
                                                ("five", "ro_ro_ships_loading_daily_average"),
                                                ("4,000", "vehicle_throughput_daily_average"),
                                                ("two", "70000_ton_berths")])
def test_what_a_port_handles_a_day_and_things_counted_per_day_with_what_they_do(stated, metric):
    assert _metric(PORT, stated, published=PUBLISHED) == metric


BRANDS = ("A total of 812,000 domestic-brand passenger cars were sold in May, accounting for 51.2 percent of the "
          "country's total passenger-car sales. Exports of luxury cars and cars made by foreign-invested joint "
          "ventures reached 41,000 units, up 9 percent. About 90,000 cars were made by the plant.")


@pytest.mark.parametrize(("stated", "metric"), [("51.2 percent", "chinese_brand_share_of_passenger_car_sales"),
                                                ("41,000", "vehicle_exports"), ("9 percent", "vehicle_exports_yoy_pct"),
                                                ("90,000", "vehicle_production")])
def test_brands_share_a_hyphenated_whole_and_words_that_say_whose_cars(stated, metric):
    assert _metric(BRANDS, stated, published=PUBLISHED) == metric
