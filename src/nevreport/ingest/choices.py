"""Other readings of a drafted row, offered to the reviewer as choices beside the one drafted.

A reviewer who corrects a draft most often replaces a field with another reading the sentence or the article
already offers: the months so far ("2025-01/2025-09") where the month was drafted, the production figure where
the sales figure was, the company the sentence names where the article's main subject was taken. The review
file (nevreport.curate.review) lists these readings in its `choices` column, so that such a correction is a
pick, not a rewrite. Each list is short and ordered, the likeliest first:
- period: the periods the sentence names, the period of the rows before it, the same months counted another
  way (the month, the months of the year so far, the year, the month or year before);
- entity: the other places, companies and events the sentence names, the rows before, the article's main
  subject, China;
- metric: the measures and kinds the sentence names put in the drafted name's place, the rows before it, the
  kind the sentence before names and all vehicles, the same quantity's other transform (on a year earlier or on
  the month before, a level or a running total, the growth of its value), a goal's own name;
- status: a forecast or a target where the sentence says a word of one, else the drafted status's neighbours.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from nevreport.ingest.clauses import Spans, earlier_sentences
from nevreport.ingest.entities import Entities
from nevreport.ingest.extract import Mention, extract_mentions
from nevreport.ingest.measures import CLASSES, POWERS, VEHICLE_KINDS, measures_in, whats_in
from nevreport.ingest.periods import periods_named
from nevreport.ingest.tokens import CURRENCIES

LIMIT = 4  # choices offered for one field: enough to hold the usual correction, few enough to read at a glance

_TRANSFORMS = ("_yoy_pct", "_mom_pct", "_yoy_pp", "_mom_pp", "_yoy_times", "_yoy_change", "_cumulative",
               "_target", "_cny", "_usd")
_OTHER_TRANSFORM = {"_yoy_pct": ("_mom_pct", "_yoy_times"), "_mom_pct": ("_yoy_pct",), "": ("_cumulative",),
                    "_cumulative": ("",), "_yoy_pp": ("_mom_pp",), "_yoy_times": ("_yoy_pct",)}
# Broader than the words that decide a status (nevreport.ingest.clauses): a word that only might mark a forecast or
# a goal ("estimated to have", "plans", "by 2025") is enough to offer one, since the reviewer decides.
_FORECAST_CUE = re.compile(r"(?i)\b(?:expect\w*|forecast\w*|project\w*|predict\w*|estimat\w*|will|would|could|may"
                           r"|likely|outlook|anticipat\w*)\b")
_TARGET_CUE = re.compile(r"(?i)\b(?:target\w*|goal|aim\w*|plan\w*|strive|seek\w*|by\s+(?:the\s+end\s+of\s+)?20\d\d)\b")


def choices(text: str, mention: Mention, spans: Spans, row: dict[str, str], published: dt.date | None,
            entities: Entities, main_subject: str, before: Sequence[dict[str, str]]) -> dict[str, tuple[str, ...]]:
    """Other readings of each field of `row`, the draft for `mention`; `before`: the article's rows before it."""
    sentence = spans.sentence
    return {
        "entity": _ordered(row["entity"], _entities(text, sentence, entities, main_subject, before)),
        "metric": _ordered(row["metric"], _metrics(text, sentence, row["metric"], row["unit"], before,
                                                   row["status"])),
        "period": _ordered(row["period"], _periods(text, sentence, row["period"], published, before)),
        "status": _ordered(row["status"], _statuses(text, sentence, row["status"])),
    }


def _ordered(drafted: str, candidates: Iterable[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for value in candidates:
        if value and value != drafted and value not in kept:
            kept.append(value)
    return tuple(kept[:LIMIT])


# --- periods ------------------------------------------------------------------------------------------------


def _periods(text: str, sentence: tuple[int, int], period: str, published: dt.date | None,
             before: Sequence[dict[str, str]]) -> list[str]:
    named = periods_named(text, *sentence, published)
    earlier = [row["period"] for row in reversed(before) if row.get("period")]
    return [*_same_months(period), *named, *earlier[:2], *_around(published)]


def _same_months(period: str) -> list[str]:
    """The same months counted another way: the month and the months of the year so far, the year."""
    month = re.fullmatch(r"(\d{4})-(\d\d)", period)
    if month:
        year, number = month[1], int(month[2])
        return [f"{year}-01/{year}-{number:02d}" if number > 1 else "", year,
                f"{year}-{number - 1:02d}" if number > 1 else f"{int(year) - 1}-12"]
    so_far = re.fullmatch(r"(\d{4})-01/\1-(\d\d)", period)
    if so_far:
        return [f"{so_far[1]}-{so_far[2]}", so_far[1]]
    part = re.fullmatch(r"(\d{4})-(?:Q\d|H\d|\d\d/\d{4}-\d\d)", period)
    if part:
        return [part[1]]
    year = re.fullmatch(r"\d{4}", period)
    if year:
        return [str(int(period) - 1), str(int(period) + 1)]
    return []


def _around(published: dt.date | None) -> list[str]:
    """The month before the article's date and, early in a year, the year before."""
    if published is None:
        return []
    last = (published.replace(day=1) - dt.timedelta(days=1))
    return [f"{last.year}-{last.month:02d}", str(published.year - 1) if published.month <= 3 else ""]


# --- entities -----------------------------------------------------------------------------------------------


def _entities(text: str, sentence: tuple[int, int], entities: Entities, main_subject: str,
              before: Sequence[dict[str, str]]) -> list[str]:
    named = [name.entity for name in sorted(entities.names_in(text, *sentence), key=lambda n: n.start)
             if name.entity and not name.example]
    earlier = [row["entity"] for row in reversed(before) if row.get("entity")]
    return [*named, *earlier[:2], main_subject, "China"]


# --- metrics ------------------------------------------------------------------------------------------------


def _metrics(text: str, sentence: tuple[int, int], metric: str, unit: str,
             before: Sequence[dict[str, str]], status: str = "actual") -> list[str]:
    words = text[sentence[0] : sentence[1]]
    measures = list(dict.fromkeys(m.lastgroup for m in measures_in(text, *sentence) if m.lastgroup))
    kinds = whats_in(text, *sentence)
    earlier = list(dict.fromkeys(row["metric"] for row in reversed(before) if row.get("metric")))
    found: list[str] = []
    kind, measure, rest = _parts(metric)
    if measure:
        found += [f"{kind}_{word}_{measure}{rest}" if kind else f"{word}_{measure}{rest}"
                  for word in dict.fromkeys(w.lower() for w in _SPLIT.findall(words))]
        found += [f"{kind}_{other}{rest}" if kind else f"{other}{rest}" for other in measures if other != measure]
        found += [f"{other}_{measure}{rest}" for other in kinds if other != kind and other in VEHICLE_KINDS]
        found += [f"{kind}_{measure}{other}" if kind else f"{measure}{other}"
                  for other in _OTHER_TRANSFORM.get(rest, ())]
        for previous in earlier[:3]:  # the kind of the rows before: "passenger EVs ... Germany took 30 percent"
            other = _parts(previous)[0]
            if other and other != kind:
                found.append(f"{other}_{measure}{rest}")
        # the kinds the sentence before names ("... of NEVs. Exports rose 20 percent"), then all vehicles
        previous_sentence = earlier_sentences(text, sentence[0], across_paragraphs=True)[:1]
        found += [f"{other}_{measure}{rest}" for other in (*(whats_in(text, *previous_sentence[0])
                                                             if previous_sentence else ()), "vehicle")
                  if other != kind and other in VEHICLE_KINDS]
        if rest in ("_yoy_pct", "_mom_pct") and any(m.unit in CURRENCIES for m in extract_mentions(words)):
            found.append(f"{kind}_{measure}_cny{rest}" if kind else f"{measure}_cny{rest}")  # a value's growth
        if kind in POWERS:  # "As for new energy passenger cars, ... of BEV reached 152,172": the class the
            # sentence or the paragraph before names
            start = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, sentence[0]))))
            named = [*whats_in(text, sentence[0], sentence[1]), *reversed(whats_in(text, start, sentence[0]))]
            found[:0] = [f"{kind}_{c}_{measure}{rest}" for other in named for c in CLASSES if other.endswith(c)]
    elif not metric and kinds and measures:
        found.append(f"{kinds[0] if kinds[0] in VEHICLE_KINDS else 'vehicle'}_{measures[0]}")
    for previous in earlier[:3]:  # a figure continuing a row before: its level, or its growth
        level = _level(previous)
        found.append(f"{level}_yoy_pct" if unit == "percent" and level == previous else level)
    average = _AVERAGE.search(words)
    if average and metric:
        found.append(f"{_level(metric)}_{(average[1] or average[2]).lower()}_average")
    if metric and status != "actual" and "_target" not in metric:  # a goal's own name
        transform = next((t for t in _TRANSFORMS if metric.endswith(t) and t != "_target"), "")
        found.append(f"{metric[: len(metric) - len(transform)]}_target{transform}")
    elif metric.endswith("_target") and status == "actual":
        found.append(metric.removesuffix("_target"))
    return found


# A part of a measure the sentence names: "domestic sales", "overseas deliveries"
_SPLIT = re.compile(r"(?i)\b(domestic|overseas)\s+(?:[\w-]+\s+){0,2}?(?:sales|deliveries|shipments|production|exports)")
_AVERAGE = re.compile(r"(?i)\b(annual|daily|monthly)\s+average\b|\baverag\w*\s+(annual|daily|monthly)\b")


_NAME = re.compile(r"(?P<kind>[a-z_]*?)_?(?P<measure>retail_sales|overseas_sales|sales|exports|production|deliveries"
                   r"|output_value|ownership|registrations)(?P<rest>(?:_[a-z0-9]+)*)")


def _parts(metric: str) -> tuple[str, str, str]:
    """A composed metric's kind, measure and transform ("nev_sales_yoy_pct" -> nev, sales, _yoy_pct)."""
    found = _NAME.fullmatch(metric)
    if not found or found["rest"] not in ("", *_TRANSFORMS) or "_share_of_" in metric:  # (a share: its own shape)
        return "", "", ""
    return found["kind"], found["measure"], found["rest"]


def _level(metric: str) -> str:
    for transform in _TRANSFORMS:
        if metric.endswith(transform) and transform not in ("_cny", "_usd"):
            return metric[: -len(transform)]
    return metric


# --- status -------------------------------------------------------------------------------------------------


def _statuses(text: str, sentence: tuple[int, int], status: str) -> list[str]:
    words = text[sentence[0] : sentence[1]]
    if status != "actual":
        return ["actual", "forecast" if status == "target" else "target"]
    return [*(["target"] if _TARGET_CUE.search(words) else []), *(["forecast"] if _FORECAST_CUE.search(words) else [])]
