"""A rate told by its two ends ("its share slipping from ... to ..."), a show's halls counted beside its area, a
show set against last year's show elsewhere, a fair named in capitals beside what it once was, and the exhibitors
of one country among a show's. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_rates_first_end_is_a_year_before(tmp_path: Path) -> None:
    text = ("Cell makers in the first half\n\nIn the first half of 2026, Orbis Cells installed 11.2 GWh of "
            "batteries, with its share of the world market slipping from 6.4 percent to 5.1 percent.\n")
    rows = _rows(tmp_path, text, published="2026-08-05")
    assert rows["6.4 percent"]["period"] == "2025-H1"
    assert rows["5.1 percent"]["period"] == "2026-H1"


def test_a_shows_halls_are_no_area(tmp_path: Path) -> None:
    text = ("Auto Xiamen 2026 opens\n\nAuto Xiamen 2026 opened on Saturday. Filling 11 exhibition halls and the "
            "west lobby area of the Xiamen International Expo Center, the show covered a total exhibition area of "
            "160,000 square meters.\n")
    rows = _rows(tmp_path, text, published="2026-09-12")
    assert rows["11"]["metric"] == "exhibition_halls"
    assert rows["160,000 square meters"]["metric"] == "exhibition_area"


def test_a_show_set_against_last_years_show_elsewhere(tmp_path: Path) -> None:
    text = ("Buyers flock to the Wuhan Auto Show\n\n\"At this year's Wuhan Auto Show, the biggest sight was the "
            "buyers from abroad,\" a visitor who went to the Wuhan Auto Show told us.\n\nA dealer told us, "
            "\"Compared to last year's Chengdu Auto Show, this year's Wuhan Auto Show is much livelier.\"\n\n"
            "As per figures put out by the Wuhan Auto Show's organizers, the show had 2,310 dealers from "
            "abroad.\n")
    rows = _rows(tmp_path, text, published="2026-06-02")
    assert rows["2,310"]["entity"] == "Auto Wuhan 2026"


def test_a_fair_in_capitals_beside_what_it_once_was_and_its_exhibitors_from_one_country(tmp_path: Path) -> None:
    text = ("A busy IAA\n\nIAA MOBILITY opened in Munich in September. While its forerunner was the Frankfurt "
            "Motor Show, today's IAA MOBILITY leans toward new kinds of mobility.\n\nAmong the 480 exhibiting "
            "firms this year, 75 came from Japan, a record.\n")
    rows = _rows(tmp_path, text, published="2027-09-20")
    assert rows["480"]["entity"] == rows["75"]["entity"] == "Auto Munich 2027"
    assert rows["75"]["metric"] == "japanese_exhibitors"
