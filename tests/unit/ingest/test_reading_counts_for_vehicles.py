"""Counts named for the vehicles they serve, "the total number of" before a count, wholesale figures, a maker
described before its name, a level "to more than" in its period, one verb bounding two numbers and "the past year"
told in January. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows

STATIONS = ("Charging network grows\n\n"
            "At the end of March the country had 612,000 public chargers for new energy vehicles, up 64.2 percent "
            "from a year earlier, an industry report said.\n\n"
            "Some 31,000 chargers for NEVs were installed in March, up 120.5 percent year-on-year.\n")


@pytest.mark.parametrize(
    ("stated", "metric"),
    [("612,000", "public_nev_chargers"), ("64.2 percent", "public_nev_chargers_yoy_pct"),
     ("31,000", "newly_installed_nev_chargers"), ("120.5 percent", "newly_installed_nev_chargers_yoy_pct")],
)
def test_a_count_named_for_the_vehicles_it_serves(tmp_path: Path, stated, metric):
    assert _rows(tmp_path, STATIONS, published="2026-04-20")[stated]["metric"] == metric


def test_a_part_keeps_the_name_of_its_whole(tmp_path: Path):
    text = ("Charging report\n\nThe country had 11.2 million charging facilities at the end of May. This figure "
            "included 3.1 million public charging points for NEVs.\n")
    assert not _rows(tmp_path, text, published="2026-06-20")["3.1 million"]["metric"].startswith("nev_")


@pytest.mark.parametrize(
    ("text", "stated", "metric"),
    [
        ("All told, the number of publicly or privately owned chargers in the province came to 1.42 million at "
         "the end of 2025.", "1.42 million", "chargers"),
        ("At the end of June, the number of public chargers listed by its members came to 702,000.",
         "702,000", "public_chargers"),
        ("At the end of May, the count of EV chargers for public use stood near 481,000.",
         "481,000", "public_ev_chargers"),
    ],
)
def test_the_total_number_of_names_what_is_counted(tmp_path: Path, text, stated, metric):
    assert _rows(tmp_path, "Charging report\n\n" + text + "\n", published="2026-01-20")[stated]["metric"] == metric


def test_wholesale_figures_of_a_maker_described_before_its_name(tmp_path: Path):
    text = ("Monthly figures\n\nThe nation's top NEV maker BYD had wholesale figures of 61,200 units last month, "
            "the association said.\n")
    row = _rows(tmp_path, text, published="2026-03-09")["61,200"]
    assert (row["entity"], row["metric"].endswith("_sales")) == ("BYD", True)


def test_a_growth_to_more_than_a_level_in_a_year_is_that_years(tmp_path: Path):
    text = ("Exports report\n\nNEV exports jumped 48.3 percent to more than 2.1 million units in 2025, while car "
            "sales were 4 percent higher than in 2024.\n")
    rows = _rows(tmp_path, text, published="2026-01-15")
    assert (rows["48.3 percent"]["period"], rows["2.1 million"]["period"], rows["4 percent"]["period"]) == (
        "2025", "2025", "2025")


def test_one_verb_bounds_two_numbers(tmp_path: Path):
    text = ("Annual report\n\nIn 2025, output and sales of NEVs exceeded 12.1 million and 11.9 million units. Exports "
            "topped 3 million in 2024 and 2 million in 2023.\n")
    rows = _rows(tmp_path, text, published="2026-01-15")
    assert (rows["12.1 million"]["qualifier"], rows["11.9 million"]["qualifier"]) == ("at_least", "at_least")
    assert rows["2 million"]["qualifier"] == "exact"


def test_the_past_year_told_in_january_is_the_year_just_ended(tmp_path: Path):
    text = "Exports report\n\nNEV exports came to 2.2 million cars in the past year.\n"
    assert _rows(tmp_path / "january", text, published="2026-01-15")["2.2 million"]["period"] == "2025"
    # in July, "the past year" is the twelve months before, no calendar year
    assert _rows(tmp_path / "july", text, published="2026-07-15")["2.2 million"]["period"] != "2025"


def test_the_kind_served_goes_after_who_may_use_them(tmp_path: Path):
    text = "Charging report\n\nAbout 480,000 public-charging posts for EVs were added in 2025.\n"
    assert _rows(tmp_path, text, published="2026-02-14")["480,000"]["metric"] == "newly_added_public_ev_charging_posts"
