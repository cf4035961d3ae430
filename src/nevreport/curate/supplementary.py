"""Supplementary figures checked against themselves: their growth, their hedge and their link.

Each row of data/external/supplementary_figures.csv carries the words it was read from (`excerpt`) and the
page's address (`url`). Three checks compare a row with what it says about itself:

- growth: a growth the excerpt states ("up 170 per cent from 2020", "increased 1.2 times") against the
  levels on file for the period before (the same metric and entity a year earlier, or the previous
  edition of a numbered event such as "CIIE 4th" for "CIIE 5th"). Both sides are intervals (the precision
  rule of data/DICTIONARY.md); they disagree only when the ranges do not meet.
- hedge: a hedge word the excerpt puts before the value ("more than", "nearly", "about") that the row's
  `qualifier` contradicts. An excerpt without a hedge word is not held against a hedged row: the hedge may
  be in words the excerpt left out, or in another language.
- link: the page's address lies on a site of the publisher the row names (data/publishers.csv).

A finding is a `Flag` in plain words. Findings are warnings: two pages can each be quoted right and still
disagree (Chinese statistics often give growth on a revised base), so the row stays, with its finding
beside it in the report and a `note` where the evidence says more. A value its own excerpt does not state
is a data error, and `nevreport validate` refuses it (nevreport.curate.quotes).

How growth is read: "up", "rose", "surged", "soared" ... N percent is growth of N%; "fell", "dropped" ...
N percent is -N%; "increased N times" (and "N-fold") is growth of N x 100%, as the English of Chinese
official statistics uses it ("increased 1.2 times to 679,000" from 310,000); "doubled" is growth of 95 to
105% (twice the level, read as rounded to its second digit), "tripled" 195 to 205%.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from nevreport.common import config, numbers
from nevreport.common.dates import format_period, is_year, year_earlier
from nevreport.common.errors import Problem
from nevreport.common.formulas import yoy_growth_pct
from nevreport.common.intervals import Interval, IntervalError, hedged_interval, resting_value
from nevreport.common.vocabulary import HEDGED, QUALIFIER
from nevreport.curate.precision import figure_interval, reading_step
from nevreport.curate.publishers import host_of, link_belongs
from nevreport.ingest.extract import extract_mentions

CHECKS = ("growth", "hedge", "link")
# A hedge before a stated growth ("up more than 170 per cent"), longest first so that "more than" is one word.
_HEDGE_BEFORE = "|".join(re.escape(p) for p in sorted({p for q in HEDGED for p in q.before}, key=len, reverse=True))
_EDITION = re.compile(r"^(?P<name>.+) (?P<number>\d+)(?:st|nd|rd|th)$")
_SINCE = re.compile(r"^\s*(?:from|over|on|compared with|against)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)
_NOT_YEARLY = re.compile(r"month[- ]on[- ]month|quarter[- ]on[- ]quarter|(?:previous|preceding|a) (?:month|quarter)"
                         r"|(?:month|quarter) earlier", re.I)
_MULTIPLES = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}
_MULTIPLE_WORD = re.compile(r"\b(" + "|".join(_MULTIPLES) + r")\b", re.I)


@dataclass(frozen=True)
class Flag:
    """One finding about one supplementary row, in words a reader understands."""

    source_id: str
    check: str  # one of CHECKS
    finding: str
    others: tuple[str, ...] = ()  # ids of the other rows the finding rests on


@dataclass(frozen=True)
class StatedGrowth:
    """A growth an excerpt states, in percent, with the range its writing allows."""

    text: str  # the words as the excerpt writes them: "up 170 per cent"
    growth: Interval
    since: str = ""  # a year the excerpt names as the base ("from 2020"), else ""


# --- reading an excerpt ------------------------------------------------------------------------------------


def stated_growths(excerpt: str) -> list[StatedGrowth]:
    """Every year-on-year growth an excerpt states, read by the precision rule (see the module docstring)."""
    found: list[StatedGrowth] = []
    text = str(excerpt or "")
    for mention in extract_mentions(text):
        if mention.unit not in ("percent", "times") or mention.direction not in ("up", "down"):
            continue
        after = text[mention.end:]
        if _NOT_YEARLY.search(after[:40]):
            continue
        scale = 100.0 if mention.unit == "times" else 1.0
        if mention.unit == "times" and mention.direction == "down":
            continue  # "fell 2 times" has no settled reading
        value, step = mention.value * scale, mention.step * scale
        low, high = figure_interval(value, reading_step(step, value), mention.qualifier, "actual")
        growth = Interval(value, low, high)
        if mention.direction == "down":
            growth = -growth
        since = _SINCE.match(after)
        found.append(StatedGrowth(_words_around(text, mention.start, mention.end), growth,
                                  since["year"] if since else ""))
    for match in _MULTIPLE_WORD.finditer(text):
        ratio = _MULTIPLES[match.group(1).lower()]
        growth = Interval((ratio - 1) * 100, (ratio - 0.05 - 1) * 100, (ratio + 0.05 - 1) * 100)
        since = _SINCE.match(text[match.end():])
        found.append(StatedGrowth(match.group(0), growth, since["year"] if since else ""))
    return found


def _words_around(text: str, start: int, end: int) -> str:
    """The growth as written, with the verb before it: "up 170 per cent", "increased 1.2 times"."""
    before = re.search(rf"(\b[\w-]+\s+(?:by\s+)?)?(?:\b(?:{_HEDGE_BEFORE})\s+)?$", text[:start])
    return (text[before.start():start] if before else "") + text[start:end]


def excerpt_qualifier(excerpt: str, value: float) -> str | None:
    """The hedge the excerpt puts before the number equal to value; None when it does not state that number."""
    for mention in extract_mentions(str(excerpt or "")):
        if math.isclose(mention.value, value, rel_tol=1e-9):
            return mention.qualifier
    return None


# --- periods and entities ----------------------------------------------------------------------------------


def earlier_period(period: str, since: str = "") -> str | None:
    """The period a year-on-year growth of `period` is measured from; None when there is no such period.

    `since` is a base year the words name ("up 170 per cent from 2020"), used for a yearly period.
    """
    if is_year(period):
        return since or year_earlier(period)
    return None if since else year_earlier(period)


def earlier_entity(entity: str) -> str:
    """The entity a growth compares with: the previous edition of a numbered event ("CIIE 5th" -> "CIIE
    4th"), else the same entity."""
    match = _EDITION.match(str(entity))
    if not match or int(match["number"]) < 2:
        return str(entity)
    number = int(match["number"]) - 1
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{match['name']} {number}{suffix}"


# --- the checks --------------------------------------------------------------------------------------------


def _when(row: dict) -> str:
    return f"{row['publisher']}, {row['published']}"


def check_growth(supplementary: pd.DataFrame) -> list[Flag]:
    """Rows whose stated growth does not fit the levels on file for the period before."""
    rows = supplementary.to_dict("records")
    flags: list[Flag] = []
    for row in rows:
        for stated in stated_growths(row["excerpt"]):
            before = earlier_period(row["period"], stated.since)
            entity = earlier_entity(row["entity"])
            bases = [r for r in rows if r["metric"] == row["metric"] and r["entity"] == entity
                     and str(r["period"]) == before and r["source_id"] != row["source_id"]]
            for base in bases:
                try:
                    level, earlier = Interval.from_row(row), Interval.from_row(base)
                    implied = yoy_growth_pct(level, earlier)
                except IntervalError:
                    continue
                if implied.overlaps(stated.growth):
                    continue
                # Growth from a base stated as "over 238,000" is at most what that base gives.
                shown = resting_value(implied, yoy_growth_pct(hedged_interval(row, level),
                                                              hedged_interval(base, earlier)))
                growth_text = numbers.value_text(shown, implied.low, implied.high, "percent")
                stated_text = numbers.format_value(stated.growth.value, "percent", as_stated=True)
                level_text, base_text = _stated(row), _stated(base)
                named = "" if entity == row["entity"] else f" {entity}"
                flags.append(Flag(row["source_id"], "growth", (
                    f"“{stated.text}” does not fit the levels on file: from {base_text} in"
                    f"{named} {format_period(base['period'])}, as {base['publisher']} gave it on "
                    f"{base['published']}, to {level_text} in {format_period(row['period'])} is growth of "
                    f"{growth_text}; {stated_text} growth to {level_text} would put "
                    f"{format_period(base['period'])} at about "
                    f"{numbers.format_value(level.value / (1 + stated.growth.value / 100), row['unit'])}"),
                    (base["source_id"],)))
    return flags


def _stated(row: dict) -> str:
    return numbers.stated_text(row["value"], row["unit"], row["qualifier"])


def check_hedges(supplementary: pd.DataFrame) -> list[Flag]:
    """Rows whose qualifier contradicts a hedge word their excerpt puts before the value."""
    flags = []
    for row in supplementary.to_dict("records"):
        said = excerpt_qualifier(row["excerpt"], float(row["value"]))
        if said in (None, "exact", row["qualifier"]):
            continue
        flags.append(Flag(row["source_id"], "hedge", (
            f"the excerpt hedges the number as {QUALIFIER[said].meaning}, but the row reads it as "
            f"{QUALIFIER[row['qualifier']].meaning if row['qualifier'] in QUALIFIER else row['qualifier']}")))
    return flags


def check_links(rows: pd.DataFrame, publishers: dict, id_column: str = "source_id") -> list[Flag]:
    """Rows whose web address is not on a site of the publisher they name (data/publishers.csv)."""
    flags = []
    for row in rows.to_dict("records"):
        publisher, url = str(row["publisher"]), str(row["url"])
        domains = publishers.get(publisher)
        if domains is None:
            flags.append(Flag(row[id_column], "link", (
                f"the link cannot be checked: {publisher} is not in the list of publishers' sites")))
        elif not link_belongs(url, domains):
            named = (publisher if domains == (publisher.lower(),) else
                     f"a site of {publisher}, whose sites on file are {' and '.join(domains)}")
            flags.append(Flag(row[id_column], "link", (
                f"the link goes to {host_of(url) or url}, not to {named}: the figure rests on a copy of the "
                "page elsewhere, or the publisher is misnamed")))
    return flags


def check_supplementary(supplementary: pd.DataFrame, publishers: dict) -> list[Flag]:
    """Every finding about the supplementary rows given, in table order (growth, hedge, link per row).

    Give the rows an edition knows (published by its as-of date): a growth is then checked only against
    levels published by that date too.
    """
    if supplementary.empty:
        return []
    flags = check_growth(supplementary) + check_hedges(supplementary) + check_links(supplementary, publishers)
    order = {sid: i for i, sid in enumerate(supplementary["source_id"])}
    return sorted(flags, key=lambda f: (order.get(f.source_id, len(order)), CHECKS.index(f.check)))


def validation_warnings(supplementary: pd.DataFrame, sources: pd.DataFrame, publishers: dict | None, data_dir: Path,
                        supplementary_lines: dict | None = None, source_lines: dict | None = None) -> list[Problem]:
    """`nevreport validate`'s warnings: every finding on the supplementary rows and on the articles' links.

    supplementary, sources: the checked tables; publishers: the publishers' sites, None when data/publishers.csv is
    missing. supplementary_lines / source_lines map a source_id / article file to its line, so that each warning
    names the line to look at.
    """
    data_dir = Path(data_dir)
    fixes = {
        "growth": "check both pages; if each is quoted right, say in the row's note which figure to trust and why",
        "hedge": "set qualifier to the excerpt's hedge, or say in the row's note why it differs",
        "link": "link the publisher's own page, or name the site the page is on (data/publishers.csv lists "
                "each publisher's sites); a note on the row tells the reader",
    }
    found: list[Problem] = []
    if publishers is None:
        found.append(Problem(config.shown(config.publishers_csv(data_dir), data_dir), None, "", "the list of "
                             "publishers' sites is missing, so no link was checked",
                             "create it with the columns publisher,domains"))
        flags = check_growth(supplementary) + check_hedges(supplementary)
    else:
        flags = check_supplementary(supplementary, publishers)
        shown = config.shown(config.sources_csv(data_dir), data_dir)
        found += [Problem(shown, (source_lines or {}).get(flag.source_id), flag.source_id, flag.finding,
                          fixes["link"]) for flag in check_links(sources, publishers, id_column="file")]
    shown = config.shown(config.supplementary_csv(data_dir), data_dir)
    return [Problem(shown, (supplementary_lines or {}).get(flag.source_id), flag.source_id, flag.finding,
                    fixes[flag.check]) for flag in flags] + found
