"""The words of a number: scale words, units, currencies, spelled-out cardinals, hedges, the direction of a
change and the count nouns after it, and the small readers of each (nevreport.ingest.extract scans with them).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from nevreport.common.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from nevreport.common.vocabulary import FOREIGN_CURRENCIES, HEDGED, MARKED_UNITS

MONTH_WORDS = frozenset({*MONTH_NAMES, *MONTH_ABBREVIATIONS, "Sept"})
_MONTHS_RE = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
_DASH = r"[-\u2013\u2014]"
DASHES = "-\u2013\u2014"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
# What may follow the day of a date: a second day ("Nov. 5 to 10", "July 6-7") and a year.
DATE_TAIL = re.compile(
    rf"(?:\s*(?:{_DASH}|to|and)\s*(?:[0-2]?\d|3[01])(?!\d))?(?:\s*,\s*{_YEAR}|\s+{_YEAR})?"
)
MONTH_AFTER = re.compile(rf"(?:\s*(?:{_DASH}|to)\s*\d\d?)?\s+(?:{_MONTHS_RE})\b")

SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "mln": 10**6, "mn": 10**6, "bln": 10**9, "bn": 10**9,
    "k": 10**3, "m": 10**6, "b": 10**9,  # "95K", "216k units", "2.46M", "1.2B", written onto the digits
}  # fmt: skip
_SCALE_RE = r"thousand|million|billion|trillion|mln|bln|bn|mn"

_AFTER_SCALE = r"(?<=llion\s)"
_AFTER_DIGIT = r"(?<=\d)"
# Measurement units are part of the mention's text; count nouns after it only set the unit.
_MEASURES = [
    (r"%\s*percentage[-\s]+points?", "percentage_points"),  # ("up 4.8% percentage points": points, the sign a slip)
    (rf"%|-?percent|-?per\s+cent|pct|{_AFTER_DIGIT}pc", "percent"),  # ("9.4pc", as British newsrooms write it)
    (r"-?percentage[-\s]+points?", "percentage_points"),  # ("a 15-percentage-point increase")
    (r"bps|basis[-\s]+points?", "percentage_points"),  # ("climbed 70 bps": 0.7 points, as extract reads it)
    (r"(?:US\s+|U\.S\.\s+)?cents", "usd"),  # ("1.37 yuan (19 cents)": US$0.19, as extract reads it)
    (r"(?:Chinese\s+)?yuan|RMB|renminbi|CNY", "cny"),
    (r"U\.?S\.?\s+dollars|dollars|USD", "usd"),
    (r"euros?|EUR", "eur"),
    (r"(?:Hong\s+Kong|HK)\s+dollars?|HKD", "hkd"),
    (r"(?:British\s+)?pounds\s+sterling|British\s+pounds|GBP", "gbp"),
    (r"(?:Japanese\s+)?yen|JPY", "jpy"),
    # "72.6 trillion won": the bare word is the currency only after a scale word, never the verb
    (rf"{_AFTER_SCALE}won|(?:South\s+)?Korean\s+won|KRW", "krw"),
    (r"(?:Thai\s+)?baht|THB", "thb"),
    (r"(?:Brazilian\s+)?reais|(?:Brazilian\s+)?reals|BRL", "brl"),
    (r"(?:Hungarian\s+)?forints?|HUF", "huf"),
    (r"(?:Indian\s+)?rupees|INR", "inr"),
    (r"(?:Indonesian\s+)?rupiah|IDR", "idr"),
    (r"(?:Russian\s+)?r(?:o)?ubles|RUB", "rub"),
    (r"(?:Malaysian\s+)?ringgit|MYR", "myr"),
    (r"-?square[-\s]+(?:meters|metres|meter|metre)|sq\.?\s*m\b|sqm", "square_meters"),
    (r"square\s+(?:kilometers|kilometres|km)", "square_kilometers"),
    (r"times|-?fold", "times"),
]
_MEASURE_RES = [(re.compile(rf"(?i:{p.replace(_AFTER_SCALE, '').replace(_AFTER_DIGIT, '')})\Z"), unit)
                for p, unit in _MEASURES]
_CURRENCY_PREFIXES = [  # longest first: "US$" before "$"
    ("US$ ", "usd"), ("US$", "usd"), ("US $", "usd"), ("HK$ ", "hkd"), ("HK$", "hkd"), ("HKD ", "hkd"), ("HKD", "hkd"),
    ("USD ", "usd"), ("USD", "usd"), ("EUR ", "eur"), ("EUR", "eur"), ("RMB ", "cny"),
    ("RMB", "cny"), ("Rmb", "cny"), ("CNY ", "cny"), ("CNY", "cny"), ("R$ ", "brl"), ("R$", "brl"), ("BRL ", "brl"),
    ("BRL", "brl"), ("THB ", "thb"), ("THB", "thb"), ("HUF ", "huf"), ("GBP ", "gbp"), ("JPY ", "jpy"), ("KRW ", "krw"),
    ("INR ", "inr"), ("Rs ", "inr"), ("Rs.", "inr"), ("IDR ", "idr"), ("Rp ", "idr"), ("MYR ", "myr"),
    ("RUB ", "rub"), ("\u00a3", "gbp"), ("$", "usd"), ("CN\u00a5", "cny"), ("\u00a5", "cny"), ("\u20ac", "eur"),
]  # fmt: skip
_PREFIXES_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _prefix, _unit in _CURRENCY_PREFIXES:
    _PREFIXES_BY_LAST.setdefault(_prefix[-1], []).append((_prefix, _unit))
PREFIX_ENDINGS = frozenset(_PREFIXES_BY_LAST)
CURRENCIES = frozenset({"cny", "usd", "eur", "hkd", *FOREIGN_CURRENCIES})
# Units the text itself marks with a sign or a word, as opposed to a count noun read after the number.
MARKED = MARKED_UNITS

# A year followed by punctuation or a function word ("in 2023.", "2023 and") is dropped by the scan
# itself, which halves the matches in a typical article; other years are dropped by _read_number.
_PLAIN_YEAR = (
    r"(?<![$\u00a5\u20ac\-\u2212]\d)(?<!RMB\ \d)(?<!USD\ \d)(?<!CNY\ \d)(?<!EUR\ \d)(?:(?<=1)[89]\d\d|(?<=2)0\d\d)"
    r"(?:[.,;:)\]'\"\u201d\u2019]|\s+(?:and|to|in|the|with|was|were|when|that|as|for|of|on|at|by|from|is|are"
    r"|after|before|since|until)\b|\s*$)"
)
# A unit of energy or power a newsroom may write joined to its number ("298.6GWh", "50kWh", "480kW")
GLUED_UNIT = r"(?:GWh|kWh|kW)\b"  # (the units of measure measured_unit_after reads)
# A number starts at a digit that does not continue a word, a decimal, an address or a time; the
# lookbehind sits after the first digit so the scan can skip quickly to the next digit.
NUMBER_TOKEN = re.compile(
    rf"""
    (?P<num>\d(?:(?<![\w.,:/]\d)|(?<=(?:CNY|RMB|USD|Rmb|HKD|EUR)\d))(?!{_PLAIN_YEAR})
      (?:\d{{0,2}}(?:,\d{{3}})+|\d{{0,2}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d-]|[.,]\d)|\d*)(?:\.\d+)?)
    (?P<iso>-\d\d-\d\d(?![\w-]))?
    (?:(?:\s*|-(?=(?i:thousand|million|billion|trillion)\b))  # (a scale joined by a hyphen: "6.4-billion yuan")
      (?P<scale>(?i:{_SCALE_RE})|(?<=\d)(?-i:[KMB]|m|k(?=\s+(?:units|vehicles|cars|EVs|NEVs)\b)))(?!\w))?
    (?:(?(scale)(?:\s*|-)|\s*)(?P<measure>(?i:{"|".join(f"(?:{p})" for p, _ in _MEASURES)}))(?!\w))?
    (?!(?!{GLUED_UNIT})\w|/(?!(?:tons?|tonnes?|t|mt|kg|kWh|Wh)\b)|[.,:]\d)  # (an energy or a power joined to its
    # number: "298.6GWh"; an amount a ton: "3,000 yuan/ton")
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
WORD_TOKEN = re.compile(
    "(?P<word>"
    + "|".join(
        rf"{initial}(?<![\w-]{initial})(?:{'|'.join(rests)})"
        for initial, rests in _SPELLED_BY_INITIAL.items()
    )
    # "one" only before a scale word ("hopes to deliver one million cars"): else a pronoun or an article
    + r"|o(?<![\w-]o)ne(?=\s+(?:thousand|million|billion|trillion)(?!\w))"
    + r""")(?:(?P<fold>-?fold)(?!\w)|(?![\w-]))  # "threefold", "five-fold"
    (?:\s+(?P<scale>thousand|million|billion|trillion)(?!\w))?
    (?:\s+(?P<measure>percent|per\s+cent|yuan|times|square\s+met(?:er|re)s)(?!\w))?
    """,
    re.VERBOSE,
)
WORD_TOKEN_ANY_CASE = re.compile(WORD_TOKEN.pattern, re.VERBOSE | re.IGNORECASE)

# The nouns of a change ("an increase of", "a 12% decline"), for expressions that read what a number changes by
CHANGE_NOUNS = r"(?:increase|rise|growth|jump|surge|gain|decrease|decline|drop|fall)"

# The hedge vocabulary (nevreport.common.vocabulary): phrases before a number, and after it ("or more").
_HEDGE_WORDS = {phrase: q.name for q in HEDGED for phrase in q.before}
# Any hedge of the vocabulary, optional, as the words right before a number ("employs about 3,000"), for
# expressions that read what stands before a number
HEDGE_BEFORE = (r"(?:(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+")
                                     for phrase in sorted(_HEDGE_WORDS, key=len, reverse=True)) + r")\s+)?")
HEDGE_AFTER = re.compile(
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
NAME_WORDS = frozenset(
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
        " suv suvs bevs phevs fcvs fcevs".split(),
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
COUNT_NOUN_LOOKAHEAD = 4
# Units of measure right after a number, or joined to it by a hyphen ("36.9 GWh", "a 120-kilowatt charger"),
# named as the figures' unit vocabulary (nevreport.common.vocabulary.MEASURED_UNITS); "120 km/h" is a speed.
_MEASURED_AFTER = re.compile(
    r"(?i)\s*-?\s*(?:(?P<gwh>GWh|gigawatt[-\s]hours?)|(?P<kwh>kWh|kilowatt[-\s]hours?)|(?P<kilowatts>kW|kilowatts?)"
    r"|(?P<tonnes>(?:metric\s+)?(?:tonnes?|tons?))|(?P<kilometers>km|kilomet(?:er|re)s?)|(?P<meters>met(?:er|re)s?))"
    r"(?![\w/])(?!-(?!(?:long|wide|high|tall|deep)\b))"  # ("the 219-meter-long ship": its size)
    r"(?!\s*(?:per|an|a)\s+hour\b)"  # ("120 kilometers per hour" is a speed)
)
# A count noun is looked for only up to the first preposition: "1.6 million applications for the car
# subsidy" counts applications, not cars; "the first nine months of the year" counts months, not years.
_NOUN_PHRASE_ENDS = frozenset("for of from in into at to by with on than per".split())


def snake(name: str) -> str:
    """A name as the words of a metric: lower case, anything but letters and digits one underscore ("Li ONE" ->
    li_one, "Lynk & Co" -> lynk_co), a letter with an accent as the plain letter ("Türkiye" -> turkiye)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


def singular(word: str) -> str:
    """A plural noun's singular, as metric names take it: "industries" -> industry, "textiles" -> textile."""
    return re.sub(r"(?<=[a-z])(?:ie)?s$", lambda m: "y" if m.group().startswith("ie") else "", word)


def word_before(text: str, start: int) -> str:
    if not start or not text[start - 1].isspace():
        return ""
    words = text[max(0, start - 24) : start].split()
    return words[-1].lstrip(_PUNCTUATION) if words else ""


def currency_prefix(text: str, start: int) -> tuple[str, str] | None:
    for prefix, unit in _PREFIXES_BY_LAST[text[start - 1]]:
        if start >= len(prefix) and text.startswith(prefix, start - len(prefix)):
            before = text[start - len(prefix) - 1 : start - len(prefix)]
            if not before or not before.isalnum():
                return prefix, unit
    return None


_GLUED_STOP = re.compile(r"^\S*[a-z\d)%]\.(?=[A-Z][a-z]+$)")


# Verbs after which "up to" is no upper bound: a sum ("added up to") or a level reached ("shot up to")
_UP_TO_NO_BOUND = re.compile(r"add|adds|added|adding|summed|totted"
                             r"|(?:spik|jump|shot|shoot|climb|ris|rose|surg|soar|mov|edg|inch|tick|went|go|crept"
                             r"|creep)\w*")


def hedge_before(before_words: list[str]) -> tuple[str, int]:
    """The qualifier set by the words just before a number, and how many words the hedge took."""
    # ("a rebate in 2019.More than 4.2 million": a page that lost the space after a full stop)
    before_words = [_GLUED_STOP.sub("", word) for word in before_words]
    for length in (3, 2, 1):
        if len(before_words) >= length:
            phrase = " ".join(before_words[-length:]).lstrip(_PUNCTUATION).lower()
            if phrase == "up to" and len(before_words) > length and _UP_TO_NO_BOUND.fullmatch(
                    before_words[-length - 1].lower()):
                return "exact", 0  # "sales added up to 7.05 million", "its margin shot up to 9.4%": a sum, a level
            if phrase == "over" and len(before_words) > length and before_words[-length - 1].lower() in (
                    "handed", "hand", "hands", "handing", "turned", "handover"):
                return "exact", 0  # "handed over 6,150 cars": a delivery, no lower bound
            if phrase in _HEDGE_WORDS:
                return _HEDGE_WORDS[phrase], length
    return "exact", 0


def direction_of(before_words: list[str], text: str, end: int) -> str:
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


def step_of(digits: str) -> Decimal:
    """Place value of the last stated digit; trailing zeros of an integer count as rounding."""
    if "." in digits:
        return Decimal(1).scaleb(-len(digits.split(".")[1]))
    stripped = digits.rstrip("0")
    if not stripped:
        return Decimal(1)
    return Decimal(1).scaleb(len(digits) - len(stripped))


def spelled_value(word: str) -> int:
    tens, _, ones = word.partition("-")
    return (_SPELLED.get(tens) or _ONES[tens]) + (_ONES[ones] if ones else 0)  # ("one" only before a scale word)


def measure_unit(measure: str) -> str:
    for pattern, unit in _MEASURE_RES:
        if pattern.match(measure):
            return unit
    raise AssertionError(f"measure {measure!r} matched the token pattern but no unit pattern")


def is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def is_name_version(last_word: str, digits: str) -> bool:
    # "Industry 4.0", "Web 3.0": a capitalised word then N.0 names a generation, not a quantity.
    return digits.endswith(".0") and last_word[:1].isupper()


def measured_unit_after(text: str, end: int) -> str | None:
    """The unit of measure written right after a number ("36.9 GWh" -> "gwh"), or None."""
    match = _MEASURED_AFTER.match(text, end)
    return match.lastgroup if match else None


def count_noun_after(text: str, end: int, max_words: int) -> str | None:
    window = text[end : end + 80]
    clause_end = _CLAUSE_END.search(window)
    if clause_end:
        window = window[: clause_end.start()]
    if re.match(r"(?i)\s+(?:a\s+)?year[- ]on[- ]year\b|\s+(?:a\s+)?year[- ]over[- ]year\b"
                r"|\s+(?:a|one)\s+year\s+(?:earlier|ago|before)\b", window):
        # "1.07 million year on year", "up from 2.1 million one year earlier": a change on a year earlier, or the level
        # a year before, not a count of years
        return None
    for word in window.split(None, max_words)[:max_words]:
        word = word.strip(_PUNCTUATION + "-").lower()
        if word in _NOUN_PHRASE_ENDS or word in ("last", "this", "next", "previous"):
            return None  # "2.48 million last year": a time, not what is counted
        unit = _COUNT_NOUNS.get(word)
        if unit:
            return unit
    return None
