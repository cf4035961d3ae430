"""Datelines in title case, visitors and cars at a show, what a port ships or can handle, models named with a
trim word, ordinals written apart, and the money of a company or of an industry's makers. Every sentence here
is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.ingest.clauses import not_a_claim
from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading_more_news import _rows
from tests.unit.ingest.test_reading_news import _metric

PUBLISHED = dt.date(2024, 6, 20)


def test_a_title_case_dateline_with_the_newsroom_in_brackets_names_no_one(tmp_path):
    text = ("Hubei aims for more NEVs\n\nWuhan (Gasgoo)- Hubei province aims to build 2 to 4 NEV makers of "
            "national influence by 2026, its plan said.")
    assert {row["entity"] for row in _rows(tmp_path, text, published="2024-05-01").values()} == {"Hubei"}


SHOW = ("Auto Beijing 2024 opens\n\nSome 700 thousand visitors will come to the halls of Auto Beijing 2024, "
        "the organiser said. Nissan has four e-cars at this show. Some 800,000 people visited last year's "
        "fair.")


@pytest.mark.parametrize(("stated", "metric"), [("700 thousand", "visitors"), ("four", "nevs_displayed"),
                                                ("800,000", "visitors")])
def test_visitors_and_the_cars_a_company_has_at_a_show(tmp_path, stated, metric):
    assert _rows(tmp_path, SHOW, published="2024-04-25")[stated]["metric"] == metric


PORT = ("Ro-ro route opens\n\nSHENZHEN, May 3 (Xinhua) -- A total of 310 vehicles loaded on a ro-ro ship left "
        "Nansha Port in Guangzhou on Monday, bound for Saudi Arabia. In June alone, the port loaded 91,000 vehicles "
        "for export. Its first phase is designed to handle 6 million tons of cargo a year.")


@pytest.mark.parametrize(("stated", "metric"), [("310", "vehicle_shipments"), ("91,000", "vehicle_exports"),
                                                ("6 million", "cargo_throughput_capacity")])
def test_what_a_port_ships_unless_the_text_says_exports_and_what_it_is_designed_to_handle(tmp_path, stated, metric):
    assert _rows(tmp_path, PORT, published="2024-06-10")[stated]["metric"] == metric


@pytest.mark.parametrize(("text", "stated", "why"), [
    ("Chery sold 12,000 units of the Tiggo 8 Pro in May.", "8", "model's name"),
    ("Its 3 millionth car rolled off the line in May.", "3", "ordinal")])
def test_a_model_named_with_a_trim_word_and_an_ordinal_written_apart_are_no_figures(text, stated, why):
    mention = next(m for m in extract_mentions(text) if m.text == stated)
    assert why in not_a_claim(text, mention)


@pytest.mark.parametrize("text", ["Overall 8 Pro models were sold in May.", "Around 5 EV makers joined the show."])
def test_a_number_after_a_word_opening_its_sentence_names_no_model(text):
    mention = next(m for m in extract_mentions(text) if m.text in ("8", "5"))
    assert "model" not in not_a_claim(text, mention)


MONEY = ("Carmakers earn more\n\nChina's major automakers saw revenue of 3.9 trillion yuan in the first five "
         "months, up 12 percent year on year, industry data showed. These companies' total profits came to 150.2 "
         "billion yuan, 20.1 percent more than a year before. Industrial added value of the industry grew 11.5 "
         "percent. Though the nation's car market shrank 9% from a year before, the battery maker CATL's sales "
         "rose by 4.1 percent to 79.2 billion yuan.")


@pytest.mark.parametrize(("stated", "metric"), [
    ("3.9 trillion yuan", "vehicle_revenue_cny"), ("150.2 billion yuan", "vehicle_net_profit_cny"),
    ("20.1 percent", "vehicle_net_profit_yoy_pct"), ("11.5 percent", "vehicle_added_value_yoy_pct"),
    ("9%", "vehicle_sales_yoy_pct")])
def test_an_industrys_makers_and_sector_and_a_market_that_shrank(stated, metric):
    assert _metric(MONEY, stated, published=PUBLISHED) == metric


def test_a_companys_sales_stated_only_in_money_are_its_revenue():
    assert _metric(MONEY, "79.2 billion yuan", entity="CATL", published=PUBLISHED) == "revenue_cny"
