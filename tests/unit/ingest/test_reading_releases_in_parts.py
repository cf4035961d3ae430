"""The kinds and measures of an association's monthly release told in parts ("the former ..., whereas the
latter ..."), shares "took up" or stated as a proportion, batteries named by the vehicles they power or by their
chemistry, an estimate of a year already over, an exhibition area, and the parts of a total two sentences back.
Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest.test_reading_more_news import _rows
from tests.unit.ingest.test_reading_news import _metric

RELEASE = ('Green car output sets record\n\nCarmakers in the country made 512,000 new energy vehicles and sold '
           '498,000 in October, up 41% and 38% respectively from a year before.\n\nIn the former were 402,000 EVs '
           'and 110,000 PHEVs, which grew 35% and 66% respectively, whereas the latter counted 390,000 EVs and '
           '108,000 PHEVs, growing 31% and 60% respectively.\n\nGreen cars took up 21.4% of every new vehicle '
           "bought in the country in October. The proportion of NEVs in the month's vehicle sales was 22.9 "
           'percent.\n\nMakers produced 98.3 GWh of new energy vehicle batteries in the first ten months. Plants '
           'made 61 GWh of lithium iron phosphate batteries in the period, 120.4 percent more than a year '
           'earlier. Ternary lithium batteries came to 37.1 GWh, a rise of 41.7 percent on the year. Some 52.9 '
           'GWh of batteries were installed in electric cars in the period, 88.2 percent more than a year '
           'earlier.\n\nZeta Motors estimated its earnings last year at 12 billion yuan, about 45 percent more '
           'than in 2022. The exhibition area totals 180,000 square meters this year.')
NETWORK = ('Charging network grows\n\nBEIJING, March 3 -- The number of charging guns in the country totaled 18.2 '
           'million by the end of February, official data showed on Monday.\n\nThat number represented growth of '
           '41.3 percent over a year before, the administration said.\n\nOf these, some 4.1 million were public '
           'charging points and 14.1 million were private ones, growing 22.4 percent and 48.9 percent from a '
           'year before, respectively.')


@pytest.mark.parametrize(("stated", "metric"), [
    ("402,000", "bev_production"), ("110,000", "phev_production"), ("35%", "bev_production_yoy_pct"),
    ("66%", "phev_production_yoy_pct"), ("390,000", "bev_sales"), ("108,000", "phev_sales"),
    ("31%", "bev_sales_yoy_pct"), ("60%", "phev_sales_yoy_pct")])
def test_the_former_and_the_latter_take_the_measures_the_sentence_before_names_in_order(stated, metric):
    assert _metric(RELEASE, stated, published=dt.date(2024, 11, 12)) == metric


@pytest.mark.parametrize("stated", ["21.4%", "22.9 percent"])
def test_a_share_taken_up_or_stated_as_a_proportion_is_a_share(stated):
    assert _metric(RELEASE, stated, published=dt.date(2024, 11, 12)) == "nev_share_of_new_vehicle_sales"


@pytest.mark.parametrize(("stated", "metric"), [
    ("98.3", "power_battery_production"), ("61", "lithium_iron_phosphate_battery_production"),
    ("120.4 percent", "lithium_iron_phosphate_battery_production_yoy_pct"), ("37.1", "ternary_battery_production"),
    ("52.9", "power_battery_installed_capacity"), ("88.2 percent", "power_battery_installed_capacity_yoy_pct")])
def test_batteries_named_by_their_vehicles_or_chemistry_and_installed_batteries_of_no_kind(stated, metric):
    assert _metric(RELEASE, stated, published=dt.date(2024, 11, 12)) == metric


def test_an_estimate_of_a_year_already_over_is_that_years_actual_figure(tmp_path):
    row = _rows(tmp_path, RELEASE, published="2024-11-12")["12 billion yuan"]
    assert (row["metric"], row["period"], row["status"]) == ("net_profit_cny", "2023", "actual")


def test_the_exhibition_area_is_the_shows_whole_area():
    assert _metric(RELEASE, "180,000 square meters", published=dt.date(2024, 11, 12)) == "exhibition_area"


@pytest.mark.parametrize(("stated", "metric"), [
    ("41.3 percent", "charging_guns_yoy_pct"), ("4.1 million", "public_charging_guns"),
    ("14.1 million", "private_charging_guns"), ("22.4 percent", "public_charging_guns_yoy_pct"),
    ("48.9 percent", "private_charging_guns_yoy_pct")])
def test_parts_of_a_total_two_sentences_back_are_named_from_it(stated, metric):
    assert _metric(NETWORK, stated, published=dt.date(2025, 3, 5)) == metric


ADDED = ("Charging grows\n\nIn the first seven months the country added 1.9mn EV charging points, 15.2pc more than "
         "a year before. It includes some 412,000 public charging points and 1.49mn private ones, which grew 11pc "
         "and 17pc respectively.")


@pytest.mark.parametrize(("stated", "metric"), [("1.9mn", "newly_added_ev_charging_points"),
                                                ("412,000", "newly_added_public_charging_points"),
                                                ("1.49mn", "newly_added_private_charging_points")])
def test_things_added_are_newly_added_and_this_includes_names_parts_of_them(stated, metric):
    assert _metric(ADDED, stated, published=dt.date(2024, 9, 10)) == metric


MATERIALS = ("Battery materials\n\nIn terms of primary materials, 312,000 tons of cathode materials were produced "
             "in the quarter. The port handled 2 million tons of cargo. The group sees passenger units selling about "
             "24.1 million this year. In the domestic market, the NEV penetration rate, which analysts watch closely "
             "as a sign of demand, reached 51.6 percent last month. Retail sales of NEVs rose. The NEV retail "
             "penetration rate rose to 47.2 percent.")


@pytest.mark.parametrize(("stated", "metric"), [
    ("312,000", "cathode_material_production"), ("2 million", "cargo_throughput"),
    ("24.1 million", "passenger_car_sales"), ("51.6 percent", "nev_share_of_new_vehicle_domestic_sales"),
    ("47.2 percent", "nev_share_of_passenger_car_retail_sales")])
def test_tons_of_a_material_made_passenger_units_and_penetration_rates(stated, metric):
    assert _metric(MATERIALS, stated, published=dt.date(2024, 4, 15)) == metric
