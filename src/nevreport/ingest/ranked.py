"""Rankings and groups of companies.

A ranked list: "the top three operators were TELD (16,232), State Grid (16,036) and Star Charge (8,348)",
"Guangdong (11,008), Jiangsu (6,285)". Each number is the figure of the name before its bracket, and counts what
the ranking is by ("in terms of the volume of charging stations"), not the things ranked ("operators")
(data/DICTIONARY.md "Metric naming", rule 3); a model's (nevreport.ingest.tables) where the name is a maker's
model ("Chery eX (4,120)"). A share a group of companies or brands holds names the group:
"Chinese brands accounted for 60 percent of retail sales" -> chinese_brand_share_of_..."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from nevreport.ingest.clauses import Spans, earlier_sentences
from nevreport.ingest.extract import Mention
from nevreport.ingest.measures import STOP_WORDS, noun_phrase
from nevreport.ingest.tokens import HEDGE_BEFORE, snake

# ("Chery eX (", "JAC iQ S/R (": a model's name may open in lower case)
# (not a unit: "55.5 GWh (18.5% share)")
_UNIT_NAMES = r"(?!(?:[GMk]Wh|[GMk]W|TEUs?|RMB|USD|CNY|EUR|HKD)\b)"
_ITEM_BEFORE = re.compile(rf"(?P<name>(?<![\w'-]){_UNIT_NAMES}[A-Z][\w&.'/-]*"
                          # ("Tiggo 7 Pro (432 units)": a model's number inside its name)
                          r"(?:\s+(?:[A-Z][\w&.'/-]*|[a-z]+[A-Z0-9][\w&.'/-]*|\d{1,2}(?=\s+[A-Z]))){0,3})\s*\(\s*"
                          # ("Orion (2890, up 88.1)", "Lumen (down 5.1%)": an item's change after its level)
                          r"(?:\d[\d,.]*(?:\s+[a-z]+)?,\s*)?(?:(?:up|down)\s+)?$")
_CHANGE = r"(?:%|percent\b|per\s+cent\b)"
_ITEM_AFTER = re.compile(rf"\s*{_CHANGE}?\s*(?:[a-z]+\s*)?(?:,\s*(?:up|down)\s+[\d.,]+\s*{_CHANGE}?\s*)?\)")
_ITEMS = re.compile(rf"(?<![\w'-]){_UNIT_NAMES}(?:[A-Z][\w&.'/-]*|[a-z]+[A-Z0-9][\w&.'/-]*)\s*\(\s*"
                    r"(?:(?:up|down)\s+)?\d")
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


_TIME_NOUNS = frozenset({"hours", "days", "weeks", "months", "years"})


def ranked_by(text: str, spans: Spans) -> str:
    """What a ranked list's numbers count: the thing "in terms of" names, else the last thing counted before
    the list that is not what is ranked; "" when neither says."""
    regions = [spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:6]]
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
                   if n and n.rsplit("_", 1)[-1] != ranked
                   and n.rsplit("_", 1)[-1] not in _TIME_NOUNS]  # (not "The fair ran for 12 days")
        if counted:
            return counted[-1]
    return ""


_GROUP = (r"(?P<group>(?:top\s+(?:\d+|three|five|ten)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?"
          r"(?:brands|makers|carmakers|automakers|startups|start-ups|companies|firms|enterprises|manufacturers"
          r"|players|OEMs))")
_GROUP_HOLDS = re.compile(rf"(?i)\b{_GROUP}\s+(?:(?:now|still|currently)\s+)?"
                          r"(?:account(?:s|ed|ing)?\s+for|captured|held|took|occup(?:y|ies|ied)"
                          r"|made\s+up|had|claimed|commanded|reached|stood\s+at|(?:were|was)\s+(?:only\s+)?at)\s+(?:a\s+)?(?:mere\s+|only\s+|just\s+)?"
                          rf"{HEDGE_BEFORE}$")
# "giving Chinese makers a 47% share of the market": the share given them
_GIVEN_GROUP = re.compile(rf"(?i)\b(?:hand(?:ing|ed|s)?|giv(?:ing|es?)|gave)\s+{_GROUP}\s+(?:a\s+)?"
                          rf"(?:mere\s+|only\s+|just\s+)?{HEDGE_BEFORE}$")
_SHARE_OF_GROUP = re.compile(rf"(?i)\b(?:share|proportion)\s+of\s+(?:the\s+)?{_GROUP}\b")
_OF_GROUP_ACCOUNTING = re.compile(rf"(?i)\bof\s+(?:the\s+)?{_GROUP}\b[^;]{{0,60}}?,\s*accounting\s+for\s+$")
# "Chinese-brand passenger cars were sold ..., accounting for": cars of a group of brands named by their origin
_BRAND_KIND_ACCOUNTING = re.compile(
    r"(?i)\b(?P<origin>Chinese|domestic|homegrown|indigenous|foreign|local|German|Japanese|American|Korean|European)"
    r"[- ]brand(?:ed)?\s+(?:passenger[\s-]+)?(?:cars|vehicles|automobiles|NEVs|EVs)\b[^;]{0,80}?"
    rf"(?:,\s*(?:accounting\s+for|making\s+up)|\s+accounted\s+for)\s+{HEDGE_BEFORE}$")
# "the share of these cars so far this year": the cars of a group of brands the sentences before name
_SHARE_OF_THESE = re.compile(r"(?i)\bshare\s+of\s+(?:these|those|such)\s+(?:cars|vehicles|brands|models)\b")
# the origins brands and cars are named by ("German brands", "South Korean cars")
ORIGIN_WORDS = ("Chinese", "German", "Japanese", "American", "Korean", "South Korean", "European", "Russian", "French",
                "foreign")
ORIGIN = "(?:" + "|".join(o.replace(" ", r"\s+") for o in ORIGIN_WORDS) + ")"
# Cars or brands named by their origin, whose share a sentence gives
_ORIGIN_SHARE = re.compile(
    rf"(?i)\b(?:share|percentage|proportion)\s+of\s+(?:new\s+)?(?P<origin>{ORIGIN})\s+(?:cars|vehicles|brands)\b"
    rf"|\b(?P<origin2>{ORIGIN})\s+(?:car\s+)?brands(?:['\u2019]|\b[^.;\d]{{0,40}}?\b(?:whose|their))\s+(?:market\s+)?"
    rf"share\b")
# A sentence whose subject is a group of brands named by their origin ("Chinese brands dominated the market,
# selling ..., accounting for", "In May, Chinese automakers reached a 14 percent share", "Chinese passenger cars
# sold ..., with a market share of"): the shares in it are the group's
_SUBJECT_GROUP = re.compile(
    # ("Offering low prices, Chinese-manufactured vehicles accounted for", "Backed by ..., ...": an opening
    # participle's clause)
    rf"(?i)\s*(?:(?:In|During|Between|From|For|Over|So\s+far|Last|This)\b[^,.;]{{0,60}},\s*"
    rf"|(?-i:[A-Z][a-z]+(?:ing|ed))\b[^,.;\d]{{0,80}},\s*)?(?:only\s+|just\s+|even\s+)?"
    rf"(?:sales\s+of\s+)?(?:the\s+)?"
    rf"(?:(?P<origin>{ORIGIN}|domestic|homegrown|indigenous|independent)(?:[- ](?:owned|made))?[- ]"
    r"(?:(?:auto|car|passenger[- ]car)\s+)?(?:brands|brand(?:ed)?\s+(?:passenger\s+)?(?:cars|vehicles|models)|carmakers"
    r"|automakers|car\s*makers|auto\s*makers|manufacturers|OEMs|marques)"
    # (cars named by a country of origin are its brands'; "domestic vehicles" are those sold at home)
    rf"|(?P<country>{ORIGIN})(?:[- ](?:made|manufactured|built))?\s+(?:passenger\s+)?(?:cars|vehicles)"
    # ("Luxury car retail sales came to ..., with a retail share of 8.5%": a segment of brands, by their kind)
    r"|(?P<segment>luxury|mainstream\s+joint[- ]venture)(?:\s+(?:car|auto|passenger[- ]car))?(?:\s+brands)?)\b")
# what makes the number a share the subject holds: "accounting for", "took", "with a market share of", "a 14 percent
# market share", and the pronoun of a sentence after one whose subject the group is ("They took 4.9 per cent")
_HOLDS_SHARE = re.compile(rf"(?i)\b(?:account(?:s|ed|ing)?\s+for|making\s+up|made\s+up|t(?:ook|aking|akes?)"
                          rf"|captur(?:ed|ing|es?)|h(?:eld|olding|olds?)|claim(?:ed|ing|s)?|reach(?:ed|ing|es)?\s+(?:a|an)"
                          rf"|(?:with|had|has|have)\s+(?:a|an)\s+(?:market\s+|retail\s+|sales\s+)?share\s+of)\s+(?:a\s+|an\s+)?{HEDGE_BEFORE}$")
_SHARE_NAMED_AFTER = re.compile(r"(?i)\s*(?:(?:market\s+)?share\b|of\s+(?:the\s+)?(?:total|overall|all|[\w'\u2019]+\s+"
                                r"(?:total|overall|market|sales|registrations))\b|of\s+(?:the\s+)?(?:\w+\s+){0,3}?"
                                r"(?:sales|market|registrations|deliveries|exports)\b)")
WITH_OWN_SUBJECT = re.compile(r"(?i)\bwith\s+(?!(?:a|an|its|their)\b)(?:[\w()-]+\s+){1,6}?"
                               r"(?:accounting|making|taking)\b")
_THEY_OPEN = re.compile(r"(?i)\s*(?:They|Their\s+(?:market\s+)?share)\b")
# "lifting the Chinese share to 7.3%": the share of brands named by their origin
_ORIGIN_SHARE_TO = re.compile(rf"(?i)\bthe\s+(?P<origin>{ORIGIN})\s+(?:brands['\u2019]\s+)?(?:market\s+)?share\s+"
                              rf"(?:to|at|of|was|stood\s+at|rose\s+to|reached|hit)\s+{HEDGE_BEFORE}$")


def _subject_group_share(text: str, spans: Spans, mention: Mention, companies: Collection[str]) -> str:
    """The origin of the brands whose share the number is, when its sentence's subject (or, for "They", the
    sentence before's) is a group of brands named by their origin and the number is said as a share; ""."""
    if mention.unit != "percent" or mention.direction:
        return ""
    before = text[spans.sentence[0] : mention.start]
    to = _ORIGIN_SHARE_TO.search(before)
    if to:
        return to["origin"]
    if not (_HOLDS_SHARE.search(before) or _SHARE_NAMED_AFTER.match(text, mention.end)):
        return ""
    subject = _SUBJECT_GROUP.match(text, spans.sentence[0])
    if not subject and _THEY_OPEN.match(text, spans.sentence[0]):
        told = earlier_sentences(text, spans.sentence[0], across_paragraphs=False)[:1]
        subject = _SUBJECT_GROUP.match(text, told[0][0]) if told else None
        if subject and not re.search(r"(?i)\b(?:share|account|took|captured|market)\b", text[told[0][0] : told[0][1]]):
            subject = None
    if not subject or subject.end() > mention.start:
        return ""
    origin = subject["origin"] or subject["country"] or snake(subject["segment"].lower())
    between = text[subject.end() : mention.start]
    if WITH_OWN_SUBJECT.search(between):
        return ""  # ("..., with NEVs making up 44.1 percent of all sales": theirs)
    if any(re.search(rf"\b{re.escape(name)}\b", between) for name in companies):
        return ""  # ("Chinese brands were led by Zeta, which took 3%": the company's)
    return origin


_SEGMENTS = frozenset({"luxury", "mainstream_joint_venture"})
_THEIR_SHARE = re.compile(r"(?i)\btheir\s+(?:retail\s+|market\s+|sales\s+)*share\b")
_ORIGIN_BRANDS = re.compile(rf"(?i)\b(?P<origin>{ORIGIN}|domestic|homegrown|indigenous|local)[- ]"
                            r"(?:(?:auto|car)\s+)?brands\b")
_BRANDS_NAMED = re.compile(
    r"(?i)\b(?P<origin>Chinese|domestic|homegrown|indigenous|local)[- ](?:(?:auto|car)\s+)?brand")
# Brands a story about China calls its own are Chinese brands, whatever the word
_ORIGINS = {"domestic": "chinese", "homegrown": "chinese", "indigenous": "chinese", "local": "chinese",
            "independent": "chinese"}
_SINGULAR = {"companies": "company", "start-ups": "startup"}
_DIGITS = {"three": "3", "five": "5", "ten": "10"}
_NOT_GROUP = frozenset({"the", "a", "its", "their", "china's", "chinese-owned", "all", "other", "these", "those"})


def brand_origin(word: str, abroad: bool = False) -> str:
    """The origin a group of brands is named by: "domestic" -> chinese (in a story about another country,
    "domestic" stays), "German" -> german."""
    return word.lower() if abroad else _ORIGINS.get(word.lower(), word.lower())


def share_group(text: str, spans: Spans, mention: Mention, abroad: bool = False,
                companies: Collection[str] = ()) -> str:
    """The group of companies or brands a share is held by, singular: "NEV startups captured 31.2% of the
    market" -> nev_startup, "the top 3 power cell makers ..., accounting for 78.6 percent" -> top_3_power_cell_maker;
    "" when the share is no group's. `companies`: the names of companies, any of which named between a group the
    sentence opens with and the share makes the share that company's."""
    before = text[spans.clause[0] : mention.start]
    branded = _BRAND_KIND_ACCOUNTING.search(text, spans.sentence[0], mention.start)
    if branded:  # "812,000 domestic-brand passenger cars were sold, accounting for 51.2 percent": the brands' share
        return f"{brand_origin(branded['origin'], abroad)}_brand"
    if _THEIR_SHARE.search(text, spans.sentence[0], mention.start):
        # "Japanese brands lost most. Their share in May slid to 11%": the brands the sentence before names
        for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]:
            named = _ORIGIN_BRANDS.search(text, start, end)
            if named:
                return f"{brand_origin(named['origin'], abroad)}_brand"
    if _SHARE_OF_THESE.search(text, spans.sentence[0], mention.start):
        for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]:
            named = _BRANDS_NAMED.search(text, start, end)
            if named:
                return f"{brand_origin(named['origin'], abroad)}_brand"
    of_origin = _ORIGIN_SHARE.search(text, spans.sentence[0], mention.start)
    if of_origin:  # "The share of Chinese vehicles there rose from", "Japanese car brands, whose market share slid"
        return f"{brand_origin(of_origin['origin'] or of_origin['origin2'], abroad)}_brand"
    found = _GROUP_HOLDS.search(before) or _GIVEN_GROUP.search(before) or _SHARE_OF_GROUP.search(
        text, spans.sentence[0], mention.start) or _OF_GROUP_ACCOUNTING.search(text, spans.sentence[0], mention.start)
    if not found:
        origin = _subject_group_share(text, spans, mention, companies)
        if origin in _SEGMENTS:  # "luxury_brand", "mainstream_joint_venture_brand"
            return f"{origin}_brand"
        return f"{brand_origin(origin.split()[-1], abroad)}_brand" if origin else ""  # ("South Korean": korean)
    # "Sales of Chinese brands accounted for ...": the group is what follows the last "of", "by" or "from"
    group = re.split(r"(?i)\b(?:of|by|from|among|for)\s+", found["group"])[-1]
    words = [w.lower() for w in group.replace("-", " ").split()]
    words = [_DIGITS.get(w, w) for w in words if w not in _NOT_GROUP and w not in STOP_WORDS and w not in (
        "while", "whereas", "but", "meanwhile")]
    if words[-2:] == ["start", "ups"]:
        words[-2:] = ["startups"]
    words[-1] = _SINGULAR.get(words[-1], words[-1].removesuffix("s"))
    if len(words) >= 2 and words[-1] == "brand":  # "homegrown brands": Chinese brands
        words[-2] = brand_origin(words[-2], abroad)
        words = [w for i, w in enumerate(words) if not i or w != words[i - 1]]  # ("Chinese domestic brands")
        origin = brand_origin(words[0], abroad)
        if len(words) > 2 and origin not in ("passenger", "car", "vehicle", "auto") and all(
                w in ("passenger", "car", "vehicle", "auto") for w in words[1:-1]):
            words = [origin, "brand"]  # "Chinese passenger car brands": the brands, whose kind the whole names
    if len(words) == 2 and words[1] in ("manufacturer", "carmaker", "automaker") and re.fullmatch(
            ORIGIN, words[0], re.IGNORECASE):
        words = [brand_origin(words[0], abroad), "brand"]  # "Chinese manufacturers accounted for": their brands'
    words = ["nev" if w in ("nev", "nevs", "ev") else w for w in words]
    return "_".join(words)


# The leading few of a field: "the top three firms", "the top four and top eight", "the top eight's share"
_TOP_N = re.compile(r"(?i)\btop\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\b"
                    r"(?![.,]\d|\s*[-\u2013])(?:['\u2019]s)?(?:\s+(?P<noun>companies|producers|makers|manufacturers|enterprises|firms|players"
                    r"|suppliers|carmakers|automakers|brands|battery\s+makers)\b)?")
# "The five biggest producers ... held 81.7 per cent of the market between them", "with second-placed Lumen, the two
# companies hold 58.9 per cent": the leading few, said another way
_LARGEST_N = re.compile(r"(?i)\b(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+"
                        r"(?:largest|biggest|leading)\s+(?P<noun>companies|producers|makers|manufacturers|enterprises"
                        r"|firms|players|suppliers|carmakers|automakers|brands|battery\s+makers)\b"
                        r"|(?<=second-placed\s)(?:[A-Z][\w-]*,\s+)?the\s+(?P<pair>two)\s+companies\b")


# "The top two, four, and eight makers installed ...": several leading groups named in one phrase
# ("the Top 2, Top 4 and Top 8 makers": the word said again before each count)
_TOP_LIST = re.compile(r"(?i)\btop\s+(?P<counts>(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)"
                       r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:top\s+)?)+(?:\d{1,2}|two|three|four|five|six|seven|eight"
                       r"|nine|ten|twenty))\s+"
                       r"(?P<noun>companies|producers|makers|manufacturers|enterprises|firms|players|suppliers|carmakers"
                       r"|automakers|brands|battery\s+makers)\b")


class _Top(NamedTuple):
    """A leading group named in the text: where its words stand, how many it counts and what they are."""

    start: int
    end: int
    n: str
    noun: str
    words: str


def _tops(text: str, start: int, end: int) -> list[_Top]:
    found = [_Top(m.start(), m.end(), m.groupdict().get("n") or m.groupdict().get("pair") or "", m["noun"] or "",
                  m.group()) for pattern in (_TOP_N, _LARGEST_N) for m in pattern.finditer(text, start, end)]
    for listed in _TOP_LIST.finditer(text, start, end):
        counts = re.findall(r"\w+", re.sub(r"(?i)\b(?:and|top)\b", " ", listed["counts"]))
        found = [t for t in found if not listed.start() <= t.start < listed.end()]
        found += [_Top(listed.start(), listed.end(), n, listed["noun"], listed.group()) for n in counts]
    return sorted(found, key=lambda t: t.start)  # (stable: the groups of one phrase stay in their order)


_INTO_THE = re.compile(r"(?i)\b(?:entering|enter(?:s|ed)?|join(?:s|ed|ing)?|among|in|into|of|to|within)\s+(?:the\s+)?"
                       r"(?:[\w-]+['\u2019]s\s+)?$")
_FIGURE_OF = re.compile(r"(?i)\b(?:installations?|sales|output|production|deliveries|shipments|volumes?|shares?)"
                        r"\s+of\s+(?:the\s+)?$")
_SHARE_OF_THE = re.compile(r"(?i)\bshares?\s+of\s+(?:the\s+)?$")
_TOP_DIGITS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
               "nine": "9", "ten": "10", "twenty": "20"}  # fmt: skip
# "Their combined shares came to 58.2%, 77.5% and 91.6%": the shares of the groups the sentence before named
_THEIR_SHARES = re.compile(r"(?i)\s*(?:their|the\s+groups['\u2019])\s+(?:combined\s+|respective\s+)*"
                           r"(?:market\s+)?shares\b")


def top_group(text: str, spans: Spans, mention: Mention, numbers: list[Mention]) -> tuple[str, str]:
    """The leading group whose figure the number is, as (how many, what they are): "The top two firms
    made up 41.3 GWh, whereas the top four and top eight came to 52.6 GWh and 60.2 GWh, respectively" -> ("4",
    "firms") for 52.6; the groups in turn for the figures of the number's kind its sentence lists (`numbers`),
    those of the sentence before for "Their combined shares came to ..."; ("", "") when none."""
    # (not "entering the top 10 NEV makers by sales": a rank reached, no group's figure)
    # ("Output of the Top 2 and Top 4 makers came to ...": the groups' own figures)
    own = [t for t in _tops(text, *spans.sentence) if not _INTO_THE.search(text, max(0, t.start - 20), t.start)
           or _FIGURE_OF.search(text, max(0, t.start - 40), t.start)]
    told = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    theirs = bool(told) and bool(_THEIR_SHARES.match(text, spans.sentence[0]))
    groups = _tops(text, *told[0]) if theirs else own
    just_before = [t for t in own if t.end <= mention.start and spans.clause[0] <= t.start
                   and not any(t.end <= n.start < mention.start for n in numbers)]
    if just_before and (re.search(r"(?i)['\u2019]s\b", just_before[-1].words) or _SHARE_OF_THE.search(
            text, max(0, just_before[-1].start - 20), just_before[-1].start)):
        found = just_before[-1]  # "with the top eight's share slipping 3.7 percentage points", "the share of the top
        # four slipped 0.8 points"
    else:
        listed = [n for n in numbers if not any(g.start <= n.start < g.end for g in own)]
        if not groups or len(listed) != len(groups) or mention not in listed:
            return "", ""
        found = groups[listed.index(mention)]
        if not theirs and found.start > mention.start:
            return "", ""  # (the group is named before its figure)
    noun = found.noun or next((g.noun for g in (*groups, *own) if g.noun), "") or "companies"
    return _TOP_DIGITS.get(found.n.lower(), found.n), noun.lower()
