"""Markets abroad that buy what a story's exporter exports, a brand's figures without a kind carried from other
sentences, battery figures in a story of installations, and counts named by the words after their noun. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

BUYERS = ("Exports of Chinese EVs to the EU climb\n\nChina sent electric vehicles worth $6.1 billion to the EU in "
          "the first half of 2025, customs figures show.\n\nBelgium stayed the top buyer of Chinese electric cars "
          "in January-June, its purchases hitting $2.7 billion, close to 44% of all those shipped to the EU. Germany "
          "was second, buying electric cars for $0.91 billion (15%), while Spain came third with $0.66 billion "
          "(10.8%).\n\nNext came Slovenia with $497.4 million (8.1%) and Sweden with $183.2 million (3.0%).\n")


def test_a_market_that_buys_the_exporters_cars_is_the_exporters_exports_there(tmp_path: Path):
    rows = _rows(tmp_path, BUYERS, published="2025-07-20")
    assert {stated: (rows[stated]["entity"], rows[stated]["metric"]) for stated in (
        "$2.7 billion", "$0.91 billion", "$0.66 billion", "$497.4 million", "$183.2 million")} == {
        "$2.7 billion": ("China", "nev_exports_belgium_usd"),
        "$0.91 billion": ("China", "nev_exports_germany_usd"),
        "$0.66 billion": ("China", "nev_exports_spain_usd"),
        "$497.4 million": ("China", "nev_exports_slovenia_usd"),  # (a country the ISO list names)
        "$183.2 million": ("China", "nev_exports_sweden_usd"),  # (the market named last before it)
    }


def test_a_bracketed_percent_after_a_buyers_level_is_its_share_of_the_exports(tmp_path: Path):
    rows = _rows(tmp_path, BUYERS, published="2025-07-20")
    assert rows["15%"]["metric"] == "germany_share_of_nev_exports_usd"  # (not a growth)
    assert rows["3.0%"]["metric"] == "sweden_share_of_nev_exports_usd"
    assert rows["44%"]["metric"] == "belgium_share_of_nev_exports_european_union_usd"  # (of all sent to the EU)


def test_a_buyer_in_a_story_that_is_not_of_exports_stays_itself(tmp_path: Path):
    text = ("Belgium's car market\n\nBelgium stayed the top buyer of electric cars in the region, its purchases "
            "hitting 84,000 units in 2024, the federation said.\n")
    rows = _rows(tmp_path, text, published="2025-02-10")
    assert rows["84,000"]["entity"] == "Belgium"
    assert "exports" not in rows["84,000"]["metric"]


def test_a_brands_figure_takes_no_kind_the_sentences_before_carried(tmp_path: Path):
    text = ("Zeta's brands post a record month\n\nZeta Auto delivered 51,200 new energy vehicles in May, up 32 "
            "percent year on year.\n\nBy brand, Onvo delivered 12,300 units, Deepal delivered 20,710 units and "
            "Avatr delivered 9,088 units.\n")
    rows = _rows(tmp_path, text, published="2026-06-02")
    assert rows["12,300"]["metric"] == "onvo_deliveries"  # (not onvo_nev_deliveries)
    assert rows["20,710"]["metric"] == "deepal_deliveries"
    assert rows["9,088"]["metric"] == "avatr_deliveries"
    assert rows["51,200"]["metric"] == "nev_deliveries"


# Sentences between a story's lead and its makers' figures, so that the figures are read far from the lead
BATTERY_PARAGRAPH = ("Lithium iron phosphate batteries led the market. Ternary batteries trailed them. Demand for "
                     "hybrids held up. Prices of cells kept falling. Makers of both kinds cut costs.")


def test_gwh_without_a_measure_in_a_story_of_installations_are_installed(tmp_path: Path):
    text = ("Power battery installation volume climbs 30% in October\n\nIn October, China recorded 60.2GWh of EV "
            f"battery installation volume, up 30.1% year on year, the alliance said.\n\n{BATTERY_PARAGRAPH}\n\n"
            "The top three companies provided 45GWh, capturing 74.8% of the total. The top five and ten makers "
            "contributed 50.9GWh and 58.8GWh, respectively.\n")
    rows = _rows(tmp_path, text, published="2026-11-11")
    assert rows["45"]["metric"] == "top_3_battery_maker_power_battery_installed_capacity"  # (not _production)
    assert rows["74.8%"]["metric"] == "top_3_battery_maker_share_of_power_battery_installed_capacity"
    assert rows["58.8"]["metric"] == "top_10_battery_maker_power_battery_installed_capacity"


def test_a_story_that_tells_battery_output_keeps_it(tmp_path: Path):
    text = ("Power battery output and installations rise\n\nIn October, China's power battery output came to "
            f"98.1GWh, the alliance said.\n\n{BATTERY_PARAGRAPH}\n\nThe top three companies provided 45GWh.\n")
    rows = _rows(tmp_path, text, published="2026-11-11")
    assert rows["45"]["metric"] == "top_3_battery_maker_power_battery_production"


def test_counts_named_by_the_words_after_their_noun(tmp_path: Path):
    text = ("Northvale's reach\n\nThe carmaker, which has entered markets across 87 countries and regions, "
            "exported 41,000 vehicles in May.\n\nIts laboratory has undertaken 61 national projects, with over "
            "4,500 patents granted, and Zeta received over 12,000 pre-orders for its Q9 SUV within an hour.\n")
    rows = _rows(tmp_path, text, published="2026-06-10")
    assert rows["87"]["metric"] == "countries_regions"  # (not countries)
    assert rows["4,500"]["metric"] == "patents_granted"
    assert rows["12,000"]["metric"] == "q9_pre_orders"


def test_a_model_named_by_its_family_and_number_is_the_makers(tmp_path: Path):
    text = ("Zeta closes a record year in Kenya\n\nIn Kenya, Zeta Auto ended December having sold 1 467 vehicles "
            "in the year. Its best seller was the Lotus 4 Pro, with 959 units sold, ahead of the Lotus 7 Pro (332 "
            "units) and Lotus 8 Pro (125 units). Its Phase 2 (1,200 units) line opens in May.\n")
    rows = _rows(tmp_path, text, published="2025-01-13")
    assert (rows["332"]["entity"], rows["332"]["metric"]) == ("Zeta", "lotus_7_pro_sales_kenya")  # (not "Pro")
    assert (rows["125"]["entity"], rows["125"]["metric"]) == ("Zeta", "lotus_8_pro_sales_kenya")
    assert "phase_2" not in rows["1,200"]["metric"]  # (a phase is no model)


def test_retail_sales_count_passenger_cars_whoever_sold_them(tmp_path: Path):
    text = ("Carmakers' half year\n\nGeely came first and Chery next, the only two carmakers past a million "
            "units by June.\n\nThe Wuhu-based group wholesaled 1.26 million units between January and June, a "
            "14.5 percent rise on a year before.\n\nCounted at retail, it sold more again: 1.4 million units.\n")
    rows = _rows(tmp_path, text, published="2025-07-07")
    assert rows["1.4 million"]["metric"] == "passenger_car_retail_sales"  # (not vehicle_retail_sales)


def test_shares_of_the_countrys_total_in_turn_are_each_levels_national_share(tmp_path: Path):
    text = ("Anhui's car industry\n\nAnhui built 3.1 million cars in 2025, 1.6 million of them NEVs, ranking "
            "second in the country and making up 9.8% and 12.1% of the country's total, respectively.\n")
    rows = _rows(tmp_path, text, published="2026-02-01")
    assert (rows["9.8%"]["entity"], rows["9.8%"]["metric"]) == ("Anhui", "vehicle_production_national_share_pct")
    assert (rows["12.1%"]["entity"], rows["12.1%"]["metric"]) == ("Anhui", "nev_production_national_share_pct")


def test_a_carmakers_vehicle_sales_in_money_are_its_vehicle_revenue(tmp_path: Path):
    text = ("Zeta slides as results miss\n\nZeta Auto reported third-quarter results on Wednesday. Vehicle sales "
            "dropped to RMB22.1 billion, down 31.2% year over year. Total revenue came to RMB23.4 billion. In early "
            "trade the stock was down 2.6%.\n")
    rows = _rows(tmp_path, text, published="2025-11-26")
    assert rows["RMB22.1 billion"]["metric"] == "vehicle_revenue_cny"  # (not vehicle_sales_cny)
    assert rows["31.2%"]["metric"] == "vehicle_revenue_yoy_pct"
    assert rows["RMB23.4 billion"]["metric"] == "revenue_cny"
    assert rows["2.6%"]["metric"] == "share_price_change_pct"  # ("the stock was down")


def test_a_flow_told_with_is_or_are_takes_the_period_the_story_tells_of(tmp_path: Path):
    text = ("Zeta exports\n\nIn January-August 2024, China exported 3.86 million vehicles, customs "
            "figures say.\n\nThe next biggest buyers of the country's car exports are Peru (123,540), Chile (103,048) "
            "and Egypt (92,254).\n\nThe city's public chargers are 92,000 strong.\n")
    rows = _rows(tmp_path, text, published="2024-09-24")
    assert rows["123,540"]["period"] == rows["92,254"]["period"] == "2024-01/2024-08"  # (not 2024-09)
    assert rows["92,000"]["period"] == "2024-09"  # (a stock, counted as written)


def test_a_flow_that_has_come_to_a_level_is_of_the_period_told(tmp_path: Path):
    text = ("Zeta's plant grows\n\nIn 2025, the Zeta plant made 310,000 cars.\n\nThe value of the plant's annual "
            "output has thus come at 84.1 billion yuan, or 17 percent of all the city makes.\n")
    rows = _rows(tmp_path, text, published="2026-05-12")
    assert rows["17 percent"]["period"] == "2025"  # (not 2026-05, when it was written)


def test_a_quote_starts_after_the_same_number_said_of_another(tmp_path: Path):
    text = ("Cities' output\n\nIndustrial output grew 7 percent in Dalian and Xi'an, over 5 percent in Wuxi and "
            "Hefei, and 5 percent in Xiamen.\n")
    rows = _rows(tmp_path, text, published="2025-04-08")  # (the second "5 percent", Xiamen's, keyed last)
    assert rows["5 percent"]["entity"] == "Xiamen" and rows["5 percent"]["qualifier"] == "exact"
    assert "over" not in rows["5 percent"]["quote"]  # (the checks would read its hedge as Changsha's)


@pytest.mark.parametrize(("sentence", "period"), [
    # (a sentence that opens with "over" names its span)
    ("Over January to August 2024, China exported 3.86 million vehicles.", "2024-01/2024-08"),
    ("In the 12 months to June, China exported 3.86 million vehicles.", "2023-07/2024-06"),  # (across the year's turn)
    ("In 1H24, China exported 3.86 million vehicles.", "2024-H1"),
    ("In 2Q24, China exported 3.86 million vehicles.", "2024-Q2"),
    ("China's exports reached 3.86 million vehicles in the past 12 months.", "2023-09/2024-08"),  # (to August)
    ("China's exports reached 3.86 million vehicles in the final quarter of 2023.", "2023-Q4"),
    ("China's exports reached 3.86 million vehicles in the last quarter of 2023.", "2023-Q4"),  # (not the one before)
    ("China's exports reached 3.86 million vehicles in 2023's second half.", "2023-H2"),
    ("China's exports reached 3.86 million vehicles in the latter half of 2023.", "2023-H2"),
])
def test_periods_as_wires_and_analysts_write_them(tmp_path: Path, sentence: str, period: str):
    rows = _rows(tmp_path, f"Zeta exports\n\n{sentence}\n", published="2024-09-24")
    assert rows["3.86 million"]["period"] == period


def test_a_chinese_city_the_gazetteer_knows_is_its_figures_entity(tmp_path: Path):
    text = ("Yancheng's car output climbs\n\nYancheng's NEV output reached 410,000 units in 2025, up 32 percent year "
            "on year, the city's statistics bureau said.\n\nIn Wuhu, automobile exports rose 25 percent to 580,000 "
            "units last year.\n\nXiangyang produced 120,000 NEVs in 2025.\n")
    rows = _rows(tmp_path, text, published="2026-02-10")
    assert rows["410,000"]["entity"] == "Yancheng"  # (cities of 300,000 people or more, from GeoNames)
    assert rows["580,000"]["entity"] == "Wuhu"
    assert rows["120,000"]["entity"] == "Xiangyang"


def test_a_count_of_cities_listed_beside_several_is_the_countrys(tmp_path: Path):
    text = ("Cities' output\n\nDalian, Hefei and Yancheng led the 14 of 22 big cities that outgrew the national "
            "average in 2025.\n")
    rows = _rows(tmp_path, text, published="2026-02-10")
    assert rows["14"]["entity"] == "China"


@pytest.mark.parametrize(("sentence", "stated"), [
    ("Zeta, founded nearly four years ago, sold 41,000 cars in May.", "four"),  # (a span, hedged)
    ("The price war has lasted almost two years, the association said.", "two"),
    ("Its founder, 52, said sales would rise to 41,000 cars in May.", "52"),  # (an age in commas)
    ("Zeta's plant, a 30-minute drive from the port, made 41,000 cars in May.", "30"),  # (a distance in time)
])
def test_numbers_that_are_no_claims_however_hedged(tmp_path: Path, sentence: str, stated: str):
    rows = _rows(tmp_path, f"Zeta news\n\n{sentence}\n", published="2025-06-10")
    assert stated not in rows  # (drafted as no figure)
