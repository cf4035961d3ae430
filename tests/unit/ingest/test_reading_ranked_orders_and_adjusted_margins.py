"""A ranked list of brands that names no measure, read by the story's count a few sentences before, and a margin
told "excluding estimated" costs, which is no outlook. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_a_ranked_list_of_brands_takes_the_count_told_sentences_before(tmp_path: Path) -> None:
    text = ("Northvale motor fair ends\n\nA record 41,210 orders were placed for cars at the Northvale motor fair, "
            "its organiser said.\n\nThe fair ran for 12 days.\n\nElectric cars took a share of 31.2 per cent.\n\n"
            "Pickups were popular too (22.4 per cent).\n\nZeta was the top brand (6,102), followed by Orion "
            "(5,877) and Lumen (4,410).\n")
    rows = _rows(tmp_path, text, published="2025-12-14")
    assert {rows[n]["metric"] for n in ("6,102", "5,877", "4,410")} == {"vehicle_orders"}


def test_a_margin_excluding_estimated_costs_is_no_outlook(tmp_path: Path) -> None:
    text = ("Kestrel results\n\nKestrel Motors released its third-quarter results on Tuesday.\n\nVehicle margin "
            "narrowed to 14.1%, compared with 18.6% a year earlier\u2014or 17.9% excluding estimated recall costs.\n")
    rows = _rows(tmp_path, text, published="2025-11-26")
    assert rows["14.1%"]["period"] == "2025-Q3"
    assert rows["18.6%"]["period"] == "2024-Q3"
    assert rows["18.6%"]["status"] == "actual"
