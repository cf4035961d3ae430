"""Formatting for readers, and text from the data always shown as text."""

from __future__ import annotations

import math

import pytest

from nevreport.common import dates, numbers
from nevreport.story import present


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
    assert numbers.format_value(value, unit) == shown


def test_stated_figures_keep_their_own_precision():
    assert numbers.format_value(160, "percent", as_stated=True) == "160%"
    assert numbers.format_value(35.2, "percent", as_stated=True) == "35.2%"


def test_ranges_say_open_ends_in_words():
    assert numbers.format_range(3e6, math.inf, "vehicles") == "at least 3 million"
    assert numbers.format_range(25.9, 26.0, "percent") == "25.9% to 26.0%"
    assert numbers.format_range(5, 5, "percent") == "5.0%"
    assert numbers.format_range(-100, 50, "percent") == "at most 50.0%", "growth below -100% is no bound"


@pytest.mark.parametrize(
    ("period", "shown"),
    [("2023-H1", "H1 2023"), ("2023-Q2", "Q2 2023"), ("2023-01/2023-05", "Jan-May 2023"), ("2018/2023", "2018-2023"),
     ("2024", "2024"),
     ("2021-03", "Mar 2021"), ("2021-03-03", "2021-03-03")],
)
def test_periods_read_naturally(period, shown):
    assert dates.format_period(period) == shown


def figure(**overrides):
    row = {"figure_id": "x_1", "quote": "over 3 million", "value": 3e6, "unit": "vehicles", "qualifier": "at_least",
           "publisher": "Shanghai Daily", "published": "2023-07-21"}
    row.update(overrides)
    return row


def test_hedges_are_shown_with_the_number():
    assert present.stated_text(figure()) == "over 3 million"
    assert present.stated_text(figure(qualifier="at_most", value=2500, unit="products")) == "nearly 2,500"
    assert present.stated_text(figure(qualifier="approx", value=1758000)) == "about 1.758 million"


def test_a_figure_links_to_its_appendix_entry_with_the_quote_on_hover():
    link = present.figure_link(figure())
    assert link.startswith('<a class="figref" href="#fig-x_1" title="“over 3 million” (Shanghai Daily, 2023-07-21)"')


def test_markup_in_a_quote_is_shown_as_text_never_run():
    hostile = figure(quote='<script>alert("x")</script><img src=x onerror=alert(1)>', publisher="<b>P</b>")
    link = present.figure_link(hostile)
    assert "<script" not in link and "<img" not in link and "<b>" not in link
    assert "&lt;script&gt;" in link


def test_a_table_escapes_text_and_keeps_markup():
    link = present.link("fig-a", "3 million", "a <quote>", "figref")
    table = present.html_table(["<th>", "Value"], [["<b>bold</b> & co", link]], caption="A <caption>",
                               numeric={1}, notes=["a <note>"])
    assert table == (
        '<table class="data"><caption>A &lt;caption&gt;</caption><thead><tr><th>&lt;th&gt;</th>'
        '<th class=num>Value</th></tr></thead><tbody><tr><td>&lt;b&gt;bold&lt;/b&gt; &amp; co</td><td class=num>'
        '<a class="figref" href="#fig-a" title="a &lt;quote&gt;">3 million</a></td></tr></tbody></table>'
        '<ol class="notes"><li>a &lt;note&gt;</li></ol>')


def test_a_table_without_caption_or_notes_has_neither():
    table = present.html_table(["A"], [["1"], ["2"]], css="data sources")
    assert table == ('<table class="data sources"><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr>'
                     "<tr><td>2</td></tr></tbody></table>")


def test_links_and_periods_escape_their_attributes_and_text():
    link = present.link('x" onclick="run', "<i>t</i>", 'say "hi"', "indref")
    assert link == ('<a class="indref" href="#x&#34; onclick=&#34;run" title="say &#34;hi&#34;">'
                    "&lt;i&gt;t&lt;/i&gt;</a>")
    assert present.period_span("2023-H1<") == '<span class="period">2023-H1&lt;</span>'


def test_a_value_is_rounded_once_from_its_full_precision():
    # 231.84 / 31.91 = 7.26543...: rounding 7.265 again would print 7.26
    assert numbers.format_value(231.84e9 / 31.91e9, "cny_per_usd") == "7.27 yuan per US$"
    assert numbers.format_value(1.2345, "count") == "1.23"
    assert numbers.format_value(968_577, "vehicles") == "968,600"
    assert numbers.format_value(999_960, "vehicles") == "1 million"
    assert numbers.format_value(-0.04, "percent") == "0.0%", "a value shown as zero carries no sign"


def test_values_resting_on_a_bound_say_so_in_words():
    inf = math.inf
    # 4 million on a base of "over 3 million": the growth is at most 33.3%
    assert numbers.value_text(33.3333, -100, 33.3333, "percent") == "at most 33.3%"
    # 1.2 million NEVs of 4.91 million: at least 24.4%, not "24.4% to 100%"
    assert numbers.value_text(24.4399, 24.4151, inf, "percent") == "at least 24.4%"
    # a value inside its range that merely prints like a bound is no bound
    assert numbers.value_text(-18.5336, -18.6165, -18.4506, "percent") == "-18.5%"
    assert numbers.value_text(57.8778, -100, 58.0386, "percent") == "57.9%, at most 58.0%"
    assert numbers.value_text(3.5, -inf, inf, "percent") == "undetermined"


def test_a_range_is_shown_only_when_it_adds_information():
    assert numbers.range_text(21.8, 21.8, 21.8, "percent") == ""  # "21.8% up to 21.8%"
    assert numbers.range_text(0.0, 0.0, 0.0, "percent") == ""
    assert numbers.range_text(24.4, 24.4, math.inf, "percent") == ""  # the open end is in the value's words
    assert numbers.range_text(968_595, 967_777, 969_413, "vehicles") == "967,800 to 969,400"
    row = {"value": 33.3333, "low": -100.0, "high": 33.3333, "unit": "percent"}
    assert present.indicator_text(row, with_range=True) == "at most 33.3%"
