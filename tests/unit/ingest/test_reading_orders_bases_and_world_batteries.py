"""A model's weekly insurance registrations, orders with no kind named, a monthly boost, a rate told as done
each year, a base level in GWh, and the world's battery installations with a maker's share of them. Every
sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_models_weekly_insurance_registrations(tmp_path: Path) -> None:
    text = ("EV registrations in W12\n\nLi Auto's insurance registrations came to 9,800 in the week. The Li L6 "
            "had 3,900 insurance registrations, and the Li L9 2,100.\n")
    rows = _rows(tmp_path, text, published="2025-03-25")
    assert rows["9,800"]["metric"] == "nev_insurance_registrations"
    assert rows["3,900"]["metric"] == "l6_insurance_registrations"


def test_orders_with_no_kind_named_are_vehicles_and_motorcycles_theirs(tmp_path: Path) -> None:
    text = ("Motor fair\n\nVisitors placed 41,200 orders for cars at the fair, while 5,300 orders were placed for "
            "motorcycles. Geely took 2,310 orders.\n")
    rows = _rows(tmp_path, text, published="2024-12-10")
    assert rows["41,200"]["metric"] == "vehicle_orders"
    assert rows["5,300"]["metric"] == "motorcycle_orders"
    assert rows["2,310"]["metric"] == "vehicle_orders"


def test_a_monthly_boost_is_a_change_on_the_month(tmp_path: Path) -> None:
    text = ("Zeta in May\n\nZeta sold 61,200 NEVs in May, a 4.1% year-over-year decline but a 9.3% monthly boost.\n")
    rows = _rows(tmp_path, text, published="2025-06-02")
    assert rows["9.3%"]["metric"].endswith("_mom_pct")


def test_a_rate_told_as_done_each_year_is_an_annual_average(tmp_path: Path) -> None:
    text = ("Chongqing\n\nThe city built 2.3 million cars in 2023. Nationwide, some four million cars are exported "
            "annually, officials said.\n")
    rows = _rows(tmp_path, text, published="2024-02-01")
    assert rows["four million"]["metric"] == "vehicle_exports_annual_average"


def test_a_base_level_in_gwh_is_the_levels_series_a_year_before(tmp_path: Path) -> None:
    text = ("Battery makers in March\n\nGotion installed 3.2 GWh in March, up 21.5 percent from 2.6 GWh in "
            "the same month a year ago.\n")
    rows = _rows(tmp_path, text, published="2025-04-14")
    assert rows["2.6"]["metric"] == rows["3.2"]["metric"] == "power_battery_installed_capacity"
    assert (rows["3.2"]["period"], rows["2.6"]["period"]) == ("2025-03", "2024-03")


def test_the_worlds_battery_consumption_and_a_makers_share_of_it(tmp_path: Path) -> None:
    text = ("Battery makers in March\n\nIn March 2025, global battery consumption by EVs came to "
            "88.4 GWh, up 31.2 percent, a research firm said.\n\nCATL installed 33.1 GWh in March.\n\nThe Chinese "
            "battery giant ranked first with a 37.4 percent share. That is above its 35.2 percent share in "
            "March 2024.\n")
    rows = _rows(tmp_path, text, published="2025-04-30")
    assert (rows["88.4"]["entity"], rows["31.2 percent"]["entity"]) == ("World", "World")
    assert rows["37.4 percent"]["metric"] == "power_battery_installed_capacity_global_share_pct"
    assert rows["35.2 percent"]["metric"] == "power_battery_installed_capacity_global_share_pct"
