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

from nevreport.common.numbers import as_written
from nevreport.common.tables import CsvRows
from nevreport.ingest.articles import read_article
from nevreport.ingest.tokens import (
    COUNT_NOUN_LOOKAHEAD,
    CURRENCIES,
    DASHES,
    DATE_TAIL,
    HEDGE_AFTER,
    MARKED,
    MONTH_AFTER,
    MONTH_WORDS,
    NAME_WORDS,
    NUMBER_TOKEN,
    PREFIX_ENDINGS,
    SCALES,
    WORD_TOKEN,
    WORD_TOKEN_ANY_CASE,
    count_noun_after,
    currency_prefix,
    direction_of,
    hedge_before,
    is_name_version,
    is_year,
    measure_unit,
    measured_unit_after,
    spelled_value,
    step_of,
    word_before,
)

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
    # A unit of measure written after a number read as a count ("36.9 GWh" -> "gwh"): the reading treats the
    # number as a count, and the figure's unit is this one (nevreport.common.vocabulary.MEASURED_UNITS).
    measured: str = ""

    @property
    def figure_unit(self) -> str:
        """The unit a figure of this number has: the unit of measure its text writes, else the unit read."""
        return self.measured or self.unit


_DATE = "date"  # what _read_number returns for the day of a date
# A year naming what follows: "China's 2025 NEV sales", "its 2024 vehicle exports", "2025 NEV wholesale sales",
# "- 2025 NEV Wholesales: 12.8 million" (a line of highlights).
_YEAR_BEFORE_MEASURE = re.compile(
    r"(?i)(?:\s+[\w-]+){1,2}?\s+(?:(?:whole)?sales|exports|production|output|deliveries|market|imports|target"
    r"|forecast|outlook|retail|registrations)\b")


def extract_mentions(text: str) -> list[Mention]:
    """Every numeric mention in `text`, in order of position. See the module docstring for the rules."""
    mentions: list[Mention] = []
    scales: list[int | None] = []  # the scale word's factor of each mention, None when it has none
    skip_until = 0  # end of the last date, whose second day or year must not count
    for match in _matches(text):
        if match.start() < skip_until:
            continue
        if match.re is NUMBER_TOKEN:
            mention = _read_number(text, match)
        else:
            mention = _read_word(text, match)
        if mention is None:
            continue
        if mention is _DATE:
            skip_until = DATE_TAIL.match(text, match.end()).end()
            continue
        follows_dash = mention.start > 0 and text[mention.start - 1] in DASHES
        in_range = bool(mentions) and _is_range(text, mentions[-1], mention)
        if follows_dash and not in_range:
            continue  # part of an identifier ("c90000-20234545", "COVID-19") or a span of years
        scale = SCALES[match["scale"].lower()] if match["scale"] else None
        if in_range:
            low = mentions[-1]
            if (scales[-1] is None and low.text[-1:].isdigit() and low.unit in ("count", mention.unit)
                    and low.value < 1000):  # "800,000 to 1 million" is whole already; "3 to 5 million" is not
                low = _rescale_low_end(low, scale or 1, mention.unit)
            elif low.unit == "count":  # "3 million to 5 million vehicles": both ends count vehicles
                low = replace(low, unit=mention.unit)
            elif (scales[-1] is None and low.text[-1:].isdigit() and mention.unit == "count" and scale
                  and low.unit not in ("count", "percent")):
                # "CNY 310-325 billion", "$43.1-45.2 billion": the currency written before the low end is both ends'
                low = _rescale_low_end(low, scale, low.unit)
                mention = replace(mention, unit=low.unit)
            if _is_transition(text, low):
                mentions[-1] = low  # "rose from 2 to 3 million": two stated values, not bounds
            else:
                mentions[-1] = replace(low, qualifier="at_least")
                mention = replace(mention, qualifier="at_most")
        elif len(mentions) > 1 and _range_across_conversion(text, mentions[-2], mentions[-1], mention):
            # "costing between RMB 160,000 (around $23,000) and RMB 245,000": the range's two ends, the conversion
            # of the low end between them
            mentions[-2] = replace(mentions[-2], qualifier="at_least")
            mention = replace(mention, qualifier="at_most")
        elif mentions and _is_conversion(text, mentions[-1], mention):
            # "exceeding 350 billion yuan (US$54.2 billion)": the hedge covers both currencies.
            mention = replace(mention, qualifier=mentions[-1].qualifier, direction=mentions[-1].direction)
        elif (mentions and mention.qualifier == "exact" and mentions[-1].qualifier == "at_least"
              and _PAIRED.fullmatch(text, mentions[-1].end, mention.start)
              and _PAIR_VERB.search(text, max(0, mentions[-1].start - 16), mentions[-1].start)):
            # "output and sales topped 12.1 million and 11.9 million": one verb bounds both
            mention = replace(mention, qualifier="at_least")
        if mention.measured:
            # "packs of 60, 80 or 95 kWh": the unit written after the last number of a list is each one's
            for index in _bare_run(text, mentions, scales, mention):
                mentions[index] = replace(mentions[index], measured=mention.measured)
        if mention.unit == "percent" and not in_range and mentions and _PAIRED_WITH.fullmatch(
                text, mentions[-1].end, mention.start):
            # "gains of 61.5 and 88.9 per cent in turn": the percent sign of the last is each one's
            # (not "an inventory coefficient of 1.21, 11.3% lower": a figure of its own before it)
            for index in _bare_run(text, mentions, scales, mention):
                if mentions[index].value >= 1000:
                    break
                mentions[index] = replace(mentions[index], unit="percent")
        mentions.append(mention)
        scales.append(scale)
    return mentions


_LISTED = re.compile(r",\s*|,?\s+and\s+|\s+or\s+")


def _bare_run(text: str, mentions: list[Mention], scales: list[int | None], mention: Mention) -> Iterator[int]:
    """The indices of the bare counts listed just before `mention` ("60, 80 or 95 kWh"), the nearest first."""
    for index in range(len(mentions) - 1, -1, -1):
        listed = mentions[index]
        after = mentions[index + 1] if index + 1 < len(mentions) else mention
        if (listed.unit != "count" or listed.measured or scales[index] is not None
                or not _LISTED.fullmatch(text, listed.end, after.start)):
            return
        yield index
_PAIRED_WITH = re.compile(r",?\s+and\s+")


_PAIRED = re.compile(r"(?:\s+(?:million|billion|thousand|units|vehicles))?\s+and\s+")
_PAIR_VERB = re.compile(r"(?i)\b(?:exceed(?:ed|s|ing)?|topp(?:ed|ing)|tops?|surpass(?:ed|es|ing)?)\s+$")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Number and spelled-number matches in order of position."""
    numbers = NUMBER_TOKEN.finditer(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        words = list(WORD_TOKEN.finditer(lowered))
    else:  # a few characters change length when lower-cased; keep offsets exact
        words = list(WORD_TOKEN_ANY_CASE.finditer(text))
    if not words:
        return numbers
    return heapq.merge(numbers, words, key=lambda match: match.start())


def _read_word(text: str, match: re.Match[str]) -> Mention:
    start, end = match.span()
    scale = SCALES[match["scale"].lower()] if match["scale"] else 1
    unit = "times" if match["fold"] else measure_unit(match["measure"]) if match["measure"] else None
    return _mention(text, start, end, Decimal(spelled_value(match["word"].lower())), Decimal(1), scale, unit)


# "2.58m units": millions of vehicles, written short; a length is said as one ("5m long", "a wheelbase of 2.9m")
_MILLIONS_OF_CARS = re.compile(r"\s+(?:units|vehicles|cars|EVs|NEVs|new[- ]energy\s+vehicles)\b")
_LENGTH_AFTER = re.compile(r"(?i)\s*(?:long|wide|tall|high|deep|in\s+(?:length|width|height|diameter)|wheelbase|away"
                           r"|above|below|square|2\b|\u00b2|x\b|\u00d7|by\b)")
_LENGTH_BEFORE = re.compile(r"(?i)\b(?:measur\w*|length|width|height|wheelbase|depth|radius|diameter|long|wide|tall"
                            r"|deep|metres?|meters?)\b[^.;]*$")


# what a sentence counts in millions of: "sales", "exports", "vehicles" ... before the number
_CARS_COUNTED = re.compile(r"(?i)\b(?:units|vehicles?|cars?|autos?|sales|sold|exports?|exported|production|produced"
                           r"|output|deliveries|delivered|NEVs?|EVs?)\b")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last full stop and space, or line break, before it; the
    text's start when there is neither."""
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)


def _read_number(text: str, match: re.Match[str]) -> Mention | str | None:
    """The mention a number makes, _DATE for the day of a date, or None when it is not a claim."""
    number, scale_word, measure = match.group("num", "scale", "measure")
    if match["iso"]:
        return None
    if scale_word == "m" and not (match.start() and text[match.start() - 1] in PREFIX_ENDINGS
                                  and currency_prefix(text, match.start())) and not (
            _MILLIONS_OF_CARS.match(text, match.end()) or (
                _CARS_COUNTED.search(text, _sentence_start(text, match.start()), match.start())
                and not _LENGTH_AFTER.match(text, match.end())
                and not _LENGTH_BEFORE.search(text, max(0, match.start() - 30), match.start()))):
        # "RMB21.5m" is 21.5 million yuan; a bare "5m" may be five meters, and is no figure read (but "2.58m units",
        # and after a count of cars in its sentence, "truck sales were 14% higher at 2.61m")
        return None
    start, end = match.span()
    prefix = currency_prefix(text, start) if start and text[start - 1] in PREFIX_ENDINGS else None
    negative = False
    if prefix:
        start -= len(prefix[0])
    elif start and text[start - 1] in "-\u2212" and (start == 1 or not (
            text[start - 2].isalnum() or text[start - 2] == "%")):  # (not the dash of a range "0%-3%")
        start -= 1  # a written minus sign: "-2.5 percent"
        negative = True
    if word_before(text, start).lower() == "top" and _ANOTHER_TOP.match(text, end):
        return None  # ("the Top 2, Top 4 and Top 8 makers came to ...": a leading group's size, not a figure)
    if not (prefix or scale_word or measure or negative):
        # A plain number: it may be a year, the day of a date, a code or part of a name.
        if len(number) == 4 and is_year(number) and (count_noun_after(text, end, max_words=1) is None
                                                     or _YEAR_BEFORE_MEASURE.match(text, end)):
            return None  # "in 2023", "China's 2025 NEV sales": a year
        last_word = word_before(text, start)
        if len(number) <= 2 and (last_word.rstrip(".") in MONTH_WORDS or MONTH_AFTER.match(text, end)):
            return _DATE
        # ("deliveries will top 50,000": "top" in a hedge of the vocabulary is a verb, its bound, not a rank)
        top_as_verb = last_word == "top" and hedge_before(text[max(0, start - 30) : start].split())[1] > 1
        if (last_word.rstrip(".") in NAME_WORDS and not (top_as_verb and text[end : end + 1] != "-")) or (
                is_name_version(last_word, number)):
            return None
        if len(number) > 1 and number[0] == "0" and number[1] != ".":
            return None  # "021", "007": codes, not quantities
        if last_word.lower() == "week" and len(number) <= 2:
            return None  # "week 26 of the year": the week's number
        if (start == 0 or text[start - 1] == "\n") and _NUMBERED_LINE.match(text, end):
            return None  # "1. Review of the market in May": the number of a section or of a list's line
    digits = re.sub(r"[,\s\u00a0\u202f]", "", number)  # "380,089", and "380 089" as some newsrooms group digits
    value = -Decimal(digits) if negative else Decimal(digits)
    unit = measure_unit(measure) if measure else (prefix[1] if prefix else None)
    scale = SCALES[scale_word.lower()] if scale_word else 1
    step = step_of(digits)
    if measure and (_BASIS_POINTS.fullmatch(measure) or _CENTS.fullmatch(measure)):
        value, step = value / 100, step / 100  # "70 bps", "19 cents": hundredths of a point, of a dollar
    return _mention(text, start, end, value, step, scale, unit)


_NUMBERED_LINE = re.compile(r"[.)][ \t]+[A-Z]")
_BASIS_POINTS = re.compile(r"(?i)bps|basis[-\s]+points?")
_CENTS = re.compile(r"(?i)(?:US\s+|U\.S\.\s+)?cents")


# "its deficit was as high as 2.8 billion yuan": a copula, then a level stated with emphasis
_STATED_AS_HIGH = re.compile(r"(?i)\b(?:was|were|is|are|stood)\s+as\s+(?:high|much|many)\s+as\s+(?:RMB\s*|US\$|\$)?$")
_ANOTHER_TOP = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+)top\s+\d")
# "a maximum subsidy of 9,000 yuan", "a minimum range of 400 km": a bound, as "up to" and "at least" are
_BOUND_OF = re.compile(r"(?i)\b(?P<bound>maximum|minimum)\s+(?:[a-z-]+\s+){0,2}of\s+(?:RMB\s+|US\$|\$|¥)?$")


def _mention(
    text: str, start: int, end: int, value: Decimal, step: Decimal = Decimal(1), scale: int = 1,
    unit: str | None = None,
) -> Mention:  # fmt: skip
    """A Mention with the unit, qualifier and direction read from the words around it."""
    has_space_before = start > 0 and text[start - 1].isspace()
    before_words = text[max(0, start - 48) : start].split()[-4:] if has_space_before else []
    qualifier, hedge_length = hedge_before(before_words)
    if qualifier == "at_most" and _STATED_AS_HIGH.search(text, max(0, start - 40), start):
        qualifier = "exact"  # "the ratio was as high as 64 percent": the level it stood at, not a ceiling
    if qualifier == "exact":
        after = HEDGE_AFTER.match(text, end)
        if after:
            qualifier = after.lastgroup or "exact"
        elif text[end : end + 1] == "+" and not text[end + 1 : end + 2].isdigit() or re.match(
                r"-plus\b", text[end : end + 6]):
            qualifier = "at_least"  # "1,300+ stations", "590,000+ chargers", "90-plus countries"
        elif bound := _BOUND_OF.search(text, max(0, start - 40), start):
            qualifier = "at_most" if bound["bound"].lower() == "maximum" else "at_least"
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        value=float(value * scale),
        unit=unit or count_noun_after(text, end, COUNT_NOUN_LOOKAHEAD) or "count",
        qualifier=qualifier,
        step=float(step * scale),
        direction=direction_of(before_words[: len(before_words) - hedge_length], text, end),
        measured="" if unit else measured_unit_after(text, end) or "",
    )

def mentions_in(text: str, start: int, end: int) -> list[Mention]:
    """The mentions of text[start:end], at their places in the whole text."""
    return [replace(m, start=start + m.start, end=start + m.end) for m in extract_mentions(text[start:end])]


def _is_range(text: str, low: Mention, high: Mention) -> bool:
    """"5 to 10 percent" is a range; "rose 28.4 percent to 7.31 million units" is a rise and the level reached.

    The two ends of a range measure the same thing, so a low end whose text marks a unit (a percent sign,
    a currency) other than the high end's is a movement, not a range.
    """
    if low.unit != high.unit and low.unit in MARKED and not low.text[-1:].isdigit():
        return False
    between = text[low.end : high.start].strip()
    if between in ("to", "-", "\u2013", "\u2014"):
        return True
    if between == "and":
        return text[max(0, low.start - 12) : low.start].split()[-1:] in (["between"], ["Between"])
    return False


# "... (about $23,000)": what opens a sum converted in brackets, the text between the two stripped and a space added
CONVERSION_OPENS = re.compile(r"(?i)\(\s*(?:(?:about|around|approximately|roughly|some|nearly)\s+)?")


def _range_across_conversion(text: str, low: Mention, converted: Mention, high: Mention) -> bool:
    """"between RMB 160,000 (around $23,000) and RMB 245,000": a range whose low end is converted in brackets."""
    opened = text[low.end : converted.start].strip() + " "
    if not (low.unit in CURRENCIES and converted.unit in CURRENCIES and low.unit == high.unit
            and CONVERSION_OPENS.fullmatch(opened)):
        return False
    between = text[converted.end : high.start].strip()
    if between in (")", ""):
        return False
    joined = between.lstrip(")").strip()
    if joined in ("to", "-", "\u2013"):
        return not _is_transition(text, low)
    return joined == "and" and text[max(0, low.start - 12) : low.start].split()[-1:] in (["between"], ["Between"])


def _is_transition(text: str, low: Mention) -> bool:
    """"rose from 2 to 3 million": two stated values; "a subsidy ranging from CNY63,000 to CNY108,000" and "anywhere
    from 600,000 to 900,000" are ranges."""
    words = text[max(0, low.start - 24) : low.start].split()[-2:]
    return words[-1:] in (["from"], ["From"]) and words[:1] not in (["ranging"], ["ranges"], ["range"], ["varying"],
                                                                    ["anywhere"])


def _is_conversion(text: str, first: Mention, second: Mention) -> bool:
    return (
        first.unit in CURRENCIES
        and second.unit in CURRENCIES
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
