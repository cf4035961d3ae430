"""The report's sections, each built from a Report: prose from templates, charts and tables from data.

A notebook cell calls one function per section; what a function returns is HTML that the exporters keep.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from html import escape

from nevreport import charts, present
from nevreport.report import GOAL, STATED_GOAL, Report, html

ANNUAL = re.compile(r"^\d{4}$")


# --- charts -------------------------------------------------------------------------------------------------

def _annual(report: Report, metric: str, entity: str | None = None) -> list[dict]:
    """Full-year supplementary rows of one metric (and entity, when given)."""
    frame = report.external
    rows = frame[(frame["metric"] == metric) & ((frame["entity"] == entity) if entity else True)]
    return [r for r in rows.to_dict("records") if ANNUAL.match(str(r["period"]))]


def timeline(report: Report, title: str, units: str, bars: list[tuple[str, list[dict], str]],
             markers: list[tuple[str, str, str]] = (), goal: str | None = None, scale: str = "millions") -> str:
    """Bars of later actuals by year, article figures as markers (hollow for forecasts), a goal line.

    bars: (legend label, supplementary rows, colour key); markers: (legend label, figure id, colour key).
    """
    fig, ax = charts.new_figure(title, units)
    keys: list[str] = []
    width = 0.8 / max(len(bars), 1)
    years: set[int] = set()
    for index, (label, rows, colour) in enumerate(bars):
        if not rows:
            continue
        # Where sources conflict for a year, the first (the table keeps the higher-confidence source first)
        # is the bar and each other source a marker on it, so neither value hides the other.
        first, others = {}, []
        for row in rows:
            (others.append(row) if row["period"] in first else first.setdefault(row["period"], row))
        offset = (index - (len(bars) - 1) / 2) * width
        shown = list(first.values())
        ax.bar([int(r["period"]) + offset for r in shown], [r["value"] for r in shown], width=width * 0.95,
               color=charts.PALETTE[colour], label=label)
        if others:
            ax.plot([int(r["period"]) + offset for r in others], [r["value"] for r in others], marker="o",
                    markersize=7, linestyle="none", color=charts.PALETTE["conflict"], label="Conflicting source",
                    zorder=6)
        years.update(int(r["period"]) for r in rows)
        keys.extend(r["source_id"] for r in rows)
    for label, key, colour in markers:
        row = report.get(key)
        if row is None:
            continue
        year = int(str(row["period"])[:4])
        hollow = row["status"] in ("forecast", "target")
        ax.plot([year], [row["value"]], marker="D", markersize=7, linestyle="none",
                markerfacecolor="white" if hollow else charts.PALETTE[colour],
                markeredgecolor=charts.PALETTE[colour], markeredgewidth=1.6, label=label, zorder=5)
        if math.isinf(float(row["high"])):
            ax.annotate("", xy=(year, row["value"] * 1.12), xytext=(year, row["value"]),
                        arrowprops={"arrowstyle": "->", "color": charts.PALETTE[colour]}, zorder=5)
        years.add(year)
        keys.append(key)
    if goal and report.get(goal) is not None:
        row = report.get(goal)
        ax.axhline(row["value"], color=charts.PALETTE["goal"], linestyle="--", linewidth=1.2,
                   label=f"Goal for {row['period']}")
        years.add(int(str(row["period"])[:4]))
        keys.append(STATED_GOAL if goal == GOAL else goal)
    if not keys:
        return ""
    ax.set_xticks(sorted(years))
    ax.set_xlim(min(years) - 0.7, max(years) + 0.7)
    ax.set_ylim(bottom=0)
    (charts.millions_axis if scale == "millions" else charts.billions_axis)(ax)
    ax.legend(loc="upper left", ncols=2)
    sources, anchors = report.lineage(keys)
    return charts.chart_html(fig, charts.source_note(sources, calculated=False), anchors, title)


def goal_met(report: Report) -> bool:
    needed = report.get("shanghai_nev_required_cagr")
    return needed is not None and float(needed["value"]) == 0


# --- sections -----------------------------------------------------------------------------------------------

def introduction(report: Report):
    rows = []
    known = report.sources[report.sources["published"] <= dt.date.fromisoformat(report.as_of)]
    known = known.sort_values("published")
    for row in known.to_dict("records"):
        rows.append([escape(row["publisher"]), f'<a href="{escape(row["url"])}">{escape(row["title"])}</a>',
                     present.period_span(str(row["published"]))])
    table = present.html_table(["Publisher", "Article", "Published"], rows, css="data sources")
    return html(
        f'<p class="prose lead">This edition shows what news articles published by {report.as_of_span()} state '
        "about China's vehicle and new-energy-vehicle (NEV) exports, the NEV market, Shanghai's NEV goal, the "
        "China International Import Expo (CIIE), the Jiading auto cluster and the Yangtze River Delta's auto "
        "industry, what follows from those figures, and, "
        "where later official or widely reported figures are known, what actually happened. Every number links to "
        "the quote or formula it comes from (see the appendix).</p>"
        + (table if rows else report.no_data("anything yet"))
    )


def key_findings(report: Report):
    progress = report.get("shanghai_nev_target_progress")
    shanghai = []
    if progress is not None:
        actual = next((k for k in str(progress["inputs"]).split(";") if k.startswith("ext_")), None)
        if actual:
            shanghai.append(
                f"Shanghai produced {{{actual}}} NEVs in {{{actual}:period}}, "
                "{shanghai_nev_target_progress} of its goal of {goal} a year by {goal:period}"
                + ("; the goal was already met." if goal_met(report) else
                   "; growth still needed: {shanghai_nev_required_cagr:range} a year.")
            )
    found = report.bullets(
        "NEVs made up {nev_share_of_vehicle_exports_2023_jan_may:range} of China's vehicle exports in "
        "{china_nev_exports_2023_jan_may:period}, up from an implied "
        "{nev_share_of_vehicle_exports_2022_jan_may_implied:range} a year earlier.",
        "China exported {china_vehicle_exports_2022} vehicles in {china_vehicle_exports_2022:period}; the "
        "industry's forecast of {china_vehicle_exports_2023_forecast} for {china_vehicle_exports_2023_forecast:period} "
        "meant growth of {vehicle_exports_yoy_2023_forecast:range}. The outcome was "
        "{ext_vehicle_exports_china_2023}.",
        "China sold {china_nev_sales_2023} NEVs in {china_nev_sales_2023:period}, "
        "{china_nev_global_share_2023} of the world market by the article's account.",
        "The forecast of {china_nev_sales_2024_forecast} NEV sales for {china_nev_sales_2024_forecast:period} "
        "meant growth of {nev_sales_yoy_2024_forecast:range}; the outcome was {ext_nev_sales_china_2024}.",
        *shanghai,
        "The seventh CIIE was to cover {ciie7_total_area} of exhibition space, with {ciie7_business_exhibitors} "
        "exhibitors in its Business Exhibition.",
    )
    return html(found or report.no_data("any of the report's key figures"))


def exports(report: Report):
    prose = report.paragraph(
        "China exported {china_vehicle_exports_2022} vehicles in {china_vehicle_exports_2022:period}, "
        "a record by the article's account.",
        "In {china_vehicle_exports_2023_jan_may:period} exports were {china_vehicle_exports_2023_jan_may} vehicles, "
        "up {china_vehicle_exports_2023_jan_may_yoy} year on year; NEVs accounted for "
        "{china_nev_exports_2023_jan_may}, up {china_nev_exports_2023_jan_may_yoy}.",
        "That puts the NEV share of vehicle exports at {nev_share_of_vehicle_exports_2023_jan_may:range}.",
        "The stated growth rates imply that a year earlier China exported {vehicle_exports_2022_jan_may_implied:range} "
        "vehicles and {nev_exports_2022_jan_may_implied:range} NEVs, an NEV share of "
        "{nev_share_of_vehicle_exports_2022_jan_may_implied:range}.",
        "For {china_vehicle_exports_2023_forecast:period} the industry association expected "
        "{china_vehicle_exports_2023_forecast} vehicles, growth of {vehicle_exports_yoy_2023_forecast} on "
        "the year before.",
    )
    if not prose:
        return html(report.no_data("China's vehicle exports"))
    chart = timeline(
        report, "China's vehicle exports", "million vehicles a year",
        bars=[("Vehicle exports (reported later)", _annual(report, "vehicle_exports", "China"), "actual"),
              ("NEV exports (reported later)", _annual(report, "nev_exports", "China"), "secondary")],
        markers=[("Stated in the article", "china_vehicle_exports_2022", "article"),
                 ("Forecast in the article", "china_vehicle_exports_2023_forecast", "forecast")],
    )
    table = report.indicator_table(section="exports", caption="Indicators derived from the export figures")
    return html(prose + chart + table)


def market(report: Report):
    prose = report.paragraph(
        "China sold {china_nev_sales_2023} NEVs in {china_nev_sales_2023:period}, "
        "{china_nev_global_share_2023} of the global market.",
        "In {china_nev_sales_2024_h1:period} sales were {china_nev_sales_2024_h1}, up "
        "{china_nev_sales_2024_h1_yoy} year on year, a market share of {china_nev_market_share_2024_h1}; the "
        "stated growth implies {nev_sales_2023_h1_implied:range} a year earlier.",
        "The full-year forecast was {china_nev_sales_2024_forecast}, growth of {nev_sales_yoy_2024_forecast:range} "
        "on the year before.",
        "Official figures published later put full-year sales at {ext_nev_sales_china_2024}.",
    )
    if not prose:
        return html(report.no_data("China's NEV sales"))
    chart = timeline(
        report, "China's NEV sales", "million vehicles a year",
        bars=[("NEV sales (reported later)", _annual(report, "nev_sales", "China"), "actual")],
        markers=[("Stated in the article", "china_nev_sales_2023", "article"),
                 ("Forecast in the article", "china_nev_sales_2024_forecast", "forecast")],
    )
    table = report.indicator_table(section="market", caption="Indicators and forecast checks for the NEV market")
    return html(prose + chart + table)


def shanghai(report: Report):
    prose = report.paragraph(
        "Shanghai aims to produce {shanghai_nev_production_target_2025} NEVs by "
        "{shanghai_nev_production_target_2025:period}, with an output value of "
        "{shanghai_nev_output_value_target_2025_cny} ({shanghai_nev_output_value_target_2025_usd}).",
        empty="No article published by this edition's date states Shanghai's NEV goal.",
    )
    if report.get(GOAL) is not None and report.get(GOAL).get("what_if"):
        prose += report.paragraph("This edition sets a what-if goal in its parameters instead: {goal} by "
                                  "{goal:period}. Progress and required growth below use it.")
    reading = (
        '<p class="prose">This report reads the goal as annual NEV output, as the city\'s implementation plan words '
        "it (annual output exceeding the goal); one interpretation reads it as the number of NEVs on the road, "
        "which the data here cannot check.</p>"
    )
    progress = report.get("shanghai_nev_target_progress")
    status = ""
    if progress is not None:
        actual = next((k for k in str(progress["inputs"]).split(";") if k.startswith("ext_")), None)
        status = report.paragraph(
            f"The latest full-year output known at this date, {{{actual}}} in {{{actual}:period}}, reaches "
            "{shanghai_nev_target_progress:range} of the goal"
            + (", so the goal was already met." if goal_met(report) else
               "; the growth still needed each year to reach it is {shanghai_nev_required_cagr:range}."),
        )
    chart = timeline(
        report, "Shanghai's NEV production against its goal", "million vehicles a year",
        bars=[("NEV production (reported later)", _annual(report, "nev_production", "Shanghai"), "actual")],
        goal=GOAL,
    )
    table = report.indicator_table(section="shanghai", caption="Progress toward the goal")
    return html(prose + (reading if prose and "no-data" not in prose else "") + status + chart + table)


def ciie(report: Report):
    ids = [k for k in report.figures["figure_id"] if k.startswith("ciie")]
    if not ids:
        return html(report.no_data("figures about the CIIE"))
    prose = report.paragraph(
        "For the fourth CIIE, the auto exhibition area was planned at {ciie4_auto_area_planned}, and the area "
        "signed had reached {ciie4_auto_area_signed_share} of it months ahead.",
        "The seventh edition was to cover {ciie7_total_area} in all, with a Business Exhibition of "
        "{ciie7_business_area} and {ciie7_business_exhibitors} exhibitors.",
        "Over its first six editions the expo saw {ciie1_6_new_products} debuts and intended turnover of "
        "{ciie1_6_intended_turnover_usd}.",
    )
    deals = _annual(report, "ciie_intended_deals")  # one entity per edition ("CIIE 1st", ...)
    chart = timeline(report, "Intended deals at each CIIE", "US$ billion per edition",
                     bars=[("Intended deals (reported at each close)", deals, "actual")], scale="billions")
    figures = report.figure_table(ids, caption="CIIE figures stated in the articles")
    table = report.indicator_table(section="ciie", caption="CIIE indicators")
    return html(prose + chart + figures + table)


def jiading(report: Report):
    ids = [k for k in report.figures["figure_id"] if k.startswith("jiading")]
    if not ids:
        return html(report.no_data("figures about the Jiading auto cluster"))
    prose = report.paragraph(
        "Jiading's \u201cnew four modernizations\u201d sector had output of {jiading_auto_sector_output_2023_cny} "
        "({jiading_auto_sector_output_2023_usd}) in {jiading_auto_sector_output_2023_cny:period}; a fleet of "
        "{jiading_autonomous_vehicles} autonomous vehicles was being tested in the district.",
    )
    figures = report.figure_table(ids, caption="Jiading figures stated in the articles")
    table = report.indicator_table(section="jiading", caption="Jiading indicators")
    return html(prose + figures + table)


def data_quality(report: Report):
    counts = report.figures.groupby(["qualifier", "status"]).size().unstack(fill_value=0)
    statuses = [s for s in ("actual", "forecast", "target") if s in counts.columns]
    rows = [[escape(present.HEDGE_WORDS.get(qualifier) or "stated exactly"),
             *(f"{counts.loc[qualifier, s]:,}" for s in statuses), f"{counts.loc[qualifier].sum():,}"]
            for qualifier in present.HEDGE_WORDS if qualifier in counts.index]
    hedges = present.html_table(["Hedge", *statuses, "All"], rows, caption="How the article figures are hedged",
                                numeric=set(range(1, len(statuses) + 2)))
    checks = report.indicator_table(section="quality", caption="Consistency checks between sources")
    conflicts = _conflicts(report)
    return html(
        '<p class="prose">Many figures are hedged (\u201cover\u201d, \u201cnearly\u201d, \u201csome\u201d); each is '
        "carried as an interval, and every indicator computed from it carries the resulting range. Where two "
        "sources give different values for the same thing, both are kept and set against each other.</p>"
        + hedges + checks + conflicts
    )


def _conflicts(report: Report) -> str:
    frame = report.external
    groups = frame.groupby(["metric", "entity", "period"])
    rows = []
    for (metric, entity, period), group in groups:
        if group["value"].nunique() < 2:
            continue
        for row in group.to_dict("records"):
            rows.append([escape(metric.replace("_", " ")), escape(entity), present.period_span(str(period)),
                         present.external_link(row), escape(f"{row['publisher']} ({row['confidence']} confidence)")])
    if not rows:
        return ""
    return present.html_table(["What", "Entity", "Period", "Value", "Source"], rows,
                              caption="Conflicting supplementary sources, kept side by side", numeric={3})


def methods(report: Report):
    example = report.sentence(
        "For example, {china_nev_sales_2023} is read as {china_nev_sales_2023:interval}, and "
        "{china_vehicle_exports_2022} as {china_vehicle_exports_2022:interval}."
    )
    return html(
        '<p class="prose">Figures come from the articles listed in the introduction, each curated with the verbatim '
        "quote that states it, its unit, period, entity, hedge and status (actual, forecast or target), and checked "
        "by machine: the quote must appear in its article and state that number.</p>"
        '<p class="prose">A stated number carries the rounding of its last digit; \u201cover\u201d leaves the '
        "upper end open, \u201cnearly\u201d puts the value just below the number, \u201csome\u201d or "
        "\u201cabout\u201d widens it by one step of the last digit, and a goal is a threshold, not a measurement. "
        + (example or "")
        + "</p>"
        '<p class="prose">Indicators (growth, shares, implied bases, progress to the goal, forecast errors) are '
        "computed from these intervals so that their ranges are honest; each lists its formula and inputs in the "
        "appendix. Later actuals come from a separate table of sourced supplementary figures, never mixed with "
        "the article figures. An edition uses only what had been published by its as-of date.</p>"
    )


def appendix(report: Report):
    return html(
        '<h3 id="appendix-figures">Figures stated in the articles</h3>' + report.appendix_figures()
        + '<h3 id="appendix-indicators">Indicators</h3>' + report.appendix_indicators()
        + '<h3 id="appendix-external">Supplementary figures (not from the articles)</h3>' + report.appendix_external()
    )
