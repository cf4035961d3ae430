"""Checks across rows and tables that no single cell shows: one namespace of ids, dates that can be, shares
that fit in a whole.

* Ids: a figure, a supplementary figure and an indicator are all named in prose by their id alone, so an id
  used by two of them (or `goal` and `as_of`, which prose gives their own meaning) would shadow one with the
  other everywhere it is shown.
* Dates: an actual figure cannot be about a period that starts after its article was published; a forecast or
  target cannot be about a period that had ended when it was written unless its quote tells it as one (a goal
  missed, analysts' estimates of a quarter reported); a `published` date must be the date the
  article prints, where it prints one (a mistyped year would move the article out of every edition).
* Shares: a share in percent lies between 0 and 100.
"""

from __future__ import annotations

import datetime as dt
import re

from nevreport.common.dates import parse_date, period_bounds
from nevreport.common.errors import Problem
from nevreport.common.inputs import excerpt
from nevreport.common.numbers import parse_number
from nevreport.common.tables import cell
from nevreport.ingest.articles import printed_date
from nevreport.ingest.clauses import says_status

# Names prose gives a meaning of their own ({goal}, {as_of}): no figure or indicator may take them.
RESERVED_IDS = ("goal", "as_of")
FIGURES = "data/figures.csv"
SUPPLEMENTARY = "data/external/supplementary_figures.csv"


def id_problems(figure_rows, supplementary_rows, indicators) -> list[Problem]:
    """Ids used by more than one kind of data, or reserved. indicators: (id, catalogue line) pairs."""
    problems: list[Problem] = []
    owners: dict[str, str] = {}
    kinds = (("figure", FIGURES, [(line, cell(row, "figure_id")) for line, row in figure_rows]),
             ("supplementary figure", SUPPLEMENTARY,
              [(line, cell(row, "source_id")) for line, row in supplementary_rows]),
             ("indicator", "data/indicators.yaml", [(line, ident) for ident, line in indicators]))
    for kind, shown, ids in kinds:
        for line, ident in ids:
            if not ident:
                continue
            if ident in RESERVED_IDS:
                problems.append(Problem(shown, line, ident, f"'{ident}' is reserved: prose uses {{{ident}}} for "
                                        f"{'the goal' if ident == 'goal' else 'the edition date'}",
                                        f"give the {kind} another id, e.g. '{ident}_{kind.split()[-1]}'"))
            elif ident in owners and owners[ident] != kind:
                problems.append(Problem(shown, line, ident, f"the id is already a {owners[ident]}'s, and an id "
                                        "names one thing in prose, tables and charts",
                                        f"give the {kind} its own id (ids are shared by figures, supplementary "
                                        "figures and indicators)"))
            else:
                owners.setdefault(ident, kind)
    return problems


def date_problems(figure_rows, manifest_rows, texts: dict[str, str | None]) -> list[Problem]:
    """Figures dated where they cannot be, and publication dates that disagree with the article's own."""
    problems: list[Problem] = []
    published: dict[str, dt.date] = {}
    for line, row in manifest_rows:
        name = cell(row, "file")
        try:
            date = parse_date(cell(row, "published"))
        except ValueError:
            continue  # the manifest's own check names it
        published[name] = date
        printed = printed_date(texts.get(name) or "")
        if printed and printed != date:
            problems.append(Problem(
                "data/raw/articles/SOURCES.csv", line, name, f"published is {date}, but the article prints "
                f"{printed}", f"correct published to {printed} (an article counts in every edition from that date)"))
    for line, row in figure_rows:
        known = published.get(cell(row, "article"))
        status, period = cell(row, "status"), cell(row, "period")
        try:
            start, end = period_bounds(period)
        except ValueError:
            continue  # the period's own check names it
        ident = cell(row, "figure_id")
        if known is None:
            continue
        date = known
        if status == "actual" and start > date:
            problems.append(Problem(
                FIGURES, line, ident, f"an actual figure for {excerpt(period)}, which starts after its article "
                f"was published ({date})", "check the period (a mistyped year?), or the status: a figure about "
                "the future is a forecast or a target"))
        elif status in ("forecast", "target") and end < date and not told_as_such(cell(row, "quote"), status,
                                                                                  start, end):
            problems.append(Problem(
                FIGURES, line, ident, f"a {status} for {excerpt(period)}, which had ended when its article was "
                f"published ({date}), and its quote has no word of a {status}", "check the period, or the status: "
                f"a figure about the past is an actual, unless its quote tells it as a {status} "
                f"({'expected, estimate, guidance' if status == 'forecast' else 'target, goal, aims to'})"))
    return problems


_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'-]*,\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+)?(?:19|20)\d\d\s*(?:\([^()]*\))?\s*"
                       r"(?:--|\u2014|\u2013)\s*")


def told_as_such(quote: str, status: str, start: dt.date, end: dt.date) -> bool:
    """Whether a quote tells a goal or an outlook made before its period was over, of that period: "beating its
    2025 target of 4.6 million", "short of the 12.35 billion yuan analysts expected" (but not "It aims to produce
    1.2 million NEVs by 2025" under the period 2019, a mistyped year)."""
    # (a dateline's year says when the story was filed: "BEIJING, January 3, 2025 (Xinhua) -- ...")
    years = [int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", _DATELINE.sub("", quote))]
    return says_status(quote, status) and (not years or any(start.year <= year <= end.year for year in years))


def share_problems(figure_rows, supplementary_rows) -> list[Problem]:
    """A share in percent (a metric with 'share' in its name) outside 0 to 100."""
    problems: list[Problem] = []
    for shown, key, rows in ((FIGURES, "figure_id", figure_rows), (SUPPLEMENTARY, "source_id", supplementary_rows)):
        for line, row in rows:
            if cell(row, "unit") != "percent" or "share" not in cell(row, "metric"):
                continue
            value = parse_number(cell(row, "value"))
            if value is not None and not 0 <= value <= 100:
                problems.append(Problem(shown, line, cell(row, key), f"value {excerpt(cell(row, 'value'))} is a "
                                        "share in percent, which lies between 0 and 100",
                                        "check the value (a share of 45.5% is 45.5), or the unit and metric"))
    return problems
