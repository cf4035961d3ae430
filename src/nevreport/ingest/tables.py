"""Tables of models: a number alone on its line after a model's name ("BYD Q5 PHEV \u2013 9,800", "- e9 \u2013 1,150
(first full month)", "- Zeta Q3 PHEV \u2013 3,080 + 640 BEV"), under a heading ("Top sellers in
May:"), and the maker and model a listed name holds ("BAIC Alpha-Series" -> BAIC, alpha). Each number is the
model's figure, its maker the entity, its measure the one named before the table and its period the one the
heading names or the story's month (data/DICTIONARY.md, "Metric naming")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from nevreport.ingest.tokens import snake

# A line of a table of models or brands: "Zeta Alpha-Series \u2013 9,120", "2. Orion Q5: 8,400", "- Zeta Q3 PHEV \u2013
# 3,080 + 640 BEV", "- Orion e7 \u2013 2,910 (first full month)"
_LISTED_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]\s*|[-\u2022*][ \t]+)?"
                          r"(?P<name>[A-Za-z][\w.&'+/-]*(?:[ \t]+[\w.&'+/-]+){0,4}?)"
                          r"[ \t]*(?:[\u2013\u2014:]|[ \t]-)[ \t]*(?P<number>\d[\d,.]*)"
                          r"(?:[ \t]*\+[ \t]*(?P<other>\d[\d,.]*)[ \t]+(?P<version>BEV|PHEV|EV|EREV)\b)?"
                          r"(?:[ \t]*\([^()\n]*\))?[ \t]*$")
_SERIES_WORD = re.compile(r"(?i)[\s-]+(?:series|family|lineup)$")
_VERSION_WORD = re.compile(r"\s+(?:BEV|PHEV|EV|EREV)$")
LIST_MEASURE = re.compile(r"(?i)\b(?:(?P<deliveries>deliver\w*)|(?P<registrations>registration\w*|registered)"
                           r"|(?P<production>produc\w*|output)|(?P<exports>export\w*)|(?P<sales>sales|sold|sell\w*))\b")
# Words that make a name after a maker's a company's, not a model's: "SAIC Motor", "BMW Brilliance", "GAC Group"
_COMPANY_WORDS = re.compile(r"(?i)(?:motors?|group|auto(?:mobile|motive)?|holdings?|brilliance|corp\w*|co|ltd|inc"
                            r"|new\s+energy)\b")


@dataclass(frozen=True)
class TableLine:
    """A number on a line of a table: the maker ("" when none is named), the model in snake case ("" for a
    maker's own line), the measure named before the table, and where the table starts."""

    maker: str
    model: str
    measure: str
    table_start: int


def _looks_like_model(words: str) -> bool:
    """Whether words name a model rather than a month, a place, a company or a quantity: a digit or a lower-case
    letter before a capital ("e9", "eX", "EV230"), a power train ("Kestrel BEV"), a series ("Alpha-Series")."""
    if _CALENDAR.fullmatch(words):
        return False
    return bool(_MODEL_TOKEN.search(words) or _MODEL_WORD.search(words))


# What only a model's name has: a digit, or lower-case letters before a capital ("e9", "EV230", "eX")
_MODEL_TOKEN = re.compile(r"\d|(?<![A-Za-z])[a-z]+[A-Z]")
_MODEL_WORD = re.compile(r"\b(?:BEV|PHEV|EV|EREV|DM-?i|Series|series)\b|-Series")  # a power train, a series
_CALENDAR = re.compile(r"(?i)(?:Q[1-4]|H[12]|(?:19|20)\d\d|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*"
                       r"|Sep\w*|Oct\w*|Nov\w*|Dec\w*)")


def model_of(name: str, makers: Sequence[str], places: Collection[str] = ()) -> tuple[str, str]:
    """(maker, model) of a name listed with its figure: a known maker's name it opens with and the words after it
    ("BAIC Alpha-Series" -> BAIC, alpha; "JAC iQ S/R" -> JAC, iq_s_r), or an unknown maker's first word before a
    model's name ("Norwin EV230" -> Norwin, ev230); ("", name) when no maker is named ("Kestrel BEV" -> kestrel_bev),
    (maker, "") when the name is a company's ("SAIC Volkswagen", "BMW Brilliance") or a maker's arm in a place
    of `places` ("BYD Thailand")."""
    maker = next((m for m in sorted(makers, key=len, reverse=True) if name == m or name.startswith(m + " ")), "")
    rest = name[len(maker) :].strip()
    if rest in places:
        return maker, ""
    if not maker:
        first, _, after = name.partition(" ")
        if after and _MODEL_TOKEN.search(after) and not _CALENDAR.fullmatch(first) and (
                first[:1].isupper() and not re.search(r"\d", first)) and not re.match(r"\d{1,2}(?:\s|$)", after):
            # (but "Tiggo 7 Pro": a family's name and its number, the model's own)
            maker, rest = first, after  # "Norwin EV230", "Chery eX"
    if not maker and not _looks_like_model(name):
        return "", ""  # "January", "Guangdong", "TELD", "Top speed": no model
    if maker and (not rest or _COMPANY_WORDS.fullmatch(rest) or any(
            rest == m or rest.startswith((m + " ", m + "-")) for m in makers)):
        return maker, ""  # a joint venture or a company's full name, not a model
    return maker, snake(_SERIES_WORD.sub("", rest))


def table_line(text: str, at: int, makers: Sequence[str]) -> TableLine | None:
    """The table line the number at `at` stands on, when it is alone on its line after a name (or after "+" with a
    version: "3,080 + 640 BEV" is the BEV version's), in a table of at least two such lines."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = _LISTED_LINE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end)
    if not line or at not in (line.start("number"), line.start("other")):
        return None
    lines, listed = _lines(text)
    here = next(i for i, (a, b) in enumerate(lines) if a <= at < b)
    if not _in_table(listed, here):
        return None
    if not any(model_of(line["name"], makers)) and not (
            at == line.start("other")):  # "January \u2013 9,800", "Range: 700": no model's line
        return None
    first = here
    while first > 0 and listed[first - 1]:
        first -= 1
    table_start = lines[first][0]
    name = line["name"]
    if at == line.start("other"):  # "Q3 PHEV \u2013 3,080 + 640 BEV": the BEV version's
        name = _VERSION_WORD.sub("", name) + " " + line["version"]
    maker, model = model_of(name, makers)
    heading = heading_of(text, table_start)
    if PRICED.search(text, *heading):
        return None  # "the starting prices of its models, in yuan:": prices, read as such
    measures = list(LIST_MEASURE.finditer(text, *heading))
    return TableLine(maker, model, (measures[-1].lastgroup or "sales") if measures else "sales", table_start)


def heading_of(text: str, table_start: int) -> tuple[int, int]:
    """Where a table's heading stands: the last sentence of the line before it ("The breakdown:")."""
    end = len(text[:table_start].rstrip())
    line_start = text.rfind("\n", 0, end) + 1
    sentence = max(text.rfind(". ", line_start, end), text.rfind("? ", line_start, end))
    return (sentence + 2 if sentence >= 0 else line_start), end


# Words that say a list or a sentence is of prices: "the starting prices of its models, in yuan:", "the cheapest EVs"
PRICED = re.compile(r"(?i)\bpric\w*|\bin\s+(?:yuan|dollars|euros)\b|\bcosts?\b|\bcheapest\b")


def _lines(text: str) -> tuple[list[tuple[int, int]], list[bool]]:
    """The lines that say something, and whether each is a line of a table (a name, then its number)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"(?m)^[ \t]*\S.*$", text)]
    return lines, [bool(_LISTED_LINE.fullmatch(text, *line)) for line in lines]


def _in_table(listed: list[bool], i: int) -> bool:
    """Whether line i is a table's line with another beside it: one line alone is no table."""
    return listed[i] and ((i > 0 and listed[i - 1]) or (i + 1 < len(listed) and listed[i + 1]))


def listed_spans(text: str) -> list[tuple[int, int]]:
    """Where the lines of tables of models stand (at least two such lines together): names on them are items of
    a list, not what the story is about."""
    lines, listed = _lines(text)
    return [line for i, line in enumerate(lines) if _in_table(listed, i)]
