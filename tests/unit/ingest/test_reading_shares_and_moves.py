"""Shares said with their whole after the number ("41% of annual sales", "held 65% of the market"), a rate and the
rate it moved from ("slowed to 6.1 per cent, down from a 9.4 per cent gain in May"), a change said as what a level
represents, a loss set against last year's, two kinds of passenger car named together, and a ranking table of
makers with their market shares. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading_more_news import _rows


def test_a_share_of_annual_sales_is_the_year_s_share_and_the_next_share_is_its_month_s(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's year\n\nPlug-in cars became the norm, reaching 41% of annual sales and nearly "
                           "47% in December.\n", published="2026-01-14")
    assert (rows["41%"]["metric"], rows["41%"]["period"]) == ("nev_share_of_new_vehicle_sales", "2025")
    assert (rows["47%"]["metric"], rows["47%"]["period"]) == ("nev_share_of_new_vehicle_sales", "2025-12")


def test_annual_sales_named_after_another_number_do_not_date_the_next_one(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta's December\n\nIn December plug-in cars took 41% of annual sales and 47% of "
                           "December's.\n", published="2026-01-14")
    assert rows["47%"]["period"] == "2025-12"


@pytest.mark.parametrize("verb", ["occupy", "now occupy", "currently occupy"])
def test_local_brands_holding_a_share_of_the_market_are_chinese_brands(tmp_path: Path, verb: str) -> None:
    rows = _rows(tmp_path, f"Zeta's year\n\nIn 2025, local brands {verb} 64% of the market.\n",
                 published="2026-01-14")
    assert rows["64%"]["metric"] == "chinese_brand_share_of_new_vehicle_sales"


@pytest.mark.parametrize(("sentence", "rate", "period"), [
    ("Growth in sales of plug-in cars slowed to 6.1 per cent, down from a 9.4 per cent gain in November.",
     "6.1 per cent", "2025-12"),
    ("Growth in sales of plug-in cars slowed to 6.1 per cent, down from a 9.4 per cent gain in November.",
     "9.4 per cent", "2025-11"),
    ("Sales of plug-in cars rose 11% for the year, down from 29% in 2024.", "11%", "2025"),
    ("Sales of plug-in cars rose 11% for the year, down from 29% in 2024.", "29%", "2024"),
    ("Growth in plug-in car sales eased to 11% from 29% in 2024.", "11%", "2025"),
])
def test_a_rate_moved_from_another_is_of_the_period_after_that_one(tmp_path: Path, sentence: str, rate: str,
                                                                   period: str) -> None:
    assert _rows(tmp_path, f"Zeta's year\n\n{sentence}\n", published="2026-01-14")[rate]["period"] == period


def test_a_change_a_level_represents_is_of_the_level_s_period(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden's November\n\nIn November, Halden sold 241,000 vehicles, up 12.8 percent, with "
                           "its sales from January to November topping 2.05 million units, representing an annual "
                           "rise of 9 percent.\n", published="2025-12-04")
    assert rows["12.8 percent"]["period"] == "2025-11"
    assert rows["9 percent"]["period"] == "2025-01/2025-11"


@pytest.mark.parametrize(("sentence", "base"), [
    ("Nio on Wednesday posted a quarterly net loss of 3.1 billion yuan, narrower than the 5.2 billion yuan loss a "
     "year ago.", "5.2 billion yuan"),
    ("Nio delivered 31,000 cars in July, higher than the 20,000 units a year ago.", "20,000"),
])
def test_a_level_set_against_last_year_s_is_of_the_year_before(tmp_path: Path, sentence: str, base: str) -> None:
    rows = _rows(tmp_path, f"Nio\n\n{sentence}\n", published="2025-08-27")
    assert rows[base]["period"][:4] == "2024"


@pytest.mark.parametrize(("sentence", "metric"), [
    ("Halden's sales of pure electric and hybrid passenger cars topped 204,000 in February.",
     "nev_passenger_car_sales"),
    ("Halden's sales of pure electric and hybrid cars topped 204,000 in February.", "nev_sales"),
])
def test_pure_electric_and_hybrid_passenger_cars_are_nev_passenger_cars(tmp_path: Path, sentence: str,
                                                                            metric: str) -> None:
    assert _rows(tmp_path, f"Halden's month\n\n{sentence}\n", published="2025-03-04")["204,000"]["metric"] == metric


_RANKING = """Zeta keeps the lead in plug-in car retail

Zeta stayed first among makers of plug-in cars in 2025, the retail sales ranking shows.

Zeta's plug-in car retail sales came to 2,614,300 units in 2025, a rise of 4.2% on 2024.

The list of the ten best sellers, with each maker's share of the market:

| Rank | Maker | NEV Sales | Share |

| 1 | BYD | 2,714,300 | 22.6% |

| 2 | Geely | 1,385,900 | 11.5% |

| 3 | Changan | 702,400 | 5.8% |
"""


@pytest.mark.parametrize(("stated", "entity", "metric"), [
    ("1,385,900", "Geely", "nev_passenger_car_retail_sales"),
    ("11.5%", "Geely", "nev_passenger_car_retail_sales_national_share_pct"),
    ("5.8%", "Changan", "nev_passenger_car_retail_sales_national_share_pct"),
])
def test_a_ranking_table_gives_each_maker_s_retail_sales_and_share_of_the_market(tmp_path: Path, stated: str,
                                                                                entity: str, metric: str) -> None:
    row = _rows(tmp_path, _RANKING, published="2026-01-13")[stated]
    assert (row["entity"], row["metric"], row["period"]) == (entity, metric, "2025")


def test_a_development_zone_is_not_the_city_a_sentence_points_back_to(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shanghai's plan\n\nThe sites chosen include Anting Hydrogen Hub and Maqiao Economic "
                           "Development Zone.\n\nThe city also said that NEV output in Shanghai will reach about "
                           "1.4 million vehicles by 2026.\n", published="2022-02-10")
    assert rows["1.4 million"]["entity"] == "Shanghai"


def test_targets_a_city_unveiled_are_its_targets(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Shanghai's plan\n\nOfficials unveiled their targets, saying that NEV output in "
                           "Shanghai will reach about 1.4 million vehicles by 2026.\n",
                 published="2022-02-10")
    assert (rows["1.4 million"]["metric"], rows["1.4 million"]["status"]) == ("nev_production_target", "target")


def test_a_registered_name_with_its_short_name_in_brackets_is_the_short_name(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Korvane's stations\n\nOn Monday Korvane Oil & Gas Corporation (Korvane) said it will "
                           "build about 800 hydrogen stations. So far, the company has opened 31 of them.\n",
                 published="2022-02-10")
    assert rows["800"]["entity"] == rows["31"]["entity"] == "Korvane"


def test_plug_in_cars_lithium_batteries_and_solar_cells_are_the_new_three(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Zeta City's exports\n\nZeta City's exports of electric passenger cars, lithium batteries "
                           "and solar cells rose 37.5% year on year to 71.2 billion yuan in January-October.\n",
                 published="2023-11-20")
    assert rows["71.2 billion yuan"]["metric"] == "new_three_exports_cny"
    assert rows["37.5%"]["metric"] == "new_three_exports_yoy_pct"


@pytest.mark.parametrize(("sentence", "stated", "metric"), [
    ("Sales of battery-only cars rose 9% from July to 131,200 units.", "131,200", "bev_sales"),
    ("Halden reported selling 28,340 vehicles in overseas markets, up 19.2% year-on-year.", "28,340",
     "vehicle_overseas_sales"),
    ("August was strong for Halden, with 28,340 vehicles sold outside of China.", "28,340",
     "vehicle_overseas_sales"),
])
def test_sales_abroad_and_battery_only_cars(tmp_path: Path, sentence: str, stated: str, metric: str) -> None:
    assert _rows(tmp_path, f"Halden's month\n\n{sentence}\n", published="2024-09-03")[stated]["metric"] == metric


def test_deliveries_from_each_of_its_brands_are_the_brands_figures(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Nio's November\n\nNio delivered 19,880 vehicles in November. They included 14,210 "
                           "units from the company's upmarket brand NIO and 5,670 units from its family brand "
                           "ONVO.\n", published="2024-12-02")
    assert rows["19,880"]["metric"] == "vehicle_deliveries"
    assert (rows["14,210"]["entity"], rows["14,210"]["metric"]) == ("NIO", "nio_deliveries")
    assert (rows["5,670"]["entity"], rows["5,670"]["metric"]) == ("NIO", "onvo_deliveries")


@pytest.mark.parametrize("sentence", [
    "The value of Zeta City's vehicle exports in January-May came to 31.8 billion USD, with a growth rate of 17.3%.",
    "Zeta City's vehicle export value rose 17.3% to USD 31.8 billion in January-May.",
])
def test_a_growth_told_with_a_sum_of_money_is_the_sum_s_growth(tmp_path: Path, sentence: str) -> None:
    assert _rows(tmp_path, f"Zeta City's exports\n\n{sentence}\n", published="2024-06-20")["17.3%"]["metric"] == (
        "vehicle_exports_usd_yoy_pct")


_RUSSIA = ("Chinese car sales slip in Russia\n\nChinese brands won most of Russia's car market in 2024, squeezing "
           "Russian makers. Local carmakers held just 27 per cent of the market in 2024. The sales of Chinese-made "
           "vehicles slid 26 per cent in January-September 2025.\n")


@pytest.mark.parametrize(("stated", "entity", "metric"), [
    ("27 per cent", "Russia", "local_carmaker_share_of_new_vehicle_sales"),
    ("26 per cent", "Russia", "chinese_brand_sales_yoy_pct"),
])
def test_shares_and_sales_in_a_story_of_a_market_abroad_are_that_market_s(tmp_path: Path, stated: str, entity: str,
                                                                          metric: str) -> None:
    row = _rows(tmp_path, _RUSSIA, published="2025-11-01")[stated]
    assert (row["entity"], row["metric"]) == (entity, metric)


@pytest.mark.parametrize(("text", "stated"), [
    ("Halden's August\n\nSales came to 2.41m units in August, up from 2.29m a year earlier.\n", "2.41m"),
    ("Halden's August\n\nSales came to 2.41m units in August, up from 2.29m a year earlier.\n", "2.29m"),
])
def test_millions_of_vehicles_written_short_are_read(tmp_path: Path, text: str, stated: str) -> None:
    assert _rows(tmp_path, text, published="2023-09-12")[stated]["metric"] == "vehicle_sales"


def test_a_clause_quoted_alone_reads_its_millions_as_the_article_does() -> None:
    # what `validate` checks a quote with: the clause alone, without the article around it
    found = [(m.text, m.value) for m in extract_mentions("while commercial vehicle sales were 14% higher at 2.61m")]
    assert found == [("14%", 14.0), ("2.61m", 2610000.0)]


def test_a_quote_that_opens_on_its_count_reads_its_millions() -> None:
    # a quote or a headline whose first word says what is counted ("Sales ...")
    found = [(m.text, m.value) for m in extract_mentions("Sales rose to 1.92m in March")]
    assert found == [("1.92m", 1920000.0)]


def test_a_length_in_metres_is_no_million(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Halden's August\n\nSales came to 2.41m units in August. The new sedan is 4.9m long.\n",
                 published="2023-09-12")
    assert "4.9m" not in rows
