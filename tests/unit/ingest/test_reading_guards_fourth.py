"""Guards from a review of the readings of plants, pairs in turn, the country abroad and business in China: shapes
close to them that they took wrongly. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_while_clause_after_a_pair_keeps_its_own_measure(tmp_path: Path):
    text = ("Output grows\n\nProduction and sales reached 2.5 million and 2.4 million, while exports reached 400,000, "
            "up 25 percent.\n")
    rows = _rows(tmp_path, text, published="2024-05-10")
    assert (rows["400,000"]["metric"], rows["25 percent"]["metric"]) == ("vehicle_exports", "vehicle_exports_yoy_pct")


def test_a_growth_before_years_at_the_top_keeps_its_own_period(tmp_path: Path):
    text = ("Sales grow\n\nZeta's sales rose 11.6 percent and 12 percent in 2023, ranking first globally for 15 "
            "consecutive years.\n")
    assert _rows(tmp_path, text, published="2024-05-10")["12 percent"]["period"] == "2023"


def test_a_total_before_a_later_numbers_market(tmp_path: Path):
    text = "Exports grow\n\nExported vehicles reached 4.9 million, with 42,000 going to Chile.\n"
    rows = _rows(tmp_path, text, published="2024-05-10")
    assert (rows["4.9 million"]["entity"], rows["4.9 million"]["metric"]) == ("China", "vehicle_exports")
    assert rows["42,000"]["metric"] == "vehicle_exports_chile"


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [("The plant produced cars worth 5 billion yuan.", "5 billion yuan"),
     ("The $150mn project subsidy was paid in May.", "$150mn")],
)
def test_money_near_a_plant_or_project_that_is_no_cost(tmp_path: Path, sentence, stated):
    text = f"Zeta grows\n\nZeta opened its plant in Chile. {sentence}\n"
    assert not _rows(tmp_path, text, published="2024-05-10")[stated]["metric"].startswith("investment")


def test_a_month_after_a_plant_is_no_place(tmp_path: Path):
    text = "BYD grows\n\nThe BYD plant in March produced 120,000 vehicles.\n"
    assert _rows(tmp_path, text, published="2024-05-10")["120,000"]["entity"] == "BYD"


def test_a_foreign_companys_sales_abroad_in_an_article_on_its_business_in_china(tmp_path: Path):
    text = ("Tesla in China\n\nTesla delivered 300,000 cars in China in 2023.\n\nTesla's sales in the US were 600,000 "
            "cars.\n")
    assert not _rows(tmp_path, text, published="2024-05-10")["600,000"]["metric"].endswith("_china")


def test_the_country_after_exports_to_a_country_abroad_is_china(tmp_path: Path):
    text = "Zeta abroad\n\nZeta exported 3,000 cars to Chile. The country has 500 charging piles.\n"
    assert _rows(tmp_path, text, published="2024-05-10")["500"]["entity"] == "China"


def test_a_subject_after_while_is_named_without_it(tmp_path: Path):
    text = ("Charging grows\n\nThe nation's charging infrastructure exceeded 8.2 million units, while battery "
            "swapping stations reached 3,500.\n")
    assert not _rows(tmp_path, text, published="2024-05-10")["3,500"]["metric"].startswith("while_")


IMPORTS = ("Chinese EVs account for 85 pct of Chile's imports\n\n"
           "SANTIAGO, Dec. 13 -- Chinese-made electric vehicles accounted for 85 percent of Chile's EV imports from "
           "January to November, customs said.\n\n"
           "Of the 31,200 EVs imported by Chile between January and November, 26,500 came from China, the figures "
           "show.\n\nA total of 9,800 electric vehicles were imported in 2023, with 7,100 from China.\n\n"
           "China exported 5,000 cars to Chile in May.\n")


@pytest.mark.parametrize(
    ("stated", "entity", "metric"),
    [("85 percent", "Chile", "china_share_of_nev_imports"), ("31,200", "Chile", "nev_imports"),
     ("26,500", "Chile", "nev_imports_china"), ("9,800", "Chile", "nev_imports"),
     ("7,100", "Chile", "nev_imports_china"), ("5,000", "China", "vehicle_exports_chile")],
)
def test_a_country_abroads_imports_and_those_from_china(tmp_path: Path, stated, entity, metric):
    row = _rows(tmp_path, IMPORTS, published="2024-12-14")[stated]
    assert (row["entity"], row["metric"]) == (entity, metric)


def test_a_companys_dealerships_abroad_and_its_target_there(tmp_path: Path):
    text = ("BYD in Chile\n\nBYD opened its third showroom in Chile on Friday. The carmaker has set a goal of having "
            "over 60 dealerships in Chile by the end of 2026.\n")
    assert _rows(tmp_path, text, published="2024-04-20")["60"]["metric"] == "dealerships_chile_target"


def test_teslas_plant_is_a_gigafactory_and_others_are_plants(tmp_path: Path):
    text = ("Plants deliver\n\nTesla's Berlin plant made 4,200 cars last week, and Geely's Eastvale plant made 3,100 "
            "cars.\n")
    rows = _rows(tmp_path, text, published="2024-05-10")
    assert (rows["4,200"]["entity"], rows["3,100"]["entity"]) == ("Tesla Gigafactory Berlin", "Geely Eastvale Plant")


def test_a_models_number_after_its_kind_and_name_is_no_figure(tmp_path: Path):
    text = ("Zeta abroad\n\nZeta mainly sold the electric crossover SUV Lumo 3 in Chile. It launched its sports "
            "utility vehicle LUMO 3 last year. Its SUV Nova sold 5 units.\n")
    rows = _rows(tmp_path, text, published="2024-05-10")
    assert "3" not in rows and rows["5"]["metric"].endswith("sales")


WORLD = ("Electric car sales dip\n\nSales of electric cars around the globe dropped in June, a research firm said.\n\n"
         "Monthly sales worldwide dropped 12% to about 110,000 plug-in passenger electric vehicles.\n\n"
         "In the first half, the global electric-car market saw growth of 31%. It expects sales for the full year to "
         "climb by 20% to 45%, to between 2.2 million and 2.65 million units.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("12%", "nev_passenger_car_sales_yoy_pct"), ("110,000", "nev_passenger_car_sales"), ("31%", "nev_sales_yoy_pct"),
     ("20%", "nev_sales_yoy_pct"), ("2.65 million", "nev_sales")],
)
def test_the_worlds_market_and_the_sentence_after_it(tmp_path: Path, stated, metric):
    row = _rows(tmp_path, WORLD, published="2019-08-10")[stated]
    assert (row["entity"], row["metric"]) == ("World", metric)
