"""A growth "reaching" the value it came to, a share "reaching" its part's level, and "the tally" of the sentence
before. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_growth_reaching_an_export_value_is_the_values(tmp_path: Path) -> None:
    text = ("Wuhan's exports\n\nIn the first ten months, the export value of Wuhan-made vehicles increased 11.2 "
            "percent year on year, reaching 31.05 billion yuan, with the export value of electric vehicles growing "
            "64.3 percent year on year to reach 9.12 billion yuan.\n")
    rows = _rows(tmp_path, text, published="2025-11-20")
    assert rows["11.2 percent"]["metric"] == "vehicle_exports_cny_yoy_pct"
    assert rows["64.3 percent"]["metric"] == "nev_exports_cny_yoy_pct"


def test_a_share_reaching_its_parts_level_stays_a_share(tmp_path: Path) -> None:
    text = ("Battery demand\n\nNEV sales came to 6.9 million units in the first half. Among them, PHEV models "
            "accounted for 35.1%, reaching 2,422,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-07-20")
    assert not rows["35.1%"]["metric"].endswith("_yoy_pct")


def test_the_tally_of_the_sentence_before(tmp_path: Path) -> None:
    text = ("Car map\n\nWuhan produced 1.61 million vehicles in the first 11 months, making it the fifth city "
            "nationwide. The tally surged 9 percent year on year, helped by new makers of NEVs.\n")
    rows = _rows(tmp_path, text, published="2026-01-06")
    assert rows["9 percent"]["metric"] == "vehicle_production_yoy_pct"
