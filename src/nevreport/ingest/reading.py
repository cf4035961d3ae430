"""What a sentence says about the number it states: entity, metric, period and status, for `nevreport propose`
and `nevreport add`: a grammar of clauses.

A sentence is cut into clauses at commas, semicolons, dashes and at "while", "whereas", "but"; a reviewer reads
a figure from its own clause, then the clauses around it, its sentence and the sentences before it, and so
does this module:
- the metric is composed the way data/metrics.csv names them: what is counted (vehicles, NEVs, passenger cars,
  NEV passenger cars), the measure (production, sales, retail sales, exports, deliveries, output value, ...) and
  the transform (level, _target, _cny/_usd, _yoy_pct, _mom_pct, _vs_<year>_pct, nev_share_of_<whole>,
  _yoy_pp/_mom_pp); "output and sales ... respectively" pairs numbers and measures in order; a count of
  something else takes its noun, or a known metric whose reader's name the sentence states in full.
- the period is the time expression nearest the number, resolved against the article's date; what a change is
  measured against ("from July", "over the same period in 2019") is not a period; a sentence opening with a
  period gives it to its clauses; one without continues the period before it; a headline figure takes its lead
  paragraph's; a present-tense stock the month of publication; an expo's figures the year it is held.
- the status is forecast or target by the words of the number's clause, else of the clauses before it.
- the entity is the place, company, port, terminal or event the clause is about, else the one the paragraph
  last named, else the article's main subject; a name already used in data/figures.csv is reused.
- a number that only measures a span of time, a rank ("the top three") or is part of a quoted name is not a
  claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from nevreport.common.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from nevreport.common.vocabulary import MARKED_UNITS
from nevreport.ingest.extract import Mention

# --- sentences and clauses ----------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Prof No Nos Co Corp Inc Ltd St Ave vs etc"
    " approx e.g i.e U.S U.K".split()
)
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# A date or a dateline before the first sentence ("2024-10-31 ...", "BEIJING, Nov. 11 (Xinhua) -- ").
_LEADING_DATE = re.compile(
    r"\s*(?:date\s+)?\d{4}-\d\d-\d\d\s+"
    rf"|\s*[A-Z][A-Z .'-]+,\s+(?:{_MONTH_ABBREVIATIONS}|[A-Z][a-z]+)\.?\s+\d\d?\s+\([^)]{{1,40}}\)\s+--\s+"
    r"|\s*[A-Z][A-Z .'-]+\s+--\s+"
)
_CLAUSE_BREAK = re.compile(r"[,;:\u2014] | (?=(?:while|whereas|but) )")
_SHORT_CLAUSE = 60


@dataclass(frozen=True)
class Spans:
    """Where a mention stands: its sentence, its own clause and the quote (the clause widened to read alone)."""

    sentence: tuple[int, int]
    clause: tuple[int, int]
    quote: tuple[int, int]


def spans_around(text: str, mention: Mention) -> Spans:
    """The sentence, clause and quote holding the mention (a long sentence is cut at commas)."""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, mention.start):
        if _ends_sentence(text, match.start()):
            start = match.end()
    end = len(text)
    for match in _SENTENCE_END.finditer(text, mention.end):
        if _ends_sentence(text, match.start()):
            end = match.start() + (1 if text[match.start()] in "!?" else 0)
            break
    leading_date = _LEADING_DATE.match(text, start)
    if leading_date and leading_date.end() <= mention.start:
        start = leading_date.end()
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end)]
    clause_start = max([b for a, b in breaks if b <= mention.start], default=start)
    clause_end = min([a for a, b in breaks if a >= mention.end], default=end)
    clause = _trimmed(text, clause_start, clause_end)
    # Widen a short clause ("up 32 percent year over year") with its neighbours until it says enough.
    while clause_end - clause_start < _SHORT_CLAUSE and (clause_start > start or clause_end < end):
        earlier = [b for a, b in breaks if b < clause_start]
        later = [a for a, b in breaks if a > clause_end]
        if clause_start > start:
            clause_start = max(earlier, default=start)
        else:
            clause_end = min(later, default=end)
    return Spans(_trimmed(text, start, end), clause, _trimmed(text, clause_start, clause_end))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in ' \t\r\n"\u201c':
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


def _ends_sentence(text: str, stop: int) -> bool:
    if text[stop] != ".":
        return True
    word = text[max(0, stop - 12) : stop].rsplit(None, 1)[-1:]
    # "Nov. 5", "U.S. exports", "William L. Li": a full stop after an abbreviation or an initial.
    return not word or not (word[0] in _ABBREVIATIONS or (len(word[0]) == 1 and word[0].isupper()))


def _paragraph_start(text: str, position: int) -> int:
    found = text.rfind("\n\n", 0, position)
    return 0 if found < 0 else found + 2


def body_start(text: str) -> int:
    """Where the body begins: after the headline and a standfirst, at the paragraph opening with a dateline."""
    for match in re.finditer(r"(?:^|\n\n)", text):
        begin = match.end()
        if begin and _LEADING_DATE.match(text, begin) and _LEADING_DATE.match(text, begin).end() > begin + 3:
            return begin
    first = text.find("\n")
    return 0 if first < 0 else first + 1


def _earlier_sentences(text: str, sentence_start: int, across_paragraphs: bool = False) -> list[tuple[int, int]]:
    """The sentences of the paragraph before `sentence_start`, nearest first (with across_paragraphs, those of
    the body's earlier paragraphs too)."""
    start = _paragraph_start(text, sentence_start)
    if across_paragraphs:
        start = min(start, max(body_start(text), 0)) if sentence_start >= body_start(text) else start
    found, begin = [], start
    for match in _SENTENCE_END.finditer(text, start, sentence_start):
        if _ends_sentence(text, match.start()):
            if text[begin : match.start()].strip():
                found.append(_trimmed(text, begin, match.start()))
            begin = match.end()
    return found[::-1]


# --- numbers that are not claims ----------------------------------------------------------------------------

_SPAN_OF_TIME = re.compile(
    r"(?i)\s*(?:consecutive\s+|straight\s+|full\s+)?(?:-\s*)?(?:years?|months?|quarters?|weeks?|days?|decades?)\b"
)
_SPAN_BEFORE = re.compile(r"(?i)\b(?:first|past|last|next|previous|recent|coming|over|for|within|in|the)\s+$")


_RANK_BEFORE = re.compile(r"(?i)\bthe\s+(?:top|first|last|biggest|largest|leading)\s+$")


def not_a_claim(text: str, mention: Mention) -> str:
    """Why the mention is not a figure ("the first 10 months" names a period), or "" when it may be one."""
    if mention.value <= 100 and mention.unit not in MARKED_UNITS and (
            _RANK_BEFORE.search(text[max(0, mention.start - 24) : mention.start])):
        words = " ".join(text[max(0, mention.start - 12) : mention.end].split()[-2:])
        return f"a rank ('{words}'), not a figure"
    quoted = re.search(r"[\"\u201c](?:[\w-]+\s+){0,2}$", text[max(0, mention.start - 30) : mention.start])
    if quoted and re.match(r"[,.]?[\"\u201d]", text[mention.end : mention.end + 2]):
        return f"part of a name ('{text[mention.start - len(quoted.group()) + 1 : mention.end]}'), not a figure"
    if mention.unit not in ("count", "years") or mention.qualifier != "exact":
        return ""
    span = _SPAN_OF_TIME.match(text, mention.end)
    if not span or not _SPAN_BEFORE.search(text[max(0, mention.start - 24) : mention.start]):
        return ""
    words = " ".join(text[max(0, mention.start - 12) : span.end()].split()[-3:])
    return f"a span of time ('{words}'): the period of the figures around it, not a figure"


# --- periods ------------------------------------------------------------------------------------------------

_MONTHS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name: number for number, name in enumerate(MONTH_ABBREVIATIONS, start=1)},
    "Sept": 9,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_YEAR = r"(?:19|20)\d\d(?![\d-])"
# What names the year of a month, quarter or half: "of 2023", "of this year", "last year"...
_YEAR_REF = rf"(?:,?\s+(?:of\s+|in\s+)?(?:(?P<{{n}}y>{_YEAR})|(?P<{{n}}rel>this|last|next|the)\s+year\b))?"
_PERIOD_PATTERNS = [
    ("months", rf"\b(?:the\s+)?first\s+(?P<mn>\d\d?|[a-z]+)\s+months\b{_YEAR_REF.format(n='m')}"),
    ("quarters", rf"\b(?:the\s+)?first\s+(?P<qn>two|three|2|3)\s+quarters\b{_YEAR_REF.format(n='q')}"),
    ("quarter", rf"\b(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b{_YEAR_REF.format(n='o')}"),
    ("q", rf"\bQ(?P<qq>[1-4])\b(?:\s+(?P<qqy>{_YEAR}))?"),
    ("half", rf"\b(?P<ho>first|second)\s+half\b{_YEAR_REF.format(n='h')}"),
    ("range", rf"\b(?:(?i:from|between)\s+)?(?P<r1>{_MONTH})(?:\s+(?P<r1y>{_YEAR}))?\s*(?:-|\u2013|to|and|through)\s*"
              rf"(?P<r2>{_MONTH})(?:,?\s+(?P<r2y>{_YEAR})|(?!\s*\d))"),
    # A month followed by a day is a date ("Oct. 31, 2024"), not a period; "late July" is a moment.
    ("month", rf"(?<!\blate\s)(?<!\bearly\s)(?<!\bmid-)\b(?P<mo>{_MONTH})"
              rf"(?:,?\s+(?:of\s+)?(?P<moy>{_YEAR})|(?!\s*\d))"),
    ("since", rf"\bsince\s+(?P<sy>{_YEAR})"),
    ("years", rf"\b(?:(?i:from|between)\s+)?(?P<y1>{_YEAR})\s*(?:-|\u2013|to|and)\s*(?P<y2>{_YEAR})"),
    ("year", rf"\b(?P<yy>{_YEAR})"),
    ("fullyear", r"\b(?i:full-year|full\s+year)\b"),
    ("ytd", r"\b(?i:so\s+far\s+this\s+year|this\s+year\s+so\s+far|year\s+to\s+date|year-to-date)\b"),
    ("relative", r"\b(?P<rl>(?i:last|this|next|the\s+same|the))\s+(?P<ru>(?i:year|month|quarter|period))\b(?!-)"),
    ("now", r"\b(?i:now|currently|at present|so far|to date)\b"),
]
_PERIOD_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PERIOD_PATTERNS))
# A comparison base is not the figure's period: "from a year earlier", "than last year".
_COMPARISON = re.compile(
    r"(?i)\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\byear[- ](?:on|over)[- ]year\b"
    r"|\b(?:than|from|over|compared\s+(?:with|to)|versus|against)\s+(?:the\s+same\s+period\s+(?:of\s+|in\s+)?)?"
    r"(?:last|the\s+previous|a)\s+year\b|\bthe\s+same\s+period(?:\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year"
    r"\s+earlier|(?:19|20)\d\d))?\b"
)
# A date says when something was said or happened, not the period a figure covers.
_DATE = re.compile(rf"\b{_MONTH}\s*\d\d?(?:st|nd|rd|th)?\b(?:,?\s*{_YEAR})?|\b{_YEAR}-\d\d-\d\d\b")
_PAST_VERB_ONLY = re.compile(r"(?i)\b(?:was|were|had|did|\w+ed)\b")
_PRESENT = re.compile(r"(?i)\b(?:has|have|is|are|now|currently|hosts?|employs?|owns?|operates?|holds?)\b")


@dataclass(frozen=True)
class _Period:
    start: int
    end: int
    period: str


def _month_year(month: int, published: dt.date | None, future: bool) -> int | None:
    """A month named without a year is the latest one up to the article's date (a forecast: the next one)."""
    if published is None:
        return None
    if month > published.month and not future:
        return published.year - 1
    return published.year


def _ref_year(match: re.Match[str], n: str, published: dt.date | None) -> int | None:
    if match[f"{n}y"]:
        return int(match[f"{n}y"])
    relative = (match[f"{n}rel"] or "").lower()
    if relative and published:
        return published.year + {"last": -1, "next": 1}.get(relative, 0)
    return None


def _months(year: int | None, first: int, last: int) -> str:
    if year is None:
        return ""
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


# A period right after "from", "than", "over the same period in" is what a change is measured against.
_BASE_BEFORE = re.compile(
    r"(?i)\b(?:from|than(?:\s+in)?|over|on|compared\s+(?:with|to)|versus|against)"
    r"(?:\s+the\s+same\s+(?:period|month|quarter)\s+(?:of|in))?\s*$"
)
_NUMBER_BASE_BEFORE = re.compile(
    r"(?i)\bfrom\s+(?P<number>[\d.,]+(?:\s+(?:million|billion|thousand))?)(?:\s+[a-zA-Z]+)?\s+in\s*$")


def _periods_in(text: str, start: int, end: int, published: dt.date | None, future: bool,
                mention: Mention | None = None) -> list[_Period]:
    segment = text[start:end]
    masked = [(m.start(), m.end()) for pattern in (_COMPARISON, _DATE) for m in pattern.finditer(segment)]
    found = []
    for match in _PERIOD_RE.finditer(segment):
        if any(a <= match.start() < b for a, b in masked):
            continue
        lead = text[max(0, start + match.start() - 60) : start + match.start()]
        if _BASE_BEFORE.search(lead):
            continue
        base = _NUMBER_BASE_BEFORE.search(lead)
        if base and not (mention and start + match.start() - len(lead) + base.start("number") == mention.start):
            continue
        period = _read_period(match, published, future)
        if period:
            found.append(_Period(start + match.start(), start + match.end(), period))
    return found


def _read_period(match: re.Match[str], published: dt.date | None, future: bool) -> str:
    kind = match.lastgroup
    year_now = published.year if published else None
    if kind == "months":
        count = match["mn"]
        months = int(count) if count.isdigit() else _COUNTS.get(count.lower(), 0)
        if not 1 <= months <= 12:
            return ""
        year = _ref_year(match, "m", published) or _month_year(months, published, future)
        return _months(year, 1, months)
    if kind == "quarters":
        quarters = int(match["qn"]) if match["qn"].isdigit() else _COUNTS[match["qn"].lower()]
        year = _ref_year(match, "q", published) or _month_year(3 * quarters, published, future)
        return _months(year, 1, 3 * quarters)
    if kind in ("quarter", "q"):
        quarter = _ORDINALS[match["qo"].lower()] if kind == "quarter" else int(match["qq"])
        year = (_ref_year(match, "o", published) if kind == "quarter" else
                (int(match["qqy"]) if match["qqy"] else None)) or _month_year(3 * quarter - 2, published, future)
        return _months(year, 3 * quarter - 2, 3 * quarter)
    if kind == "half":
        half = 1 if match["ho"].lower() == "first" else 2
        year = _ref_year(match, "h", published) or _month_year(6 * half - 5, published, future)
        return _months(year, 6 * half - 5, 6 * half)
    if kind == "range":
        first, last = _MONTHS[match["r1"].rstrip(".")], _MONTHS[match["r2"].rstrip(".")]
        year = int(match["r2y"] or match["r1y"] or 0) or _month_year(first, published, future)
        return _months(year, first, last) if first <= last else ""
    if kind == "month":
        month = _MONTHS[match["mo"].rstrip(".")]
        before = match.string[max(0, match.start() - 6) : match.start()].lower()
        if match["mo"] == "May" and not match["moy"] and not before.endswith(("in ", "of ", "since ", "for ")):
            return ""  # "may" is as often a verb: "May" counts only as "in May", "of May 2024"
        year = int(match["moy"]) if match["moy"] else _month_year(month, published, future)
        return f"{year}-{month:02d}" if year else ""
    if kind == "since":
        return f"{match['sy']}/{year_now}" if year_now and int(match["sy"]) < year_now else ""
    if kind == "years":
        first, last = int(match["y1"]), int(match["y2"])
        return f"{first}/{last}" if first < last else ""
    if kind == "year":
        return match["yy"]
    if kind == "fullyear" and published:
        return str(published.year)
    if kind == "ytd" and published:
        if published.month == 1:
            return str(published.year - 1)
        return _months(published.year, 1, published.month - 1)
    if kind == "relative" and published:
        which, unit = " ".join(match["rl"].lower().split()), match["ru"].lower()
        if which in ("the", "the same") or unit == "period":
            return ""  # "in the quarter", "in the period": the period of the figures it continues
        shift = {"last": -1, "next": 1}.get(which, 0)
        if unit == "year":
            return str(published.year + shift)
        if unit == "month":
            month = published.month - 1 + shift
            return f"{published.year + month // 12}-{month % 12 + 1:02d}"
        quarter = (published.month - 1) // 3 + shift
        year, quarter = published.year + quarter // 4, quarter % 4
        return _months(year, 3 * quarter + 1, 3 * quarter + 3)
    if kind == "now" and published:
        return f"{published.year}-{published.month:02d}"
    return ""


def _nearest(found: list, start: int, end: int):
    def distance(item) -> int:
        return max(item.start - end, start - item.end, 0)

    return min(found, key=distance) if found else None


_SAME_PERIOD_AFTER = re.compile(
    r"(?i)\s*(?:units\s+|vehicles\s+)?(?:in|during)\s+the\s+same\s+period\s+(?:of\s+|in\s+)?"
    r"(?P<when>last\s+year|a\s+year\s+earlier|(?:19|20)\d\d)\b")


def read_period(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    """The period the mention covers, in the figures' period format; "" when nothing says.

    "compared with 31 percent in the same period last year": the period of the figures around it, a year back.
    """
    period = _period_of(text, mention, spans, published, status)
    same = _SAME_PERIOD_AFTER.match(text, mention.end)
    if same and period[:4].isdigit():
        when = same["when"].lower()
        year = int(when) if when[:1].isdigit() else int(period[:4]) - 1
        period = re.sub(r"(?:19|20)\d\d", str(year), period)
    return period


def _period_of(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    future = status != "actual"

    def periods(start: int, end: int) -> list[_Period]:
        return _periods_in(text, start, end, published, future, mention)

    nearest = _nearest(periods(*spans.clause), mention.start, mention.end)
    if nearest:
        return nearest.period
    # "In June, vehicle exports hit 485,000 units, ... but up 26.9 percent": the sentence's opening period.
    opening = _CLAUSE_BREAK.search(text, spans.sentence[0], spans.sentence[1])
    if opening and opening.end() <= spans.clause[0] and opening.start() - spans.sentence[0] < 50:
        found = periods(spans.sentence[0], opening.start())
        if found and found[0].start - spans.sentence[0] <= 12:
            return found[-1].period
    clause = text[spans.clause[0] : spans.clause[1]]
    if published and not future and _PRESENT.search(clause) and not _PAST_VERB_ONLY.search(clause):
        return f"{published.year}-{published.month:02d}"  # "It has 400,000 square meters": counted when written
    for start, end in (spans.quote, spans.sentence):
        nearest = _nearest(periods(start, end), mention.start, mention.end)
        if nearest:
            return nearest.period
    body = body_start(text)
    if mention.start < body:  # a headline or standfirst figure: the period its story's lead paragraph states
        lead_end = text.find("\n\n", body)
        found = periods(body, len(text) if lead_end < 0 else lead_end)
        if found:
            return found[0].period
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if not _PRESENT.search(sentence):  # a past-tense sentence continues the period of the figures before it
        for start, end in _earlier_sentences(text, spans.sentence[0], across_paragraphs=True):
            found = _periods_in(text, start, end, published, future)
            if found:
                return found[-1].period
    return f"{published.year}-{published.month:02d}" if published else ""


def event_period(entity: str, period: str) -> str:
    """An event's figures cover the year it is held: the 5th CIIE's are 2022's, Auto China 2024's 2024's."""
    edition = re.fullmatch(r"CIIE (\d+)(?:st|nd|rd|th)", entity)
    year = str(2017 + int(edition[1])) if edition else (re.search(r"\b((?:19|20)\d\d)$", entity) or ["", ""])[1]
    if year and (not period or re.fullmatch(r"\d{4}-\d\d", period)):
        return year
    return period


# --- status -------------------------------------------------------------------------------------------------

_FORECAST_WORDS = re.compile(
    r"(?i)\b(?:will|expect\w*|estimat\w*|anticipat\w*|forecast\w*|project(?:ed|ion)s?|predict\w*|likely"
    r"|is set to|are set to|poised to|(?-i:could|would|might))\b"
)
_TARGET_WORDS = re.compile(
    r"(?i)\b(?:aims?|aiming|goals?|targets?|targeting|plans? to|planned|strives? to|seeks? to)\b"
)
_PAST_VERB = re.compile(
    r"(?i)\b(?:was|were|had|did|sold|reached|hit|rose|fell|grew|totaled|totalled|exported|shipped|produced"
    r"|delivered|posted|reported|came|jumped|climbed|dropped|accounted|made|took|handled|loaded|launched"
    r"|drew|covered|has|have|is|are|hosts?|employs?|owns?|operates?|holds?|stood|totals?)\b"
)


def _status_of(words: str) -> str:
    """The status the words say, by the last word that says one ("aims to ..., after ... were sold")."""
    found = [(m.start(), kind) for kind, pattern in (("target", _TARGET_WORDS), ("forecast", _FORECAST_WORDS),
                                                     ("actual", _PAST_VERB)) for m in pattern.finditer(words)]
    if not found:
        return ""
    kinds = {kind for _, kind in found}
    for kind in ("target", "forecast"):  # a goal or an outlook governs its clause's past-looking verbs
        if kind in kinds:
            return kind
    return "actual"


def read_status(text: str, spans: Spans) -> str:
    """target, forecast or actual, from the words of the number's own clause, else of the clauses before it in
    its sentence ("expects to deliver 160,000 ..., an increase of 21.9 percent": forecast)."""
    clause = text[spans.clause[0] : spans.clause[1]]
    status = _status_of(clause)
    if status:
        return status
    before = text[spans.sentence[0] : spans.clause[0]]
    for part in reversed(_CLAUSE_BREAK.split(before)):
        status = _status_of(part)
        if status:
            return status
    return _status_of(text[spans.quote[0] : spans.clause[1]]) or "actual"


# --- entities -----------------------------------------------------------------------------------------------

_PLACES = (
    "China|Beijing|Shanghai|Tianjin|Chongqing|Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei"
    "|Heilongjiang|Henan|Hubei|Hunan|Inner Mongolia|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi"
    "|Shandong|Shanxi|Sichuan|Tibet|Xinjiang|Yunnan|Zhejiang|Hong Kong|Macao|Taiwan|Shenzhen|Guangzhou|Hefei"
    "|Wuhan|Hangzhou|Ningbo|Suzhou|Nanjing|Chengdu|Xi'an|Changsha|Changchun|Liuzhou|Wuxi|Changzhou|Xiamen"
    "|Qingdao|Zhengzhou|Shenyang|Dalian|Harbin|Jinan|Kunming|Nanning|Fuzhou|Dongguan|Foshan|Jiading"
    "|Lin-gang|Pudong|Hongqiao|Minhang|Songjiang|Yangtze River Delta|Greater Bay Area|United States|U.S."
    "|Japan|Germany|France|United Kingdom|Britain|Russia|India|Brazil|Mexico|Thailand|Indonesia|Vietnam"
    "|Malaysia|Uzbekistan|Hungary|Turkey|Australia|Canada|South Korea|Belgium|Spain|Italy|Saudi Arabia"
    "|Europe|European Union|Southeast Asia|Africa|Latin America|Middle East"
).split("|")
_COMPANIES = (
    "BYD|Tesla|NIO|XPeng|Xpeng|Li Auto|Geely|Zeekr|SAIC Motor|SAIC|Great Wall Motor|Chery|GAC Aion|GAC|Changan"
    "|Dongfeng|FAW|BAIC|JAC|Leapmotor|Xiaomi|Huawei|Seres|CATL|Gotion|Volkswagen|Toyota|BMW|Mercedes-Benz"
    "|General Motors|Ford|Hyundai|Kia|Stellantis|Renault|Nissan|Honda|Volvo|Polestar|Wuling|SAIC-GM-Wuling"
).split("|")
_PLACE_SET = frozenset(_PLACES)
_ADJECTIVES = {"Chinese": "China", "American": "United States", "German": "Germany", "Japanese": "Japan",
               "European": "Europe"}  # fmt: skip
_EDITIONS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
             "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}  # fmt: skip
# A facility or show named in full: "Ningbo Zhoushan Port", "Shanghai Haitong International Automotive
# Terminal", "Auto China 2024"; "the port", "the terminal", "the show" then refer to it.
_FACILITY = re.compile(
    r"\b(?:(?!The\b)[A-Z][\w'-]*\s+){1,5}(?:Port|Terminal)\b(?!\s+[A-Z])|\bAuto China (?:19|20)\d\d\b")
_EXPO = re.compile(
    r"\b(?:the\s+)?(?P<nth>" + "|".join(_EDITIONS) + r"|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:session|edition)\s+of\s+the\s+)?(?:CIIE|China International Import Expo)\b",
    re.IGNORECASE,
)
# Words that continue a place's name rather than make it an organisation's.
_PLACE_SUFFIXES = frozenset("District Province Municipality City Special Area New Area Region".split())
_PREPOSITIONS = frozenset(
    "in to from into across than of at for outside within throughout on with by over between among".split()
)
_GENERIC_TAILS = re.compile(r"\s+(?:Special Area|District|Province|City|Municipality|Motor|Group|Co\.?|Ltd\.?)$")


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    entity: str
    is_adjective: bool = False
    after_preposition: bool = False


@dataclass
class Entities:
    """The names this project knows, with the form data/figures.csv already gives each."""

    known: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        canonical: dict[str, str] = {}
        for name in self.known:
            canonical.setdefault(name, name)
            short = _GENERIC_TAILS.sub("", name)
            if short != name:
                canonical.setdefault(short, name)
            event = re.fullmatch(r"(.+) ((?:19|20)\d\d)", name)
            if event:  # "China Auto Forum 2024" is written "the 2024 China Auto Forum"
                canonical.setdefault(f"{event[2]} {event[1]}", name)
        for name in (*_PLACES, *_COMPANIES):
            canonical.setdefault(name, name)
        self._canonical = canonical
        self._companies = set(_COMPANIES)
        alternatives = sorted({*canonical, *_ADJECTIVES}, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")

    def names_in(self, text: str, start: int, end: int) -> list[_Name]:
        found: list[_Name] = []
        for match in _EXPO.finditer(text, start, end):
            nth = match["nth"].lower()
            found.append(_Name(match.start(), match.end(), f"CIIE {_EDITIONS.get(nth, nth)}"))
        for match in re.finditer(r"\b[Tt]he (?:country|nation)\b(?!'s\s+\w+\s+(?:and|or))", text[start:end]):
            found.append(_Name(start + match.start(), start + match.end(), "China"))
        for match in _FACILITY.finditer(text, start, end):
            last_words = text[max(0, match.start() - 30) : match.start()].split()[-1:]
            after_preposition = bool(last_words) and last_words[0].lower() in _PREPOSITIONS
            found.append(_Name(match.start(), match.end(), match.group(), after_preposition=after_preposition))
        for match in self._pattern.finditer(text, start, end):
            if any(n.start <= match.start() < n.end for n in found):
                continue
            name, after = match.group(), text[match.end() : match.end() + 40]
            before = text[max(0, match.start() - 30) : match.start()]
            if after.startswith((" dollar", " Dollar")):
                continue  # "U.S. dollars" is a currency
            if name in _ADJECTIVES:
                found.append(_Name(match.start(), match.end(), _ADJECTIVES[name], is_adjective=True))
                continue
            entity = self._canonical[name]
            following = re.match(r"\s([A-Z][\w&-]*(?: [A-Z][\w&-]*)?)", after)
            if name in self._companies and following and following[1] in self._canonical:
                # "Volkswagen Anhui", "SAIC Volkswagen": a company and a place or partner name one business.
                extra = following[1]
                found.append(_Name(match.start(), match.end() + 1 + len(extra), f"{name} {extra}"))
                continue
            if following and following[1].split()[0] not in _PLACE_SUFFIXES and name not in self._companies:
                continue  # "China Association of Automobile Manufacturers", "Hong Kong Stock Exchange"
            if re.search(r"[A-Z][\w]*\s$", before) and name not in self._companies:
                continue  # "East China"
            if after.startswith("-based"):
                found.append(_Name(match.start(), match.end(), entity, is_adjective=True))
                continue
            last_words = before.split()[-1:]
            after_preposition = bool(last_words) and last_words[0].lower() in _PREPOSITIONS
            found.append(_Name(match.start(), match.end(), entity, after_preposition=after_preposition))
        found.sort(key=lambda n: n.start)
        # The members of a list ("Home to NIO, BYD and JAC") share the first one's role in the sentence.
        for index in range(1, len(found)):
            gap = text[found[index - 1].end : found[index].start]
            if gap in (", ", " and ", ", and ", " or "):
                found[index] = replace(found[index], after_preposition=found[index - 1].after_preposition)
        return found

    def main_subject(self, text: str) -> str:
        """The entity an article names most (its headline counts twice), the first named on a tie."""
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        headline_end = text.find("\n")
        for name in self.names_in(text, 0, len(text)):
            if name.is_adjective:
                continue
            counts[name.entity] += 2 if name.start < headline_end else 1
            first_seen.setdefault(name.entity, name.start)
        if not counts:
            return ""
        for name in list(counts):  # "the port", "the terminal" name the port or terminal named in full
            head = re.search(r"(Port|Terminal)$", name)
            if head:
                counts[name] += len(re.findall(rf"\b[Tt]he {head[1].lower()}\b", text))
        return max(counts, key=lambda e: (counts[e], -first_seen[e]))


def _subject(names: Iterable[_Name]) -> str:
    for name in names:
        if not (name.is_adjective or name.after_preposition):
            return name.entity
    return ""


def read_entity(text: str, spans: Spans, entities: Entities, main_subject: str) -> str:
    """The place, company or event the number is about (see the module docstring for the order)."""
    in_clause = entities.names_in(text, *spans.clause)
    # "sales in China": a place after a preposition still says where; "a venture with Stellantis" says no one
    found = _subject(in_clause) or next((n.entity for n in in_clause if not n.is_adjective and (
        n.entity in _PLACE_SET or n.entity.startswith("CIIE"))), "")
    if found:
        return found
    found = _subject(entities.names_in(text, *spans.sentence))
    if found:
        return found
    for start, end in _earlier_sentences(text, spans.sentence[0]):
        found = _subject(entities.names_in(text, start, end))
        if found:
            return found
    return main_subject


# --- metrics ------------------------------------------------------------------------------------------------
# A metric is composed as data/metrics.csv names them: what is counted (vehicles, NEVs, passenger cars, NEV
# passenger cars), the measure (production, sales, retail sales, exports, deliveries, output value, ...), then
# the transform: nothing for a level, `_target` for a goal, `_cny`/`_usd` for an amount, `_yoy_pct` (on a year
# earlier), `_mom_pct` (on the month before), `_vs_<year>_pct`, `nev_share_of_<whole>` and `_yoy_pp`/`_mom_pp`
# (a share's change in percentage points).

_MEASURES = [
    ("rd_spending", r"(?:research\s+and\s+development|R&D)\s+(?:spending|expenses|expenditure|investment)"),
    ("retail_sales", r"retail(?:\s+sales)?"),
    ("exports", r"export\w*|shipped\s+(?:abroad|overseas)|overseas\s+(?:sales|shipments|deliveries)"
                r"|sold\s+(?:abroad|overseas)|shipments?\s+(?:abroad|overseas)|(?:loaded|shipped)\b"),
    ("imports", r"(?-i:import(?:s|ed|ing)?)\b"),
    ("output_value", r"output\s+value|industrial\s+output|gross\s+output"),
    ("net_loss", r"net\s+loss(?:es)?"),
    ("net_profit", r"net\s+(?:profit|income)|profits?"),
    ("revenue", r"revenues?|turnover|operating\s+income"),
    ("throughput_capacity", r"throughput\s+capacity"),
    ("production_capacity", r"(?:production\s+)?capacity"),
    ("throughput", r"throughput|handled"),
    ("investment", r"invest(?:ment|ments|ed)"),
    ("subsidy", r"subsid(?:y|ies)"),
    ("deals", r"(?:tentative\s+|intended\s+)?deals?"),
    ("deliveries", r"deliver(?:ed|ies|y|s|ing)?"),
    ("sales", r"sales|sold|sells?|selling"),
    ("production", r"produc(?:e|ed|es|ing|tion)|output|made(?!\s+up)|manufactur(?:e|ed|ing)|built|assembled"),
]
_MEASURE_RE = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _MEASURES) + r")\b")
# Measures counted for a kind of vehicle: "NEV exports" is nev_exports; revenue is a company's, not a vehicle's.
_SERIES = frozenset({"sales", "retail_sales", "exports", "imports", "production", "deliveries", "output_value",
                     "throughput", "investment"})
_WHAT_RE = re.compile(
    r"(?i)(?P<nev_passenger_car>\b(?:new[- ]energy|NEV)\s+passenger\s+(?:cars?|vehicles?)|\bpassenger\s+NEVs?)"
    r"|(?P<nev>\b(?:NEVs?|new[- ]energy(?:\s+vehicles?)?|electric\s+(?:vehicles?|cars?)|EVs?|plug-in\s+hybrids?"
    r"|battery-electric)\b)"
    r"|(?P<passenger_car>\bpassenger\s+(?:cars?|vehicles?)\b)"
    r"|(?P<vehicle>\b(?:vehicles?|cars?|automobiles?|autos?|auto\s+industry|automotive)\b)"
)
# What a number continues rather than names: "Among them, NEVs ...", "Of the total, passenger car sales ...".
_CONTINUES = re.compile(r"(?i)\b(?:among\s+them|of\s+the\s+total|of\s+them|of\s+which|those)\b")
# A share of a whole: "accounted for 46.8 percent", "made up 38 percent", "penetration rate reached 52.3 percent".
_SHARE_BEFORE = re.compile(
    r"(?i)(?:\baccount(?:ed|ing|s)?\s+for|\bma(?:de|ke|kes|king)\s+up|\btook|\btaking|\brepresent\w*|\bconstitut\w+"
    r"|\bpenetration(?:\s+rate)?(?:\s+[\w']+){0,3}|\bshare(?:\s+[\w']+){0,10})"
    r"\s+(?:about|around|nearly|over|more\s+than|an\s+estimated|some|almost|roughly)?\s*$"
)
_SHARE_AFTER = re.compile(r"(?i)\s+of\s+(?:all|total|the|them|its|their|new)\b")
_OF_WHOLE = re.compile(r"(?i)\s+of\s+(?P<whole>[^,.;:()]{0,60})")
_PENETRATION = re.compile(r"(?i)\bpenetration\b")
_GROWTH = re.compile(
    r"(?i)\byear[- ](?:on|over)[- ]year\b|\by-o-y\b|\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b"
    r"|\b(?:more|less|higher|lower)\s+than\b|\bincrease\b|\bdecrease\b|\bgrowth\b|\bdecline\b|\bgr[eo]w\b"
)
_MONTH_BASE = re.compile(
    rf"(?i)^\s*(?:(?:year[- ]on[- ]year|from\s+a\s+year\s+earlier)\s+(?:and|but)\s+[^,.;]*?)?"
    rf"(?:month[- ](?:on|over)[- ]month|from\s+(?:the\s+previous|a|last|the\s+prior)\s+month"
    rf"|(?:(?:more|less|higher|lower)\s+)?(?:from|than(?:\s+in)?|over|compared\s+(?:with|to))\s+(?-i:{_MONTH})"
    rf"|from\s+[\d.,]+(?:\s+(?:million|thousand|billion))?(?:\s+\w+)?\s+in\s+(?-i:{_MONTH}))"
)
_YEAR_BASE = re.compile(
    rf"(?i)^\s*(?:over|from|than(?:\s+in)?|compared\s+(?:with|to))\s+(?:the\s+same\s+period\s+(?:of|in)\s+)?"
    rf"(?P<year>{_YEAR})"
)
_VEHICLE_NOUNS = frozenset("units vehicles cars nevs evs automobiles buses trucks suvs".split())
_STOP_WORDS = frozenset(
    "and or of for from in into at to by with on than per the a an its their that which who were was are is has"
    " have had taking took take showing from this last next".split()
)


@dataclass(frozen=True)
class _Read:
    what: str = ""
    measure: str = ""


def _share_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end())
            for m in re.finditer(r"(?i)percent\s+of\s+[^,.;:()]*", text[start:end])]


def _masked_shares(text: str, start: int, end: int, mention: Mention) -> list[tuple[int, int]]:
    """The share phrases of a region ("percent of all vehicle exports") that are not the mention's own."""
    return [(a, b) for a, b in _share_phrases(text, start, end) if not (a - 2 <= mention.end <= b
                                                                         or a <= mention.start < b)]


# "electric car maker Leapmotor": a description of the company, not what its figures count.
_MAKER = re.compile(r"(?i)\b(?:electric\s+(?:car|vehicle)|EV|NEV|new[- ]energy\s+vehicle|car|auto)\s+"
                    r"(?:maker|makers|manufacturer|startup|company|brand|giant)\b")


def _what_in(text: str, start: int, end: int, masked: list[tuple[int, int]] = ()) -> str:
    masked = [*masked, *((m.start(), m.end()) for m in _MAKER.finditer(text, start, end))]
    found = {m.lastgroup for m in _WHAT_RE.finditer(text, start, end)
             if not any(a <= m.start() < b for a, b in masked)}
    if "nev_passenger_car" in found or ("nev" in found and "passenger_car" in found):
        return "nev_passenger_car"
    for kind in ("nev", "passenger_car", "vehicle"):
        if kind in found:
            return kind
    return ""


def _measures_in(text: str, start: int, end: int, masked: list[tuple[int, int]] = ()) -> list[re.Match[str]]:
    return [m for m in _MEASURE_RE.finditer(text, start, end) if not any(a <= m.start() < b for a, b in masked)]


def _distance(match: re.Match[str], mention: Mention) -> int:
    return max(match.start() - mention.end, mention.start - match.end(), 0)


_NUMBER = re.compile(r"(?<![\d,.])\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?(?:\s*(?:percent|%))?")


def _paired_measure(text: str, mention: Mention, spans: Spans) -> str:
    """"output and sales hit 2.68 million units and 2.69 million units, up 4 percent and 9.9 percent": the n-th
    number of a kind takes the n-th measure of the pair its sentence names."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    pair = re.search(r"(?i)\b(output|production|sales|exports)\s+and\s+(output|production|sales|exports)\b", sentence)
    if not pair:
        return ""
    after = spans.sentence[0] + pair.end()
    if mention.start < after:
        return ""
    kind = "percent" if mention.unit == "percent" else "level"
    numbers = [m for m in _NUMBER.finditer(text[after : spans.sentence[1]])
               if not re.fullmatch(r"(?:19|20)\d\d", m.group())]
    same = [after + m.start() for m in numbers
            if ("percent" if re.search(r"percent|%", m.group()) else "level") == kind]
    if len(same) != 2 or mention.start not in same:
        return ""
    word = pair.group(1 + same.index(mention.start)).lower()
    return {"output": "production"}.get(word, word)


def _direct_measure(text: str, mention: Mention) -> str:
    """A participle right after the number and its noun: "2.11 million units produced", "131,000 vehicles for
    export"."""
    after = re.match(r"(?i)\s+(?:new\s+energy\s+)?(?:units|vehicles|cars|NEVs)\s+(produced|sold|exported|delivered"
                     r"|for\s+export|abroad|overseas)\b", text[mention.end : mention.end + 40])
    if not after:
        return ""
    word = after.group(1).lower()
    return {"produced": "production", "sold": "sales", "delivered": "deliveries"}.get(word, "exports")


def _noun_phrase(text: str, end: int) -> str:
    """The words naming what a count counts: "500 auto parts makers and ..." -> auto_parts_makers."""
    words = []
    for match in re.finditer(r"\s*([A-Za-z][\w-]*)", text[end : end + 60]):
        if not text[end:].startswith(match.group(0)) and not words:
            break
        word = match.group(1)
        if word.lower() in _STOP_WORDS or (words and not re.fullmatch(r"[a-z][\w-]*", word)):
            break
        words.append(word.lower())
        if len(words) == 3:
            break
        rest = text[end + match.end() : end + match.end() + 1]
        if rest and rest not in " ":
            break
    while words and not words[-1].endswith("s"):
        words.pop()
    return "_".join(words).replace("-", "_")


def _content_words(text: str) -> set[str]:
    words = set()
    for word in re.findall(r"[a-z]+", text.lower().replace("automobile", "auto").replace("space", "area")):
        if word not in _STOP_WORDS and len(word) > 2:
            words.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return words


def _known_by_label(sentence: str, noun: str, labels: dict[str, str]) -> str:
    """A known metric whose reader's name the sentence says in full, with the number's own noun in it
    ("launched 438 new products, technologies and services" -> new_product_debuts)."""
    have = _content_words(sentence)
    head = _content_words(noun.replace("_", " "))
    best = ""
    for metric, label in labels.items():
        wanted = _content_words(label)
        if len(wanted) >= 2 and wanted <= have and head & wanted and len(wanted) > len(_content_words(
                labels.get(best, ""))):
            best = metric
    return best


def _region_read(text: str, mention: Mention, spans: Spans, entity: str = "") -> _Read:
    """What and measure of the number: from its clause, its quote, its sentence, then the sentences before."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    paragraph = [r for r in _earlier_sentences(text, spans.sentence[0])
                 if _CONTINUES.search(sentence) or not _CONTINUES.search(text[r[0] : r[1]])]
    regions = [spans.clause, spans.quote, spans.sentence, *paragraph[:2]]
    clause = text[spans.clause[0] : spans.clause[1]]
    if re.match(r"(?i)(?:which|that)\b", clause):  # "..., which reached 5.86 million": the noun before it
        before = [b for a, b in ((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(
            text, spans.sentence[0], spans.clause[0])) if b < spans.clause[0] - 1]
        regions.insert(0, (max([spans.sentence[0], *before]), spans.clause[1]))
    measure = _direct_measure(text, mention) or _paired_measure(text, mention, spans)
    which = regions[0] if regions[0] != spans.clause else None
    for region in regions:
        if measure:
            break
        masked = [] if region == which else _masked_shares(text, *region, mention)
        matches = _measures_in(text, *region, masked)
        if matches:
            measure = (min(matches, key=lambda m: _distance(m, mention)).lastgroup or "")
    # "exported 542,000 vehicles", "sold 373,083 new energy vehicles": the noun after the number says what
    what = _what_in(text, mention.end, min(mention.end + 26, spans.clause[1]))
    inside = [(a, b) for a, b in _share_phrases(text, *spans.sentence) if a < mention.start < b]
    if inside and not what:  # "of the city's total vehicle output of 2.64 million units": the whole's
        what = _what_in(text, inside[0][0], mention.start)
        found = _measures_in(text, inside[0][0], mention.start)
        measure = measure or (found[0].lastgroup if found else "")
    for region in regions:
        if what:
            break
        what = _what_in(text, *region, [] if region == which else _masked_shares(text, *region, mention))
    earlier = _earlier_sentences(text, spans.sentence[0], across_paragraphs=True)
    own = bool(entity) and entity in sentence
    # A sentence that continues the one before it ("Among them, ...", "Of the total, ...") names a part of it.
    earlier = [r for r in earlier if not _CONTINUES.search(text[r[0] : r[1]])] if not _CONTINUES.search(
        sentence) else earlier
    if _CONTINUES.search(sentence) and what in ("passenger_car", ""):
        inherited = _what_in(text, *earlier[0]) if earlier else ""
        if inherited == "nev":
            what = "nev_passenger_car" if what == "passenger_car" else "nev"
    if not what and measure:  # "the industry's output value": what the last figure of that measure counted
        for region in earlier[:6]:
            if any(m.lastgroup == measure for m in _measures_in(text, *region)):
                what = _what_in(text, *region)
                if what:
                    break
    if not what:
        for region in earlier[:6]:
            if own and entity not in text[region[0] : region[1]]:
                continue  # "SAIC Volkswagen's sales": not what the sentences on BYD counted
            what = _what_in(text, *region)
            if what:
                break
    if not measure and mention.unit in ("vehicles", "percent"):
        for region in earlier[:3]:
            matches = _measures_in(text, *region)
            if matches:
                measure = matches[-1].lastgroup or ""
                break
    if measure == "retail_sales" and what in ("nev", "vehicle"):
        what = {"nev": "nev_passenger_car", "vehicle": "passenger_car"}[what]  # retail figures count cars
    return _Read(what or "vehicle", measure)


def _earlier_share(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The percent a share cue names earlier in the mention's sentence ("made up 53.9 percent of ..."), if any."""
    for match in re.finditer(r"(?i)\d[\d.]*\s*(?:percent|%)", text[spans.sentence[0] : mention.start]):
        start = spans.sentence[0] + match.start()
        if _SHARE_BEFORE.search(text[max(spans.sentence[0], start - 80) : start]):
            return Mention(start, start + len(match.group()), match.group(), 0.0, "percent", "exact", 0.0)
    return None


def _whole(text: str, mention: Mention, spans: Spans, context: _Read) -> str:
    """The whole a share is of: "of all vehicle exports" -> vehicle_exports; "of the total" -> the sentence's."""
    phrase = _OF_WHOLE.match(text, mention.end)
    named = re.search(r"(?i)\bshare\s+of\s+(?P<whole>[^,.;:()]{0,60}?)\s+\w+\s*$",
                      text[spans.sentence[0] : mention.start])
    what, measure = "", ""
    if phrase and not _PENETRATION.search(text[spans.clause[0] : mention.start]):
        start, end = phrase.start("whole"), phrase.end("whole")
    elif named:
        start, end = spans.sentence[0] + named.start("whole"), spans.sentence[0] + named.end("whole")
        within = re.search(r"\s(?:in|among)\s", text[start:end])  # "the share of NEVs in total new car sales"
        if within:
            start += within.end()
    else:
        start = end = 0
    if end > start:
        found = _measures_in(text, start, end)
        measure = found[0].lastgroup if found else ""
        what = _what_in(text, start, end)
    if not what:  # "of the total": the whole the rest of the sentence counts
        rest = [(spans.sentence[0], spans.clause[0]), (spans.clause[1], spans.sentence[1])]
        what = next((w for w in (_what_in(text, *r) for r in rest) if w), "")
        found = [m for r in rest for m in _measures_in(text, *r)]
        measure = measure or (found[0].lastgroup if found else "")
    if re.search(r"(?i)\bretail\b", text[start:end]) and measure in ("", "sales"):
        measure = "retail_sales"
    measure = measure or context.measure or "sales"
    what = (what or context.what).replace("nev_", "").replace("nev", "vehicle") or "vehicle"
    if what == "vehicle" and measure == "sales":
        return "new_vehicle_sales"
    if measure == "retail_sales" and what == "vehicle":
        what = "passenger_car"
    if what == "passenger_car" and measure == "sales" and re.search(r"(?i)\bretail\b", text[start:end]):
        measure = "retail_sales"
    return f"{what}_{measure}"


def _growth_base(text: str, mention: Mention, spans: Spans, period_year: str) -> str:
    """yoy, mom or vs_<year>: what a change is measured against, from the words after the number."""
    after = text[mention.end : spans.sentence[1]]
    if _MONTH_BASE.match(after):
        return "mom"
    year = _YEAR_BASE.match(after)
    if year and period_year and int(year["year"]) != int(period_year) - 1:
        return f"vs_{year['year']}"
    return "yoy"


def read_metric(text: str, mention: Mention, spans: Spans, status: str, entity: str = "", period: str = "",
                known: dict[str, str] | None = None) -> tuple[str, str]:
    """A metric name in the figures' naming, and the unit it implies ("vehicles" for a vehicle count).

    `known` maps the metrics data/metrics.csv lists to their reader's names: a figure that continues one of
    them takes its name.
    """
    known = known or {}
    unit = mention.unit
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    before = text[spans.clause[0] : mention.start]
    noun = _noun_phrase(text, mention.end)
    if unit == "vehicles" and noun and noun.rsplit("_", 1)[-1] not in _VEHICLE_NOUNS:
        unit = "count"  # "10 car brands" counts brands, not cars
    context = _region_read(text, mention, spans, entity)
    target = "_target" if status == "target" else ""
    if unit in ("percent", "percentage_points"):
        share = _SHARE_BEFORE.search(before[-80:]) or (
            unit == "percent" and _SHARE_AFTER.match(text, mention.end) and not mention.direction)
        earlier_share = _earlier_share(text, mention, spans)
        if not share and earlier_share is not None and re.search(
                r"(?i)\b(?:from|compared\s+with|versus|against)\s+(?:an?\s+\w+\s+)?$", before):
            share, mention_for_whole = True, earlier_share  # "57 percent ..., up from an estimated 48 percent"
        else:
            mention_for_whole = earlier_share if (unit == "percentage_points" and earlier_share) else mention
        if unit == "percentage_points" or share:
            name = f"nev_share_of_{_whole(text, mention_for_whole, spans, context)}"
            if unit == "percentage_points":
                return f"{name}_{_growth_base(text, mention, spans, period[:4])}_pp", unit
            return name, unit
    if unit == "square_meters":
        of = re.match(r"\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+?)s?\b", text[mention.end : mention.end + 40])
        if of and of.group(1).split()[0] not in _STOP_WORDS:
            return of.group(1).replace(" ", "_").replace("-", "_") + "_area", unit
    if not context.measure:
        if unit in ("cny", "usd", "percent"):
            return "", unit
        noun = "area" if unit == "square_meters" else _noun_phrase(text, mention.end)
        reused = _known_by_label(sentence, noun or unit, known)
        return (reused or noun), unit
    if unit not in ("count", "vehicles", "percent", "cny", "usd") or (
            unit == "count" and not re.match(r"(?i)\s+(?:units|vehicles|cars|NEVs)\b", text[mention.end:])
            and _noun_phrase(text, mention.end) and context.measure not in ("exports", "sales", "production")):
        noun = "area" if unit == "square_meters" else _noun_phrase(text, mention.end)
        reused = _known_by_label(sentence, noun or unit, known)
        return (reused or noun), unit
    measure = context.measure
    if measure == "deals":
        base = ("ciie_intended_deals" if entity.startswith("CIIE") else "deals") + target
    elif measure in _SERIES:
        base = f"{context.what}_{measure}{target}"
        if unit == "count":
            unit = "vehicles"
    else:
        base = measure + target
    if unit == "percent":
        return f"{base}_{_growth_base(text, mention, spans, period[:4])}_pct", unit
    if unit in ("cny", "usd"):
        reuse = measure not in _SERIES and base in known and f"{base}_{unit}" not in known
        return (base if reuse else f"{base}_{unit}"), unit
    return base, unit


_LABEL_WORDS = {"nev": "NEV", "rd": "R&D", "yoy": "", "mom": "", "pct": "", "pp": "", "cny": "", "usd": "",
                "target": "goal", "vs": ""}


def metric_label(metric: str) -> str:
    """A reader's name for a new metric: nev_production_yoy_pct -> "NEV production, growth on a year earlier"."""
    base = re.sub(r"_(?:yoy|mom|vs_\d{4})_(?:pct|pp)$|_(?:pct|cny|usd)$", "", metric)
    words = [_LABEL_WORDS.get(word, word) for word in base.split("_")]
    label = " ".join(word for word in words if word).replace("NEV share of", "NEV share of").replace(
        "new vehicle sales", "new-vehicle sales")
    label = label[:1].upper() + label[1:]
    since = re.search(r"_vs_(\d{4})_pct$", metric)
    if metric.endswith("_yoy_pct"):
        label += ", growth on a year earlier"
    elif metric.endswith("_mom_pct"):
        label += ", growth on the month before"
    elif since:
        label += f", growth on {since[1]}"
    elif metric.endswith("_yoy_pp"):
        label += ", change on a year earlier in percentage points"
    elif metric.endswith("_mom_pp"):
        label += ", change on the month before in percentage points"
    elif metric.endswith("_pct"):
        label += ", percent"
    elif metric.endswith("_cny"):
        label += ", yuan"
    elif metric.endswith("_usd"):
        label += ", US dollars"
    return label


def metric_topic(metric: str, entity: str) -> str:
    """The chapter a new metric most likely belongs to (data/metrics.csv's topic)."""
    if "export" in metric or "import" in metric:
        return "exports"
    if entity.startswith("CIIE"):
        return "ciie"
    if entity in ("Jiading", "Yangtze River Delta"):
        return "jiading"
    if entity in ("Shanghai", "Lin-gang Special Area", "Hongqiao"):
        return "shanghai"
    return "market"
