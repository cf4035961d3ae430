"""Levels and growths told in turn: a growth "respectively" after a count and its value is each one's, a level
after "produced and sold" takes its verb in turn, "... and 415,000 were sold" its own verb, and the growth of an
amount that is only ever money drops its currency. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

PORT = ("Port exports grow\n\n"
        "Harbour Port exported 120,000 electric passenger cars worth 21.5 billion yuan (US$3.1 billion) in the "
        "first quarter, growth of 20.1 percent and 43.7 percent respectively, and nearly 48 percent of the "
        "nation's total exports.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("120,000", "nev_passenger_car_exports"), ("21.5 billion yuan", "nev_passenger_car_exports_cny"),
     ("20.1 percent", "nev_passenger_car_exports_yoy_pct"), ("43.7 percent", "nev_passenger_car_exports_cny_yoy_pct"),
     ("48 percent", "nev_passenger_car_exports_national_share_pct")],
)
def test_a_count_and_its_value_then_their_growths(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, PORT, published="2023-04-20")[stated]["metric"] == metric


MADE_AND_SOLD = ("NEV output falls\n\n"
                 "From January to May, 420,000 NEVs were produced and 415,000 were sold, down 12.5% and 11.2% "
                 "respectively from a year before.\n\n"
                 "Makers of all kinds of vehicles produced and sold 21.5 million and 21.7 million cars, respectively, "
                 "with growth of 2.4 percent and 2.8 percent.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("420,000", "nev_production"), ("415,000", "nev_sales"), ("12.5%", "nev_production_yoy_pct"),
     ("11.2%", "nev_sales_yoy_pct"), ("21.5 million", "vehicle_production"), ("21.7 million", "vehicle_sales"),
     ("2.4 percent", "vehicle_production_yoy_pct"), ("2.8 percent", "vehicle_sales_yoy_pct")],
)
def test_levels_in_turn_with_their_verbs(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, MADE_AND_SOLD, published="2020-06-10")[stated]["metric"] == metric


def test_the_growth_of_revenue_in_turn_drops_its_currency(tmp_path: Path):
    text = ("City exports grow\n\nThe city exported 210,000 vehicles in 2023, earning 19.4 billion yuan in "
            "revenue, with growth of 21.3 percent and 40.2 percent respectively.\n")
    rows = _rows(tmp_path, text, published="2024-02-01")
    assert rows["21.3 percent"]["metric"] == "vehicle_exports_yoy_pct"
    assert rows["40.2 percent"]["metric"] == "revenue_yoy_pct"


def test_growths_in_turn_stop_at_a_while_clause(tmp_path: Path):
    text = ("NEV output grows\n\nNEV output and sales reached 1.7 million and 1.65 million in November, growing "
            "17.2 percent and 19.8 percent, while NEVs made up 51.2 percent of new car sales that month.\n")
    rows = _rows(tmp_path, text, published="2025-12-12")
    assert (rows["17.2 percent"]["metric"], rows["19.8 percent"]["metric"]) == (
        "nev_production_yoy_pct", "nev_sales_yoy_pct")
    assert rows["51.2 percent"]["metric"] == "nev_share_of_new_vehicle_sales"


@pytest.mark.parametrize(
    ("sentence", "stated", "metric"),
    [("Buyers also receive subsidies of 4,000 yuan for charging.", "4,000 yuan",
      "charging_subsidy_cny"),
     ("Consumers who scrap old cars get a trade-in subsidy of 20,000 yuan.", "20,000 yuan", "trade_in_subsidy_cny"),
     ("The loan interest subsidy is capped at 3,000 yuan.", "3,000 yuan", "loan_interest_subsidy_cny"),
     ("The government paid 2 billion yuan in subsidies.", "2 billion yuan", "subsidy_cny")],
)
def test_a_subsidy_named_by_its_kind(tmp_path: Path, sentence, stated, metric):
    assert _rows(tmp_path, f"Subsidies\n\n{sentence}\n", published="2025-05-10")[stated]["metric"] == metric


BATTERIES = ("Battery output grows\n\n"
             "Makers of power and storage batteries had a busy October, a trade group reported on Friday.\n\n"
             "Output of the batteries came to 80.2 GWh in October, up 38.1 percent year on year.\n\n"
             "Sales of the batteries came to 78.5 GWh in October.\n\nPower battery installations were 40 GWh.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("80.2", "power_and_energy_storage_battery_production"),
     ("38.1 percent", "power_and_energy_storage_battery_production_yoy_pct"),
     ("78.5", "power_and_energy_storage_battery_sales"), ("40", "power_battery_installed_capacity")],
)
def test_power_and_storage_batteries_told_together(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, BATTERIES, published="2023-11-17")[stated]["metric"] == metric


FOREIGN = ("GM delivers over 480,000 vehicles in China in Q3\n\n"
           "SHANGHAI -- General Motors and its partners delivered 481,000 cars in China in the July to September "
           "quarter, up 7 percent on the year.\n\n"
           "GM's Cadillac sales came to 45,000 in the quarter, up 34.7 percent on the year. Chevrolet delivered 41,000 "
           "cars, and Buick sales were 120,000.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("481,000", "vehicle_deliveries_china"), ("45,000", "cadillac_sales_china"),
     ("34.7 percent", "cadillac_sales_china_yoy_pct"), ("41,000", "chevrolet_deliveries_china"),
     ("120,000", "buick_sales_china")],
)
def test_a_foreign_companys_business_in_china_and_its_brands(tmp_path: Path, stated, metric):
    row = _rows(tmp_path, FOREIGN, published="2023-10-07")[stated]
    assert (row["entity"], row["metric"]) == ("General Motors", metric)


def test_a_foreign_company_in_an_article_on_the_market_keeps_its_own_name(tmp_path: Path):
    text = ("Plug-in sales in China grow\n\nSales of plug-in cars in China rose in September. Tesla sold 2,100 "
            "Model X cars, and BMW 1,900 cars.\n")
    assert not _rows(tmp_path, text, published="2018-10-20")["2,100"]["metric"].endswith("_china")


def test_units_of_things_named_before_and_their_total(tmp_path: Path):
    text = ("Charging units top 11 million\n\nThe nation counted over 11 million EV charging units at the close of "
            "March, up 40.2 percent on the year, a trade group said.\n\nMarch saw 350,000 new units added, up 44.5 "
            "percent, taking the total count to 11.3 million.\n")
    rows = _rows(tmp_path, text, published="2024-04-20")
    assert [rows[s]["metric"] for s in ("350,000", "44.5 percent", "11.3 million")] == [
        "newly_added_ev_charging_units", "newly_added_ev_charging_units_yoy_pct", "ev_charging_units"]


def test_charging_infrastructure_counted_in_units(tmp_path: Path):
    text = ("Charging grows\n\nOver 3.1 million charging infrastructure units were newly built across the nation "
            "in 2023. At the close of that year, the nation's charging infrastructure exceeded 8.2 million units, "
            "up 61 percent on the year.\n")
    rows = _rows(tmp_path, text, published="2024-02-20")
    assert [rows[s]["metric"] for s in ("3.1 million", "8.2 million", "61 percent")] == [
        "newly_built_charging_infrastructure_units", "charging_infrastructure_units",
        "charging_infrastructure_units_yoy_pct"]


def test_a_model_of_its_own_and_the_level_it_rose_from(tmp_path: Path):
    text = ("Startups deliver more\n\nIn October, Li Auto delivered 3,600 of its Li ONE SUVs to buyers, up from "
            "3,410 in September.\n\nBYD sold 200,000 NEVs in May, up from 180,000 units in April.\n")
    rows = _rows(tmp_path, text, published="2020-11-02")
    assert (rows["3,600"]["metric"], rows["3,410"]["metric"]) == ("li_one_deliveries", "li_one_deliveries")
    assert (rows["3,410"]["period"], rows["180,000"]["metric"]) == ("2020-09", "nev_sales")


def test_pairs_and_years_at_the_top(tmp_path: Path):
    text = ("NEVs grow\n\nNEV production and sales came to 12.1 million and 11.9 million units in 2024, up 25.2 "
            "percent and 24.1 percent respectively, and the nation kept the top spot in the world for 10 straight "
            "years.\n\n"
            "Vehicle output and sales have stayed first in the world for 16 consecutive years.\n")
    rows = _rows(tmp_path, text, published="2025-01-14")
    stated = ("12.1 million", "11.9 million", "25.2 percent", "24.1 percent", "10", "16")
    assert [rows[s]["metric"] for s in stated] == [
        "nev_production", "nev_sales", "nev_production_yoy_pct", "nev_sales_yoy_pct", "nev_global_leader_years",
        "vehicle_global_leader_years"]
    assert rows["24.1 percent"]["period"] == rows["25.2 percent"]["period"]


def test_used_cars_transaction_value_and_a_share_of_domestic_sales(tmp_path: Path):
    text = ("Used car trade grows\n\nSome 9.1 million second-hand vehicles changed hands in the period, with a total "
            "transaction value of 590.2 billion yuan, the dealers said.\n\nNEVs took 35.1 percent of domestic new-car "
            "sales from January to June.\n")
    rows = _rows(tmp_path, text, published="2023-08-18")
    assert rows["590.2 billion yuan"]["metric"] == "used_vehicle_sales_cny"
    assert rows["35.1 percent"]["metric"] == "nev_share_of_new_vehicle_domestic_sales"


def test_a_level_averaged_per_year_and_years_at_the_top_after_decimals(tmp_path: Path):
    text = ("Exports grow\n\nThe country's car exports have averaged 900,000 per year.\n\nNEV production and sales "
            "came to 12.16 million and 11.94 million units, and the nation kept the top spot in the world for 10 "
            "straight years.\n")
    rows = _rows(tmp_path, text, published="2023-07-20")
    assert rows["900,000"]["metric"] == "vehicle_exports_annual_average"
    assert rows["10"]["metric"] == "nev_global_leader_years"


def test_counts_of_items_listed_after_a_colon_or_of_rivals_named_before(tmp_path: Path):
    text = ("Plan released\n\nThe plan listed four main tasks: to build roads, add chargers, train staff and cut "
            "costs.\n\nNIO delivered 4,100 vehicles in October, beating its two rivals. The shares of all three "
            "companies rose on Monday.\n")
    rows = _rows(tmp_path, text, published="2020-11-02")
    assert "4,100" in rows and not {"four", "two", "three"} & set(rows)


def test_shares_of_the_global_total_and_export_values(tmp_path: Path):
    text = ("Hydrogen grows\n\nThe country now runs over 230 hydrogen fuelling stations, some 37.5 percent of the "
            "global total.\n\nIn the first nine months, the export value of Harbour-manufactured vehicles rose 12.9 "
            "percent year on year to 38.1 billion yuan.\n\nIn November, 1.24 million used cars were traded "
            "nationwide, down 16.3 percent on the year.\n")
    rows = _rows(tmp_path, text, published="2022-12-20")
    assert rows["37.5 percent"]["metric"] == "hydrogen_fuelling_stations_global_share_pct"
    assert rows["12.9 percent"]["metric"] == "vehicle_exports_cny_yoy_pct"
    assert (rows["1.24 million"]["metric"], rows["16.3 percent"]["metric"]) == (
        "used_vehicle_sales", "used_vehicle_sales_yoy_pct")


def test_evs_beside_phevs_and_growths_in_turn_in_a_part_of_a_sentence(tmp_path: Path):
    text = ("NEVs in 2020\n\nMakers built 1.18 million NEVs in 2020 and sold 1.19 million, up 7.3% and 10.4% on "
            "year respectively. Output comprised 1.01 million EVs and 187,000 PHEVs, growing 5.3% and 17.6% on year, "
            "while sales comprised 1.02 million EVs and 186,000 PHEVs, rising 11.3% and 8.2% on year.\n")
    rows = _rows(tmp_path, text, published="2021-01-20")
    assert [rows[s]["metric"] for s in ("1.01 million", "5.3%", "17.6%", "1.02 million", "11.3%", "8.2%")] == [
        "bev_production", "bev_production_yoy_pct", "phev_production_yoy_pct", "bev_sales", "bev_sales_yoy_pct",
        "phev_sales_yoy_pct"]
