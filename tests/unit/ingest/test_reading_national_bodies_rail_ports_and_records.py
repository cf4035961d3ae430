""""The country" after a country's own trade body, "the rail port" after a port named in full, and a record set in
a month before its figure. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_the_country_after_a_countrys_own_trade_body(tmp_path: Path) -> None:
    text = ("Exporters change places\n\nChina shipped more cars abroad than any other country last year.\n\n"
            "Figures from a German industry association, out on Tuesday, say the country's car exports fell 4 "
            "percent to 3.05 million vehicles in 2026.\n")
    rows = _rows(tmp_path, text, published="2027-01-14")
    assert rows["3.05 million"]["entity"] == rows["4 percent"]["entity"] == "Germany"


def test_the_rail_port_is_the_port_named_before(tmp_path: Path) -> None:
    text = ("Car trains from Xi'an\n\nA freight train of new cars left the Xi'an International Railway Port on "
            "Monday.\n\nIn the first half, the rail port shipped 41,500 vehicles abroad, a 22 percent rise on the "
            "year.\n")
    rows = _rows(tmp_path, text, published="2026-07-21")
    assert rows["41,500"]["entity"] == "Xi'an International Railway Port"


def test_a_record_set_in_a_month_before_its_figure(tmp_path: Path) -> None:
    text = ("Geely's best month\n\nGeely said on Wednesday that June brought it a record number of car sales. "
            "June sales rose 18% from a year ago to 161,300 passenger cars, beating the previous record set in April "
            "of 158,900 units.\n")
    rows = _rows(tmp_path, text, published="2026-07-02")
    assert rows["161,300"]["period"] == "2026-06"
    assert rows["158,900"]["period"] == "2026-04"
