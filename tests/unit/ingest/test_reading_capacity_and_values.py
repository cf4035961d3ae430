"""A battery maker's capacities in GWh where no sentence says "battery", cars that "changed hands", the value of
the transactions the sentence before counted, a city described as a capital, a foreign company's sales in China,
a base "it shipped a year earlier" and a company's profit beside its sector. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

CELLS = ("Cell maker opens plant\n\n"
         "The battery cell maker and Harbour partner Lumen Energy has expanded its production capacities by 12 GWh "
         "with a new site.\n\n"
         "On 3 March, Lumen put production lines for eight GWh into service in Ganzhou. It will add capacities "
         "for another four GWh at the site next year.\n")


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
        "Some 9.4 million used cars changed hands in 2025, 11.2 percent more than a year before.\n\n"
        "The total value of these transactions grew 14.5 percent, to 610 billion yuan (about 86 billion U.S. "
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
            "routes by 2028.\n")
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


def test_a_base_it_shipped_a_year_earlier(tmp_path: Path):
    text = ("Plant exports\n\nThe plant shipped 52,000 cars abroad in the first half, compared to the 30,100 units it "
            "shipped a year earlier.\n")
    rows = _rows(tmp_path, text, published="2026-07-12")
    assert (rows["52,000"]["period"], rows["30,100"]["period"]) == ("2026-H1", "2025-H1")


def test_a_companys_profit_beside_its_sector_is_the_companys(tmp_path: Path):
    text = ("Profit report\n\nBYD said its fourth-quarter profit rose 9-fold, which keeps it ahead of rivals in the "
            "electric vehicle sector.\n")
    assert _rows(tmp_path, text, published="2026-03-28")["9-fold"]["metric"] == "net_profit_yoy_times"


EXPORTS = ("Carmaker posts export growth\n\n"
           "NANNING -- SAIC-GM-Wuling (LHW) said on Monday that its shipments abroad grew strongly from January to "
           "May.\n\n"
           "LHW exported 41,300 vehicles during the period, up 57 percent year-on-year, more than it shipped in all "
           "of last year.\n\n"
           "Revenue from overseas markets came to 2.1 billion yuan in the period.\n")
MODELS = ("Carmaker posts export growth\n\n"
          "A total of 9,870 units of its SUV model Baojun 330 were exported in May, and the Baojun 310, another SUV, "
          "sold 4,120 units.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("41,300", "vehicle_exports"), ("57 percent", "vehicle_exports_yoy_pct"),
     ("2.1 billion yuan", "overseas_revenue_cny")],
)
def test_during_the_period_goes_on_from_the_sentence_before(tmp_path: Path, stated, metric):
    row = _rows(tmp_path, EXPORTS, published="2026-06-16")[stated]
    # ("LHW" is the acronym the article gave a company the reading knows)
    assert (row["entity"], row["metric"], row["period"]) == ("SAIC-GM-Wuling", metric, "2026-01/2026-05")


@pytest.mark.parametrize(("stated", "metric"), [("9,870", "baojun_330_exports"), ("4,120", "baojun_310_sales")])
def test_a_brands_model_named_by_its_number(tmp_path: Path, stated, metric):
    rows = _rows(tmp_path, MODELS, published="2026-06-16")
    assert rows[stated]["metric"] == metric
    assert "330" not in rows and "310" not in rows  # part of a model's name


def test_a_sentence_that_names_its_own_period_keeps_it(tmp_path: Path):
    text = ("Brands report\n\nIn the first six months, domestic brands sold 4.1 million cars, making up 46.1 "
            "percent of passenger-car sales in the period.\n")
    assert _rows(tmp_path, text, published="2026-07-12")["46.1 percent"]["period"] in ("2026-H1", "2026-01/2026-06")


def test_a_month_ago_is_the_month_before(tmp_path: Path):
    text = ("Sales report\n\nZeta's sales in May grew 3.7% from a year earlier but fell 12.4% compared with a month "
            "ago.\n")
    assert _rows(tmp_path, text, published="2026-06-10")["12.4%"]["metric"] == "vehicle_sales_mom_pct"


def test_a_market_share_after_a_sentence_on_production_is_a_share_of_sales(tmp_path: Path):
    text = ("Annual report\n\nNEV output rose 61 percent to 4.2 million units in 2025.\n\n"
            "Helped by demand, NEVs' market share in the car market came to 31.4 percent in 2025.\n")
    assert _rows(tmp_path, text, published="2026-01-15")["31.4 percent"]["metric"] == "nev_share_of_new_vehicle_sales"


def test_new_registrations_are_a_whole_of_their_own(tmp_path: Path):
    text = ("Registrations\n\nSome 1.1 million NEVs were registered in the first quarter, making up 27 percent of all "
            "new car registrations.\n")
    assert _rows(tmp_path, text, published="2026-04-09")["27 percent"]["metric"] == \
        "nev_share_of_new_vehicle_registrations"


def test_monthly_opening_a_sentence_is_on_the_month_before(tmp_path: Path):
    text = "Sales report\n\nCar sales came to 2.1 million in May. Monthly, the sales fell 6.3 percent.\n"
    assert _rows(tmp_path, text, published="2026-06-12")["6.3 percent"]["metric"] == "vehicle_sales_mom_pct"


@pytest.mark.parametrize(("stated", "entity", "metric"),
                         [("3,410", "BYD", "nev_sales_chile"), ("1,980", "Geely", "nev_sales_chile")])
def test_a_companys_sales_in_a_country_abroad(tmp_path: Path, stated, entity, metric):
    text = ("Chile EV sales\n\nBYD, which sells six models in Chile, sold 3,410 electric cars in the first quarter.\n\n"
            "Geely, another Chinese carmaker, came second in Chile's electric car sales by selling 1,980 units in the "
            "quarter.\n")
    row = _rows(tmp_path, text, published="2026-04-09")[stated]
    assert (row["entity"], row["metric"]) == (entity, metric)
