"""A show's city told by the venue "of the ... Convention and Exhibition Center", a show "held in Europe" (no city),
the market abroad a story with no headline names in its first paragraph, after a dateline, and a table column
of things counted. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_shows_city_told_by_its_venue(tmp_path: Path) -> None:
    text = ("The Rise of the Pearl River Delta Auto Show\n\nThe author rushed to the show from the airport.\n\n"
            "The show was bigger than planned.\n\nUsing nine exhibition halls of the "
            "Guangzhou International Expo Center, the show covered 180,000 square meters. "
            "It gathered 96 complete vehicle brands.\n")
    rows = _rows(tmp_path, text, published="2025-06-10")
    assert rows["180,000 square meters"]["entity"] == rows["96"]["entity"] == "Auto Guangzhou 2025"


def test_a_show_held_in_europe_is_its_citys(tmp_path: Path) -> None:
    text = ("Chinese brands at the Paris Motor Show\n\nThe Paris Motor Show opened on Monday. As a top auto show "
            "held in Europe, it is a home event for European carmakers.\n\nThis time, 48 Chinese companies took "
            "part.\n")
    rows = _rows(tmp_path, text, published="2026-10-13")
    assert rows["48"]["entity"] == "Auto Paris 2026"


def test_the_market_abroad_of_a_story_with_no_headline_after_a_dateline(tmp_path: Path) -> None:
    text = ("ANKARA, March 3. /Wire/. The share of Chinese cars on the Turkish market could climb above 20% this "
            "year, a leasing firm said.\n\nLast year, Chinese brands' sales there rose by 31% to 154,200 units.\n")
    rows = _rows(tmp_path, text, published="2026-03-03")
    assert rows["154,200"]["entity"] == rows["31%"]["entity"] == "Turkey"


def test_a_table_column_of_things_counted_names_them(tmp_path: Path) -> None:
    text = ("Chargers in Northvale\n\nNorthvale now has many more public chargers for EVs.\n\n"
            "Month | Public Charging Stations |\nDec 2023 | 4,212 |\nDec 2024 | 9,804 |\n")
    rows = _rows(tmp_path, text, published="2025-01-20")
    assert rows["4,212"]["metric"] == rows["9,804"]["metric"] == "public_charging_stations"
    assert (rows["4,212"]["period"], rows["9,804"]["period"]) == ("2023-12", "2024-12")
