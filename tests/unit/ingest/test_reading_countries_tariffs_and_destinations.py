""""The country" after a sentence whose subject is a country abroad, a tariff told after the one who set it,
exports of "EV units" to a market, and ports a terminal serves. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_the_country_after_a_country_abroad_as_subject(tmp_path: Path) -> None:
    text = ("Chargers in Norway\n\nNorway now has more than 31,000 public charging points. By the end of June 2025 "
            "there were 31,240 of them across the country, up 18% on a year before.\n")
    rows = _rows(tmp_path, text, published="2025-07-10")
    assert rows["31,240"]["entity"] == "Norway"
    assert rows["18%"]["entity"] == "Norway"


def test_the_country_is_china_when_nothing_abroad_is_the_subject(tmp_path: Path) -> None:
    text = ("Chargers\n\nBy the end of June 2025 there were 3.6 million public chargers across the country, up 38% on "
            "a year before.\n")
    rows = _rows(tmp_path, text, published="2025-07-10")
    assert rows["3.6 million"]["entity"] == "China"


def test_a_tariff_is_the_one_who_set_it_named_before(tmp_path: Path) -> None:
    text = ("Duties\n\nThe EU has imposed duties of up to 35.3% on electric cars built in China. In August, Canada "
            "introduced import tariffs ranging from 10% to 100% on Chinese EVs.\n")
    rows = _rows(tmp_path, text, published="2024-11-02")
    assert rows["35.3%"]["entity"] == "European Union"
    assert (rows["10%"]["entity"], rows["100%"]["entity"]) == ("Canada", "Canada")


def test_ev_units_sent_to_a_market(tmp_path: Path) -> None:
    text = ("Shipments\n\nIn March, China exported 41,200 EV units to Belgium, up 22% year on year.\n")
    rows = _rows(tmp_path, text, published="2025-04-20")
    assert rows["41,200"]["metric"] == "nev_exports_belgium"


def test_ports_a_terminal_serves_are_its_destinations(tmp_path: Path) -> None:
    text = ("Ro-ro hub\n\nThe Waigang Vehicle Terminal, which ships most of the city's car exports, serves over 150 "
            "ports worldwide.\n")
    rows = _rows(tmp_path, text, published="2025-05-01")
    assert rows["150"]["metric"] == "destination_ports"
