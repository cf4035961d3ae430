"""Formatting for readers, and text from the data always shown as text."""

from __future__ import annotations

import math

import pytest

from nevreport import present


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (1758000, "vehicles", "1.758 million"),
        (3000000, "vehicles", "3 million"),
        (457000, "vehicles", "457,000"),
        (3496, "exhibitors", "3,496"),
        (81.5, "percent", "81.5%"),
        (160, "percent", "160.0%"),
        (25.99545, "percent", "26.0%"),
        (-12.26, "percent", "-12.3%"),
        (54.2e9, "usd", "US$54.2 billion"),
        (350e9, "cny", "350 billion yuan"),
        (30000, "square_meters", "30,000 m²"),
        (6.4578, "cny_per_usd", "6.46 yuan per US$"),
        (float("nan"), "vehicles", "n/a"),
    ],
)
def test_format_value(value, unit, shown):
    assert present.format_value(value, unit) == shown


def test_stated_figures_keep_their_own_precision():
    assert present.format_value(160, "percent", as_stated=True) == "160%"
    assert present.format_value(35.2, "percent", as_stated=True) == "35.2%"


def test_ranges_say_open_ends_in_words():
    assert present.format_range(3e6, math.inf, "vehicles") == "at least 3 million"
    assert present.format_range(25.9, 26.0, "percent") == "25.9% to 26.0%"
    assert present.format_range(5, 5, "percent") == "5.0%"
    assert present.format_range(-100, 50, "percent") == "at most 50.0%", "growth below -100% is no bound"


@pytest.mark.parametrize(
    ("period", "shown"),
    [("2023-H1", "H1 2023"), ("2023-01/2023-05", "Jan-May 2023"), ("2018/2023", "2018-2023"), ("2024", "2024")],
)
def test_periods_read_naturally(period, shown):
    assert present.format_period(period) == shown


def figure(**overrides):
    row = {"figure_id": "x_1", "quote": "over 3 million", "value": 3e6, "unit": "vehicles", "qualifier": "at_least",
           "publisher": "Shanghai Daily", "published": "2023-07-21"}
    row.update(overrides)
    return row


def test_hedges_are_shown_with_the_number():
    assert present.figure_text(figure()) == "over 3 million"
    assert present.figure_text(figure(qualifier="at_most", value=2500, unit="products")) == "nearly 2,500"
    assert present.figure_text(figure(qualifier="approx", value=1758000)) == "about 1.758 million"


def test_a_figure_links_to_its_appendix_entry_with_the_quote_on_hover():
    link = present.figure_link(figure())
    assert link.startswith('<a class="figref" href="#fig-x_1" title="“over 3 million” (Shanghai Daily, 2023-07-21)"')


def test_markup_in_a_quote_is_shown_as_text_never_run():
    hostile = figure(quote='<script>alert("x")</script><img src=x onerror=alert(1)>', publisher="<b>P</b>")
    link = present.figure_link(hostile)
    assert "<script" not in link and "<img" not in link and "<b>" not in link
    assert "&lt;script&gt;" in link


def test_table_cells_are_escaped_by_the_caller_and_headers_here():
    table = present.html_table(["<th>"], [["cell"]])
    assert "&lt;th&gt;" in table
