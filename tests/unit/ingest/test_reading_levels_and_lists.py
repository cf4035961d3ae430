"""A growth and the level it reached read as one series, a place's epithet ("the world's largest car market")
naming no kind, a kind's list of what it includes, the unit word after a number, and a period right after a
number in a list of them. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows
from tests.unit.ingest.test_reading_news import _fields, _metric

PUBLISHED = dt.date(2024, 6, 14)

BATTERIES = ("Installed battery capacity rises\n\n"
             "Installed capacity of power batteries in the country came to 88.4 GWh in the first quarter, up "
             "26.3 percent year on year.\n\nIn March alone, the output advanced 17 percent on the year to 23.6 GWh, "
             "the alliance said.")


@pytest.mark.parametrize(("stated", "metric"), [("26.3 percent", "power_battery_installed_capacity_yoy_pct"),
                                                ("17 percent", "power_battery_installed_capacity_yoy_pct"),
                                                ("23.6", "power_battery_installed_capacity")])
def test_a_growth_stated_with_the_level_it_reached_is_that_levels_growth(stated, metric):
    assert _metric(BATTERIES, stated, published=PUBLISHED) == metric


def test_growths_paired_with_levels_in_turn_keep_their_own_measures():
    text = ("Van output and sales both rose in May, with 210,000 units produced and 205,000 units sold, up 12.2 "
            "percent and 10.4 percent from a year earlier.")
    assert _metric(text, "12.2 percent", published=PUBLISHED) == "vehicle_production_yoy_pct"
    assert _metric(text, "10.4 percent", published=PUBLISHED) == "vehicle_sales_yoy_pct"


@pytest.mark.parametrize("epithet", ["the world's largest car market", "the biggest auto market in the world"])
def test_a_places_market_epithet_names_no_kind(epithet):
    text = (f"From January to May, NEV production and sales in {epithet} came to 3.1 million and 3.05 million "
            "units, respectively.")
    assert _metric(text, "3.1 million", published=PUBLISHED) == "nev_production"
    assert _metric(text, "3.05 million", published=PUBLISHED) == "nev_sales"


def test_a_kind_named_in_an_epithet_of_the_market_itself_still_says_what():
    text = "The country stayed the world's largest NEV market last year, with some 640,000 cars sold."
    assert _metric(text, "640,000", published=PUBLISHED) == "nev_sales"


OUTLOOK = ("The group sees deliveries of NEVs, including all-electric, range-extended and fuel cell models, at "
           "1.35 million units this year and 1.62 million vehicles in 2025.")


@pytest.mark.parametrize(("stated", "period"), [("1.35 million", "2024"), ("1.62 million", "2025")])
def test_a_kinds_list_and_the_unit_word_after_a_number_name_no_other_kind(stated, period):
    assert _metric(OUTLOOK, stated, published=PUBLISHED) == "nev_deliveries"
    assert _fields(OUTLOOK, stated, published=PUBLISHED)[1:] == (period, "forecast")


def test_each_number_of_a_list_takes_the_period_right_after_it_and_a_base_is_no_ones_period():
    text = ("Van exports hit 80,000 units in the first quarter and 95,000 units in the second quarter, up 20 percent "
            "from 2022.")
    assert _fields(text, "80,000", published=PUBLISHED)[1] == "2024-Q1"
    assert _fields(text, "95,000", published=PUBLISHED)[1] == "2024-Q2"
    assert _fields(text, "20 percent", published=PUBLISHED)[1] != "2022"


# --- a factory's figures, a year so far, a milestone ------------------------------------------------------------

FACTORY = ("BYD's Szeged output passes 2 million\n\n"
           "BYD marked a milestone, with output at its Szeged Gigafactory passing 2 million units this week, five "
           "years after the first vehicle came off the line.\n\n"
           "The Szeged plant shipped a total of 480,300 vehicles in 2025, down 4% from 2024, with local "
           "sales rising by 6% to 301,200 units while exports fell by 12% to 179,100 units.\n\n"
           "In 2025, shipments of the Model Q fell by 2.2% to 210,400 units, while Model 8 shipments rose 5% to "
           "90,700 units.")


@pytest.mark.parametrize(("stated", "entity", "metric", "period"), [
    ("2 million", "BYD Gigafactory Szeged", "vehicle_production_cumulative", "2026-03"),
    ("480,300", "BYD Gigafactory Szeged", "vehicle_shipments", "2025"),
    ("4%", "BYD Gigafactory Szeged", "vehicle_shipments_yoy_pct", "2025"),
    ("301,200", "BYD Gigafactory Szeged", "vehicle_domestic_sales", "2025"),
    ("179,100", "BYD Gigafactory Szeged", "vehicle_exports", "2025"),
    ("210,400", "", "model_q_shipments", "2025"),  # whose: the company's or the factory's, the text does not say
    ("90,700", "", "model_8_shipments", "2025"),
    ("5%", "", "model_8_shipments_yoy_pct", "2025")])
def test_a_factory_named_with_its_its_shipments_local_sales_models_and_milestone(tmp_path: Path, stated, entity,
                                                                                  metric, period):
    row = _rows(tmp_path, FACTORY, published="2026-03-20")[stated]
    assert (row["metric"], row["period"]) == (metric, period)
    assert row["entity"] == entity or not entity


def test_years_after_an_event_say_when_and_count_nothing(tmp_path: Path):
    assert "five" not in _rows(tmp_path, FACTORY, published="2026-03-20")


def test_a_growth_of_an_amount_is_the_amounts_and_keeps_its_currency_only_for_vehicles():
    text = ("From January to May, the province's car exports came to 12.4 billion yuan, up 88.1 percent year on "
            "year. The export value of its pure electric passenger cars came in at 7.35 billion yuan "
            "(US$1.02 billion), up 4.2 times year on year. Its auto parts exports hit 9.06 billion yuan, up 17.3 "
            "percent.")
    published = dt.date(2024, 6, 14)
    assert _metric(text, "88.1 percent", published=published) == "vehicle_exports_cny_yoy_pct"
    assert _metric(text, "4.2 times", published=published) == "bev_passenger_car_exports_cny_yoy_times"
    assert _metric(text, "17.3 percent", published=published) == "auto_parts_exports_yoy_pct"


RETAIL = ("Van retail sales came to 95,200 units in May this year, up 3.1 percent year on year.\n\n"
          "This year up to May 31, van retail sales totaled 480,100 units, up 6.2 percent year on year.\n\n"
          "In the given month, electric van retail sales totaled 20,300 units, up 11 percent.")


@pytest.mark.parametrize(("stated", "period"), [("480,100", "2025-01/2025-05"), ("20,300", "2025-05"),
                                                ("11 percent", "2025-05")])
def test_the_year_up_to_a_day_and_the_given_month(stated, period):
    assert _fields(RETAIL, stated, published=dt.date(2025, 6, 9))[1] == period


def test_a_port_written_two_ways_takes_the_name_the_article_first_gives_it():
    text = ("Exports through Weihai-Shidao port rose 5 percent in Q1.\n\n"
            "Some 42,000 cars were loaded at Weihai Shidao Port in the quarter.")
    assert _fields(text, "5 percent", published=PUBLISHED)[0] == "Weihai-Shidao Port"
    assert _fields(text, "42,000", published=PUBLISHED)[0] == "Weihai-Shidao Port"


def test_the_capacity_of_batteries_installed_is_their_installed_capacity():
    text = ("Storage cell output topped 62 GWh in the first quarter. Over the same months, the capacity of traction "
            "batteries installed in electric buses came to 97 GWh.")
    assert _metric(text, "97", published=PUBLISHED) == "power_battery_installed_capacity"


MINI = ("From January to June the Baojun MINIEV family sold 81,200 units, 40.2 percent more than a year before, "
        "the maker said. Since its debut in May 2021, the tally has topped 900,000 units in all.")


def test_a_model_written_as_one_word_with_ev_and_a_running_total_since_a_launch_dated_when_counted():
    published = dt.date(2025, 7, 16)
    assert _metric(MINI, "81,200", published=published) == "baojun_miniev_sales"
    assert _metric(MINI, "40.2 percent", published=published) == "baojun_miniev_sales_yoy_pct"
    assert _fields(MINI, "900,000", published=published)[1] == "2025-07"


def test_a_model_named_in_the_plural_after_its_number_and_a_word_describing_a_known_company(tmp_path: Path):
    text = ("Carmakers report deliveries\n\n"
            "NIO delivered 7,412 Aero ONEs to buyers in July, up roughly 131% on the year, the firm said.\n\n"
            "Rival BYD sold 20,100 Seals in the month, while 9,300 NEVs were exported.")
    rows = _rows(tmp_path, text, published="2021-08-02")
    assert rows["7,412"]["metric"] == "aero_one_deliveries"
    assert rows["131%"]["metric"] == "aero_one_deliveries_yoy_pct"
    assert (rows["20,100"]["entity"], rows["20,100"]["metric"]) == ("BYD", "seal_sales")
    assert rows["9,300"]["metric"] == "nev_exports"


BAR = ("Police data show that 64 Chinese cities have reached the threshold of 1 million automobiles, and 22 cities "
       "the threshold of 2 million. The tax break will run an additional three years.")


@pytest.mark.parametrize(("stated", "metric"), [("64", "cities_with_1_million_vehicles"),
                                                ("22", "cities_with_2_million_vehicles")])
def test_places_counted_by_the_bar_they_pass_and_the_bar_is_no_figure(tmp_path: Path, stated, metric):
    rows = _rows(tmp_path, BAR, published="2024-07-06")
    assert rows[stated]["metric"] == metric
    assert not {"1 million", "2 million", "three"} & set(rows)


FLEET = ("More NEVs join the fleet\n\n"
         "Police across the country registered a record 1.21 million NEVs from January to June, 17.4 percent more "
         "than a year before.\n\n"
         "Some 9.8 million NEVs were on China's roads at the end of June.\n\n"
         "Pure electric cars, the bulk of that fleet, totaled about 6.1 million, or 62.2 percent of all new energy "
         "vehicles.")


@pytest.mark.parametrize(("stated", "metric"), [
    ("1.21 million", "nev_registrations"), ("17.4 percent", "nev_registrations_yoy_pct"),
    ("9.8 million", "nev_ownership"), ("6.1 million", "bev_ownership"), ("62.2 percent", "bev_share_of_nev_ownership")])
def test_registered_as_a_verb_vehicles_on_a_countrys_roads_and_a_kinds_share_of_them(stated, metric):
    assert _metric(FLEET, stated, published=dt.date(2025, 7, 14)) == metric


def test_the_facilities_a_charging_network_counts_and_their_growth_to_a_months_end():
    text = ("Its EV charging network grew quickly as well, as the total number of facilities stood at 12.1 million "
            "units by the end of May, 41.5 percent more than a year before.")
    published = dt.date(2025, 6, 18)
    assert _metric(text, "12.1 million", published=published) == "ev_charging_facilities"
    assert _metric(text, "41.5 percent", published=published) == "ev_charging_facilities_yoy_pct"
    assert _fields(text, "41.5 percent", published=published)[1] == "2025-05"


def test_sales_outside_china_are_overseas_and_the_base_of_a_goal_is_last_years_actual():
    text = ("Its goal is to sell 48,000 cars outside China in 2020, rising from 41,000 last year. International "
            "sales are about 6% of its total sales.")
    published = dt.date(2020, 9, 26)
    assert _metric(text, "48,000", published=published) == "vehicle_overseas_sales_target"
    assert _metric(text, "41,000", published=published) == "vehicle_overseas_sales"
    assert _fields(text, "41,000", published=published)[1:] == ("2019", "actual")
    assert _metric(text, "6%", published=published) == "overseas_share_of_vehicle_sales"


PILES = ("Chargers keep multiplying\n\n"
         "Operators ran 12.4 million charging piles across the country at the end of May.\n\n"
         "Of the total, some 3.1 million were public charging facilities and 9.3 million were private, which grew "
         "27 percent and 47.5 percent, respectively.")


@pytest.mark.parametrize(("stated", "metric"), [
    ("3.1 million", "public_charging_piles"), ("9.3 million", "private_charging_piles"),
    ("27 percent", "public_charging_piles_yoy_pct"), ("47.5 percent", "private_charging_piles_yoy_pct")])
def test_parts_told_as_what_they_were_are_named_from_the_whole_and_their_growths_in_turn(stated, metric):
    assert _metric(PILES, stated, published=dt.date(2025, 6, 20)) == metric


def test_the_bounds_of_a_price_band_and_an_ordinal_milestone_are_no_figures(tmp_path: Path):
    text = ("Mid-priced cars sell best\n\n"
            "Most NEV passenger car sales fell in the 120,000 yuan ($16,500) to 180,000 yuan range, with sales "
            "reaching 3.1 million units, up 20.2 percent. The firm saw its 2-millionth NEV leave the line on June 3.")
    rows = _rows(tmp_path, text, published="2025-11-12")
    assert not {"120,000 yuan", "$16,500", "180,000 yuan", "2"} & set(rows)
    assert rows["3.1 million"]["metric"] == "nev_passenger_car_sales"


def test_charging_piles_for_a_kind_of_vehicle_are_named_for_it():
    text = ("The number of charging piles for electric vehicles (EVs) in the country reached 9.43 million by the end "
            "of June, up 39.6 percent from a year ago. Charging posts for new energy vehicles (NEVs) in the city "
            "numbered 120,000.")
    published = dt.date(2024, 7, 12)
    assert _metric(text, "9.43 million", published=published) == "ev_charging_piles"
    assert _metric(text, "39.6 percent", published=published) == "ev_charging_piles_yoy_pct"


def test_cities_that_boast_a_bar_of_cars_and_the_electric_ones_among_all_nevs(tmp_path: Path):
    text = ("Fleet keeps growing\n\n"
            "The country had 16.2 million new energy vehicles (NEVs) on its roads at the end of June, the ministry "
            "said.\n\nOf all the registered NEVs, 12.4 million were electric vehicles.\n\n"
            "Across the country, 84 cities boast more than 1 million cars, and 21 of them have more than 3 million.")
    rows = _rows(tmp_path, text, published="2023-07-10")
    assert rows["12.4 million"]["metric"] == "bev_ownership"
    assert rows["84"]["metric"] == "cities_with_1_million_vehicles"
    assert rows["21"]["metric"] == "cities_with_3_million_vehicles"
    assert not {"1 million", "3 million"} & set(rows)


@pytest.mark.parametrize(("stated", "metric"), [
    ("98.4 billion yuan", "overseas_revenue_cny"), ("61.3 percent", "overseas_revenue_yoy_pct"),
    ("21.2 percent", "overseas_share_of_revenue"), ("4.1 percentage points", "overseas_share_of_revenue_yoy_pp")])
def test_a_companys_overseas_revenue_and_its_share_of_all_revenue(stated, metric):
    text = ("Sales abroad brought the firm 98.4 billion yuan of overseas revenue in 2023, 61.3 percent more than a "
            "year before. That overseas revenue was 21.2 percent of the total revenue, 4.1 percentage points more "
            "than in 2022.")
    assert _metric(text, stated, published=dt.date(2024, 3, 28)) == metric


def test_a_range_across_a_conversion_a_former_company_name_a_kind_named_no_one_and_a_verbless_phrase(tmp_path: Path):
    text = ("Startup launches second model\n\n"
            "Chinese EV startup Xiaopeng Motors has launched its second model, the P5 sedan, costing between RMB "
            "160,000 (around $23,000) and RMB 245,000.\n\n"
            "Sales of new energy vehicles grew fast, with 1.18 million NEVs sold in 2020. The association forecasts "
            "that NEV sales in 2021 will reach 1.6 million. A 35 percent growth year-on-year.")
    rows = _rows(tmp_path, text, published="2021-01-14")
    assert (rows["RMB 160,000"]["entity"], rows["RMB 160,000"]["qualifier"]) == ("XPeng", "at_least")
    assert rows["RMB 245,000"]["qualifier"] == "at_most"
    assert rows["1.18 million"]["entity"] != "NEVs"
    assert rows["35 percent"]["status"] == "forecast"


BATTERY_OUTPUT = ("Installed capacity of power batteries reached 21.4 GWh in March.\n\n"
                  "Makers turned out 38.2 gigawatt hours of power battery production in March, 22.1 percent more "
                  "year on year and rising 31.6 percent month on month. Local firms sold 41,200 vehicles to the rest "
                  "of the world in those four months.")


@pytest.mark.parametrize(("stated", "metric"), [
    ("38.2", "power_battery_production"), ("22.1 percent", "power_battery_production_yoy_pct"),
    ("31.6 percent", "power_battery_production_mom_pct"), ("41,200", "vehicle_overseas_sales")])
def test_battery_output_said_so_another_base_for_the_same_series_and_sales_to_other_countries(stated, metric):
    assert _metric(BATTERY_OUTPUT, stated, published=dt.date(2024, 5, 10)) == metric


def test_a_factorys_sales_stay_sales_when_the_clause_also_says_shipped():
    text = "The Szeged Gigafactory sold 12,400 cars and shipped them by rail in May."
    assert _metric(text, "12,400", entity="BYD Gigafactory Szeged", published=dt.date(2026, 6, 10)) == "vehicle_sales"
