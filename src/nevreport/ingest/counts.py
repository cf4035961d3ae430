"""Names of what is not a vehicle series: areas, lengths, places counted by what stands in them, running totals.

- An area or a length is named by what is measured and the kind of its unit: "a stand of 800 square meters"
  -> `stand_area`, "400,000 square meters of storage yards" -> `storage_yard_area`, "their test mileage now
  tops 20 million kilometers" -> `test_mileage`, "1,200 test roads have a total length of 900 kilometers" ->
  `test_road_length`.
- Places counted by what stands in them: "stores in over 60 countries" -> `store_countries`.
- A running total since some start ("cumulative", "by the end of June", "in total" over years) adds
  `_cumulative` to a series.
"""

from __future__ import annotations

import re

from nevreport.common.dates import CALENDAR_WORD
from nevreport.ingest.clauses import Spans, earlier_sentences
from nevreport.ingest.entities import ABROAD
from nevreport.ingest.extract import Mention
from nevreport.ingest.measures import STOP_WORDS, VEHICLE_NOUNS, battery_in, measures_in, noun_phrase, what_in
from nevreport.ingest.tokens import HEDGE_BEFORE, singular, snake

_LENGTH_UNIT = re.compile(r"(?i)\s*(?:-\s*)?(?:kilomet(?:er|re)s?|km|miles?)\b")
_MILEAGE = re.compile(r"(?i)\b(?P<words>(?:[a-z-]+\s+){0,2})(?:mileage|distance\s+(?:travell?ed|driven|covered))\b")
_COVERING = re.compile(r"(?i)\b(?:cover\w*|span\w*|stretch\w*|with|ha(?:ve|s|d|ving))\s+(?:a\s+)?(?:total\s+)?"
                       r"(?:distance|length)"
                       r"\s+of\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?$")
_PLURAL_COUNT = re.compile(r"(?i)\b\d[\d,]*\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+s)\b")
_DROP = frozenset({"total", "the", "a", "an", "its", "their", "such", "of", "overall"})


def _name(words: str) -> str:
    kept = [w for w in words.lower().replace("-", " ").split() if w not in _DROP and w not in STOP_WORDS]
    return "_".join(kept)


def length_name(text: str, mention: Mention, spans: Spans) -> str:
    """The metric of a length: what is measured and its kind; "" when the number is not a length."""
    unit = _LENGTH_UNIT.match(text, mention.end)
    if not unit:
        return ""
    after = re.match(r"\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?)s?\b(?:\s+network)?", text[unit.end() : unit.end() + 40])
    if unit.group().lstrip().startswith("-") and after:  # "a 600-km test road network"
        return f"{_name(after.group(1))}_length"
    before = text[spans.sentence[0] : mention.start]
    mileage = list(_MILEAGE.finditer(before))
    if mileage:  # "Their test mileage now tops 20 million kilometers"
        return "_".join(filter(None, [_name(mileage[-1]["words"]), "mileage"]))
    if _COVERING.search(before):  # "The city's 1,200 test roads have a total length of 900 kilometers"
        counted = list(_PLURAL_COUNT.finditer(before))
        if counted:
            words = _name(counted[-1]["noun"]).split("_")
            return "_".join([*words[:-1], singular(words[-1]), "length"])
    return ""


_SPANNING = re.compile(r"(?i)\b(?:spanning|spans|spanned|covering|covers|covered|occupying|occupies|occupied"
                       r"|(?:stretching|stretches|stretched|sprawling|sprawls|sprawled)(?:\s+out)?"
                       r"\s+(?:across|over))\s+"
                       r"(?:an?\s+area\s+of\s+)?(?:over\s+|more\s+than\s+|about\s+|around\s+|nearly\s+|some\s+)?$")


def area_name(text: str, mention: Mention, spans: Spans, event: bool = False) -> str:
    """The metric of an area: "a stand with 800 square meters" -> stand_area, "400,000 square meters of storage
    yards" -> storage_yard_area; "" when neither says what."""
    before = text[spans.clause[0] : mention.start]
    if re.search(r"(?i)\b(?:stand|booth|pavilion)\b", before):
        return "stand_area"  # a company's stand, whatever the words after the number call its space
    if re.search(r"(?i)met(?:er|re)$", mention.text):  # "its 200,000 square-meter show halls"
        named = re.match(r"\s+((?:[a-z-]+\s+){0,1}[a-z-]+?)s?\b", text[mention.end : mention.end + 40])
        if named and named.group(1).split()[0] not in STOP_WORDS:
            name = _name(named.group(1))
            if event and re.fullmatch(r"(?:exhibition|floor|show)_space", name):
                return "exhibition_area"  # "a 360,000-square-meter exhibition space": the show's whole area
            return name if name.endswith("area") else f"{name}_area"
    if event and re.search(r"(?i)\b(?:an?|the|total)\s+(?:(?:record(?:-breaking)?|total|whole|overall)\s+)?"
                           r"(?:(?:exhibition|floor|expo|show|fair)\s+)?(?:area|space)\s+of\s+(?:over\s+|more\s+than\s+|about\s+|some\s+)?$",
                           before):
        return "exhibition_area"  # "the fair, covering an area of 90,000 square meters"
    if re.search(r"(?i)\b(?:the|its|total)\s+exhibition\s+(?:area|space)\b[^.;,]{0,40}?\b(?:reached|was|is|covers"
                 r"|covered|spans|spanned|totals|totaled|totalled|stood\s+at|hit)\s+"
                 r"(?:over\s+|more\s+than\s+|about\s+|some\s+)?$", before):
        return "exhibition_area"  # "the exhibition area totals 180,000 square meters this year"
    of_other = re.match(r"\s+of\s+(?!space\b)", text[mention.end : mention.end + 12])
    if event and _SPANNING.search(before) and not of_other:
        return "exhibition_area"  # "The fair, spanning some 90,000 square meters", "sprawling over 150,000 square
        # meters of space": the show's whole area
    area_of = re.search(r"(?i)\b(?P<noun>[a-z]+)\s+area\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+"
                        r"|more\s+than\s+)?$", before)
    if area_of and area_of["noun"].lower() not in ("total", "an", "a", "the", "its", "their", "whole", "covering"):
        return f"{area_of['noun'].lower()}_area"  # "its deck area of nearly 52,000 square meters"
    of = re.match(r"\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+?)s?\b", text[mention.end : mention.end + 40])
    if of and of.group(1).split()[0] not in STOP_WORDS:
        name = of.group(1).replace(" ", "_").replace("-", "_")
        return name if name.endswith("area") else f"{name}_area"
    return ""


def place_count_name(text: str, mention: Mention, spans: Spans, noun: str) -> str:
    """"runs retail stores in over 40 countries and regions" -> retail_store_countries: the places named by what
    stands in them."""
    if not noun.startswith("countries"):
        return ""
    before = re.search(r"(?i)\b(?P<thing>(?:[a-z-]+\s+)?[a-z-]+s)\s+in\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+"
                       r"|some\s+)?$", text[max(spans.sentence[0], mention.start - 60) : mention.start])
    if not before:
        return ""
    words = _name(before["thing"]).split("_")
    if not words or words[-1] in ("exhibitors", "companies", "exports", "routes", "products"):
        return ""
    return "_".join([*words[:-1], singular(words[-1]), "countries"])


# exports to a group of markets named by a quality: "exported to the three emerging markets", "shipped to developed
# markets"; overseas, foreign or global markets are exports as such
_TO_MARKETS = re.compile(r"(?i)\b(?:export(?:s|ed|ing)?|shipped|shipments)\s+to\s+(?:the\s+)?(?:(?:two|three|four|five"
                         r"|six|\d+)\s+)?(?P<group>(?!(?:overseas|foreign|global|international|world)\b)[a-z]+(?:[- ]"
                         r"[a-z]+)?)\s+markets\b")


def markets_group(text: str, start: int, end: int) -> str:
    """The group of markets exports go to: "exported to the three emerging markets" -> emerging_markets."""
    group = _TO_MARKETS.search(text, start, end)
    return group["group"].lower().replace("-", "_").replace(" ", "_") + "_markets" if group else ""


_TO_PLACE = re.compile(r"(?<![\d.,])\d[\d,.]*(?:\s+(?:million|thousand))?(?!\s*(?:%|percent))"
                       # ("12,000 EVs to", "12,000 EV units to")
                       rf"(?:\s+(?:[a-z]+|[A-Z]{{2,5}}s?)){{0,3}}(?:\s+in\s+{CALENDAR_WORD})?"
                       r"(?<!according)(?<!due)(?<!compared)(?<!equal)(?<!close)(?<!up)"
                       rf"\s+to\s+(?:the\s+)?(?P<place>(?!{CALENDAR_WORD})(?!China\b|Chinese\b)[A-Z][A-Za-z]+"
                       r"(?:\s+[A-Z][A-Za-z]+)?)\b")
_EXPORTS_TO_NAMED = re.compile(rf"(?i:\bexports?\s+(?:[\w-]+\s+){{0,2}}?to)\s+(?:the\s+)?(?P<place>(?!{CALENDAR_WORD})"
                               r"(?!China\b|Chinese\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\b")
_EXPORTED = re.compile(r"(?i)\bexport(?:s|ed|ing)?\b|\bshipped\b|\b(?:sent|sending)\b(?=[^.;]*\bto\b)")
# "cars worth $1.1 billion were exported to Russia": the market, however long the subject
_EXPORTED_TO = re.compile(rf"(?i:\b(?:were|was|been)\s+exported\s+to)\s+(?:the\s+)?(?P<place>(?!{CALENDAR_WORD})"
                          r"(?!China\b|Chinese\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\b")
# "Asian exports grew 71%": exports to a region named by its adjective
REGION_ADJECTIVES = {"Southeast Asian": "Southeast Asia", "Asian": "Asia", "European": "Europe", "African": "Africa",
                     "Latin American": "Latin America", "Middle Eastern": "Middle East",
                     "North American": "North America", "South American": "South America"}
REGION_EXPORTS = re.compile(rf"\b(?P<adjective>{'|'.join(REGION_ADJECTIVES)})\s+(?:exports|shipments)\b")
_SHORT_ABROAD = frozenset({"US", "UK", "EU", "USA"})
_SHORT_NAMES = {"UK": "united_kingdom", "U.K.": "united_kingdom", "EU": "european_union", "US": "united_states",
                "U.S.": "united_states", "USA": "united_states"}
# "exports of lithium batteries from Zeta to the US", "Shipments of cells to the UK rose", "its count of exported
# vehicles to Norway passed": where the goods go
SENT_TO = re.compile(r"(?i)\b(?:(?:exports?|shipments?)\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?"
                     r"|exported\s+(?:[a-z-]+\s+){0,2}?)to\s+(?:the\s+)?(?:(?:countries|markets|nations)\s+in\s+)?"
                     rf"(?P<place>(?-i:(?!{CALENDAR_WORD})(?!China\b|Chinese\b)[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z]+)?))")


def sent_abroad(text: str, start: int, end: int) -> re.Match[str] | None:
    """Goods sent "to" a country or region abroad between start and end ("Shipments of cells to the UK rose"), or
    None ("shipments to Shenzhen", "to Hertz")."""
    found = SENT_TO.search(text, start, end)
    return found if found and (found["place"] in ABROAD or found["place"] in _SHORT_ABROAD) else None


def export_destination(text: str, mention: Mention, spans: Spans) -> str:
    """The named country or region exports go to, for a number in its part of the sentence: "China exported 55,000
    autos to Iran, up 1.5 times, accounting for 29.6% of the total; 21,000 autos to ASEAN, ..." -> iran, asean."""
    if not spans.sentence[0] <= mention.start < spans.sentence[1] or not (
            _EXPORTED.search(text, *spans.sentence) or SENT_TO.search(text, *spans.sentence)):
        return ""  # (a number outside the sentence read has no part of it)
    semicolons = (spans.sentence[0] + m.end() for m in re.finditer(";", text[spans.sentence[0] : spans.sentence[1]]))
    cuts = sorted({spans.sentence[0], spans.sentence[1], *semicolons})
    start = max(c for c in cuts if c <= mention.start)
    end = min(c for c in cuts if c > mention.start)
    # ("exports reached 4.9 million, with 42,000 going to Chile": the later number's market; "sent 9,000 units to
    # the UK, while sending 8,000 to Belgium": each number's own)
    to_place = next((m for m in reversed(list(_TO_PLACE.finditer(text, start, end))) if m.start() <= mention.start),
                    None)
    # ("Exports to the EU rose 140%, and exports to Russia fell 12%": the market named last before the number)
    named = [m for m in _EXPORTS_TO_NAMED.finditer(text, start, end) if m.start() <= mention.start]
    if len(named) > 1 and not (to_place and to_place.start() > named[-1].start()):
        to_place = named[-1]
    found = to_place or sent_abroad(text, start, end) or _EXPORTED_TO.search(text, start, end)
    region = REGION_EXPORTS.search(text, start, end) if not found else None
    if region:
        return snake(REGION_ADJECTIVES[region["adjective"]])
    return _SHORT_NAMES.get(found["place"], snake(found["place"].replace(".", ""))) if found else ""


# ("domestic automobile sales")
_DOMESTIC = re.compile(r"(?i)\b(?:domestic|local)\s+(?:(?:auto|automobile|car|vehicle|NEV|passenger|new[- ]energy"
                       r"|electric|EV)\s+){0,3}(?:sales|deliveries)\b"
                       r"|\b(?:to|in|on|at)\s+the\s+(?:Chinese|domestic|home)\s+"
                       r"market\b|\b(?:sold|delivered)\s+domestically\b"
                       # "At home, where growth in its sales eased", "1.3 million of the NEVs stayed in China"
                       r"|\bat\s+home\s*,?\s+where\b|\b(?:remained|stayed)\s+(?:with)?in\s+China\b"
                       # "Its deliveries in China fell 9.8%", "its sales at home": a carmaker's in its home market
                       r"|\b(?:its|their)\s+(?:[\w-]+\s+)?(?:sales|deliveries)\s+(?:in\s+China|at\s+home)\b"
                       # "Zeta, whose car sales passed 48,000 units in China", "Lumen saw car deliveries slide in China"
                       r"|\b(?:its|their|saw|sees|see)\s+(?:[\w-]+\s+)?(?:sales|deliveries)\s+[^.;]{0,40}?\bin\s+China\b"
                       r"(?!['\u2019])")


def domestic(text: str, spans: Spans, measure: str) -> str:
    """"domestic" for sales or deliveries in the home market: "delivered 600,000 cars to the Chinese market"."""
    at_home = (_DOMESTIC.search(text, *spans.clause) or _AT_HOME_WHERE.search(text, spans.sentence[0], spans.clause[1])
               # "Domestic car sales gained 7%, after a 9% gain in April": a clause without a measure of its own
               # goes on with the sentence's
               or (not measures_in(text, *spans.clause) and _DOMESTIC.search(text, spans.sentence[0], spans.clause[1])))
    # "China's domestic sales stood at 2.1 million. Of these, petrol car sales totaled 1.04 million", "Sales of
    # petrol cars during the same period fell 5.3%": a part of the domestic whole the sentence before told of
    before = earlier_sentences(text, spans.sentence[0])[:1]
    part = bool(before) and bool(_AMONG_THEM.match(text, spans.sentence[0]) or _SAME_PERIOD.search(
        text, *spans.sentence)) and bool(_DOMESTIC.search(text, *before[0])) and not _ABROAD_SAID.search(
        text, *spans.sentence)
    # "car sales in China grew 4%" said just after exports: the sales at home, beside them
    in_china = _SALES_IN_CHINA.search(text, *spans.clause) and any(
        re.search(r"(?i)\bexport", text[start:end])
        for start, end in [spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]])
    return "domestic" if measure in ("sales", "deliveries") and (at_home or part or in_china) else ""


_SAME_PERIOD = re.compile(r"(?i)\b(?:during|in|over)\s+the\s+same\s+(?:period|months?|time)\b(?!\s+(?:a|last|of|in)\b)")
_ABROAD_SAID = re.compile(r"(?i)\b(?:export\w*|overseas|abroad|foreign|international)\b")
_SALES_IN_CHINA = re.compile(r"(?i)\b(?:sales|deliveries)\s+in\s+China\b(?!['\u2019])")
_AT_HOME_WHERE = re.compile(r"(?i)\bat\s+home\s*,?\s+where\b")
_TIME_UNITS = ("seconds", "minutes", "hours")
_TIME_OF = re.compile(r"(?i)\b(?P<verb>produc|mak|build|assembl|manufactur|charg)\w*\s+(?:a|an|one|each|every)\s+"
                      r"(?P<noun>[a-z]+?)s?\s+(?:(?:roughly|approximately|about|around|nearly)\s+)?(?:in|every)\s+"
                      r"(?:less\s+than\s+|under\s+|about\s+|just\s+|only\s+)?$"  # ("one vehicle roughly every 30")
                      r"|\b(?P<rolled>[a-z]+?)s?\s+rolls?\s+off\s+(?:the|its)\s+(?:production|assembly)\s+lines?\s+every\s+"
                      r"(?:\w+\s+)?$")


# "A finished Zeta car rolls off the line every 48 seconds", "the plant makes one new car every 75 seconds": how
# long one car takes on the line, said anywhere in the sentence of "every ... seconds"
_EVERY_BEFORE = re.compile(r"(?i)\bevery\s+(?:about\s+|roughly\s+|some\s+)?$")
_ROLLS_OFF = re.compile(r"(?i)\brolls?\s+off|\broll(?:ing)?\s+off"
                        r"|\b(?:assembles?|produces?|builds?|makes?|completes?)\s+(?:one|a)\s+(?:new\s+|completed\s+)?"
                        r"(?:vehicle|car|EV|NEV)\b|\bone\s+(?:new\s+)?(?:vehicle|car)\b")


def time_name(text: str, mention: Mention, spans: Spans, noun: str) -> str:
    """A time of something: "producing a car in less than 40 seconds", "a car rolls off the line every 40
    seconds", "one vehicle every 35 seconds" -> car_production_time (one series, whatever is made), "charging a
    battery in 15 minutes" -> battery_charging_time; "" when the number is not such a time."""
    if noun not in _TIME_UNITS:
        return ""
    found = _TIME_OF.search(text, spans.clause[0], mention.start)
    if found and found["verb"] and found["verb"].lower() == "charg":
        return f"{found['noun'].lower()}_charging_time"
    if found or (_EVERY_BEFORE.search(text, max(spans.sentence[0], mention.start - 20), mention.start)
                 and _ROLLS_OFF.search(text, *spans.sentence)):
        return "car_production_time"
    return ""


_LARGEST = re.compile(r"(?i)\b(?:largest|biggest)\s+(?P<thing>(?:[\w-]+\s+){0,4}?)market\b")


def largest_years_name(text: str, mention: Mention, spans: Spans, noun: str) -> str:
    """Years a place has led a market: "the biggest NEV market in the world for five years running" ->
    nev_largest_market_years; "" when the count is not of that shape."""
    if noun not in ("consecutive_years", "straight_years", "years"):
        return ""
    found = list(_LARGEST.finditer(text, spans.sentence[0], mention.start))
    if not found or not re.search(r"(?i)\bfor\s+(?:the\s+)?$", text[found[-1].end() : mention.start]):
        return ""
    what = what_in(text, found[-1].start("thing"), found[-1].end("thing")) or what_in(
        text, found[-1].end(), mention.start)  # "the largest market for electric vehicles for five years"
    return "_".join(filter(None, [what, "largest_market_years"]))


def span_name(text: str, mention: Mention, spans: Spans, noun: str) -> str:
    """A time a thing takes, or years a market has been led or a kind made and sold most; "" for other counts."""
    return (time_name(text, mention, spans, noun) or largest_years_name(text, mention, spans, noun)
            or leader_years_name(text, mention, spans, noun))


_BOTH_THEN_TOP = re.compile(r"(?i)\b(?:output|production)\s+and\s+sales\b(?:[^.;]|\.(?=\d)){0,200}?"
                            r"(?P<top>\b(?:remain\w*|stay\w*|kept|keep\w*|maintain\w*|held|hold\w*|retain\w*)\s+(?:the\s+)?(?:first|top|No\.\s*1"
                            r"|number\s+one|largest|leading)\b)[^.;]{0,60}?\bfor\s+(?:the\s+(?:past|last)\s+)?$")
_TOP_IN_BOTH = re.compile(r"(?i)\b(?:top|first|leading|largest|biggest)\b[^.;]{0,60}?\bproduction\s+and\s+sales\b")


# First in one measure: "ranking first in the export of passenger vehicles", "has topped global EV sales"
_FIRST_IN = re.compile(r"(?i)\b(?:rank(?:ed|ing|s)?\s+(?:first|No\.\s*1|number\s+one|top)|(?:taken|took|taking|held"
                       r"|holding|kept|keeping)\s+the\s+(?:top\s+spot|lead|first\s+place)|topp(?:ed|ing)|topped\s+the"
                       r"|led\s+(?:the\s+(?:world|country|nation|market|industry)|in)|leading\s+(?:the\s+(?:world|country"
                       r"|nation|market|industry)|in))\b(?P<rest>[^;]{0,120})")
_WORLD = re.compile(r"(?i)\b(?:world(?:wide)?|global(?:ly)?|internationally)\b")


def leader_years_name(text: str, mention: Mention, spans: Spans, noun: str) -> str:
    """Years a place or company has been first: in both making and selling a kind in the world ("has led the
    world in NEV production and sales for six years in a row" -> nev_global_leader_years), or in one measure
    ("ranking first in the export of passenger vehicles for 19 consecutive years" ->
    passenger_car_exports_leader_years; "first worldwide in installed capacity" -> `..._global_leader_years`)."""
    if noun not in ("consecutive_years", "straight_years", "years"):
        return ""
    found = _TOP_IN_BOTH.search(text, spans.sentence[0], mention.start)
    if found:
        return f"{what_in(text, found.start(), found.end()) or 'vehicle'}_global_leader_years"
    both = _BOTH_THEN_TOP.search(text, spans.sentence[0], mention.start)
    if both and _WORLD.search(text, both.start("top"), mention.start):
        # "vehicle output and sales have stayed first in the world for 16 consecutive years", "production and sales
        # came to ..., and the nation kept the top spot in the world for 10 straight years": first in both
        return f"{what_in(text, spans.sentence[0], both.start('top')) or 'vehicle'}_global_leader_years"
    first = [m for m in _FIRST_IN.finditer(text, spans.clause[0], mention.start)
             if re.search(r"(?i)\bfor\s+(?:the\s+(?:past|last)\s+)?$", text[: mention.start])]
    if not first:
        return ""
    said = (spans.sentence[0], mention.start)  # what and measure: the ranked phrase's, else the subject's
    measures = measures_in(text, first[-1].start("rest"), mention.start) or measures_in(text, *said)
    what = (what_in(text, first[-1].start("rest"), mention.start) or battery_in(text, *said) or what_in(text, *said))
    if not measures:
        return ""
    world = "global_" if _WORLD.search(text, *said) else ""
    names = {m.lastgroup for m in measures}
    if {"production", "sales"} <= names:  # "led the world in NEV production and sales": first in both
        return f"{what or 'vehicle'}_{world}leader_years"
    measure = measures[-1].lastgroup or ""
    what = what or ("power_battery" if measure == "installed_capacity" else "vehicle")
    return f"{what}_{measure}_{world}leader_years"


_POINTS_PAIR_AFTER = re.compile(r"(?i)\s*(?:,\s*)?and\s+[\d.]+\s*(?:percentage\s+points?|pp)\b")
_PACE = re.compile(r"(?i)\b(?:slower|faster|quicker)\s+than\b"
                   r"|\bthan\s+the\s+(?:[\w-]+\s+){0,2}(?:pace|growth\s+rate)\b")
# "2.1 percentage points lower than the falling rate of January-April": a growth's change
_THAN_THE_RATE = re.compile(r"(?i)\s*(?:higher|lower|faster|slower)\s+than\s+the\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:declin\w*|growth|fall\w*|ris\w*|increase|decrease)\s+rates?\b")
# "2.6 percentage points faster than the whole manufacturing sector": a growth set against another industry's
_THAN_INDUSTRY = re.compile(r"(?i)\s*(?:higher|lower|faster|slower|quicker)\s+than\s+(?:that\s+of\s+)?the\s+"
                            r"(?:overall\s+|whole\s+|entire\s+)?(?P<industry>manufacturing|industrial|mining|services?"
                            r"|construction|retail)\s+(?:industry|sector)\b")


# "The growth rate was 1.7 percentage points higher", "the growing speed increased 0.7 percentage points": a
# change of a growth rate
_RATE_SUBJECT = re.compile(r"(?i)\b(?:growth\s+(?:rate|pace)|growing\s+speed|rate\s+of\s+growth|pace\s+of\s+growth)"
                           r"\b(?:\s+[\w-]+){0,4}\s+(?:(?:was|is|increased|rose|went\s+up|climbed|fell|dropped|decreased"
                           r"|slowed|accelerated)\s+(?:by\s+)?)?$"
                           # "the fall eased by 3.1 percentage points on April": the fall's rate changed
                           # "The decline in sales narrowed by 2 percentage points", "the rate of decline eased by",
                           # "the growth slowed by": a change of the growth, not of a share
                           r"|\b(?:(?:the|its|this)\s+(?:rate\s+of\s+)?(?:decline|decrease|drop|fall|growth|increase|rise)"
                           r"(?:\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:sales|output|production|exports|deliveries))?"
                           r"|a\s+(?:decline|decrease|drop|fall|growth|increase|rise)\s+that)"
                           r"(?:,\s*(?:however|though|meanwhile),)?\s+(?:narrowed|widened"
                           r"|expanded|shrank|eased|slowed|accelerated|quickened|narrowing|widening|easing|slowing"
                           r"|accelerating)\s+(?:by\s+)?$")


# "9 percentage points above the national average (level)", "higher than the national average by 9 percentage
# points", "15 percentage points faster than the national average": a gap to the country's figure, not a change
NATIONAL_AVERAGE_AFTER = re.compile(r"(?i)\s*(?:higher|lower|above|below|more|less|over|under|faster|slower)\s+"
                                    r"(?:than\s+)?(?:that\s+of\s+)?the\s+(?:national|country['\u2019]s)\s+"
                                    r"(?:average|level|figure|rate)\b")
NATIONAL_AVERAGE_BEFORE = re.compile(r"(?i)\b(?:(?:higher|lower|above|below|more|less|faster|slower)\s+than"
                                     r"|outpac\w+|exceed\w*|surpass\w*|top(?:s|ped|ping)?|trail\w*|lagg?\w*\s+behind)\s+"
                                     r"(?:that\s+of\s+)?the\s+(?:national|country['\u2019]s)\s+"
                                     rf"(?:average|level|figure|rate)\s+by\s+{HEDGE_BEFORE}$")


def rate_changed(text: str, mention: Mention, spans: Spans) -> tuple[Mention, str] | None:
    """The growth a change in percentage points is of, and what it is compared with: "fell 6 percent year on
    year, 2.5 percentage points slower than the decline in the first eight months" -> the 6 percent, "mom" (on
    the period before; "yoy" for "than a year earlier"); None when the points are no growth's change."""
    if mention.unit != "percentage_points":
        return None
    of_rate = _RATE_SUBJECT.search(text, spans.sentence[0], mention.start)
    # "0.8 points and 1.2 points slower than": the first of a pair of changes is told with the second
    first_of_pair = _POINTS_PAIR_AFTER.match(text, mention.end)
    end = first_of_pair.end() if first_of_pair else mention.end
    if not of_rate and not _PACE.match(text, end) and not _THAN_INDUSTRY.match(text, end) and not (
            _THAN_THE_RATE.match(text, end)) and not (
            _PACE.search(text, end, min(end + 12, spans.sentence[1]))):
        return None
    region = (spans.sentence[0], mention.start)
    growths = list(re.finditer(r"\d[\d.]*\s*(?:percent(?!age)|%)", text[region[0] : region[1]]))
    if first_of_pair and len(growths) >= 2:
        growths = growths[:-1]  # (the first change is the first growth's: "rising 6.3% and 5.7%, each 0.8 and
        # 1.2 points below the pace before": 0.8 is the change of 6.3)
    if not growths and of_rate:  # "Exports rose 26.3 percent. The growth rate was 1.7 percentage points higher
        # than ...": the growth the sentence before states
        region = next(iter(earlier_sentences(text, spans.sentence[0], across_paragraphs=True)), region)
        growths = list(re.finditer(r"\d[\d.]*\s*(?:percent(?!age)|%)", text[region[0] : region[1]]))
    if not growths:
        return None
    found = growths[-1]
    start = region[0] + found.start()
    growth = Mention(start, start + len(found.group()), found.group(), 0.0, "percent", "exact", 0.0, "up")
    industry = _THAN_INDUSTRY.match(text, end)
    if NATIONAL_AVERAGE_AFTER.match(text, end):  # "rose 40 percent, 15 points faster than the national
        return growth, "vs_national_average"  # average": the growth's gap to the country's
    if industry:
        return growth, f"vs_{industry['industry'].lower()}"
    yoy = re.match(r"(?i)[^,.;]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year)\b",
                   text[end : spans.sentence[1]])
    return growth, "yoy" if yoy else "mom"


# a count since a model or a brand came out: a running total, whether told before its number or after
_SINCE_LAUNCH = r"since\s+(?:its\s+|their\s+)?(?:launch|debut)"
_CUMULATIVE = re.compile(r"(?i)\b(?:cumulative(?:ly)?|accumulated|by\s+the\s+end\s+of|to\s+date"
                         r"|in\s+total(?!\s+(?:last|this|in)\b)|so\s+far(?!\s+this\s+year)"
                         # "all it has delivered since it was founded": since it began
                         r"|since\s+(?:the\s+company|it)\s+was\s+(?:founded|established|set\s+up)"
                         r"|since\s+(?:its|the\s+company['\u2019]s)\s+(?:founding|inception|establishment)"
                         rf"|{_SINCE_LAUNCH})\b")
# a milestone: "topped 2 million units this week, four years after the first vehicle came off the line"
_MILESTONE = re.compile(r"(?i)\b(?:(?:after|since)\s+(?:the|its)\s+first\s+(?:car|vehicle|unit|model)"
                        r"|since\s+(?:mass\s+)?production\s+(?:began|started)"
                        rf"|{_SINCE_LAUNCH})\b")  # ("..., and Firefly 36,900 vehicles since launch")


def is_cumulative(text: str, mention: Mention, spans: Spans) -> bool:
    """A running total: "By the end of June, NEV production had exceeded 20 million units"."""
    said = text[spans.sentence[0] : spans.sentence[1]]
    cues = [c for c in _CUMULATIVE.finditer(text, spans.sentence[0], spans.clause[1])
            # ("In total, 16,200 buses were exported in 2024": the year's total, not a running one)
            if not (re.fullmatch(r"(?i)in\s+total", c.group()) and _IN_A_YEAR.search(said) and not re.search(
                r"(?i)\bsince\s+(?:19|20)\d\d|\bbringing\s+(?:the|its)\s+total|\bto\s+date\b", said))
            # ("Cumulative fuel cell vehicle output in 2023 came to 4,812 units": the year's total)
            and not (c.group().lower().startswith("cumulative") and _CUMULATIVE_IN_YEAR.match(text, c.end()))
            # ("Over full-year 2025 Zeta logged 512,300 cumulative deliveries", "its cumulative sales for
            # 2025 reached 406,300": the year's own total)
            and not (c.group().lower().startswith("cumulative") and _FOR_A_YEAR.search(said)
                     and not re.search(r"(?i)\bsince\b|\bto\s+date\b", said))]
    return bool(cues or _MILESTONE.search(text, spans.clause[1], spans.sentence[1]))


_CUMULATIVE_IN_YEAR = re.compile(r"(?i)(?:\s+[\w-]+){1,6}?\s+(?:in|during|for)\s+(?:19|20)\d\d\s+"
                                 r"(?:reached|totaled|totalled|was|were|stood|hit|came)\b")
_FOR_A_YEAR = re.compile(r"(?i)\bfor\s+(?:the\s+)?(?:full[- ]year\s+)?(?:19|20)\d\d\b(?!\s*(?:-|to|and)\s*\d)")
_IN_A_YEAR = re.compile(r"(?i)\b(?:in|during|for)\s+(?:(?:19|20)\d\d|the\s+(?:first|second)\s+half|(?:last|this)\s+year"
                        r"|the\s+(?:first|second|third|fourth)\s+quarter)\b")


_CURRENCY = r"yuan|RMB|CNY|USD|U\.?S\.?\s+dollars|dollars"
_SCALE = r"(?:\s+(?:million|billion|trillion))?"
# (the currency after the sum, "3.9 billion yuan", or before it, "USD 1.5 billion")
_MONEY = (rf"(?:about\s+|nearly\s+|over\s+)?(?:[\d.,]+{_SCALE}\s*(?P<currency>{_CURRENCY})"
          rf"|(?P<prefix>RMB|CNY|USD|US\$)\s*[\d.,]+{_SCALE})")
# "came to 31.8 billion USD, with a growth rate of 17.3%": the growth of the sum just told
_WITH_GROWTH_OF = re.compile(rf"(?i)(?P<money>{_MONEY})\s*,\s*(?:with|marking|representing)\s+an?\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:growth|increase|rise|decline|decrease|drop)(?:\s+rate)?\s+of\s+"
                             r"(?:about\s+|nearly\s+|over\s+)?$")
_LEVEL = re.compile(
    rf"(?i)(?<![\d.,])\d[\d,.]*(?:\s+(?:million|billion|trillion|thousand))?(?:\s*(?P<money>{_CURRENCY})"
    r"|\s+(?P<units>units|vehicles|cars|automobiles|NEVs|[a-z]+\s+(?:automobiles|vehicles|cars)))"
)


def _currency(word: str) -> str:
    return "cny" if word.lower() in ("yuan", "rmb", "cny") else "usd"


def value_growth(text: str, mention: Mention, spans: Spans) -> str:
    """The currency of the value a growth is of, or "": "exports grew 54 percent to reach 3.9 billion yuan", "90,000
    cars were exported, with a value of 15 billion yuan, up 20 percent and 30 percent, respectively"."""
    after = text[mention.end : spans.sentence[1]]
    reached = re.match(rf"(?i)(?:\s*(?:,|and)?\s*[\d.]+\s*percent)*\s+to\s+(?:reach\s+)?{_MONEY}", after)
    if reached:
        return _currency(reached["currency"] or reached["prefix"])
    with_growth = _WITH_GROWTH_OF.search(text, spans.sentence[0], mention.start)
    if with_growth:
        return _currency(with_growth["currency"] or with_growth["prefix"])
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    levels = list(_LEVEL.finditer(text, spans.sentence[0], mention.start))
    if levels and all(level["money"] for level in levels) and re.search(r"(?i)\bvalue\b", sentence):
        # "120,000 vehicles were exported, up 80 percent. The total value was 12 billion yuan, a rise of
        # 95 percent": the value's growth, kept apart from the count's stated just before
        before = earlier_sentences(text, spans.sentence[0])[:1]
        if before and any(level["units"] for level in _LEVEL.finditer(text, *before[0])):
            return _currency(levels[0]["money"])
    if not re.search(r"(?i)\brespectively\b", sentence):
        return ""
    percents = [spans.sentence[0] + m.start() for m in re.finditer(r"\d[\d.]*\s*(?:percent|%)", sentence)]
    if mention.start not in percents:
        return ""
    kinds: list[str] = []
    for level in _LEVEL.finditer(text, spans.sentence[0], percents[0]):
        kind = _currency(level["money"]) if level["money"] else "units"
        inside = text[max(spans.sentence[0], level.start() - 8) : level.start()].rstrip().endswith(("(", "about"))
        if kind != "units" and kinds and kinds[-1] != "units" and inside:
            continue  # "15 billion yuan (about 2.1 billion U.S. dollars)": one value in two currencies
        kinds.append(kind)
    if len(kinds) != len(percents):
        return ""
    kind = kinds[percents.index(mention.start)]
    return "" if kind == "units" else kind


_GOODS_COUNT = re.compile(r"(?i)\s+(?P<noun>[a-z]+s)\s+of\s+(?P<goods>[^,.;()]{3,50}?)(?P<export>\s+for\s+export)?"
                          r"(?=\s*[,.;]|\s+(?:up|down|in|at|from|to|during|last|this)\b|\s*$)")


def goods_count_name(text: str, end: int) -> str:
    """A count of lots of goods: "900 batches of lithium-ion batteries for export" ->
    lithium_battery_export_batches; "" when the count is not of that shape."""
    found = _GOODS_COUNT.match(text, end)
    if not found or found["noun"].lower() in ("units", "vehicles", "cars", "percent", "times", "years", "months"):
        return ""
    what = what_in(text, found.start("goods"), found.end("goods"))
    if not what or what == "vehicle":
        return ""
    return f"{what}{'_export' if found['export'] else ''}_{found['noun'].lower()}"


def counted_before(text: str, mention: Mention, spans: Spans) -> str:
    """The count a growth without a measure of its own is of: "handled 1,200 batches of batteries for export, up
    20 percent" -> the batches'."""
    numbers = list(re.finditer(r"(?<![\d.,])\d[\d,]*", text[spans.sentence[0] : mention.start]))
    return goods_count_name(text, spans.sentence[0] + numbers[-1].end()) if numbers else ""


# A part of a whole: "542,000 charging piles were newly built, including 237,000 public piles"; "Among them, ..."
_PART_OF = re.compile(r"(?i)\b(?:including|of\s+which|among\s+them|among\s+which|of\s+them|of\s+these|comprising"
                      r"|consisting\s+of|the\s+former|the\s+latter)\b")
_WHOLE_COUNT = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand)|\s?(?:mn|bn)\b)?"
                          r"(?![\d.,]*\s*(?:%|percent|pc\b))")
# Words that belong to what a thing is ("charging piles", "battery swapping stations"), not to which of them.
_THING_WORDS = frozenset({"battery", "batteries", "swap", "power", "hydrogen", "car", "vehicle", "fuel", "cell",
                          "parking", "service", "gas"})
_KIND_WORDS = frozenset({"ev", "evs", "nev", "nevs", "electric"})


_AMONG_THE = re.compile(r"(?i)\s*(?:among|of)\s+(?:all\s+)?(?:the|these|those)\s")
_ARE_WHAT = re.compile(r"\s+(?:are|were)\s+(?P<what>[a-z]+)\b(?=\s*(?:[,.;]|and\b|while\b|$))")


def _thing(words: list[str]) -> int:
    """Where the thing of a noun phrase's words starts: "newly built EV charging piles" -> at "charging"."""
    at = len(words) - 1
    while at > 0 and (words[at - 1].endswith("ing") or words[at - 1] in _THING_WORDS):
        at -= 1
    return at


def thing_of(name: str) -> str:
    """What a count's name counts, without which of them: newly_built_ev_charging_piles -> charging_piles."""
    words = name.split("_")
    return "_".join(words[_thing(words):])


_AMONG_THEM = re.compile(r"(?i)\s*(?:among\s+them|of\s+them|of\s+these|of\s+which|of\s+the\s+total),")
# ("2.2 million were public 'plugs'": a word in quotation marks is still the phrase's)
_ARE_PHRASE = re.compile(r"\s+(?:are|were)\s+(?P<phrase>[a-z][\w-]*(?:\s+['\u2018\u201c]?[a-z][\w-]*){0,3}?)"
                         r"['\u2019\u201d]?(?=\s*(?:[,.;]|and\b|while\b|up\b|down\b|$))")
# "Among the 9 million chargers, 2.2 million were public ...": the whole told in the part's own sentence
_OF_THE_COUNTED = re.compile(r"(?i)\s*(?:of|among)\s+(?:the|these|those|all\s+the)\s+\d[\d,.]*(?:\s+(?:million"
                             r"|billion|thousand))?\s+[a-z][\w\s-]{2,60}?,")


def _whole_in(text: str, region: tuple[int, int]) -> str:
    """What the last count of a region counts: "542,000 charging piles were built" -> charging_piles, "The number
    of public charging piles amounted to 1.04 million" -> public_charging_piles."""
    wholes = [m for m in _WHOLE_COUNT.finditer(text, *region) if not re.fullmatch(r"(?:19|20)\d\d", m.group())]
    whole = noun_phrase(text, wholes[-1].end()) if wholes else ""
    number_of = list(re.finditer(r"(?i)\bnumber\s+of\s", text[region[0] : region[1]]))
    if not whole and number_of:
        whole = noun_phrase(text, region[0] + number_of[-1].end() - 1)
    return whole


def part_name(text: str, mention: Mention, spans: Spans, noun: str) -> str:
    """The name of a part of a whole counted just before it: "542,000 charging piles were newly built, including
    237,000 public piles and 305,000 private ones" -> newly_built_public_charging_piles,
    newly_built_private_charging_piles; "" when the number is no such part (data/DICTIONARY.md, rule 3)."""
    lead = _AMONG_THEM.match(text, spans.sentence[0]) or _OF_THE_COUNTED.match(text, spans.sentence[0])
    are = _ARE_PHRASE.match(text, mention.end)
    if not noun and lead and are:
        # "Of the total, 3.1 million were public charging facilities and 9.3 million were private": a part of the
        # whole the sentence before counts, named from it
        # (or the one before that, when the sentence between speaks of it: "This figure marked an increase of")
        whole = next((w for w in (_whole_in(text, r) for r in [
            (lead.start(), lead.end()), *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]])
            if w), "")
        words = re.sub(r"['\u2018\u2019\u201c\u201d]", "", are["phrase"]).lower().split()
        if not whole or whole.rsplit("_", 1)[-1] in VEHICLE_NOUNS or words[-1] in VEHICLE_NOUNS:
            return ""
        own = words if len(words) == 1 else words[: _thing(words)]
        whole_words = whole.split("_")
        start = _thing(whole_words)
        before = [w for w in whole_words[:start] if w not in _KIND_WORDS and w not in own]
        return "_".join([*before, *own, *whole_words[start:]]) if own else ""
    among = _AMONG_THE.match(text, spans.sentence[0])
    said = _ARE_WHAT.match(text, mention.end)
    if not noun and among and said:  # "Among all the chargers, 87,000 are public": the whole's, so qualified
        among_words = noun_phrase(text, among.end() - 1).split("_")
        if not among_words[0] or among_words[-1] in VEHICLE_NOUNS or said["what"].endswith("ed"):
            return ""  # "Among the NEVs, 40,000 were exported": a measure of vehicles, read as one
        start = _thing(among_words)
        return "_".join([*(w for w in among_words[:start] if w not in _KIND_WORDS), said["what"].lower(),
                         *among_words[start:]])
    if not noun:
        return ""
    parts = list(_PART_OF.finditer(text, spans.sentence[0], mention.start))
    opening = re.fullmatch(r"(?i)\s*(?:this|these|it|the\s+figure|the\s+total)\s*",
                           text[spans.sentence[0] : parts[-1].start()]) if parts else None
    if parts and opening:  # "This includes 412,000 public charging points": parts of the total the sentence before
        earlier = earlier_sentences(text, spans.sentence[0])[:1]
        if not earlier:
            return ""
        region = earlier[0]
    elif parts:
        region = (spans.sentence[0], parts[-1].start())
    elif re.match(r"(?i)\s*(?:among\s+them|of\s+them|of\s+these|of\s+which|(?:this|these|it|the\s+figure|the\s+total)"
                  r"\s+(?:includes?|included|comprises?|comprised))\b", text[spans.sentence[0] :]):
        # "It includes 90,000 public piles and 300,000 private ones": parts of the total the sentence before counts
        earlier = earlier_sentences(text, spans.sentence[0])[:1]
        if not earlier:
            return ""
        region = earlier[0]
    else:
        return ""
    whole = _whole_in(text, region)
    if not whole:
        return ""
    whole_words, part_words = whole.split("_"), noun.split("_")
    head = part_words[-1]
    if head == "ones":
        head = whole_words[-1]
    elif head not in whole_words or whole_words[-1] != head:
        return ""
    start = _thing(whole_words)
    thing = whole_words[start:]
    before = [w for w in whole_words[:start] if w not in _KIND_WORDS]
    own = [w for w in part_words[:-1] if w not in thing and w not in before]
    if not own:
        return ""
    if len(thing) > 1 and own[-1].endswith(thing[0]):
        thing = thing[1:]  # "charging stations ..., of them 1,890 supercharging sites": supercharging_stations
    return "_".join([*before, *own, *thing])
