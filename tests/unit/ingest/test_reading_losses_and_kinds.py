"""Losses said plainly ("yearly losses came to", "a Q2 loss", "a per-ADS loss"), the word said first of "adjusted"
and "non-GAAP", range-extended vehicles as a kind of their own, and two kinds listed before one measure ("BEV and
PHEV exports"). Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("Halden's year\n\nIn 2025 Halden booked $9.1 billion in revenue, up 41 percent, while annual losses "
     "came to $2.35 billion.\n", "$2.35 billion", "net_loss_usd"),
    ("Halden's quarter\n\nHalden posted a 720 million yuan Q2 loss and says it will break even in the fourth "
     "quarter.\n", "720 million yuan", "net_loss_cny"),
    ("Halden's quarter\n\nHalden on Monday said its quarterly losses shrank 4% in the three months to June.\n", "4%",
     "net_loss_yoy_pct"),
    ("Halden's quarter\n\nThe mean per-ADS loss forecast of three brokers was RMB1.85 for the second quarter.\n",
     "RMB1.85", "net_loss_per_ads_cny"),
    ("Halden's quarter\n\nAdjusted net earnings per ADS came out as a loss of 0.52 yuan in the second quarter.\n",
     "0.52 yuan", "adjusted_net_loss_per_ads_cny"),
])
def test_a_loss_said_plainly_is_the_company_s_net_loss(tmp_path: Path, text: str, stated: str, metric: str) -> None:
    assert _rows(tmp_path, text, published="2025-08-20")[stated]["metric"] == metric


@pytest.mark.parametrize(("text", "stated"), [
    ("Halden's month\n\nHalden's share of the market slid in July, a loss of 3% in share from June.\n", "3%"),
    ("Halden's month\n\nThe plant closure meant job losses of 1,400 at Halden in July.\n", "1,400"),
])
def test_a_loss_of_no_money_is_no_net_loss(tmp_path: Path, text: str, stated: str) -> None:
    assert "net_loss" not in _rows(tmp_path, text, published="2025-08-20")[stated]["metric"]


@pytest.mark.parametrize(("sentence", "prefix"), [
    ("In the second quarter Halden's adjusted net loss (non-GAAP) was RMB 1.92 billion.", "adjusted_"),
    ("On an adjusted basis, Halden's second-quarter net loss came to RMB 1.92 billion.", "adjusted_"),
    ("Halden booked a second-quarter non-GAAP adjusted net loss totalling RMB 1.92 billion.", "non_gaap_"),
    ("On a non-GAAP basis, Halden's adjusted net loss was RMB 1.92 billion in the second quarter.", "non_gaap_"),
])
def test_adjusted_or_non_gaap_the_word_said_first_names_the_result(tmp_path: Path, sentence: str,
                                                                    prefix: str) -> None:
    rows = _rows(tmp_path, f"Halden's quarter\n\n{sentence}\n", published="2025-08-20")
    assert rows["RMB 1.92 billion"]["metric"] == f"{prefix}net_loss_cny"


@pytest.mark.parametrize(("sentence", "stated", "metric"), [
    ("Wholesales of range-extended electric vehicles (REEVs) came to 98,000 units in July, up 64% on a year before.",
     "98,000", "erev_sales"),
    ("Wholesales of range-extended electric vehicles (REEVs) came to 98,000 units in July, up 64% on a year before.",
     "64%", "erev_sales_yoy_pct"),
    ("Sales of extended-range EVs came to 98,000 in July.", "98,000", "erev_sales"),
    ("Retail sales of range-extended passenger cars came to 98,000 in July.", "98,000",
     "erev_passenger_car_retail_sales"),
])
def test_range_extended_vehicles_are_a_kind_of_their_own(tmp_path: Path, sentence: str, stated: str,
                                                          metric: str) -> None:
    rows = _rows(tmp_path, f"July's market\n\n{sentence}\n", published="2025-08-11")
    assert rows[stated]["metric"] == metric


@pytest.mark.parametrize(("stated", "metric"), [("64.1%", "nev_exports_yoy_pct"), ("1.87 million", "nev_exports")])
def test_two_kinds_before_one_measure_are_counted_together(tmp_path: Path, stated: str, metric: str) -> None:
    text = ("The year abroad\n\nCar exports climbed 15.2% to 4.66 million units last year, with BEV and PHEV "
            "exports jumping 64.1% to 1.87 million units.\n")
    assert _rows(tmp_path, text, published="2026-01-15")[stated]["metric"] == metric


def test_striving_to_reach_a_level_by_a_year_is_a_target_for_that_year(tmp_path: Path) -> None:
    text = ("Korvi's plan\n\nThe plan backs its carmakers, thereby striving to lift the scale of Korvi "
            "province's NEV industry to 380 billion yuan by 2027.\n")
    row = _rows(tmp_path, text, published="2024-11-05")["380 billion yuan"]
    assert (row["metric"], row["period"], row["status"]) == ("nev_output_value_target_cny", "2027", "target")


def test_the_scale_of_an_industry_in_money_is_its_output_value(tmp_path: Path) -> None:
    text = "Korvi's parts makers\n\nThe scale of the city's auto parts industry reached 86 billion yuan in 2023.\n"
    assert _rows(tmp_path, text, published="2024-03-05")["86 billion yuan"]["metric"] == "auto_parts_output_value_cny"


MODELS = ("Best sellers in May\n\nNine models sold over 20,000 units in May, which were the Zeta Lark (38,114 units), "
          "the Halden Kite (31,208 units), the Halden Kite L (27,950 units) and the Orvane Dune 07 (21,406 "
          "units).\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("38,114", "zeta_lark_sales"), ("31,208", "halden_kite_sales"), ("27,950", "halden_kite_l_sales"),
    ("21,406", "orvane_dune_07_sales"),
])
def test_each_model_of_a_list_with_units_in_brackets_has_its_own_figure(tmp_path: Path, stated: str,
                                                                        metric: str) -> None:
    assert _rows(tmp_path, MODELS, published="2025-06-09")[stated]["metric"] == metric


def test_gains_and_losses_left_out_of_a_profit_are_no_net_loss(tmp_path: Path) -> None:
    text = ("Korvi's half year\n\nKorvi's first-half net profit, stripping out non - recurring gains and losses, "
            "came to about 8.4 billion yuan, a 6.12% year - on - year rise.\n")
    rows = _rows(tmp_path, text, published="2025-08-29")
    assert (rows["8.4 billion yuan"]["metric"], rows["6.12%"]["metric"]) == (
        "recurring_net_profit_cny", "recurring_net_profit_yoy_pct")


RESULTS = ("Halden's results\n\nOn Tuesday Halden said its third-quarter revenue came to RMB 8.2 billion.\n\n"
           "The company delivered 38,410 vehicles in the period. That is a 21.4% rise on a year earlier, the "
           "second-best three months for deliveries after Q4 2023.\n\n"
           "Its spending on research and development rose 12.6% from a year earlier, reaching RMB 1.41 billion.\n")


@pytest.mark.parametrize("stated", ["21.4%", "12.6%", "RMB 1.41 billion"])
def test_a_quarter_a_record_is_set_against_dates_no_figure(tmp_path: Path, stated: str) -> None:
    assert _rows(tmp_path, RESULTS, published="2024-11-20")[stated]["period"] == "2024-Q3"


def test_a_known_company_s_registered_name_is_the_known_company(tmp_path: Path) -> None:
    text = ("Half-year results\n\nElectric carmaker Zhejiang Leapmotor Technology Co. Ltd. on Friday reported a "
            "first-half net loss of 1.64 billion yuan.\n")
    assert _rows(tmp_path, text, published="2025-08-22")["1.64 billion yuan"]["entity"] == "Leapmotor"


def test_a_company_named_after_its_province_alone_is_no_known_company(tmp_path: Path) -> None:
    text = ("Half-year results\n\nZhejiang Orvane Technology Co. Ltd. on Friday reported a net loss of 1.64 billion "
            "yuan for the first half.\n")
    assert _rows(tmp_path, text, published="2025-08-22")["1.64 billion yuan"]["entity"] != "Leapmotor"


def test_a_place_in_a_list_with_units_in_brackets_is_no_model(tmp_path: Path) -> None:
    text = ("Where Korvi's cars went\n\nKorvi's EV exports went mostly to the Philippines (9,310 units) and to the "
            "United Kingdom (8,774 units) in February.\n")
    rows = _rows(tmp_path, text, published="2025-03-10")
    assert not any(rows[n]["metric"].startswith(("philippines", "united_kingdom")) for n in ("9,310", "8,774"))
