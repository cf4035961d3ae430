"""A week's registrations told under a headline that names registrations and no insurance, model names written in
capitals, and a person's age between commas. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows

WEEK = ("China EV registrations in week 15: Zeta 9,100, Tesla 13,400\n\n"
        "Zeta's weekly sales fell about 6% from the week before, while Tesla gained 9% in the 15th week of the year "
        "(April 7 to 13).\n\n"
        "Tesla was second in China, with 13,400 registered EVs, up 9.1% from 12,280 in the previous week. Lumen "
        "came third with 8,700 units, 2.2% more than 8,510 units in the previous week.\n")


def test_a_weeks_sales_under_a_registrations_headline_are_registrations(tmp_path: Path) -> None:
    rows = _rows(tmp_path, WEEK, published="2025-04-15")
    assert rows["6%"]["metric"] == "nev_registrations_wow_pct"
    assert rows["8,700"]["metric"] == "nev_registrations"


def test_a_carmaker_abroad_in_chinas_registrations_has_no_place(tmp_path: Path) -> None:
    rows = _rows(tmp_path, WEEK, published="2025-04-15")
    assert rows["12,280"]["metric"] == "nev_registrations"


def test_model_names_written_in_capitals_are_no_figures(tmp_path: Path) -> None:
    text = ("Zeta in Britain\n\nIn Britain, the CHERY TIGGO 4 and CHERY TIGGO 9 lead the range, and orders for the "
            "new SERES 7 passed 12,000 units.\n")
    rows = _rows(tmp_path, text, published="2025-09-10")
    assert set(rows) == {"12,000"}


def test_a_persons_age_between_commas_is_no_figure(tmp_path: Path) -> None:
    text = ("Buyers in Jakarta\n\n\u201cThe price is right,\u201d said Wulandari, 37, who runs a bakery. Zeta sold "
            "4,200 cars in Indonesia in July.\n")
    rows = _rows(tmp_path, text, published="2024-08-12")
    assert set(rows) == {"4,200"}


def test_a_participle_opening_a_sentence_names_no_company(tmp_path: Path) -> None:
    text = ("Zeta in Britain\n\nZeta became one of the best-selling brands in Britain last year. Having sold more "
            "than 48,000 cars, the Shenzhen-based maker passed several older rivals.\n")
    rows = _rows(tmp_path, text, published="2026-01-14")
    assert rows["48,000"]["entity"] != "Having"


def test_a_margin_named_after_a_share_is_the_margin(tmp_path: Path) -> None:
    text = ("Seres results\n\nSeres sold 210,300 vehicles in the first half. A larger share of costly models "
            "raised its gross margin from 23.1% to 27.4%.\n")
    rows = _rows(tmp_path, text, published="2025-09-04")
    assert rows["27.4%"]["metric"] == "gross_margin_pct"
