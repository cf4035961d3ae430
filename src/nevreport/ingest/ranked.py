"""A ranked list: "the top three operators were TELD (16,232), State Grid (16,036) and Star Charge (8,348)",
"Guangdong (11,008), Jiangsu (6,285)". Each number is the figure of the name before its bracket, and counts what
the ranking is by ("in terms of the volume of charging stations"), not the things ranked ("operators")
(data/DICTIONARY.md "Metric naming", rule 3)."""

from __future__ import annotations

import re

from nevreport.ingest.clauses import Spans, earlier_sentences
from nevreport.ingest.measures import noun_phrase

_ITEM_BEFORE = re.compile(r"(?P<name>(?<![\w'-])[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s*\(\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:[a-z]+\s*)?\)")
_ITEMS = re.compile(r"(?<![\w'-])[A-Z][\w&.'-]*\s*\(\s*\d")
_BY = re.compile(r"(?i)\bin\s+terms\s+of\s+(?:the\s+)?(?:(?:total\s+)?(?:volume|number|count|total)\s+of\s+"
                 r"(?P<of>[a-z])|(?P<head>[a-z]+)\s+(?:number|count|volume)\b)")
_COUNTED = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?(?![\d.,]*\s*(?:%|percent))")
_TOP = re.compile(r"(?i)\btop\s+(?:\w+\s+)?(?P<ranked>(?:[a-z]+\s+){0,3}[a-z]+s)\b")


def ranked_name(text: str, at: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """Where the name before the number at `at` stands, when the number is an item of a ranked list."""
    number = re.match(r"\d[\d,.]*\d|\d", text[at:])
    end = at + (number.end() if number else 0)
    found = _ITEM_BEFORE.search(text, max(sentence[0], at - 50), at)
    if not found or not _ITEM_AFTER.match(text, end) or len(_ITEMS.findall(text, *sentence)) < 2:
        return None
    return found.start("name"), found.end("name")


def ranked_by(text: str, spans: Spans) -> str:
    """What a ranked list's numbers count: the thing "in terms of" names, else the last thing counted before
    the list that is not what is ranked; "" when neither says."""
    regions = [spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]]
    first_item = _ITEMS.search(text, *spans.sentence)
    list_start = first_item.start() if first_item else spans.sentence[1]
    top = _TOP.search(text, spans.sentence[0], list_start)
    ranked = top["ranked"].split()[-1].lower() if top else ""
    for start, end in [spans.sentence, *earlier_sentences(text, spans.sentence[0])[:1]]:
        by = _BY.search(text, start, end)
        if by and by["of"]:
            return noun_phrase(text, by.start("of") - 1)
        if by:  # "in terms of the station number": the stations counted last before
            head = by["head"].lower()
            names = [noun_phrase(text, m.end()) for region in regions for m in _COUNTED.finditer(text, *region)]
            fits = [n for n in names if n.rsplit("_", 1)[-1].startswith(head)]
            if fits:
                return max(fits, key=lambda n: n.count("_"))
    for start, end in regions:
        stop = list_start if (start, end) == spans.sentence else end
        counted = [n for n in (noun_phrase(text, m.end()) for m in _COUNTED.finditer(text, start, stop))
                   if n and n.rsplit("_", 1)[-1] != ranked]
        if counted:
            return counted[-1]
    return ""
