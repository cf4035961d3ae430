"""Stocks and changes of a level: the vehicles in use rather than those made or sold in a period.

A sentence that names no flow (production, sales, exports, ...) yet counts vehicles speaks of the stock: "the
number of NEVs in the city reached 1 million", "private cars grew to 3 million", "About 50,000 of the cars are
electric" (a part of the stock before it). The stock of a kind the figures name is `<what>_ownership`; of
vehicles qualified otherwise ("private cars") the counted noun phrase, `private_cars`. A level stated as a
change on a year earlier ("a year-on-year increase of 35,000") is `<metric>_yoy_change`.
"""

from __future__ import annotations

import re

from nevreport.ingest.clauses import Spans, earlier_sentences
from nevreport.ingest.extract import Mention
from nevreport.ingest.periods import PARTITIVE
from nevreport.ingest.tokens import CHANGE_NOUNS

_VEHICLES = r"(?:cars|vehicles|automobiles|NEVs|EVs)"
_STOCK_CUE = re.compile(
    rf"(?i)\bthe\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){{0,3}}?{_VEHICLES}\b|\bprivate\s+{_VEHICLES}\b"
    rf"|\bfleet\b|\bstock\s+of\b"
    # "Shanghai has 240,000 new-energy vehicles", "Shenzhen had 56,000 units of NEVs": what a place has
    rf"|\b(?:has|had|have)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?"
    rf"\s+(?:units\s+of\s+)?(?:[\w-]+\s+){{0,2}}?{_VEHICLES}\b"
    # "Northvale had 1.12 million NEVs on its roads as 2024 closed": what a place counted by a day
    rf"|\b(?:reached|hit|topped|passed|surpassed)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)?"
    rf"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){{0,2}}?{_VEHICLES}\b(?:\s*\([^()]*\))?"
    rf"\s+(?:by|as\s+of|at)\s+the\s+end\s+of\b"
    # "there were 4.5 million registered cars in Shanghai": the cars on its register
    rf"|\bthere\s+(?:were|are|was|is)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)?\d[\d,.]*"
    rf"(?:\s+(?:million|thousand))?\s+registered\s+{_VEHICLES}\b")
_QUALIFIED = re.compile(rf"(?i)\b(?P<qualifier>private|privately[- ]owned|public|official)\s+(?P<noun>{_VEHICLES})\b")
_YOY = re.compile(r"(?i)\byear[- ](?:on|over)[- ]year\b|\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b"
                  r"|\b(?:than|from|over|on)\s+(?:the\s+previous|last|a)\s+year\b"
                  r"|\b(?:same|corresponding)\s+period\s+(?:of|in)\s+(?:last\s+year|(?:19|20)\d\d)\b")
# "..., posting rises of 18,350 and 9,720 cars respectively": changes named before their numbers, whose base the
# sentence names before them
_CHANGES_OF = re.compile(rf"(?i)\b{CHANGE_NOUNS}s?\s+of\s+(?:[\d,.]+\s+and\s+)?$")


def is_stock(text: str, spans: Spans, has_flow: bool) -> bool:
    """A sentence about the vehicles in use: it names no flow, and a stock ("the number of NEVs", "private
    cars") or a part of the stock before it ("About 50,000 of the cars are ...")."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if has_flow:
        return False
    partitive = PARTITIVE.search(sentence)
    return bool(_STOCK_CUE.search(sentence) or (partitive and re.match(
        rf"(?i)\s*{_VEHICLES}\s+(?:are|is|were|was)\b", sentence[partitive.end() :])))


def stock_name(text: str, spans: Spans, what: str) -> str:
    """`<what>_ownership`, qualified as the sentence qualifies the vehicles ("private cars" ->
    private_vehicle_ownership; "About 600,000 of the cars are NEVs" after a sentence on private cars ->
    private_nev_ownership)."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    qualified = _QUALIFIED.search(sentence)
    if not qualified and PARTITIVE.search(sentence):
        before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
        qualified = _QUALIFIED.search(text, *before[0]) if before else None
    if qualified and what in ("vehicle", "nev", "bev", "phev"):
        qualifier = re.sub(r"(?i)privately[- ]owned", "private", qualified["qualifier"]).lower()
        return f"{qualifier}_{what}_ownership"
    return f"{what}_ownership"


def yoy_change(text: str, mention: Mention, spans: Spans) -> bool:
    """A level that states a change on a year earlier: "a year-on-year increase of 35,000", "up 2,000 units from
    a year earlier"."""
    if mention.unit in ("percent", "percentage_points", "times"):
        return False
    if _CHANGES_OF.search(text, max(spans.clause[0], mention.start - 40), mention.start):
        return bool(_YOY.search(text, spans.sentence[0], spans.clause[1]))
    return bool(mention.direction) and bool(_YOY.search(text, spans.clause[0], spans.clause[1]))
