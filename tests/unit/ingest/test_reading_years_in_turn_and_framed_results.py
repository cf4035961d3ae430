"""Figures given one a year over a span of years, months told as a span after "over", a quarter's result told
after a relative clause, a past figure framed by a present, a record "to date", the kind "such vehicles" refers
to, and a share set off by dashes. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest.test_reading_more_news import _rows


def test_figures_one_a_year_over_a_span_of_years(tmp_path: Path) -> None:
    text = ("Batteries over the years\n\nA research house said on Monday that from 2021 to 2024 global battery "
            "installations grew steadily, at 296 GWh, 502 GWh, 698 GWh, and 887 GWh.\n\nOver 2022\u20132024, "
            "the share of Asian makers was 81.2%, 84.0%, and 86.5%.\n")
    rows = _rows(tmp_path, text, published="2025-08-11")
    assert [rows[n]["period"] for n in ("296", "502", "698", "887")] == ["2021", "2022", "2023", "2024"]
    assert [rows[n]["period"] for n in ("81.2%", "84.0%", "86.5%")] == ["2022", "2023", "2024"]


def test_a_span_of_years_with_one_figure_is_no_list(tmp_path: Path) -> None:
    # (guard) one figure over a span of years, not one for each year
    text = ("Batteries over the years\n\nFrom 2021 to 2024, global battery installations grew at a compound "
            "annual rate of 44.1%.\n")
    rows = _rows(tmp_path, text, published="2025-08-11")
    assert rows["44.1%"]["period"] == "2021/2024"


def test_months_told_as_a_span_after_over_are_the_totals(tmp_path: Path) -> None:
    text = ("China NEV output rises\n\nChina's NEV production came to 6.41mn units over January-July, up by 31pc "
            "from a year earlier.\n")
    rows = _rows(tmp_path, text, published="2025-08-14")
    assert rows["6.41mn"]["period"] == rows["31pc"]["period"] == "2025-01/2025-07"


def test_a_quarters_result_told_after_a_relative_clause(tmp_path: Path) -> None:
    text = ("Kestrel narrows its loss\n\nKestrel Motors lost less money in the first quarter, the carmaker said.\n\n"
            "The carmaker, which is partly owned by Zeta Group, on Wednesday announced a quarterly net loss of "
            "1.62 billion yuan ($224 million).\n")
    rows = _rows(tmp_path, text, published="2025-05-21")
    assert rows["1.62 billion yuan"]["period"] == rows["$224 million"]["period"] == "2025-Q1"


def test_a_past_figure_framed_by_a_present_and_a_record_to_date(tmp_path: Path) -> None:
    text = ("Kestrel's year\n\nIn 2024, Kestrel Motors' revenue reached 312.4 billion yuan.\n\nWhat is even more "
            "striking is that its net profit increased by 21%, reaching 14.9 billion yuan.\n\nIts operating profit "
            "rose 18% to 17.2 billion yuan, marking its best yearly result to date.\n")
    rows = _rows(tmp_path, text, published="2025-03-27")
    assert rows["21%"]["period"] == rows["14.9 billion yuan"]["period"] == "2024"
    assert rows["18%"]["period"] == rows["17.2 billion yuan"]["period"] == "2024"


def test_such_vehicles_are_the_kind_named_before_and_a_share_set_off_by_dashes(tmp_path: Path) -> None:
    text = ("Green cars gain\n\nNEVs took over half \u2014 52.3 per cent \u2014 of all car sales last "
            "month, the association said.\n\nSuch vehicle sales climbed by 18.1 per cent on a year before, to "
            "1.41 million units.\n")
    rows = _rows(tmp_path, text, published="2025-09-10")
    assert rows["52.3 per cent"]["metric"].startswith("nev_share_of_")
    assert rows["1.41 million"]["metric"].startswith("nev_")
