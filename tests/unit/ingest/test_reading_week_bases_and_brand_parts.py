"""The week before's figure named before the number, a group's deliveries told brand by brand with "from", a
namesake brand's weekly registrations, and a change on the quarter named after the level. Every sentence here
is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_the_previous_weeks_figure_named_before_the_number(tmp_path: Path) -> None:
    text = ("China EV insurance registrations, week 36\n\nLeapmotor had 11,900 insurance registrations last week, "
            "a 6.1 percent rise from the previous week's 11,160 units. Zeekr had 3,400, down 9.2 percent from 3,745 "
            "the prior week.\n")
    rows = _rows(tmp_path, text, published="2025-09-09")
    assert rows["11,900"]["period"] == "2025-09-01/2025-09-07"
    assert rows["11,160"]["period"] == rows["3,745"]["period"] == "2025-08-25/2025-08-31"


def test_a_groups_deliveries_told_brand_by_brand_with_from(tmp_path: Path) -> None:
    text = ("NIO in October\n\nNIO delivered 40,390 vehicles in October, comprising 17,140 from the NIO main brand, "
            "17,010 from Onvo, and 6,240 from Firefly.\n")
    rows = _rows(tmp_path, text, published="2025-11-01")
    assert rows["17,140"]["metric"] == "nio_brand_deliveries"
    assert (rows["17,010"]["metric"], rows["6,240"]["metric"]) == ("onvo_deliveries", "firefly_deliveries")


def test_a_namesake_brands_weekly_insurance_registrations(tmp_path: Path) -> None:
    text = ("China EV insurance registrations, week 36\n\nThe NIO main brand logged 2,410 insurance registrations "
            "last week, down 11.3 percent from 2,717 the previous week.\n")
    rows = _rows(tmp_path, text, published="2025-09-09")
    assert rows["2,410"]["metric"] == "nio_brand_insurance_registrations"
    assert rows["11.3 percent"]["metric"] == "nio_brand_insurance_registrations_wow_pct"


def test_a_change_on_the_quarter_named_after_the_level(tmp_path: Path) -> None:
    text = ("Zeekr's quarter\n\nZeekr's deliveries in the third quarter rose 18.2 per cent to 55,430, compared with "
            "the previous quarter.\n")
    rows = _rows(tmp_path, text, published="2025-10-20")
    assert rows["18.2 per cent"]["metric"].endswith("_qoq_pct")
