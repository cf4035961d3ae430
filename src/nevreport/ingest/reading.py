"""What a sentence says about the number it states: entity, metric, period and status, for `nevreport propose`.

A reviewer reads a figure from its clause, its sentence and its article; so does this module, in that order:
- the period is the time expression nearest the number (years, halves, quarters, months, month ranges,
  "the first 10 months", "last year", "last month", "now"), resolved against the article's date; a
  comparison base ("from a year earlier", "than last year") is not a period. With none in the sentence, a
  past-tense sentence takes its paragraph's last period and a present-tense one the month of publication
  (the period of a stock such as "hosts 130 companies" is the day it was counted).
- the status is forecast or target when the number's own clause says so (will, expects, forecast, aims,
  plans to, target, goal).
- the entity is the place, company or event the clause or sentence is about ("BYD reported", "Tesla's
  revenue", "sales in China"), else the last one named in the paragraph ("The plant has ..."), else the
  article's main subject. A name already used in data/figures.csv is reused ("Lin-gang" -> "Lin-gang Special
  Area", "the seventh CIIE" -> "CIIE 7th").
- the metric is composed the way data/metrics.csv names them (nev_sales, vehicle_exports_yoy_pct,
  revenue_cny, nev_production_target), so a figure of a known series joins it; a new one gets a reader's label.
- a number that only measures a span of time ("the first 10 months", "the past two years") is not a claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from nevreport.common.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
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
_CLAUSE_BREAK = re.compile(r"[,;:\u2014] ")
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
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    clause_start = max([b + 2 for b in breaks if b + 2 <= mention.start], default=start)
    clause_end = min([b for b in breaks if b >= mention.end], default=end)
    clause = _trimmed(text, clause_start, clause_end)
    # Widen a short clause ("up 32 percent year over year") with its neighbours until it says enough.
    while clause_end - clause_start < _SHORT_CLAUSE and (clause_start > start or clause_end < end):
        earlier = [b + 2 for b in breaks if b + 2 < clause_start]
        later = [b for b in breaks if b > clause_end]
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


def _earlier_sentences(text: str, sentence_start: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph before `sentence_start`, nearest first."""
    start = _paragraph_start(text, sentence_start)
    found, begin = [], start
    for match in _SENTENCE_END.finditer(text, start, sentence_start):
        if _ends_sentence(text, match.start()):
            found.append((begin, match.start()))
            begin = match.end()
    return found[::-1]


# --- numbers that are not claims ----------------------------------------------------------------------------

_SPAN_OF_TIME = re.compile(
    r"(?i)\s*(?:consecutive\s+|straight\s+|full\s+)?(?:-\s*)?(?:years?|months?|quarters?|weeks?|days?|decades?)\b"
)
_SPAN_BEFORE = re.compile(r"(?i)\b(?:first|past|last|next|previous|recent|coming|over|for|within|in|the)\s+$")


def not_a_claim(text: str, mention: Mention) -> str:
    """Why the mention is not a figure ("the first 10 months" names a period), or "" when it may be one."""
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
    ("range", rf"\b(?:from\s+|between\s+)?(?P<r1>{_MONTH})(?:\s+(?P<r1y>{_YEAR}))?\s*(?:-|\u2013|to|and|through)\s*"
              rf"(?P<r2>{_MONTH})(?:,?\s+(?P<r2y>{_YEAR})|(?!\s*\d))"),
    # A month followed by a day is a date ("Oct. 31, 2024"), not a period; "late July" is a moment.
    ("month", rf"(?<!\blate\s)(?<!\bearly\s)(?<!\bmid-)\b(?P<mo>{_MONTH})"
              rf"(?:,?\s+(?:of\s+)?(?P<moy>{_YEAR})|(?!\s*\d))"),
    ("since", rf"\bsince\s+(?P<sy>{_YEAR})"),
    ("years", rf"\b(?:from\s+|between\s+)?(?P<y1>{_YEAR})\s*(?:-|\u2013|to|and)\s*(?P<y2>{_YEAR})"),
    ("year", rf"\b(?P<yy>{_YEAR})"),
    ("relative", r"\b(?P<rl>(?i:last|this|next|the\s+same|the))\s+(?P<ru>(?i:year|month|quarter))\b(?!-)"),
    ("now", r"\b(?i:now|currently|at present|so far|to date)\b"),
]
_PERIOD_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PERIOD_PATTERNS))
# A comparison base is not the figure's period: "from a year earlier", "than last year".
_COMPARISON = re.compile(
    r"(?i)\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\byear[- ](?:on|over)[- ]year\b"
    r"|\b(?:than|from|over|compared\s+(?:with|to)|versus|against)\s+(?:the\s+same\s+period\s+(?:of\s+|in\s+)?)?"
    r"(?:last|the\s+previous|a)\s+year\b|\bthe\s+same\s+period\b"
)
# A date says when something was said or happened, not the period a figure covers.
_DATE = re.compile(rf"\b{_MONTH}\s*\d\d?(?:st|nd|rd|th)?\b(?:,?\s*{_YEAR})?|\b{_YEAR}-\d\d-\d\d\b")
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


def _periods_in(text: str, start: int, end: int, published: dt.date | None, future: bool) -> list[_Period]:
    segment = text[start:end]
    masked = [(m.start(), m.end()) for pattern in (_COMPARISON, _DATE) for m in pattern.finditer(segment)]
    found = []
    for match in _PERIOD_RE.finditer(segment):
        if any(a <= match.start() < b for a, b in masked):
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
        if match["mo"] == "May" and not match["moy"]:
            return ""  # "may" is as often a verb; "in May" is read by the range and is rare alone
        year = int(match["moy"]) if match["moy"] else _month_year(month, published, future)
        return f"{year}-{month:02d}" if year else ""
    if kind == "since":
        return f"{match['sy']}/{year_now}" if year_now and int(match["sy"]) < year_now else ""
    if kind == "years":
        first, last = int(match["y1"]), int(match["y2"])
        return f"{first}/{last}" if first < last else ""
    if kind == "year":
        return match["yy"]
    if kind == "relative" and published:
        which, unit = " ".join(match["rl"].lower().split()), match["ru"].lower()
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


def read_period(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    """The period the mention covers, in the figures' period format; "" when nothing says."""
    future = status != "actual"
    for start, end in (spans.clause, spans.quote, spans.sentence):
        nearest = _nearest(_periods_in(text, start, end, published, future), mention.start, mention.end)
        if nearest:
            return nearest.period
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if not _PRESENT.search(sentence):  # a past-tense sentence continues its paragraph's period
        for start, end in _earlier_sentences(text, spans.sentence[0]):
            found = _periods_in(text, start, end, published, future)
            if found:
                return found[-1].period
    return f"{published.year}-{published.month:02d}" if published else ""


# --- status -------------------------------------------------------------------------------------------------

_FORECAST_WORDS = re.compile(
    r"(?i)\b(?:will|expect\w*|estimat\w*|anticipat\w*|forecast\w*|project(?:ed|ion)s?|predict\w*|likely"
    r"|is set to|are set to|poised to)\b"
)
_TARGET_WORDS = re.compile(
    r"(?i)\b(?:aims?|aiming|goals?|targets?|targeting|plans? to|planned|strives? to|seeks? to)\b"
)
_PAST_VERB = re.compile(r"(?i)\b(?:was|were|had|did|sold|reached|hit|rose|fell|grew|totaled|totalled)\b")


def read_status(text: str, spans: Spans) -> str:
    """target, forecast or actual, from the words of the number's own clause (else the quote around it)."""
    clause = text[spans.clause[0] : spans.clause[1]]
    for words in (clause, text[spans.quote[0] : spans.quote[1]]):
        if _TARGET_WORDS.search(words):
            return "target"
        if _FORECAST_WORDS.search(words):
            return "forecast"
        if _PAST_VERB.search(words):
            return "actual"  # "after 9.5 million units were sold last year": its own verb says what it is
    return "actual"


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
_ADJECTIVES = {"Chinese": "China", "American": "United States", "German": "Germany", "Japanese": "Japan",
               "European": "Europe"}  # fmt: skip
_EDITIONS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
             "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}  # fmt: skip
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
            following = re.match(r"\s([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)?)", after)
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
        return max(counts, key=lambda e: (counts[e], -first_seen[e]))


def _subject(names: Iterable[_Name]) -> str:
    for name in names:
        if not (name.is_adjective or name.after_preposition):
            return name.entity
    return ""


def read_entity(text: str, spans: Spans, entities: Entities, main_subject: str) -> str:
    """The place, company or event the number is about (see the module docstring for the order)."""
    in_clause = entities.names_in(text, *spans.clause)
    found = _subject(in_clause) or next((n.entity for n in in_clause if not n.is_adjective), "")
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

_ACTIVITIES = [
    ("rd_spending", r"(?:research and development|R&D)\s+(?:spending|expenses|expenditure|investment)"),
    ("exports", r"export\w*|shipped\s+(?:abroad|overseas)|overseas\s+(?:sales|shipments|deliveries)"
                r"|sold\s+(?:abroad|overseas)|shipments?\s+(?:abroad|overseas)"),
    ("imports", r"(?-i:import(?:s|ed|ing)?)\b"),
    ("output_value", r"output\s+value|industrial\s+output|gross\s+output"),
    ("net_profit", r"net\s+(?:profit|income)|profits?"),
    ("revenue", r"revenues?|turnover|operating\s+income"),
    ("production_capacity", r"(?:production\s+)?capacity"),
    ("investment", r"invest(?:ment|ments|ed)"),
    ("subsidy", r"subsid(?:y|ies)"),
    ("sales", r"sales|sold|sells?|selling|deliver(?:ed|ies|y)|retail\s+sales"),
    ("production", r"produc(?:e|ed|es|ing|tion)|output|made|manufactur(?:e|ed|ing)|built|assembled"),
]
_ACTIVITY_RE = re.compile(
    r"(?i)\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _ACTIVITIES) + r")\b"
)
_SERIES_ACTIVITIES = frozenset({"sales", "exports", "imports", "production"})
_NEV_WORDS = re.compile(r"(?i)\b(?:NEVs?|new[- ]energy(?: vehicles?)?|electric (?:vehicles?|cars?)|EVs?"
                        r"|plug-in hybrids?|battery-electric)\b")
_VEHICLE_WORDS = re.compile(r"(?i)\b(?:vehicles?|cars?|automobiles?)\b")
_SHARE_WORDS = re.compile(r"(?i)\b(?:market share|share of|accounted for|accounting for|made up|making up"
                          r"|penetration)\b|\bpercent of (?:them|which|the total|all)\b|\bof them were\b")
_GROWTH_WORDS = re.compile(r"(?i)\byear[- ](?:on|over)[- ]year\b|\by-o-y\b|\b(?:a|one) year (?:earlier|ago|before)\b"
                           r"|\b(?:more|less|higher|lower) than\b")
_COUNT_NOUN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]{3,}s)\b")


def read_metric(text: str, mention: Mention, spans: Spans, status: str) -> tuple[str, str]:
    """A metric name in the figures' naming, and the unit it implies ("vehicles" for a vehicle count)."""
    unit = mention.unit
    clause = text[spans.clause[0] : spans.clause[1]]
    if unit not in ("count", "vehicles", "percent", "cny", "usd") and not _ACTIVITY_RE.search(clause):
        noun = _COUNT_NOUN.match(text, mention.end)
        return (noun["noun"].replace("-", "_").lower() if noun else ""), unit
    noun = _COUNT_NOUN.match(text, mention.end) if unit == "count" else None
    if noun and not _ACTIVITY_RE.search(clause) and not _VEHICLE_WORDS.fullmatch(noun["noun"]):
        return noun["noun"].replace("-", "_").lower(), unit  # "signed 22 projects": a count of projects
    activity, region = "", spans.clause
    for region in (spans.clause, spans.quote, spans.sentence, *_earlier_sentences(text, spans.sentence[0])[:1]):
        matches = list(_ACTIVITY_RE.finditer(text, *region))
        if matches:
            nearest = min(matches, key=lambda m: max(m.start() - mention.end, mention.start - m.end(), 0))
            activity = nearest.lastgroup or ""
            break
    if not activity:
        noun = _COUNT_NOUN.match(text, mention.end) if unit == "count" else None
        return (noun["noun"].lower() if noun else ""), unit
    words = text[region[0] : region[1]]
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    # A clause that names no vehicle ("raise its annual output to 1 million") takes its sentence's NEVs.
    is_nev = bool(_NEV_WORDS.search(words) or (
        region == spans.clause and not _VEHICLE_WORDS.search(words) and _NEV_WORDS.search(sentence)))
    if activity in _SERIES_ACTIVITIES:
        prefix = "nev_" if is_nev else "vehicle_"
        if unit == "count":
            unit = "vehicles"
    else:
        prefix = "nev_" if is_nev and activity in ("output_value", "investment") else ""
    quote = text[spans.quote[0] : spans.quote[1]]
    if unit == "percent" and _SHARE_WORDS.search(quote) and (is_nev or _NEV_WORDS.search(quote)):
        return ("nev_share_of_new_vehicle_sales" if activity == "sales" else
                f"nev_share_of_vehicle_{activity}_pct"), unit
    base = prefix + activity + ("_target" if status == "target" else "")
    if unit == "percent":
        growth = mention.direction or _GROWTH_WORDS.search(quote)
        return base + ("_yoy_pct" if growth else "_pct"), unit
    if unit in ("cny", "usd"):
        return f"{base}_{unit}", unit
    return base, unit


_LABEL_WORDS = {"nev": "NEV", "rd": "R&D", "yoy": "", "pct": "", "cny": "", "usd": "", "target": "goal"}


def metric_label(metric: str) -> str:
    """A reader's name for a new metric: nev_production_yoy_pct -> "NEV production, growth on a year earlier"."""
    words = [_LABEL_WORDS.get(word, word) for word in metric.split("_")]
    label = " ".join(word for word in words if word)
    label = label[:1].upper() + label[1:]
    if metric.endswith("_yoy_pct"):
        label += ", growth on a year earlier"
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
