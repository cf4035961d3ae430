"""A plant abroad: what it will make in a year is its capacity, what its phases cost is investment, the people it
employs are its employees, and a company the project does not know is learned from the plant it opened. Exports
"to" a named country after "exported vehicles" carry the country. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

PLANT = ("Lumen opens a plant in Chile\n\n"
         "Lumen Motors opened its plant in Chile on Monday.\n\n"
         "When its first stage, a $150mn project, is done, annual output at the plant will reach 40,000 EVs.\n\n"
         "A second phase, at a cost of $250mn, aims to raise manufacturing to 150,000 EVs per year.\n\n"
         "When it opens, the factory will produce more than 81,500 cars per year.\n\n"
         "Employing 1,100 people today, the plant should see its workforce reach 9,000 later.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("$150mn", "investment_usd"), ("40,000", "nev_capacity"), ("$250mn", "investment_usd"),
     ("150,000", "nev_capacity_target"), ("81,500", "vehicle_capacity"), ("1,100", "employees"),
     ("9,000", "employees")],
)
def test_a_plant_abroad(tmp_path: Path, stated, metric):
    row = _rows(tmp_path, PLANT, published="2024-03-02")[stated]
    assert (row["entity"], row["metric"]) == ("Lumen", metric)  # a plant abroad is the company's (Entity naming, 4)


def test_a_plants_output_in_a_named_year_is_production(tmp_path: Path):
    text = "Plant to grow\n\nZeta's Harbour plant should make 310,500 vehicles in 2025, its annual output.\n"
    assert _rows(tmp_path, text, published="2024-03-02")["310,500"]["metric"] == "vehicle_production"


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
    text = ("Geely ships more cars\n\nGeely said its count of exported vehicles to Chile passed 12,400 units "
            "last year, up 15 percent.\n")
    rows = _rows(tmp_path, text, published="2024-03-02")
    assert rows["12,400"]["metric"] == "vehicle_exports_chile"
    assert rows["15 percent"]["metric"] == "vehicle_exports_chile_yoy_pct"


USED_NEVS = ("Used car trade hits record\n\n"
             "BEIJING, Jan. 10 -- Trading in used cars set a record in 2025, with transactions above 18 million "
             "units, the dealers' body said.\n\n"
             "Used NEV transactions came to 1.4 million units, or 7.1 percent of all used car sales, up 2.1 "
             "percentage points year on year.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("18 million", "used_vehicle_sales"), ("1.4 million", "used_nev_sales"),
     ("7.1 percent", "nev_share_of_used_vehicle_sales"),
     ("2.1 percentage points", "nev_share_of_used_vehicle_sales_yoy_pp")],
)
def test_used_car_and_used_nev_transactions(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, USED_NEVS, published="2026-01-10")[stated]["metric"] == metric


@pytest.mark.parametrize(
    ("text", "stated", "entity"),
    [("Zeta builds plant\n\nIn June, six GWh of battery lines started work at the Gotion plant in Northvale.\n", "six",
      "Gotion Northvale Plant"),
     ("Geely grows\n\nIn the first half, Geely's production facilities in Eastvale made 52,000 vehicles, up 12.4% "
      "from a year before.\n", "52,000", "Geely Eastvale Plant"),
     ("Tesla delivers\n\nTesla's gigafactory in North China's Tianjin shipped 280,000 cars to buyers in 2023.\n",
      "280,000", "Tesla Gigafactory Tianjin")],
)
def test_a_plant_named_by_the_place_after_it(tmp_path: Path, text, stated, entity):
    assert _rows(tmp_path, text, published="2024-09-10")[stated]["entity"] == entity


def test_the_figure_before_a_companys_own_whole_is_the_companys(tmp_path: Path):
    text = ("Tesla delivers\n\nTesla's Shanghai gigafactory delivered 310,000 electric cars in 2021.\n\n"
            "The figure is part of Tesla's total deliveries of 900,100 cars for the year.\n")
    assert _rows(tmp_path, text, published="2021-12-10")["900,100"]["entity"] == "Tesla"


def test_what_a_ship_can_carry_and_what_a_vessel_carried(tmp_path: Path):
    text = ("Carriers join fleet\n\nTen more car carriers, each capable of carrying 7,000 or 8,500 vehicles, will "
            "join the fleet by 2026.\n\nThe ro-ro ship can carry 5,000 cars.\n\n"
            "A vessel with 3,900 cars on board left the port.\n")
    rows = _rows(tmp_path, text, published="2023-07-10")
    assert [rows[s]["metric"] for s in ("7,000", "8,500", "5,000")] == ["vehicle_carrying_capacity"] * 3
    assert rows["3,900"]["metric"] != "vehicle_carrying_capacity"


def test_things_counted_as_the_subject_with_their_place(tmp_path: Path):
    text = ("Charging network grows\n\nPublic charging piles in the country totaled 320,000 in May, and the count "
            "of private charging piles was 480,000.\n")
    rows = _rows(tmp_path, text, published="2019-07-10")
    assert (rows["320,000"]["metric"], rows["480,000"]["metric"]) == ("public_charging_piles", "private_charging_piles")


def test_a_listed_companys_code_in_brackets_is_no_figure(tmp_path: Path):
    text = ("Battery makers grow\n\nZeta Energy (300999) is expanding alongside Lumen (002999), which sold 20,000 "
            "cars in June.\n")
    rows = _rows(tmp_path, text, published="2019-07-10")
    assert "300999" not in rows and "002999" not in rows and "20,000" in rows


def test_a_ports_ro_ro_vehicles_are_its_throughput(tmp_path: Path):
    text = ("Port grows\n\nIn the ten months to October, Harbour Port moved 540,000 TEUs by sea and rail, and its "
            "ro-ro berths completed 812,000 Ro-Ro vehicles, 22.5% up on the year.\n")
    rows = _rows(tmp_path, text, published="2017-11-20")
    assert (rows["812,000"]["metric"], rows["22.5%"]["metric"]) == ("vehicle_throughput", "vehicle_throughput_yoy_pct")


def test_the_country_after_a_sentence_about_a_country_abroad(tmp_path: Path):
    text = ("Chinese brands lead in Chile\n\nBYD, which sells six electric models in Chile, sold 4,210 cars there in "
            "the first two months. Last year BYD was the top seller of electric cars in the country, at 12,400 "
            "cars.\n\nChina exported 100,000 cars to Russia. The country's NEV exports rose 20 percent.\n")
    rows = _rows(tmp_path, text, published="2024-03-10")
    assert (rows["12,400"]["entity"], rows["12,400"]["metric"]) == ("BYD", "vehicle_sales_chile")
    assert rows["20 percent"]["entity"] == "China"


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("8,000", "newly_added_public_charging_piles_target"), ("12", "newly_added_taxi_charging_stations_target"),
     ("9", "newly_added_demonstration_communities_target"), ("5,000", "charging_piles_target"),
     ("850", "newly_added_electric_buses_target")],
)
def test_things_a_plan_will_add_are_new(tmp_path: Path, stated, metric):
    text = ("Harbour to add chargers\n\nHarbour city will add 8,000 public charging piles, 12 taxi charging stations "
            "and 9 demonstration communities in 2025, according to a plan.\n\nThe province plans to build 5,000 "
            "charging piles by 2026.\n\nThe city also plans to add 850 electric buses next year.\n")
    assert _rows(tmp_path, text, published="2025-03-02")[stated]["metric"] == metric


def test_the_addition_of_things_and_vehicles_a_plan_will_add(tmp_path: Path):
    text = ("Chargers grow\n\nThe addition of 4,100 charging piles lifted the total in May.\n\nThe island plans to "
            "add 20,000 new energy vehicles in 2026.\n")
    rows = _rows(tmp_path, text, published="2025-06-02")
    assert rows["4,100"]["metric"] == "newly_added_charging_piles"
    assert not rows["20,000"]["metric"].startswith("newly_added_")
