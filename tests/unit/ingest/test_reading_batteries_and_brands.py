"""Batteries named by what they power or with an abbreviation in brackets, a battery's output in energy, shares
"taking up" a total, and a group of brands China calls its own ("domestic", "homegrown": Chinese brands), named
again as "these cars" and "the share of these cars". Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.ingest.test_reading_news import _metric

PUBLISHED = dt.date(2024, 6, 12)

BATTERIES = ("Output of batteries to power electric vehicles (EVs) rose 48.2 percent in May. "
             "The output came to 41.6 gigawatt-hours in May. "
             "Installations of lithium iron phosphate (LiFePO4) batteries came to 28.4 GWh, up 52.1 percent, "
             "taking up 71.3 percent of the monthly total.")

BRANDS = ("Chinese brands gain in May\n\nSales of Chinese-brand passenger cars kept growing in May.\n\n"
          "In May, 910,000 of these cars were sold through retail outlets, up 21 percent year "
          "on year and rising 3 percent on a monthly basis.\n\n"
          "Domestic-brand cars accounted for 52.6 percent of retail sales.\n\n"
          "From January to May, the share of these cars rose 4.3 percentage points to 51 percent.")


@pytest.mark.parametrize(("text", "stated", "metric"), [
    (BATTERIES, "48.2 percent", "power_battery_production_yoy_pct"),
    (BATTERIES, "41.6", "power_battery_production"),
    (BATTERIES, "28.4", "lithium_iron_phosphate_battery_installed_capacity"),
    (BATTERIES, "71.3 percent", "lithium_iron_phosphate_battery_share_of_power_battery_installed_capacity"),
    (BRANDS, "910,000", "chinese_brand_passenger_car_retail_sales"),
    (BRANDS, "21 percent", "chinese_brand_passenger_car_retail_sales_yoy_pct"),
    (BRANDS, "3 percent", "chinese_brand_passenger_car_retail_sales_mom_pct"),
    (BRANDS, "52.6 percent", "chinese_brand_share_of_passenger_car_retail_sales"),
    (BRANDS, "51 percent", "chinese_brand_share_of_passenger_car_retail_sales"),
    ("Homegrown brands accounted for 61 percent of car sales in May.", "61 percent",
     "chinese_brand_share_of_new_vehicle_sales"),
    ("German-brand cars sold 120,000 units, accounting for 14 percent of the total.", "14 percent",
     "german_brand_share_of_new_vehicle_sales"),
])
def test_batteries_and_brands_are_named_by_what_the_sentences_say(text, stated, metric):
    assert _metric(text, stated, published=PUBLISHED) == metric


def test_an_abbreviation_in_brackets_names_nothing_new():
    text = "Exports of power batteries for electric vehicles (EVs) rose 12 percent in May."
    assert _metric(text, "12 percent", published=PUBLISHED).startswith("power_battery")
