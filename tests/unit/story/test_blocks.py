"""The report's building blocks, in-process on tiny frames: prose binding, charts and tables by series."""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest

from nevreport.story.blocks import Block, UnknownId, typed_numbers
from nevreport.story.notebook_checks import typed_digits
from nevreport.story.report import Report

METRICS = pd.DataFrame([
    {"metric": "nev_sales", "topic": "market", "label": "NEV sales"},
    {"metric": "nev_exports", "topic": "exports", "label": "NEV exports"},
])


def figure(fid, value, period, published, metric="nev_sales", status="actual", qualifier="exact"):
    return {"figure_id": fid, "metric": metric, "entity": "China", "period": period, "value": float(value),
            "low": float(value), "high": float("inf") if qualifier == "at_least" else float(value),
            "unit": "vehicles", "qualifier": qualifier, "status": status, "quote": f"sold {value}",
            "publisher": "Daily", "published": dt.date.fromisoformat(published), "url": "https://example.org/a",
            "article": "a.txt"}


def supplementary(sid, value, period, published, metric="nev_sales"):
    return {"source_id": sid, "metric": metric, "entity": "China", "period": period, "value": float(value),
            "low": float(value), "high": float(value), "unit": "vehicles", "qualifier": "exact",
            "publisher": "Official", "published": dt.date.fromisoformat(published), "url": "https://example.org/b",
            "excerpt": "sales were", "confidence": "high"}


def make_report(as_of="2024-12-31", figures=(), supplementaries=(), indicators=(), known_extra=(), sources=(),
                target_units=None, target_year=None):
    cutoff = dt.date.fromisoformat(as_of)
    figs = pd.DataFrame(list(figures) or [figure("x", 1, "2020", "2020-01-01")])
    exts = pd.DataFrame(list(supplementaries) or [supplementary("ext_x", 1, "2020", "2020-01-01")])
    inds = pd.DataFrame(list(indicators), columns=["indicator_id", "label", "value", "low", "high", "unit", "period",
                                                   "formula", "inputs", "reason", "section", "verdict", "note"])
    known = {*figs["figure_id"], *exts["source_id"], *inds["indicator_id"], "goal", "as_of", *known_extra}
    articles = pd.DataFrame(list(sources), columns=["file", "publisher", "title", "url", "published"])
    report = Report(as_of, figs[figs["published"] <= cutoff].reset_index(drop=True),
                    exts[exts["published"] <= cutoff].reset_index(drop=True), inds,
                    articles[articles["published"] <= cutoff].reset_index(drop=True), METRICS,
                    target_units=target_units, target_year=target_year, known_ids=known,
                    stated_goal="shanghai_nev_production_target_2025",
                    known_series=frozenset(zip([*figs["metric"], *exts["metric"]], [*figs["entity"], *exts["entity"]],
                                               strict=True)))
    report._index()
    return report


SALES = [figure("sales_2023", 9_500_000, "2023", "2024-07-25"),
         figure("sales_2025_forecast", 16_000_000, "2025", "2025-06-01", status="forecast")]
OFFICIAL = [supplementary("ext_sales_2023", 9_495_000, "2023", "2024-01-12"),
            supplementary("ext_sales_2024", 12_870_000, "2024", "2025-01-14")]


def html(block: Block) -> str:
    return block._repr_mimebundle_()["text/html"]


# --- prose ----------------------------------------------------------------------------------------------------

def test_a_placeholder_shows_the_formatted_number_linked_to_its_appendix_entry():
    report = make_report(figures=SALES, supplementaries=OFFICIAL)
    out = html(report.prose("China sold {sales_2023} NEVs in {sales_2023:period}."))
    assert '<a class="figref" href="#fig-sales_2023"' in out
    assert ">9.5 million</a>" in out and '<span class="period">2023</span>' in out
    assert out.count("<p") == 1


def test_a_line_whose_data_was_published_later_is_left_out_and_the_rest_kept():
    text = "Sales were {sales_2023}.\nThe forecast was {sales_2025_forecast}."
    early = make_report("2024-12-31", figures=SALES)
    late = make_report("2025-12-31", figures=SALES)
    assert "forecast" not in html(early.prose(text)) and "Sales were" in html(early.prose(text))
    assert "16 million" in html(late.prose(text))


def test_nothing_known_gives_the_empty_text_or_nothing():
    report = make_report("2020-06-30", figures=SALES)
    assert not report.prose("Sales were {sales_2023}.")
    shown = html(report.prose("Sales were {sales_2023}.", empty="Nothing was published yet."))
    assert "no-data" in shown and "Nothing was published yet." in shown


def test_a_misspelt_id_stops_with_the_id_and_a_suggestion():
    report = make_report(figures=SALES)
    with pytest.raises(UnknownId) as caught:
        report.prose("Sold {sales_2O23} NEVs.", where="20_market.ipynb, cell 3: ")
    message = str(caught.value)
    assert "20_market.ipynb, cell 3" in message and "{sales_2O23}" in message
    assert "did you mean sales_2023" in message


def test_a_typo_is_an_error_even_when_other_lines_are_not_yet_published():
    report = make_report("2020-06-30", figures=SALES)
    with pytest.raises(UnknownId):
        report.prose("Sales were {sales_2023}.\nAnd {salez_2023}.")


def test_an_unknown_format_is_named():
    report = make_report(figures=SALES)
    with pytest.raises(UnknownId, match="unknown format 'percent'"):
        report.prose("{sales_2023:percent}")


def test_a_notebook_variable_may_hold_the_id_and_none_leaves_the_line_out():
    report = make_report(figures=SALES)
    assert "9.5 million" in html(report.prose("Latest: {latest}.", namespace={"latest": "sales_2023"}))
    assert not report.prose("Latest: {latest}.", namespace={"latest": None})


def test_bullets_and_paragraphs_from_markdown():
    report = make_report("2025-12-31", figures=SALES, supplementaries=OFFICIAL)
    out = html(report.prose("- one {sales_2023}\n- two {ext_sales_2024}\n\nAfter {sales_2023}."))
    assert out.count("<li>") == 2 and '<ul class="prose findings">' in out and '<p class="prose">' in out


def test_markup_in_data_is_shown_as_text():
    row = figure("evil", 5, "2023", "2023-01-01")
    row["quote"] = '<script>alert(1)</script>"'
    out = html(make_report(figures=[row]).prose("{evil}"))
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_dollar_amounts_are_not_typeset_as_mathematics_in_jupyterlab():
    assert "tex2jax_ignore" in html(Block("US$1 to US$2"))


def test_plain_text_representation_is_readable():
    report = make_report(figures=SALES)
    assert report.prose("Sold {sales_2023}, then more.")._repr_mimebundle_()["text/plain"] == \
        "Sold 9.5 million, then more."


# --- typed numbers --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,found", [
    ("China sold 9.5 million NEVs", ["9.5"]),
    ("up 32 percent", ["32"]),
    ("in 2023, the 7th CIIE and the 1st", []),
    ("in H1 2024 and Jan-May 2023", []),
    ("{sales_2023} in {sales_2023:period}", []),
    ("see `params/latest.yaml` and 1,000 more", ["1,000"]),
    ("COVID-19 hit", ["19"]),
])
def test_typed_numbers_allow_only_years_and_ordinals(text, found):
    assert typed_numbers(text) == found


def test_the_notebook_check_finds_digits_in_markdown_prose_cells_and_prose_strings(tmp_path):
    cells = [
        {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": "as_of = \"2024-12-31\"",
         "outputs": [], "execution_count": None},
        {"cell_type": "markdown", "metadata": {}, "source": "## Sales in 2023"},
        {"cell_type": "markdown", "metadata": {}, "source": "Sales rose 35 percent."},
        {"cell_type": "code", "metadata": {}, "source": "%%prose\nSold {sales_2023}, about 12 million.",
         "outputs": [], "execution_count": None},
        {"cell_type": "code", "metadata": {}, "source": 'report.chart("Sales above 5 million", "units", ["x"])',
         "outputs": [], "execution_count": None},
        {"cell_type": "code", "metadata": {}, "source": 'report.get("ciie1_6_new_products")',
         "outputs": [], "execution_count": None},
    ]
    path = tmp_path / "20_x.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    found = {p.item: p.message for p in typed_digits(path)}
    assert set(found) == {"cell 3", "cell 4", "cell 5"}
    assert "35" in found["cell 3"] and "12" in found["cell 4"] and "5" in found["cell 5"]


# --- charts and tables by series ------------------------------------------------------------------------------

def chart_ids(block: Block) -> set[str]:
    return set(re.findall(r'href="#(?:fig|ext|ind)-([a-z0-9_]+)"', html(block).split("<figcaption>")[1]))


def test_a_chart_series_holds_every_known_point_of_its_metric_and_entity():
    early = make_report("2024-12-31", figures=SALES, supplementaries=OFFICIAL)
    late = make_report("2025-12-31", figures=SALES, supplementaries=OFFICIAL)
    assert chart_ids(early.chart("Sales", "units", ["nev_sales"], entity="China")) == {"sales_2023",
                                                                                       "ext_sales_2023"}
    # A new figure of the same series (a later article) joins the chart with no code change.
    assert chart_ids(late.chart("Sales", "units", ["nev_sales"], entity="China")) == {
        "sales_2023", "sales_2025_forecast", "ext_sales_2023", "ext_sales_2024"}


def test_a_chart_with_nothing_known_is_empty_and_shows_once_in_jupyterlab():
    assert not make_report("2020-06-30", figures=SALES, supplementaries=OFFICIAL).chart("S", "u", ["nev_sales"])
    out = html(make_report(figures=SALES, supplementaries=OFFICIAL).chart("Sales", "units", ["nev_sales"]))
    assert out.count("<svg") == 2 and out.count('style="display: none"') == 1  # the phone drawing is hidden
    assert "<metadata>" not in out


def test_a_chapter_table_lists_every_figure_of_its_topic_with_reader_labels():
    report = make_report("2025-12-31", figures=[*SALES, figure("exp", 1000, "2023", "2024-01-01",
                                                              metric="nev_exports")])
    table = html(report.stated_table("market"))
    assert "sales_2025_forecast" in table and "NEV sales" in table and "exp" not in table.split("<table")[1]
    assert "nev_sales" not in table and "Appendix ids" not in table  # machine names stay out of the body


def test_a_matplotlib_figure_becomes_a_report_chart_with_its_source_note():
    import matplotlib.pyplot as plt

    report = make_report(figures=SALES, supplementaries=OFFICIAL)
    fig, ax = plt.subplots()
    ax.plot([2023, 2024], [1, 2])
    ax.set_title("Sales")
    out = html(report.custom_chart(fig, ["ext_sales_2023"]))
    assert 'Source: <a href="#ext-ext_sales_2023">Official, 2024-01-12</a>' in out and 'aria-label="Sales. ' in out
    assert plt.get_fignums() == []  # closed, so Jupyter does not show it a second time


def test_a_chart_naming_an_unknown_id_stops_with_a_suggestion():
    import matplotlib.pyplot as plt

    with pytest.raises(UnknownId, match="did you mean ext_sales_20(23|24)"):
        make_report(figures=SALES, supplementaries=OFFICIAL).custom_chart(plt.figure(), ["ext_sales_2032"])
    plt.close("all")


def test_repr_of_a_report_is_one_line_that_counts_what_was_known():
    # as of 2024-12-31 the 2025 forecast was not yet published; the default supplementary figure was
    assert repr(make_report(figures=SALES)) == (
        "<Report as of 2024-12-31: 1 figures from 0 articles, 1 supplementary figures, 0 indicators>")


def test_goal_progress_never_calls_a_goal_met_before_its_year():
    goal = figure("goal_fig", 1_200_000, "2025", "2021-03-03", metric="nev_production_target", status="target")
    above = supplementary("ext_prod_2023", 1_286_800, "2023", "2024-03-10", metric="nev_production")
    indicator = {"indicator_id": "progress", "label": "p", "value": 107.2, "low": 107.2, "high": 107.2,
                 "unit": "percent", "period": "2023", "formula": "f", "inputs": "ext_prod_2023;goal",
                 "reason": "", "section": "shanghai", "verdict": ""}
    report = make_report(figures=[goal], supplementaries=[above], indicators=[indicator])
    report.figures.loc[0, "figure_id"] = "shanghai_nev_production_target_2025"
    report._index()
    progress = report.goal_progress("progress")
    assert progress.above_level and not progress.in_goal_year and progress.met is None


def test_loading_again_sees_a_changed_data_file(tmp_path):
    import shutil

    from nevreport.common import config

    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    assert Report.load("2026-11-23", data_dir=data).label("nev_sales") == "NEV sales"
    metrics = data / "metrics.csv"
    metrics.write_text(metrics.read_text(encoding="utf-8").replace("nev_sales,market,NEV sales",
                                                                    "nev_sales,market,New-energy vehicle sales"),
                       encoding="utf-8")
    assert Report.load("2026-11-23", data_dir=data).label("nev_sales") == "New-energy vehicle sales"


def test_every_note_is_shown_beside_its_number_as_a_numbered_table_note():
    noted = {**figure("sales_2023", 9_500_000, "2023", "2024-07-25"), "note": "Xinhua gave 9.49 million"}
    repeated = {**figure("sales_2022", 6_900_000, "2022", "2024-07-25"), "note": "Xinhua gave 9.49 million"}
    plain = {**figure("sales_2021", 3_500_000, "2021", "2024-07-25"), "note": ""}
    table = html(make_report(figures=[noted, repeated, plain]).stated_table("market"))
    # one note, one number, marked on both rows that share it and listed once below the table
    assert table.count('<sup class="fn">1</sup>') == 2 and "<sup class=\"fn\">2" not in table
    assert table.count("Xinhua gave 9.49 million") == 1
    assert table.index("</table>") < table.index('<ol class="notes"><li>Xinhua gave 9.49 million</li></ol>')


def test_an_indicator_table_shows_notes_and_bounds_in_words_and_never_names_later_indicators():
    rows = [
        {"indicator_id": "growth", "label": "Growth", "value": 33.3333, "low": -100.0, "high": 33.3333,
         "unit": "percent", "period": "2023", "formula": "f", "inputs": "x", "reason": "", "section": "market",
         "verdict": "", "note": "the base is stated as over 3 million"},
        {"indicator_id": "later_one", "label": "Later", "value": float("nan"), "low": float("nan"),
         "high": float("nan"), "unit": "percent", "period": "", "formula": "f", "inputs": "",
         "reason": "needs y, published 2030-01-01", "section": "market", "verdict": "", "note": ""},
    ]
    report = make_report(indicators=rows)
    table = html(report.indicator_table("market"))
    assert ">at most 33.3%</a>" in table and "the base is stated as over 3 million" in table
    assert "later_one" not in table and "Later" not in table and "2030" not in table
    appendix = html(report.appendix_indicators())
    assert "later_one" not in appendix and "2030" not in appendix


# --- HTML from the templates ----------------------------------------------------------------------------------

INDICATOR = {"indicator_id": "share", "label": "Share <of> sales", "value": 26.0, "low": 26.0, "high": 26.0,
             "unit": "percent", "period": "2023", "formula": "a / b x 100", "inputs": "sales_2023;not_shown",
             "reason": "", "section": "market", "verdict": "on track", "note": "a <note>"}


CITE = "A stable link to this entry, to cite"


def test_appendix_entries_link_their_sources_and_inputs():
    report = make_report(figures=SALES[:1], supplementaries=OFFICIAL[:1], indicators=[INDICATOR])
    assert html(report.appendix_figures()) == (
        '<div class="nr-block tex2jax_ignore mathjax_ignore"><div class="entries">'
        '<div class="entry" id="fig-sales_2023"><p class="entry-head"><span class="entry-id">'
        f'<a href="#fig-sales_2023" title="{CITE}">sales_2023</a></span> '
        '<span class="entry-facts">9.5 million · 9.5 million · NEV sales · actual · 2023</span></p>'
        '<p class="entry-body">“sold 9500000” <a class="quote-link" href="https://example.org/a#:~:text=sold%209500000">'
        '(the sentence at its source)</a></p><p class="entry-source"><a href="https://example.org/a">Daily</a>, '
        '2024-07-25 <span class="file">(a.txt)</span></p></div></div></div>')
    assert html(report.appendix_supplementary()) == (
        '<div class="nr-block tex2jax_ignore mathjax_ignore"><div class="entries">'
        '<div class="entry" id="ext-ext_sales_2023"><p class="entry-head"><span class="entry-id">'
        f'<a href="#ext-ext_sales_2023" title="{CITE}">ext_sales_2023'
        '</a></span> <span class="entry-facts">9.495 million · NEV sales · 2023 · high confidence</span></p>'
        '<p class="entry-body">“sales were” <a class="quote-link" href="https://example.org/b#:~:text=sales%20were">'
        '(the sentence at its source)</a></p><p class="entry-source"><a href="https://example.org/b">Official</a>,'
        ' 2024-01-12</p></div></div></div>')
    # an input not shown at this date is named without a link (a link to nowhere is an error in the HTML)
    assert html(report.appendix_indicators()) == (
        '<div class="nr-block tex2jax_ignore mathjax_ignore"><div class="entries">'
        f'<div class="entry" id="ind-share"><p class="entry-head"><span class="entry-id"><a href="#ind-share" '
        f'title="{CITE}">share</a></span> '
        '<span class="entry-facts">26.0% · 2023</span></p><p class="entry-body"><strong>Share &lt;of&gt; sales'
        '</strong>. Formula: a / b x 100 <span class=note>on track</span> <span class=note>a &lt;note&gt;</span></p>'
        '<p class="entry-source">Inputs: <a href="#fig-sales_2023">sales_2023</a>, not_shown</p></div></div></div>')


def test_markup_in_any_text_of_the_data_is_shown_as_text_in_tables_and_appendix():
    evil = "<script>alert(1)</script>"
    row = {**figure("evil", 5, "2023", "2023-01-01"), "quote": evil, "publisher": "<b>P</b>", "entity": evil,
           "note": evil, "url": 'https://example.org/"><script>', "article": evil}
    other = {**supplementary("ext_evil", 6, "2023", "2023-01-01"), "excerpt": evil, "publisher": evil}
    conflict = {**supplementary("ext_evil_2", 7, "2023", "2023-01-01"), "confidence": evil}
    report = make_report(figures=[row], supplementaries=[other, conflict],
                         indicators=[{**INDICATOR, "label": evil, "formula": evil, "verdict": evil}])
    report.sources = pd.DataFrame([{"file": "a.txt", "publisher": evil, "title": evil, "url": '"><script>',
                                    "published": dt.date(2023, 1, 1)}])
    for block in (report.stated_table("market"), report.indicator_table("market"), report.conflicts_table(),
                  report.sources_table(), report.appendix_figures(), report.appendix_supplementary(),
                  report.appendix_indicators(), report.no_data(evil), report.prose("{evil}", empty=evil)):
        out = html(block)
        assert "<script" not in out and "<b>" not in out, out
        assert "&lt;script&gt;" in out or "&#34;&gt;&lt;script&gt;" in out, out
    assert 'href="https://example.org/&#34;&gt;&lt;script&gt;"' in html(report.appendix_figures())


def test_nothing_published_says_so_with_the_edition_date():
    out = html(make_report("2021-12-31").no_data("China's NEV sales"))
    assert out == ('<div class="nr-block tex2jax_ignore mathjax_ignore"><p class="prose no-data">Nothing published by '
                   '<span class="period">2021-12-31</span> states China&#39;s NEV sales; this section fills in for '
                   "later as-of dates.</p></div>")


def test_a_what_if_goal_is_marked_as_the_edition_s_own():
    report = make_report()
    report.target_units, report.target_year = 1_500_000, 2027
    assert report.render("goal") == ('<span class="param" title="a what-if goal set by this edition&#39;s parameter '
                                     'file, in place of the goal the articles state">1.5 million</span>')
    assert ">2027</span>" in report.render("goal", "period")


def test_a_chart_without_linked_sources_names_its_sources_and_the_ids_used():
    from nevreport.story import charts

    fig, ax = charts.new_figure("Sales <2023>", "units")
    ax.bar([2023], [1.0], label="Sales")
    out = str(charts.chart_html(fig, "Source: <Daily>, 2024-01-01", ["fig-b", "ind-a", "fig-b"], "Sales <2023>"))
    caption = out.split("<figcaption>")[1]
    assert caption == ('<span class="source" style="display: block">Source: &lt;Daily&gt;, 2024-01-01</span>'
                       '<span class="ids" style="display: block">Figures used: <a href="#fig-b">b</a>, '
                       '<a href="#ind-a">a</a></span></figcaption></figure>')
    assert out.startswith('<figure class="chart"><svg class="chart-wide" role="img" aria-label="Sales &lt;2023&gt;.')
    assert out.count("<svg") == 2


def test_a_linked_source_note_escapes_the_publisher_and_links_its_first_figure():
    from nevreport.story import charts

    note = charts.linked_source_note([("A & B", "2024-01-01", "fig-y"), ("A & B", "2024-01-01", "fig-x"),
                                      ("<C>", "2023-01-01", "ext-z")])
    assert note == ('Source: <a href="#ext-z">&lt;C&gt;, 2023-01-01</a>; <a href="#fig-x">A &amp; B, 2024-01-01</a>; '
                    "calculation: nevreport")
# --- Shanghai's goal, stated or a parameter set's what-if -----------------------------------------------------

STATED = "shanghai_nev_production_target_2025"
GOAL_FIGURE = figure(STATED, 1_200_000, "2025", "2021-03-03", metric="nev_production_target", status="target")


def test_the_goal_is_the_stated_figure_linked_to_its_quote():
    report = make_report(figures=[GOAL_FIGURE])
    assert not report.is_what_if() and report.get("goal")["value"] == 1_200_000
    out = html(report.prose("The goal: {goal} by {goal:period}."))
    assert f'href="#fig-{STATED}"' in out and ">1.2 million</a>" in out and '<span class="period">2025</span>' in out


def test_a_what_if_goal_replaces_the_stated_one_and_says_so():
    report = make_report(figures=[GOAL_FIGURE], target_units=1_500_000, target_year=2027)
    assert report.is_what_if()
    assert (report.get("goal")["value"], report.get("goal")["period"]) == (1_500_000, "2027")
    out = html(report.prose("The goal: {goal} by {goal:period}."))
    assert '<span class="param" title="a what-if goal set by this edition' in out
    assert ">1.5 million</span>" in out and ">2027</span>" in out and f"fig-{STATED}" not in out
    # Only the year changed: the stated level is kept.
    assert make_report(figures=[GOAL_FIGURE], target_year=2030).get("goal")["value"] == 1_200_000


def test_a_what_if_goal_without_a_stated_one_needs_its_year():
    assert make_report(target_units=1_000_000).get("goal") is None
    assert make_report(target_units=1_000_000, target_year=2030).get("goal")["period"] == "2030"


def test_goal_progress_calls_the_goal_met_only_with_output_of_its_year():
    def progress(output, year):
        above = supplementary(f"ext_prod_{year}", output, str(year), f"{year + 1}-03-10", metric="nev_production")
        indicator = {"indicator_id": "progress", "label": "p", "value": 1.0, "low": 1.0, "high": 1.0,
                     "unit": "percent", "period": str(year), "formula": "f", "inputs": f"ext_prod_{year};goal",
                     "reason": "", "section": "shanghai", "verdict": ""}
        return make_report("2030-12-31", figures=[GOAL_FIGURE], supplementaries=[above],
                           indicators=[indicator]).goal_progress("progress")

    assert progress(1_300_000, 2025).met is True
    assert progress(1_100_000, 2025).met is False
    assert progress(1_100_000, 2023).met is None and not progress(1_100_000, 2023).above_level
    assert make_report(known_extra=["progress"]).goal_progress("progress").latest is None  # nothing known yet


# --- looking things up --------------------------------------------------------------------------------------

def test_latest_is_the_latest_full_year_actual_preferring_the_supplementary_figure():
    figures = [*SALES, figure("sales_2024_h1", 4_000_000, "2024-H1", "2024-07-25"),
               figure("sales_2024", 12_000_000, "2024", "2025-01-20")]
    report = make_report("2025-12-31", figures=figures, supplementaries=OFFICIAL)
    assert report.latest("nev_sales", "China") == "ext_sales_2024"  # over the article's 2024, the 2025 forecast
    assert make_report("2024-06-30", figures=figures, supplementaries=OFFICIAL).latest("nev_sales", "China") == \
        "ext_sales_2023"
    with pytest.raises(UnknownId, match="'Japan' names no entity in the data"):
        report.latest("nev_sales", "Japan")  # a typo, not a series with nothing yet
    # two sources for the newest year: the first in the table, the one the chart draws as the bar, whichever
    # was published later or sorts later by name
    conflicting = [*OFFICIAL, supplementary("ext_sales_2024_zz_later_repost", 12_800_000, "2024", "2025-01-20")]
    assert make_report("2025-12-31", figures=figures, supplementaries=conflicting).latest("nev_sales", "China") == \
        "ext_sales_2024"


def test_an_indicator_without_a_value_is_not_known():
    rows = [{"indicator_id": "known", "label": "K", "value": 5.0, "low": 4.0, "high": 6.0, "unit": "percent",
             "period": "2023", "formula": "a / b", "inputs": "sales_2023;ext_sales_2023", "reason": "",
             "section": "market", "verdict": "", "note": ""},
            {"indicator_id": "later", "label": "L", "value": float("nan"), "low": float("nan"), "high": float("nan"),
             "unit": "percent", "period": "", "formula": "f", "inputs": "", "reason": "needs x", "section": "market",
             "verdict": "", "note": ""}]
    report = make_report(figures=SALES, supplementaries=OFFICIAL, indicators=rows)
    assert report.has("known", "sales_2023") and not report.has("known", "later")
    assert report.value("known") == 5.0
    assert report.inputs("known", "supplementary") == ["ext_sales_2023"] and report.input_of("known") == "sales_2023"
    assert report.inputs("later") == []
    with pytest.raises(UnknownId, match="'nothing_known' names no figure"):
        report.input_of("nothing_known")
    out = html(report.prose("Share {known:range}; as of {as_of}."))
    assert ">5.0% (range 4.0% to 6.0%)</a>" in out and '<span class="period">2024-12-31</span>' in out


def test_a_stated_figure_shows_the_interval_it_stands_for():
    hedged = figure("over", 3_000_000, "2022", "2023-07-21", qualifier="at_least")
    out = html(make_report(figures=[hedged]).prose("{over} means {over:interval}."))
    assert ">over 3 million</a>" in out and ">at least 3 million</a>" in out


# --- tables and the appendix --------------------------------------------------------------------------------

ARTICLE = {"file": "a.txt", "publisher": "Daily <News>", "title": "Sales & <b>more</b>",
           "url": "https://example.org/a?x=1&y=2", "published": dt.date(2024, 7, 25)}


def test_the_sources_table_lists_the_articles_known_at_the_date_as_text():
    table = html(make_report(sources=[ARTICLE]).sources_table())
    assert "Daily &lt;News&gt;" in table and "Sales &amp; &lt;b&gt;more&lt;/b&gt;" in table
    assert 'href="https://example.org/a?x=1&amp;y=2"' in table and '<span class="period">2024-07-25</span>' in table
    assert not make_report("2024-06-30", sources=[ARTICLE]).sources_table()


def test_the_hedge_table_counts_figures_by_hedge_and_status():
    figures = [figure("a", 1, "2023", "2024-01-01"), figure("b", 2, "2023", "2024-01-01", qualifier="at_least"),
               figure("c", 3, "2025", "2024-01-01", qualifier="at_least", status="forecast")]
    table = html(make_report(figures=figures).hedge_table())
    header = re.findall(r"<th[^>]*>([^<]*)</th>", table)
    assert header == ["Hedge", "actual", "forecast", "All"]
    rows = re.findall(r"<tr><td[^>]*>([^<]*)</td><td class=num[^>]*>(\d+)</td><td class=num[^>]*>(\d+)</td>"
                      r"<td class=num[^>]*>(\d+)</td>",
                      table)
    assert rows == [("stated exactly", "1", "0", "1"), ("over", "1", "1", "2")]  # in the order of the hedge words


def test_the_conflicts_table_keeps_disagreeing_sources_side_by_side():
    second = {**supplementary("ext_sales_2023_b", 9_400_000, "2023", "2024-02-01"), "publisher": "Other",
              "confidence": "medium"}
    agreeing = {**supplementary("ext_sales_2023_c", 9_495_000, "2023", "2024-02-01"), "publisher": "Third"}
    table = html(make_report(supplementaries=[*OFFICIAL, second]).conflicts_table())
    assert table.count("<tr><td") == 2 and "ext-ext_sales_2023" in table and "ext-ext_sales_2023_b" in table
    assert "Other (medium confidence)" in table and "ext_sales_2024" not in table
    assert not make_report(supplementaries=[*OFFICIAL, agreeing]).conflicts_table()


def test_appendix_entries_carry_the_anchor_the_quote_and_the_source_as_text():
    row = {**figure("over", 3_000_000, "2022", "2023-07-21", qualifier="at_least"), "quote": "over <3> million",
           "note": "a & b", "publisher": "P<"}
    out = html(make_report(figures=[row], supplementaries=OFFICIAL).appendix_figures())
    assert '<div class="entry" id="fig-over">' in out and "“over &lt;3&gt; million”" in out
    assert "over 3 million · at least 3 million · NEV sales · actual · 2022 · note: a &amp; b" in out
    assert '<a href="https://example.org/a">P&lt;</a>, 2023-07-21 <span class="file">(a.txt)</span>' in out
    supplementary_entries = html(make_report(supplementaries=OFFICIAL).appendix_supplementary())
    assert '<div class="entry" id="ext-ext_sales_2023">' in supplementary_entries
    assert "9.495 million · NEV sales · 2023 · high confidence" in supplementary_entries


def test_an_indicator_entry_links_each_input_to_its_own_entry():
    row = {"indicator_id": "share", "label": "Share <x>", "value": 26.0, "low": 25.9, "high": 26.1,
           "unit": "percent", "period": "2023", "formula": "a / b", "inputs": "sales_2023;gone", "reason": "",
           "section": "market", "verdict": "below the forecast", "note": ""}
    out = html(make_report(figures=SALES, indicators=[row]).appendix_indicators())
    assert '<div class="entry" id="ind-share">' in out and "<strong>Share &lt;x&gt;</strong>. Formula: a / b" in out
    assert '<span class=note>below the forecast</span>' in out
    assert 'Inputs: <a href="#fig-sales_2023">sales_2023</a>, gone' in out


def test_no_data_names_the_date_and_what_is_missing_as_text():
    out = html(make_report("2021-12-31").no_data("China's <NEV> sales"))
    assert '<span class="period">2021-12-31</span>' in out and "China&#39;s &lt;NEV&gt; sales" in out


# --- charts ---------------------------------------------------------------------------------------------------

def test_a_goal_chart_draws_the_goal_and_marks_conflicting_sources():
    production = [supplementary("ext_prod_2023", 1_286_800, "2023", "2024-03-10", metric="nev_production"),
                  {**supplementary("ext_prod_2023_b", 1_250_000, "2023", "2024-04-01", metric="nev_production"),
                   "publisher": "Other"}]
    out = html(make_report(figures=[GOAL_FIGURE], supplementaries=production).chart(
        "Production", "vehicles", ["nev_production"], goal=True))
    wide = out.split("<svg")[1]
    assert "Goal: output in 2025" in wide and "Conflicting source" in wide
    assert {"ext_prod_2023", "ext_prod_2023_b", STATED} <= chart_ids(Block(out))


def test_an_open_ended_figure_is_drawn_with_an_arrow_up():
    hedged = figure("over", 3_000_000, "2022", "2023-07-21", qualifier="at_least")
    plain = figure("exact_one", 3_000_000, "2022", "2023-07-21")
    later = [supplementary("ext_sales_2023", 5_000_000, "2023", "2024-01-12")]  # keeps the arrow's tip inside the axes
    with_arrow = html(make_report(figures=[hedged], supplementaries=later).chart("S", "u", ["nev_sales"]))
    without = html(make_report(figures=[plain], supplementaries=later).chart("S", "u", ["nev_sales"]))
    assert with_arrow.count("<path") > without.count("<path")


# --- a misspelt name stops the block, with the nearest names ------------------------------------------------

@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda r: r.chart("Sales", "million vehicles", series=["nev_sale"], entity="China"),
         "'nev_sale' names no metric (data/metrics.csv) in the data; did you mean nev_sales"),
        (lambda r: r.chart("Sales", "million vehicles", series=["nev_sales"], entity="Chnia"),
         "'Chnia' names no entity in the data; did you mean China"),
        (lambda r: r.latest("nev_sales", "Chnia"), "did you mean China"),
        (lambda r: r.stated_table("markets"), "'markets' names no topic (data/metrics.csv) in the data; did you mean "
                                              "market"),
        (lambda r: r.indicator_table("markte"), "names no indicator section (data/indicators.yaml)"),
        (lambda r: r.has("sales_2O23"), "'sales_2O23' names no figure, supplementary figure or indicator in the "
                                        "data; did you mean sales_2023"),
        (lambda r: r.input_of("sales_yoy"), "'sales_yoy' names no figure"),
        (lambda r: r.chart("Sales up 38 percent", "million vehicles", series=["nev_sales"]),
         "number(s) typed into its title or units: 38"),
    ],
)
def test_every_block_refuses_a_name_the_data_does_not_hold(call, words):
    from nevreport.common.errors import UserError

    report = make_report(figures=SALES, supplementaries=OFFICIAL)
    with pytest.raises(UserError) as caught:
        call(report)
    assert words in str(caught.value)


def test_a_series_published_after_the_edition_is_no_mistake():
    """Known in the data but not yet published: the block is empty, as the edition knew nothing of it."""
    report = make_report("2020-06-30", figures=SALES, supplementaries=OFFICIAL)
    assert not report.chart("Sales", "million vehicles", series=["nev_sales"], entity="China")
    assert report.latest("nev_sales", "China") is None and not report.has("sales_2023")
    exports = figure("exports_2023", 1, "2023", "2024-01-01", metric="nev_exports")
    shanghai = {**figure("sh_2023", 1, "2023", "2024-01-01"), "entity": "Shanghai"}
    entity = make_report(figures=[*SALES, exports, shanghai])
    with pytest.raises(UnknownId) as caught:
        entity.chart("Exports", "vehicles", series=["nev_exports"], entity="Shanghai")
    assert "'Shanghai' has no figure of 'nev_exports' in the data; nev_exports is known for China" in str(caught.value)


def test_a_table_in_the_notebook_is_aligned_as_in_the_report():
    """JupyterLab right-aligns every cell and breaks dates at the hyphen; a table run there brings the report's."""
    from nevreport import pipeline

    block = make_report(figures=SALES).stated_table("market")
    shown = html(block)
    assert ".nr-block table.data th, .nr-block table.data td {text-align: left" in shown
    assert ".nr-block .period" in shown and "white-space: nowrap" in shown
    pipeline.use_build_folder("/tmp/edition")  # a build's blocks: the report has its own style sheet
    try:
        assert "<style>" not in html(block)
    finally:
        pipeline.use_build_folder(None)
