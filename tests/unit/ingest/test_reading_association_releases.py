"""The long sentences of an association's release: a pair of measures followed by a pair of changes in points,
a span of months among the figures of a pair, a rate whose name stands far from its number and the level it
rose from, subsidies named by what they buy. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

PAIRS = ("Northvale's car output\n\n"
         "In 2025, production and sales of motor vehicles in Northvale came to 5.21 million units and 5.08 million "
         "units, above the forecasts made early in the year, up 6.3 percent and 5.7 percent year on year, "
         "respectively, 0.8 percentage points and 1.2 percentage points slower than the rises seen in the first "
         "11 months of the year, the association said.\n")


@pytest.mark.parametrize(("stated", "metric"), [
    ("5.21 million", "vehicle_production"),  # (the "11" of "the first 11 months" is no figure of the pair)
    ("5.08 million", "vehicle_sales"),
    ("6.3 percent", "vehicle_production_yoy_pct"),
    ("5.7 percent", "vehicle_sales_yoy_pct"),
    ("0.8 percentage points", "vehicle_production_yoy_pct_mom_pp"),  # the first change in points, the first growth's
    ("1.2 percentage points", "vehicle_sales_yoy_pct_mom_pp"),
])
def test_a_pair_of_measures_pairs_its_levels_growths_and_changes_in_points(tmp_path: Path, stated: str,
                                                                           metric: str) -> None:
    assert _rows(tmp_path, PAIRS, published="2026-01-14")[stated]["metric"] == metric


def test_a_rate_named_far_before_its_number_holds_the_level_it_rose_from(tmp_path: Path) -> None:
    text = ("NEV retail sales\n\nRetail sales of NEVs in the domestic market came to 910,000 units in August. The "
            "penetration rate of new energy vehicles, a measure watched by carmakers and investors alike, in the "
            "domestic market climbed to 51.6 percent, a marked rise from 35.2 percent in the same month last "
            "year.\n")
    rows = _rows(tmp_path, text, published="2024-09-09")
    assert (rows["35.2 percent"]["metric"], rows["35.2 percent"]["period"]) == (
        "nev_share_of_passenger_car_retail_sales", "2023-08")


def test_subsidies_for_trade_ins_of_a_kind_name_the_scheme_and_the_kind(tmp_path: Path) -> None:
    text = ("Trade-in support\n\nSubsidies for trade-ins of new-energy passenger vehicles have risen from 9,000 yuan "
            "to 18,000 yuan, while those for trade-ins of fuel passenger vehicles have been raised from 6,000 yuan "
            "to 13,000 yuan.\n")
    rows = _rows(tmp_path, text, published="2024-09-20")
    assert rows["18,000 yuan"]["metric"] == "nev_trade_in_subsidy_cny"
    assert rows["6,000 yuan"]["metric"] == "gasoline_powered_vehicle_trade_in_subsidy_cny"
