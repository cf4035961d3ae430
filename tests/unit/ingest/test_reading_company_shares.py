"""A carmaker's share: of a market (its market share, "of the car market", "of the export market", "of all
electric and plug-in hybrid sales") it is the company's share of the country's total, or of the world's where
the words say global; of its own sales ("of its total sales", "within the group") it is a kind's share of all
the company sold. Every article here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

MARKETS = ("Orion keeps its lead at home\n\n"
           "Orion Auto sold 212,000 vehicles in March, accounting for 14.2 percent of the car market, according to "
           "the association.\n\n"
           "Zeta Motors exported 61,000 vehicles in the quarter, holding 11.8% of the export market.\n")

WORLD = ("The world's carmakers in the first quarter\n\n"
         "Car sales around the world came to 21 million from January to March. Among the groups, Kestrel Motors "
         "ranked ninth "
         "with a global share of 2.8%.\n")

EV_MARKET = ("Orion stays ahead in the EV market\n\n"
             "Orion's grip on the electric vehicle market did not loosen in May.\n\n"
             "Zeta Motors came second, its share slipping to 6.1% from 6.4% a month earlier.\n")

OWN_SALES = ("Orion's March sales\n\n"
             "Orion Auto sold 180,000 vehicles in March. Its NEV sales reached 82,000 units, accounting for 45.6 "
             "percent of its total sales.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("14.2 percent", "vehicle_sales_national_share_pct"),  # "of the car market"
    ("11.8%", "vehicle_exports_national_share_pct"),  # "of the export market": of what the country exports
])
def test_a_carmakers_share_of_a_market_is_its_share_of_the_whole(tmp_path: Path, stated: str, metric: str) -> None:
    rows = _rows(tmp_path, MARKETS, published="2025-04-10")
    assert rows[stated]["metric"] == metric


def test_a_carmakers_global_share_is_of_the_worlds_whole(tmp_path: Path) -> None:
    rows = _rows(tmp_path, WORLD, published="2025-04-20")
    assert (rows["2.8%"]["entity"], rows["2.8%"]["metric"]) == ("Kestrel", "vehicle_sales_global_share_pct")


def test_a_share_whose_market_names_no_kind_is_of_what_the_headline_counts(tmp_path: Path) -> None:
    rows = _rows(tmp_path, EV_MARKET, published="2025-06-08")
    assert (rows["6.1%"]["entity"], rows["6.1%"]["metric"]) == ("Zeta", "nev_sales_national_share_pct")


def test_a_kinds_share_of_a_carmakers_own_sales_is_of_all_it_sold(tmp_path: Path) -> None:
    rows = _rows(tmp_path, OWN_SALES, published="2025-04-02")
    # of the company's own sales, not of the country's new vehicle sales
    assert rows["45.6 percent"]["metric"] == "nev_share_of_vehicle_sales"


def test_a_countrys_nev_share_is_still_of_new_vehicle_sales(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "China's NEV sales reached 1.2 million units in March, accounting for 41.5 percent of "
                           "new vehicle sales.\n", published="2025-04-10")
    assert (rows["41.5 percent"]["entity"], rows["41.5 percent"]["metric"]) == (
        "China", "nev_share_of_new_vehicle_sales")
