"""Sentences close to the shapes of the newer readings that must not take them: "made up of", places listed
"respectively", an adverb far from its number, the adjective "leading", a stock market, "the total number of",
what a company said at a show, a kind named before "investment", shares of sales in cities, money for other
things than R&D, "takes 40 percent less time", a battery-swap model, dealers "handling" a brand, "the former
chairman", a factory visited by someone, and a model named right after a quantity. Every sentence here is
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from nevreport.ingest.clauses import not_a_claim
from nevreport.ingest.extract import extract_mentions
from tests.unit.ingest.test_reading_news import _metric

PUBLISHED = dt.date(2024, 6, 10)


@pytest.mark.parametrize(("text", "stated", "metric"), [
    ("The city bus fleet was made up of 3,000 electric buses in 2023.", "3,000", "vehicle_ownership"),
    ("In May, Zeta sold 31,200 and 48,900 units in Anhui and Hubei, respectively.", "48,900", "vehicle_sales"),
    ("Zeta sold 12,000 cars in May and now delivers cars daily.", "12,000", "vehicle_sales"),
    ("The leading automaker has been producing electric cars for 15 consecutive years.", "15",
     "consecutive_years"),
    ("Zeta sold 50,000 cars in May. The total number of charging piles in the country rose to 3 million.",
     "3 million", "charging_piles"),
    ("Zeta said at the show that it had sold 10,000 cars in May.", "10,000", "vehicle_sales"),
    ("NEV investment in Anhui rose 12 percent in 2023.", "12 percent", "nev_investment_yoy_pct"),
    ("Investment in electric vehicles reached 50 billion yuan in 2023.", "50 billion yuan", "nev_investment_cny"),
    ("NEVs accounted for 35 percent of car sales in cities with good charging networks in May.", "35 percent",
     "nev_share_of_new_vehicle_sales"),
    ("Zeta spent 2 billion yuan on marketing and 5 billion yuan on R&D in 2023.", "5 billion yuan",
     "rd_spending_cny"),
    ("Sales of electric vehicle battery-swap models reached 30,000 in May.", "30,000", "nev_sales"),
    ("Zeta sold 12,000 cars in May, and dealers handling the brand said they expect 15,000 in June.", "15,000",
     "vehicle_sales"),
    ("Zeta produced 50,000 cars and sold 48,000 in May. The former chairman of Zeta said 12,000 were sold "
     "in Europe.", "12,000", "vehicle_sales"),
    ("The factory, which was visited by the mayor, employs 3,000 people.", "3,000", "people"),
])
def test_a_shape_close_to_a_newer_reading_keeps_its_own_reading(text, stated, metric):
    assert _metric(text, stated, published=PUBLISHED) == metric


@pytest.mark.parametrize(("text", "stated"), [
    ("The stock market slumped 4 percent, and the bond market rose 1 percent.", "4 percent"),
    ("It takes 40 percent less time to charge the new model.", "40 percent"),
    ("Zeta spent 2 billion yuan on marketing and 5 billion yuan on R&D in 2023.", "2 billion yuan")])
def test_a_number_no_vehicle_measure_governs_gets_none_of_their_names(text, stated):
    metric = _metric(text, stated, published=PUBLISHED)
    assert not metric.startswith(("vehicle_sales", "nev_share", "rd_spending"))


def test_a_model_named_right_after_a_quantity_is_no_figure():
    text = "Zeta launched the Tiggo 8 Pro in May, and sold 12,000 Tiggo 7 Plus SUVs in June."
    mention = next(m for m in extract_mentions(text) if m.text == "7")
    assert "model's name" in not_a_claim(text, mention)
