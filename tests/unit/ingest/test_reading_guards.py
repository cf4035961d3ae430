"""Sentences close to the shapes of the newer readings that must not take them: "made up of", places listed
"respectively", an adverb far from its number, the adjective "leading", a stock market, "the total number of",
what a company said at a show, a kind named before "investment", shares of sales in cities, money for other
things than R&D, "takes 40 percent less time", a battery-swap model, dealers "handling" a brand, "the former
chairman", a factory visited by someone, and a model named right after a quantity. Every sentence here is
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.ingest.clauses import not_a_claim
from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading_news import _fields, _metric

PUBLISHED = dt.date(2024, 6, 10)


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("The city bus fleet was made up of 3,000 electric buses in 2023.", "3,000", "nev_bus_ownership"),
    ("In May, Zeta sold 31,200 and 48,900 units in Anhui and Hubei, respectively.", "48,900", "vehicle_sales"),
    ("Zeta sold 12,000 cars in May and now delivers cars daily.", "12,000", "vehicle_sales"),
    ("The leading automaker has been producing electric cars for 15 consecutive years.", "15",
     "consecutive_years"),
    ("Zeta sold 50,000 cars in May. The total number of charging piles in the country rose to 3 million.",
     "3 million", "charging_piles"),
    ("Zeta said at the show that it had sold 10,000 cars in May.", "10,000", "vehicle_sales"),
    ("NEV investment in Anhui rose 12 percent in 2023.", "12 percent", "nev_investment_yoy_pct"),
    ("Investment in electric vehicles reached 50 billion yuan in 2023.", "50 billion yuan", "nev_investment_cny"),
    ("NEVs accounted for 35 percent of car sales in cities with good charging networks in May.", "35 percent",
     "nev_share_of_new_vehicle_sales"),
    ("Zeta spent 2 billion yuan on marketing and 5 billion yuan on R&D in 2023.", "5 billion yuan",
     "rd_spending_cny"),
    ("Sales of electric vehicle battery-swap models reached 30,000 in May.", "30,000", "nev_sales"),
    ("Zeta sold 12,000 cars in May, and dealers handling the brand said they expect 15,000 in June.", "15,000",
     "vehicle_sales"),
    ("Zeta produced 50,000 cars and sold 48,000 in May. The former chairman of Zeta said 12,000 were sold "
     "in Europe.", "12,000", "vehicle_sales"),
    ("The factory, which was visited by the mayor, employs 3,000 people.", "3,000", "employees"),  # (never visitors)
])
def test_a_shape_close_to_a_newer_reading_keeps_its_own_reading(text, stated, metric):
    assert _metric(text, stated, published=PUBLISHED) == metric


@pytest.mark.parametrize(("text", "stated"), [
    ("The stock market slumped 4 percent, and the bond market rose 1 percent.", "4 percent"),
    ("It takes 40 percent less time to charge the new model.", "40 percent"),
    ("Zeta spent 2 billion yuan on marketing and 5 billion yuan on R&D in 2023.", "2 billion yuan")])
def test_a_number_no_vehicle_measure_governs_gets_none_of_their_names(text, stated):
    metric = _metric(text, stated, published=PUBLISHED)
    assert not metric.startswith(("vehicle_sales", "nev_share", "rd_spending"))


def test_a_model_named_right_after_a_quantity_is_no_figure():
    text = "Zeta launched the Tiggo 8 Pro in May, and sold 12,000 Tiggo 7 Plus SUVs in June."
    mention = next(m for m in extract_mentions(text) if m.text == "7")
    assert "model's name" in not_a_claim(text, mention)


# Shapes close to this release's readings (tables of models, retail sales told on, brand groups, batteries named
# by what they power, asides, "annual", shipments "to", a maker's origin, growth against an industry, "output
# for"), each of which must keep its own reading.
MONTHS_TABLE = ("Zeta deliveries\n\nZeta released its delivery figures for the quarter:\nJanuary \u2013 9,800\n"
                "February \u2013 7,200")
SPECS_TABLE = "Zeta Q9\n\nKey specs:\nRange: 700\nTop speed: 265"
PRICE_TABLE = ("Price cuts\n\nBYD cut the starting prices of its models in May, in yuan:\nBYD Seal \u2013 179,800\n"
               "BYD Han \u2013 169,800")


@pytest.mark.parametrize(("text", "stated", "metric"), [
    (MONTHS_TABLE, "9,800", "vehicle_deliveries"),
    (SPECS_TABLE, "700", "count"),
    (PRICE_TABLE, "179,800", "count"),
    ("In May, BYD Thailand (5,000) and BYD Brazil (4,000) led exports.", "5,000", "vehicle_exports"),
    ("In May, the Orion Q7 (7,000) and Orion Q5 (3,000) led deliveries among new models.", "7,000",
     "q7_deliveries"),
    ("Passenger car retail sales fell 5 percent in May, the CPCA said. The CAAM said vehicle sales rose 3 percent "
     "to 2.4 million.", "2.4 million", "vehicle_sales"),
    ("Passenger car retail sales fell 5 percent in May. BYD sold 330,000 vehicles in the month.", "330,000",
     "vehicle_sales"),
    ("Retail price cuts lifted Zeta sales to 33,000 units in May.", "33,000", "vehicle_sales"),
    ("In Japan, domestic-brand vehicles accounted for 90 percent of new car sales in May.", "90 percent",
     "domestic_brand_share_of_new_vehicle_sales"),
    ("Domestic brands led the market in May. Tesla cut prices on imported models, and 6,000 of these cars were "
     "sold.", "6,000", "vehicle_sales"),
    ("Zeta's annual production capacity reached 300,000 units in May.", "300,000", "vehicle_capacity"),
    ("Zeta's shipments to Shenzhen rose to 4,000 units in May.", "4,000", "vehicle_shipments"),
    ("Zeta delivered 20,000 cars in May. This is 40 percent of its monthly goal, and its deliveries are growing.",
     "40 percent", "vehicle_deliveries_target_completion_pct"),
    ("Output for the year was 230,000 tons of cathode materials.", "230,000", "cathode_material_production"),
])
def test_a_shape_close_to_this_releases_readings_keeps_its_own_reading(text, stated, metric):
    assert _metric(text, stated, published=PUBLISHED) == metric


@pytest.mark.parametrize(("text", "stated", "period"), [
    ("The association released its latest data on Tuesday, which covered sales in April. Retail sales of "
     "passenger cars reached 1.5 million units.", "1.5 million", "2024-04"),
    ("After a weak April, Zeta delivered 20,000 cars in May. Its best seller for the month was the Q6 with 9,000 "
     "units.", "9,000", "2024-05"),
    ("Zeta's annual deliveries passed 150,000 units in November.", "150,000", "2023-11"),
])
def test_a_period_close_to_this_releases_readings_keeps_its_own(text, stated, period):
    published = dt.date(2023, 12, 10) if "November" in text else PUBLISHED
    assert _fields(text, stated, published=published)[1] == period


def test_carmakers_of_a_place_are_that_places():
    assert _fields("Shanghai carmakers produced 1.2 million NEVs in 2023.", "1.2 million",
                   published=PUBLISHED)[0] == "Shanghai"


@pytest.mark.parametrize(("text", "stated", "not_metric"), [
    ("China produced 80 GWh of batteries for energy storage in May.", "80", "power_battery"),
    ("China had 3.9 million charging piles in May, and soaring demand pushed their utilization rate to 30 percent.",
     "30 percent", "charging_piles"),
])
def test_batteries_for_other_uses_and_a_soaring_adjective_take_no_new_reading(text, stated, not_metric):
    assert not _metric(text, stated, published=PUBLISHED).startswith(not_metric)
