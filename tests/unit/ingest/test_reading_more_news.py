"""More shapes of newswire text the reading follows: an ordinal beside a "respectively" pair, measures paired
by name rather than by verb, a measure whose kind the sentence's other measure names, "these cars", a sentence
opening on a segment, a compound annual growth and its years, a share of the world's total, the world as the
subject, the vehicles in use qualified (private cars), a listed company's shares, a brand and its company.
Every sentence here is written for the test."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest

from nevreport.common import config
from nevreport.curate.propose import Proposal, propose_rows
from tests.unit.ingest.test_reading_news import _fields, _metric

PUBLISHED = dt.date(2025, 3, 12)


def _proposals(tmp_path: Path, text: str, published: str = "2025-03-12") -> list[Proposal]:
    """Every proposal for a made-up article added to a copy of data/, repeats and numbers that are not claims
    included."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    (data / "raw" / "articles" / "990_test.txt").write_text(text, encoding="utf-8")
    with open(config.sources_csv(data), "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(
            ["990_test.txt", "Example News", "Test", "https://example.com/990", published, "test", "no"])
    return list(propose_rows("990_test.txt", text, data))


def _rows(tmp_path: Path, text: str, published: str = "2025-03-12") -> dict[str, dict[str, str]]:
    """The drafted rows of a made-up article added to a copy of data/, by the number's text."""
    return {p.mention.text: p.row for p in _proposals(tmp_path, text, published) if p.row}


# --- which measure, of which kind -----------------------------------------------------------------------------

PAIR_WITH_ORDINAL = ("Bus output and sales reached 1.52 million units and 1.49 million units, respectively, in 2024, "
                     "up 6.1 percent and 5.3 percent -- both records for the 12th consecutive year.")


@pytest.mark.parametrize(("stated", "metric"), [("1.52 million", "bus_production"),
                                                ("1.49 million", "bus_sales")])
def test_an_ordinal_is_not_a_number_of_a_respectively_pair(stated, metric):
    assert _metric(PAIR_WITH_ORDINAL, stated, published=PUBLISHED) == metric


NAMED_PAIR = ("Among them, NEV production came to 2.1 million units, while sales reached 2.05 million units, "
              "marking growth of 21.4 percent and 19.8 percent year on year, respectively.")


@pytest.mark.parametrize(("stated", "metric"), [("2.05 million", "nev_sales"),
                                                ("21.4 percent", "nev_production_yoy_pct"),
                                                ("19.8 percent", "nev_sales_yoy_pct")])
def test_measures_named_in_turn_pair_with_their_numbers_and_share_their_kind(stated, metric):
    assert _metric(NAMED_PAIR, stated, published=PUBLISHED) == metric


THESE_CARS = ("Last month, retail sales of new energy passenger cars grew 12.5 percent year on year to 640,000 "
              "units.\n\nIn the first two months, 1.31 million units of these cars were sold through retail, "
              "up 9 percent.\n\nWholesale sales of these cars reached 700,000 units in February, up 10.2 percent.")


@pytest.mark.parametrize(("stated", "metric"), [("1.31 million", "nev_passenger_car_retail_sales"),
                                                ("9 percent", "nev_passenger_car_retail_sales_yoy_pct"),
                                                ("700,000", "nev_passenger_car_sales"),
                                                ("10.2 percent", "nev_passenger_car_sales_yoy_pct")])
def test_these_cars_are_the_kind_the_sentences_before_named(stated, metric):
    assert _metric(THESE_CARS, stated, published=PUBLISHED) == metric


def test_a_sentence_opening_on_a_segment_counts_that_segment():
    text = "Car sales fell in February. In the new energy vehicle segment, sales rose by 4.2% to 96,000 vehicles."
    assert _metric(text, "96,000", published=PUBLISHED) == "nev_sales"
    assert _metric(text, "4.2%", published=PUBLISHED) == "nev_sales_yoy_pct"


# --- growth over years, shares of the world, the world ----------------------------------------------------------

OUTLOOK = ("China's NEV market will grow fast in the 2025-2029 period, a research firm said.\n\n"
           "The NEV market size in the country will reach 21 million units in 2029, with a compound annual "
           "growth rate of 14.2 percent during the period.\n\nFrom 2019 to 2023, the province registered an "
           "average annual increase of 61 percent in NEV production.")


def test_a_compound_annual_growth_is_of_the_market_size_over_the_years_an_earlier_sentence_names():
    assert _metric(OUTLOOK, "21 million", published=PUBLISHED) == "nev_sales"
    assert _metric(OUTLOOK, "14.2 percent", published=PUBLISHED) == "nev_sales_avg_annual_growth_pct"
    assert _fields(OUTLOOK, "14.2 percent", published=PUBLISHED)[1] == "2025/2029"
    assert _metric(OUTLOOK, "61 percent", published=PUBLISHED) == "nev_production_avg_annual_growth_pct"
    assert _fields(OUTLOOK, "61 percent", published=PUBLISHED)[1] == "2019/2023"


WORLD = ("Alongside the boom in electric cars, power battery installations worldwide rose by 31.5% in 2024 "
         "to 910 gigawatt-hours. China's share of global power battery installations climbed 3 percentage "
         "points to 64.2%.")


def test_the_world_as_subject_and_a_countrys_share_of_the_worlds_total():
    assert _fields(WORLD, "31.5%", published=PUBLISHED)[0] == "World"
    assert _fields(WORLD, "910", published=PUBLISHED)[0] == "World"
    assert _fields(WORLD, "64.2%", published=PUBLISHED)[0] == "China"
    assert _metric(WORLD, "64.2%", published=PUBLISHED) == "power_battery_installed_capacity_global_share_pct"
    assert _metric(WORLD, "3 percentage points", published=PUBLISHED) == (
        "power_battery_installed_capacity_global_share_pct_yoy_pp")


# --- the vehicles in use, qualified -------------------------------------------------------------------------------

PRIVATE = ("The growth of private cars in the city slowed, the number reaching 4.2 million in 2024, a year-on-year "
           "increase of 310,000.\n\nAbout 600,000 of the cars are NEVs, up 41 percent year on year.")


@pytest.mark.parametrize(("stated", "metric"), [("4.2 million", "private_vehicle_ownership"),
                                                ("310,000", "private_vehicle_ownership_yoy_change"),
                                                ("600,000", "private_nev_ownership"),
                                                ("41 percent", "private_nev_ownership_yoy_pct")])
def test_private_cars_in_use_and_the_part_of_them_that_are_nevs(stated, metric):
    assert _metric(PRIVATE, stated, entity="Hangzhou", published=PUBLISHED) == metric


# --- a listed company's shares, a brand --------------------------------------------------------------------------

SHARES = ("Hong Kong-listed shares of XPeng jumped as much as 7.4% to a three-week high of $12.05, while "
          "NIO fell 2.1% to $4.10. Its market share rose 1.2 percent in February.")


def test_a_share_price_and_its_move_are_the_days_of_the_report(tmp_path: Path):
    rows = _rows(tmp_path, SHARES)
    assert (rows["7.4%"]["metric"], rows["7.4%"]["qualifier"], rows["7.4%"]["period"]) == (
        "share_price_change_pct", "at_most", "2025-03-12")
    assert rows["7.4%"]["entity"] == "XPeng"
    assert (rows["$12.05"]["metric"], rows["$12.05"]["period"]) == ("share_price_usd", "2025-03-12")
    assert (rows["2.1%"]["metric"], rows["2.1%"]["entity"]) == ("share_price_change_pct", "NIO")
    assert rows["$4.10"]["metric"] == "share_price_usd"
    assert not rows["1.2 percent"]["metric"].startswith("share_price")  # a market share is no share price


BRAND = ("China FAW Group Co., Ltd. announced on Monday that its premium brand Hongqi is expanding "
         "abroad.\n\nHongqi sold 180,400 vehicles in the first two months, up 9.5 percent from a year earlier. "
         "Sales of NEVs under the brand rose 22 percent.")


def test_a_brands_figures_are_its_companys_and_take_the_brands_name(tmp_path: Path):
    rows = _rows(tmp_path, BRAND)
    assert {stated: (row["entity"], row["metric"]) for stated, row in rows.items()} == {
        "180,400": ("FAW", "hongqi_sales"),
        "9.5 percent": ("FAW", "hongqi_sales_yoy_pct"),
        "22 percent": ("FAW", "hongqi_nev_sales_yoy_pct"),
    }


# --- counts of things -----------------------------------------------------------------------------------------

BUILT = ("Last year, 42,000 new charging piles were built in the county, lifting the total number to 96,000. "
         "Four ferries departing daily link the island.")


@pytest.mark.parametrize(("stated", "metric"), [("42,000", "newly_built_charging_piles"),
                                                ("96,000", "charging_piles"),
                                                ("Four", "ferries_departing_daily_average")])
def test_new_things_built_are_newly_built_their_total_is_all_of_them_and_a_count_per_day_a_daily_average(
        stated, metric):
    assert _metric(BUILT, stated, published=PUBLISHED) == metric


# --- what a plan says, a port's full name, a cause ------------------------------------------------------------

PORT_PLAN = ("Lanshan International Logistics Port in the bay said on Monday that it has shipped 8,000 cars.\n\n"
             "Part of Qingzhou Port, Lanshan port opened in 2022, designed to handle 3 million tons of cargo a "
             "year.\n\nAccording to its master plan, the port intends to add 30 berths over time.\n\n"
             "It will handle about 200,000 vehicles annually by 2027. The province is expected to make 900,000 "
             "NEVs in 2026, according to a provincial plan. Analysts expect exports to grow 12 percent next year.")


@pytest.mark.parametrize("stated", ["8,000", "3 million", "30", "200,000"])
def test_a_port_named_short_is_the_port_named_in_full_not_the_port_it_is_part_of(stated):
    assert _fields(PORT_PLAN, stated, published=PUBLISHED)[0] == "Lanshan International Logistics Port"


@pytest.mark.parametrize(("stated", "status"), [("200,000", "target"), ("900,000", "target"),
                                                ("12 percent", "forecast")])
def test_what_a_plan_says_will_happen_is_a_target(stated, status):
    assert _fields(PORT_PLAN, stated, published=PUBLISHED)[2] == status


def test_a_cause_names_no_kind_of_what_is_counted():
    text = ("The carmaker said its worldwide sales grew 11 percent to 610,200 units in the first half, driven by "
            "strong demand for new energy vehicles and rising exports.")
    assert _metric(text, "610,200", published=PUBLISHED) == "vehicle_sales"
    text = ("Growth was driven by a jump in exports of new energy vehicles, which climbed 64 percent to over "
            "900,000 units in 2024.")
    assert _metric(text, "900,000", published=PUBLISHED) == "nev_exports"


# --- periods and bases ---------------------------------------------------------------------------------------

def test_the_period_a_figure_goes_on_from_is_not_the_year_an_earlier_figure_was_compared_with():
    text = ("NEV sales reached 2.1 million units in the first five months of the year, surpassing the total NEV "
            "sales in 2021.\n\nThe figure accounted for 18 percent of new car sales during the period.")
    assert _fields(text, "18 percent", published=dt.date(2022, 6, 20))[1] == "2022-01/2022-05"


FIVE_YEARS = ("The association's head said average annual car sales will likely amount to 38 million units during "
              "the plan period (2026-30).\n\nHe forecast that sales will grow at an average annual rate of 2.5 "
              "percent during the period.\n\nCompared to 2025, by 2030 exports of cars will increase by 8 percent.")


@pytest.mark.parametrize(("stated", "metric", "period"), [
    ("38 million", "vehicle_sales_annual_average", "2026/2030"),
    ("2.5 percent", "vehicle_sales_avg_annual_growth_pct", "2026/2030"),
    ("8 percent", "vehicle_exports_vs_2025_pct", "2030"),
])
def test_an_outlook_over_a_plan_period_its_average_a_year_and_a_base_the_sentence_opens_with(stated, metric, period):
    assert _metric(FIVE_YEARS, stated, published=PUBLISHED) == metric
    assert _fields(FIVE_YEARS, stated, published=PUBLISHED)[1] == period


def test_a_goal_within_some_years_is_for_the_year_they_end():
    text = "Within five years, the carmaker plans to expand its presence to more than 60 countries."
    assert _fields(text, "60", published=PUBLISHED)[1:] == ("2030", "target")
    text = "The carmaker plans to open 500 stores over the next three years."
    assert _fields(text, "500", published=PUBLISHED)[1] == "2025/2027"


def test_a_line_broken_mid_sentence_goes_on_in_the_next_paragraph():
    text = ("Customs data showed that 910,000 vehicles were exported during the period from January to\n\n"
            "June this year, up 38.2 percent year-on-year.\n\nExports rose in June.")
    assert _fields(text, "910,000", published=dt.date(2021, 7, 20))[1] == "2021-H1"
    assert _fields(text, "38.2 percent", published=dt.date(2021, 7, 20))[1] == "2021-H1"


# --- groups of brands, listed companies, rates -------------------------------------------------------------------

BRANDS = ("Sales of Chinese-brand passenger cars rose 38.5 percent year on year in May.\n\nA total of 870,000 "
          "Chinese-brand passenger cars were sold last month. Exports of Chinese-brand cars hit 210,000 units in "
          "May, while the exports of luxury vehicles reached 41,000 units.")


@pytest.mark.parametrize(("stated", "metric"), [("38.5 percent", "chinese_brand_passenger_car_sales_yoy_pct"),
                                                ("870,000", "chinese_brand_passenger_car_sales"),
                                                ("210,000", "chinese_brand_vehicle_exports"),
                                                ("41,000", "vehicle_exports")])
def test_a_group_of_brands_names_its_figures_and_a_contrast_ends_it(stated, metric):
    assert _metric(BRANDS, stated, published=dt.date(2025, 6, 12)) == metric


def test_stock_codes_are_no_figures_and_their_companies_moves_are_share_price_changes(tmp_path: Path):
    rows = _rows(tmp_path, "Battery maker CATL (300750.SZ) gained 3.7%. EVE Energy (300014.SZ) and BYD climbed "
                           "between 2.1% and 6%. NEV sales rose 12% in February.")
    assert "300750" not in rows and "300014" not in rows
    assert {stated: rows[stated]["metric"] for stated in ("3.7%", "2.1%", "6%")} == dict.fromkeys(
        ("3.7%", "2.1%", "6%"), "share_price_change_pct")
    assert rows["12%"]["metric"] == "nev_sales_yoy_pct"


def test_a_growth_each_year_is_an_average_annual_growth_and_to_hit_is_no_past_tense():
    text = ("China's NEV sales are expected to grow more than 30% each year in the next five years, an official said. "
            "The association forecasts sales of NEVs, including hybrids, to hit 3.1 million units this year.\n\n"
            "The port handled a new high of 290 vehicles per hour.")
    assert _metric(text, "30%", published=PUBLISHED) == "nev_sales_avg_annual_growth_pct"
    assert _fields(text, "30%", published=PUBLISHED)[1:] == ("2025/2029", "forecast")
    assert _fields(text, "3.1 million", published=PUBLISHED)[2] == "forecast"
    assert _metric(text, "290", entity="Ningbo Port", published=PUBLISHED).endswith("_hourly_average")


def test_a_companys_figure_abroad_stays_the_companys_with_the_place_in_its_name(tmp_path: Path):
    rows = _rows(tmp_path, "NIO delivered 15,620 vehicles in February. The company runs 2,400 power swap stations in "
                           "China, and 51 power swap stations and 20 charging stations in Europe. China's exports to "
                           "Europe rose 12 percent.")
    assert (rows["51"]["entity"], rows["51"]["metric"]) == ("NIO", "power_swap_stations_europe")
    assert (rows["20"]["entity"], rows["20"]["metric"]) == ("NIO", "charging_stations_europe")
    assert rows["2,400"]["metric"] == "power_swap_stations"
    assert rows["12 percent"]["entity"] == "China"  # "to Europe" with a country as subject: the country's


def test_a_level_in_units_of_energy_or_length_is_named_by_its_subject_not_its_unit():
    text = ("The grid said EV charging volume rose to 410 million kilowatt-hours, a year-on-year increase of 8.2%. "
            "The ferry measures 180 meters in length and 30 meters in width.")
    assert _metric(text, "410 million", published=PUBLISHED) == "ev_charging_volume"
    assert _metric(text, "8.2%", published=PUBLISHED) == "ev_charging_volume_yoy_pct"
    assert _metric(text, "180", published=PUBLISHED) == "ferry_length"
    assert _metric(text, "30", published=PUBLISHED) == "ferry_width"
