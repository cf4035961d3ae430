"""Find every numeric mention in an article's text, and tell figures from dates, ordinals and names.

A mention is the number as a reader would quote it: the digits with their scale word, currency and
measurement unit ("1.758 million", "81.5 percent", "US$54.2 billion", "30,000 square meters"). The
hedge before it ("some", "over", "nearly") is not part of the text but sets `qualifier`; the noun
after it ("vehicles", "exhibitors") is not part of the text but sets `unit`.

Choices a reader of the output should know:
- Dates ("Nov. 5 to 10", "July 6-7", "June 04,2018", "October 20, 2024", "2024-10-28") and bare
  years ("in 2023", "the 2023 China Auto Forum") are not mentions. A four-digit number from 1800 to
  2100 is a year unless a scale word, currency, unit or count noun follows it ("2000 vehicles").
- Ordinals ("7th", "fourth"), numbers glued to letters ("5G", "B2"), numbers inside addresses and
  identifiers ("c90000-20234545", "COVID-19"), numbers with a leading zero ("021"), ranking names
  ("Fortune Global 500", "top 500") and labelled identifiers ("No. 3", "Phase 2", "Level 4") are not
  mentions.
- A range ("5 to 10 percent", "5-10 million", "between 5 and 10") gives two mentions: the low end with
  qualifier at_least and the high end with qualifier at_most; the low end borrows the scale and unit of
  the high end, so "5 to 10 million" gives 5000000 and 10000000. "from 2 to 3 million" is a change
  between two stated values, not a range: the low end borrows the scale, both keep their own hedges.
- A multiplier ("1.2 times", "3.5-fold") is a mention with unit "times": it is a claim about growth,
  so coverage must account for it, but it is not in the figures' unit vocabulary; curate it as a note
  on the figure it multiplies or list it in data/coverage_ignore.csv.
- Spelled-out cardinals from two to ninety ("three provinces", "ten institutional innovations") are
  mentions with step 1 (times the scale word: "three million"), since AP style spells out small exact
  counts. "one" is left out: it is far more often a pronoun or an article ("one of the", "no one")
  than a count.
- A movement is not a hedge: in "rose 28.4 percent to 7.31 million units", "climbed to 450,000" and
  "dropped 4.1 percent from a year earlier to 73,000" every number is exact ("to" after a rise or a fall
  gives the level reached), while "up to 9 billion yuan" is at most. The two ends of a range measure the
  same thing, so "28.4 percent to 7.31 million" is a rise and a level, not a range.
- Negative change keeps the value as written and sets direction="down" ("fell 3 percent" -> 3,
  direction down); a written minus sign ("-3 percent") gives -3. Growth words set direction="up".
- A currency conversion in brackets after an amount ("over 350 billion yuan (US$54.2 billion)") takes
  the amount's qualifier: the hedge covers both.
- "units" counts vehicles: in this corpus "units" is always the automotive industry's word for vehicles.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from nevreport.common.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from nevreport.common.numbers import as_written
from nevreport.common.tables import CsvRows
from nevreport.common.vocabulary import HEDGED, MARKED_UNITS
from nevreport.ingest.articles import read_article

MENTION_COLUMNS = ["article", "start", "end", "text", "value", "unit", "qualifier", "step"]


@dataclass(frozen=True)
class Mention:
    """One number stated in an article, located by character offsets: text == article[start:end]."""

    start: int
    end: int
    text: str
    value: float  # in base units: "1.758 million" -> 1758000.0, "81.5 percent" -> 81.5
    unit: str  # figures' unit vocabulary where it applies ("vehicles", "percent", "cny", ...), else "count"
    qualifier: str  # exact | at_least | at_most | approx
    step: float  # place value of the last stated digit, in base units ("9.5 million" -> 100000)
    direction: str = ""  # "down" for a stated fall, "up" for a stated rise, "" otherwise


_MONTH_NAMES = frozenset({*MONTH_NAMES, *MONTH_ABBREVIATIONS, "Sept"})
_MONTHS_RE = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_DASH = r"[-\u2013\u2014]"
_DASHES = "-\u2013\u2014"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
# What may follow the day of a date: a second day ("Nov. 5 to 10", "July 6-7") and a year.
_DATE_TAIL = re.compile(
    rf"(?:\s*(?:{_DASH}|to|and)\s*(?:[0-2]?\d|3[01])(?!\d))?(?:\s*,\s*{_YEAR}|\s+{_YEAR})?"
)
_MONTH_AFTER = re.compile(rf"(?:\s*(?:{_DASH}|to)\s*\d\d?)?\s+(?:{_MONTHS_RE})\b")

_SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "mln": 10**6, "mn": 10**6, "bln": 10**9, "bn": 10**9,
}  # fmt: skip
_SCALE_RE = r"thousand|million|billion|trillion|mln|bln|bn|mn"

# Measurement units are part of the mention's text; count nouns after it only set the unit.
_MEASURES = [
    (r"%|-?percent|-?per\s+cent|pct", "percent"),
    (r"percentage\s+points?", "percentage_points"),
    (r"yuan|RMB|renminbi|CNY", "cny"),
    (r"U\.?S\.?\s+dollars|dollars|USD", "usd"),
    (r"euros?|EUR", "eur"),
    (r"square\s+(?:meters|metres|meter|metre)|sq\.?\s*m\b|sqm", "square_meters"),
    (r"square\s+(?:kilometers|kilometres|km)", "square_kilometers"),
    (r"times|-?fold", "times"),
]
_MEASURE_RES = [(re.compile(rf"(?i:{p})\Z"), unit) for p, unit in _MEASURES]
_CURRENCY_PREFIXES = [  # longest first: "US$" before "$"
    ("US$", "usd"), ("US $", "usd"), ("USD ", "usd"), ("USD", "usd"), ("RMB ", "cny"), ("RMB", "cny"),
    ("CNY ", "cny"), ("CNY", "cny"), ("$", "usd"), ("\u00a5", "cny"), ("\u20ac", "eur"),
]  # fmt: skip
_PREFIXES_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _prefix, _unit in _CURRENCY_PREFIXES:
    _PREFIXES_BY_LAST.setdefault(_prefix[-1], []).append((_prefix, _unit))
_PREFIX_ENDINGS = frozenset(_PREFIXES_BY_LAST)
_CURRENCIES = frozenset({"cny", "usd", "eur"})
# Units the text itself marks with a sign or a word, as opposed to a count noun read after the number.
_MARKED = MARKED_UNITS

# A year followed by punctuation or a function word ("in 2023.", "2023 and") is dropped by the scan
# itself, which halves the matches in a typical article; other years are dropped by _read_number.
_PLAIN_YEAR = (
    r"(?<![$\u00a5\u20ac\-\u2212]\d)(?<!RMB\ \d)(?<!USD\ \d)(?<!CNY\ \d)(?:(?<=1)[89]\d\d|(?<=2)0\d\d)"
    r"(?:[.,;:)\]'\"\u201d\u2019]|\s+(?:and|to|in|the|with|was|were|when|that|as|for|of|on|at|by|from|is|are"
    r"|after|before|since|until)\b|\s*$)"
)
# A number starts at a digit that does not continue a word, a decimal, an address or a time; the
# lookbehind sits after the first digit so the scan can skip quickly to the next digit.
_NUMBER_TOKEN = re.compile(
    rf"""
    (?P<num>\d(?<![\w.,:/]\d)(?!{_PLAIN_YEAR})(?:\d{{0,2}}(?:,\d{{3}})+|\d*)(?:\.\d+)?)
    (?P<iso>-\d\d-\d\d(?![\w-]))?
    (?:\s*(?P<scale>(?i:{_SCALE_RE}))(?!\w))?
    (?:\s*(?P<measure>(?i:{"|".join(f"(?:{p})" for p, _ in _MEASURES)}))(?!\w))?
    (?![\w/]|[.,:]\d)
    """,
    re.VERBOSE,
)

_SPELLED = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SPELLED_FORMS = sorted(
    [*_SPELLED, *(f"{tens}-{ones}" for tens in _SPELLED if _SPELLED[tens] >= 20 for ones in _ONES)],
    key=len,
    reverse=True,
)
_SPELLED_BY_INITIAL: dict[str, list[str]] = {}
for _form in _SPELLED_FORMS:
    _SPELLED_BY_INITIAL.setdefault(_form[0], []).append(_form[1:])
# The scan runs on lower-cased text (a case-insensitive alternation is several times slower), and
# each branch starts with a literal letter so the scan skips quickly to the candidates.
_WORD_TOKEN = re.compile(
    "(?P<word>"
    + "|".join(
        rf"{initial}(?<![\w-]{initial})(?:{'|'.join(rests)})"
        for initial, rests in _SPELLED_BY_INITIAL.items()
    )
    + r""")(?![\w-])
    (?:\s+(?P<scale>thousand|million|billion|trillion)(?!\w))?
    (?:\s+(?P<measure>percent|per\s+cent|yuan|times|square\s+met(?:er|re)s)(?!\w))?
    """,
    re.VERBOSE,
)
_WORD_TOKEN_ANY_CASE = re.compile(_WORD_TOKEN.pattern, re.VERBOSE | re.IGNORECASE)

# The hedge vocabulary (nevreport.common.vocabulary): phrases before a number, and after it ("or more").
_HEDGE_WORDS = {phrase: q.name for q in HEDGED for phrase in q.before}
_HEDGE_AFTER = re.compile(
    r"(?i)\s+(?:" + "|".join(f"(?P<{q.name}>" + "|".join(p.replace(" ", r"\s+") for p in q.after) + ")"
                             for q in HEDGED) + r")\b"
)
_DOWN_WORDS = frozenset(
    "down fell fall falls falling drop dropped drops dropping decline declined declines declining decrease"
    " decreased decreases decreasing dip dips dipped slump slumped slumps plunge plunged plunges shrank"
    " shrunk shrink shrinks contract contracted contraction lower reduction reduced cut".split()
)
_UP_WORDS = frozenset(
    "up rose rise rises rising grew grow grows grown growth growing increase increased increases"
    " increasing surge surged surges surging jump jumped jumps climb climbed climbs soar soared soars"
    " expanded expansion higher".split()
)
# "to" is not a link: "rose to 3 million" states the level reached, not the size of the rise.
_DIRECTION_LINKS = frozenset({"by", "of", "at", "a", "an", "rate"})
_DIRECTION_AFTER = re.compile(
    r"(?i)(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy))?\s+"
    r"(?:(?P<down>decline|decrease|drop|fall|contraction|reduction)|(?P<up>increase|rise|growth|surge|jump))\b"
)
# A capitalised label before a number makes it a name or an identifier, not a quantity.
_NAME_WORDS = frozenset(
    "Fortune Forbes Global top Top No Nos Number Model Level Line Phase Version Room Hall Gate Booth Page"
    " Article Section Chapter Route Terminal Building Lane Category Class Grade Stage Tier Series Gen"
    " Generation".split()
)
_PUNCTUATION = "\"'()[]{}\u201c\u201d\u2018\u2019,;:"
_CLAUSE_END = re.compile(r"[.,;:!?()\"\u201c\u201d\n]")

# Count nouns that may follow a number within a few words ("152 countries", "39 government
# procurement delegations"); mapped to the figures' unit vocabulary.
_COUNT_NOUNS = {
    **dict.fromkeys(
        "vehicle vehicles car cars nev nevs ev evs automobile automobiles unit units bus buses truck trucks"
        " suv suvs".split(),
        "vehicles",
    ),
    **dict.fromkeys(
        "company companies enterprise enterprises business businesses firm firms automaker automakers"
        " carmaker carmakers maker makers manufacturer manufacturers startup startups brand brands"
        " subsidiary".split(),
        "companies",
    ),
    **dict.fromkeys("exhibitor exhibitors".split(), "exhibitors"),
    **dict.fromkeys("country countries".split(), "countries"),
    **dict.fromkeys("organization organizations organisation organisations".split(), "organizations"),
    **dict.fromkeys("delegation delegations".split(), "delegations"),
    **dict.fromkeys("product products".split(), "products"),
    **dict.fromkeys(
        "people person persons visitor visitors professional professionals leader leaders expert experts"
        " participant participants buyer buyers student students employee employees worker workers"
        " resident residents attendee attendees guest guests engineer engineers researcher researchers"
        " staff".split(),
        "people",
    ),
    **dict.fromkeys("forum forums sub-forum sub-forums".split(), "forums"),
    **dict.fromkeys("task tasks".split(), "tasks"),
    **dict.fromkeys("platform platforms".split(), "platforms"),
    **dict.fromkeys("year years".split(), "years"),
}
_COUNT_NOUN_LOOKAHEAD = 4
# A count noun is looked for only up to the first preposition: "1.6 million applications for the car
# subsidy" counts applications, not cars; "the first nine months of the year" counts months, not years.
_NOUN_PHRASE_ENDS = frozenset("for of from in into at to by with on than per".split())


_DATE = "date"  # what _read_number returns for the day of a date


def extract_mentions(text: str) -> list[Mention]:
    """Every numeric mention in `text`, in order of position. See the module docstring for the rules."""
    mentions: list[Mention] = []
    scales: list[int | None] = []  # the scale word's factor of each mention, None when it has none
    skip_until = 0  # end of the last date, whose second day or year must not count
    for match in _matches(text):
        if match.start() < skip_until:
            continue
        if match.re is _NUMBER_TOKEN:
            mention = _read_number(text, match)
        else:
            mention = _read_word(text, match)
        if mention is None:
            continue
        if mention is _DATE:
            skip_until = _DATE_TAIL.match(text, match.end()).end()
            continue
        follows_dash = mention.start > 0 and text[mention.start - 1] in _DASHES
        in_range = bool(mentions) and _is_range(text, mentions[-1], mention)
        if follows_dash and not in_range:
            continue  # part of an identifier ("c90000-20234545", "COVID-19") or a span of years
        scale = _SCALES[match["scale"].lower()] if match["scale"] else None
        if in_range:
            low = mentions[-1]
            if scales[-1] is None and low.text[-1:].isdigit() and low.unit in ("count", mention.unit):
                low = _rescale_low_end(low, scale or 1, mention.unit)
            elif low.unit == "count":  # "3 million to 5 million vehicles": both ends count vehicles
                low = replace(low, unit=mention.unit)
            if _is_transition(text, low):
                mentions[-1] = low  # "rose from 2 to 3 million": two stated values, not bounds
            else:
                mentions[-1] = replace(low, qualifier="at_least")
                mention = replace(mention, qualifier="at_most")
        elif mentions and _is_conversion(text, mentions[-1], mention):
            # "exceeding 350 billion yuan (US$54.2 billion)": the hedge covers both currencies.
            mention = replace(mention, qualifier=mentions[-1].qualifier, direction=mentions[-1].direction)
        mentions.append(mention)
        scales.append(scale)
    return mentions


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Number and spelled-number matches in order of position."""
    numbers = _NUMBER_TOKEN.finditer(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        words = list(_WORD_TOKEN.finditer(lowered))
    else:  # a few characters change length when lower-cased; keep offsets exact
        words = list(_WORD_TOKEN_ANY_CASE.finditer(text))
    if not words:
        return numbers
    return heapq.merge(numbers, words, key=lambda match: match.start())


def _read_word(text: str, match: re.Match[str]) -> Mention:
    start, end = match.span()
    scale = _SCALES[match["scale"].lower()] if match["scale"] else 1
    unit = _measure_unit(match["measure"]) if match["measure"] else None
    return _mention(text, start, end, Decimal(_spelled_value(match["word"].lower())), Decimal(1), scale, unit)


def _read_number(text: str, match: re.Match[str]) -> Mention | str | None:
    """The mention a number makes, _DATE for the day of a date, or None when it is not a claim."""
    number, scale_word, measure = match.group("num", "scale", "measure")
    if match["iso"]:
        return None
    start, end = match.span()
    prefix = _currency_prefix(text, start) if start and text[start - 1] in _PREFIX_ENDINGS else None
    negative = False
    if prefix:
        start -= len(prefix[0])
    elif start and text[start - 1] in "-\u2212" and (start == 1 or not text[start - 2].isalnum()):
        start -= 1  # a written minus sign: "-2.5 percent"
        negative = True
    if not (prefix or scale_word or measure or negative):
        # A plain number: it may be a year, the day of a date, a code or part of a name.
        if len(number) == 4 and _is_year(number) and _count_noun_after(text, end, max_words=1) is None:
            return None
        last_word = _last_word(text, start)
        if len(number) <= 2 and (last_word.rstrip(".") in _MONTH_NAMES or _MONTH_AFTER.match(text, end)):
            return _DATE
        if last_word.rstrip(".") in _NAME_WORDS or _is_name_version(last_word, number):
            return None
        if len(number) > 1 and number[0] == "0" and number[1] != ".":
            return None  # "021", "007": codes, not quantities
    digits = number.replace(",", "")
    value = -Decimal(digits) if negative else Decimal(digits)
    unit = _measure_unit(measure) if measure else (prefix[1] if prefix else None)
    scale = _SCALES[scale_word.lower()] if scale_word else 1
    return _mention(text, start, end, value, _step_of(digits), scale, unit)


def _mention(
    text: str, start: int, end: int, value: Decimal, step: Decimal = Decimal(1), scale: int = 1,
    unit: str | None = None,
) -> Mention:  # fmt: skip
    """A Mention with the unit, qualifier and direction read from the words around it."""
    has_space_before = start > 0 and text[start - 1].isspace()
    before_words = text[max(0, start - 48) : start].split()[-4:] if has_space_before else []
    qualifier, hedge_length = _hedge_before(before_words)
    if qualifier == "exact":
        after = _HEDGE_AFTER.match(text, end)
        if after:
            qualifier = after.lastgroup or "exact"
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        value=float(value * scale),
        unit=unit or _count_noun_after(text, end, _COUNT_NOUN_LOOKAHEAD) or "count",
        qualifier=qualifier,
        step=float(step * scale),
        direction=_direction(before_words[: len(before_words) - hedge_length], text, end),
    )


def _last_word(text: str, start: int) -> str:
    if not start or not text[start - 1].isspace():
        return ""
    words = text[max(0, start - 24) : start].split()
    return words[-1].lstrip(_PUNCTUATION) if words else ""


def _currency_prefix(text: str, start: int) -> tuple[str, str] | None:
    for prefix, unit in _PREFIXES_BY_LAST[text[start - 1]]:
        if start >= len(prefix) and text.startswith(prefix, start - len(prefix)):
            before = text[start - len(prefix) - 1 : start - len(prefix)]
            if not before or not before.isalnum():
                return prefix, unit
    return None


def _hedge_before(before_words: list[str]) -> tuple[str, int]:
    """The qualifier set by the words just before a number, and how many words the hedge took."""
    for length in (3, 2, 1):
        if len(before_words) >= length:
            phrase = " ".join(before_words[-length:]).lstrip(_PUNCTUATION).lower()
            if phrase in _HEDGE_WORDS:
                return _HEDGE_WORDS[phrase], length
    return "exact", 0


def _direction(before_words: list[str], text: str, end: int) -> str:
    words = [w.strip(_PUNCTUATION).lower() for w in before_words[-4:]]
    while words and words[-1] in _DIRECTION_LINKS:
        if words[-1] == "rate" and len(words) > 1 and words[-2] in ("growth", "decline"):
            break
        words.pop()
    if words:
        if words[-1] == "rate":
            words.pop()
        if words[-1] == "growth" and len(words) > 1 and words[-2] == "negative":
            return "down"
        if words[-1] in _DOWN_WORDS:
            return "down"
        if words[-1] in _UP_WORDS:
            return "up"
    after = _DIRECTION_AFTER.match(text, end)
    return (after.lastgroup or "") if after else ""


def _step_of(digits: str) -> Decimal:
    """Place value of the last stated digit; trailing zeros of an integer count as rounding."""
    if "." in digits:
        return Decimal(1).scaleb(-len(digits.split(".")[1]))
    stripped = digits.rstrip("0")
    if not stripped:
        return Decimal(1)
    return Decimal(1).scaleb(len(digits) - len(stripped))


def _spelled_value(word: str) -> int:
    tens, _, ones = word.partition("-")
    return _SPELLED[tens] + (_ONES[ones] if ones else 0)


def _measure_unit(measure: str) -> str:
    for pattern, unit in _MEASURE_RES:
        if pattern.match(measure):
            return unit
    raise AssertionError(f"measure {measure!r} matched the token pattern but no unit pattern")


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _is_name_version(last_word: str, digits: str) -> bool:
    # "Industry 4.0", "Web 3.0": a capitalised word then N.0 names a generation, not a quantity.
    return digits.endswith(".0") and last_word[:1].isupper()


def _count_noun_after(text: str, end: int, max_words: int) -> str | None:
    window = text[end : end + 80]
    clause_end = _CLAUSE_END.search(window)
    if clause_end:
        window = window[: clause_end.start()]
    for word in window.split(None, max_words)[:max_words]:
        word = word.strip(_PUNCTUATION + "-").lower()
        if word in _NOUN_PHRASE_ENDS:
            return None
        unit = _COUNT_NOUNS.get(word)
        if unit:
            return unit
    return None


def _is_range(text: str, low: Mention, high: Mention) -> bool:
    """"5 to 10 percent" is a range; "rose 28.4 percent to 7.31 million units" is a rise and the level reached.

    The two ends of a range measure the same thing, so a low end whose text marks a unit (a percent sign,
    a currency) other than the high end's is a movement, not a range.
    """
    if low.unit != high.unit and low.unit in _MARKED and not low.text[-1:].isdigit():
        return False
    between = text[low.end : high.start].strip()
    if between in ("to", "-", "\u2013", "\u2014"):
        return True
    if between == "and":
        return text[max(0, low.start - 12) : low.start].split()[-1:] in (["between"], ["Between"])
    return False


def _is_transition(text: str, low: Mention) -> bool:
    return text[max(0, low.start - 12) : low.start].split()[-1:] in (["from"], ["From"])


def _is_conversion(text: str, first: Mention, second: Mention) -> bool:
    return (
        first.unit in _CURRENCIES
        and second.unit in _CURRENCIES
        and second.qualifier == "exact"
        and text[first.end : second.start].strip() == "("
    )


def _rescale_low_end(low: Mention, scale: int, high_unit: str) -> Mention:
    """Give the low end of "5 to 10 million" the high end's scale and unit."""
    return replace(
        low,
        value=float(Decimal(str(low.value)) * scale),
        step=float(Decimal(str(low.step)) * scale),
        unit=high_unit,
    )


def write_mentions_csv(files: Iterable[Path], out: TextIO) -> int:
    """Write every mention of every file as CSV (`nevreport extract FILE...`); return the exit code."""
    articles = [(Path(f), read_article(Path(f))) for f in files]  # read all first: fail before any output
    writer = CsvRows(out)
    writer.writerow(MENTION_COLUMNS)
    for path, text in articles:
        for m in extract_mentions(text):
            writer.writerow(
                [path.name, m.start, m.end, m.text, as_written(m.value), m.unit, m.qualifier,
                 as_written(m.step)]
            )  # fmt: skip
    return 0
