"""Levels and growths told in turn: a growth "respectively" after a count and its value is each one's, a level
after "produced and sold" takes its verb in turn, "... and 415,000 were sold" its own verb, and the growth of an
amount that is only ever money drops its currency. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

PORT = ("Port exports grow\n\n"
        "In the first quarter, Harbour Port exported 120,000 electric passenger vehicles, with a value of 21.5 "
        "billion yuan (US$3.1 billion), an increase of 20.1 percent and 41.2 percent respectively, accounting for "
        "nearly 50 percent of the total national exports.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("120,000", "nev_passenger_car_exports"), ("21.5 billion yuan", "nev_passenger_car_exports_cny"),
     ("20.1 percent", "nev_passenger_car_exports_yoy_pct"), ("41.2 percent", "nev_passenger_car_exports_cny_yoy_pct"),
     ("50 percent", "nev_share_of_passenger_car_exports")],
)
def test_a_count_and_its_value_then_their_growths(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, PORT, published="2023-04-20")[stated]["metric"] == metric


MADE_AND_SOLD = ("NEV output falls\n\n"
                 "During January-May, 420,000 new energy vehicles were produced and 415,000 were sold, respectively "
                 "decreasing 12.5% and 11.2% on year, the association said.\n\n"
                 "In terms of all vehicles, the country produced and sold 21.5 million and 21.7 million vehicles, "
                 "respectively, in the period, up 2.4 percent and 2.8 percent year-on-year.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("420,000", "nev_production"), ("415,000", "nev_sales"), ("12.5%", "nev_production_yoy_pct"),
     ("11.2%", "nev_sales_yoy_pct"), ("21.5 million", "vehicle_production"), ("21.7 million", "vehicle_sales"),
     ("2.4 percent", "vehicle_production_yoy_pct"), ("2.8 percent", "vehicle_sales_yoy_pct")],
)
def test_levels_in_turn_with_their_verbs(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, MADE_AND_SOLD, published="2020-06-10")[stated]["metric"] == metric


def test_the_growth_of_revenue_in_turn_drops_its_currency(tmp_path: Path):
    text = ("City exports grow\n\nLast year, the city exported 210,000 vehicles, raking in 19.4 billion yuan in "
            "revenue, up 21.3 percent and 40.2 percent year on year, respectively.\n")
    rows = _rows(tmp_path, text, published="2024-02-01")
    assert rows["21.3 percent"]["metric"] == "vehicle_exports_yoy_pct"
    assert rows["40.2 percent"]["metric"] == "revenue_yoy_pct"
