"""Sentences and clauses: where a number stands in its article, whether it is a claim at all, and its status.

A sentence is cut into clauses at commas, semicolons, dashes, at "while", "whereas", "but" and at "as" before a
measure that changed ("... as production jumped 60 percent"); the other readers
(nevreport.ingest.periods, .entities, .metrics) read each field from the number's own clause first, then the
clauses around it, the sentence and the sentences before it. A number that only measures a span of time ("the
final two months"; a record "for three consecutive years" is a claim), a rank ("the top three"), is part of a
short quoted name ('"5+2" and "7x24 hours" services'), counts the names listed after it ("the three markets -
the EU, ...") or states a level of no period ("some 2 million units in earlier years") is not a claim. The
status is forecast or target by the words of the number's clause, else of the clauses before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nevreport.common.dates import MONTH_NAMES
from nevreport.common.vocabulary import MARKED_UNITS
from nevreport.ingest.extract import Mention, mentions_in
from nevreport.ingest.tokens import CHANGE_NOUNS, HEDGE_BEFORE

# --- sentences and clauses ----------------------------------------------------------------------------------

# (a page that lost the spaces between its sentences: "a busy year.Its rivals gained")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?(?=\s|$)|\n|(?<=[a-z)\d%])\.(?=[A-Z](?:[a-z]+|[A-Z]+)?\s)")
_ABBREVIATIONS = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Prof No Nos Co Corp Inc Ltd St Ave vs etc"
    " approx e.g i.e U.S U.K".split()
)
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# A date or a dateline before the first sentence ("2024-10-31 ...", "BEIJING, Nov. 11 (Xinhua) -- ").
_LEADING_DATE = re.compile(
    r"\s*(?:date\s+)?\d{4}-\d\d-\d\d\s+"
    rf"|\s*[A-Z][A-Z .'\u2019-]+,\s+(?:{_MONTH_ABBREVIATIONS}|[A-Z][a-z]+)\.?\s+\d\d?\s+\([^)]{{1,40}}\)\s+"
    r"(?:--|\u2014|\u2013)\s+"
    r"|\s*[A-Z][A-Z .'-]+\s+--\s+"
    # "BEIJING: ...", "BEIJING/SHANGHAI: ...", "HEFEI - ...", "SHANGHAI (Reuters) - ...", "BEIJING (dpa-AFX) - ..."
    r"|\s*[A-Z]{3,}(?:[ /-][A-Z]{3,})*(?:\s+\([^)]{1,30}\))?(?::|\s+[-\u2013\u2014])\s+"
    # "Beijing (Gasgoo)- Anhui province ...": a city in title case, the newsroom in brackets, then a dash
    r"|\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\([A-Z][\w .&-]{1,30}\)\s*[-\u2013\u2014]+\s+"
)
# A first line that is a whole sentence (a dozen words or more, ending in a full stop) is a lead, not a headline.
_IS_SENTENCE = re.compile(r"^(?:\S+\s+){11,}\S+[.!?][\"\u201d]?\s*$")
# "with NEV sales rising about 19 percent and exports climbing 12 percent": "and" before a noun and a
# participle with its number opens a clause of its own.
# "NEV sales surged 42 percent to 260,000 as production jumped 40 percent": "as" before a measure that changed opens
# a clause of its own (not "such as", "known as"), however long the name of what changed ("as purchases of pure
# electric and plug-in hybrid cars more than doubled")
AS_CLAUSE = (r"(?<!\bsuch)(?<!\bknown)(?<!\bwell)(?<!\bsame) (?=as\s+(?:(?!as\b)[A-Za-z-]+\s+){1,8}(?:more\s+than\s+)?"
             r"(?:rose|jumped|fell|grew|surged|climbed|increased|decreased|dropped|declined|soared|slid|slipped|gained"
             r"|expanded|edged|doubled|tripled|plunged|slumped|tumbled)\b)")
CLAUSE_BREAK = re.compile(
    # (not "and" inside a list of kinds: "BEV and PHEV shipments climbing 40%")
    r"[,;:\u2014] | (?=(?:while|whereas|but) )"
    r"|(?<!\bEV)(?<!\bEVs)(?<!\bNEV)(?<!\bNEVs)(?<!\bBEV)(?<!\bBEVs)(?<!\bPHEV)(?<!\bPHEVs)"
    r" (?=and\s+(?:[A-Za-z-]+\s+){1,3}(?:rising|increasing|growing"
    r"|falling|declining|dropping|decreasing|surging|jumping|climbing|soaring|up|down)\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?\d)"
    # ("Zeta's output topped 210,000 cars and the group is set to beat its goal": a new subject, a clause of its own)
    r"| (?=and\s+(?:(?:the|its|their)\s+(?:company|carmaker|automaker|firm|group|maker|brand)|it|they)\s+(?:is|was|are"
    r"|were|has|have|had|will|expects?|aims?|plans?|said|says)\b)"
    # ("car sales may add 2 percent to 21 million and of buses 4 percent": the measure said again, of
    # another kind)
    r"| (?=and\s+of\s+(?:[A-Za-z-]+\s+){1,3}(?:about\s+|nearly\s+|some\s+)?\d)|" + AS_CLAUSE)
_SHORT_CLAUSE = 60
# a listed company's exchange and code in brackets: "(SHE: 300750)", "(HKG: 1211, OTCMKTS: BYDDY)"
_STOCK_CODES = re.compile(r"\((?:[A-Z]{2,8}\s*:\s*[\w.]+(?:,\s*|;\s*)?)+\)")


@dataclass(frozen=True)
class Spans:
    """Where a mention stands: its sentence, its own clause and the quote (the clause widened to read alone)."""

    sentence: tuple[int, int]
    clause: tuple[int, int]
    quote: tuple[int, int]


def sentence_bounds(text: str, first: int, last: int) -> tuple[int, int]:
    """Where the sentence holding text[first:last] starts and ends (its full stop left out; "Nov. 11" and
    "U.S." end none)."""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, first):
        if _ends_sentence(text, match.start()):
            start = match.end()
    end = len(text)
    for match in _SENTENCE_END.finditer(text, last):
        if _ends_sentence(text, match.start()):
            end = match.start() + (1 if text[match.start()] in "!?" else 0)
            break
    return start, end


def spans_around(text: str, mention: Mention) -> Spans:
    """The sentence, clause and quote holding the mention (a long sentence is cut at commas)."""
    start, end = sentence_bounds(text, mention.start, mention.end)
    leading_date = _LEADING_DATE.match(text, start)
    if leading_date and leading_date.end() <= mention.start:
        start = leading_date.end()
    codes = [m.span() for m in _STOCK_CODES.finditer(text, start, end)]  # ("Zeta (SZ: 300999) at 41 percent")
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text, start, end)
              if not any(a < m.start() < b for a, b in codes)]
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
    same = text.rfind(mention.text, clause_start, mention.start)
    if same >= 0:
        # ("over 5 percent in Wuxi and Hefei, and 5 percent in Xiamen": a quote whose first "5 percent" is
        # another's would say another hedge; it starts after that one, at a clause's start where there is one)
        clause_start = min([b for a, b in breaks if same + len(mention.text) <= b <= mention.start],
                           default=same + len(mention.text))
    return Spans(_trimmed(text, start, end), clause, _trimmed(text, clause_start, clause_end))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in ' \t\r\n"\u201c':
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


def _ends_sentence(text: str, stop: int) -> bool:
    if text[stop] == "\n":
        # "... were exported from January to\n\nJune this year": a line a stored page broke
        # mid-sentence, after a word no sentence ends on, goes on in the next paragraph
        return not _DANGLING.search(text, max(0, stop - 12), stop)
    if text[stop] != ".":
        return True
    word = text[max(0, stop - 12) : stop].rsplit(None, 1)[-1:]
    if word and word[0].lower() in ("a.m", "p.m") and re.match(r"\s+[a-z]", text[stop + 1 : stop + 3]):
        return False  # "as of 2.15 p.m. local time": the time's stop, in mid-sentence
    # "Nov. 5", "U.S. exports", "William L. Li": a full stop after an abbreviation or an initial.
    return not word or not (word[0] in _ABBREVIATIONS or (len(word[0]) == 1 and word[0].isupper()))


_DANGLING = re.compile(r"\b(?:to|from|of|and|the|in|a|an|for|with|by|between)\n*$")


def _paragraph_start(text: str, position: int) -> int:
    found = text.rfind("\n\n", 0, position)
    return 0 if found < 0 else found + 2


def body_start(text: str) -> int:
    """Where the body begins: after the headline and a standfirst, at the paragraph opening with a dateline."""
    opening = _LEADING_DATE.match(text)
    if opening and opening.end() > 3 and _IS_SENTENCE.search(text, 0, max(text.find("\n"), 0)):
        return 0  # "SHENZHEN - Carmaker ZTM saw ...": no headline, the lead opens the text (a later
        # paragraph's "ZTM -- which sells cars in 40 countries" is no dateline)
    for match in re.finditer(r"(?:^|\n\n)", text):
        begin = match.end()
        dateline = _LEADING_DATE.match(text, begin)
        if begin and dateline and dateline.end() > begin + 3:
            return begin
    bullets = _LEADING_BULLETS.match(text)
    if bullets:  # "- From August 1 to 10, retail sales totaled 452,000 units": a standfirst of bullet points
        return bullets.end()
    first = text.find("\n")
    if first < 0 or _IS_SENTENCE.search(text[:first]) and not _restated_below(text, first):
        return 0  # no headline: the article opens with its lead paragraph
    return first + 1


_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def _restated_below(text: str, first: int) -> bool:
    """Whether the paragraph after the first line states again every number of it: a headline written as a
    sentence ("Association: 1.2 million cars were sold in May, down 3.1%." over "... sold 1.2 million cars in
    May, a decrease of 3.1% ...")."""
    numbers = {n.rstrip(".,") for n in _DIGITS.findall(text, 0, first)}
    if not numbers or text[first : first + 2] != "\n\n":
        return False
    end = text.find("\n", first + 2)
    below = {n.rstrip(".,") for n in _DIGITS.findall(text, first + 2, end if end > 0 else len(text))}
    return numbers <= below


_LEADING_BULLETS = re.compile(r"(?:[^\n]*\n\s*)?(?:[ \t]*[-\u2022*]\s+[^\n]+\n)+\s*")


LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # what joins the items of a list: ", ", " and ", ", and "
# A relative clause set off by commas: ", which is backed by Zeta Group,"
WHICH_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,.;]*,")


def joined_run(text: str, numbers: list[Mention], this: Mention, join: re.Pattern[str] = LIST_JOIN) -> list[Mention]:
    """The numbers of `numbers` (in order) joined by commas or "and" (or what `join` matches) around `this`, `this`
    among them."""
    at = numbers.index(this)
    first = last = at
    while first > 0 and join.fullmatch(text, numbers[first - 1].end, numbers[first].start):
        first -= 1
    while last + 1 < len(numbers) and join.fullmatch(text, numbers[last].end, numbers[last + 1].start):
        last += 1
    return numbers[first : last + 1]


def earlier_sentences(text: str, sentence_start: int, across_paragraphs: bool = False) -> list[tuple[int, int]]:
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
    r"(?i)\s*(?:and\s+a\s+half\s+)?(?:consecutive\s+|straight\s+|full\s+)?(?:-\s*)?(?:years?|months?|quarters?|weeks?"
    r"|days?|hours?|minutes?|decades?|sessions|editions)\b"
)
# a person's age told in commas after a name or a role: "Its founder, 52, said", "Chen Li, 49, a driver"
_AGE_BESIDE_NAME = re.compile(r"(?:\b(?:CEO|chairman|chairwoman|founder|president|chief|executive|director|official"
                              r"|analyst|minister|driver|resident|owner|buyer|engineer|manager|worker)"
                              r"|\b[A-Z][a-z]+\s+[A-Z][a-z]+),\s+$")
_SPAN_BEFORE = re.compile(
    r"(?i)\b(?:first|1st|past|last|final|remaining|next|following|previous|recent|coming|over|for|within|in|the"
    r"|additional|another|extra|only|just|took|needed|every|spanning|spans|spanned|lasted|lasting)\s+"
    r"(?:[\w-]+\s+to\s+)?$")
# ("took just two years to list", "over the next three to 5 years", "every two years", "a history spanning 160 years")
# "four years after the first vehicle came off the line", "two years ago": says when, counts nothing
_WHEN_AFTER = re.compile(r"(?i)\s+(?:after|ago|later|earlier|before)\b")
# how long something went on: "has lasted almost two years", "dragged on for about three years"
_LASTED_BEFORE = re.compile(r"(?i)\b(?:lasted|lasting|lasts|dragged\s+on|gone\s+on|run|ran|raged)\s+(?:for\s+)?"
                            r"(?:nearly|almost|about|around|over|more\s+than|some|roughly)\s+$")
# "for three consecutive years" as a record held is a figure; "in the first three quarters" is a span.
_STREAK = re.compile(r"(?i)\s*(?:consecutive|straight|successive)\s")
_MAKING_BEFORE = re.compile(r"(?i)\b(?:produc|mak|build|assembl|manufactur|roll|charg)\w*\b")
# "the two emerging markets – Brazil and Mexico": counts the names after it.
_COUNT_OF_NAMED = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s*[\u2013\u2014:-]\s+(?:the\s+)?[A-Z]")
_SPELLED_AFTER_THE = re.compile(r"(?i)\bthe\s+$")
# "the four brands: A, B, C and D", "five parks, namely ...": a small count of the names listed after it
_NAMES_AFTER = re.compile(r"(?:\s+[\w-]+){1,6}?(?:\s*[\u2013\u2014:]|\s+-|,?\s+(?:say|namely|including|such\s+as))"
                          r"\s+(?:the\s+)?(?=[A-Z])")
# "against two in 2024 (Zeta and Lumen)": a small count of the names in the brackets after it
_NAMES_IN_BRACKETS = re.compile(r"(?:\s+[\w-]+){0,3}\s*\((?P<names>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*"
                                r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)+)\)")
# "among the three makers", "these two rivals": a count of the ones named before
_NAMED_BEFORE = re.compile(r"(?i)\b(?:these|those|among\s+the|both\s+the)\s+$")
# "The two companies will pool ...", "the three brands make up": the ones the text named before
_THE_GROUP = re.compile(r"(?i)\s+(?:[A-Z][a-z]+\s+)?(?:companies|firms|brands|automakers|carmakers|makers|sides"
                        r"|partners|rivals|parties|giants|startups|groups|countries|nations)\b")  # ("the two Chinese
# companies")
# "its two younger brands, Orion and Lumen", "the two busiest Chinese makes in Europe, Zeta and Harbour": the names
# after it
_NAMES_AFTER_COMMA = re.compile(
    r"(?:\s+[\w-]+){1,6}?,\s+(?:the\s+)?(?P<names>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*"
    r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)+)(?=\s*[,.;)]|\s+(?:are|were|have|had"
    r"|will|is|was|also|to|operate|operating)\b)")
# "beating its two rivals", "all three companies rose": the ones the text named before
_ITS_GROUP_BEFORE = re.compile(r"(?i)\b(?:its|their|all(?:\s+the)?)\s+$")
_PEERS = re.compile(r"(?i)\s+(?:rivals|peers|competitors|companies|carmakers|automakers|startups|makers)\b")
# "listed four main tasks: to build ...": the count of the items the colon lists
_COLON_LIST_AFTER = re.compile(r"(?i)\s+(?:[a-z-]+\s+){0,3}[a-z-]+\s*:\s")
# "in four lines — sedans, SUVs, vans and pickups": the items a dash lists
_DASH_LIST_AFTER = re.compile(r"(?i)\s+(?:[a-z-]+\s+){0,3}[a-z-]+\s*(?:\u2014|\u2013|--)\s*[^,.;]{1,40},\s+"
                              r"[^.;]{1,60}?\band\b")
# "A, B, C and D are the four ...": the names just before it
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_LIST_BEFORE = re.compile(rf"((?:{_NAME},\s+)+{_NAME}|(?:{_NAME},\s+)*{_NAME},?\s+and\s+{_NAME})"
                          r"\s+(?:are|were)\s+the\s+$")
# "fuel cars of 1.6 liters or less", "engines of 1.5-liter or smaller size": the bound of a rule
_ENGINE_SIZE_OR_LESS = re.compile(r"(?i)[- ]?(?:liters?|litres?|L)\b\s+or\s+(?:smaller|less|below|under|more|above"
                                  r"|larger)\b")
# "64 cities have reached the threshold of 1 million cars": the bar, not a figure
_THRESHOLD_OF = re.compile(r"(?i)\bthresholds?\s+of\s+(?:more\s+than\s+|over\s+)?$")
# "cities with more than 1 million cars", "makers, each with annual revenue of at least 20 million yuan",
# "12 cities had over 2 million cars": the bar that decides what is counted, not a figure
_THRESHOLD_BEFORE = re.compile(
    # (not "hold the top two positions with shares of more than 41% and 21%": their shares)
    r"(?:\b[a-z]+s\s+(?:in\s+[A-Z][\w-]*\s+)?(?:each\s+)?with\s+(?!(?:a\s+)?(?:market\s+)?shares?\s+of\b)"
    r"(?:[\w-]+\s+){0,6}?|\beach\s+with\s+(?:[\w-]+\s+){0,6}?"
    r"|(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[a-z]+s|them)\s+(?:\w+\s+){0,3}?(?:had|have|with|owned|owning|boasted|boasts?)\s+)"
    r"(?:more\s+than|over|at\s+least|above|exceeding)\s+$"
    # "Purchasers of cars priced at over CNY120,000 (USD16,400)": the price bar a rule sets
    r"|\b(?:cars|vehicles|models|autos)\s+(?:\w+\s+)?(?:priced|costing|valued)\s+(?:at\s+)?(?:over|above|more\s+than"
    r"|at\s+least|below|under|less\s+than)\s+(?:(?:CNY|RMB|USD|US)?[\d.,]+\s*(?:yuan)?\s*\(\s*)?$")
# "one out of every four cars", "for every 10 NEVs": the whole of a ratio; the ratio is the figure
_RATIO_WHOLE_BEFORE = re.compile(r"(?i)\b(?:(?:out\s+)?of|in|for)\s+every\s+$|\bone\s+(?:in|out\s+of)\s+$")
# ("one in five BEV registrations")
_PEOPLE_AFTER = re.compile(r"(?i)\s+(?:people|residents|inhabitants|persons)\b")
# "12.9 kWh per 100 km", "5.1 l per 100 km": the distance a consumption is measured over
_PER_DISTANCE = re.compile(r"(?i)(?:\bper|/)\s*$")
_DISTANCE_AFTER = re.compile(r"(?i)\s*(?:km|kilomet(?:er|re)s?|miles?)\b")
# "(Zeta, 300999.SZ)", "(SZ:002999)": a listed company's code; "36\u00b0C": a temperature
_CODE_SUFFIX = re.compile(r"\.(?:SZ|SH|SS|HK|BJ|KS|KQ|T|TW)\b")
_CODE_PREFIX = re.compile(r"\b(?:SZ|SH|SS|HK|BJ|SHA|SHE|HKG|HKEX|SEHK|SZSE|SSE):\s*\Z")
_TEMPERATURE = re.compile(r"\s*(?:\u00b0\s*[CF]\b|degrees?\s+(?:Celsius|centigrade|Fahrenheit))")
_SMALL_COUNT = 12
# "..., above 25,000 for the third straight month": a bar a figure stated before it keeps passing
_BAR_KEPT = re.compile(r"(?i)(?:\s+(?:units|vehicles|cars))?\s+for\s+(?:the\s+)?(?:[a-z]+|\d+(?:st|nd|rd|th)?)\s+"
                       r"(?:consecutive|straight|successive|running)\s+(?:months?|years?|quarters?|weeks?)\b")
# "its sixth consecutive month of handing over more than 20,000", "a fourth straight month above 6 percent"
_BAR_KEPT_BEFORE = re.compile(r"(?i)\b(?:consecutive|straight|successive|running)\s+(?:months?|weeks?|quarters?|years?)"
                              r"\b[^.;\d]{0,50}?\b(?P<bar>above|below|over|under|more\s+than|less\s+than|exceeding"
                              r"|topping|surpassing)\s+$")
_FIRST_TIME_AFTER = re.compile(r"(?i)(?:\s+(?:units|vehicles|cars))?\s+for\s+the\s+first\s+time\b")
_FIRST_TIME_PASSED = re.compile(r"(?i)\bfirst\s+time\b[^.;\d]{0,60}?\b(?:exceed(?:ed|ing|s)?|top(?:ped|ping|s)?"
                                r"|surpass(?:ed|ing|es)?|pass(?:ed|es)?|cross(?:ed|es)?|broke|went\s+above)\s+$")
_PASSED_BEFORE = re.compile(r"(?i)\b(?:exceed(?:ed|ing|s)?|top(?:ped|ping|s)?|surpass(?:ed|ing|es)?|above|over"
                            r"|more\s+than|staying\s+above|remain(?:ed|ing)?\s+above)\s+$")
_RECORD_SINCE = re.compile(r"(?i)\b(?:largest|biggest|highest|lowest|weakest|strongest|fastest|slowest|best|worst"
                           r"|steepest|sharpest|first\s+time)\b[^.;]{0,50}?\bin\s+(?:nearly|almost|over|more\s+than"
                           r"|about|some|around|at\s+least)?\s*$")
_NUMBERED = r"(?:stations|stores|units|vehicles|cars|plants|chargers|piles|items|seats)"
_NUMBERED_BEFORE = re.compile(rf"(?i)\b{_NUMBERED}\s+$")
_NUMBERED_AFTER = re.compile(r"\s*(?:to|through|-|\u2013)\s*\d[\d,]*\b")
_NUMBERED_RANGE_END = re.compile(rf"(?i)\b{_NUMBERED}\s+\d[\d,]*\s*(?:to|through|-|\u2013)\s*$")
# a figure before a streak in its sentence: a number written in digits, or a doubling
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*(?!\d)(?!\s*(?:st|nd|rd|th)\b)|\b(?:doubled|tripled|trebled)\b")
# "($1 = RMB 7.2896)", "(1 USD = 7.1 yuan)": the rate the article converts at
_EXCHANGE_RATE = re.compile(r"(?i)(?:US)?\$\s?1\s*=\s*(?:RMB|CNY|yuan)?\s*\d[\d.]*(?:\s*yuan)?"
                            r"|\b1\s+(?:USD|U\.S\.\s+dollars?|dollars?)\s*=\s*(?:RMB|CNY)?\s*\d[\d.]*")
# "against some 2 million units in earlier years": a level of no period, not a figure.
_NO_PERIOD_AFTER = re.compile(
    r"(?:\s+[a-zA-Z-]+){0,2}\s+in\s+(?:the\s+)?(?:previous|past|earlier|prior|recent)\s+years\b")


_ORDINAL_AFTER = re.compile(r"[-\s]?(?:millionth|thousandth|billionth|hundredth)\b")
# "most sales fell in the 120,000 yuan ($16,500) to 180,000 yuan range": the bounds of a band of prices or sizes
_BAND = re.compile(r"(?i)\b(?:in|within)\s+the\s+"
                   r"(?P<low>[\d.,]+(?:\s+(?:million|thousand))?(?:\s+yuan)?(?:\s*\([^)]{1,30}\))?)"
                   r"\s*(?:-|\u2013|to)\s*(?P<high>[\d.,]+(?:\s+(?:million|thousand))?(?:\s+yuan)?)\s+"
                   r"(?:price\s+)?(?:range|segment|bracket|band|class)\b")
# "the best seller in the 400,000-yuan (55,000 U.S. dollars) price range", "aimed at the under CNY120,000 (USD16,500)
# market": the one bound of a band of prices
_PRICE_BOUND = re.compile(r"(?i)\bthe\s+(?:(?:under|sub|below|above|over)[\s-]+)?"
                          r"(?P<one>(?:(?:CNY|RMB|USD|US\$|\$|\u00a5)\s?[\d.,]+(?:\s+(?:million|thousand))?"
                          r"|[\d.,]+(?:\s+(?:million|thousand))?[\s-]+yuan)(?:\s*\([^)]{1,30}\))?)[\s-]+"
                          r"(?:price\s+)?(?:market|range|segment|bracket|band|class|category)\b")
# "Hatchbacks priced between CNY60,000 and CNY90,000 (USD8,300 and USD12,400)", "models priced above 300,000 yuan
# ($27,850)": the bounds of the prices that decide what is counted
_MONEY = (r"(?:(?:CNY|RMB|USD|US\$|\$|\u00a5)\s?[\d.,]+(?:\s+(?:million|thousand))?"
          r"|[\d.,]+(?:\s+(?:million|thousand))?[\s-]+yuan)")
_PRICED_BAND = re.compile(rf"(?i)\bpriced\s+(?:between|above|below|under|over|from|at\s+(?:least|most))\s+"
                          rf"(?P<one>{_MONEY}(?:\s*\([^)]{{1,40}}\))?(?:\s+(?:and|to)\s+{_MONEY}"
                          rf"(?:\s*\([^)]{{1,40}}\))?)?)")
# "the top seller of the luxury segment above 600,000 yuan (83,500 USD)": the bound a segment is named by
_SEGMENT_BOUND = re.compile(rf"(?i)\b(?:segment|category|market|class|bracket|range)\s+(?:priced\s+)?"
                            rf"(?:above|below|under|over|of\s+more\s+than|of\s+less\s+than)\s+"
                            rf"(?P<one>{_MONEY}(?:\s*\([^)]{{1,40}}\))?)")
# "in the CNY60,000 to CNY90,000 range": both bounds, each with its currency
_PRICE_RANGE = re.compile(rf"(?i)\b(?:in|within)\s+the\s+(?P<one>{_MONEY}\s*(?:-|\u2013|to)\s*{_MONEY})\s+"
                          rf"(?:price\s+)?(?:range|segment|bracket|band|class)\b")
RANK_BEFORE = re.compile(r"(?i)\bthe\s+(?:top|first|last|biggest|largest|leading)\s+$"
                          # "the top two, four, and eight makers": the ranks listed after the first
                          r"|\btop\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)(?:\s*,\s*(?:and\s+)?"
                          r"|\s+and\s+))+$"
                          # "the top four and top eight came to ...", "the top eight's share"
                          r"|\b(?:and|or|while|with|the)\s+top\s+$"
                          r"|\b(?:rank(?:ed|s)?|No\.)\s*$")  # "moving to Rank 41", "ranked No. 3"
# "the MG 6 sedan", "a Model 3": a digit that is part of a model's name
_MODEL_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{2,3}|Model|Han|Tang|Song|Qin)\s$")
# "the Sealion 7", "the Shark 6 ute", "the Jaecoo 7": a model family's name and its number
_MODEL_FAMILY_BEFORE = re.compile(r"(?<![\w-])(?:Seal|Sealion|Dolphin|Atto|Shark|Tiggo|Arrizo|Jaecoo|Omoda|Jolion|Tank"
                                  r"|Leopard|Galaxy|Xingyue|Emgrand|Yuan|Aion|Zeekr|Haval|Deepal|Avatr|Onvo|Luxeed"
                                  r"|Stelato|Maextro|Aito|Xpeng|XPeng|Voyah|Lynk\s&\sCo|Seres"
                                  # ("the ARRIZO 5 and TIGGO 4 lead", "a SERES 7": names in capitals)
                                  r"|SEAL|SEALION|DOLPHIN|ATTO|SHARK|TIGGO|ARRIZO|JAECOO|OMODA|JOLION|LEOPARD|GALAXY"
                                  r"|EMGRAND|AION|ZEEKR|HAVAL|DEEPAL|AVATR|ONVO|LUXEED|AITO|VOYAH|SERES)\s$")
# "the MG 6 sold 3 units": a unit after the digit makes it a count, not part of a name
_UNIT_WORD_AFTER = re.compile(r"\s*(?:percent|%|per\s+cent|units|vehicles|cars|million|thousand)")
# "the crossover SUV Lumo 3", "its sports utility vehicle LUMO 3": a kind of car, then the model's name and number
_KIND_THEN_NAME = re.compile(r"\b(?:SUV|sedan|crossover|hatchback|MPV|pickup|vehicle|car|EV)\s+[A-Z][A-Za-z]+\s$")


# "the Tiggo 8 Pro", "a Song 5 Plus": a name, a digit and a trim word
# (the name not opening its sentence: "Around 5 EV makers" is no model)
# Title-case words before a number that name no model: months, and words for a stage or a rank
_NOT_MODEL_WORDS = ("January|February|March|April|May|June|July|August|September|October|November|December|Phase"
                    "|Group|Top|No|Level|Class|Grade|Stage|Round|Line|Hall")
_NAME_WORD_BEFORE = re.compile(rf"(?:\b[a-z]+|\d[\d,.]*|,)\s(?!(?:{_NOT_MODEL_WORDS})\s)[A-Z][a-z]+\s$")
_MODEL_SUFFIX = re.compile(r"\s+(?:Pro|Plus|Max|Ultra|DM-?i)\b")
# "its SUV model Baojun 330", "the Baojun 310, a smaller SUV": a name in title case and its number
_NAMED_MODEL_BEFORE = re.compile(rf"(?:\bmodels?\s+|\b[Tt]he\s+)(?!(?:{_NOT_MODEL_WORDS}|First|Last|Next|Past)\s)"
                                 r"[A-Z][a-z]+\s$")


# "said Wulandari, 37, who runs a bakery", "Zhou Min, 52, a taxi driver": a person's age between commas
_PERSON_BEFORE = re.compile(r"\b(?:said|says|told|added|like|for)?\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s$")
_AGE_AFTER = re.compile(r",\s+(?:who|a|an|the|whose)\b")
# "crossed the 50,000 mark": a round threshold crossed, not a figure of its own
_MARK_AFTER = re.compile(r"(?i)(?:[- ]units?)?(?:\s+[a-z-]+){0,2}\s+(?:mark|milestone|threshold)\b")
# "following three months under its typical 25,000-unit range": what is usual, no period's figure
_USUAL_BEFORE = re.compile(r"(?i)\b(?:its|their|the)\s+(?:typical|usual|normal|customary)\s+$")
_USUAL_AFTER = re.compile(r"(?i)(?:[- ](?:units?|vehicles?|cars?))?\s+(?:range|level|pace|band)\b")


def _passed_by(text: str, mention: Mention, start: int, end: int, below: bool = False) -> bool:
    """Whether text[start:end] states an exact figure of the bar's kind that passes it (is at least the bar, or at
    most it for a bar told with "below")."""
    return any(m.start != mention.start and (m.unit == mention.unit or {m.unit, mention.unit} <= {"vehicles", "count"})
               and m.qualifier == "exact" and (m.value <= mention.value if below else m.value >= mention.value)
               for m in mentions_in(text, start, end))


_FOR_EVERY = re.compile(r"(?i)\b(?:for|with)\s+(?:each|every)\s+(?:additional\s+|extra\s+)?"
                        r"(?:\S*\d[\d,.]*\s*[^\W\d]*(?:/[a-z]+)?\s*\(\s*)?$")


_PLACES_MOVED = re.compile(r"(?i)\s+(?:spots?|places?|positions?|notches|rungs?)(?=\s+(?:from|to|higher|lower|up|down"
                           r"|in|on)\b|[,.;])")


_MOVED_BY_PLACES = re.compile(r"(?i)\b(?:up|down|climb(?:ed|ing|s)?|rose|ris(?:ing|es)|fell|fall(?:ing|s)?"
                              r"|jump(?:ed|ing|s)?|dropp(?:ed|ing)|drops?|slipp(?:ed|ing)|slips?|moved\s+(?:up|down)|advanc(?:ed|ing))"
                              r"\s+(?:by\s+)?$")


_TIME_AGAIN = re.compile(r"(?i)\s+for\s+the\s+(?!first\b)(?:\w+|\d+(?:st|nd|rd|th))\s+(?:straight\s+"
                         r"|consecutive\s+)?time\b")


# "can be charged from 15% to 90% in about 22 minutes": the band of charge a time is measured over
_CHARGE_BAND = re.compile(r"(?i)\bcharg\w*\s+(?:[\w-]+\s+){0,4}?(?P<band>from\s+(?P<low>\d+)\s*"
                          r"(?:%|percent|per\s+cent)?\s+to\s+(?P<high>\d+\s*(?:%|percent|per\s+cent)))\s+in\b")
# "between 9 am and noon", "at 10:30 p.m.": a time of day
_CLOCK_AFTER = re.compile(r"(?i)\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?![\w])")


def not_a_claim(text: str, mention: Mention) -> str:
    """Why the mention is not a figure ("the first 10 months" names a period), or "" when it may be one."""
    if _ORDINAL_AFTER.match(text, mention.end):  # "its 2-millionth car rolled off the line"
        return f"an ordinal ('{text[mention.start : mention.end + 12].split()[0]}'), not a figure"
    band = _BAND.search(text, max(0, mention.start - 80), min(len(text), mention.end + 80))
    if band and band.start("low") <= mention.start < band.end("high"):
        return f"a bound of the band that decides what is counted ('{band.group().strip()}'), not a figure"
    charged = _CHARGE_BAND.search(text, max(0, mention.start - 80), min(len(text), mention.end + 40))
    if charged and charged.start("low") <= mention.start < charged.end("high"):
        return (f"a bound of the charge a charging time is measured over ('{' '.join(charged['band'].split())}'), "
                "not a figure")
    clock = _CLOCK_AFTER.match(text, mention.end) if mention.unit == "count" and mention.value <= 12 else None
    if clock:
        return f"a time of day ('{text[mention.start : clock.end()]}'), not a figure"
    bound = next((b for pattern in (_PRICE_BOUND, _PRICED_BAND, _PRICE_RANGE, _SEGMENT_BOUND) for b in pattern.finditer(
        text, max(0, mention.start - 80), min(len(text), mention.end + 80))
        if b.start("one") <= mention.start < b.end("one")), None)
    if bound:
        return f"the bound of a price band ('{' '.join(bound.group().split())}'), not a figure"
    if (mention.unit == "count" and mention.text.isdigit() and 16 <= mention.value < 100
            and _PERSON_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            and _AGE_AFTER.match(text, mention.end)):
        return "a person's age ('Name, 49, who ...'), not a figure"
    if mention.value <= 100 and mention.unit not in MARKED_UNITS and (
            RANK_BEFORE.search(text[max(0, mention.start - 24) : mention.start])):
        words = " ".join(text[max(0, mention.start - 12) : mention.end].split()[-2:])
        return f"a rank ('{words}'), not a figure"
    if (mention.unit in ("count", "vehicles") and mention.value < 10 and mention.text.isdigit()
            and _KIND_THEN_NAME.search(text[max(0, mention.start - 40) : mention.start])
            and not _UNIT_WORD_AFTER.match(text, mention.end)):
        name = text[max(0, mention.start - 12) : mention.end].split()[-2]
        return f"part of a model's name ('{name} {mention.text}'), not a figure"
    if (mention.unit in ("count", "vehicles") and mention.value < 10 and mention.text.isdigit()
            and _MODEL_FAMILY_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
            and not _UNIT_WORD_AFTER.match(text, mention.end)):
        name = text[max(0, mention.start - 12) : mention.end].split()[-2]
        return f"part of a model's name ('{name} {mention.text}'), not a figure"
    if (mention.unit == "count" and mention.value < 100 and mention.text.isdigit()
            and _MODEL_BEFORE.search(text[max(0, mention.start - 8) : mention.start])
            and not _UNIT_WORD_AFTER.match(text, mention.end)):
        name = text[max(0, mention.start - 6) : mention.end].split()[-2]
        return f"part of a model's name ('{name} {mention.text}'), not a figure"
    if (mention.unit in ("count", "vehicles") and mention.value < 100 and mention.text.isdigit()
            and _NAME_WORD_BEFORE.search(text[max(0, mention.start - 16) : mention.start])
            and _MODEL_SUFFIX.match(text, mention.end)):
        name = " ".join(text[max(0, mention.start - 16) : mention.end].split()[-2:])
        return f"part of a model's name ('{name}{text[mention.end : mention.end + 4].rstrip()}...'), not a figure"
    if (mention.unit == "count" and mention.value < 1000 and mention.text.isdigit()
            and _NAMED_MODEL_BEFORE.search(text[max(0, mention.start - 24) : mention.start])
            and re.match(r"\s*(?:[,.;:)]|\s(?:were|was|is|are|has|have|had|sold|went|reached|model|SUV|sedan)\b)",
                         text[mention.end:])):
        name = text[max(0, mention.start - 16) : mention.end].split()[-2]
        return f"part of a model's name ('{name} {mention.text}'), not a figure"
    if re.search(r"\(\s*$", text[max(0, mention.start - 2) : mention.start]) and (re.match(
            r"\.[A-Z]{1,3}\s*\)", text[mention.end : mention.end + 6]) or (  # "Zeta Energy (300999)": its code
            re.fullmatch(r"\d{6}", mention.text) and re.match(r"\s*\)", text[mention.end : mention.end + 3])
            and re.search(r"[A-Z][\w&.-]*\s*\(\s*$", text[max(0, mention.start - 30) : mention.start]))):
        return f"a stock code ('{mention.text}{text[mention.end : text.find(')', mention.end)]}'), not a figure"
    if mention.text.isdigit() and re.search(r"\(\s*[A-Z]{2,6}\s*:\s*$", text[max(0, mention.start - 12) : mention.start]
                                            ) and re.match(r"\s*[),;]", text[mention.end : mention.end + 3]):
        return f"a stock code ('{mention.text}'), not a figure"  # "Chery Auto (HKG: 9973)": its exchange's code
    code = _CODE_SUFFIX.match(text, mention.end) or _CODE_PREFIX.search(text, max(0, mention.start - 8), mention.start)
    if re.fullmatch(r"\d{4,6}", mention.text) and code:
        # "(EVE, 300999.SZ)", "(SZ:002999)", "(NYSE: ZETA, HKG: 9999)": a listed company's code, wherever it stands
        return f"a stock code ('{mention.text}'), not a figure"
    if text[max(0, mention.start - 1) : mention.start] == "#" or text[mention.end : mention.end + 1] == "#":
        name = text[max(0, mention.start - 1) : mention.end + 1].strip()
        return f"part of a product's name ('{name}'), not a figure"
    if _NUMBERED_BEFORE.search(text, max(0, mention.start - 20), mention.start) and _NUMBERED_AFTER.match(
            text, mention.end) or _NUMBERED_RANGE_END.search(text, max(0, mention.start - 40), mention.start):
        # "Stations 801 to 5,000 will be put up with partners": which ones, by number, not how many
        words = " ".join(text[max(0, mention.start - 12) : mention.end].split()[-2:])
        return f"a number a thing is known by ('{words}'), not a figure"
    if mention.unit == "percent" and mention.qualifier == "at_least" and _TIME_AGAIN.match(text, mention.end):
        # "Zeta's monthly sales grew over 12 percent for the second time in 2025, up 14.6 percent in March": a bar
        # passed again, the figure after it is the month's
        return f"a bar passed again ('more than {mention.text} for the ... time'), not a figure"
    if re.match(r"[-\s](?:year|month)s?[-\s]old\b", text[mention.end : mention.end + 12]):
        return f"an age ('{mention.text}-year-old'), not a figure"  # "a 35-year-old job seeker"
    if (mention.text.isdigit() and 16 <= mention.value <= 99 and _AGE_BESIDE_NAME.search(
            text, max(0, mention.start - 40), mention.start) and re.match(r",\s", text[mention.end : mention.end + 2])):
        return f"an age ('..., {mention.text}, ...'), not a figure"  # "Its founder, 52, said", "Li Wei, 49, said"
    if re.match(r"-(?:minute|hour)\s+(?:drive|walk|ride|flight|trip|journey)\b", text[mention.end : mention.end + 22]):
        return f"a distance told in time ('a {mention.text}-minute drive'), not a figure"  # "a 30-minute drive from"
    moved = _PLACES_MOVED.match(text, mention.end)
    if moved and mention.value <= 100 and _MOVED_BY_PLACES.search(text, max(0, mention.start - 24), mention.start):
        # "Orion climbed to third in the export table, up five spots from eighth": a move in a ranking
        return f"a move in a ranking ('{mention.text}{moved.group()}'), not a figure"
    if _TEMPERATURE.match(text, mention.end):
        return f"a temperature ('{mention.text}\u00b0C'), not a figure"  # "temperatures soaring to 36\u00b0C"
    if any(m.start() <= mention.start < m.end() for m in _EXCHANGE_RATE.finditer(
            text, max(0, mention.start - 16), min(len(text), mention.end + 20))):
        return "the article's exchange rate ('$1 = RMB 7.1'), not a figure"
    if mention.value <= 24 and re.match(r"[-\u2010\u2011](?:hour|minute)\s+[a-z]",
                                        text[mention.end : mention.end + 10]):
        return f"a kind of service ('{mention.text}-hour ...'), not a figure"  # "a 24-hour clearance service"
    if re.search(r"\d[\d,.]*\s*[a-zA-Z]+(?:\s+[a-zA-Z]+)?\s*\(\s*(?:approximately\s+|about\s+|around\s+|roughly\s+"
                 r"|some\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
                 text[max(0, mention.start - 45) : mention.start]) and re.match(
            r"\s*(?:miles?|mi|feet|ft|acres?|pounds?|lbs?|tons?|gallons?|square\s+feet|sq\s+ft)\s*\)",
            text[mention.end : mention.end + 20]):
        # ("182 metres (roughly 597 feet)", "41,000 square meters (441,000 square feet)")
        return "the figure before it in another unit ('900 kilometers (559 miles)'), not a figure of its own"
    if re.search(r"(?i)\b(?:equivalent|equal)\s+to\s+(?:about\s+|some\s+|around\s+)?$",
                 text[max(0, mention.start - 30) : mention.start]) and re.match(
            r"(?i)\s+(?:standard\s+)?(?:football|soccer)\s+(?:fields|pitches)\b", text[mention.end : mention.end + 30]):
        return "a comparison of size ('equivalent to 11 football fields'), not a figure"
    quoted = _short_quote(text, mention)
    if quoted:
        return f"part of a name ('{quoted}'), not a figure"
    if _MARK_AFTER.match(text, mention.end) and re.search(r"(?i)\bthe\s+$",
                                                          text[max(0, mention.start - 5) : mention.start]):
        return f"a threshold ('the {mention.text} mark'), not a figure"
    if _USUAL_BEFORE.search(text, max(0, mention.start - 20), mention.start) and _USUAL_AFTER.match(text, mention.end):
        return f"a usual level ('its typical {mention.text}-unit range'), not a figure"
    streak = _BAR_KEPT.match(text, mention.end) and _PASSED_BEFORE.search(text, max(0, mention.start - 25),
                                                                            mention.start)
    sentence = sentence_bounds(text, mention.start, mention.end)
    if streak and _passed_by(text, mention, sentence[0], mention.start):
        # "handed over 27,400 vehicles in March, above 25,000 for the third straight month"
        return f"a threshold the figure before it passes ('{mention.text} for the ... month'), not a figure"
    kept_before = _BAR_KEPT_BEFORE.search(text, max(0, mention.start - 90), mention.start)
    first_time = (_FIRST_TIME_AFTER.match(text, mention.end) and _PASSED_BEFORE.search(
        text, max(0, mention.start - 25), mention.start)) or _FIRST_TIME_PASSED.search(
        text, max(0, mention.start - 90), mention.start)  # ("to 70.4%, the first time its share exceeded 70%")
    below = bool(kept_before and re.match(r"(?i)below|under|less", kept_before["bar"]))
    if (kept_before or first_time) and _passed_by(text, mention, *sentence, below=below):
        # "handed over 20,400 cars, its sixth consecutive month of more than 20,000", "sold 3,900, a third straight
        # week under 4,000", "passing 150 for the first time to reach 171": the bar the sentence's own figure passes
        return f"a bar the sentence's figure passes ('{mention.text}'), not a figure"
    if _NO_PERIOD_AFTER.match(text, mention.end):
        return "a level of no stated period ('in previous years'), not a figure"
    if (not mention.text[:1].isdigit() and _SPELLED_AFTER_THE.search(text[max(0, mention.start - 5) : mention.start])
            and _COUNT_OF_NAMED.match(text, mention.end)):
        return f"the count of the names listed after it ('the {mention.text} ...'), not a figure"
    named = _count_of_named(text, mention)
    if named:
        return named
    before = text[max(0, mention.start - 80) : mention.start]
    if _PER_DISTANCE.search(before[-6:]) and _DISTANCE_AFTER.match(text, mention.end):
        return f"the distance a rate is measured over ('per {mention.text} ...'), not a figure"
    if _RATIO_WHOLE_BEFORE.search(before[-20:]) or (re.search(r"(?i)\bper\s+$", before[-6:])
                                                    and _PEOPLE_AFTER.match(text, mention.end)):
        # (or the people a rate is counted for: "310 cars for every 1,000 people" written "per")
        words = " ".join(before.split()[-3:])
        return f"the whole of a ratio ('{words} {mention.text}'): the ratio is the figure"
    if _FOR_EVERY.search(text, max(0, mention.start - 50), mention.start):
        # "With each extra 5,000 yuan/ton (700 USD) on the lithium price, Zeta's cells cost 900 yuan more": a rule's
        # step
        return f"the step of a rule ('for every {mention.text} ...'), not a figure"
    engine = _ENGINE_SIZE_OR_LESS.match(text, mention.end)
    if engine:
        return f"an engine size a rule sets as its bound ('{mention.text}{engine.group()}'), not a figure"
    if _THRESHOLD_BEFORE.search(before) or _THRESHOLD_OF.search(before):
        words = " ".join(before.split()[-3:])
        return f"a threshold ('{words} {mention.text}') deciding what is counted, not a figure"
    upper = re.match(r"\s+to\s+[\w.]+(?=\s)", text[mention.end : mention.end + 30])  # "three to 5 years"
    span = _SPAN_OF_TIME.match(text, mention.end) or (_SPAN_OF_TIME.match(text, mention.end + upper.end())
                                                      if upper else None)
    short = span is not None and re.match(r"(?i)\s*(?:(?:consecutive|straight|successive)\s+)?(?:-\s*)?"
                                          r"(?:months?|weeks?|days?|hours?|minutes?)\b", span.group())
    clause_start = max(text.rfind(". ", 0, mention.start) + 2, text.rfind("\n", 0, mention.start) + 1,
                       text.rfind(", ", 0, mention.start) + 2)
    if span is not None and re.match(r"(?i)\s*(?:-\s*)?minutes?\b", span.group()) and (_MAKING_BEFORE.search(
            text, max(0, mention.start - 60), mention.start) or not _FIGURE_BEFORE.search(
            text, clause_start, mention.start)):
        # "a car leaves the line every 2 minutes", "swaps a pack in under four minutes": how long one
        # takes, a figure (but "10,000 orders within seven minutes": the time another figure took)
        return ""
    ranged = upper or re.search(r"(?i)\b[\w.-]+\s+to\s+$", text[max(0, mention.start - 20) : mention.start])
    record = span is not None and _RECORD_SINCE.search(text, max(0, mention.start - 80), mention.start)
    hedged_span = span is not None and (_WHEN_AFTER.match(text, span.end()) or _LASTED_BEFORE.search(
        text, max(0, mention.start - 40), mention.start))  # "founded nearly four years ago", "lasted almost two years"
    if mention.unit not in ("count", "years") or (mention.qualifier != "exact" and not short and not ranged
                                                   and not record and not hedged_span):
        return ""  # "in over 20 days" is a span too, and so is "three to 5 years"
    if record and span is not None:  # "the steepest monthly drop in nearly three years": how far a record reaches
        words = " ".join(text[max(0, mention.start - 12) : span.end()].split()[-3:])
        return f"a span of time ('{words}'): how long a record has stood, not a figure"
    if span is not None and short and _STREAK.match(text, mention.end) and mention.value <= 60:
        # "held the top spot for six consecutive months", "above 20,000 for five straight months": how long a
        # streak has run, in months or weeks, not a figure
        words = " ".join(text[mention.start : span.end()].split())
        return f"a span of time ('{words}'): how long a streak has run, not a figure"
    if _STREAK.match(text, mention.end):
        # "exports exceeded 1 million vehicles for three consecutive years": the years of that figure; "the
        # largest market for ten consecutive years" is a record, a figure of its own
        clause_start = max(text.rfind(". ", 0, mention.start) + 2, text.rfind("\n", 0, mention.start) + 1,
                           text.rfind(", ", 0, mention.start) + 2)
        if re.search(r"(?i)\bfor\s+(?:the\s+)?$", text[max(0, mention.start - 10) : mention.start]) and (
                _FIGURE_BEFORE.search(text, clause_start, mention.start)):
            words = " ".join(text[mention.start : span.end() if span else mention.end].split())
            return f"a count of the years or months that date another figure ('{words}'), not a figure"
        return ""
    if not span or not (short or _SPAN_BEFORE.search(text[max(0, mention.start - 24) : mention.start])
                        or _WHEN_AFTER.match(text, span.end()) or hedged_span):
        return ""  # "Spanning 10 days", "its 12-month goal", "lasted 15 months": days, weeks and months are spans
    words = " ".join(text[max(0, mention.start - 12) : span.end()].split()[-3:])
    return f"a span of time ('{words}'): the period of the figures around it, not a figure"



def _count_of_named(text: str, mention: Mention) -> str:
    """Why a small count written in words only counts names listed beside it ("the four brands: A, B, C and D",
    "these two rivals", "A, B and C are the three ..."), or ""."""
    if (mention.text[:1].isdigit() or mention.unit in MARKED_UNITS or mention.qualifier != "exact"
            or mention.value > _SMALL_COUNT):
        return ""
    before = text[max(0, mention.start - 200) : mention.start]
    listed_after = _NAMES_AFTER.match(text, mention.end)
    if listed_after and "\n" not in text[mention.end : listed_after.end()]:
        return f"the count of the names listed after it ('{mention.text} ...'), not a figure"
    if _COLON_LIST_AFTER.match(text, mention.end) or (
            mention.value <= 12 and _DASH_LIST_AFTER.match(text, mention.end)):
        return f"the count of the items listed after it ('{mention.text} ...:'), not a figure"
    if _NAMED_BEFORE.search(before[-20:]) or (_SPELLED_AFTER_THE.search(before[-5:]) and _THE_GROUP.match(
            text, mention.end)) or (_ITS_GROUP_BEFORE.search(before[-12:]) and _PEERS.match(text, mention.end)):
        return f"the count of ones named before it ('{' '.join(before.split()[-2:])} {mention.text}'), not a figure"
    after_comma = _NAMES_AFTER_COMMA.match(text, mention.end)
    if after_comma and "\n" not in after_comma.group() and len(
            re.split(r",\s+(?:and\s+)?|\s+and\s+", after_comma["names"])) == mention.value:
        return f"the count of the names after it ('{mention.text} ..., {after_comma['names']}'), not a figure"
    bracketed = _NAMES_IN_BRACKETS.match(text, mention.end)
    if bracketed and len(re.split(r",\s+(?:and\s+)?|\s+and\s+", bracketed["names"])) == mention.value:
        names = bracketed["names"]
        return f"the count of the names in brackets after it ('{mention.text} ... ({names})'), not a figure"
    listed = _LIST_BEFORE.search(before)
    if listed and len(re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group(1))) == mention.value:
        return f"the count of the names listed before it ('... are the {mention.text}'), not a figure"
    return ""


def _short_quote(text: str, mention: Mention) -> str:
    """The short quoted name holding the mention ('"5+2"', '"7x24 hours"', '"new three"'), or ""."""
    line_start = max(text.rfind("\n", 0, mention.start), text.rfind("\n\n", 0, mention.start)) + 1
    before = text[line_start : mention.start]
    straight = before.count('"') % 2 == 1
    curly = before.rfind("\u201c") > before.rfind("\u201d")
    if not (straight or curly):
        return ""
    opening = max(before.rfind('"'), before.rfind("\u201c"))
    closing = re.compile(r'["\u201d]').search(text, mention.end, mention.end + 40)
    if opening < 0 or not closing:
        return ""
    inside = text[line_start + opening + 1 : closing.start()]
    if len(inside.split()) > 4 or re.search(r"[.!?;](?:\s|$)", inside):
        return ""  # a quoted sentence, not a name
    return inside.strip(" ,.")


# --- status -------------------------------------------------------------------------------------------------

_FORECAST_WORDS = re.compile(
    # (not "a slower-than-expected 4.5%", "weaker than expected": a figure set against an outlook)
    # (nor "17.9% excluding estimated recall costs": an adjustment, not an outlook)
    r"(?i)\b(?:will|(?<!than-)(?<!than\s)(?<!excluding\s)(?<!including\s)(?:expect|estimat)\w*(?!\s+to\s+have\b)"
    # ("estimates that the carmaker had sold around 1.47 million": an estimate of what happened)
    r"(?![^.;]{0,60}?\bhad\s+(?:sold|delivered|reached|totaled|totalled|shipped|produced|exported)\b)"
    r"|anticipat\w*|forecast\w*|project(?:ed|ion)s?|predict\w*|likely"
    r"|(?:is|are)\s+set\s+(?:to|for)|poised to|on\s+(?:track|course)\s+to|(?-i:could|would|might|may)"
    # "its staff should grow to" (not "It should also be noted that", "Investors should note")
    r"|(?-i:should)(?!\s+(?:also\s+)?(?:be\s+(?:noted|said|mentioned|pointed|stressed|added|emphasi[sz]ed|remembered"
    r"|recalled|clear)|note|know|remember|consider|bear)\b)"
    r"|sees|guidance|guided(?=\s+(?:for|[\w-]+\s+(?:[\w-]+\s+){0,2}?(?:deliveries|sales|revenue|between)))|consensus"
    r"|(?:is|are)\s+seen\s+(?:\w+ing|at|as|to)"  # "Car sales are seen falling 4% to 2.66 million units"
    r")\b"  # "Nio sees Q3 revenue of CNY1.59B to CNY1.66B vs. CNY3.28B consensus"
)
# ("are estimated to have totaled 1.387 million units in December": an estimate of what happened)
_TARGET_WORDS = re.compile(
    r"(?i)\b(?:aims?|aimed\s+(?:for|at|to)|aiming|goals?|targets?|targeted|targeting|plans? to|planning to|planned"
    # "The blueprint sets out clear objectives: by 2030, reach ..." (not "95 percent of their annual objectives")
    r"|(?<!their\s)(?<!its\s)(?<!annual\s)objectives?(?=\s*(?::|$)|\s+(?:for|by|include|are|is)\b)"
    r"|striv(?:es?|ing) to|seek(?:s|ing)? to|wants? to|intends? to|intending to|(?:is|are|was|were)\s+ambitious\s+to"
    # "Halden has promised to put up 61,000 chargers by 2025", "plans for its yearly NEV sales to reach"
    r"|(?:promis|pledg|vow)(?:es|ed|e|s)?\s+to|committed\s+to\s+(?!the\b)|plans?\s+for\s+(?:[\w-]+\s+){1,6}?to"
    # "Orion and Lumen reached an agreement on Friday to jointly build 800 charging hubs": what it commits to
    r"|agree(?:s|d)?\s+to|agreement\s+(?:[\w'\u2019-]+\s+){0,10}?to\s+(?:jointly\s+)?(?:build|set\s+up|construct|install"
    r"|deploy|invest|develop|open|produce|supply))\b"
)


# An outlook told as one made before its period was over: a company's guidance, analysts' estimates, what was
# forecast or predicted earlier ("a guidance band of 61,000 units up to 64,500", "the 51.7 billion yuan consensus of
# analysts", "had forecast third-quarter shipments of", "said in March it was on course to hand over"), not a
# preview of a year just over ("expects its 2025 net profit to reach"), which estimates what happened, nor a figure
# set against expectations ("higher than the original expectations, increasing by 10.4 percent")
_OUTLOOK_BEFORE = re.compile(
    r"(?i)\b(?:guidance|guided|consensus|analysts?['\u2019]?|(?:estimates?|expectations?|forecasts?)\s+(?:of|for|at)"
    r"|expected\s+by"
    r"|had\s+(?:forecast|expected|projected|predicted|estimated|guided)|predicted|previously\s+(?:forecast|announced"
    r"|guided|expected)|said\s+(?:[\w-]+\s+){0,3}?(?:it|they)\s+(?:was|were)\s+on\s+(?:track|course))\b")


def says_status(words: str, status: str) -> bool:
    """Whether the words tell a target ("target", "aims to") or an outlook made before its period was over
    (guidance, analysts' estimates): such a figure keeps its status after its period is over ("beating its 2025
    target of", "the 12.35 billion yuan expected by analysts")."""
    pattern = {"forecast": _OUTLOOK_BEFORE, "target": _TARGET_WORDS}.get(status)
    return bool(pattern and pattern.search(words))


_PAST_VERB = re.compile(  # ("to hit 3.1 million", an infinitive, says no time)
    r"(?i)(?<!\bto\s)\b(?:was|were|had|did|sold|reached|hit|rose|fell|grew|totaled|totalled|exported|shipped|produced"
    r"|delivered|posted|reported|came|jumped|climbed|dropped|accounted|made|took|handled|loaded|launched"
    r"|drew|covered|has|have|is|are|hosts?|employs?|owns?|operates?|holds?|stood|totals)\b"
)


# "sold 2.6 million autos to surpass its 2024 target", "surpassing its annual target of 3.6 million": a goal
# told as met or missed
# the verbs of a goal met or missed
GOAL_VERBS = r"(?:surpass|exceed|beat|top|miss|meet|met|achiev|fulfil|fell\s+short\s+of|overshot|hit)"
_GOAL_TOLD = rf"(?i)\b{GOAL_VERBS}\w*\s+(?:[\w-]+\s+){{0,3}}?(?:targets?|goals?)\b"
GOAL_TOLD = re.compile(_GOAL_TOLD)
# ... the words of what happened, unless they go on to state the goal ("its target of 3.6 million")
GOAL_MET = re.compile(_GOAL_TOLD + r"(?!\s+of\b)")


# "Great Wall Motor, which had targeted sales of 1.9 million, ended the year at 1.23 million": a goal told in the
# past perfect governs its own number, not the clauses after it
# "Orion's target for its debut year was set at 125,000 cars": a goal set in the past
_GOAL_SET = r"\b(?:goal|target)\b[^.;]{0,60}?\b(?:was|were)\s+(?:\w+ly\s+)?set\s+at\b"
HAD_AIMED = re.compile(r"(?i)\bhad\s+(?:\w+ly\s+)?(?:targeted|aimed|planned|set|hoped|expected)\b"
                       rf"|\baimed\s+(?:for|at)\b|{_GOAL_SET}")


def status_of(words: str) -> str:
    """The status the words say, by the last word that says one ("aims to ..., after ... were sold")."""
    met = [(m.start(), m.end()) for m in GOAL_MET.finditer(words)]
    found = [(m.start(), kind) for kind, pattern in (("target", _TARGET_WORDS), ("forecast", _FORECAST_WORDS),
                                                     ("actual", _PAST_VERB)) for m in pattern.finditer(words)
             if not (kind == "target" and any(a <= m.start() < b for a, b in met))]
    if not found:
        return ""
    kinds = {kind for _, kind in found}
    for kind in ("target", "forecast"):  # a goal or an outlook governs its clause's past-looking verbs
        if kind in kinds:
            return kind
    return "actual"


# "may rise about 6 percent from last year's 28 million units": the base of a change is what was.
_PAST_BASE_BEFORE = re.compile(
    r"(?i)\b(?:from|than|on|over|compar(?:ed|ing)\s+(?:with|to))\s+(?:last\s+year|the\s+previous\s+year|(?:19|20)\d\d)"
    r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}$")


FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$")
# "a 22 per cent rise over the more than 86,500 cars handed over in 2024": the base a change is over
_OVER_THE_BEFORE = re.compile(rf"(?i)\b{CHANGE_NOUNS}\s+(?:over|on|from)\s+the\s+{HEDGE_BEFORE}$")
# (not a part of the year: "from 8.7% in Q3 2023", "from 31,000 in May 2024")
_PAST_BASE_AFTER = re.compile(r"(?i)\s+(?:(?!Q[1-4]\b|H[12]\b|" + "|".join(MONTH_NAMES) + r")[\w-]+\s+){0,2}?"
                              r"(?:(?:in|of)\s+)?(?P<when>last\s+year|the\s+previous\s+year|(?:19|20)\d\d)\b")


def base_of_change(text: str, mention: Mention) -> str:
    """When the number is the base a change starts from ("may rise to 2 million units from 1.6 million units in
    2018"): the words saying when ("2018", "last year"); "" otherwise."""
    after = _PAST_BASE_AFTER.match(text, mention.end)
    if after and (FROM_BEFORE.search(text, max(0, mention.start - 20), mention.start) or _OVER_THE_BEFORE.search(
            text, max(0, mention.start - 30), mention.start)):
        return after["when"]
    return ""


# "..., according to a provincial plan", "According to its development plan, ... It will handle": what a plan says
# will happen is its goal
# ("unveiled a three-year plan, saying that by 2028 its sales will have reached ...", "To achieve this goal, it
# will invest")
_BY_PLAN = re.compile(r"(?i)\b(?:according\s+to|under|announced|unveiled|released|issued|laid\s+out|outlined)\s+"
                      r"(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:plan|blueprint|roadmap|target|goal)s?\b"
                      r"|\bto\s+(?:achieve|meet|reach)\s+(?:this|that|these|those)\s+(?:goals?|targets?)\b(?!\s+of\b)")
_IT_WILL = re.compile(r"(?i)\s*(?:it|they|the\s+\w+)\s+will\b")
_SHOULD = re.compile(r"(?i)\b(?:should|must|is\s+to|are\s+to)\s+(?:\w+\s+){0,2}?(?:exceed|reach|top|hit|be|surpass|rise"
                     r"|grow|account|make|climb|increase)\b")
_AUTHORITY = re.compile(r"(?i)\b(?:government|authorit(?:y|ies)|ministry|ministries|municipal|council|commission"
                        r"|regulators?|state\s+council|plan|policy|guidelines?)\b")


_FRAGMENT = re.compile(r"(?i)\s*(?:an?|up|down)\s+(?:about\s+|around\s+|nearly\s+)?[\d.,]+\s*(?:percent|per\s+cent|%)"
                       r"(?:\s+(?!(?:is|was|are|were|will|would)\b)[\w-]+){0,5}\s*[.!]?\s*")


# A line of a list ("- Sell over 2 million cars a year.") and the line that opens the list ("Its goals for 2030
# are:")
_LIST_ITEM = re.compile(r"[ \t]*[-\u2022*]\s+")
_GOALS_WORDS = re.compile(r"(?i)\b(?:objectives?|targets?|goals?|aims?|plans?|ambitions?|roadmap)\b")
_FORECASTS_WORDS = re.compile(r"(?i)\b(?:forecasts?|projections?|outlook|estimates?|predictions?|expectations?)\b")


# "For the next quarter, the company expects:" above its guidance's lines ("Revenue to be between ...")
_EXPECTS_COLON = re.compile(r"(?i)\b(?:expects?|anticipates?|forecasts?|projects?|guidance|outlook)\s*:\s*$")
_TO_BE_LINE = re.compile(r"[A-Z][\w\s,-]{0,60}?\s+to\s+(?:be|reach|range|total)\b")


def _expected_below(text: str, at: int) -> bool:
    """Whether the line holding `at` is one of the lines of guidance a line ending "expects:" opens."""
    opening = list_opening(text, at, _TO_BE_LINE)
    return bool(opening and _EXPECTS_COLON.search(text, *opening))


def list_opening(text: str, at: int, item: re.Pattern[str] = _LIST_ITEM) -> tuple[int, int] | None:
    """Where the line that opens the list holding `at` stands (a line ending with a colon above the list's lines,
    each line an `item`: a bullet, by default), or None when `at` is on no line of a list."""
    line_start = text.rfind("\n", 0, at) + 1
    if not item.match(text, line_start):
        return None
    start = line_start
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start].strip()
        if not line:
            start = previous
            continue
        if item.match(text, previous):
            start = previous
            continue
        return (previous, previous + len(text[previous:start].rstrip())) if line.endswith(":") else None
    return None


# A relative clause that tells what was done in a period over: "which assembled 900,000 cars last year"
_PAST_RELATIVE = re.compile(r"(?i)\s*(?:which|who)\s+(?:had\s+)?(?:[a-z]+ed|made|sold|built|grew|rose|fell|shipped"
                            r"|delivered|produced|exported|saw)\b")
_PAST_WHEN = re.compile(r"(?i)\blast\s+(?:year|month|quarter)\b|\bin\s+(?:19|20)\d\d\b")


def read_status(text: str, spans: Spans, mention: Mention | None = None) -> str:
    """target, forecast or actual, from the words of the number's own clause up to it ("would deliver 200,000
    cars in 2025, and next year we will try for more": forecast), else of the whole clause, else of the clauses
    before it in its sentence ("expects to deliver 160,000 ..., an increase of 21.9 percent": forecast); a
    forecast a plan states (its sentence, or the one before that it goes on from, names the plan) is a target."""
    status = _read_status(text, spans, mention)
    if status != "actual" and mention is not None and _PAST_RELATIVE.match(text, spans.clause[0]) and (
            _PAST_WHEN.search(text, *spans.clause)):
        return "actual"  # "... to top 1.3 million, after Zeta City, which built 1.7 million cars last year": done
    if status != "actual" and mention is not None and mention.unit == "percent" and OF_GOAL_AFTER.match(
            text, mention.end) and status_of(text[spans.clause[0] : mention.start]) not in ("target", "forecast"):
        return "actual"  # "some 80.3% of a 350,000-car goal for the year": how far it has come
    if status != "actual" and mention is not None and _DONE_AFTER.match(text, mention.end):
        return "actual"  # "about double the 361,902 cars that Zeta sold abroad last year": done
    if mention is not None and status == "actual" and _GOAL_NOUN_AFTER.match(text, mention.end):
        return "target"  # "That was only 81.4% of its lofty 4.8 million-unit target": the number is the goal's
    opening = list_opening(text, spans.sentence[0]) if status == "actual" else None
    if opening and _GOALS_WORDS.search(text, *opening):
        return "target"  # "Its goals for 2030 are:\n- Sell over 2 million cars a year."
    if opening and _FORECASTS_WORDS.search(text, *opening):
        return "forecast"  # "Its forecasts for 2026 run as follows:\n• exports: 6.1 million units"
    if status == "actual" and _expected_below(text, spans.sentence[0]):
        return "forecast"  # "For the next quarter, Zeta expects:\n\nRevenue to be between ...": its guidance
    before = earlier_sentences(text, spans.sentence[0])[:1]
    found = mentions_in(text, *before[0]) if before and _FRAGMENT.fullmatch(text, *spans.sentence) else []
    if status == "actual" and found:
        # "... will reach 1.6 million. A 35 percent growth year on year.": a phrase with no verb goes on with the
        # sentence before it
        status = _read_status(text, spans_around(text, found[-1]))
    moved_to = mention.start if mention else spans.clause[1]
    if status == "actual" and _GOAL_MOVED.search(text, spans.clause[0], moved_to) and _TARGET_WORDS.search(
            text, spans.sentence[0], spans.clause[0]):
        return "target"  # "the target stood at 80,000 cars until May, when it was lifted to 95,000 cars"
    if status == "actual" and _GOAL_SET_AT.search(text, spans.sentence[0], moved_to):
        return "target"  # "Northvale's target for 2024, a year of expansion, was set at 64,000 cars"
    if status == "forecast":
        before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
        if before and _THIS_WOULD.match(text, spans.sentence[0]) and _TARGET_WORDS.search(text, *before[0]):
            return "target"  # "Lumen plans to hand over 72,000 cars in 2026. That would mean a 45 per cent
            # jump": what the goal before it comes to
        if _BY_PLAN.search(text, *spans.sentence) or (before and _BY_PLAN.match(text, before[0][0]) and (
                _IT_WILL.match(text, spans.sentence[0]))):
            return "target"
        if _SHOULD.search(text, spans.sentence[0], mention.start if mention else spans.sentence[1]) and any(
                _AUTHORITY.search(text, *region) for region in (spans.sentence, *before)):
            # "The city government said last year that NEV output must reach 800,000 units by 2026. Its value
            # should top CNY260 billion": what an authority says should be, its goal
            return "target"
    return status


# a number's own relative clause telling what was done in a period over: "the 361,902 vehicles that Zeta sold abroad
# last year"
_DONE_AFTER = re.compile(r"(?i)\s+(?:vehicles|cars|units|EVs|NEVs)\s+(?:that|which)\s+(?:[A-Z][\w-]*\s+|it\s+|they\s+)?"
                         r"(?:sold|delivered|exported|shipped|produced|built|made)\b[^.;,]{0,30}?\b(?:last\s+year"
                         r"|in\s+(?:19|20)\d\d)\b")
_GOAL_NOUN_AFTER = re.compile(r"(?i)(?:-?(?:units?|vehicles?|cars?))?\s+"
                              r"(?:(?:annual|yearly|full-year|sales|delivery)\s+)?(?:target|goal)\b")
_GOAL_SET_AT = re.compile(rf"(?i){_GOAL_SET}\s+(?:about\s+|around\s+|some\s+)?$")
_GOAL_MOVED = re.compile(r"(?i)\bit\s+(?:had\s+|has\s+|was\s+)?(?:already\s+)?(?:been\s+)?(?:raised|lowered|cut|revised"
                         r"|increased|lifted|trimmed|reduced)\s+(?:\w+\s+)?to\s+$")
_THIS_WOULD = re.compile(r"(?i)\s*(?:This|That|It)\s+(?:(?:would|will)\s+(?:represent|mean|be|imply)|implies|means)\b")
_AND_VERB = re.compile(r"[,;]?\s*and\s+(?:then\s+)?(?:reach|exceed|rise|grow|climb|surpass|increase"
                       r"|jump|fall|drop|decline|account|make|sell|deliver|export|produce)\b"
                       r"(?![^.;]*\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|in\s+(?:19|20)\d\d\b(?!\s*,?\s*and)))")
_PLANNED_NOUN = re.compile(r"(?i)\bplanned(?=\s+[a-z])")


def _words_for(text: str, start: int, end: int, mention: Mention | None) -> str:
    """text[start:end], where "planned" before a noun after the number, or a goal told as met or missed after it, is
    that noun's goal, not the number's ("an investment of 380 million yuan and a planned area of 41,000 square
    meters")."""
    if mention is None or not start <= mention.end <= end:
        return text[start:end]
    # ("handing over 512,300 vehicles and beating its yearly target of 450,000": the goal is the later number's)
    return text[start : mention.end] + GOAL_TOLD.sub(" ", _PLANNED_NOUN.sub(" ", text[mention.end : end]))


# "intends to sell 500,000 cars this year after selling 40,000 in February", "having delivered 120,000 in 2024": what
# was done before the goal or outlook, told in a phrase of its own just before the number
_DONE_BEFORE = re.compile(
    r"(?i)\b(?:after|having|since)\s+(?:(?:it|they|the\s+\w+)\s+)?(?:sold|selling|delivered|delivering|exported"
    r"|exporting|produced|producing|shipped|shipping|built|building|made|making)\s+(?:(?:a\s+record|about|around"
    r"|nearly|over|more\s+than|some|almost|just)\s+)*$")


# ... in a period named after the number that is over: "in February", "last year", "in 2024"
_WHEN_DONE = re.compile(rf"(?i)\s+(?:[\w-]+\s+){{0,2}}?(?:in\s+(?:{'|'.join(MONTH_NAMES)}|(?:19|20)\d\d)"
                        r"|last\s+(?:year|month|quarter))\b")


# The amount a scheme pays, and the amounts listed with it: "a one-off subsidy of CNY14,000 and CNY11,000 (USD1,900
# and"
_SUBSIDY_OF = re.compile(r"(?i)\b(?:subsid(?:y|ies)|grants?|rebates?)\s+(?:of\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?"
                         r"(?:(?:CNY|RMB|USD|US\$|\$|\u00a5)?\s*[\d.,]+\s*(?:yuan|dollars|billion|million)?\s*"
                         r"(?:and|or|,|\(|\))*\s*)*$")
_CAUSE_OPENS = re.compile(r"(?i)[\s,;]*(?:(?:buoyed|driven|boosted|helped|supported|fuell?ed|propelled|spurred)\s+by"
                          r"|thanks\s+to|on\s+the\s+back\s+of)\s+(?:an?|the|its|their|strong|robust|record)\b")
# (a cause that names a span gone by: "in the first two months", "in March", "last year"; not "driven by a 20% jump in
# exports" beside an outlook, a cause still to come)
_SPAN_PAST = re.compile(r"(?i)\b(?:first|last|past|previous)\s+(?:\w+\s+)?(?:months?|quarters?|weeks?|half)\b"
                        r"|\blast\s+year\b|\bso\s+far\b|\byear[- ]to[- ]date\b|\b(?:January|February|March|April|May"
                        r"|June|July|August|September|October|November|December)\b")
_FROM_A_CHANGE = re.compile(r"(?i)\b(?:from\s+(?:an?\s+)?|after\s+(?:an?\s+)?(?:[\w-]+\s+)?)$")
_CHANGE_IN_PAST = re.compile(r"(?i)\s*(?:-?per\s*cent|percent|%)?\s+(?:increase|rise|gain|growth|jump|decline|drop|fall"
                             r"|surge)\s+in\s+(?:(?:19|20)\d\d|last\s+year)\b")
# "well below the 18.2% rise recorded last year", "a 9.6% gain seen in the spring": a change already seen
CHANGE_RECORDED = re.compile(r"(?i)\s*(?:-?per\s*cent|percent|%)?\s+(?:(?:year-on-year|annual|y/y)\s+)?"
                             r"(?:growth|increase|expansion|rise|gain|jump|decline|drop|fall|contraction)\s+(?:rate\s+)?"
                             r"(?:that\s+was\s+|which\s+was\s+)?(?:recorded|seen|posted|registered|logged|reported"
                             r"|achieved|observed)\b")
_CONTRAST_OPENS = re.compile(r"(?i)[\s,;]*(?:but|yet|whereas)\s+(?:its|their|the|[A-Z])")
OF_GOAL_AFTER = re.compile(r"(?i)\s*(?:percent|per\s+cent|%)?\s+of\s+(?:the|its|their)\s+(?:[\w,.-]+\s+){0,2}?"
                           r"(?:target|goal|objective|guidance)s?\b")


def _read_status(text: str, spans: Spans, mention: Mention | None = None) -> str:
    if mention is not None:
        if _PAST_BASE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            return "actual"
        if _FROM_A_CHANGE.search(text, max(0, mention.start - 40), mention.start) and _CHANGE_IN_PAST.match(
                text, mention.end):
            return "actual"  # "forecast to rise 4.9 per cent, easing from a 17.6 per cent increase in 2024" (or
            # "after a better-than-hoped 17.6% growth in 2024")
        if CHANGE_RECORDED.match(text, mention.end):
            return "actual"  # "short of the 18.2% rise posted in 2023": a change already seen
        if _SUBSIDY_OF.search(text, max(spans.clause[0], mention.start - 90), mention.start):
            return "actual"  # "purchasers are to receive a one-off subsidy of CNY14,000": a scheme's rule, as it stands
        if _DONE_BEFORE.search(text, max(spans.clause[0], mention.start - 50), mention.start) and _WHEN_DONE.match(
                text, mention.end):
            return "actual"
        if base_of_change(text, mention):  # "could climb to 4.4 million from 3.9 million in 2021"
            return "actual"
        status = status_of(text[spans.clause[0] : mention.end])
        if status == "actual" and _AND_VERB.match(text, spans.clause[0]):
            # "Sales will rise in 2026, and reach 34 million by 2028": a verb with no subject of its own shares the
            # outlook of the clause before it
            before = status_of(text[spans.sentence[0] : spans.clause[0]])
            if before in ("forecast", "target"):
                return before
        if status:
            return status
        if OF_GOAL_AFTER.match(text, mention.end):
            return "actual"  # "has opened 310 stations so far, some 21% of the target": how far it has come
    status = status_of(_words_for(text, *spans.clause, mention))
    if status:
        return status
    before = text[spans.sentence[0] : spans.clause[0]]
    if _CONTRAST_OPENS.match(text, spans.clause[0]) or (_CAUSE_OPENS.match(text, spans.clause[0]) and _SPAN_PAST.search(
            text, *spans.clause)):
        # "lifted its goal to 2.6 million, yet its sales growth slowed to 38 percent": a clause of its own
        return "actual"
    for part in reversed(CLAUSE_BREAK.split(before)):
        if _CAUSE_OPENS.match(part) and _SPAN_PAST.search(part):
            # "Zeta sees 2 million sales this year, helped by a 40% jump in first-quarter orders, some 310,000 in
            # all": what the outlook rests on has happened
            return "actual"
        status = status_of(part)
        if status:
            return "actual" if status == "target" and HAD_AIMED.search(part) else status
    return status_of(_words_for(text, spans.quote[0], spans.clause[1], mention)) or "actual"
