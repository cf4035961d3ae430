"""A battery maker's capacities in GWh where no sentence says "battery", cars that "changed hands", the value of
the transactions the sentence before counted, a city described as a capital, a foreign company's sales in China,
a base "it exported in the same period last year" and a company's profit beside its sector. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

CELLS = ("Cell maker opens plant\n\n"
         "The battery cell maker and Harbour partner Lumen Energy has expanded its production capacities by 12 GWh "
         "with a new site.\n\n"
         "On 3 March, production lines for eight GWh were commissioned in Ganzhou. Capacities for another four GWh "
         "are to be installed there by the end of 2026.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("12", "newly_added_power_battery_capacity"), ("eight", "power_battery_capacity"),
     ("four", "newly_added_power_battery_capacity")],
)
def test_a_cell_makers_capacities(tmp_path: Path, stated, metric):
    row = _rows(tmp_path, CELLS, published="2026-03-10")[stated]
    assert (row["metric"], row["unit"]) == (metric, "gwh")


def test_a_partner_named_before_a_company_is_no_entity(tmp_path: Path):
    assert _rows(tmp_path, CELLS, published="2026-03-10")["12"]["entity"] != "Harbour"


USED = ("Used car trade grows\n\n"
        "More than 9.4 million used cars changed hands last year, up 11.2 percent year on year.\n\n"
        "The combined value of the transactions rose 14.5 percent to top 610 billion yuan (about 86 billion U.S. "
        "dollars).\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("9.4 million", "used_vehicle_sales"), ("11.2 percent", "used_vehicle_sales_yoy_pct"),
     ("14.5 percent", "used_vehicle_sales_cny_yoy_pct"), ("610 billion yuan", "used_vehicle_sales_cny"),
     ("86 billion U.S. dollars", "used_vehicle_sales_usd")],
)
def test_cars_that_changed_hands_and_the_value_of_the_transactions(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, USED, published="2026-01-20")[stated]["metric"] == metric


def test_a_city_described_as_a_capital(tmp_path: Path):
    text = ("Buses go electric\n\nLanxi, capital of a western province, plans to put 900 electric buses on its "
            "roads by 2028.\n")
    assert _rows(tmp_path, text, published="2026-01-20")["900"]["entity"] == "Lanxi"


@pytest.mark.parametrize(
    ("stated", "entity", "metric"),
    [("41,200", "Tesla", "vehicle_deliveries_china"), ("38 percent", "Tesla", "vehicle_deliveries_china_yoy_pct"),
     ("230,000", "BYD", "vehicle_sales")],
)
def test_a_foreign_companys_sales_in_china(tmp_path: Path, stated, entity, metric):
    text = ("Sales report\n\nTesla delivered 41,200 vehicles in China in May, up 38 percent year on year.\n\n"
            "BYD sold 230,000 vehicles in China in May.\n")
    row = _rows(tmp_path, text, published="2026-06-05")[stated]
    assert (row["entity"], row["metric"]) == (entity, metric)


def test_a_base_it_exported_in_the_same_period_last_year(tmp_path: Path):
    text = ("Plant exports\n\nThe plant exported 52,000 cars in the first half, compared to the 30,100 units it "
            "exported in the same period last year.\n")
    rows = _rows(tmp_path, text, published="2026-07-12")
    assert (rows["52,000"]["period"], rows["30,100"]["period"]) == ("2026-H1", "2025-H1")


def test_a_companys_profit_beside_its_sector_is_the_companys(tmp_path: Path):
    text = ("Profit report\n\nBYD reported a 9-fold rise in profit in the fourth quarter, asserting its lead in the "
            "electric vehicle sector.\n")
    assert _rows(tmp_path, text, published="2026-03-28")["9-fold"]["metric"] == "net_profit_yoy_times"
