"""A kind's name read whole however long it runs after its number ("new energy passenger vehicles"); a year's
figure told in its last month ("With December over, annual sales reached ..."); a place's share of the country's
total, whose whole names the country; an industry's operating revenue and costs ("the auto manufacturing
industry" names an industry, not its output); a table of models, one a line, each number its model's, in the
table's period; models ranked with their figures in brackets; "for the month", and dates said in brackets or in
a relative clause before; retail sales told on from the sentence before; "electric vehicle" in a count's name,
"the amount of" and "the count of"; a maker named by its origin; shipments to a named country; "China-made";
"The number marks ..." with another measure after it; a share stated before "market share"; an estimate of a
month over, named after the number; "the January-October period of 2023"; "a month-on-month drop of"; a
growth set against another industry's; sales "at the home market"; things "added"; a count's growth told
"soaring"; "the output for" a material in tons; a model "of its" maker's; what a story is about, its tables'
makers left out and its title-case headline read; "a 44.8-percent rise in the number of"; things built or
installed in a period, not a stock built so far; things named before ", which grew". Every sentence here is
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.ingest.entities import Entities, known_company_names
from nevreport.ingest.tables import model_of, table_line
from tests.unit.ingest.test_reading_news import _fields, _metric

PUBLISHED = dt.date(2025, 1, 8)


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("Abroad, the nation shipped 64,000 new energy passenger vehicles in May.", "64,000",
     "nev_passenger_car_exports"),
    ("Abroad, the nation shipped 64,000 new energy passenger vehicles in May, up 12.5 percent year on year.",
     "12.5 percent", "nev_passenger_car_exports_yoy_pct"),
    ("Dealers sold 210,000 plug-in hybrid passenger vehicles in December.", "210,000", "phev_passenger_car_sales"),
])
def test_a_kind_named_after_its_number_is_read_whole(text, stated, metric):
    assert _metric(text, stated, published=PUBLISHED) == metric


def test_a_kind_named_after_other_words_is_not_the_numbers():
    text = "Zeta trimmed its 2025 sales goal to 2.8 million cars as a Chinese EV maker slows."
    assert not _metric(text, "2.8 million", published=PUBLISHED).startswith("nev")


@pytest.mark.parametrize(("text", "stated", "period"), [
    ("With December closing at 98,500 units, Zeta reached annual sales of 1,104,200 units.", "1,104,200", "2024"),
    ("With December closing at 98,500 units, Zeta reached annual sales of 1,104,200 units.", "98,500", "2024-12"),
    ("As December ended, the plant's annual output of electric cars came to 1.2 million.", "1.2 million", "2024"),
])
def test_an_annual_figure_told_in_its_last_month_is_the_years(text, stated, period):
    assert _fields(text, stated, published=PUBLISHED)[1] == period


def test_a_places_share_of_the_countrys_total_is_the_places():
    text = "In 2023, Anhui built 410,000 NEVs, or 4.5 percent of the nation's total output."
    assert _fields(text, "4.5 percent", published=PUBLISHED)[0] == "Anhui"
    assert _metric(text, "4.5 percent", entity="Anhui", published=PUBLISHED) == "nev_production_national_share_pct"


@pytest.mark.parametrize(("stated", "metric"), [
    ("12.3 percent", "vehicle_revenue_yoy_pct"), ("RMB 1.1 trillion", "vehicle_revenue_cny"),
    ("11.8 percent", "vehicle_operating_costs_yoy_pct"), ("RMB 0.95 trillion", "vehicle_operating_costs_cny")])
def test_an_industrys_operating_revenue_and_costs_are_not_its_output(stated, metric):
    text = ("In the first half, the operating revenue of the country's auto manufacturing industry rose 12.3 percent "
            "to RMB 1.1 trillion, while operating costs rose 11.8 percent to RMB 0.95 trillion.")
    assert _metric(text, stated, published=PUBLISHED) == metric


def listed_model(text: str, at: int, makers) -> tuple[str, str, str] | None:
    """(maker, model, measure) of the table line the number at `at` stands on, or None."""
    line = table_line(text, at, makers)
    return (line.maker, line.model, line.measure) if line else None


TABLE = ("Top sellers in May:\n\nGeely Alpha-Series \u2013 12,400\n\n"
         "BYD Q5 PHEV \u2013 9,800\n\nOrion e7 \u2013 6,100\n\nSales of all plug-in cars rose 20 percent in May.")


@pytest.mark.parametrize(("stated", "listed"), [
    ("12,400", ("Geely", "alpha", "sales")), ("9,800", ("BYD", "q5_phev", "sales")),
    ("6,100", ("Orion", "e7", "sales"))])
def test_a_line_of_a_table_of_models_is_that_models(stated, listed):
    assert listed_model(TABLE, TABLE.index(stated), known_company_names()) == listed


def test_a_table_of_models_reads_into_each_models_row():
    assert _fields(TABLE, "9,800", published=PUBLISHED)[0] == "BYD"
    assert _metric(TABLE, "9,800", published=PUBLISHED) == "q5_phev_sales"


@pytest.mark.parametrize("text", [
    "Zeta's sales for the month:\n\nMay \u2013 12,400\n\nThe company is based in Hefei.",  # one line is no table
    "Zeta sold 12,400 cars \u2013 9,800 of them abroad \u2013 in May.",  # a dash inside a sentence
])
def test_a_number_after_a_dash_outside_a_table_is_no_models(text):
    stated = "12,400" if "May \u2013" in text else "9,800"
    assert listed_model(text, text.index(stated), known_company_names()) is None


BULLETS = ("Zeta's sales breakdown:\n\n- Alpha BEV \u2013 4,210 (second month on the market)\n"
           "- Q3 PHEV \u2013 3,080 + 640 BEV\n- e9 \u2013 1,150\n\nThe maker plans more models.")


@pytest.mark.parametrize(("stated", "model"), [("4,210", "alpha_bev"), ("3,080", "q3_phev"), ("640", "q3_bev"),
                                               ("1,150", "e9")])
def test_a_bulleted_table_line_with_a_note_or_a_second_version_is_its_models(stated, model):
    at = BULLETS.index(stated)
    assert listed_model(BULLETS, at, known_company_names()) == ("", model, "sales")


@pytest.mark.parametrize(("name", "read"), [
    ("BAIC Alpha-Series", ("BAIC", "alpha")), ("Norwin EV230", ("Norwin", "ev230")), ("Chery eX", ("Chery", "ex")),
    ("Kestrel BEV", ("", "kestrel_bev")), ("SAIC Volkswagen", ("SAIC", "")), ("BMW Brilliance", ("BMW", "")),
    ("State Grid", ("State Grid", "")), ("Guangdong", ("", "")), ("January", ("", "")), ("Top speed", ("", ""))])
def test_a_listed_name_is_a_makers_model_only_where_its_words_say(name, read):
    assert model_of(name, known_company_names()) == read


STORY = ("Plug-in sales set a record in May\n\n"
         "In May, some 88,000 plug-in cars were sold in the country, 40% more than a year ago (the old record was "
         "81,000 in December 2023).\n\n"
         "Because overall car sales fell 7%, the plug-in share rose to 4.1%.\n\n"
         "The best-selling model was the Orion e7, which set a record (6,100) and was also the top choice in "
         "April.\n\n"
         "The next two spots for the month went to Chery eX (4,120) and Norwin EV230 (3,870).\n\n"
         "Zeta's sales breakdown:\n\n- Alpha BEV \u2013 4,210\n- Q3 PHEV \u2013 3,080\n")


@pytest.mark.parametrize(("stated", "period"), [
    ("7%", "2024-05"),  # not the December of the bracket before
    ("4,120", "2024-05"),  # "for the month": the story's month, not April's aside
    ("4,210", "2024-05"),  # a table's period: the story's month
])
def test_dates_in_asides_do_not_date_the_figures_after_them(stated, period):
    assert _fields(STORY, stated, published=dt.date(2024, 6, 20))[1] == period


@pytest.mark.parametrize(("stated", "entity", "metric"), [
    ("4,120", "Chery", "ex_sales"), ("3,870", "Norwin", "ev230_sales")])
def test_models_ranked_with_their_figures_in_brackets_are_each_the_models(stated, entity, metric):
    assert _fields(STORY, stated, published=dt.date(2024, 6, 20))[0] == entity
    assert _metric(STORY, stated, published=dt.date(2024, 6, 20)) == metric


@pytest.mark.parametrize(("stated", "metric"), [
    ("21 percent", "passenger_car_retail_sales_mom_pct"), ("1.6 million", "passenger_car_retail_sales"),
    ("640,000", "nev_passenger_car_retail_sales")])
def test_retail_sales_told_on_from_the_sentence_before_stay_retail(stated, metric):
    text = ("Retail sales of passenger cars fell 21 percent last month from March. Some 1.6 million passenger cars "
            "were sold in April. Retail new energy vehicle sales came to 640,000 units.")
    assert _metric(text, stated, published=dt.date(2024, 5, 9)) == metric


def test_sales_after_a_retail_sentence_that_names_wholesale_are_not_retail():
    text = "Retail sales of cars fell 21 percent in April. Wholesale figures showed 1.6 million cars were sold."
    assert _metric(text, "1.6 million", published=dt.date(2024, 5, 9)) == "vehicle_sales"


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("The number of public electric vehicle chargers in the province stood at 412,000 at the end of May.",
     "412,000", "public_ev_chargers"),
    ("The total amount of electric vehicle chargers in the region rose 31.2 percent to 1.05 million.",
     "31.2 percent", "ev_chargers_yoy_pct"),
    ("The total amount of electric vehicle chargers in the region rose 31.2 percent to 1.05 million.",
     "1.05 million", "ev_chargers"),
    ("The count of chargers for public use in the region is 31,500.", "31,500", "public_chargers"),
    ("Zeta's shipments of lithium batteries to the US rose 14% to $1.2 billion in May.", "$1.2 billion",
     "lithium_battery_exports_united_states_usd"),
    ("Zeta sold 61,000 China-made vehicles in May. The number marks a 6% rise from April and beat the 3% growth "
     "of all electric vehicle sales.", "6%", "vehicle_sales_mom_pct"),
])
def test_counts_shipments_and_the_number_before_are_named_by_their_own_words(text, stated, metric):
    assert _metric(text, stated, published=dt.date(2024, 6, 20)) == metric


def test_a_maker_named_by_its_origin_is_not_the_figures_place():
    text = ("Tesla sold 61,000 cars in May. It set a record for the plant, and beat the earlier sales record of "
            "58,000 in March, as the U.S. carmaker grows.")
    assert _fields(text, "58,000", published=dt.date(2024, 6, 20))[0] == "Tesla"


@pytest.mark.parametrize(("text", "stated", "field", "value"), [
    ("A data firm estimates 61,000 plug-in car sales in April at a 5.1% market share.", "5.1%", "metric",
     "nev_share_of_new_vehicle_sales"),
    ("A data firm estimates 61,000 plug-in car sales in April at a 5.1% market share.", "61,000", "period",
     "2024-04"),
    ("The sector grew in the January-October period of 2023, with added value up 6.2 percent.", "6.2 percent",
     "period", "2023-01/2023-10"),
    ("From January to November, added value rose 6.2 percent.", "6.2 percent", "period", "2023-01/2023-11"),
    ("Some 520,000 NEVs were sold in April. That marked a month-on-month drop of 2.4 percent.",
     "2.4 percent", "metric", "nev_sales_mom_pct"),
])
def test_shares_estimates_ranges_and_month_on_month_before_the_number(text, stated, field, value):
    published = dt.date(2024, 5, 20) if "April" in text else dt.date(2024, 1, 10)
    entity, period, status = _fields(text, stated, published=published)
    read = {"period": period, "status": status, "metric": _metric(text, stated, published=published)}
    assert read[field] == value


def test_retail_sales_carry_into_the_next_paragraph_but_not_into_an_outlook():
    text = ("NEV retail sales rise in April\n\nRetail sales of NEVs jumped 22 percent in April.\n\n"
            "A total of 520,000 NEVs were sold last month.\n\nNEV sales in 2024 will reach 9 million units.")
    published = dt.date(2024, 5, 9)
    assert _metric(text, "520,000", published=published) == "nev_passenger_car_retail_sales"
    assert _metric(text, "9 million", published=published) == "nev_sales"


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("Zeta's sector saw added value climb 6.9 percent, 2.8 percentage points higher than the whole "
     "manufacturing sector.", "2.8 percentage points", "vehicle_added_value_yoy_pct_vs_manufacturing_pp"),
    ("Revenue of the auto industry rose 5.5 percent, 1.2 percentage points faster than that of the manufacturing "
     "sector.", "1.2 percentage points", "vehicle_revenue_yoy_pct_vs_manufacturing_pp"),
    ("Sales of the country's NEVs at the home market jumped 28.2 percent to 6.1 million units.", "6.1 million",
     "nev_domestic_sales"),
    ("In May, 38,000 public chargers were added, soaring 41.5 percent from a year earlier.",
     "38,000", "newly_added_public_chargers"),
    ("In May, 38,000 public chargers were added, soaring 41.5 percent from a year earlier.",
     "41.5 percent", "newly_added_public_chargers_yoy_pct"),
])
def test_growth_against_an_industry_home_market_and_things_added(text, stated, metric):
    assert _metric(text, stated, published=dt.date(2024, 6, 20)) == metric


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("The output for cathode materials registered at 180,000 tons, up 4.2 percent.", "180,000",
     "cathode_material_production"),
    ("The output for cathode materials registered at 180,000 tons, up 4.2 percent.", "4.2 percent",
     "cathode_material_production_yoy_pct"),
    ("The port's output for the quarter was 180,000 tons of cargo.", "180,000", "cargo_throughput"),
    ("Zeta sold 2,150 of its Q7 sport utility vehicles in the quarter.", "2,150", "q7_sales"),
    ("It sold only 390 units of its cheaper Q5 model.", "390", "q5_sales"),
])
def test_a_materials_output_in_tons_and_a_model_of_its_makers(text, stated, metric):
    assert _metric(text, stated, published=dt.date(2024, 6, 20)) == metric


def test_a_story_is_about_its_headlines_place_not_the_makers_of_its_table():
    text = ("In May Plug-In Sales In China Climbed Again\n\n"
            "A data firm estimates 98,000 plug-in car sales in May.\n\n"
            "Top sellers in May:\n\n- BYD Q5 PHEV \u2013 9,800\n- BYD e9 \u2013 7,100\n"
            "- BYD Alpha BEV \u2013 6,300\n- Chery eX \u2013 5,900\n\nBYD had three of the top five.")
    entities = Entities([]).in_article(text, "2024")
    assert entities.main_subject(text) == "China"
    assert _fields(text, "98,000", published=dt.date(2024, 6, 20))[0] == "China"


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("The region saw a 38.2-percent rise in the number of chargers in May.", "38.2-percent",
     "chargers_yoy_pct"),
    ("The city has built some 9,800 charging stations in 2023, for a total of 150,400.", "9,800",
     "newly_built_charging_stations"),
    ("Zeta installed more than 800 supercharging stations in 2023.", "800", "newly_installed_supercharging_stations"),
    ("Zeta has so far built 12,000 battery swap stations in the country.", "12,000", "battery_swap_stations"),
    ("As of Friday, Zeta has launched 1,800 swap stations and installed 16,400 charging piles.", "16,400",
     "charging_piles"),
])
def test_things_built_in_a_period_are_new_and_a_stock_is_not(text, stated, metric):
    assert _metric(text, stated, published=dt.date(2024, 6, 20)) == metric


@pytest.mark.parametrize(("stated", "metric"), [("48 percent", "ev_charging_facilities_yoy_pct"),
                                                ("7.1 million", "ev_charging_facilities")])
def test_numbers_in_a_which_clause_count_the_things_before_it(stated, metric):
    text = ("The province keeps adding to its stock of electric vehicle charging facilities, which rose 48 percent "
            "in 2023, reaching 7.1 million in December.")
    assert _metric(text, stated, published=dt.date(2024, 3, 20)) == metric


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("The penetration rate of electric cars (EVs) in the province, or the share of EVs in all the cars sold there, "
     "rose to nearly 38 percent in 2024.", "38 percent", "nev_share_of_new_vehicle_sales"),
    ("The alliance reported the addition of 512,000 charging piles in the first quarter.", "512,000",
     "newly_added_charging_piles"),
    ("The country's passenger auto sales rose 9.4 percent in May.", "9.4 percent", "passenger_car_sales_yoy_pct"),
    ("ZT shares are trading higher by 2.3% at $18.40 in premarket.", "2.3%", "share_price_change_pct"),
    ("The plan wants NEVs to make up 30% of all new cars sold in 2027, up from just 7% in 2022.", "7%",
     "nev_share_of_new_vehicle_sales"),
])
def test_long_penetration_phrases_additions_passenger_autos_share_moves_and_shares_from(text, stated, metric):
    assert _metric(text, stated, published=dt.date(2025, 3, 4)) == metric


def test_a_relative_clause_ends_at_its_comma_not_at_a_number_s():
    text = ("Zeta, which gave no details of its plans, said it sold 410,000 cars abroad in the first quarter. "
            "Nearly 60% of them came from its Q brand.")
    assert _fields(text, "60%", published=dt.date(2025, 7, 4))[1] == "2025-Q1"


@pytest.mark.parametrize(("stated", "metric"), [
    ("880,000", "public_charging_piles"), ("58.2 percent", "newly_added_public_charging_piles_yoy_pct"),
    ("33.6 percent", "public_charging_piles_yoy_pct")])
def test_a_total_brought_to_over_a_level_is_the_total_of_the_things_added(stated, metric):
    text = ("The region added 184,000 public charging piles in the first half, taking its total to over 880,000 "
            "by June, up 58.2 percent and 33.6 percent year on year, respectively.")
    assert _metric(text, stated, published=dt.date(2024, 7, 12)) == metric
