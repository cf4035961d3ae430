"""Figures that go on from the sentence before: a change told in the present of the month before it, a change
from the month its sentence names as the base, the year so far since the start of this year, and a place's
kind of power read in the class of vehicles the sentence before counts. Every sentence here is written for
the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.common.dates import period_bounds
from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(("stated", "metric"), [
    ("8.4 percent", "ternary_battery_installed_capacity_yoy_pct"),
    ("31.7 percent", "ternary_battery_installed_capacity_mom_pct"),
])
def test_a_change_told_in_the_present_is_of_the_month_before_it(tmp_path: Path, stated: str, metric: str) -> None:
    text = ("Battery installations\n\nInstallations of ternary batteries in Northvale came to 8.2 GWh in April, a "
            "fifth of all. This is 8.4 percent down on a year before, and 31.7 percent higher than "
            "March.\n")
    row = _rows(tmp_path, text, published="2025-05-16")[stated]
    assert (row["metric"], row["period"]) == (metric, "2025-04")


@pytest.mark.parametrize("stated", ["27.3 percent", "6.1 percent"])
def test_a_change_month_on_month_since_a_month_is_of_the_month_after_it(tmp_path: Path, stated: str) -> None:
    text = ("Battery installations\n\nInstalled power battery capacity reached 61.3 GWh in October. It is an "
            "increase of 27.3 percent on the year and 6.1 percent month-on-month since September 2024.\n")
    assert _rows(tmp_path, text, published="2024-11-12")[stated]["period"] == "2024-10"


@pytest.mark.parametrize("year", ["the year", "this year"])
@pytest.mark.parametrize("stated", ["12%", "96,000"])
def test_since_the_start_of_a_year_is_the_year_so_far(tmp_path: Path, stated: str, year: str) -> None:
    text = ("Imports slide\n\nCar imports fell by 19% in June 2025 to about 38,000 units, with imports down 12% to "
            f"96,000 cars since the start of {year}.\n")
    period = _rows(tmp_path, text, published="2025-08-02")[stated]["period"]
    assert period_bounds(period) == period_bounds("2025-01/2025-06")  # (the first half, however written)


@pytest.mark.parametrize(("stated", "metric"), [
    ("18.2%", "nev_passenger_car_sales_yoy_pct"),
    ("61,400", "nev_passenger_car_sales"),
    ("52.7%", "nev_share_of_passenger_car_sales"),
])
def test_a_places_kind_of_power_is_of_the_class_the_sentence_before_counts(tmp_path: Path, stated: str,
                                                                         metric: str) -> None:
    text = ("Nanning car sales\n\nBetween January and June, Nanning sold 116,500 passenger vehicles, a rise of "
            "4.1%. Its NEV sales climbed 18.2% to 61,400 units, taking penetration to 52.7%.\n")
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert rows[stated]["entity"] == "Nanning"
    assert rows[stated]["metric"] == metric


def test_a_nev_share_of_exports_is_of_the_class_the_sentence_before_counts(tmp_path: Path) -> None:
    text = ("Car exports\n\nCarmakers shipped 488,000 passenger vehicles abroad in March, up 21 percent. NEV "
            "exports came to 230,000 units, making up 47.1 percent of total exports, the data showed.\n")
    assert _rows(tmp_path, text, published="2025-04-10")["47.1 percent"]["metric"] == (
        "nev_share_of_passenger_car_exports")


def test_a_companys_kind_of_power_keeps_its_own_words(tmp_path: Path) -> None:
    text = ("Zeta's month\n\nZeta sold 51,200 passenger vehicles in May. NEV sales rose 40% to 22,000 units.\n")
    assert _rows(tmp_path, text, published="2025-06-03")["22,000"]["metric"] == "nev_sales"


def test_a_change_from_a_level_of_the_month_before_is_of_the_month_told_before(tmp_path: Path) -> None:
    text = ("Zeta's month\n\nZeta's deliveries reached 48,200 units in March, up 6.1% from a year ago. However, "
            "sales fell 18.4% from the 59,070 units delivered in February.\n")
    row = _rows(tmp_path, text, published="2025-04-09")["18.4%"]
    assert (row["metric"], row["period"]) == ("vehicle_sales_mom_pct", "2025-03")


RANKED = ("Makers' July\n\nRanking | Maker | July Sales |\n\n1 | Zeta | 48,000 |\n\n2 | Aito | 39,250 |\n\n"
          "3 | Geely Galaxy | 15,980 |\n")


@pytest.mark.parametrize(("stated", "entity", "metric"), [
    ("48,000", "Zeta", "vehicle_sales"),
    ("39,250", "Seres", "aito_sales"),  # a brand's row: its owner's figure, named by the brand
    ("15,980", "Geely", "galaxy_sales"),
])
def test_a_brands_row_in_a_ranking_table_is_its_owners_figure(tmp_path: Path, stated: str, entity: str,
                                                               metric: str) -> None:
    row = _rows(tmp_path, RANKED, published="2024-08-02")[stated]
    assert (row["entity"], row["metric"]) == (entity, metric)
