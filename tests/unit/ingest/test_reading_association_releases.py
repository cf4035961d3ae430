"""The long sentences of an association's release: a pair of measures followed by a pair of changes in points,
a span of months among the figures of a pair, a rate whose name stands far from its number and the level it
rose from, subsidies named by what they buy. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

PAIRS = ("Northvale's car output\n\n"
         "Last year Northvale's motor vehicle production and sales came to 5.21 million units and 5.08 million "
         "units, above the forecasts made early in the year, up 6.3 percent and 5.7 percent on a year before, "
         "respectively, 0.8 percentage points and 1.2 percentage points slower than growth over its first "
         "11 months, the association said.\n")


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
    text = ("NEV retail sales\n\nRetail sales of NEVs at home came to 910,000 units in August. The NEV "
            "penetration rate, a measure watched by carmakers, analysts and investors alike, at home went up to "
            "51.6 percent, a marked rise from 35.2 percent a year before.\n")
    rows = _rows(tmp_path, text, published="2024-09-09")
    assert (rows["35.2 percent"]["metric"], rows["35.2 percent"]["period"]) == (
        "nev_share_of_passenger_car_retail_sales", "2023-08")


def test_subsidies_for_trade_ins_of_a_kind_name_the_scheme_and_the_kind(tmp_path: Path) -> None:
    text = ("Trade-in support\n\nSubsidies paid for the trade-in of a new energy car have risen from 9,000 yuan to "
            "18,000 yuan, and those for the trade-in of a petrol car went from 6,000 yuan to 13,000 yuan.\n")
    rows = _rows(tmp_path, text, published="2024-09-20")
    assert rows["18,000 yuan"]["metric"] == "nev_trade_in_subsidy_cny"
    assert rows["6,000 yuan"]["metric"] == "gasoline_powered_vehicle_trade_in_subsidy_cny"
