"""A plant abroad: what it will make in a year is its capacity, what its phases cost is investment, the people it
employs are its employees, and a company the project does not know is learned from the plant it opened. Exports
"to" a named country after "exported vehicles" carry the country. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

PLANT = ("Lumen opens a plant in Chile\n\n"
         "Lumen Motors opened its plant in Chile on Monday.\n\n"
         "The completion of the first phase of the $150mn project will enable annual output at the plant to reach "
         "40,000 EVs.\n\n"
         "The second phase, costing $250mn, aims to lift manufacturing to 150,000 EVs per year.\n\n"
         "Once commissioned, the factory will manufacture over 80,000 cars per year.\n\n"
         "Currently employing 1,100 people, the plant's workforce is expected to grow to 9,000 once all phases are "
         "completed.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("$150mn", "investment_usd"), ("40,000", "nev_capacity"), ("$250mn", "investment_usd"),
     ("150,000", "nev_capacity_target"), ("80,000", "vehicle_capacity"), ("1,100", "employees"),
     ("9,000", "employees")],
)
def test_a_plant_abroad(tmp_path: Path, stated, metric):
    row = _rows(tmp_path, PLANT, published="2024-03-02")[stated]
    assert (row["entity"], row["metric"]) == ("Lumen", metric)


def test_a_plants_output_in_a_named_year_is_production(tmp_path: Path):
    text = ("Plant to grow\n\nThe annual output of Zeta's Harbour plant is expected to reach 300,000 vehicles in "
            "2025.\n")
    assert _rows(tmp_path, text, published="2024-03-02")["300,000"]["metric"] == "vehicle_production"


def test_money_from_a_plant_that_is_not_its_cost(tmp_path: Path):
    text = ("Zeta grows\n\nZeta sold cars worth 5 billion yuan from the plant.\n\n"
            "The plant earned 2 billion yuan in revenue.\n")
    rows = _rows(tmp_path, text, published="2024-03-02")
    assert rows["5 billion yuan"]["metric"] == "vehicle_sales_cny"
    assert rows["2 billion yuan"]["metric"] == "revenue_cny"


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [("Nortruk employs 3,400 workers in Chile.", "3,400"), ("Nortruk has a staff of 2,300.", "2,300")],
)
def test_people_a_company_employs(tmp_path: Path, sentence, stated):
    text = f"Nortruk grows\n\nNortruk sold 2,000 trucks last year. {sentence}\n"
    row = _rows(tmp_path, text, published="2024-03-02")[stated]
    assert (row["entity"], row["metric"]) == ("Nortruk", "employees")


def test_people_who_visit_are_no_employees(tmp_path: Path):
    text = "Show opens\n\nThe staff of the plant visited 40 dealers last year.\n"
    assert _rows(tmp_path, text, published="2024-03-02")["40"]["metric"] != "employees"


def test_exported_vehicles_to_a_named_country(tmp_path: Path):
    text = ("Geely ships more cars\n\nGeely said the number of exported vehicles to Saudi Arabia exceeded 12,000 "
            "units last year, an increase of 15 percent compared to the previous year.\n")
    rows = _rows(tmp_path, text, published="2024-03-02")
    assert rows["12,000"]["metric"] == "vehicle_exports_saudi_arabia"
    assert rows["15 percent"]["metric"] == "vehicle_exports_saudi_arabia_yoy_pct"


USED_NEVS = ("Used car trade hits record\n\n"
             "BEIJING, Jan. 10 -- The country's used car market hit a record high in 2025, with transactions topping "
             "18 million units, according to data from the dealers association.\n\n"
             "Supported by growing NEV ownership, used NEV transactions reached 1.4 million units in 2025, accounting "
             "for 7.1 percent of total used car sales, an increase of 2.1 percentage points year on year.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("18 million", "used_vehicle_sales"), ("1.4 million", "used_nev_sales"),
     ("7.1 percent", "used_nev_share_of_used_vehicle_sales"),
     ("2.1 percentage points", "used_nev_share_of_used_vehicle_sales_yoy_pp")],
)
def test_used_car_and_used_nev_transactions(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, USED_NEVS, published="2026-01-10")[stated]["metric"] == metric


@pytest.mark.parametrize(
    ("text", "stated", "entity"),
    [("Zeta builds plant\n\nOn 30 May, production lines for ten GWh of batteries were commissioned at the Gotion "
      "plant in Yichun (Jiangxi province).\n", "ten", "Gotion Yichun Plant"),
     ("Geely grows\n\nFrom January to August 2024, Geely's production facilities in Beilun manufactured 79,000 "
      "vehicles, reflecting a 19.7% year-on-year increase.\n", "79,000", "Geely Beilun Plant"),
     ("Tesla delivers\n\nTesla's gigafactory in East China's Shanghai city delivered 310,000 electric vehicles in "
      "2021, up 200 percent from the previous year.\n", "310,000", "Tesla Gigafactory Shanghai")],
)
def test_a_plant_named_by_the_place_after_it(tmp_path: Path, text, stated, entity):
    assert _rows(tmp_path, text, published="2024-09-10")[stated]["entity"] == entity


def test_the_figure_before_a_companys_own_whole_is_the_companys(tmp_path: Path):
    text = ("Tesla delivers\n\nTesla's Shanghai gigafactory delivered 310,000 electric vehicles in 2021.\n\n"
            "The figure contributed to Tesla's annual delivery of 900,100 electric vehicles in 2021.\n")
    assert _rows(tmp_path, text, published="2021-12-10")["900,100"]["entity"] == "Tesla"


def test_what_a_ship_can_carry_and_what_a_vessel_carried(tmp_path: Path):
    text = ("Carriers join fleet\n\nA total of 10 new ocean-going carriers capable of carrying 7,000 and 8,500 "
            "vehicles will be added to the fleet from 2024 to 2026.\n\nThe ro-ro ship can carry 5,000 cars.\n\n"
            "A vessel carrying more than 4,000 vehicles departed from the port.\n")
    rows = _rows(tmp_path, text, published="2023-07-10")
    assert [rows[s]["metric"] for s in ("7,000", "8,500", "5,000")] == ["vehicle_carrying_capacity"] * 3
    assert rows["4,000"]["metric"] != "vehicle_carrying_capacity"


def test_things_counted_as_the_subject_with_their_place(tmp_path: Path):
    text = ("Charging network grows\n\nPublic charging piles in the country totaled more than 320,000 by the end "
            "of May, while the number of private charging piles surpassed 480,000 by the same period.\n")
    rows = _rows(tmp_path, text, published="2019-07-10")
    assert (rows["320,000"]["metric"], rows["480,000"]["metric"]) == ("public_charging_piles", "private_charging_piles")


def test_a_listed_companys_code_in_brackets_is_no_figure(tmp_path: Path):
    text = ("Battery makers grow\n\nZeta Energy (300750) is expanding alongside BYD (002594), which sold 20,000 "
            "cars in June.\n")
    rows = _rows(tmp_path, text, published="2019-07-10")
    assert "300750" not in rows and "002594" not in rows and "20,000" in rows
