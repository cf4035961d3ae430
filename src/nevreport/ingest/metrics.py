"""A metric name for a number, composed from what its clauses count and measure, and the transform.

The transform: nothing for a level, `_target` for a goal, `_cny`/`_usd` for an amount, `_yoy_pct` (on a year
earlier), `_mom_pct` (on the month before), `_vs_<year>_pct`, `_yoy_times` (a growth stated as a multiple),
`<part>_share_of_<whole>` (the part NEVs unless the sentence names a narrower one) and `_yoy_pp`/`_mom_pp` (a
share's change in percentage points); "output and sales ... respectively" pairs numbers and measures in order,
"batteries and solar cells ... respectively" numbers and goods; a count of something else takes its noun, a
known metric whose reader's name the sentence states or whose series it continues, or where routes go.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from nevreport.common.dates import period_bounds
from nevreport.ingest.clauses import (
    AS_CLAUSE,
    CLAUSE_BREAK,
    LIST_JOIN,
    OF_GOAL_AFTER,
    Spans,
    body_start,
    earlier_sentences,
    list_opening,
    sentence_bounds,
    spans_around,
    status_of,
)
from nevreport.ingest.counts import (
    NATIONAL_AVERAGE_AFTER,
    NATIONAL_AVERAGE_BEFORE,
    REGION_ADJECTIVES,
    REGION_EXPORTS,
    area_name,
    counted_before,
    domestic,
    export_destination,
    goods_count_name,
    is_cumulative,
    length_name,
    markets_group,
    part_name,
    place_count_name,
    rate_changed,
    sent_abroad,
    span_name,
    thing_of,
    value_growth,
)
from nevreport.ingest.entities import (
    ABROAD,
    ABROAD_NAMES,
    BRAND_OWNERS,
    FOREIGN_COMPANIES,
    GLOBAL_MEANS_CHINAS,
    OPENS_IN_PLACE,
    PLACE_SET,
    PLACE_SHORT_NAMES,
    Entities,
    country_meant,
    known_company_names,
    respective_run,
)
from nevreport.ingest.extract import Mention, mentions_in
from nevreport.ingest.facilities import is_event, is_facility, is_plant
from nevreport.ingest.measures import (
    COMPANY_DESCRIBED,
    CONTINUES,
    MAKER,
    MONTH_BASE,
    OF_WHOLE,
    PENETRATION,
    POWERS,
    SERIES,
    SHARE_AFTER,
    SHARE_BEFORE,
    STOP_WORDS,
    VEHICLE_KINDS,
    VEHICLE_NOUNS,
    YEAR_BASE,
    Read,
    batteries_in,
    battery_in,
    direct_measure,
    distance,
    is_year_number,
    known_by_label,
    listed_after,
    masked_shares,
    measures_in,
    name_end,
    noun_phrase,
    other_measures_whats,
    paired_measure,
    paired_what,
    share_phrases,
    short_kinds,
    what_in,
    whats_in,
)
from nevreport.ingest.periods import (
    BASE_BEFORE_BRACKET,
    SET_AGAINST,
    YEAR,
    YEAR_BACK_AFTER_RUN,
    base_step,
    converted_from,
    day_named,
    day_range,
    lead_span,
    periods_named,
    prior_of,
    rate_moved_to,
)
from nevreport.ingest.prices import material_price, price_name, share_move
from nevreport.ingest.ranked import (
    ORIGIN,
    ORIGIN_WORDS,
    WITH_OWN_SUBJECT,
    brand_origin,
    ranked_by,
    ranked_name,
    share_group,
    top_group,
)
from nevreport.ingest.stocks import is_stock, stock_name, yoy_change
from nevreport.ingest.tables import LIST_MEASURE, PRICED, model_of, table_line
from nevreport.ingest.tokens import CHANGE_NOUNS, CURRENCIES, HEDGE_BEFORE, singular, snake

# "70 percent of the cars went to private owners": the share of private buyers
_BY_PRIVATE = re.compile(r"(?i)\s+of\s+(?:the\s+)?[\w\s-]{0,30}?\b(?:were|was|are|is)\s+(?:bought|purchased|owned)\s+by"
                         r"\s+(?:private|individual)\b")
_GOODS_OF = re.compile(r"(?i)\b(?:exports?|sales|imports?)\s+of\s+(?:the\s+)?(?:\w+'s\s+|its\s+|their\s+)?"
                       r"(?:products|goods|merchandise)\b")


# Units a number is measured in, which name no quantity ("46.5 kilowatts"), and a subject that does: "the
# average power capacity per public charging facility reached ..."
_UNIT_WORDS = frozenset({"kilowatts", "kw", "kilowatt_hours", "kwh", "gwh", "megawatts", "mw", "gigawatts", "gw",
                         "kilometers", "kilometres", "km", "meters", "metres", "tonnes", "hours", "minutes",
                         "seconds", "count"})
_QUANTITY_OF = re.compile(r"(?i)\s*(?:[\w\s,]{0,40},\s*)?(?:the\s+)?(?P<quantity>(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+"
                          r"(?:of|per|for)\s+(?:each\s+|every\s+|an?\s+|the\s+|all\s+)?"
                          r"(?P<thing>(?:[a-z-]+\s+){0,5}?[a-z-]+?)\s+(?:has\s+|have\s+|had\s+)?(?:reached|was|stood\s+at|hit"
                          r"|totaled|totalled|rose\s+to|climbed\s+to|increased\s+to|grew\s+to)\b")
_LEVEL_IN_UNITS = re.compile(r"(?i)\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:kilowatts|kW|kilowatt-hours|kWh|GWh"
                             r"|megawatts|MW|gigawatts|GW"
                             r"|kilomet(?:er|re)s|km|tonnes|hours|minutes|seconds)\b")
_NOT_QUANTITY = frozenset({"number", "total", "share", "proportion", "value", "sales", "output", "production",
                           "exports", "volume", "amount", "growth", "rate", "penetration", "percentage", "sum"})


_WHOLE_WORDS = frozenset({"combined", "total", "overall", "aggregate"})
_SPEED_AFTER = re.compile(r"(?i)\s*(?:km|kilomet(?:er|re)s?|miles?)\s*(?:/\s*h\b|per\s+hour\b|an\s+hour\b)")


def quantity_name(text: str, spans: Spans) -> str:
    """thing_quantity from a subject naming a quantity of a thing ("the average power capacity per public
    charging facility" -> public_charging_facility_average_power_capacity); "" when the subject names none, or
    names a count, a share or a vehicle measure, which are read as such."""
    found = _QUANTITY_OF.match(text, spans.sentence[0])
    if not found:
        return ""
    # ("the total rated power of public chargers": a level is the whole already; "chargers" one charger's)
    quantity = [w for w in found["quantity"].lower().split() if w not in _WHOLE_WORDS] or ["total"]
    thing = found["thing"].lower().replace("-", " ").split()
    thing[-1] = singular(thing[-1])
    if quantity[-1] in _NOT_QUANTITY or {*quantity, *thing} & {"which", "that", "its", "their", "his", "her"} or (
            what_in(text, found.start("thing"), found.end("thing")) in VEHICLE_KINDS and thing[-1] not in (
                "facility", "facilities", "pile", "piles", "station", "stations", "charger", "chargers")):
        return ""
    return "_".join([*thing, *quantity]).replace("-", "_")


def subject_quantity(text: str, spans: Spans, mention: Mention) -> str:
    """The quantity the sentence's subject names when it states a level in units of energy, power or length
    ("EV charging volume rose to 410 million kilowatt-hours" -> ev_charging_volume; "the ferry measures 180
    meters in length" -> ferry_length); "" when its subject names a vehicle measure, read as such."""
    found = (_SUBJECT_WITH.search(text, spans.clause[0], mention.start)
             or _SUBJECT_OPENS.match(text, spans.sentence[0], spans.sentence[1])
             or _SUBJECT_RISES.search(text, spans.sentence[0], spans.sentence[1]))
    if not found or measures_in(text, found.start("np"), found.end("np")) and not re.search(
            r"(?i)\b(?:volume|capacity|consumption)\b", found["np"]):
        return ""
    if re.search(r"\b[A-Z]", found["np"]) and re.match(r"(?i)\s*(?:meters|metres|m)\b", text[mention.end :]):
        return ""  # "The Orion Star measures 186 meters in length": a named thing's size, read by its kind
    words = [w for w in found["np"].lower().replace("-", " ").split()
             if w not in ("the", "its", "their", "a") and w not in _WHOLE_WORDS]
    dimension = _DIMENSION.match(text, mention.end)
    name = "_".join([*words, *([_DIMENSIONS.get(dimension["dim"].lower(), dimension["dim"].lower())]
                               if dimension else [])])
    return re.sub(r"^new_energy_vehicles?(?=_)|^nevs?(?=_)", "nev", name)


# "NEV charging volume increased to", "the vessel measures": a subject of at most four words and its verb, opening
# the sentence, or after a comma ("..., while battery swapping stations reached") or "said"
_SUBJECT = (r"(?:(?:while|whereas|and|but)\s+)?(?:the\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+"
            r"(?:increased|rose|grew|reached|hit|stood|totaled|totalled|fell|dropped|climbed|amounted|measures|measured)\b")
_SUBJECT_OPENS = re.compile(rf"(?i){_SUBJECT}")
_SUBJECT_RISES = re.compile(rf"(?i)(?:[,:]\s+|\bsaid\s+(?:that\s+)?){_SUBJECT}")
# "..., with the network's charging capacity topping 250 million kilowatts by 2028": a quantity a "with" clause names
_SUBJECT_WITH = re.compile(r"(?i)\bwith\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['\u2019]s\s+)?"
                           r"(?P<np>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+"
                           r"(?:surpassing|exceeding|reaching|topping|hitting)\s+(?:[a-z]+\s+){0,2}$")
_DIMENSION = re.compile(r"(?i)\s*(?:meters|metres|m|kilomet(?:er|re)s|km)?\s+(?:in\s+)?(?P<dim>length|width|height"
                        r"|depth|long|wide|high|deep)\b")
_DIMENSIONS = {"long": "length", "wide": "width", "high": "height", "deep": "depth"}
_ON_AVERAGE = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,5}?on\s+average\b")


# (a figure "a year" is the year's own level: "aims to produce 3 million vehicles a year by 2027")
_PER_SPAN = re.compile(r"(?i)(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\bduring\s)\b(?:per|a|each|every)\s+"
                       r"(?P<span>hour|day|week|month)\b(?![-\s]+on\b)(?!\s+(?:earlier|ago|before|on|over"
                       r"|after|later))"
                       # "handles more than 5,000 vehicles daily"
                       r"|(?<=\s)(?P<adverb>hourly|daily|weekly)(?=\s*[,.;]|\s*$)")
# (the adverb names a rate only right after the counted noun: "handles 4,000 vehicles daily", not "sold 12,000 cars in
# May and now delivers cars daily")
# "Though NEVs gain, petrol cars hold on, at 45% of sales": a concession before the subject
_CONCEDED = re.compile(r"(?i)\b(?:despite|although|though|even\s+as|in\s+spite\s+of)\b[^,]*,")
# "... to 2.1 million and sales of hydrogen cars climbed 20%": a join and the words up to the next number
_NEXT_JOIN = re.compile(r"\s(?:and|while|whereas|but|at\s+a\s+time\s+when)\s(?P<own>[^.;\d]*?)\d")
# "two thirds of Northvale's NEVs are private cars": a qualified part of the vehicles a place has
_OF_THEM_QUALIFIED = re.compile(r"(?i)\s+of\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s\s+"
                                r"|the\s+(?:city|country|province)['\u2019]s\s+|all\s+)?(?P<whole>(?:[\w-]+\s+){0,2}?(?:NEVs|vehicles|cars|EVs))\s+(?:are|were)\s+"
                                r"(?P<qualifier>private|public)(?:ly[- ]owned)?\s+(?:vehicles|cars)\b")
# "51% of the whole volume are fuel cars": the part a share of a total names after it
_OF_TOTAL_ARE = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:total|overall|whole)(?:\s+[\w-]+)?\s+(?:are|were|is|was)\s+"
                           r"(?P<kind>[^,.;]{1,60})")
# "Of the 900,000 NEVs shipped abroad, 88% are cars": the whole a sentence of its parts opens with, and each part
_OF_THE_TOTAL_OPENS = re.compile(r"(?i)\s*(?:of|among)\s+(?:the|these|those|all)\s+(?:total\s+)?"
                                 r"(?P<whole>(?:[^,]|,(?=\d)){3,80}),")
_ARE_KIND = re.compile(r"(?i)\s+(?:are|were)\s+(?P<kind>[^,.;]{1,60})")
# "from January to May", "in the first half": a span of months within one year
_SPAN_IN_YEAR = re.compile(r"(?i)\bfrom\s+January\b|\bJanuary\s*(?:-|\u2013|to|through)\s*[A-Z]|\b(?:first|second|third"
                           r"|fourth)\s+(?:half|quarter)\b|\b(?-i:H[12]|Q[1-4])\b")
# an average over a span told before the number: "the average monthly export volume", "monthly average sales"
_AVERAGE_OVER = re.compile(r"(?i)\baverage\s+(?P<span>daily|weekly|monthly)\b"
                           r"|\b(?P<span2>daily|weekly|monthly)\s+average\b")
# "daily retail sales came to 41,000 units on average", "daily sales then climbed to 47,000": a measure told
# day by day, before its number (no other number between)
_DAILY_SUBJECT = re.compile(r"(?i)\bdaily\s+(?:[\w-]+\s+){0,2}?(?:sales|volumes?|deliveries|exports|output|production"
                            r"|shipments)\b[^\d]*$")
# "makers averaged 45,000 units daily": the rate after the thing counted
_DAILY_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?daily\b")
_PER_SPAN_NAMES = {"hour": "hourly_average", "day": "daily_average", "week": "weekly_average",
                   "month": "monthly_average", "hourly": "hourly_average", "daily": "daily_average",
                   "weekly": "weekly_average"}
# "Loading three to five ro-ro ships ... a day": what the things counted do, said before them
_DOING = re.compile(r"(?i)\b(?P<verb>(?!including\b|bringing\b|reaching\b|totaling\b|totalling\b|exceeding\b"
                    r"|surpassing\b|topping\b|hitting\b|having\b|being\b|making\b|seeing\b)[a-z]+ing)\s+"
                    r"(?:(?:about|around|some|over|nearly|more\s+than|up\s+to)\s+)?$")
_NOT_THINGS = frozenset({*VEHICLE_NOUNS, "units", "percent", "yuan", "dollars", "points", "hours", "teus", "times",
                         "months", "years", "days", "weeks", "batches", "tons", "tonnes", "kilowatts", "gwh",
                         "million", "billion", "thousand", "countries", "regions", "cities", "provinces", "markets",
                         "ports", "economies"})
_THIS_REPRESENTS = re.compile(r"(?i)\s*(?:[\w-]+,\s*)?(?:(?:this|that|the)\s+(?:figure|number|total)|this|that|it)\s+"
                              r"(?:represents|represented|marks|marked|means|meant|is|was)\b")
# Where a number's own words end: "The figure marks a 6% rise from April and beat ... NEV sales"
_JOIN_AFTER = re.compile(r"(?i)\s(?:and|while|but|whereas)\s|[,;]")
# A sentence about the figure before it: "The number will rise to 500", "This figure will double"
# ("As of Oct. 24 this figure had climbed to ...")
_THE_FIGURE = re.compile(r"(?i)\s*(?:[\w-]+(?:\s+[\w-]+){0,4},\s*"
                         r"|(?:as\s+of|by)\s+[A-Z][a-z]+\.?\s+\d\d?(?:,\s*\d{4})?,?\s+)?"
                         r"(?:the|this|that)\s+"
                         r"(?:figure|number|total|tally|count)\s+"
                         r"(?!(?:number\s+|count\s+)?of\b)")
_SUCH = re.compile(r"(?i)\s+(?:(?:units\s+of\s+)?(?:such|these|those)\s+(?:vehicles|cars|units|models)|of\s+them)\b")
_SUCH_LEVEL = re.compile(r"(?i)\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+"
                         r"(?:(?:units\s+of\s+)?(?:such|these|those)\s+(?:vehicles|cars|units|models)|of\s+them)\b")
_PART_OPENS = re.compile(r"(?i)\s*(?:of\s+(?:those|them|these|which|the\s+total)|among\s+(?:them|those|these))\b")
_CLASS_WHOLE_BEFORE = re.compile(r"(?i)\d[\d,. ]*(?:\s+(?:million|thousand))?\s+passenger\s+(?:cars|vehicles)"
                                 r"(?:\s+[a-z]+){0,3}?\s*(?::|,\s+with\b|,\s+of\s+which\b)")
_TOTAL_MEASURE = re.compile(r"(?i)\b(?:total|overall)\s+(?:overseas\s+|domestic\s+)?(?:exports|sales|output"
                            r"|production|shipments|deliveries)\b(?!\s+value)")
_WHICH_DESCRIBES = re.compile(r"(?i),\s+(?:which|who)\s+(?:stopped|ceased|quit|makes|made|builds|sells|produces"
                              r"|only\s+makes|has\s+(?:stopped|made|built|sold))\b[^,;.]*")
_WHICH_IS_A_PART = re.compile(r"(?i),\s+(?:which|that)\s+(?:made|make|makes|account(?:ed|s)?|represent(?:ed|s)?)"
                              r"\s+(?:up|for)?\b[^,;.]*,")
_CAUSE = re.compile(r"(?i)(?:\b(?:fuel+ed|driven|boosted|buoyed|propelled|spurred|lifted)\s+by|\bthanks\s+to)\b"
                    r"(?:[^.;]|\.(?=\d))*")
_THE_INDUSTRYS = re.compile(r"\s*[Tt]he\s+industry['\u2019]s\s")
# "Wholesale sales of these cars came to 612,000": the cars the sentences before named
_THESE = re.compile(r"(?i)\b(?:these|such)\s+(?:vehicles|cars|models)\b")
# "In the NEV segment, sales grew 3.4% to 88,000 units": the kind the sentence opens with
_SEGMENT = re.compile(r"(?i)(?:in|for|within)\s+the\s+(?P<kind>[^,]{2,60}?)\s+(?:segment|sector|category|market)\s*,")
_OWN_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|percent|per\s+cent|units|vehicles|cars|million|billion|thousand)\b")


# "makers turned out 38.2 GWh of power battery production": the batteries made, said so, not the ones installed
_BATTERY_OUTPUT = re.compile(r"(?i)\bbatter(?:y|ies)\s+(?:output|production)\b|\b(?:output|production)\s+of\s+"
                             r"(?:[\w-]+\s+){0,2}?batter(?:y|ies)\b")
# A part of a company's business named before its revenue: "Battery system sales revenue was ...", "its energy
# storage business brought in revenue of ..."; the words before "revenue" that name a thing
_SEGMENT_REVENUE = re.compile(r"(?<![\w'\u2019-])(?P<words>(?:[A-Za-z-]+\s+){1,4}?)(?:(?i:business|segment|division)\s+"
                              r"(?:(?i:generated|brought\s+in|recorded)\s+)?)?(?:(?i:sales)\s+)?(?i:revenues?)\b")
_REVENUE_FROM = re.compile(r"(?i)\b(?:revenues?|income)\s+from\s+(?:its\s+|the\s+|their\s+"
                           r"|(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w-]*['\u2019]s\s+)?"
                           r"(?:(?P<line>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:business|segment|division|unit|operations?)\b"
                           # ("income from its core business of battery packs": those packs)
                           r"(?:\s+of\s+(?P<of>(?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+(?:reached|rose|grew|fell|dropped|declined"
                           r"|increased|decreased|jumped|surged|climbed|totall?ed|amounted|came|was|were|stood|hit)\b"
                           r"|\s*[,.(]))?"
                           # "Zeta Battery's revenue from storage systems": that product line's
                           r"|(?P<product>(?:[a-z-]+\s+){0,3}(?:system|product|solution)s)\b)")
_KIND_SALES_REVENUE = re.compile(r"(?i)\b(?:vehicles?|cars?|autos?)\s+sales\s+revenues?\b|\brevenues?\s+from\s+"
                                 r"(?:vehicle|car)\s+sales\b"
                                 # ("lifted automotive revenue to 3.2 billion yuan": the car business's)
                                 r"|\b(?:automotive|vehicle|EV)\s+(?:business\s+|segment\s+)?revenues?\b"
                                 # "Vehicle sales in the quarter came to RMB 7.3 billion", "Vehicle sales dropped to
                                 # RMB25.9 billion": a carmaker's takings
                                 r"|\bvehicle\s+sales\b(?=[^.;]{0,40}?\b(?:were|was|came\s+to|totaled|totalled|reached"
                                 # ("Vehicle sales contributed RMB18.9 billion", "accounted for RMB62 billion")
                                 r"|amounted\s+to|contributed|accounted\s+for|generated|brought\s+in"
                                 # ("Vehicle sales slid 31.6% to $3.1 billion")
                                 r"|(?:dropped|fell|declined|slid|rose|grew|climbed|increased|jumped|surged)"
                                 r"(?:\s+(?:by\s+)?[\d.]+\s*(?:%|percent|per\s+cent))?\s+to)\s+"
                                 r"(?:about\s+|nearly\s+)?(?:RMB|CNY|US\$|\$|HK\$|\u20ac))"
                                 # "posted vehicle sales of 9.8 billion yuan": a sum, what its cars took in
                                 r"|\bvehicle\s+sales\s+of\s+(?:about\s+|nearly\s+)?(?:RMB|CNY|US\$|\$|HK\$|\u20ac)?\s*"
                                 r"[\d.,]+\s*(?:billion|million)?\s*(?:yuan|RMB|dollars)?(?=[\s,.(])"
                                 # "Income from its car business grew 24 percent": what its cars brought in
                                 r"|\b(?:income|revenues?)\s+from\s+(?:its|the(?:\s+company['\u2019]s)?)\s+"
                                 r"(?:auto(?:mobile|motive)?|car|vehicle)\s+(?:business|segment)\b")
# a rate a level of money follows: "slid 31.6% to $3.1 billion"
_RISE_TO_MONEY = re.compile(r"\s*(?:year[- ]on[- ]year\s+|from\s+a\s+year\s+(?:earlier|ago)\s+)?to\s+"
                            r"(?:about\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+|around\s+)?"
                            r"(?:RMB|CNY|US\$|\$|HK\$|\u20ac)")
# "vehicle sales of 9.8 billion yuan in the quarter, up 21%": the change of the sum just told
_UP_AFTER_MONEY = re.compile(r"(?i),\s*(?:up|down|(?:marking|representing)\s+an?)\s+$")
# "..., marking a 15% gain on the year but a 38% fall on the quarter before": a second change
_AND_A_CHANGE = re.compile(r"(?i)\b(?:and|but|while)\s+(?:an?\s+)?(?:[a-z]+\s+)?$")
# "over 90,000 visitors daily on average", "15,000 to 25,000 visitors every day": a show's day
_VISITORS_A_DAY = re.compile(r"(?i)(?:\s*(?:to|-|\u2013)\s*[\d,.]+)?\s+visitors\s+"
                             r"(?:daily|every\s?day|a\s+day|per\s+day|each\s+day)\b")
_ATTRACTED = re.compile(r"(?i)\b(?:attract(?:ed|s|ing)?|drew|draws|drawing|brought\s+together|gather(?:ed|s))\s+"
                        r"(?:\w+\s+){0,2}?$")
_PREMIERE = re.compile(r"(?i)\b(?:(?:world|global)\s+)?premieres?\b"
                       r"|\bmaking\s+their\s+(?:world\s+|global\s+)?debuts?\b|\b(?:to|will)\s+debut\b|\bdebuted\b"
                       r"|(?<=\ball-new\smodels\s)(?:[\w\s]{0,30}?)\blaunched\b")  # ("117 all-new models ... launched")
# "41 concept cars", "seven heavy-duty models" (not "512 new energy vehicles", which a show displays)
_KIND_OF_SHOWN = re.compile(r"(?!(?:new|nev|new_energy|electric|ev|bev|phev|vehicle)_)[a-z]+(?:_[a-z]+)*_[a-z]+")
# "On a non-GAAP basis, leaving out share-based pay, the net loss was": a result without one-off items
_NON_GAAP = re.compile(r"(?i)\bnon-GAAP\b")
_ADJUSTED = re.compile(r"(?i)\badjusted\s+(?:net\s+)?(?:profit|income|earnings|loss|operating)"
                       r"|\bon\s+an\s+adjusted\s+basis\b")
_PER_VEHICLE = re.compile(r"(?i)\bper[- ](?:vehicle|car|unit)\b")
_AVERAGE_PER = re.compile(r"(?i)\baverage\s+(?:net\s+|gross\s+)?(?:revenue|profit|income|earnings)\s+per\b")
# "Stripping out non-recurring items, its net profit ...", "recurring net profit"
_RECURRING = re.compile(r"(?i)\b(?:excluding|deducting|net\s+of|stripping\s+out)\s+(?:the\s+)?(?:non\s?-\s?recurring"
                        r"|one-?(?:off|time)\s+(?:gains?|items?|charges?))\b"
                        r"|(?<!non-)\brecurring\s+net\s+(?:profit|income|earnings)\b")
_NOT_SEGMENT = frozenset("total operating annual overall net gross quarterly company group first-half half-year"
                         " full-year sales business overseas international foreign domestic combined main core"
                         " continuing discontinued record monthly weekly daily yearly first-quarter second-quarter"
                         " third-quarter fourth-quarter adjusted estimated expected projected reported posted recorded"
                         " car vehicle auto automobile automotive industry sector said its while whereas but"
                         " generate generates generated generating giant maker carmaker automaker firm"
                         # verbs that do not end in -ed: "Zeta saw revenue rise 40 percent"
                         " saw sees see had has have got gets made makes took takes brought earned with and".split())


def segment_revenue(text: str, start: int, end: int) -> str:
    """The part of a business whose revenue text[start:end] names ("Battery system sales revenue was" ->
    battery_system, "its energy storage business generated revenue" -> energy_storage), or "": lower-case words
    of no name, after "the", "its" or a company's name ("BYD generated revenue" and "posted revenue" name none)."""
    source = list(_REVENUE_FROM.finditer(text, start, end))
    if source:  # "Revenue from its battery business rose ...": that line
        line = source[-1]["of"] or source[-1]["line"] or source[-1]["product"]
        if not set(line.lower().split()) <= _NOT_SEGMENT:  # (not "revenue from its main business")
            return snake(" ".join(singular(w) for w in line.lower().split()))
    found = list(_SEGMENT_REVENUE.finditer(text, start, end))
    if not found:
        return ""
    words = text[start : found[-1].end("words")].split()
    kept: list[str] = []
    while words and len(kept) < 4:
        word = words[-1]
        if (word.lower() in STOP_WORDS or word.lower() in _NOT_SEGMENT or word.endswith(("'s", "\u2019s"))
                or (word[:1].isupper() and len(words) > 1) or word.isupper() or not re.fullmatch(r"[A-Za-z-]+", word)
                or (word.lower().endswith("ed") and len(word) > 4)  # "Zeta posted revenue": a verb, no line
                # ("..., achieving revenue of": a verb too)
                or re.fullmatch(r"(?i)(?:achiev|reach|post|generat|record|report|register|logg|book|bring|mak|hitt"
                                r"|see|totall?|deliver)ing", word)):
            break
        kept.insert(0, words.pop().lower())
    opener = words[-1] if words else ""
    if not kept or not (not words or opener.lower() in ("the", "its", "their")
                        or opener.endswith(("'s", "\u2019s"))):
        return ""  # the words after a verb ("Li Auto posted revenue") name no part of a business
    return snake(" ".join(singular(w) for w in kept))


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several many few most".split())
# A group of firms as a sentence's subject: "foreign-funded companies in Suzhou shipped", "private firms sold"
_FIRMS_DID = re.compile(r"(?i)(?:[^,.;]{0,40},\s*)?(?P<group>(?!the\b|its\b|their\b|these\b|those\b|some\b|many\b"
                        r"|all\b|other\b|local\b|domestic\b|chinese\b|national\b|city\b|provincial\b|major\b|leading\b"
                        r"|such\b|both\b|two\b|three\b)[a-z]+(?:-[a-z]+)?)\s+(?P<firms>enterprises|companies|firms)\s+(?:in\s+(?-i:[A-Z])"
                        r"[\w-]+\s+)?(?:exported|sold|produced|made|delivered|shipped|imported)\b")
_OVERSEAS_MARKETS = re.compile(r"(?i)\b(?:overseas|foreign|international)\s+markets?\s+(?:accounted|made\s+up|took)\b"
                               # "helped by overseas sales which made up nearly 31% of its volume"
                               r"|\b(?:overseas|international)\s+(?:shipments|sales|deliveries)\s+(?:that|which)\s+"
                               r"(?:accounted|made\s+up)\b")
# A company's revenue by where it was earned: "overseas revenue", "revenue from overseas markets", "domestic
# revenue", "58% of its revenue came from China"
_REVENUE_WHERE = re.compile(
    r"(?i)\b(?:(?P<overseas>overseas|international|foreign)|(?P<domestic>domestic))\s+(?:business\s+)?revenues?\b"
    r"|\brevenues?\s+(?:from|in)\s+(?:(?P<overseas_markets>overseas|international|foreign)|(?P<home_market>the\s+"
    r"(?:domestic|home|Chinese)))\s+markets?\b"
    r"|\brevenues?\s+(?:last\s+year\s+|this\s+year\s+|in\s+\d{4}\s+)?came\s+from\s+(?:(?P<from_abroad>overseas|abroad"
    r"|international\s+markets|outside\s+China)|(?P<from_home>China|the\s+(?:domestic|home|Chinese)\s+market))\b")


_OF_REVENUE = re.compile(r"(?i)\s+of\s+(?:[\w'\u2019]+\s+){0,2}?(?:total\s+)?revenues?\b")


def _revenue_where(text: str, start: int, end: int) -> str:
    """Where the revenue the text names between start and end was earned: "overseas", "domestic" or ""."""
    said = _REVENUE_WHERE.search(text, start, end)
    if not said:
        return ""
    return "overseas" if said["overseas"] or said["overseas_markets"] or said["from_abroad"] else "domestic"
_OF_ALL_THE = re.compile(r"(?i)\s*(?:of|among)\s+(?:all\s+)?(?:the|these|those)\s+[^,]{2,60},")
_WERE_ELECTRIC = re.compile(r"(?i)\s+(?:were|are)\s+(?:pure(?:ly)?\s+|battery\s+|all-)?electric\s+"
                            r"(?:vehicles|cars|models)\b")


# "the number of cars registered in the city", "the count of registered EVs" (not "newly registered"): the
# vehicles on the register, a stock
_REGISTERED_STOCK = re.compile(r"(?i)\bthe\s+(?:total\s+)?number\s+of\s+(?:(?!newly\b)[\w-]+\s+){0,3}?"
                               r"(?:(?:cars|vehicles|automobiles|NEVs|EVs)\s+registered|registered\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:cars|vehicles|automobiles|NEVs|EVs))\b(?![^.;]*\b(?:last|this)\s+(?:year|month)\b)")


# "28.1 million cars were registered, bringing the total number of cars to 310 million": the stock the flow adds
# to
_BRINGING_THE_TOTAL = re.compile(r"(?i)\bbringing\s+the\s+total\s+(?:number\s+)?(?:of\s+(?:[\w-]+\s+){0,3}?)?to\s+"
                                 r"(?:about\s+|some\s+|over\s+|nearly\s+|more\s+than\s+)?\Z")


_AS_CLAUSE = re.compile(AS_CLAUSE)


_IN_A_RANKING = re.compile(r"(?i)\b(?:came|ranked|placed|finished|stood)\s+(?:first|second|third|fourth|fifth|next)\b"
                          r"|\b(?:followed|trailed)\s+by\b|\bin\s+(?:second|third|fourth|fifth)\s+place\b")


def _counted_in(text: str, sentence: tuple[int, int], asides: list[tuple[int, int]]) -> str:
    """The kind a sentence before counts ("Car sales grew 6.2 percent as purchases of NEVs doubled": the cars, not
    what changed beside them)."""
    cause = _AS_CLAUSE.search(text, *sentence)
    described = [m.span() for m in COMPANY_DESCRIBED.finditer(text, *sentence)]  # ("its passenger car joint venture")
    # ("sales rose 18.3 percent, fueled by demand for NEVs and surging exports": what drove them is not counted)
    drivers = [m.span() for m in _CAUSE.finditer(text, *sentence)]
    return what_in(text, sentence[0], cause.start() if cause else sentence[1], [*asides, *described, *drivers])


def _region_read(text: str, mention: Mention, spans: Spans, entity: str = "") -> Read:
    """What and measure of the number: from its clause, its quote, its sentence, then the sentences before."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    paragraph = [r for r in earlier_sentences(text, spans.sentence[0])
                 if CONTINUES.search(sentence) or not CONTINUES.search(text[r[0] : r[1]])]
    regions = [spans.clause, spans.quote, spans.sentence, *paragraph[:2]]
    clause = text[spans.clause[0] : spans.clause[1]]
    if re.match(r"(?i)(?:which|that)\b", clause):  # "..., which reached 5.86 million": the noun before it
        before = [b for a, b in ((m.start(), m.end()) for m in CLAUSE_BREAK.finditer(
            text, spans.sentence[0], spans.clause[0])) if b < spans.clause[0] - 1]
        regions.insert(0, (max([spans.sentence[0], *before]), spans.clause[1]))
    measure = direct_measure(text, mention, spans.clause[0]) or paired_measure(text, mention, spans)
    share_then = _SHARE_THEN_CHANGE.fullmatch(text, spans.sentence[0], spans.clause[1]) if not measure else None
    part = _part_of_share(text, share_then) if share_then else ""
    if part and share_then:
        # "Electric cars made up 70 percent of NEV sales, rising 30.8 percent to 182,000 units": the
        # part's own figures, in the whole's measure
        return Read(part, measures_in(text, *share_then.span("whole"))[0].lastgroup or "")
    if not measure:
        measure = _former_or_latter(text, mention, spans)
    if not measure and is_stock(text, spans, bool(measures_in(text, *spans.sentence))):
        measure = "ownership"  # "the number of NEVs in the city reached 1 million": the vehicles in use
    which = regions[0] if regions[0] != spans.clause else None
    for region in regions:
        if measure:
            break
        masked = [] if region == which else masked_shares(text, *region, mention)
        # ("a target of 50,000 units for the quarter, cut after purchase subsidies ended": a subsidy counts no cars)
        matches = [m for m in measures_in(text, *region, masked)
                   if not (mention.unit == "vehicles" and m.lastgroup == "subsidy")]
        # ("posted record sales, delivering 4.3 million units": the participle tells the sales again)
        matches = [m for m in matches if not _sales_told_again(text, region[0], m.start())]
        if matches:
            # "the average price of exported cars was 21,000 US dollars": a price, whatever it is the price of
            # (a price named in a later clause is another figure's: "value totaling CNY 17.17 billion, ...; and
            # average export price at 92,000 yuan")
            priced = [m for m in matches if m.lastgroup == "average_price" and m.start() < spans.clause[1]]
            # "NEV sales soared 92 percent to 890,000 and exports 53 percent to 400,000": a measure after "and"
            # that has a number of its own is the next number's
            # (nor a measure after another number of its own: "from 600,000 to 900,000, about a fifth of all it
            # delivers")
            rates_after = [n.end for n in mentions_in(text, mention.end, region[1]) if n.start > mention.end
                           and n.unit in ("percent", "times")] if any(m.start() > mention.end for m in matches) else []
            mine = [m for m in matches if not (
                m.start() > mention.end and re.search(r"\s(?:and|while|whereas|with)\s", text[mention.end : m.start()])
                and re.search(r"\d", text[m.end() : region[1]])) and not (
                any(end <= m.start() for end in rates_after) and "," in text[mention.end : m.start()])]
            # "spent 2 billion yuan on marketing and 5 billion yuan on R&D": each measure after "and" is the
            # number's there, so this one has none
            others = [m for m in matches if m.start() > mention.end and re.search(
                r"\s(?:and|while|whereas)\s[^.;]*?\d", text[mention.end : m.start()])]
            if not priced and len(others) == len(matches):
                break
            if not priced and not mine and "with" in text[mention.end : matches[0].start()].lower().split():
                continue  # "up 9%, with a net margin of 11%": the later number's; what comes before
            measure = (min(priced or mine or matches, key=lambda m: distance(m, mention)).lastgroup or "")
    if measure == "registrations" and (_REGISTERED_STOCK.search(text, spans.sentence[0], mention.start)
                                       or _BRINGING_THE_TOTAL.search(text, spans.clause[0], mention.start)):
        measure = "ownership"  # "The number of NEVs registered in Northvale reached 1.2 million": the stock
    elif measure == "sales" and any(m.lastgroup == "retail_sales" for m in measures_in(
            text, spans.sentence[0], spans.clause[0])):
        measure = "retail_sales"  # "if retail sales keep their pace, sales for the year will fall 5 percent"
    elif measure == "shipments" and sent_abroad(text, *spans.sentence):
        measure = "exports"  # "Shipments of batteries to the US jumped 27%": goods sent abroad, exports
    elif measure == "sales" and (_retail_before(text, spans) or _retail_story(text, spans)):
        measure = "retail_sales"  # "Retail sales of cars fell 21 percent. Some 1.3 million cars were sold in May"
    # "exported 542,000 vehicles", "sold 373,083 new energy vehicles": the noun after the number says what
    paired = paired_what(text, mention, spans)
    energy_of = re.match(r"(?i)\s*(?:[GMk]Wh|(?:giga|mega|kilo)watt[- ]hours?)\s+of\s+", text[mention.end :])
    # "98.3 GWh of new energy vehicle batteries": what the energy is of, however long its name
    after_end = min(mention.end + (energy_of.end() + 40 if energy_of else 26), spans.clause[1])
    after_end = name_end(text, mention.end, after_end, spans.clause[1])
    bracket = text.find("(", mention.end, after_end)
    if bracket >= 0 and re.match(r"\(\s*\d", text[bracket:]):
        after_end = bracket  # "exceed 170,000 (113,000 all-electric)": the bracket is another number's
    # "52,000 vehicles and commercial ...", "2.8 million cars as a Chinese EV maker slows": the number's own words end
    joined = re.search(r"\s(?:and|or|as|while|after|when|because)\s", text[mention.end : after_end])
    what = paired or what_in(text, mention.end, mention.end + joined.start() if joined else after_end)
    both_end = min(mention.end + 60, spans.clause[1])
    another = re.search(r"\d", text[mention.end : both_end])  # ("20,000 pure electric and 10,000 plug-in hybrid")
    both = what_in(text, mention.end, both_end) if what in ("bev", "phev", "passenger_car") and joined and (
        joined.group().strip() in ("and", "or")) and not another else ""
    if (what, both) in (("bev", "nev"), ("phev", "nev"), ("passenger_car", "vehicle"), ("bev", "nev_passenger_car"),
                        ("phev", "nev_passenger_car")):
        # "265,300 plug-in hybrid and pure electric cars": both kinds, NEVs; "64,000 passenger cars and pickup
        # trucks": all its vehicles
        what = both
    elif what == "phev" and both == "bev_passenger_car":
        what = "nev_passenger_car"  # "209,440 plug-in hybrid and battery-electric passenger vehicles": both kinds
    growth_of_such = mention.unit in ("percent", "times") and what in ("", "vehicle")
    such = bool(_SUCH.match(text, mention.end) or (growth_of_such and _SUCH_LEVEL.search(text, *spans.sentence))
                or _THESE.search(text, spans.sentence[0] if growth_of_such else spans.clause[0], mention.start))
    if such and what_in(text, *spans.clause) in ("", "vehicle"):
        # "28,324 such vehicles were rolled off ..., 210 percent more", "bought 28,092 of them": the kind named
        # before, in the sentence ("sold 1.1 million vehicles, and 402,000 of them") or the sentences before it
        regions = [(spans.sentence[0], mention.start),  # "these cars" may open a paragraph
                   *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]]
        anaphora = [(m.start(), m.end()) for pattern in (_SUCH, _THESE)
                    for m in pattern.finditer(text, min(r[0] for r in regions), spans.sentence[1])]
        what = next((w for w in (what_in(text, *r, anaphora) for r in regions) if w), what)
    if what == "nev" and _BESIDE_PHEVS.match(text, mention.end):  # "141,000 EVs and 26,000 PHEVs": pure electric
        what = "bev"
    own_phrase = _WHAT_MEASURE_OF.search(text, max(spans.clause[0], mention.start - 70), mention.start)
    if not what and own_phrase:  # "... topped its plug-in hybrid sales of 176,875": the kind its own phrase names
        what = what_in(text, own_phrase.start(), own_phrase.end())
    if what == "vehicle" and not paired:
        # "passenger car exports climbing 40 percent to 52,000 vehicles and ...": the kind its own phrase names
        # before it, from the last "and" or "with" of its clause
        joins = [m.end() for m in re.finditer(r"(?i)\b(?:and|with)\s", text[spans.clause[0] : mention.start])]
        phrase_start = spans.clause[0] + (joins[-1] if joins else 0)
        named = what_in(text, phrase_start, mention.start)
        if named not in ("", "vehicle") and measures_in(text, phrase_start, mention.start):
            what = named
    if (what in ("", "vehicle") and not paired and measure and mention.unit in ("vehicles", "count")
            and spans.clause[0] > spans.sentence[0] and not measures_in(text, *spans.clause)
            and what_in(text, *spans.clause) in ("", "vehicle")):
        # "sees deliveries of NEVs, including ..., at 1.35 million units and 1.62 million vehicles": "vehicles"
        # is how the sales the sentence named before the clause are counted, not another kind
        told = [m for m in measures_in(text, spans.sentence[0], spans.clause[0]) if m.lastgroup == measure]
        named = what_in(text, max(spans.sentence[0], told[-1].start() - 30), spans.clause[0]) if told else ""
        if named not in ("", "vehicle"):
            what = named
    segment = _SEGMENT.match(text, spans.sentence[0], spans.sentence[1])
    if what in ("", "vehicle") and not paired and segment and segment.end() <= spans.clause[0]:
        what = what_in(text, segment.start("kind"), segment.end("kind")) or what
    if what == "vehicle" and re.match(r"(?i)with\b", text[spans.clause[0] : spans.clause[1]]):
        # "growth in the number of NEVs, with 40,000 new cars registered": the cars the sentence is about
        what = what_in(text, spans.sentence[0], spans.clause[0]) or what
    inside = [(a, b) for a, b in share_phrases(text, *spans.sentence) if a < mention.start < b]
    if inside and not what:  # "of the city's total vehicle output of 1.9 million units": the whole's
        what = what_in(text, inside[0][0], mention.start)
        found = measures_in(text, inside[0][0], mention.start)
        measure = measure or ((found[0].lastgroup or "") if found else "")
    clause = text[spans.clause[0] : spans.clause[1]]
    said = [m.lastgroup for m in measures_in(text, *spans.clause)]
    # "sales exceed 170,000 (113,000 all-electric)": a bracket holding another number says what that one counts
    asides = [(m.start(), m.end()) for m in re.finditer(r"\(\s*\d[^()]*\)", text[: spans.sentence[1]])
              if not m.start() <= mention.start < m.end()]
    # "Sales increased to 105,103 units, with overall passenger vehicle sales up 94.1% to 209,467 units": a kind
    # named in a later clause with a number of its own is that number's
    later = [(spans.clause[1], spans.sentence[1])] if _OWN_FIGURE.search(
        text, spans.clause[1], spans.sentence[1]) and spans.clause[1] < spans.sentence[1] else []
    # "sales grew 11 percent to 610,200 units, driven by demand for NEVs": a cause, not what is counted
    causes = [(m.start(), m.end()) for m in _CAUSE.finditer(text, *spans.sentence)
              if not m.start() <= mention.start < m.end()]
    # "..., making the group, which gave up building petrol cars years ago, a leader": what a company
    # described after the number makes, not what the number counts
    causes += [(m.start(), m.end()) for m in _WHICH_DESCRIBES.finditer(text, mention.end, spans.sentence[1])]
    # "Sales of plug-in hybrids, which made up about 60% of all Zeta sold, fell 12.4%": the whole a
    # relative clause sets the subject in, not what the number counts
    causes += [(m.start(), m.end()) for m in _WHICH_IS_A_PART.finditer(text, spans.sentence[0], mention.start)]
    if not what and not paired:
        # "hybrid sales gained 9% to 2.1 million and sales of hydrogen cars climbed 20% to 3,000 units": each
        # number's part of its clause, from the last join opening a measure of its own to the next join before a
        # number, names its kind
        joins = [spans.clause[0] + m.end() for m in re.finditer(r"\s(?:and|while|whereas|but|at\s+a\s+time\s+when)\s",
                                                                 text[spans.clause[0] : mention.start])]
        # (each join after a number and before a measure of its own: not "SUVs and sedans sold 900,000 and 800,000")
        opened = [j for j in joins
                  if measures_in(text, j, mention.start) and re.search(r"\d", text[spans.clause[0] : j])]
        next_join = _NEXT_JOIN.search(text, mention.end, spans.clause[1])
        closes = next_join and measures_in(text, next_join.start("own"), next_join.end("own"))
        own_part = (opened[-1] if opened else spans.clause[0],
                    next_join.start() if next_join and closes else spans.clause[1])
        own_kind = what_in(text, *own_part, [*asides, *causes]) if own_part != spans.clause else ""
        if own_kind not in ("", "vehicle") and len(set(whats_in(text, *spans.clause)) - {"vehicle"}) > 1:
            what = own_kind
    whole_opens = not what and not paired and re.match(r"(?i)(?:the\s+)?(?:total|overall)\s+(?:retail\s+)?(?:exports"
                                                       r"|sales|output|production|shipments)\b(?!\s+value)", clause)
    # ("Exports totaled 125,500 units, up 17 percent, with NEV exports soaring": the measure alone, a part of it by
    # power told for another figure later in the sentence)
    bare_opens = not what and not paired and measure and re.match(
        r"(?:Exports|Sales|Output|Production|Shipments)\b(?!\s+value)", clause) and any(
        m.lastgroup == measure and not any(a <= m.start() < b for a, b in share_phrases(text, *spans.sentence))
        and what_in(text, max(spans.clause[1], m.start() - 40), m.end()) in ("nev", "bev", "phev", "erev")
        for m in measures_in(text, spans.clause[1], spans.sentence[1]))
    if (whole_opens or bare_opens) and not what_in(text, *spans.clause) and whats_in(text, *spans.sentence):
        what = "vehicle"  # "Total exports climbed 30%, while NEV exports surged 70%": all of them, not the other's kind
    elif whole_opens and not whats_in(text, *spans.sentence):
        # "Overall retail sales in February are seen at about 1.42 million units", after a sentence on NEVs' share:
        # the whole the story counts, not the part the sentence before named
        wholes = [w for a, b in regions[1:] for w in whats_in(text, a, b) if w not in ("nev", "bev", "phev", "erev")]
        what = wholes[0] if wholes else "vehicle"

    # ("Orion came next with 64,300 cars, of which 88.1% were petrol models": the part's kind is not the level's)
    parts_told = [(m.start(), min(m.end(), mention.start if m.start() < mention.start else m.end()))
                  for m in _OF_WHICH_PART.finditer(text, spans.sentence[0], spans.sentence[1])
                  if not m.start() <= mention.start < m.start() + len(m.group().split("%")[0]) + 1]
    for region in regions:
        if what:
            break
        siblings = other_measures_whats(text, *region, measure) if region != spans.clause and measure in said else []
        what = what_in(text, *region, [*siblings, *asides, *(later if region == spans.sentence else []), *causes,
                                       *parts_told,
                                       *([] if region == which else masked_shares(text, *region, mention))])
    if what == "industrial" and _THE_INDUSTRYS.match(text, spans.sentence[0]):
        # "The industry's output value topped 400 billion yuan, accounting for 12% of the province's total industrial
        # output", after a sentence on its car output: the industry the sentence before names
        told_before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
        what = (what_in(text, *told_before[0]) if told_before else "") or "vehicle"
    named_for_other = other_measures_whats(text, spans.sentence[0], spans.clause[0], measure) if measure else []
    kinds_for_other = {what_in(text, a, b) for a, b in named_for_other}
    # ("NEV sales surged 42 percent to 260,000 vehicles as production jumped 40 percent": the other clause's
    # "vehicles" only says how its sales are counted)
    if (not what or what == "vehicle" and not what_in(text, *spans.clause)) and named_for_other and len(
            kinds_for_other) == 1 and "" not in kinds_for_other:
        # "Total automobile output reached ..., while sales grew 12 percent", "NEV output came to 8.1 million,
        # and sales to 7.9 million": the sentence's other measure counts the same kind, not what the sentences
        # before counted
        what = kinds_for_other.pop()
    if not paired and what in ("nev", "bev", "lithium_battery", "solar_cell") and what_in(
            text, *spans.sentence) == "new_three":
        what = "new_three"  # a clause of "exports of electric vehicles, lithium-ion batteries and solar cells"
    earlier = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)
    # (the name as the article writes it: "Xpeng delivered" names XPeng)
    own = bool(entity) and entity.lower() in sentence.lower()
    # A sentence that continues the one before it ("Among them, ...", "Of the total, ...") names a part of it.
    earlier = [r for r in earlier if not CONTINUES.search(text[r[0] : r[1]])] if not CONTINUES.search(
        sentence) else earlier
    introduced = _introduced_at(text, earlier, entity) if _is_company(entity) else None
    if introduced is not None:
        # "Lumen ... sold 90,000 passenger cars. Harbour Auto ranked next, ... The Northvale group's shipments
        # came to 84,000 units": what the story counted before it came to this company is another company's
        earlier = earlier[: introduced + 1]
    if CONTINUES.search(sentence) and what in ("passenger_car", ""):
        inherited = what_in(text, *earlier[0]) if earlier else ""
        if inherited == "nev":
            what = "nev_passenger_car" if what == "passenger_car" else "nev"
    if not what and measure:  # "the industry's output value": what the last figure of that measure counted
        for region in earlier[:6]:
            if own and _is_company(entity) and entity.lower() not in text[region[0] : region[1]].lower() and not (
                    _IN_A_RANKING.search(sentence)):
                # ("Leapmotor saw 40,169 deliveries": not the kind the sentence on BYD's deliveries counted; but
                # "Zeta came second, with 98,000 units handed over" goes on with the ranking's kind)
                continue
            if any(m.lastgroup == measure for m in measures_in(text, *region)):
                what = _counted_in(text, region, asides)
                if what:
                    break
    if not what:
        for region in earlier[:6]:
            if own and entity.lower() not in text[region[0] : region[1]].lower():
                continue  # "SAIC Volkswagen's sales": not what the sentences on BYD counted
            what = _counted_in(text, region, asides)
            if what:
                break
    # "Pure electric cars remained the largest group, totaling 6.1 million": counted as the kind named
    kind_counted = (mention.unit == "count" and not noun_phrase(text, mention.end)
                    and what_in(text, spans.sentence[0], mention.start) in VEHICLE_KINDS
                    and not _NUMBER_OF.search(text, spans.sentence[0], mention.start))
    if not measure and (mention.unit in ("vehicles", "percent") or kind_counted):
        for region in earlier[:3]:
            matches = measures_in(text, *region)
            if matches:
                measure = matches[-1].lastgroup or ""
                break
    if not measure and mention.unit in CURRENCIES and not measures_in(text, *spans.sentence) and not (
            _OTHER_MONEY.search(text, spans.sentence[0], mention.start)):
        # "Zeta's revenue beat forecasts ... its car arm brought in $410 million of the $6.2 billion": an amount
        # its sentence names no measure of is of the money the sentence before told
        for region in earlier[:2]:
            money = [m.lastgroup for m in measures_in(text, *region) if m.lastgroup in _MONEY_MEASURES]
            if money:
                measure = money[-1] or ""
                break
    of_all = _OF_ALL_THE.match(text, spans.sentence[0])
    if of_all and what_in(text, *of_all.span()) == "nev" and _WERE_ELECTRIC.match(text, mention.end):
        what = "bev"  # "Of all the registered NEVs, 14 million were electric vehicles": the pure electric ones
    evs = _EVS_COUNTED.match(text, mention.end) if what == "nev" else None
    if evs and not _AND_HYBRIDS.match(text, evs.end()) and _HYBRIDS_BESIDE.search(
            text, *spans.sentence) and not _NAMES_NEVS.search(text, *spans.sentence):
        what = "bev"  # "The total included 2.25 million EVs ... and 2.29 million plug-in hybrids": the pure electric
    if what == "industrial":  # "the automotive industry ..., with its industrial output value": the industry's
        kinds = [w for w in (what_in(text, m.start(), m.end()) for m in re.compile(r"[^,;]+").finditer(
            text, spans.sentence[0], spans.sentence[1])) if w in VEHICLE_KINDS]
        what = kinds[0] if kinds else what
    if _GOODS_OF.search(text, spans.clause[0], spans.clause[1]):
        return Read("", measure)  # "exports of the company's products, including batteries": goods of all kinds
    if measure == "retail_sales" and what in ("nev", "vehicle", "gasoline_powered_vehicle", "bev", "phev", "erev"):
        # retail figures count cars: "ICE vehicles" retailed are gasoline-powered passenger cars
        what = {"nev": "nev_passenger_car", "vehicle": "passenger_car"}.get(
            what, what.removesuffix("_vehicle") + "_passenger_car")
    if what == "power_battery" and measure in ("production", "sales", "exports"):
        # "Among them, ternary battery production was 10.8 GWh": the kind its sentence names
        what = battery_in(text, *spans.sentence) or what
    if measure == "installed_capacity":  # "19 GWh of LFP batteries were installed in NEVs": the batteries'
        # ("52.9 GWh of batteries were installed" names no kind: all of them, whatever the sentence before named)
        generic = re.search(r"(?i)\bbatter(?:y|ies)\b", text[spans.sentence[0] : spans.sentence[1]])
        what = next((b for b in (battery_in(text, *r) for r in (spans.clause, spans.sentence,
                                                                 *([] if generic else earlier[:3]))) if b),
                    "power_battery")
    if what in ("nev", "bev", "phev", "erev") and not paired and (_CLASS_WHOLE_BEFORE.search(
            text, spans.sentence[0], mention.start) or (_PART_OPENS.match(sentence) and earlier and (
                what_in(text, *earlier[0]) == "passenger_car"))):
        # "it sold 400,000 passenger vehicles: 250,000 pure electric and 150,000 plug-in hybrids", "... 2 million
        # passenger cars, with 700,000 of them being NEVs": a kind of power among the passenger cars counted
        what = f"{what}_passenger_car"
    if what in ("nev", "bev", "phev", "erev", "fcv") and not paired and _TOTAL_MEASURE.search(
            text, spans.clause[0], mention.start) and not whats_in(text, *spans.sentence):
        # "Hybrids grew most. Abroad, Chinese brands' total overseas sales came to 2 million": all
        # their vehicles, not the kind of power the sentence before was about
        what = "vehicle"
    if (what in ("", "vehicle") and not _is_company(entity) and measure in ("sales", "registrations", "")
            and _story_kind(text, spans) == "nev" and not _KIND_WORD_UNCOUNTED.search(text, *spans.sentence)):
        # "World EV sales up in June ...": in an electric-car story, "Japan saw a 12 per cent rise to
        # 0.08 million units" counts electric cars too (but "total car sales", "the overall market" are all cars,
        # and a carmaker's sales are its vehicles')
        what = "nev"
    return Read(what or "vehicle", measure)


# A word for all vehicles that is not a count noun right after a number: "car sales", "the overall market"
# ("61,000 cars", "a quota of 240,000 cars": cars; "0.16 million vehicles" may count the story's kind)
_KIND_WORD_UNCOUNTED = re.compile(
    r"(?i)(?<![\d,.]\s)(?<!\d\smillion\s)\bvehicles?\b"
    r"|\b(?:cars?|automobiles?|autos?|total|overall|all|entire|whole|market)\b")


def _story_kind(text: str, spans: Spans) -> str:
    """The kind an article's headline counts, when it names one kind alone ("World EV sales up in June") and the
    number's sentence is in its body."""
    headline = _headline_and_lead(text)[0]
    if spans.sentence[0] <= headline[1]:
        return ""
    kinds = whats_in(text, *headline)
    return kinds[0] if len(kinds) == 1 else ""


# "$0.32 per ADS", "0.61 yuan per share", "per American depositary share"
_PER_SHARE = re.compile(r"(?i)\s*(?:per|a)\s+(?:(?-i:ADS)|American\s+depositary\s+shares?"
                        r"|(?:basic\s+|diluted\s+)?share)\b")


def _introduced_at(text: str, earlier: list[tuple[int, int]], entity: str) -> int | None:
    """The index in `earlier` (nearest first) of the sentence that last named `entity` (its first word), None
    when no earlier sentence names it."""
    name = re.compile(rf"(?i)(?<![\w-]){re.escape(entity.split()[0])}(?![\w-])")
    return next((i for i, (a, b) in enumerate(earlier) if name.search(text, a, b)), None)


_FORMER_LATTER = re.compile(r"(?i)\b(?:the\s+)(?P<which>former|latter)(?=\s*,|\s+(?:was|were|is|are|had|has|consisted"
                            r"|comprised|included|includes|counted|accounted|rose|fell|grew|reached|totall?ed)\b)")


def _former_or_latter(text: str, mention: Mention, spans: Spans) -> str:
    """"produced 512,000 NEVs and sold 498,000 units. The former consisted of ..., while the latter ...": the
    first or the second measure the sentence before names; "" when the number is not so introduced."""
    said = list(_FORMER_LATTER.finditer(text, spans.sentence[0], mention.start))
    if not said:
        return ""
    before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    named = list(dict.fromkeys(m.lastgroup or "" for m in measures_in(text, *before[0]))) if before else []
    if len(named) < 2:
        return ""
    return named[0] if said[-1]["which"].lower() == "former" else named[1]


_BRACKETED_CHANGE = re.compile(r"(?i)\s+(?:[a-z][\w-]*\s+){0,3}?\((?:up|down|rising|falling)\s+(?:by\s+)?")
_PERCENT_SAID = re.compile(r"(?i)\d[\d.]*\s*(?:percent|per\s+cent|%)")


def _earlier_share(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The percent a share cue names earlier in the mention's sentence ("made up 53.9 percent of ..."), if any."""
    since = spans.sentence[0]  # (the cue may stand far before its percent, with a long aside between: "The NEV
    # penetration rate, watched closely as a sign of demand, reached 51%", but not before another percent)
    for match in _PERCENT_SAID.finditer(text, spans.sentence[0], mention.start):
        start = match.start()
        if SHARE_BEFORE.search(text[max(since, start - 160) : start]) or SHARE_AFTER.match(text, match.end()):
            # ("reaching 41% of annual sales and nearly 47% in June": the cue after its percent)
            return Mention(start, match.end(), match.group(), 0.0, "percent", "exact", 0.0)
        since = match.end()
    return None


_BODY_KINDS = ("sedan", "suv", "mpv", "pickup_truck")


# "Electric cars made up 70 percent of NEV sales, rising 30.8 percent ... to 182,000 units"
_SHARE_THEN_CHANGE = re.compile(
    r"(?is)(?P<part>[^,;]+?)\s+(?:accounted\s+for|made\s+up|represented|comprised)\s+(?:about\s+|around\s+"
    r"|nearly\s+|some\s+|over\s+)?[\d.]+\s*(?:percent|per\s+cent|%)\s+of\s+(?P<whole>[^,;]+),\s+(?:rising|up"
    r"|increasing|growing|climbing|jumping|surging|falling|down|decreasing|declining|dropping)\b.*")
_NAMES_NEVS = re.compile(r"(?i)\bnew[- ]energy\b|\bNEVs?\b")
# electric vehicles counted right after their number, and plug-in hybrids named beside them as another part
_EVS_COUNTED = re.compile(r"(?i)\s+(?:(?:battery|all|fully)[- ])?electric\s+(?:vehicles|cars)\b|\s+EVs\b")
# (EVs listed with plug-in hybrids, by a comma or "and": counted together)
_AND_HYBRIDS = re.compile(r"(?i)(?:\s*\([^()]*\))?(?:\s*,|\s+and|\s+or|\s+&)\s+(?:plug-in|PHEV)")
_HYBRIDS_BESIDE = re.compile(r"(?i)\bplug-in\s+hybrids?\b|\bPHEVs?\b")
# Electric vehicles named as a part, where nothing calls them new energy vehicles
_EVS_AS_PART = re.compile(r"(?is)(?!.*\b(?:new[- ]energy|NEVs?|hybrids?|plug-ins?|fuel[- ]cells?)\b)"
                          r".*\b(?:electric\s+(?:vehicles|cars)|EVs)\b.*")


def _part_of_share(text: str, share: re.Match[str]) -> str:
    """The kind of vehicle a share's part names, when the change after the share is the part's own: a kind of NEV
    where the whole counts NEVs (electric vehicles the pure electric ones), any kind of vehicle otherwise; "" when
    the part names a measure of its own ("Exports accounted for ...") or no kind ("Zeta Motors accounted for ...")."""
    if measures_in(text, *share.span("part")) or not measures_in(text, *share.span("whole")):
        return ""
    part = what_in(text, *share.span("part"))
    if not _NAMES_NEVS.search(share["whole"]):
        return part if part in VEHICLE_KINDS and part != "vehicle" else ""
    if part == "nev" and _EVS_AS_PART.fullmatch(share["part"]):
        return "bev"
    if part in ("passenger_car", "commercial_vehicle"):
        return f"nev_{part}"
    return part if part in ("bev", "phev", "fcv", "nev_passenger_car") else ""


# "; PHEVs accounted for 31 percent", " and EREVs 12 percent": a kind's share told after another's
_KIND_TOOK = re.compile(r"(?i)(?:[;,]|\band)\s+(?:the\s+)?(?P<kind>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                        r"(?:(?:accounted|accounting)\s+for|made\s+up|took|had|at)?\s*"
                        r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$")
# "against 27 percent and 7 percent, respectively": the shares before them, a period back
_RESPECTIVELY_AFTER = re.compile(r"(?i),?\s+respectively\b")


def _share_in_turn(text: str, mention: Mention, spans: Spans, status: str, entity: str, period: str,
                   known: dict[str, str] | None) -> str:
    """The share of a kind told after a share whose whole its sentence names ("Pure electric cars accounted for 57
    percent of NEV sales; PHEVs accounted for 31 percent and EREVs 12 percent, against 27 percent and 7 percent,
    respectively, a year before"): the kind its own words name, of that whole; "" otherwise."""
    rates = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"]
    first = next((m for m in rates if OF_WHOLE.match(text, m.end) and SHARE_BEFORE.search(
        text, max(spans.sentence[0], m.start - 60), m.start)), None)
    if first is None or OF_WHOLE.match(text, mention.end) or mention.direction:
        return ""
    named, _ = read_metric(text, first, spans_around(text, first), status, entity, period, known, False)
    if "_share_of_" not in named:
        return ""
    whole = named.partition("_share_of_")[2]
    took = _KIND_TOOK.search(text, rates[-1].end, mention.start)
    kind = what_in(text, *took.span("kind")) if took else ""
    if kind and kind != "vehicle" and (rates[-1] is not first or ";" in text[first.end : mention.start]
                                       or kind in POWERS[1:]):  # ("... of NEV sales and PHEVs 30 percent")
        return f"{kind if kind in POWERS[1:] else _share_part(kind, whole)}_share_of_{whole}"
    said = [m for m in mentions_in(text, *spans.sentence) if m.unit == "percent"]
    run_start = next((m for m in said if m.start <= mention.start and SET_AGAINST.search(
        text, max(spans.sentence[0], m.start - 20), m.start)), None)
    run = [m for m in said if run_start and m.start >= run_start.start]
    ends = [i for i, m in enumerate(run) if _RESPECTIVELY_AFTER.match(text, m.end)
            or YEAR_BACK_AFTER_RUN.match(text, m.end)]  # ("against 60 percent and 28 percent a year before")
    run = run[: ends[0] + 1] if ends else []
    told = [m for m in rates if run_start and m.start < run_start.start]
    # (the first share is one of those set against only when the run is as long as all told)
    told = told if len(told) == len(run) else [m for m in told if m is not first][-len(run):]
    if not run or len(told) != len(run) or mention not in run:
        return ""
    if told[run.index(mention)] is first:
        return named
    return _share_in_turn(text, told[run.index(mention)], spans_around(text, told[run.index(mention)]), status,
                          entity, period, known)


def _share_part(what: str, whole: str) -> str:
    """What a share counts: NEVs unless its sentence names a narrower kind ("pure electric passenger cars",
    "new energy passenger car exports ... of NEV exports") or other goods ("auto parts")."""
    power, _, kind = what.partition("_")
    if power in POWERS and kind and whole.startswith(f"{kind}_"):
        return power  # "new energy heavy trucks, 53.89% of all heavy truck sales": nev_share_of_heavy_truck_sales
    if what.startswith(("bev", "phev", "fcv")) or what not in ("", *VEHICLE_KINDS, "nev_passenger_car"):
        return what
    if what in ("passenger_car", "commercial_vehicle", "gasoline_powered_vehicle") and not whole.startswith(what):
        return what  # "Passenger car sales, which account for 83 percent of total vehicle sales"
    if what == "nev_passenger_car" and whole.startswith("nev_"):
        return what
    if what == "used_nev" and whole.startswith("used_vehicle"):
        return what  # "Used NEV transactions came to ..., or 7.1 percent of all used car sales"
    if what == "vehicle" and whole.startswith("industrial_"):
        return what  # "the car industry made ..., 58 percent of the county's industrial output"
    return "nev"


# "the market's share of NEVs": a share whose own words name NEVs as the part
_SHARE_OF_KIND = re.compile(r"(?i)\bshare\s+of\s+(?:NEVs|new[- ]energy\s+vehicles)\b")
# sales a sentence says are wholesale ones: the makers', not the shops'
_WHOLESALE = re.compile(r"(?i)\bwholesale\b")
# "a fifth of the cars sold this year should be electric": the kind a share of sales is of
_SOLD_ARE_KIND = re.compile(r"(?i)\s+of\s+(?:all\s+)?(?:new\s+)?(?:cars|vehicles)\s+sold\b[^.;,]{0,40}?\s+"
                            r"(?:are|were|will\s+be|are\s+(?:expected|forecast|projected|likely)\s+to\s+be)\s+"
                            r"(?P<kind>(?:fully\s+|pure(?:ly)?\s+|battery[- ])?electric|NEVs|EVs"
                            r"|new[- ]energy\s+vehicles|plug-in\s+hybrids)\b")
# "Among these NEVs, ...", "Of them, ...": a sentence on parts of the whole the sentence before counted
_AMONG_THESE = re.compile(r"(?i)\s*(?:among|of)\s+(?:these|them|those|which)\b")


_PRICE_CUT_BEFORE = re.compile(r"(?i)(?:\b(?:cut|cuts|cutting|slash(?:ed|es|ing)?|lower(?:ed|s|ing)?|reduc(?:ed|es|ing)"
                               r"|trimm(?:ed|ing)|trims?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?prices?\s+"
                               r"(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:by\s+)?|\bprice\s+(?:cuts?|reductions?)\s+of\s+"
                               r"|\b(?P<discount>discounts?)(?:\s+of|\s*[\u2014\u2013-]\s*|,\s*))\s*"
                               r"(?:up\s+to\s+|as\s+(?:much|high)\s+as\s+|as\s+much\s+as\s+|about\s+|around\s+"
                               r"|nearly\s+|over\s+)?$")
# "the average price reduction on sedans came to", "The average price cut for hybrid models stood at": a cut
# in money, told by its noun
_PRICE_CUT_TOLD = re.compile(r"(?i)\b(?P<average>average\s+)?price\s+(?:cuts?|reductions?)(?P<of>\s+(?:of|for|on)\s+"
                             r"[^.;,\d]{2,70}?)?\s+(?:was|were|is|are|reached|came\s+to|stood\s+at|totall?ed"
                             r"|amounted\s+to|of)\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?$")
_PRICE_CUT_NOUN = re.compile(r"(?i)\bprice\s+(?:cuts?|reductions?)\b")
_CUT_RESTATED = re.compile(r"(?i),?\s+(?:representing|marking|or|which\s+is)?\s*(?:a|an)\s+")


def _price_cut(text: str, spans: Spans, money: Mention) -> str:
    """What a sum of money told as a price cut names, without its unit ("the average price reduction on sedans came
    to 9,000 yuan" -> average_price_cut; "for plug-in hybrids" -> phev_average_price_cut), or ""."""
    told = _PRICE_CUT_TOLD.search(text, max(spans.sentence[0], money.start - 120), money.start) if (
        money.unit in CURRENCIES) else None
    if not told:
        return ""
    what = what_in(text, *told.span("of"))
    return f"{what + '_' if what and what != 'vehicle' else ''}{'average_' if told['average'] else ''}price_cut"


_OF_THE_MARKET = re.compile(r"(?i)\s+(?:(?:market\s+)?share\s+)?of\s+the\s+(?:[\w-]+\s+)?market\b")


def _whole(text: str, mention: Mention, spans: Spans, context: Read, part: str = "", grouped: bool = False) -> str:
    """The whole a share is of: "of all vehicle exports" -> vehicle_exports; "of the total" -> the sentence's;
    "of NEV exports", a part of NEVs' whole, nev_exports."""
    phrase = OF_WHOLE.match(text, mention.end)
    if phrase and re.match(r"(?i)the\s+(?:cars|vehicles|units|automobiles)\b", phrase["whole"]):
        # "70 percent of the cars went to ...": the cars the figure before counted
        for region in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]:
            found = measures_in(text, *region)
            if found and what_in(text, *region):
                return f"{what_in(text, *region)}_{found[0].lastgroup}"
    named = re.search(r"(?i)\b(?:share|proportion)\s+of\s+(?P<whole>[^,.;:()]{0,60}?)\s+\w+\s*$",
                      text[spans.sentence[0] : mention.start])
    what, measure = "", ""
    if phrase and not PENETRATION.search(text[spans.clause[0] : mention.start]):
        start, end = phrase.start("whole"), phrase.end("whole")
    elif named:
        start, end = spans.sentence[0] + named.start("whole"), spans.sentence[0] + named.end("whole")
        within = re.search(r"\s(?:in|among)\s", text[start:end])  # "the share of NEVs in total new car sales"
        if within:
            start += within.end()
    else:
        start = end = 0
    if end > start:
        found = measures_in(text, start, end)
        measure = (found[0].lastgroup or "") if found else ""
        what = what_in(text, start, end)
    said_what = what
    if not measure and _OF_THE_MARKET.match(text, mention.end):
        measure = "sales"  # "a 44% share of the car market", "29 per cent of the Malaysian market": of what is sold
    if not what:  # "of the total": the whole the rest of the sentence counts
        rest = [(spans.sentence[0], spans.clause[0]), (spans.clause[1], spans.sentence[1])]
        what = next((w for w in (what_in(text, *r) for r in rest) if w), "")
        found = [m for r in rest for m in measures_in(text, *r)]
        # (not a penetration rate of its own clause: "30.2 million vehicles were made, ..., with NEV penetration at
        # 46%", a share of sales, read below)
        # ("NEV output and sales were ... and ..., their market share at 31 percent": a share of what was sold)
        own_rate = PENETRATION.search(text, max(spans.clause[0], mention.start - 40), mention.start) or (
            _MARKET_SHARE_SAID.search(text, max(spans.clause[0], mention.start - 40), mention.start))
        measure = measure or ((found[0].lastgroup or "") if found and not (
            own_rate and found[0].lastgroup in ("production", "output")) else "")
    if not said_what and what and what == part and _OF_THE_MARKET.match(text, mention.end):
        what = "new_vehicle"  # "BEV registrations rose 25% to 1.19 million, 17.4% of the market": of all cars sold
    a_part = what in ("gasoline_powered_vehicle", "bev", "phev", "erev", "fcv")
    if end > start and not said_what and a_part and re.search(r"(?i)\b(?:total|all|overall)\b", text[start:end]):
        what = "vehicle"  # "fuel cars fell 22% ... while NEVs rose 4%, or 59% of total sales": of all of them
    if measure == "sales" and _retail_story(text, spans) and not _WHOLESALE.search(text, *spans.sentence):
        measure = "retail_sales"
    if end > start and not said_what and part in ("passenger_car", "commercial_vehicle") and (
            (what or context.what) == part):
        what = "vehicle"  # "Passenger cars make up 83% of exports": a class's share of all vehicles
    if re.search(r"(?i)\bretail\b", text[start:end]) and measure in ("", "sales"):
        measure = "retail_sales"
    if re.search(r"(?i)\bdomestic\b", text[start:end]) and measure == "sales":
        # "35.1 percent of domestic new-car sales" (in a story whose lead tells of "domestic retail sales", those)
        measure = "retail_sales" if re.search(r"(?i)\bretail\s+sales\b", text[: lead_span(text)[1]]) else (
            "domestic_sales")
    penetration = PENETRATION.search(text, spans.sentence[0], mention.start)
    if penetration and not measure:
        # a penetration rate is a share of sales, retail ones where its sentence or the story before says so, and
        # of sales at home "in the domestic market"
        said = text[slice(*spans.sentence)]
        # ("wholesale penetration": of the makers' sales)
        retail = re.search(r"(?i)\bretail\b", said) or (
            context.measure == "retail_sales" and not _WHOLESALE.search(said))
        # (the passenger car association's "penetration rate ... in the domestic market" is of its retail count)
        at_home = re.search(r"(?i)\bdomestic\s+market\b", said)
        measure = ("retail_sales" if retail or (at_home and _passenger_car_data(text)) else
                   "domestic_sales" if at_home else "sales")
    if not measure and re.search(r"(?i)\bmarket\s+share\b", text[spans.sentence[0] : mention.start]):
        # "NEVs' market share came to 31.4 percent" after a sentence on production: a share of what is sold
        measure = "retail_sales" if context.measure == "retail_sales" else "sales"
    told = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    if not measure and told and _AMONG_THESE.match(text, spans.sentence[0]) and is_stock(
            text, Spans(told[0], told[0], told[0]), bool(measures_in(text, *told[0]))):
        measure = "ownership"  # "... had 1.1 million NEVs at the close of 2024. Among these NEVs, battery
        # vehicles made up 66 percent": a part of the vehicles in use
    measure = measure or context.measure or "sales"
    figures = mentions_in(text, *spans.sentence)
    if measure == "production" and not said_what and any(m.unit in CURRENCIES for m in figures) and not any(
            m.unit == "vehicles" for m in figures):
        measure = "output_value"  # "Its yearly output is to top CNY240 billion, over 30 percent of the whole auto
        # industry's": a share of what the output is worth
    if (what or context.what) == part and part in ("ternary_battery", "lithium_iron_phosphate_battery"):
        return f"power_battery_{measure}"  # "ternary batteries were 36.5 percent of total production"
    if part in (*_BODY_KINDS, "gasoline_powered_vehicle") and (not what or what in (*_BODY_KINDS,
                                                                                    "gasoline_powered_vehicle")):
        what = "vehicle"  # "pickups made up 21 percent of its sales": of all its vehicles
    if (what or context.what) == part and part in ("bev", "phev"):
        # "All-electric vehicles account for 73% of total production" after a sentence on NEVs: the whole is
        # what the sentences before counted, not the part itself
        broader = next((w for w in (what_in(text, *r) for r in earlier_sentences(
            text, spans.sentence[0], across_paragraphs=True)[:2]) if w and w != part), "")
        if broader == "nev":
            return f"nev_{measure}"
        what = broader
    if what == "nev" and part in ("nev_passenger_car", "bev", "phev", "fcv"):
        return f"nev_{measure}"  # "pure EVs, 62 percent of all new energy vehicles": a kind's share of NEVs
    if said_what == "nev" and grouped:
        # "Chinese makers held 6.3 per cent of the bloc's electric car sales": a group's share of NEVs (of NEV
        # passenger cars, retail ones)
        return f"nev_passenger_car_{measure}" if measure == "retail_sales" else f"nev_{measure}"
    what = (what or context.what).replace("nev_", "").replace("nev", "vehicle") or "vehicle"
    if what == "vehicle" and measure in ("sales", "domestic_sales"):
        return f"new_vehicle_{measure}"
    if what == "vehicle" and measure == "registrations" and end > start and re.search(r"(?i)\bnew(?:ly)?\b",
                                                                                        text[start:end]):
        return "new_vehicle_registrations"  # "27 percent of all new car registrations"
    if measure == "retail_sales" and what == "vehicle":
        what = "passenger_car"
    if what == "passenger_car" and measure == "sales" and re.search(r"(?i)\bretail\b", text[start:end]):
        measure = "retail_sales"
    return f"{what}_{measure}"




_STOCK_CHANGED_BY = re.compile(r"(?i)\b(?:increased|grew|grown|rose|risen|climbed|gained|jumped|fell|fallen|dropped"
                               rf"|decreased|declined|shrank|shrunk|slid)\s+by\s+{HEDGE_BEFORE}$")
_STEPS = {"year": "yoy", "quarter": "qoq", "month": "mom"}
_BASE_BRACKETED = re.compile(r"(?i)\b(?P<base>year|quarter|month)[- ](?:on|over)[- ](?:year|quarter|month)\s*\(\s*"
                             r"(?:[+-]\s*)?$")
_CHANGE_BASE_AFTER = re.compile(r"(?i)\s+(?P<base>year|quarter|month)[- ](?:on|over)[- ](?:year|quarter|month)\b")


# "up 2% week-on-week", "slipping 3% from the 5,600 cars registered in the previous week": a change on the week before
_WEEK_BASE_AFTER = re.compile(r"(?i)\s*(?:(?:higher|lower|more|less|up|down)\s+)?(?:week[- ](?:on|over|to)[- ]week"
                              r"|(?-i:WoW|w/w)\b|on\s+a\s+weekly\s+basis|(?:from|than|compared\s+(?:with|to)|over|on)"
                              r"\s+(?:the\s+)?(?:[\d,.]+\s+(?:[\w-]+\s+){0,3}?(?:in|during|of)\s+the\s+)?(?:previous"
                              r"|prior|preceding|last)\s+week\b|(?:from|than|on)\s+the\s+week\s+before\b)")
_WEEK_ON_WEEK_BEFORE = re.compile(r"(?i)\b(?:week[- ](?:on|over)[- ]week|weekly|WoW)\s+(?:[a-z]+\s+){0,2}?(?:of|by)\s+"
                                  r"(?:about\s+|around\s+|nearly\s+|some\s+)?$")


# "trimming the annual decline to 9%": a change on the year, named before the number
_CHANGE_ON_THE_YEAR_BEFORE = re.compile(r"(?i)\b(?:annual|yearly|year-on-year|on-year)\s+"
                                        r"(?:decline|drop|fall|growth|rise|increase|gain|slide)\s+(?:to|of)\s+$")


def _growth_base(text: str, mention: Mention, spans: Spans, period: str) -> str:
    """yoy, mom, qoq or vs_<year>: what a change is measured against, from the words after the number and the
    period of the figure."""
    period_year = period[:4]
    after = text[mention.end : spans.sentence[1]]
    bracketed = _BASE_BRACKETED.search(text, max(spans.clause[0], mention.start - 30), mention.start)
    if bracketed:  # "falling both year-on-year (25%) and month-on-month (45%)": the base named before the bracket
        return _STEPS[bracketed["base"].lower()]
    if re.search(r"(?i)\bsequential\s*\(\s*$", text[max(spans.clause[0], mention.start - 20) : mention.start]):
        # ("a yearly (4.1%) and a sequential (7.7%) fall": on the period before)
        return "mom" if re.fullmatch(r"\d{4}-\d\d", period) else "qoq"
    if _WEEK_BASE_AFTER.match(text, mention.end) or _WEEK_ON_WEEK_BEFORE.search(
            text, max(spans.clause[0], mention.start - 60), mention.start):
        return "wow"
    if _RATE_MOVED_BEFORE.search(text, max(spans.clause[0], mention.start - 60), mention.start):
        return "yoy"  # "its sales growth fell to 38 percent from 43 percent in May": a growth rate, and the one before
    # "down 33.3 percent and 19.0 percent month on month": the base named after the pair is both numbers'
    after = re.sub(r"^\s*(?:,\s*|\s+and\s+)[\d.]+\s*(?:percent|per\s+cent|%)(?=\s)", "", after)
    if _YEAR_ON_YEAR_BEFORE.search(text, max(spans.clause[0], mention.start - 60), mention.start):
        return "yoy"  # "a year-on-year gain of 64.1% in the months from January": the base it names
    if _QUARTER_ON_QUARTER_BEFORE.search(text, max(spans.clause[0], mention.start - 60), mention.start):
        return "qoq"  # "down 40% on the year and, quarter-on-quarter, a decline of 12%"
    if _SEQUENTIAL_AFTER.match(after):  # "a 2 percent sequential dip the month before": on the period before
        return "mom" if re.fullmatch(r"\d{4}-\d\d", period) else "qoq"
    # ("...; against March 2024, the growth is 44 per cent": the base its own clause opens with)
    semicolon = text.rfind(";", spans.sentence[0], mention.start)
    opened_with = ((_OPENING_MONTH_BASE.match(text, semicolon + 1, mention.start) if semicolon >= 0 else None)
                   or _OPENING_MONTH_BASE.match(text, spans.sentence[0], mention.start))
    # "Compared with March, EV deliveries fell 9%": the base the sentence opens with
    # ("though sales slid from Q4 2023 (by 41 per cent)": the base named before the bracket)
    named_before = BASE_BEFORE_BRACKET.search(text, max(spans.clause[0], mention.start - 80), mention.start)
    step = next((found for said in (after, *(m.group() for m in (opened_with, named_before) if m))
                 if (found := base_step(period, said))), "")
    if step:  # "a 13.7% rise compared to the 58,400 vehicles sold in May", said of June's figure; "down 24.1% from
        # 47,800 units in June 2024", of June 2025's
        return step
    if MONTH_BASE.match(after) or _MONTHLY_CHANGE_BEFORE.search(text, max(spans.clause[0], mention.start - 60),
                                                                 mention.start) or _MONTH_ON_MONTH_BEFORE.search(
            text, max(spans.clause[0], mention.start - 60),
                                                                 mention.start) or _MONTHLY_OPENING.match(
            text, spans.sentence[0], mention.start) and not _YEAR_ON_YEAR_AFTER.match(text, mention.end):
        # ("Monthly, sales fell 6.3 percent"; not "Monthly, February sales rose 12% year on year")
        return "mom"  # (before it too: "marked a month-on-month drop of 2.7 percent")
    if _QUARTER_BASE.match(after):
        return "qoq"  # "a 6 percent fall in deliveries from the preceding quarter"
    named_quarter = _NAMED_QUARTER_BASE.match(after)
    if named_quarter and (not named_quarter["year"] or named_quarter["year"] == period_year):
        return "qoq"  # "41 percent more than in the first quarter": an earlier quarter of its year
    if NATIONAL_AVERAGE_AFTER.match(after) or NATIONAL_AVERAGE_BEFORE.search(
            text, max(spans.sentence[0], mention.start - 60), mention.start):
        return "vs_national_average"  # "9 percentage points above the national average": a gap, not a change
    year = YEAR_BASE.match(after)
    if year and period_year and int(year["year"]) != int(period_year) - 1:
        return f"vs_{year['year']}"
    # "Compared with 2024, exports will be 7 percent higher in 2028": a base the sentence opens with ("Since 2020,
    # production has climbed from 1.21 million to 8.37 million by 2023, a 6.9-fold increase": the year it rose from)
    opening = _OPENING_BASE.match(text, spans.sentence[0], mention.start) or (
        _SINCE_FROM.match(text, spans.sentence[0], mention.start))
    if opening and period_year and int(opening["year"]) != int(period_year) - 1:
        return f"vs_{opening['year']}"
    days = day_range(period)
    if days and (days[1] - days[0]).days < 7 and not _YEAR_ON_YEAR_AFTER.match(text, mention.end) and (
            not _YEAR_BASE_AFTER.match(after)) and not _CHANGE_ON_THE_YEAR_BEFORE.search(
            text, max(spans.clause[0], mention.start - 40), mention.start):
        return "wow"  # "Zeta registered 12,300 cars in the week of April 7-13, a slight 1% drop": on the week before
    return "yoy"


# ("9.5% more than 31,000 the previous year": on the year before)
_YEAR_BASE_AFTER = re.compile(r"(?i)\s*(?:(?:increase|rise|gain|jump|decrease|decline|drop|fall)\s+)?(?:from|than"
                              r"|over|compared\s+(?:with|to))\s+(?:[\d,.]+\s+)?(?:[a-z]+\s+){0,3}?"
                              r"(?:the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|ago|before)"
                              r"|last\s+year)\b|\s*(?:[\w-]+\s+){0,2}?on\s+(?:the|a)\s+year\b")


# "Chinese-brand passenger cars", "sales of domestic auto brands": a group of brands whose figures these are
# (not "The Chinese brand, owned by Harbour Auto,": one brand)
# ("Sales of the German OEMs dropped 5.7%", "Japanese brands' sales": the brands of that origin, in the market told of)
_BRAND_GROUP = re.compile(rf"(?i)\b(?:domestic\s+(?=Chinese\s+(?:OEMs|brands)))?(?P<group>{ORIGIN}|domestic|homegrown"
                          r"|indigenous|local|joint[- ]venture|mainstream\s+joint[- ]venture|luxury)"
                          r"(?:[- ](?:(?:auto|car)\s+)?brands\b|-owned\s+brands\b|\s+OEMs\b"
                          # ("Luxury car retail sales")
                          r"|(?<=luxury)\s+car(?=\s+(?:retail\s+)?(?:sales|wholesales?)\b)"
                          r"|-brand(?:ed)?\b|\s+(?:(?:auto|car)\s+)?brand(?=\s+(?:passenger\s+)?(?:cars|vehicles"
                          r"|automobiles|NEVs|EVs|sales|exports|deliveries|production|output|registrations)\b))"
                          r"(?!\s+(?:of|from)\b)")
_ANNUAL_AVERAGE_OF = re.compile(r"(?i)\b(?:average\s+annual|annual\s+average)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:sales|production|output|exports|deliveries)\b")
_AVERAGED = re.compile(r"(?i)\baverag(?:ed|es|ing)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$")
_A_YEAR_AFTER = re.compile(r"(?i)\s*(?:[a-z]+\s+){0,2}?(?:per|a|each)\s+year\b|\s*(?:[a-z]+\s+){0,2}?annually\b")
# "some four million cars are exported annually": a rate per year, told in the present
_DONE_EACH_YEAR = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(?:are|is)\s+(?:exported|sold|produced|made|shipped|built)\s+"
                             r"(?:annually|(?:each|every|per|a)\s+year)\b")
_SEQUENTIAL_AFTER = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,3}?sequential(?:ly)?\b")
_QUARTER_ON_QUARTER_BEFORE = re.compile(r"(?i)\b(?:quarter[- ](?:on|over)[- ]quarter|QoQ|sequential)\s+"
                                        r"(?:[a-z]+\s+){0,2}?(?:of|by)\s+(?:about\s+|around\s+|nearly\s+)?$")
# (and the second of a run told in turn: "month-on-month gains of 2.4% and 4.1%")
_RATES_BEFORE = r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s*(?:,\s*(?:and\s+)?|and\s+))*"
_MONTH_ON_MONTH_BEFORE = re.compile(r"(?i)\bmonth[- ](?:on|over)[- ]month\s+(?:[a-z]+\s+){0,2}?(?:of|by)\s+"
                                    rf"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?{_RATES_BEFORE}$")
# "with the monthly fall easing to 18%", "the month-on-month decline stayed at 12%": a change on the month before,
# named before its number
_MONTHLY_CHANGE_BEFORE = re.compile(r"(?i)\b(?:monthly|month[- ](?:on|over)[- ]month|MoM)\s+"
                                    r"(?:drop|decline|fall|decrease|gain|rise|increase|growth|slide|slump|dip)\s+(?:[\w-]+\s+){0,3}?(?:to|at|of|by)\s+"
                                    r"(?:about\s+|around\s+|nearly\s+)?$")
_YEAR_ON_YEAR_BEFORE = re.compile(r"(?i)\byear[- ](?:on|over)[- ]year\s+(?:(?!and\b|but\b)[a-z]+\s+){0,2}?(?:of|by)\s+"
                                  rf"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?{_RATES_BEFORE}$")
_YEAR_ON_YEAR_AFTER = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,3}?(?:year[- ](?:on|over)[- ]year"
                                 r"|from\s+a\s+year\s+(?:earlier|ago)|y/y|yoy)\b")
_MONTHLY_OPENING = re.compile(r"(?i)\s*(?:monthly|on\s+a\s+monthly\s+basis|month[- ](?:on|over)[- ]month"
                              r"|compared\s+(?:with|to)\s+(?:the\s+previous|last)\s+month)\s*,")
_OPENING_MONTH_BASE = re.compile(r"(?i)\s*compared\s+(?:to|with)\s+(?:the\s+previous\s+month\s+of\s+)?[A-Z][a-z]+\.?"
                                 r"(?:\s+(?:19|20)\d\d)?(?=\s*,)")
_OPENING_BASE = re.compile(r"(?i)compared\s+(?:to|with)\s+(?P<year>(?:19|20)\d\d)\s*,")
_SINCE_FROM = re.compile(r"(?i)\s*since\s+(?P<year>(?:19|20)\d\d)\s*,[^.;]*?\bfrom\s+[\d.,]+\s*(?:million|billion"
                         r"|thousand)?\s+(?:units\s+|vehicles\s+)?to\s+[\d.,]+")
# ("rose 18.2 per cent to 55,430, against the previous quarter")
_QUARTER_BASE = re.compile(r"(?i)\s*(?:to\s+[\d,.]+(?:\s+(?:million|billion|units|vehicles))?,?\s+)?"
                           r"(?:[\w-]+\s+){0,5}?(?:quarter[- ](?:on|over)[- ]quarter|(?:from|on|over|above|below"
                           r"|than|compared\s+(?:with|to))\s+the\s+(?:preceding|previous|prior)\s+quarter"
                           r"|(?:above|below|than)\s+the\s+quarter\s+before|sequentially)\b")

# (not "the first quarter of last year" nor "the same quarter": a year back)
_NAMED_QUARTER_BASE = re.compile(rf"(?i)\s*(?:(?:increase|rise|jump|gain|growth|drop|fall|decline|decrease)\s+)?"
                                 rf"(?:from|over|than|compared\s+(?:with|to))\s+the\s+(?:first|second|third)\s+quarter"
                                 rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?(?!\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year)\b")


_OWNER_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['\u2019]s\s")
# "a factory capable of producing 10,000 battery packs a year": a production capacity
_CAPABLE_OF = re.compile(r"(?i)\bcapable\s+of\s+(?:producing|making|building|assembling)\s+(?:up\s+to\s+|about\s+)?$")
_ENGAGED_IN = re.compile(r"\s*(?:engaged|involved|working)\s+in\s+(?:the\s+)?(?P<field>[\w-]+(?:\s+[\w-]+)?)"
                         r"(?=\s+(?:to|in|and|of|at|with|across)\b|[,.;])")
_RANGE_REST = re.compile(r"\s*(?:to|-|\u2013)\s*[\w.,]+(?=\s)")
_IZATION_RATE = re.compile(
    r"(?i)\b(?P<stem>[a-z]+)i[sz]ation\s+rate\s+of\s+(?:the\s+)?(?P<whole>[a-z-]+(?:\s+[a-z-]+){0,2}?)"
    r"(?=\s+(?:of|used|in|at|for|has|have|is|was|reached|exceeded|rose|stood|hit)\b)")
def _abroad(text: str, spans: Spans) -> bool:
    """Whether the sentence is about a country or region outside China ("In Japan, domestic brands ...")."""
    return bool(_ABROAD_NAMED.search(text, *spans.sentence))


_ABROAD_NAMED = re.compile(rf"\b(?:{ABROAD_NAMES})(?![\w-])")


def _retail_before(text: str, spans: Spans) -> bool:
    """Whether the sentence before tells retail sales, and this one, which names no other kind of sales, goes on
    with them."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if (_OTHER_SALES.search(sentence) or status_of(sentence) in ("forecast", "target")
            or any(name in sentence for name in known_company_names()) or _OTHER_BODY.search(sentence)):
        return False  # (an outlook for the year after a month's retail sales may count sales of every kind; a
        # company's or another body's sales are their own)
    # "... were sold" after a sentence on retail sales; "daily sales climbed to 47,000" in the same paragraph
    before = earlier_sentences(text, spans.sentence[0], across_paragraphs=bool(_WERE_SOLD.search(sentence)))[:1]
    if not _WERE_SOLD.search(sentence) and not re.search(r"(?i)\bdaily\s+sales\b", sentence):
        return False
    return bool(before) and any(m.lastgroup == "retail_sales" for m in measures_in(text, *before[0])) and not (
        _OTHER_SALES.search(text, *before[0]))


# Sales of another kind than retail anywhere in a story: "wholesale", "factory", "production", "exports"
# ("deliveries to customers" are retail sales)
_USED_CARS = re.compile(r"(?i)\b(?:used|second-hand|pre-owned)\s+(?:[\w-]+\s+)?(?:cars?|vehicles?|automobiles?)\b")
# (a sentence whose subject is the economy's growth: "China's economy expanded by 4.6% ..., underpinned by exports")
_ECONOMY_SENTENCE = re.compile(r"(?i)(?:[^.\n]|\.(?=\d))*\b(?:(?-i:GDP)|economy|economic)\s+(?:growth|grew|expanded"
                               r"|contracted|shrank|rose|fell)\b(?:[^.\n]|\.(?=\d))*")
_NOT_RETAIL_STORY = re.compile(r"(?i)\b(?:wholesal\w*|factory|produc\w*|output|exports?"
                               r"|deliver\w*(?!\s+to\s+(?:customers|consumers|buyers))|CAAM)\b"
                               r"|Association\s+of\s+Automobile\s+Manufacturers")


def _retail_story(text: str, spans: Spans) -> bool:
    """Whether a story that opens on retail sales and tells no other kind of sales goes on with them when it says
    "sales" ("Retail sales of cars slid 6% ... after sales had climbed 11% a year earlier")."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if status_of(sentence) in ("forecast", "target") or any(name in sentence for name in known_company_names()) or (
            _USED_CARS.search(sentence)):  # ("Used automobile sales rose 9.6 percent": dealings, not retail sales)
        return False
    body = body_start(text)
    first = re.match(r"\s*[^.!?\n]*", text[body:])
    opens = measures_in(text, body, body + first.end()) if first and body + first.end() <= spans.sentence[0] else []
    # (a sentence on the economy, "GDP growth ... underpinned by export growth", tells no other kind of car sales)
    return bool(opens) and opens[0].lastgroup == "retail_sales" and not _NOT_RETAIL_STORY.search(
        _ECONOMY_SENTENCE.sub(" ", text))


# "these cars" after cars of another kind than a group of brands: "imported models", "joint ventures' models"
_OTHER_CARS = re.compile(r"(?i)\b(?:imported|joint[- ]ventures?|foreign)\b")
_WERE_SOLD = re.compile(r"(?i)\b(?:were|was|had\s+been|have\s+been)\s+sold\b")
_OTHER_BODY = re.compile(r"(?i)\bCAAM\b|Association\s+of\s+Automobile\s+Manufacturers|\bcommercial\b")
_OTHER_SALES = re.compile(r"(?i)\b(?:wholesale|wholesales|factory|exports?|overseas|abroad|deliver\w*)\b")
_INDUSTRY = re.compile(r"(?i)\bindustr(?:y|ies)\b|\bsector\b")
# Money a company takes in, makes or spends: no kind of vehicle, except an industry's or its makers'
_COMPANY_MONEY = ("revenue", "net_profit", "gross_profit", "operating_costs")
# money a place takes in that is no industry's: "tax revenue", "fiscal revenue", "industrial" firms' (all industry's)
_NOT_THE_INDUSTRYS = re.compile(r"(?i)\bindustrial\b|\b(?:tax|fiscal|budget(?:ary)?|tourism|services?|government"
                                r"|public|land|consumer|utilit\w+|power|water)\s+(?:revenues?|income|profits?)\b")
# "Northvale's hydrogen and fuel cell sector", "the lithium battery industry": a sector named by what it makes
# (not the car industry's, nor words that say something else: "the annual output of the sector")
_NOT_A_SECTOR = re.compile(r"(?i)\b(?:auto\w*|cars?|vehicles?|NEVs?|EVs?|manufacturing|industrial|output|of|the|in"
                           r"|for|whole|entire|overall|new[- ]energy\s+vehicles?)\b|\bnew[- ]energy\s*$")
# ("output from high-tech industries totalled 30 billion yuan": theirs, high_tech_industry_...)
_SECTOR = re.compile(r"(?:['\u2019]s|\bthe|\bits|\b[Ff]rom)\s+(?P<words>(?:[a-z][a-z-]*\s+){1,5}?)(?:sector|industry"
                     r"|(?P<many>industries))\b"
                     r"(?!\s+(?:of|in)\s+(?:the\s+)?(?:province|city|country))")
_AVERAGE_GROWTH = re.compile(r"(?i)\b(?:average\s+annual|annual\s+average|compound\s+annual)\s+(?:growth|increase"
                             r"|rise)\b|\bCAGR\b|\bgrow\w*\s+at\s+an\s+(?:average\s+annual|annual\s+average)\s+rate\b"
                             # "sales should climb some 25% each year until 2030"
                             r"|(?:%|percent)\s+(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before))")


def _destination(text: str, mention: Mention, spans: Spans) -> str:
    """"linking it to more than 40 countries", "reaching 289 ports": where a port's routes or exports go."""
    head = noun_phrase(text, mention.end).removesuffix("_regions").rsplit("_", 1)[-1]  # ("countries and regions")
    before = text[max(spans.sentence[0], mention.start - 40) : mention.start]
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if head in ("countries", "ports", "markets", "destinations") and re.search(
            r"(?i)\b(?:to|reaching|linking|cover(?:s|ing)?|serv(?:ing|es)|in|span(?:s|ning)?)\s+(?:more\s+than\s+|over\s+"
            r"|about\s+|nearly\s+|some\s+)?$", before) and re.search(
            r"(?i)\broutes?\b|\bports?\b|export|ship|carrier|\bsold\s+to\b|\bdestinations?\b", sentence):
        return f"destination_{head}"
    return ""


# "1,210 LP7s", "2,000 Model Ys": a model's name, plural
_MODEL = re.compile(r"\s+((?:Model\s+)?[A-Z][A-Za-z-]*\d+[A-Za-z]*|Model\s+[A-Z])s\b"
                    # "sold 21,600 Z5 models and 9,400 Z7 units": a model's name before a word for its units
                    r"|\s+((?:Model\s+)?[A-Z][A-Za-z-]*\d+[A-Za-z]*)\s+(?:models|units|cars|vehicles|sedans|SUVs)\b")
# "3,600 of its Zeta ONE SUVs": a model the company makes, by its name
_OF_ITS_MODEL = re.compile(r"\s+of\s+its\s+((?!(?:new|latest|own|flagship|electric)\b)[A-Z][\w-]*"
                           r"(?:\s+[A-Z0-9][\w-]*){0,2})\s+(?:SUVs|sedans|cars|vehicles|models|units|MPVs)\b")
# A model by its name in the plural after a number: "7,412 Zeta ONEs", "20,100 Seals" (not a kind: "NEVs", "SUVs")
_MODEL_PLURAL = re.compile(r"\s+((?:[A-Z][a-z]+\s+)?(?!(?:NEV|EV|SUV|MPV|PHEV|BEV|HEV|FCEV|FCV|TEU|ICE|OEM|CKD|SKD)s\b)"
                           r"[A-Z][A-Za-z]*[A-Za-z])s\b(?!\s+[A-Z])")
_AT_SHOW = re.compile(r"(?i)\bat\s+(?:this|the)\s+(?:year['\u2019]s\s+)?(?:show|expo|fair|exhibition)\b")
# ("The show is to feature 1,046 vehicles": those on show)
_ON_SHOW = re.compile(r"(?i)\b(?:display\w*|showcas\w*|exhibit(?:s|ed|ing)\b|present(?:s|ed|ing)\b|on\s+show"
                      r"|on\s+display|showing|featur(?:e|es|ed|ing)\s+(?:a\s+total\s+of\s+)?(?:about\s+|some\s+|over\s+|nearly\s+)?"
                      r"[\d,]+\s+(?:vehicles|cars)\b)")
# A port's freight by its unit: tons of cargo, containers in twenty-foot equivalent units.
_FREIGHT = {"tons": "cargo_throughput", "tonnes": "cargo_throughput", "metric_tons": "cargo_throughput",
            "teus": "container_throughput", "teu": "container_throughput"}
_TOTAL_TO = re.compile(r"(?i)\b(?:lifting|bringing|raising|taking|pushing|boosting)\s+(?:the|its|their)\s+total"
                       r"(?:\s+number|\s+count)?\s+to\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+)?$")
_COUNT_BEFORE = re.compile(r"(?<![\d.,])\d[\d,.]*(?:\s+(?:million|billion|thousand))?")
_COUNT_OR_WORD = re.compile(r"(?<![\d.,])\d[\d,.]*(?:\s+(?:million|billion|thousand))?"
                            r"|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of)\b)")
# "the country's share of global battery installations went up 2 points to": a share of the world's
_SHARE_OF_GLOBAL = re.compile(r"(?i)\bshare\s+of\s+(?:the\s+)?(?:global|world(?:['\u2019]s|wide)?)\s+"
                              r"(?P<whole>[\w\s-]{3,60}?)\s+(?:rose|fell|grew|increased|decreased|climbed|dropped|reached|stood|was|hit|jumped"
                              r"|expanded|edged\s+up)\b[^.;,]*$")
# "a 24% global market share in EV sales": the world's whole the share is of
_GLOBAL_SHARE_IN = re.compile(r"(?i)\s+(?:global|worldwide|world)\s+(?:market\s+)?share\s+(?:in|of)\s+(?:the\s+)?"
                              r"(?P<whole>[^,.;:()\d]{3,60}?)(?=\s+(?:from|in|during|for|between|as|last|this|so)\b|\s*[,.;:(]|\s*$)")


_TARIFF_KINDS = (r"tariffs?|dut(?:y|ies)|surtax(?:es)?|(?<=import\s)tax(?:es)?"
                 # "a new tax regime on imported EVs"
                 r"|tax(?=\s+(?:program(?:me)?|regime|scheme)\s+(?:for|on)\s+imported\b)")
_TARIFF_AFTER = re.compile(rf"(?i)\s+(?:(?:import|customs)\s+)?(?:{_TARIFF_KINDS})\b")
_TARIFF_WORD = re.compile(r"(?i)\b(?P<extra>(?:additional|extra|special|countervailing|anti-subsidy)\s+)?"
                          rf"(?:(?:import|customs)\s+)?(?:{_TARIFF_KINDS}|surcharges?)\b")


_PURCHASE_TAX = re.compile(r"(?i)\b(?:purchase|buyers?['\u2019]?)\s+tax(?:es)?\b")
_PURCHASE_TAX_AFTER = re.compile(r"(?i)\s+(?:new\s+)?(?:vehicle\s+|car\s+|NEV\s+)?(?:purchase|buyers?['\u2019]?)\s+tax")
_LEVY_AFTER = re.compile(r"(?i)\s+(?:levy|tax)\b")
_OF_PRICE = re.compile(r"(?i)\s+of\s+(?:the|a|its|their)\s+(?:new\s+)?(?:vehicle|car|purchase|retail)\s+price\b")
_GIVEN = re.compile(r"(?i)\b(?:subsid(?:y|ies)|(?:can|could|will|may)\s+(?:receive|get))\b")


def _tariff(text: str, mention: Mention, spans: Spans) -> str:
    """`<what>_import_tariff_pct` (`additional_...` for one on top of another) for a percent that a tariff is
    charged at: the tariff named right after the number, or before it in its sentence with no other measure
    between ("the new duties, set at 21 percent"; not "tariffs cut sales by 20 percent"); "" else."""
    after = _TARIFF_AFTER.match(text, mention.end)
    words = None
    if after:
        words = _TARIFF_WORD.search(text, mention.end, after.end())
    else:
        before = list(_TARIFF_WORD.finditer(text, spans.sentence[0], mention.start))
        between = text[before[-1].end() : mention.start] if before else ""
        listed = re.search(r"(?:,|\band|\bor)\s+$", between) and any(  # "at 21 percent for Zeta and 30 ..."
            m.unit == "percent" for m in mentions_in(text, before[-1].end(), mention.start))
        # ("a levy on EV imports of 25%": what the tariff is charged on)
        # ("a tax regime on imported EVs, first set at 10%": what it is charged on)
        charged_on = re.sub(r"(?i)\bon\s+(?:[\w-]+\s+){0,3}?(?:imports|exports)\b"
                            r"|\b(?:for|on)\s+imported\s+(?:[\w-]+\s+){0,2}?[\w-]+", " ", between)
        if before and not measures_in(charged_on, 0, len(charged_on)) and (listed or re.search(
                r"(?i)\b(?:at|of|to|from|is|was|are|were|by|reach(?:es|ing)?)\s+(?:about\s+|around\s+|nearly\s+"
                r"|up\s+to\s+)?$",
                between)):
            words = before[-1]
    if words is None:
        return ""
    on_top = re.search(r"(?i)\b(?:additional|extra|special|on\s+top\s+of)\b", text[spans.sentence[0] : words.start()])
    # ("the additional 17% tariff": the extra word before the number)
    extra_before = re.search(r"(?i)\b(?:additional|extra)\s+$", text[max(0, mention.start - 12) : mention.start])
    extra = "additional_" if words["extra"] or extra_before or (on_top and not after) else ""
    kind = what_in(text, spans.sentence[0], spans.sentence[1])
    before_tariff = earlier_sentences(text, spans.sentence[0])[:1] if not kind else []
    if before_tariff and _TARIFF_WORD.search(text, *before_tariff[0]):
        kind = what_in(text, *before_tariff[0])  # "... a tax on imported EVs ... The tariff, now at 18%": the EVs'
    if not kind and any(re.search(r"(?i)\b(?:EV|NEV|electric|new[- ]energy)\b", m.group())
                        for m in MAKER.finditer(text, *spans.sentence)):
        kind = "nev"  # "Chinese EV manufacturers face a 100% import tax": a tax on what they make
    return f"{extra}{kind or 'vehicle'}_import_tariff_pct"


_SHARE_WORD_AFTER = re.compile(r"(?i)\s+(?:(?:market|retail|sales)\s+)?share\b(?!\s+(?:price|buyback|of\s+(?:its|the\s+"
                               r"(?:company|group|firm))))")
# "..., followed by Lumen Motor Co. Ltd.'s 14.2%": the next company's share in a list
# A rate set against another one before it: "51 percent, above the 44 percent of a year ago", "... and the 50 percent"
_RATE_SET_AGAINST = re.compile(r"(?i)\b(?:(?:higher|lower|up|down|more|less)\s+(?:than|from)|compared\s+"
                               r"(?:with|to)|versus|against|above|below|and|from)\s+(?:the|a|its)\s+$")
# ... or a list of its levels: " in October 2023 and ", " from June 1 to 15, and " (no change told between them)
_RATE_LISTED = re.compile(r"(?i)(?![^%]*\b(?:up|down|rose|rise|rising|fell|fall|falling|grew|grow|growth|increase"
                          r"|decrease|jump|drop|declin|climb|surg|gain|slid|slump|share)\w*\b)"
                          r"(?![^%]*(?:\b(?:on|over)[- ](?:year|month)\b|\b(?:yoy|mom|y/y|m/m)\b))[^%;.]*?,?\s+and\s+")


def _rate_listed(text: str, mention: Mention, spans: Spans, before: Mention) -> bool:
    """Whether `mention` is the next level of a rate listed by period ("reached 41.2 percent in October and 40.1
    percent in November"), not a growth after it ("... and 3.1% on the year before") nor one of a pair ("12.4% and 30.5%
    of the total, respectively")."""
    gap = text[before.end : mention.start]
    return bool(_RATE_LISTED.fullmatch(text, before.end, mention.start)
                # (each level's own period between them: not "8.8 percent and 5 percent of exports", parts listed)
                and re.search(r"(?i)\b(?!and\b|percent\b|per\b|cent\b)[a-z0-9]+\b", gap)
                and not _CHANGE_AFTER_NUMBER.match(text, mention.end) and not _GROWTH_AFTER.match(text, mention.end)
                and not re.search(r"(?i)\brespectively\b", text[mention.end : spans.sentence[1]]))


_GROWTH_AFTER = re.compile(r"(?i)\s*(?:(?:year|month)[- ](?:on|over)[- ](?:year|month)|\(?(?:yoy|mom)\b)")


_NEXT_HOLDER = re.compile(r"(?:,\s*|\s+)(?:(?:and|followed\s+by|ahead\s+of|with)\s+)?"
                          # ("..., then state-owned carmaker Chery at 6.2%": the holder, described)
                          r"(?:(?:[a-z][\w-]*\s+)?(?:brand|rival|carmaker|automaker|maker|start-?up)\s+)?"
                          r"(?:[A-Z][\w.&-]*['\u2019]?s?\s+){0,6}?(?:[A-Z][\w.&-]*)(?:['\u2019]s\s+|\s+at\s+|\s+\()$")


# a plant's capacity, as opposed to the batteries a period's figures count
_CAPACITY_TO_MAKE = re.compile(r"(?i)\bcapacit(?:y|ies)\s+(?:of|to)\s+(?:about\s+|over\s+|nearly\s+)?\d"
                               r"|\bproduction\s+capacit|\bplants?\b|\bfactor(?:y|ies)\b|\bannual\b|\bplanned\b")
_MARKET_SHARE_SAID = re.compile(r"(?i)\bmarket\s+share\b|\bshare\s+of\s+the\s+market\b|\bof\s+the\s+market\b")
# "with shares of more than 41% and 21% respectively"
_SHARES_OF_BEFORE = re.compile(r"(?i)\bshares\s+of\s+(?:(?:more|less)\s+than\s+|about\s+|nearly\s+)?"
                               r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s*(?:,\s*)?(?:and\s+)?)*$")
# "with a 43.2 percent share", "a 0.5 percentage point decrease from 43.7 percent": a maker's share, its change and
# the share it moved from, said in a story of batteries
_SHARE_AFTER_NUMBER = re.compile(r"(?i)\s+(?:market\s+)?share\b")
_SHARE_MOVES = r"decrease|increase|drop|rise|fall|gain|slump"  # the nouns of a share's move
_SHARE_MOVED = re.compile(rf"(?i)\bshares?\b[^.;]{{0,40}}?(?:\b(?:{_SHARE_MOVES}|up|down"
                          r"|rose|fell|dropped|slipped|climbed|grew|increased|decreased|declined|gained)"
                          rf"\s+(?:by\s+|of\s+)?)$|(?:\b(?:{_SHARE_MOVES}|down|up"
                          r"|percentage\s+points?)\s+from\s+|\bagainst\s+(?:\w+['\u2019]s\s+)?)$")
_MOVE_AFTER_NUMBER = re.compile(rf"(?i)\s+(?:{_SHARE_MOVES}|higher|lower)\b")
_INSTALLED = re.compile(r"(?i)\binstall|\bCABIA\b|Battery\s+(?:Innovation\s+)?Alliance")


# the words of batteries made, not put into vehicles
_MADE_SAID = re.compile(r"(?i)\b(?:produc\w*|output|made|manufactur\w*|capacit(?:y|ies))\b")


@functools.lru_cache(maxsize=32)
def _installations_story(text: str) -> bool:
    """Whether a story is one of batteries installed: its headline or lead measures installations and names no
    battery output ("China scores 39.2% jump in power battery installation volume")."""
    head, lead = _headline_and_lead(text)
    opening = text[head[0] : head[1]] + " " + text[lead[0] : lead[1]]
    return bool(re.search(r"(?i)\binstall", opening)) and not _MADE_SAID.search(opening)


# "CALB, ranked third, stands at 7.2 per cent and Gotion at 4.9 per cent": a maker's place in a ranking of shares
_RANK_AT = re.compile(r"(?i)\b(?:[A-Z][\w-]*\s+|in\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                      r"|tenth)\s+place\s+|(?:is|was|comes\s+in|came\s+in|stands|stood)\s+)at\s+$")


# what a maker's gigawatt-hours were, told beside them: "produced 25.32 GWh", "installed 26 GWh"
_MAKER_MEASURE = re.compile(r"(?i)\b(?:(?P<installed>install(?:ed|ations?))|produced|made|output\s+of)\s+"
                            r"(?:about\s+|around\s+|some\s+|nearly\s+)?[\d.]+\s*(?:GWh|gigawatt)")


def _battery_maker_share(text: str, mention: Mention, spans: Spans, entity: str) -> str:
    """`power_battery_<measure>_national_share_pct` for a battery maker's share of the market in a story about
    batteries ("CATL ... held 41.2 per cent of the market"); "" otherwise. The measure is the one the story counts
    in GWh: installations where it says so or cites the battery alliance, else production or sales."""
    if entity not in _BATTERY_MAKERS or not re.search(r"(?i)GWh|gigawatt", text):
        return ""
    said = text[spans.sentence[0] : spans.sentence[1]]
    if _TOP_WORD.search(text, spans.sentence[0], mention.start) and not re.search(r"(?i)\brespectively\b", said):
        return ""  # ("the five biggest makers ... held 81.7 per cent of the market between them": the group's; but
        # "CATL and BYD hold the top two places with shares of 41% and 21% respectively" are each one's)
    before = text[max(spans.sentence[0], mention.start - 90) : mention.start]
    moved_share = _SHARE_AFTER_NUMBER.match(text, mention.end) or _SHARES_OF_BEFORE.search(before) or (
        re.search(r"(?i)\bshares?\b", before) and (_SHARE_MOVED.search(before) or (
            mention.unit == "percentage_points" and _MOVE_AFTER_NUMBER.match(text, mention.end))))
    opening = list_opening(text, spans.sentence[0])
    ranked = _RANK_AT.search(before) and any(_MARKET_SHARE_SAID.search(text, *sentence) for sentence in (
        spans.sentence, *earlier_sentences(text, spans.sentence[0])[:1])) or (  # "Gotion, fourth, stood at 4.9%"
        # a list under "The market share is as follows:"
        opening and re.search(r"(?i)\bmarket\s+shares?\b", text[opening[0] : opening[1]]))
    world_said = re.search(r"(?i)\b(?:global|world(?:wide)?)\b", said)
    if not (_MARKET_SHARE_SAID.search(before + text[mention.end : mention.end + 30]) or moved_share
            or ranked or world_said and re.search(r"(?i)\bshare\b", before)) or re.search(
            r"(?i)\b(?:overseas|abroad|region)\b", said) or _ABROAD_NAMED.search(said):
        return ""  # (not "CATL's market share in Europe": a market abroad)
    # ("ranked first with a 37.4 percent share", "above its 35.2 percent share a year ago", in a story of the
    # world's installations: the world's market)
    world_story = bool(_WORLD_BATTERY_STORY.search(_opening(text)))
    scope = "global" if world_said or world_story else "national"
    if mention.unit == "percent" and mention.direction and not _SHARE_AFTER_NUMBER.match(text, mention.end) and not (
            re.search(r"(?i)\bto\s+(?:about\s+|nearly\s+)?$", before)):
        return ""  # (not "ternary battery deployment fell 19% year-on-year", after a share)
    measure = next((("installed_capacity" if said_of["installed"] else "production") for start, end in (
        spans.sentence, *earlier_sentences(text, spans.sentence[0], True)[:4])
        if (said_of := _MAKER_MEASURE.search(text, start, end))), "")  # "Zeta produced 12.1 GWh, a 20.4 per cent share"
    measure = measure or ("installed_capacity" if _INSTALLED.search(text) or world_story else "production" if re.search(
        r"(?i)\b(?:production|output|produced)\b", text) else "sales")
    return f"power_battery_{measure}_{scope}_share_pct"


# a story of the world's battery installations, told in its opening ("global battery consumption for EVs totaled")
_WORLD_BATTERY_STORY = re.compile(r"(?i)\b(?:global|worldwide|world['\u2019]s)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:battery|batteries)\s+(?:[\w-]+\s+){0,3}?(?:installations?|consumption|usage"
                                  r"|installed)\b|\bSNE\s+Research\b")


# "only 54.3% of them were battery-electric", "64,300 cars, of which 88.1% were petrol models": the part a kind
# makes of the level just told
_OF_THESE_WERE = re.compile(r"\s+of\s+(?:these|them|those)\s+(?:were|are|was|is)\s+(?P<kind>[^,.;]{3,60})")
_OF_WHICH_PART = re.compile(r"\bof\s+which\s+(?:about\s+|nearly\s+|over\s+|only\s+|some\s+"
                            r"|just\s+)?[\d.]+\s*(?:%|percent"
                            r"|per\s+cent)[^.;,]*")
_OF_WHICH_BEFORE = re.compile(r"(?i)\bof\s+which\s+(?:about\s+|nearly\s+|over\s+|only\s+|some\s+|just\s+)?$")
_WERE_KIND = re.compile(r"\s+(?:were|are|was|is)\s+(?P<kind>[^,.;]{3,60})")


_PERCENT = r"[\d.]+\s*(?:%|percent|per\s+cent)"
_SHARES_OF_NATION = re.compile(rf"(?i)(?P<shares>{_PERCENT}(?:\s*,\s*{_PERCENT})*"
                               rf"\s*,?\s+and\s+{_PERCENT})\s+of\s+(?:the\s+)?(?:(?:country|nation)"
                               r"['\u2019]s\s+total|national\s+total|China['\u2019]s\s+total)\b[^.;]*\brespectively\b")


def _national_shares_in_turn(text: str, mention: Mention, spans: Spans, status: str, entity: str, period: str,
                             known: dict[str, str]) -> str:
    """`<level's metric>_national_share_pct` for the n-th of the percents "making up 9.8% and 12.1% of the
    country's total, respectively" after as many levels, the n-th level's; "" when the number is none of them."""
    found = next((m for m in _SHARES_OF_NATION.finditer(text, *spans.sentence)
                  if m.start("shares") <= mention.start < m.end("shares")), None)
    if not found or entity == "China":
        return ""
    shares = [m for m in mentions_in(text, found.start("shares"), found.end("shares")) if m.unit == "percent"]
    levels = [m for m in mentions_in(text, spans.sentence[0], found.start()) if m.unit in ("vehicles", "count")
              and m.value >= 100]
    if len(levels) != len(shares) or mention.start not in [m.start for m in shares]:
        return ""
    level = levels[[m.start for m in shares].index(mention.start)]
    name = read_metric(text, level, spans_around(text, level), status, entity, period, known, False)[0]
    return f"{name}_national_share_pct" if name and not _GROWTH_SUFFIX.search(name) else ""


def _part_of_level(text: str, mention: Mention, spans: Spans, status: str, entity: str, period: str,
                   known: dict[str, str]) -> str:
    """`<kind>_share_of_<level's metric>` for a percent that says which part of the level before it a kind makes, ""
    when it says no such thing."""
    said = _OF_THESE_WERE.match(text, mention.end) or (
        _WERE_KIND.match(text, mention.end) if _OF_WHICH_BEFORE.search(text, max(0, mention.start - 30),
                                                                       mention.start) else None)
    if not said:
        return ""
    part = what_in(text, said.start("kind"), said.end("kind"))
    regions = [(spans.sentence[0], mention.start), *earlier_sentences(text, spans.sentence[0])[:1]]
    levels = [m for start, end in regions for m in reversed(mentions_in(text, start, end))
              if m.unit in ("vehicles", "count") and m.value >= 100]
    if not part or not levels:
        return ""
    whole = read_metric(text, levels[0], spans_around(text, levels[0]), status, entity, period, known, False)[0]
    whole = re.sub(rf"^(\w+?_)?{re.escape(part)}_", r"\1", whole)  # (the level's own kind is no part of the whole)
    return f"{part}_share_of_{whole}" if whole and not _GROWTH_SUFFIX.search(whole) else ""


# "5.86 million vehicles, of which 1.28 million, or 21.8 percent, were NEVs": a kind's part of the level before,
# told as a level and as its share
_OF_WHICH_LEVEL = re.compile(rf"(?i)\bof\s+which\s+{HEDGE_BEFORE}$")
_LEVEL_THEN_KIND = re.compile(rf"(?i)(?:\s*,\s*or\s+{HEDGE_BEFORE}{_PERCENT}\s*,)?\s+(?:were|are|was|is)\s+"
                              r"(?P<kind>[^,.;]{3,60})")
_OF_WHICH_LEVEL_OR = re.compile(rf"(?i)\bof\s+which\s+{HEDGE_BEFORE}[\d.,]+(?:\s+(?:million|billion|thousand))?"
                                r"(?:\s+(?:units|vehicles|cars))?\s*,\s*or\s+" + HEDGE_BEFORE + "$")
_KIND_TOLD_AFTER = re.compile(r"(?i)\s*,?\s+(?:were|are|was|is)\s+(?P<kind>[^,.;]{3,60})")
_KIND_PREFIX = re.compile(rf"^(?:{'|'.join(VEHICLE_KINDS)})s?_")


def _kind_of_which(text: str, mention: Mention, spans: Spans, status: str, entity: str, period: str,
                   known: dict[str, str]) -> str:
    """For "..., of which 1.28 million, or 21.8 percent, were NEVs": the part's level named after the level
    before it with the kind said after ("nev_exports"), and its percent as that kind's share of the level
    ("nev_share_of_vehicle_exports"); "" for any other number."""
    start = max(spans.sentence[0], mention.start - 60)
    if mention.unit == "percent":
        opened = _OF_WHICH_LEVEL_OR.search(text, start, mention.start)
        said = _KIND_TOLD_AFTER.match(text, mention.end) if opened else None
    elif mention.unit in ("vehicles", "count"):
        opened = _OF_WHICH_LEVEL.search(text, start, mention.start)
        said = _LEVEL_THEN_KIND.match(text, mention.end) if opened else None
    else:
        return ""
    if not opened or not said:
        return ""
    part = what_in(text, said.start("kind"), said.end("kind"))
    levels = [m for m in mentions_in(text, spans.sentence[0], opened.start()) if m.unit in ("vehicles", "count")
              and m.value >= 100]
    if not part or not levels:
        return ""
    whole = read_metric(text, levels[-1], spans_around(text, levels[-1]), status, entity, period, known, False)[0]
    measure = _KIND_PREFIX.sub("", whole)
    if not whole or measure == whole or _GROWTH_SUFFIX.search(whole) or whole.startswith(f"{part}_"):
        return ""
    if mention.unit == "percent":
        return f"{part}_share_of_{whole}"
    return f"{part}s_{measure}" if whole.startswith("vehicles_") else f"{part}_{measure}"


# Chinese carmakers as a group, in a story about markets abroad
_CHINESE_MAKERS = re.compile(r"\bChinese(?:[- ]owned)?\s+(?:car\s*makers|carmakers|automakers|auto\s*makers"
                             r"|firms|brands|car\s+brands|manufacturers|companies|EV\s+makers|rivals|marques|OEMs)\b")
_THEY = re.compile(r"(?i)\b(?:they|their)\b")
# a share said before the number ("lifting their share of European car sales to 5%", "a 7.4% market share") or
# after it ("17% of sales in Denmark", "9% of new car sales")
_SHARE_SAID_BEFORE = re.compile(r"(?i)\bshare\b")
_SHARE_SAID_AFTER = re.compile(r"(?i)\s*(?:(?:market\s+)?share\b"
                               r"|of\s+(?:the\s+)?(?:all\s+)?(?:new\s+)?(?:car\s+|vehicle\s+)?"
                               r"(?:sales|registrations|market)\b)")


_OF_EV_MARKET = re.compile(r"(?i)\s+(?:market\s+share\s+)?(?:of|in)\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,2}?"
                           r"(?:(?:battery[- ])?electric[- ](?:car|vehicle)|EV|NEV|new[- ]energy[- ]vehicle)s?\s+"
                           r"(?:sales|market|registrations|segment)\b")


_HOME_MARKET_SAID = re.compile(r"(?i)\b(?:China|Chinese\s+market|domestic\s+(?:passenger\s+car\s+|car\s+|auto\s+"
                               r"|vehicle\s+)?market)\b")


def _chinese_share_abroad(text: str, mention: Mention, spans: Spans) -> bool:
    """Whether a percent is the share Chinese brands hold of a market abroad: the sentence's subject is Chinese
    carmakers (or "they" after a sentence whose subject they are), the sentence says share, and the market is a
    country other than China."""
    before = text[spans.sentence[0] : mention.start]
    if mention.direction and not re.search(r"(?i)\bto\s+(?:about\s+|around\s+|nearly\s+)?$", before):
        return False  # ("their share rose 2 points": a change, not the share)
    if not (_SHARE_SAID_BEFORE.search(before) or _SHARE_SAID_AFTER.match(text, mention.end) or any(
            _SHARE_SAID_AFTER.match(text, m.end) for m in mentions_in(text, spans.sentence[0], mention.start))):
        return False  # ("nearly 12% of new car sales last year, and about 7% in Italy")
    if _HOME_MARKET_SAID.search(text, *spans.sentence):
        return False  # (the Chinese makers' home market, "the domestic passenger car market")
    if WITH_OWN_SUBJECT.search(before):
        return False  # ("..., with plug-in hybrids accounting for 23 percent": the with-clause's subject's)
    makers = list(_CHINESE_MAKERS.finditer(before))
    if makers and any(re.search(rf"\b{re.escape(name)}\b", before[makers[-1].end() :]) for name in
                      known_company_names()):
        return False  # ("a 4.6 per cent share for the group, trailing Renault but ahead of Ford at 3.1%": Ford's)
    if makers:
        return True
    told = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]
    return bool(_THEY.search(before)) and any(_CHINESE_MAKERS.search(text, *region) for region in told) and bool(
        story_market(text) or _ABROAD_NAMED.search(text, *spans.sentence))


def _share_abroad(text: str, mention: Mention, spans: Spans) -> str:
    """`<what>_sales_<country>_share_pct` for a percent that is a share of a market abroad, the country the article
    names most ("Zeta led the charge in Chile with a 20.4% share, followed by Lumen's 14.2%"); "" when the number
    is no share, or the story names no country abroad."""
    if share_group(text, spans, mention, abroad=True, companies=known_company_names()):
        return ""  # "giving Chinese makers a 47% share of the market": a group's share, named by the group
    story = story_market(text)

    def share_before_it(number: Mention) -> bool:  # "the top market shares in Chile are Zeta (28%)"
        said = _MARKET_SHARE_BEFORE.search(text, max(spans.sentence[0], number.start - 70), number.start)
        return said is not None and bool(story or _ABROAD_NAMED.search(said.group()))

    share_before = share_before_it(mention)
    if mention.direction and not (share_before and re.search(r"(?i)\b(?:from|to)\s+$",
                                                             text[max(0, mention.start - 8) : mention.start])):
        return ""  # (a share's levels "fall from 12.1% to 10.9%" are shares)
    if not _SHARE_WORD_AFTER.match(text, mention.end) and not share_before:
        # ("Stellantis saw its market share decline from 16.7% to 15.3%", in a story about a market abroad)
        earlier = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"]
        # (or "... are Zeta (28%), Lumen (15%)": the next holder's share in a list the words before it open)
        if not (earlier and _NEXT_HOLDER.search(text[earlier[-1].end : mention.start]) and (
                _SHARE_WORD_AFTER.match(text, earlier[0].end) or share_before_it(earlier[0]))):
            return ""
    if _WORLDWIDE.search(text, *spans.sentence) or re.search(
            r"(?i)\b(?:of|in)\s+(?:China|the\s+Chinese)\b|\bChina['\u2019]s\s+(?:[\w-]+\s+){0,2}market\b",
            text[spans.sentence[0] : spans.sentence[1]]):  # ("Geely held 20% of China's car market")
        return ""
    named = [m.group() for m in _ABROAD_NAMED.finditer(text, 0, mention.start)]
    named += [m.group() for m in re.finditer(r"\b(?:UK|U\.S\.)(?![\w.])", text[: mention.start])]  # ("in the UK")
    places = [PLACE_SHORT_NAMES.get(p, p) for p in named if p not in ("Europe", "Southeast Asia", "Africa",
                                                                      "Latin America", "Middle East")]
    if not places and not story:
        return ""
    market = story or max(dict.fromkeys(places), key=places.count)
    what = what_in(text, *spans.sentence) or "vehicle"
    return f"{what}_sales_{snake(market)}_share_pct"


def _held_global_share(text: str, mention: Mention, spans: Spans, context: Read) -> str:
    """`<what>_<measure>_global_share_pct` for a percent followed by "global market share in <whole>", or for a
    change in percentage points right after such a share in its sentence; "" otherwise."""
    at = mention
    if mention.unit == "percentage_points":
        before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"]
        if not before or mentions_in(text, before[-1].end, mention.start) or not re.search(
                r"(?i)\b(?:up|down|rising|falling|an?\s+(?:increase|rise|drop|decline|gain))\b",
                text[before[-1].end : mention.start]):
            return ""
        at = before[-1]
    held = _GLOBAL_SHARE_IN.match(text, at.end)
    if not held:
        return ""
    what = what_in(text, held.start("whole"), held.end("whole")) or context.what or "vehicle"
    return f"{what}_{_measure_named(text, *held.span('whole'), context)}_global_share_pct"


def _measure_named(text: str, start: int, end: int, context: Read) -> str:
    """The measure text[start:end] names (the whole of a share: "of global battery installations"), else the one the
    sentences around count, else sales."""
    found = measures_in(text, start, end)
    return (found[0].lastgroup or "") if found else (context.measure or "sales")


# Money that is no revenue or profit: "discounts reaching 53,000 yuan", "Net cash from operating activities was"
_OTHER_MONEY = re.compile(r"(?i)\b(?:cash|discounts?|prices?|priced|subsid\w+|costs?|invest\w*|fund\w*|tax\w*"
                          r"|rebates?|loans?|capital|fees?|tariffs?|spending|budgets?|values?|valued|worth|deals?)\b")
_MONEY_MEASURES = frozenset({"revenue", "net_profit", "net_loss", "gross_profit", "operating_profit"})
_GLOBAL_SHARE_BARE = re.compile(r"(?i)\s+(?:global|world|worldwide)\s+(?:market\s+)?share\b(?!\s+(?:in|of)\b)")
_GLOBAL_WHOLE = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:global|world(?:'s|wide)?|the\s+world's)\s+[^,.;:()]{0,40}")
# ("a mere 72.4% of its bold 6 million-unit goal": a goal's level may stand in its words)
_OF_TARGET = re.compile(r"(?i)(?:\s+and\s+[\d.]+\s*(?:percent|%))?\s+of\s+(?:its|their|the)\s+"
                        r"(?:[\w-]+\s+|[\d.,]+\s+(?:million|thousand)?-?(?:units?|vehicles?|cars?)?\s*){0,3}"
                        r"(?:targets?|goals?|objectives?|guidance)\b")
_COMPLETION_RATE = re.compile(r"(?i)\bcompletion\s+(?:rate|ratio)\s+(?:of|at|to|was|is|stood\s+at|reached)\s+"
                              r"(?:about\s+|around\s+|nearly\s+|over\s+)?$")
_GROWTH_IN = re.compile(r"(?i)\s+(?:growth|increase|rise|jump|drop|decline|fall)\s+in\s+the\s+(?:total\s+)?"
                        r"(?:number|amount|count)\s+of\s+")
_NUMBER_OF = re.compile(r"(?i)\b(?:the\s+)?(?:total\s+)?(?:number|amount|count|inventory|tally)\s+of\s+")
# Money a company raises, named where no measure is: a listing's proceeds, a round of financing
_MONEY_RAISED = re.compile(r"(?i)(?P<ipo_proceeds>\binitial\s+public\s+offering\b|\bIPO\b"
                           # (not "cut from a previous listing of RMB 92,800": a price as listed)
                           r"|(?<!previous\s)(?<!original\s)(?<!former\s)(?<!earlier\s)\blisting\b(?!\s+price))"
                           r"|(?P<financing>\bround\s+of\s+(?:financing|funding)\b|\b(?:financing|funding)\s+round\b"
                           r"|\bfund-?raising\b|\brais(?:ed|es|ing)\b[^.;]{0,40}?\b(?:financing|funding)\b"
                           # "plans to raise $310 million by issuing new shares", "share placements, which raised"
                           r"|\brais(?:e|ed|es|ing)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:by|through|via)\s+(?:issuing|selling|an?\s+"
                           r"(?:share|stock|bond|rights)\s+(?:issue|sale|offering|placement))\b"
                           r"|\b(?:share|stock)\s+(?:placements?|issues?|sales?)\b[^.;]{0,40}?\brais(?:ed|es|ing)\b"
                           # "raised HK$3.2 billion in a share placement", "issued 50 million new shares, raising"
                           r"|\brais(?:e|ed|es|ing)\b(?:[^.;]|\.(?=\d)){0,40}?\bin\s+an?\s+(?:share|stock|rights)\s+"
                           r"(?:placement|sale|issue|offering)\b"
                           r"|\b(?:issu(?:ed|es|ing)|sold|plac(?:ed|ing))\b[^.;]{0,60}?\bshares\b[^.;]{0,30}?\brais(?:ed|ing)\b)")
_VALUED_AT = re.compile(r"(?i)\bvalu(?:ed|es|ing)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}at\s+"
                        r"(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$")
_LISTING = re.compile(r"(?i)\b(?:initial\s+public\s+)?offering\b|\bIPO\b|\blisting\b|\bwent\s+public\b|\bdebut\b")
# A change named by its noun: "marking a 45-percent year-on-year increase" (after its number), "an increase of"
_CHANGE_AFTER_NUMBER = re.compile(rf"(?i)\s*(?:year[- ]on[- ]year\s+|annual\s+)?{CHANGE_NOUNS}\b")
_CHANGE_OF = re.compile(rf"(?i)\b{CHANGE_NOUNS}\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$")
# "the city's charger count had topped 4.6 million": a count named after what it counts
_COUNT_SUBJECT = re.compile(r"(?i)(?<![\w'\u2019-])(?P<things>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:count|tally)\s+"
                            r"(?:had\s+|has\s+|have\s+)?(?:exceeded|reached|hit|topped|surpassed|stood\s+at|rose\s+to"
                            r"|climbed\s+to|was|is)\s+(?:[a-z]+\s+){0,2}$")
# "38 percent of China's total", "of the country's NEV sales", "a domestic market share of 23 percent": a part's
# share of its country's whole
# ("Exports accounted for 10% of total sales": of all the seller sold)
_OF_ITS_SALES = re.compile(r"(?i)\s+(?:percent\s+|per\s+cent\s+|%\s*)?of\s+(?:its|their|the\s+(?:company|group|"
                           r"carmaker|automaker|firm)['\u2019]s|[A-Z][\w-]*['\u2019]s|(?:the\s+)?(?=total\s))"
                           r"\s*(?:total\s+|overall\s+|global\s+)?"
                           r"(?:sales|deliveries)\b")
_HAS_INVESTED = re.compile(r"(?i)\b(?:has|have)\s+(?:so\s+far\s+|already\s+|now\s+)?invested\s+(?:a\s+total\s+of\s+)?"
                           rf"{HEDGE_BEFORE}$")
# ", rising to nearly": a share told before moves to the number after it
_SHARE_RISING_TO = re.compile(r"(?i)[^;]*?,\s*(?:and\s+)?(?:rising|climbing|growing|increasing|jumping|falling"
                             r"|dropping|slipping|edging\s+(?:up|down))\s+(?:further\s+)?to\s+(?:about\s+|around\s+"
                             r"|nearly\s+|almost\s+|over\s+|some\s+|more\s+than\s+)?$")
# "of total Chinese vehicle sales", "of the country's auto sales": all the sales of a place
_OF_ALL_SALES = re.compile(r"(?i)\s+(?:percent\s+|per\s+cent\s+|%\s*)?of\s+(?:the\s+)?(?:(?:total|overall|all"
                           r"|Chinese|China['\u2019]s|(?:the\s+)?(?:country|nation)['\u2019]s|domestic)\s+){1,3}"
                           r"(?:(?:vehicle|car|auto|automobile|passenger[- ]car|new[- ]car)\s+)?sales\b")
_IN_ITS_YEAR_AFTER = re.compile(r"(?i)(?:\s+[\w-]+){0,2}?\s+(?:in|during|for)\s+(?:19|20)\d\d\b")
def _total_within_a_year(text: str, mention: Mention, spans: Spans, period: str, entity: str) -> bool:
    """Whether a figure told as "cumulative" is the total of a span within a year, not a running total."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if "/" in period and period[:4] == period.split("/")[1][:4]:
        return True
    if re.fullmatch(r"\d{4}-[HQ]\d", period) and _SPAN_IN_YEAR.search(sentence):
        return True  # "cumulative output from January to May was 500 GWh": those months' total
    running = _RUNNING_SINCE.search(sentence)
    if re.fullmatch(r"\d{4}", period) and _IN_ITS_YEAR_AFTER.match(text, mention.end) and not running:
        return True  # "cumulative wholesale sales ... came to 2.2 million units in 2025": the year's total
    # "In January-June, installations came to 280 GWh in all. Ternary batteries accumulated 50 GWh", "For the year,
    # cumulative retail sales came to 22 million units": the total of a span within a year
    # ("Denza's cumulative deliveries have exceeded 400,000": a company's since it began, unless a span is named)
    told_in_year = re.fullmatch(r"\d{4}", period) and set(re.findall(r"\b(?:19|20)\d\d\b", sentence)) <= {period} and (
        period in sentence or _THE_YEARS_TOTAL.search(sentence))
    return bool((re.fullmatch(r"\d{4}-[HQ]\d", period) or told_in_year) and not running
                and not _RUNNING_TOTAL.search(sentence) and (not _is_company(entity) or _SPAN_IN_YEAR.search(sentence)))


_THE_YEARS_TOTAL = re.compile(r"(?i)\bfor\s+the\s+(?:whole\s+|full\s+)?year\b|\bfull[- ]year\b|\bannual\b")
_RUNNING_TOTAL = re.compile(r"(?i)\bbring(?:s|ing)?\b|\bto\s+the\s+end\s+of\b|\b(?:in\s+history|ever|inception)\b")
_RUNNING_SINCE = re.compile(r"(?i)\b(?:by\s+the\s+end\s+of|since|to\s+date|so\s+far|as\s+of)\b")
_HOME_SALES_BEFORE = re.compile(r"\b(?:China|[Dd]omestic|[Hh]ome(?:[- ]market)?)\s+sales\s+(?:\w+\s+){1,3}$")
_OF_ITS_VEHICLES_AT_HOME = re.compile(r"(?i)\s+(?:percent\s+|per\s+cent\s+|%\s*)?of\s+(?:its|their)\s+"
                                      r"(?:vehicles|cars|sales)\s+(?:in\s+China|at\s+home|domestically)\b")
_NATIONAL_WHOLE = re.compile(r"(?i)(?:\s+(?:market\s+)?share)?\s+of\s+(?:the\s+)?(?:country|nation|China)['\u2019]s\b"
                             r"|\s+of\s+(?:the\s+)?"
                             r"(?:national|nationwide|country-wide)\b|\s+(?:nationwide|across\s+the\s+country)\b")
_SHARE_OF_WHOLE = re.compile(r"(?i)\s+(?:market\s+)?share\s+of\s+(?P<whole>[^,.;:()]{0,60})")
_DOMESTIC_SHARE = re.compile(r"(?i)\b(?:domestic|national|home)\s+market\s+share(?:\s+[\w']+){0,6}\s*$"
                             r"|\bshare\s+of\s+(?:the\s+)?(?:domestic|national|Chinese|China['\u2019]s)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:market|segment)(?:\s+[\w']+){0,6}\s*$"
                             # "Zeta led the national market with a 30% share"
                             r"|\b(?:led|leads|leading|dominated|dominates|topped|tops)\s+(?:China['\u2019]s|the\s+"
                             r"(?:domestic|Chinese|national|country['\u2019]s))\s+(?:[\w-]+\s+)?market\s+with\s+an?\s*$")


# The market a carmaker's share is of, said before the number ("a market share of 21%", "Zeta's share slipped
# to 6.1%", "a global share of 2.8%") or after it ("14.2 percent of the car market", "11.8% of the export
# market", "of all NEV sales", "a 5 percent slice of the NEV market"); not a share of
# its own sales ("41 percent of its total sales")
_MARKET_SHARE_BEFORE_NUMBER = re.compile(
    r"(?i)(?P<market>\b(?:(?:global|world|worldwide|domestic|national)\s+)?market\s+share\b"
    r"|\b(?:its|their|the\s+(?:company|carmaker|automaker|brand|group)['\u2019]s|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?:(?:global|world|market)\s+)?share\b(?!\s+of\s+(?:its|their)\b)"
    r"|\b(?:a|an|the)\s+(?:global|world|worldwide)\s+share\b)[^.;]{0,50}$")
_MARKET_SHARE_AFTER_NUMBER = re.compile(
    r"(?i)\s*(?:percent|per\s+cent|%)?\s*(?P<market>(?:(?:global|world|worldwide)\s+)?market\s+share\b"
    r"|(?:market\s+)?share\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?market\b"
    r"|of\s+the\s+(?:[\w-]+\s+){0,3}?market\b"
    r"|of\s+(?:all|total)\s+(?:[\w()'-]+\s+){0,8}?(?:sales|exports|deliveries|registrations)\b)")
_OWN_WHOLE = re.compile(r"(?i)\b(?:its|their|the\s+(?:company|group|carmaker|automaker|firm|brand|conglomerate)"
                        r"['\u2019]s|within\s+the\s+group|penetration)\b")


def _company_market(text: str, mention: Mention, spans: Spans, entity: str) -> re.Match[str] | None:
    """The words naming the market a company's share is of (group "market"), when the percent is a carmaker's
    share of a market at home or in the world, not a kind's share of its own sales or of a market abroad."""
    if not _is_company(entity) or _abroad(text, spans) or mention.unit not in ("percent", "percentage_points"):
        return None
    counted = what_in(text, spans.sentence[0], mention.start)
    after = _MARKET_SHARE_AFTER_NUMBER.match(text, mention.end)
    before = _MARKET_SHARE_BEFORE_NUMBER.search(text, max(spans.sentence[0], mention.start - 80), mention.start)
    if after and not _OWN_WHOLE.search(after.group("market")) and (
            "market" in after.group("market").lower() or what_in(text, *after.span("market"))):
        market = after
    elif before and not _OWN_WHOLE.search(text, before.end("market"), mention.start) and not _OF_ITS_SALES.match(
            text, mention.end):
        market = before
    else:
        return None
    if counted not in ("", "vehicle") and not what_in(text, *market.span("market")).startswith(counted):
        return None  # ("sold 6,120 new energy trucks, making up 31.2% of all truck sales": the kind's share)
    return market


def _paired_freight(text: str, mention: Mention, spans: Spans) -> str:
    """The freight the n-th growth of a "respectively" sentence is of, when the levels before it are freight."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if not re.search(r"(?i)\brespectively\b", sentence):
        return ""
    levels = [noun_phrase(text, spans.sentence[0] + m.end()) for m in _COUNT_BEFORE.finditer(sentence)
              if not re.match(r"\s*(?:percent|%)", sentence[m.end():])]
    growths = [spans.sentence[0] + m.start() for m in re.finditer(r"\d[\d.]*\s*(?:percent|%)", sentence)]
    names = [_FREIGHT.get(noun, "") for noun in levels]
    if mention.start not in growths or not any(names) or len(growths) != len(names):
        return ""
    return names[growths.index(mention.start)]


def _count_growth(text: str, mention: Mention, spans: Spans) -> str:
    """The count a growth with no measure is of: "the number of <noun phrase>" before it in its clause, else a
    count stated before it in its sentence ("There were 3.9 million charging piles, up 10 percent")."""
    if not _GROWTH_WORDS.search(text, spans.clause[0], spans.sentence[1]):
        return ""
    number_of = [m for m in _NUMBER_OF.finditer(text, spans.sentence[0], mention.start)]
    # "a 44.8-percent rise in the number of chargers": the number after it
    growth_in = _GROWTH_IN.match(text, mention.end)
    if growth_in:
        number_of = [growth_in]
    if number_of:
        noun = noun_phrase(text, number_of[-1].end() - 1)
        if noun:
            return noun
    numbers = list(_COUNT_BEFORE.finditer(text[spans.sentence[0] : mention.start]))
    if numbers:
        noun = noun_phrase(text, spans.sentence[0] + numbers[-1].end())
        if noun and noun.rsplit("_", 1)[-1] not in VEHICLE_NOUNS:
            return noun
    return ""


_GROWTH_WORDS = re.compile(r"(?i)\b(?:up|down|rose|rises?|rising|grew|growing|growth|increas\w*|climb\w*|jump\w*"
                           r"|surg\w*"
                           r"|(?:soar|tumbl|slump|plung)\w*(?=\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?\d)|fell"
                           r"|decreas\w*|declin\w*|drop\w*|year[- ]on[- ]year|from\s+a\s+year)")


def _number_of_things(text: str, mention: Mention, spans: Spans) -> str:
    """What "the number of ..." before the number in its sentence counts, when it is not vehicles ("the number
    of public charging piles built in China climbed to 214,000" -> public_charging_piles_built_in_china)."""
    found = list(_NUMBER_OF.finditer(text, spans.sentence[0], mention.start))
    if not found:
        return ""
    # ("the number of publicly or privately owned chargers": whose they are says nothing of what)
    owned = re.match(r"(?:[a-z]+ly\s+(?:and|or)\s+)?[a-z]+ly\s+(?:owned|operated|run)\s+", text[found[-1].end() :])
    named = noun_phrase(text, found[-1].end() + (owned.end() if owned else 0) - 1)
    if not named:  # a mass noun: "the total number of charging infrastructure across China"
        mass = re.match(r"((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+(?:across|in|of|at|has|have|had|was|were|is|are|reached"
                        r"|rose|stood|climbed|grew|increased|hit|totaled|totalled)\b)", text[found[-1].end() :])
        named = mass.group(1).replace(" ", "_").replace("-", "_") if mass else ""
    head = re.match(r"(?:[a-z]+_)*?(?P<head>[a-z]+)(?=_(?:across|in|of|at)_|$)", named)
    if not named or not head or head["head"] in VEHICLE_NOUNS or (what_in(
            text, found[-1].end(), found[-1].end() + len(named) + 2) and head["head"] not in _CHARGING_THINGS):
        return ""  # "the number of NEVs in the city": vehicles, read by their measure
    return short_kinds(named)  # ("the national inventory of electric vehicle chargers": ev_chargers)


# what charges vehicles, not vehicles: "electric vehicle charging stations"
_CHARGING_THINGS = frozenset({"stations", "piles", "chargers", "points", "facilities", "posts", "connectors", "poles"})


_THE_NUMBER = re.compile(r"(?i)\bthe\s+(?:total\s+)?number\b(?!\s+of\b)")
_GREW_BODY = (r"(?P<things>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s)\s+(?:also\s+)?"
              r"(?:saw|sees|see|recorded|records|grew|rose|showed|posted|experienced|kept)\b")
_SUBJECT_GREW = re.compile(rf"(?i)['\u2019]s\s+{_GREW_BODY}")
_SUBJECT_GREW_START = re.compile(rf"(?i)\s*(?:the\s+)?{_GREW_BODY}")


def _the_number_of_subject(text: str, mention: Mention, spans: Spans) -> str:
    """"China's battery swap stations also saw rapid growth, with the number increasing from 555 to 890": the
    things the sentence is about, which "the number" counts."""
    if not _THE_NUMBER.search(text, spans.sentence[0], mention.start):
        return ""
    found = _SUBJECT_GREW_START.match(text, spans.sentence[0], mention.start) or _SUBJECT_GREW.search(
        text, spans.sentence[0], mention.start)
    if not found or found["things"].lower().split()[-1] in VEHICLE_NOUNS or what_in(
            text, found.start("things"), found.end("things")):
        return ""
    return "_".join(found["things"].lower().replace("-", " ").split())


# "Public charging facilities numbered about 2.9 million units", "Private charging facilities grew ... to 7.1
# million units": things other than vehicles, counted as the sentence's subject
_THINGS_SUBJECT = re.compile(
    r"(?i)^(?:while\s+|whereas\s+|and\s+|but\s+)?(?:the\s+)?(?:total\s+)?(?P<things>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*?s)\s+"
    r"(?:(?:in|across)\s+(?:the\s+)?(?:country|nation|(?-i:[A-Z][\w'-]*))\s+)?(?:\w+ly\s+)?"  # "... in China totaled"
    r"(?:stood|reached|totaled|totalled|hit|were|rose|grew|jumped|increased|climbed|expanded|surged|numbered)\b")
_NOT_COUNTED = frozenset({"sales", "exports", "imports", "deliveries", "figures", "numbers", "data", "statistics",
                          "shipments", "registrations", "orders", "revenues", "profits", "prices", "costs"})


def _things_as_subject(text: str, spans: Spans) -> str:
    found = _THINGS_SUBJECT.match(text[spans.sentence[0] : spans.sentence[1]])
    if not found:
        return ""
    words = [w for w in re.split(r"[\s-]+", found["things"].lower()) if w not in ("ev", "nev", "evs", "nevs")]
    if not words or words[-1] in VEHICLE_NOUNS or words[-1] in _NOT_COUNTED or {*words} & {
            "of", "in", "for", "share", "shares", "rate", "rates"}:
        return ""  # "The market share of NEVs reached 40 percent": a share, read as one
    return "_".join(words)


def _number_before(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The number before `mention` in its sentence, as a mention of its own place (its growth is the count's)."""
    numbers = list(re.finditer(r"(?<![\d.,])\d[\d,.]*\d|(?<![\d.,])\d", text[spans.sentence[0] : mention.start]))
    if not numbers:
        return None
    at = spans.sentence[0] + numbers[-1].start()
    return Mention(at, spans.sentence[0] + numbers[-1].end(), numbers[-1].group(), 0.0, "count", "exact", 1.0)


_PLACES_COUNTED = ("cities", "provinces", "regions", "countries")
_BAR_AFTER = re.compile(r"(?i)(?:\s+[\w-]+){0,4}?\s+(?:(?:(?:hit|reached|passed|crossed|topped)\s+)?"
                        r"the\s+threshold\s+of|(?:boasted|boast|had|have|has|with|owned|owning)\s+(?:more\s+than|over)"
                        r"(?=\s+\d[\d,.]*\s+(?:million|thousand)))\s+"
                        r"(?:more\s+than\s+|over\s+)?(?P<bar>\d[\d,.]*(?:\s+(?:million|thousand))?)"
                        r"(?:\s+(?P<thing>automobiles|cars|vehicles|NEVs))?")


# "employing 1,100 people", "a staff of 300": people who work for the company or plant; "the plant should see its
# workforce reach 9,000 later": its workforce, whatever the words after the number
_EMPLOYING = re.compile(rf"(?i)\b(?:employ(?:s|ed|ing)?|hir(?:es|ed|ing))\s+(?:a\s+total\s+of\s+)?{HEDGE_BEFORE}$")
# ("the count of Zeta's employees worldwide has exceeded 9,400", "Its employees now number over 9,400"; not
# "employees work at 300 stores")
_EMPLOYEES_NUMBER = re.compile(r"(?i)\bemployees\b(?:\s+(?!\d)[\w'\u2019-]+){0,4}?\s+(?:now\s+)?(?:number(?:ed|s)?"
                               r"|exceeded|topped|totaled|totalled|reached|stood\s+at|(?:is|was)\s+(?:now\s+)?)"
                               rf"\s+{HEDGE_BEFORE}$")
_WORKFORCE = re.compile(r"(?i)\b(?:workforce|work\s+force|headcount|staff)\b"
                        r"(?:\s+(?!\d)[\w'\u2019-]+){0,8}?\s+"
                        rf"(?:to|of|at|reach|reached|exceeded|topped|totaled|totalled|is|was|numbered)\s+{HEDGE_BEFORE}$")
# The kind of a subsidy, named before it or by what it pays for
_SUBSIDY_KINDS = r"(trade-in|purchase|charging|scrappage|scrapping|(?:consumer\s+)?(?:loan\s+)?interest)s?"
_CAPPED_AT = re.compile(r"(?i)\b(?:capped|limited)\s+at\s+$|\bcapped\s+at\s+\S+\s*$")
# "For petrol cars of 1.5 liters, the grant is ...": a rule for the fuel cars bought
_FOR_FUEL_CARS = re.compile(r"\s*(?:For|for)\s+(?:the\s+purchase\s+of\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:gasoline|petrol|fuel)(?:-powered)?\s+(?:passenger\s+)?(?:vehicles?|cars?)\b")


def _scheme_of(text: str, spans: Spans) -> str:
    """The scheme a subsidy belongs to, "scrapping_" or "trade_in_", by its sentence, else the one before it in its
    paragraph; "" when neither says."""
    for start, end in [spans.sentence, *earlier_sentences(text, spans.sentence[0])[:1]]:
        said = text[start:end]
        if re.search(r"(?i)\bscrap", said):
            return "scrapping_"
        if re.search(r"(?i)\btrad(?:e|ing)[- ]in\b", said):
            return "trade_in_"
    return ""


def _bought_with(text: str, spans: Spans, at: int) -> str:
    """"gasoline_powered_vehicle_" for a subsidy at `at` whose sentence, or its part after a semicolon, opens on the
    fuel cars bought with it; "nev_" or "gasoline_powered_vehicle_" for one of two amounts given "respectively" to
    buyers of two kinds ("Purchasers of new energy vehicles or petrol-powered cars ... are to receive a subsidy of
    CNY14,000 and CNY11,000 (USD1,900 and USD1,500), respectively")."""
    opens = max(spans.sentence[0], text.rfind(";", spans.sentence[0], at) + 1)
    if _FOR_FUEL_CARS.match(text, opens):
        return "gasoline_powered_vehicle_"
    paid_for = _PAID_FOR_KIND.search(text, spans.clause[0], at)
    if paid_for:  # "the grant for the trade-in of an NEV rose to 18,000 yuan": theirs
        return ("gasoline_powered_vehicle_" if _FUEL_WORDS.search(paid_for["kind"]) else
                "nev_" if _NEV_WORDS.search(paid_for["kind"]) else "")
    buyers = _BUYERS_OF_TWO.search(text, spans.sentence[0], at)
    if not buyers or not re.search(r"(?i)\brespectively\b", text[at : spans.sentence[1]]):
        return ""
    unit = next((m.unit for m in mentions_in(text, at, spans.sentence[1]) if m.start == at), "")
    amounts = [m for m in mentions_in(text, buyers.end(), spans.sentence[1]) if m.unit == unit
               and not _THRESHOLD_PRICE.search(text, max(0, m.start - 40), m.start)]
    order = next((i for i, m in enumerate(amounts) if m.start == at), -1)
    if len(amounts) != 2 or order < 0:
        return ""
    kind = buyers["first" if order == 0 else "second"]
    return "gasoline_powered_vehicle_" if _FUEL_WORDS.search(kind) else "nev_" if _NEV_WORDS.search(kind) else ""


def _story_scheme(text: str) -> str:
    """The scheme a story's headline and lead name: "trade_in_", "scrapping_" or ""."""
    lead = text[: lead_span(text)[1]]
    return "scrapping_" if re.search(r"(?i)\bscrap", lead) else "trade_in_" if re.search(
        r"(?i)\btrad(?:e|ing)[- ]in\b", lead) else ""


# what a subsidy's purchases are of: "for the trade-in of a petrol car", "for the purchase of an NEV"
_PAID_FOR_KIND = re.compile(r"(?i)\b(?:trade-ins?|purchases?|scrapping)\s+of\s+(?:an?\s+|old\s+)?"
                            r"(?P<kind>(?:[\w-]+\s+){0,3}?(?:vehicles?|cars?|NEVs?|EVs?))\b")
_BUYERS_OF_TWO = re.compile(r"(?i)\b(?:buyers|purchasers|consumers|owners)\s+(?:of|buying|purchasing)\s+"
                            r"(?P<first>[\w\s-]{3,40}?)\s+or\s+(?P<second>[\w\s-]{3,40}?)(?=\s+(?:priced|who|that|with|will|can|are|,))")
_FUEL_WORDS = re.compile(r"(?i)\b(?:fuel|gasoline|petrol|diesel|combustion|ICE)\b")
_NEV_WORDS = re.compile(r"(?i)\b(?:new[- ]energy|NEVs?|EVs?|electric)\b")
_THRESHOLD_PRICE = re.compile(r"(?i)\b(?:priced|costing|valued)\s+(?:at\s+)?(?:over|above|more\s+than|at\s+least|below"
                              r"|under|less\s+than)\s+(?:[\w$]*[\d.,]+\s*\(\s*)?$")
_SUBSIDY_OF_BEFORE = re.compile(r"(?i)\bsubsid(?:y|ies)\s+of\b")
# ("raised the 10,000 yuan grant to 20,000 yuan for drivers trading in old cars": the trade-in one)
_SUBSIDY_KIND = re.compile(rf"(?i)\b{_SUBSIDY_KINDS}\s+subsid|\bsubsid\w*\b[^.;]{{0,60}}?\bfor\s+(?:the\s+)?"
                           rf"{_SUBSIDY_KINDS}\b|\b(?:receive|get|subsid(?:y|ies))\s[^.;]{{0,80}}?\b(?P<trading>trading\s+in)\b")
# What a ship can carry: "capable of carrying 7,000 or 8,500 vehicles", "the vessel can carry 5,000 cars" (not "a
# vessel carrying 3,900 cars left", which are the cars it shipped)
_CAN_CARRY = re.compile(r"(?i)\b(?:capable\s+of\s+(?:carrying|transporting|loading)|can\s+(?:carry|transport|load|hold)"
                        r"|(?:designed|able)\s+to\s+(?:carry|transport|load|hold)|capacity\s+(?:of|for)(?:\s+carrying"
                        r"|\s+packing|\s+loading)?)\s+(?:up\s+to\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?"
                        r"(?:[\d,.]+\s+(?:and|or|to)\s+)?$")
_SHIP = re.compile(r"(?i)\b(?:ships?|vessels?|carriers?|ro-?ro|freighters?)\b")
_SPACES_AFTER = re.compile(r"(?i)\s+(?:standard\s+|vehicle\s+|car\s+|parking\s+)?(?:vehicle\s+|car\s+)?spaces\b")
_WORKERS = ("people", "workers", "staff", "employees", "staffers")
_CARRYING = re.compile(rf"(?i)\b(?:carrying|transporting|loaded\s+with)\s+{HEDGE_BEFORE}$")
_VEHICLES_AFTER = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,3}?(?:vehicles?|cars?|NEVs?|EVs?|units|autos?|automobiles?|buses"
                             r"|trucks)\b(?!\s+(?:seats|spaces|slots|parts|containers)\b)")
_TRAIN = re.compile(r"(?i)\b(?:freight\s+)?trains?\b")


def _employed(text: str, mention: Mention, spans: Spans, noun: str) -> bool:
    """Whether a count is of the people a company or plant employs."""
    before = text[max(spans.clause[0], mention.start - 80) : mention.start]
    if noun in _WORKERS and _EMPLOYING.search(before):
        return True
    if noun in _WORKERS and (_EMPLOYED_AFTER.match(text, mention.end) or _JOBS_FOR.search(before)):
        # "nearly 38,000 people were employed at the Orion site", "brought jobs for some 6,000 people", "its
        # Shanghai staff has grown to 4,500 people"
        return True
    return noun.rsplit("_", 1)[-1] not in VEHICLE_NOUNS and bool(_WORKFORCE.search(before)
                                                                  or _EMPLOYEES_NUMBER.search(before))


_THIS_FIGURE_INCLUDES = re.compile(r"(?i)(?:this|that|the)\s+(?:figure|total|number)\s+"
                                   r"(?:includes|included|comprises)\b")
def _namesake_brand(namesake: re.Match[str] | None, entity: str) -> str:
    """The brand a company's name is, as metrics name it ("zeta"), when `namesake` found one of the entity's
    ("Zeta's namesake brand", "the Zeta brand", not "the Onvo brand" of NIO); "" otherwise."""
    if not namesake:
        return ""
    if namesake["co"]:
        return snake(namesake["co"])
    return snake(namesake["own"]) if snake(namesake["own"]) == snake(entity) and (
        namesake["own"] not in BRAND_OWNERS) else ""


_NAMESAKE = re.compile(r"\b(?P<co>[A-Z][\w-]*)['\u2019]s\s+(?:namesake|eponymous|core)\s+brand\b"
                       # ("The NIO brand delivered ...", "the main NIO brand": of NIO)
                       r"|\b[Tt]he\s+(?:main\s+|core\s+)?(?P<own>[A-Z][\w-]*)\s+(?:main\s+|core\s+)?brand\b")
_UNDER_BRAND = re.compile(r"\s+(?:units\s+|vehicles\s+|cars\s+)?(?:under|from)\s+(?:its|the|their)\s+"
                          r"(?:[a-z][\w-]*\s+){0,2}?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?:main|core)\s+)?"
                          r"(?:brand|line|marque|label|sub-brand)\b")  # ("10,500 from the Nio main brand")
# "..., 16,400 from Onvo, and 4,300 from Firefly": a brand a company owns, by its name alone
_FROM_OWNED_BRAND = re.compile(r"\s+(?:units\s+|vehicles\s+|cars\s+)?from\s+(?:its\s+)?(?P<name>"
                               + "|".join(map(re.escape, sorted(BRAND_OWNERS, key=len, reverse=True)))
                               + r")\b(?!\s+(?:brand|line|marque|label))")
# "41,300 cars were accounted for by its core brand Zeta": a brand's part of a breakdown
_BY_BRAND = re.compile(r"\s+(?:units|vehicles|cars)\s+(?:were|was)\s+(?:accounted\s+for|delivered|sold)\s+by\s+"
                       r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:brand|marque|sub-brand)\s+(?P<name>[A-Z][\w-]*)\b")
_EMPLOYED_AFTER = re.compile(r"(?i)\s+(?:people|workers|staff)\s+(?:were|are|was|is|had\s+been|have\s+been)\s+"
                             r"(?:employed|working|on\s+the\s+payroll)\b")
_JOBS_FOR = re.compile(r"(?i)\bjobs\s+for\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|around\s+)?$"
                       r"|\b(?:team|staff|workforce|headcount)\s+(?:has\s+|had\s+)?(?:grown|grew|risen|rose|expanded)\s+"
                       r"to\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|around\s+)?$")


# "the penetration rate topped 45% for the first time, hitting 46.2%": the rate reached past the bar
_BAR_THEN_REACHING = re.compile(r"(?i)\b(?:surpass|exceed|top|pass|cross|break|broke)\w*\s+[\d.]+\s*"
                                r"(?:%|percent|per\s+cent)[^.;%]{0,40}?\b(?:reaching|hitting|to\s+reach|at)\s+$")
# "In a town of only 2.7 million, ...": the people who live there
_ABOUT = r"(?:just\s+|only\s+|about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|around\s+)?"
_CITY_OF = re.compile(rf"(?i)\b(?:a|the)\s+(?:city|town|province|region|country|nation)\s+of\s+{_ABOUT}$"
                      rf"|\bpopulation\s+of\s+{_ABOUT}$")
# "Northvale now boasts 176,000 EVs", "the town is home to some 1.05 million NEVs": vehicles a place has
_HAS_IN_USE = re.compile(r"(?i)\b(?:boasts?|boasted|(?:is|was)\s+home\s+to|there\s+(?:are|were))\s+"
                         r"(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|around\s+)?$")


_COVERING = re.compile(r"(?i)\b(?:covering|spanning|(?:operating|located|present)\s+in)\s+$")


# "the show's videos had been viewed 700 million times", "over 8 million people watched its livestreams"
_VIEWED = re.compile(rf"(?i)\b(?:viewed|watched|played|seen)\s+{HEDGE_BEFORE}$")
_WATCHED_LIVE = re.compile(r"(?i)(?:\s+people)?\s+(?:watched|viewed|tuned\s+in\s+to)\s+(?:[\w-]+\s+){0,3}?"
                           r"live[- ]?stream")


# Charging facilities told apart by who may use them: "4.72 million public facilities", "private units"
_KEPT_FOR = re.compile(r"(?P<who>public|private|privately_owned)_(?:facilities|units|points)")
_KEPT_FOR_BEFORE = re.compile(r"(?i)\b(?P<who>public|private|privately[- ]owned)\s+(?:charging\s+)?"
                              r"(?:facilities|units|points)\b")
_CHARGING_SAID = re.compile(r"(?i)\bcharg(?:ing|ers?)\b")


_SWAP_STATIONS = re.compile(r"(?P<new>new_)?(?P<swap>swap_)?(?:stations|sites|locations)")
_SWAP_SAID = re.compile(r"(?i)\b(?:battery|power)[- ]swap(?:ping)?\b|\bswap(?:ping)?\s+(?:stations?|network)")
_CHARGING_STATIONS = re.compile(r"(?i)\bcharg(?:ing|ers?)\s+(?:stations|sites|piles)\b")


def _count_name(text: str, mention: Mention, spans: Spans, noun: str, entity: str, known: dict[str, str]) -> str:
    """The metric of a count of something other than vehicles: a known metric its sentence names, where routes
    go, where an expo's exhibitors come from, else its noun ("28 research institutes" -> research_institutes)."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if _employed(text, mention, spans, noun):
        return "employees"
    made_of = _TONS_OF.match(text, mention.end) if noun in ("tons", "tonnes", "metric_tons") else None
    if made_of and not is_facility(entity) and not _FREIGHT_WORDS.search(sentence):
        # "277,000 tons of cathode materials were produced": the material and what was done with it
        made = measures_in(text, *spans.sentence)
        if made:
            words = made_of["thing"].lower().replace("-", " ").split()
            return "_".join([*words[:-1], singular(words[-1]), made[0].lastgroup or ""])
    output_of = _OUTPUT_OF.search(text, spans.clause[0], mention.start) if noun in (
        "tons", "tonnes", "metric_tons") and not made_of else None
    if output_of and not is_facility(entity) and not _FREIGHT_WORDS.search(sentence):
        # "The output for cathode materials came to 180,000 tons": that material's production
        words = output_of["thing"].lower().replace("-", " ").split()
        return "_".join([*words[:-1], singular(words[-1]), "production"])
    if noun in _FREIGHT:  # "moved 88 million tons of goods and 2.1 million TEUs"
        # ("designed to handle 6 million tons a year": what it can handle)
        designed = _DESIGNED.search(text, max(spans.clause[0], mention.start - 60), mention.start) or (
            _DESIGNED_TO.search(text, max(spans.clause[0], mention.start - 40), mention.start))
        return _FREIGHT[noun] + ("_capacity" if designed else "")
    tally = _COUNT_SUBJECT.search(text, spans.clause[0], mention.start) if noun == "count" else None
    things = tally["things"] if tally else ""
    words = [w for w in things.lower().replace("-", " ").split() if w not in ("its", "their", "the")]
    if words and words[-1] not in ("head", *VEHICLE_NOUNS, "vehicle", "car", "nev", "ev") and not what_in(
            things, 0, len(things)):  # "the city's charger count had topped 4.6 million"
        return "_".join([*words[:-1], words[-1] if words[-1].endswith("s") else f"{words[-1]}s"])
    number_of = list(_NUMBER_OF.finditer(text, spans.sentence[0], mention.start)) if noun == "count" else []
    if number_of:  # "The count of chargers for public use in the region is 31,500"
        named = noun_phrase(text, number_of[-1].end() - 1)
        public = re.match(r"(?:[\w-]+\s+){0,4}?[\w-]+\s+for\s+public\s+use\b", text[number_of[-1].end() :])
        named = re.sub(r"_+", "_", named)
        if named:
            return f"public_{named}" if public else named
    covering = _COVERING.search(text, max(spans.sentence[0], mention.start - 40), mention.start) if noun in (
        "cities", "countries", "countries_regions", "provinces", "regions") else None
    counted_before = [m for m in mentions_in(text, max(spans.sentence[0], covering.start() - 60), covering.start())
                      if m.unit == "count"] if covering else []
    things = noun_phrase(text, counted_before[-1].end) if counted_before else ""
    if things and not what_in(things, 0, len(things)) and singular(things.split("_")[-1]) not in (
            "car", "vehicle", "unit", "nev", "ev", "model"):
        # "412 showrooms spanning 128 cities", "389 repair centers located in 176 cities": where the things the
        # number before counts stand
        words = things.split("_")
        return "_".join([*words[:-1], singular(words[-1]), noun])
    kept = _KEPT_FOR.fullmatch(noun) or (_KEPT_FOR_BEFORE.search(text, spans.clause[0], mention.start) if noun in (
        "charging_points", "charging_facilities", "charging_units") else None)
    if kept and _CHARGING_SAID.search(text, (earlier_sentences(text, spans.sentence[0], across_paragraphs=True)
                                             or [spans.sentence])[0][0], spans.sentence[1]):
        # "3.9 million public facilities and 11.2 million private units", "Privately owned facilities have risen
        # 48% to 11.2 million charging points", in a story of charging: the facilities, told apart by who uses them
        return f"{'public' if kept['who'].lower() == 'public' else 'private'}_charging_facilities"
    reused = (known_by_label(sentence, noun, known) or span_name(text, mention, spans, noun)
              or goods_count_name(text, mention.end))
    if reused:
        return reused
    destination = _destination(text, mention, spans) or place_count_name(text, mention, spans, noun)
    if destination:
        return destination
    bar = _BAR_AFTER.match(text, mention.end) if noun.endswith(_PLACES_COUNTED) else None
    if bar:  # "64 cities have reached the threshold of 1 million cars": the places counted by the bar they pass
        thing = bar["thing"] or next((m["thing"] for m in _BAR_AFTER.finditer(text, spans.sentence[0], mention.start)
                                      if m["thing"]), "")
        thing = "vehicles" if thing.lower() in ("automobiles", "cars", "vehicles", "") else snake(thing)
        return f"{re.sub(r'^(?:chinese|domestic)_', '', noun)}_with_{snake(bar['bar'])}_{thing}"
    before = text[max(spans.sentence[0], mention.start - 30) : mention.start]
    head = re.search(rf"(?i)\b{re.escape(noun.rsplit('_', 1)[-1])}\b", text[mention.end : mention.end + 60])
    engaged = _ENGAGED_IN.match(text, mention.end + head.end()) if head else None
    if engaged:  # "about 80 firms engaged in the industry chain" -> industry_chain_enterprises
        return f"{engaged['field'].lower().replace(' ', '_').replace('-', '_')}_{noun}"
    if noun == "people" and (re.match(r"(?i)\s+people\s+(?:[\w-]+\s+){0,2}visit", text[mention.end :]) or re.search(
            r"(?i)\bvisited\s+by\s+(?:nearly\s+|about\s+|over\s+|more\s+than\s+|some\s+)?$",
            text[spans.clause[0] : mention.start])):
        return "visitors"  # "some 800,000 people visited the fair"
    if _CAPABLE_OF.search(text, max(0, mention.start - 40), mention.start):
        return re.sub(r"(?<=[a-z])s$", "", noun) + "_capacity"
    origin = _ARE_FROM.match(text, mention.end) if is_event(entity) else None
    if origin and origin["country"] in _ORIGIN_OF and _AMONG_EXHIBITORS.search(text, spans.sentence[0], mention.start):
        # "Of the 480 exhibiting firms, 75 came from Japan": the show's exhibitors from that country
        return f"{_ORIGIN_OF[origin['country']]}_exhibitors"
    if is_event(entity) and noun.rsplit("_", 1)[-1] in ("companies", "enterprises", "exhibitors") or (
            is_event(entity) and noun.rsplit("_", 1)[-1] in ("automakers", "carmakers") and _ATTRACTED.search(
                text, max(spans.clause[0], mention.start - 40), mention.start)):
        return "exhibitors"  # "more than 1,000 companies" at a show, "drew about 300 automakers"
    if is_event(entity) and noun.rsplit("_", 1)[-1] == "halls":
        # "exhibitors fill 14 halls", "filling 11 exhibition halls": the show's halls (its "indoor_exhibition_halls")
        return noun if noun.endswith("_exhibition_halls") else "exhibition_halls"
    if _WATCHED_LIVE.match(text, mention.end):
        return "livestream_viewers"  # "over 8 million people watched its livestreams"
    if is_event(entity) and noun.rsplit("_", 1)[-1] in VEHICLE_NOUNS and re.search(
            r"(?i)\b(?:display|showcas|exhibit|on\s+show)", text[spans.clause[0] : mention.start]):
        return "vehicles_displayed"  # "the show will display some 1,500 vehicles"
    if noun.startswith("countries") and re.search(r"(?i)\bfrom\s+(?:more\s+than\s+|over\s+|nearly\s+)?$", before) and (
            is_event(entity) or re.search(r"(?i)exhibit|expo\b", sentence)):
        return "exhibitor_countries_regions"
    if noun.endswith("routes") and re.search(r"(?i)ro-ro|roll-on|car[- ]carrier", noun + " " + sentence):
        # "six domestic ro-ro routes and two international ro-ro routes": two series, told apart by where
        where = re.match(r"(domestic|international)_", noun)
        both = len(set(re.findall(r"(?i)\b(domestic|international)\b", sentence))) == 2
        return f"{where[1]}_car_carrier_routes" if where and both else "car_carrier_routes"
    rate = _PER_SPAN.search(text, mention.end, min(spans.clause[1], mention.end + 70)) if (
        noun not in ("count", "units", "area") and not noun.endswith("_average")) else None
    # ("Loading three to five ro-ro ships for the export of cars a day": the rate ends the counted phrase, with no
    # verb of its own between: "runs 120 stores ... and plans to open one every week" is no rate)
    if rate and not re.search(r"\d|\b(?:and|plans?|aims?|will|intends?)\b", text[mention.end : rate.start()]):
        # "Loading three to five ro-ro ships a day": a count per day, with what they do
        low = re.search(r"(?i)\b[\w,.]+\s+(?:to|-)\s+$", text[max(spans.clause[0], mention.start - 20) : mention.start])
        until = mention.start - (len(low.group()) if low else 0)  # "Loading three to five": before the range
        doing = _DOING.search(text, max(spans.clause[0], until - 30), until)
        verb = f"_{doing['verb'].lower()}" if doing else ""
        return f"{noun}{verb}_{_PER_SPAN_NAMES[(rate['span'] or rate['adverb']).lower()]}"
    swapped = _SWAP_STATIONS.fullmatch(noun)
    if swapped and (swapped["swap"] or _SWAP_SAID.search(text, (earlier_sentences(text, spans.sentence[0]) or [
            spans.sentence])[0][0], mention.start)) and not _CHARGING_STATIONS.search(text, *spans.clause):
        # "900 swap stations", "Zeta will first establish 250 stations by 2026" after a sentence on its battery
        # swapping network: battery swap stations, as the data names them
        return f"{'newly_added_' if swapped['new'] else ''}battery_swap_stations"
    if re.fullmatch(r"[a-z]+", noun):
        # "to put up 300 battery swap stations next year and 4,000 stations in the long run": the things named in
        # full before, by their last word
        fuller = [named for m in mentions_in(text, spans.sentence[0], mention.start)
                  if (named := noun_phrase(text, m.end)).endswith(f"_{noun}")]
        if fuller:
            return fuller[-1]
    # "about 70 new products" continues the series of new_product_debuts
    stem = re.sub(r"(?<=[a-z])s$", "", noun)
    series = [metric for metric in known if metric.startswith(f"{stem}_")]
    return series[0] if len(series) == 1 and stem.count("_") else noun


# A model's name: "Model 3", "ES6", "Li L7", "Haval H6", "Hongguang Mini EV", "Tang PHEV" (not a quarter, a half,
# a summit, a week or a gas: "Q3", "H1", "G20", "W26", "CO2").
_NOT_A_FAMILY = ("Phase|Level|Stage|Line|Gate|Hall|Terminal|Berth|Article|Section|Zone|Area|Building|Round|Class|Type"
                 "|Grade|Tier|Euro|China|Category|Week|Day|Top|No|Group|Chapter|Version|Gen|Generation|Batch|Lot"
                 "|Block|Plant|Factory|Road|Street|Route|Pier|Dock|Platform|Table|Figure|Chart|Item|Part|Volume|Issue"
                 "|Year|Month|Quarter|January|February|March|April|May|June|July|August|September|October|November"
                 "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")  # (a dateline's "Dec 12 (Reuters)")
_MODEL_NAME = re.compile(
    r"\b(?P<name>Model\s+[0-9A-Z](?![\w-])"
    r"|(?:[A-Z][a-zA-Z]+\s+)?(?!(?:Q[1-4]|H[12]|G\d\d|W\d\d?|CO2|COVID)\b)(?!(?:CNY|RMB|USD|EUR|HKD|GBP)\d)"
    r"[A-Z]{1,3}\d{1,2}[A-Za-z]?(?![\w-])(?![.,]\d)"  # (not a sum: "CNY29.3 billion")
    r"(?:\s+(?:Plus|Pro|Max|Ultra)(?![\w-]))?"  # ("the P7 Plus": a version is a model of its own)
    r"|(?:(?!(?:The|A|An|Its|Their|This|That|These|Those|Each|Every|While|Whereas|Although|Though|As|If|When|Since|But|And|Meanwhile|Pure|Plug-in|New|Other|Chinese|China|Electric|Hybrid|All|Total|Domestic|Foreign|Global|Used|Premium|Luxury)\b)[A-Z][a-z]+\s+){1,2}(?:(?i:mini)\s*)?(?:EV|PHEV)"
    r"(?![\w-])"
    # a family's name and its number, before a version's word or a bracket: "Tiggo 7 Pro (432 units)" (not
    # "Phase 2", "Euro 6", "Level 3")
    rf"|(?!(?:{_NOT_A_FAMILY})\b)[A-Z][a-z]{{2,}}\s+\d{{1,2}}(?:\s+(?:Pro|Plus|Max|Ultra)(?![\w-])|(?=\s*\())"
    # one of a list of models, each with its units in brackets: "the Zeta Lark (31,208 units), the Zeta Kite L
    # (18,450 units)"
    rf"|(?<=\bthe\s)(?!(?:{_NOT_A_FAMILY})\b)(?:[A-Z][\w-]*\s+){{0,2}}[A-Z0-9][\w-]*"
    r"(?=\s*\(\s*\d[\d,.]*\s+(?:units|vehicles|cars)\s*\)))"
    r"(?:\s+(?:Plus|Pro|Max|Ultra|EV|PHEV))?(?:['\u2019]s)?(?:\s+(?:series|family|lineup|SUV|sedan|model))?")
_OF_ITS = re.compile(r"\s+(?:units\s+)?of\s+(?:its|the|their)\s+(?:[a-z]+\s+){0,2}")
_MODEL_MEASURES = ("sales", "deliveries", "production", "orders", "exports", "shipments", "insurance_registrations")
_OF_MODEL = re.compile(rf"_(?:{'|'.join(_MODEL_MEASURES)})(?:_|$)")  # a model's figure, by its measure
_MODEL_METRIC = re.compile(rf"^(?:[a-z_]+?_)?(?P<rest>(?:{'|'.join(_MODEL_MEASURES)})(?:_.*)?)$")


def model_named(text: str, mention: Mention, spans: Spans) -> str:
    """The model whose figure the number is: named right after it ("100,000 SU7 deliveries", "3,030 P7 series"),
    with "'s" right before it ("the Model 3's 11,329 units"), or the subject of its sentence before it ("The
    Hongguang Mini EV sold 23,762 units in October, up 18 percent"), in snake case; "" when none is."""
    gap = text[mention.end : mention.end + 8]
    after = _MODEL_NAME.match(text, mention.end + len(gap) - len(gap.lstrip(" ")))
    if after and after.start() > mention.end:
        return _model_slug(after)
    of_its = _OF_ITS.match(text, mention.end)  # "sold 2,260 of its Q8 SUVs", "390 units of its cheaper Q5 model"
    after = _MODEL_NAME.match(text, of_its.end()) if of_its else None
    if after:
        return _model_slug(after)
    # (read to the sentence's end, so a name may look ahead to its bracket: "the Zeta Lark (31,208 units)")
    # (a place in such a list is no model: "the Philippines (21,000 units)")
    before = [m for m in _MODEL_NAME.finditer(text, spans.sentence[0], spans.sentence[1])
              if m.end() <= mention.start and m["name"] not in PLACE_SET]
    own = [m for m in before if m.start() >= spans.clause[0]]
    if len({_model_slug(m) for m in before}) > 1 and len({_model_slug(m) for m in own}) == 1:
        before = own  # "The Model Q slipped 4 percent, and the Model 8 gained 14 percent": each clause's
    if not before:
        return ""
    last = before[-1]
    between = text[last.end() : mention.start]
    if re.fullmatch(r"\s*\(\s*", between):
        return _model_slug(last)  # "then the Lotus 7 Pro (312 units) and Lotus 8 Pro (125 units)": each its own
    if re.fullmatch(r",\s+which\s+(?:has\s+|had\s+)?[a-z]+\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?",
                    between):
        return _model_slug(last)  # "lost top place to the Zeta Alpha, which sold 7,400 units": the model just before
    if len({_model_slug(m) for m in before}) > 1 or re.search(
            r"(?i)\b(?:while|whereas|and\s+(?:the|its)|compared|than|of\s+which|including|total|overall|group)\b"
            r"|;", between):
        return ""  # two models, or a contrast: whose the number is, its words must say
    if re.search(r"['\u2019]s\s*$", last.group()) and not re.fullmatch(r"\s*", between):
        return ""
    return _model_slug(last)


_GLOBAL_SCOPE = re.compile(r"(?i)\b(?:global|worldwide|world(?:['\u2019]s)?\s+(?:\w+\s+)?(?:sales|market|demand|supply)"
                           r"|around\s+the\s+world|across\s+the\s+globe)\b")
_CHINA_SAID = re.compile(r"\b(?:China|Chinese|[Dd]omestic)\b")
# A ship's make: its size, decks and how many cars it carries; the yard that built it, named in full
_SHIP_SPEC = re.compile(r"vessel_(?:length|width|draft|height|depth)|vehicle_carrying_capacity|(?:\w+_)?decks"
                        r"|deck_area")
_SHIPYARD = re.compile(r"\b(?P<yard>(?:[A-Z][\w-]*\s+){1,3}?(?:Shipyard|Shipbuilding))\b")
_BUILT_BY = re.compile(r"(?i)\b(?:built|delivered|constructed|assembled)\s+by\b|\bshipbuild|\bshipyard")
_ABROAD_PLANT = re.compile(rf"(?P<company>.+) (?P<place>{ABROAD_NAMES}) Plant")
_PLANT_METRIC = re.compile(r"(?:[a-z_]+_)?(?:capacity|investment|employees|jobs)(?:_|$)")
_PLANT_SAID = re.compile(r"(?i)\b(?:plant|factory|complex|facility|production\s+base|site|unit)\b")


# Retail figures count passenger cars (data/DICTIONARY.md, "Metric naming", measure): a kind retailed is its
# passenger cars, whatever reading named it ("Retail came in higher still, at 1.4 million units")
_RETAILED = re.compile(r"(?:(?<=_)(?<!used_)|^)(?P<kind>vehicle|nev|bev|phev|erev|gasoline_powered_vehicle)_"
                       r"(?=retail_sales)")


def retail_counts_cars(metric: str) -> str:
    """A metric whose retail sales are of a kind of vehicle, of that kind's passenger cars: vehicle_retail_sales ->
    passenger_car_retail_sales, tesla_nev_retail_sales_yoy_pct -> tesla_nev_passenger_car_retail_sales_yoy_pct."""
    if re.search(rf"_(?:{'|'.join(CURRENCIES)})(?:_|$)", metric):
        return metric  # ("retail sales of automobiles rose 4.1 percent" in yuan: what shops took in, not cars counted)

    def cars(match: re.Match[str]) -> str:
        kind = match["kind"]
        return "passenger_car_" if kind == "vehicle" else f"{kind.removesuffix('_vehicle')}_passenger_car_"
    return _RETAILED.sub(cars, metric)


# a metric of a group of brands named by their origin: "german_brand_passenger_car_sales", "chinese_brand_share_of_..."
_GROUP_FIGURE = re.compile("(?:" + "|".join(sorted({brand_origin(o.split()[-1]) for o in ORIGIN_WORDS}))
                           + "|joint_venture)_brand_")


def _of_every_kind(metric: str) -> str:
    """A group of brands' figure in a market abroad, of vehicles of every kind: "chinese_brand_vehicle_sales" ->
    chinese_brand_sales, as the data names them."""
    return re.sub(r"^chinese_brand_vehicle_", "chinese_brand_", metric)


# "Tesla's China-made EVs", "Shanghai-made", "vehicles it makes in China", "made at its Shanghai gigafactory"
_TESLA_CHINA_MADE = re.compile(r"(?i)\b(?:China|Shanghai)[- ]made\b|\bmade\s+(?:in\s+China|at\s+its\s+Shanghai)\b"
                               r"|\bit\s+makes\s+in\s+China\b|\bbuilt\s+in\s+(?:China|Shanghai)\b")


_THE_COMPANYS = re.compile(r"(?i)\b(?:its|their)\b|\bthe\s+(?:company|carmaker|automaker|firm|group|maker)\b")


def whose_figure(text: str, spans: Spans, entity: str, metric: str, period: str, status: str, entities: Entities,
                 main_subject: str, published: dt.date | None, at: int | None = None) -> tuple[str, str, str]:
    """A read row's entity, metric and period once it is known whose figure it is: a brand's is its company's,
    under the brand's name ("its premium brand Hongqi ... Hongqi sold 180,400 vehicles": hongqi_sales, FAW); a
    company's in a country or region abroad stays the company's, the place in its name ("the carmaker runs 40
    swap stations in Europe"); a share's price or its move is the day's, the day of the report."""
    mention_at = spans.clause[0] if at is None else at  # where the number stands
    said = text[spans.sentence[0] : spans.sentence[1]]
    clause = text[spans.clause[0] : spans.clause[1]]
    if entity == "China" and "global_share" not in metric and (_GLOBAL_SCOPE.search(clause) or _GLOBAL_SCOPE.search(
            text, spans.sentence[0], mention_at)) and not _CHINA_SAID.search(said) and not GLOBAL_MEANS_CHINAS.search(
            text):
        # "global NEV sales hit a record 8.1 million units", "over 14 million EVs found buyers around the world": the
        # world's figure
        return "World", metric, period
    if entity == main_subject and entities.is_company(entity) and "global_share" not in metric and not re.search(
            rf"\b{re.escape(entity)}\b", said) and not _THE_COMPANYS.search(said) and (
            _GLOBAL_SCOPE.search(text, spans.sentence[0], mention_at)):
        # "worldwide battery shipments came to 980 GWh", in a sentence that names no maker nor one told before
        # ("its", "the company"): the world's
        return "World", metric, period
    held = _COUNTRY_HOLDS.search(text, spans.sentence[0], mention_at) if "share" in metric else None
    if held and not mentions_in(text, held.end(), mention_at):
        # "Back in 2011, Japan's share of the Vietnamese car market stood at 91.8%": the share its brands hold in
        # that market, the market's figure
        market = _MARKET_ADJECTIVES.get(held["adj"] or "", held["place"] or "")
        return market, f"{_ORIGIN_OF[held['country']]}_brand_share_of_new_vehicle_sales", period
    if entity in ("Tesla", "China") and _TESLA_CHINA_MADE.search(
            text, spans.sentence[0], max(mention_at, spans.clause[1]) if entity == "Tesla" else mention_at) and (
            entity == "Tesla" or re.search(r"\bTesla\b", text[spans.sentence[0] : mention_at])):
        # "sales of China-made Teslas dipped 4%", "the cars it makes in China": its one plant in
        # China, where all of them are made
        return "Tesla Gigafactory Shanghai", metric, period
    yard = _SHIPYARD.search(text) if _SHIP_SPEC.fullmatch(metric) else None
    if yard and (entity in PLACE_SET or entity == "China" or _BUILT_BY.search(said)):
        # "the vessel, which Nanhai Shipyard delivered ..., is 221 meters long": the yard's ship, where no name of
        # the ship's own says whose it is
        return " ".join(yard["yard"].split()), metric, period
    if metric.startswith("chinese_brand_share_of_") or (entity == "China" and re.match(
            r"(?:local|domestic|foreign)_(?:brand|manufacturer|maker|carmaker|automaker)_share_of_", metric)):
        # "In Britain their share rose to nearly 9% of new car sales": the market the share is of, else the
        # story's (and "Local carmakers held just 27 per cent of the market", in a story of a market abroad)
        place = _place_nearest(text, spans, mention_at)
        market = place if place in ABROAD else story_market(text) or (entity if entity in ABROAD else "")
        if market:
            return market, metric, period
    if _GROUP_FIGURE.match(metric) and entities.is_company(entity) and not re.search(
            rf"\b{re.escape(entity)}\b", clause) and not any(
            # (not "the Northvale carmaker's indigenous brands sold a combined 1.3 million": the company's own brands)
            re.search(r"(?i)(?:\bits|\btheir|['\u2019]s)\s+$", text[max(0, m.start() - 12) : m.start()])
            for m in _BRAND_GROUP.finditer(text, *spans.sentence)):
        # "Zeta Motors stayed first. Sales of the German OEMs dropped 5.7%": a group of brands is no company's, its
        # figure is the market's
        place = _place_nearest(text, spans, mention_at)
        market = place if place in ABROAD else story_market(text) or "China"
        return market, _of_every_kind(metric) if market in ABROAD else metric, period
    market = story_market(text) if entity == "China" and metric.startswith("chinese_brand_") else ""
    if market in ABROAD and _place_nearest(text, spans, mention_at) in ("", market):
        entity = market  # "Sales of Chinese brands dropped 30 per cent", in a story of Russia's car market: Russia's
    if entity in ABROAD:  # count of them, of every kind ("chinese_brand_sales")
        metric = _of_every_kind(metric)
    abroad_plant = _ABROAD_PLANT.fullmatch(entity)
    if abroad_plant:  # "Zeta opened its Thai factory, an investment of 8 billion baht": a new plant abroad is
        return abroad_plant["company"], metric, period  # the carmaker's (one in China, `<Company> <City> Plant`)
    if entity in ABROAD and _PLANT_METRIC.match(metric) and _PLANT_SAID.search(said):
        builder = main_subject if entities.is_company(main_subject) else next(
            (n.entity for n in entities.names_in(text, 0, len(text)) if entities.is_company(n.entity)), "")
        if builder:  # "The new plant near Salvador has a yearly capacity of 120,000 vehicles": the carmaker's
            return builder, metric, period
    if is_event(entity) and (_MARKET_FIGURE.fullmatch(metric) and "_share_of_" not in metric or (
            "_share_of_" in metric and re.search(r"(?i)\bmarket\s+share\b", clause))):
        # "Chinese passenger cars sold 3.1 million units in the first quarter", in a story about an auto show: a
        # show sells nothing, the market's figure is the country's (or the place the sentence names)
        place = next((n.entity for n in entities.names_in(text, *spans.sentence) if n.entity in PLACE_SET), "")
        return place or "China", metric, period
    if entity in ABROAD and metric.endswith(f"_{snake(entity)}_share_pct"):
        # "they had cornered half of Chile's market, up from a 10% share": a share held in the market abroad, by
        # the Chinese carmakers the story is about
        return "China", metric, period
    entity = _brand_in_turn(text, spans, entities.brands, mention_at) or entity
    if entities.brands.get(entity) and (_GROUP_TOTAL.search(text, spans.clause[0], spans.clause[1])
                                        or _GROUP_TOTAL.match(text, spans.sentence[0])):
        # ("Onvo delivered 6,120 units, while total group deliveries climbed 40.2% to 24,310", "At the group
        # level, ..."): the owner's, all its brands
        entity = entities.brands[entity]
    owner = entities.brands.get(entity)
    owned = "" if owner else next((b for b, o in entities.brands.items() if o == entity and (re.search(
        rf"['\u2019]s\s+{re.escape(b)}\s+(?:sales|deliveries)\b", clause) or re.match(  # (the number's own vehicles)
        rf"[\d,.]+(?:\s+(?:million|thousand))?\s+{re.escape(b)}-branded\b", text[mention_at : spans.clause[1]])
        # "NIO's sub-brand Firefly handed over 4,310 cars": the brand the sentence opens with
        or re.match(rf"\s*(?:[\w-]+['\u2019]s\s+|its\s+)(?:[\w-]+\s+)?sub-?brand,?\s+{re.escape(b)}\b", said))), "")
    if owned:  # "GM's Cadillac sales came to 45,000", "100,600 Hongqi-branded vehicles": the brand's, under the company
        entity, owner = owned, entity
    models = [m for m in re.finditer(rf"\b{re.escape(entity)}\s+(?P<number>\d{{2,4}})\b(?![,.]\d)(?!\s*(?:percent|%"
                                     r"|units|vehicles|cars))", text[spans.sentence[0] : spans.clause[1]])
              if not re.fullmatch(r"(?:19|20)\d\d", m["number"])] if owner else []  # (not "Hongqi 2025 sales")
    model = models[-1] if models else None  # (the last one named up to the number's clause)
    if owner and model and metric:  # "its SUV model Baojun 330 went abroad": the model's, by brand and number
        kinds = "|".join(sorted({*VEHICLE_KINDS, *_BODY_KINDS, "nev"}, key=len, reverse=True))
        measure = re.sub(rf"^(?:(?:{kinds})_)+", "", metric)
        metric, entity = f"{snake(entity)}_{model['number']}_{measure}", owner
    elif owner and at is not None and _UNDER_BRAND.match(text, at + len(text[at:].split(maxsplit=1)[0])):
        entity = owner  # "7,084 under its Firefly line": named for the line the number is under
    elif owner:
        metric, entity = _brand_metric(entity, metric, said), owner
    else:  # "Hongqi, the premium brand of FAW Group, sold ...": the brand the sentence opens with, its owner after it
        opening = next((b for b, o in entities.brands.items() if o == entity
                        and re.match(rf"\s*(?:the\s+)?{re.escape(b)}\s*,\s+(?:the|a|an)\s", said)), "")
        if opening:
            metric = _brand_metric(opening, metric, said)
    here = next((m for m in mentions_in(text, at, spans.sentence[1]) if m.start == at), None) if (
        at is not None and not owner and metric) else None
    from_brand = _FROM_ITS_BRAND.match(text, here.end) if here else None
    if from_brand:  # "15,120 vehicles from its premium brand Zeta and 4,900 from its family brand Orva": each brand's
        metric = _brand_metric(from_brand["brand"], metric, said)
    maker = _maker_of_model(text, metric, entities) if not is_facility(entity) else ""
    if maker:  # "Harbour Auto's Breeze EV ... the Breeze EV, which sold 7,400 units": its maker's
        entity = maker
    importer = _importer(text, spans, said) if "imports" in metric and (entity == "China" or entity in ABROAD) else ""
    if importer:  # "Of the 31,200 EVs imported by Chile ..., 26,500 came from China": the importer's imports
        entity = importer
        share = re.fullmatch(r"(?P<kind>[a-z_]+?)_share_of_(?:vehicle_)?imports", metric)
        if share and _FROM_CHINA.search(said):  # "Chinese EVs accounted for 85 percent of Chile's EV imports"
            metric = f"china_share_of_{share['kind']}_imports"
        elif _CAME_FROM_CHINA.match(text, spans.clause[0] if at is None else at):
            metric = _place_metric(metric, "China")
        elif not share and (re.search(r"\bfrom\s+China\b", text[mention_at : spans.clause[1]])
                            or _CHINESE_IMPORTS.search(text, spans.sentence[0], mention_at)):
            metric = _place_metric(metric, "China")
    in_turn = _market_in_turn(text, spans, mention_at) if re.search(r"export|shipment", metric) and (
        "_share_of_" not in metric) else None
    if in_turn:
        # "exports to Chile, Peru and Egypt rose 12%, 31% and 140%, respectively": each growth the exporter's
        # (the one its sentence names before the list, else the article's), to its market in turn
        markets, market, listed_at = in_turn
        for place in markets:
            metric = metric.replace(f"_{snake(place)}", "")
        before_list = entities.names_in(text, spans.sentence[0], listed_at)
        exporter = next((n.entity for n in before_list if n.entity not in ABROAD and not n.after_preposition), "") or (
            main_subject if main_subject not in ABROAD else "China")
        return exporter, _place_metric(metric, market), period
    own_market = _EXPORTS_TO.search(text, spans.sentence[0], mention_at) if (
        re.search(r"export|shipment", metric) and "_share" not in metric and entity not in ABROAD) else None
    between = [m for m in mentions_in(text, *spans.sentence) if own_market and own_market.end() <= m.start < mention_at]
    # (its own clause's, or the level's before a growth: "to Africa reached 222,000 units, an increase of 67%")
    own_market = own_market if own_market and not _MORE_MARKETS.match(text, own_market.end()) and (
        own_market.start() >= spans.clause[0] and not between
        or len(between) == 1 and between[0].unit != "percent" and "_yoy_" in metric) else None
    if own_market and f"_{snake(PLACE_SHORT_NAMES.get(own_market['place'], own_market['place']))}" not in metric:
        # "car export volumes from China to Chile came to 41,000": the exporter's exports to that market
        return entity, _place_metric(metric, PLACE_SHORT_NAMES.get(own_market["place"], own_market["place"])), period
    carried = _market_carried(text, spans, entity, main_subject) if re.search(r"export|shipment", metric) and (
        "_share" not in metric) else ""
    if carried:
        # "Car exports to Chile fell 31% ... In 2023, exports tripled to 600,000": a
        # sentence naming no market of its own goes on with the one the exports just before went to, the exporter's
        return _exporter(main_subject), _place_metric(metric, carried), period
    if (entity in PLACE_SET and entity not in ABROAD and entity != "China"
            and re.search(r"(?:^|_)cities(?:_|$)", metric)
            and len({n.entity for n in entities.names_in(text, *spans.sentence) if n.entity in PLACE_SET}) >= 3):
        # "Dalian, Hefei and Yancheng led the 14 of 22 big cities that outgrew the rest": a count of the
        # country's cities, not the last one named
        return "China", metric, period
    bought = _bought_from_exporter(text, spans, entity, metric, mention_at)
    if bought:
        # "Belgium stayed the top buyer of China-made EVs, its purchases hitting $2.7 billion",
        # in a story of China's exports: the exports that went there, the exporter's
        return _exporter(main_subject), bought, period
    if entity in ABROAD and re.search(r"export|shipment", metric) and "_share" not in metric and (
            _DESTINATION.search(said)):
        # "the UAE took second place among export destinations, with 367,796 vehicles shipped": the exports that
        # went there, the exporter's
        place = _destination_of(text, spans, mention_at) or entity
        return _exporter(main_subject), _place_metric(metric, PLACE_SHORT_NAMES.get(place, place)), period
    if (entity in ABROAD and entity not in said and re.search(r"export|shipment", metric) and "_share" not in metric
            and _exported_to(text, entity)):
        # "Exports to Chile rose ... Total exports grew 22%": a market the exports went to is not the exporter
        entity = _exporter(main_subject)
    # ("shipped to countries in Asia"; not "according to the Korvi Carmakers Association": a source)
    to_market = re.search(rf"(?<!according\s)\bto\s+(?:the\s+)?(?:(?:countries|markets|nations)\s+in\s+)?"
                          rf"{re.escape(entity)}\b", said) if entity in ABROAD else None
    market_at = spans.sentence[0] + to_market.start() if to_market else 0
    if to_market and any(mention_at < m.start < market_at and m.unit in ("vehicles", "count")
                         for m in mentions_in(text, *spans.sentence)):
        to_market = None  # ("exports reached 4.9 million, with 42,000 going to Chile": the later number's market,
        if re.search(r"export|shipment", metric):  # and the exporter's total)
            entity = main_subject if main_subject not in ABROAD else "China"
    if to_market and re.search(r"export|shipment", metric) and "_share" not in metric:
        # "cars worth $1.1 billion were exported to Russia": the exporter's, to that market
        exporter = main_subject if main_subject not in ABROAD else "China"
        metric, entity = _place_metric(metric, entity) if f"_{snake(entity)}" not in metric else metric, exporter
    sent_to = _SENT_TO.match(text, mention_at) if entity not in ABROAD and _EXPORTS_ONLY.fullmatch(metric) else None
    if sent_to:  # "98,400 Chinese cars were shipped to Russia": the exporter's, to that market
        metric = _place_metric(metric, PLACE_SHORT_NAMES.get(sent_to["place"], sent_to["place"]))
    place_at = re.search(rf"\b{re.escape(entity)}['\u2019]s\b", said) if entity in ABROAD else None
    before_place = [n.entity for n in entities.names_in(text, spans.sentence[0], spans.sentence[0] + place_at.start())
                    if entities.is_company(n.entity)] if place_at else []
    if before_place:  # "Geely came second in Chile's EV sales, selling 1,980 units"
        metric, entity = _place_metric(metric, entity), before_place[0]
    elif entity in ABROAD and entities.is_company(main_subject) and re.search(
            rf"\b(?:in|across)\s+(?:the\s+)?{re.escape(entity)}\b", said):
        metric, entity = _place_metric(metric, entity), main_subject
    elif entities.is_company(entity) and metric and not metric.startswith(_LISTING_FIGURES) and (
            "_national_share" not in metric) and (
            abroad := _place_nearest(text, spans, mention_at)) and abroad in ABROAD and not _WORLDWIDE.search(
            text, *spans.sentence) and re.search(
            r"sales|deliveries|registrations|models|stores|stations|dealerships|showrooms", metric):
        # "BYD, which sells six models in Chile, sold 3,410 cars": the company's figures in that country
        metric = _place_metric(metric, abroad)
    elif (entities.is_company(entity) and (market := story_market(text)) and f"_{snake(market)}" not in metric
          and _MARKET_FIGURE.search(metric) and not _WORLDWIDE.search(text, *spans.sentence)
          and not _OTHER_MARKET.search(said) and not any(  # ("Britain's Mini" in a story on the UK: the same market)
              place in ABROAD and PLACE_SHORT_NAMES.get(place, place) != market
              for place in _ABROAD_NAMED.findall(said))):
        # "Chinese car brands stumble in Chile ... Its sales slid 38.4%": a story about a market
        # abroad tells its companies' sales there
        metric = _place_metric(metric, market)
    nearest = _place_nearest(text, spans, mention_at) if entity in FOREIGN_COMPANIES else ""
    in_china = entity in FOREIGN_COMPANIES and (nearest == "China" or not nearest and not (
        _ABROAD_NAMED.search(text, *spans.sentence) or re.search(r"\b(?:US|UK|EU|USA)\b|\babroad\b|\boverseas\b"
                                                                  r"|\bglobal(?:ly)?\b|\bworldwide\b", said))
        and _china_business(text, entity, entities))
    if in_china and not _WORLDWIDE.search(text, *spans.sentence) and re.search(
            r"sales|deliveries|registrations", metric) and "_national_share_pct" not in metric and (
            "insurance_registrations" not in metric) and not (  # (China's insurance counts only cars registered
            # in China, as a headline's "China EV registrations in W22" counts only China's)
            "_registrations" in metric
            and re.search(r"\bChina\b[^\n]*\bregistrations\b", text[slice(*_headline_and_lead(text)[0])])):
        # "Tesla delivered 41,200 vehicles in China": its sales abroad ("GM delivers 481,000 cars in China", then
        # "Cadillac sales came to 45,000": the article's, in China too)
        metric = _place_metric(metric, "China")
    if metric.startswith(_LISTING_FIGURES) and entity in PLACE_SET:
        # "a slide in its stock price in Hong Kong": the company's, wherever traded: the one its sentence names,
        # else the article's
        named = [n.entity for n in entities.names_in(text, *spans.sentence) if entities.is_company(n.entity)]
        entity = named[0] if named else main_subject if main_subject not in PLACE_SET else entity
    listed = metric.startswith(("share_price", "ipo_price", "ipo_valuation")) or metric.startswith(
        "market_value") and re.search(r"(?i)\b(?:closed|shares?|stock|trading|traded)\b", said + " " + text[
            spans.sentence[0] : spans.sentence[1]])  # ("was trading 3.1 percent higher, giving it a market value of")
    own = period if published and period and not re.fullmatch(r"\d{4}-\d\d-\d\d", period) and period not in (
        str(published.year), f"{published:%Y-%m}") and period in periods_named(text, *spans.sentence, published) else ""
    if listed and own and _THIS_YEAR_SO_FAR.search(text, *spans.sentence):
        own = ""  # ("slid 2.3 percent on the day, yet is still up 18 percent year-to-date": the day's)
    # ("shares were up 80% in 2025": that year's)
    if listed and (status == "actual" or metric.startswith("share_price_target")) and published and not own:
        # the trading day its sentence names ("closed at $9.81 on Thursday"), else its paragraph's ("On October
        # 14, Harbour went public ... priced its shares at"), else the day of publication
        paragraph_end = text.find("\n", spans.sentence[1])
        trading = [(a, b) for a, b in earlier_sentences(text, paragraph_end if paragraph_end >= 0 else len(text))[::-1]
                   if _TRADING.search(text, a, b)]
        period = day_named(text, *spans.sentence, published) or next(
            (day for a, b in trading if (day := day_named(text, a, b, published))), "") or published.isoformat()
        if metric.startswith(("share_price_change", "market_value_change")) and (
                _THIS_YEAR_SO_FAR.search(text, spans.clause[0], spans.clause[1])
                or _THIS_YEAR_SO_FAR.match(text, spans.sentence[0])):
            # "has gained 26% this year", "So far this year its market value has grown by": to date
            period = f"{published.year}-01-01/{published.isoformat()}"
    if metric.startswith("cash_reserves") and re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12]|\d\d/\d{4}-\d\d)", period):
        # "held 90 billion yuan of cash reserves when the half closed": a stock, at the period's last month
        period = period_bounds(period)[1].strftime("%Y-%m")
    metric = _named_by_the_sentences_before(text, spans, metric, status)
    if is_event(entity) and _THERE_ARE_CHINESE.match(text, spans.sentence[0]) and not any(
            is_event(n.entity) for n in entities.names_in(text, *spans.sentence)):
        # "There are 112 Chinese EV brands", in a story of a show: the country's as it stands when written, not
        # the show's
        entity, period = "China", f"{published:%Y-%m}" if published else period
    if entity in ABROAD and _EXPORTS_ONLY.fullmatch(metric) and _CHINAS_EXPORTS.search(text) and not re.search(
            # ("Japan's new vehicle exports": its own)
            rf"\b{re.escape(entity)}(?:['\u2019]s)?\s+(?:[\w-]+\s+){{0,3}}?exports?\b"
            rf"|\bexports?\s+from\s+{re.escape(entity)}"
            rf"|\b{re.escape(entity)}\s+(?:exported|shipped)\b", said) and not re.search(
            rf"\b{re.escape(entity)}['\u2019]s\s+(?:[\w-]+\s+)?$",
            text[max(spans.sentence[0], mention_at - 40) : mention_at]):
        # (not "set against Korea's 1.72 million units": the country's own)
        # "Brazil led the list with 187,300 units", "Chile saw a drop of 22%", in a story of China's
        # exports: the exports to the country, China's
        metric, entity = _place_metric(metric, entity), "China"
    return entity, metric, period


_THERE_ARE_CHINESE = re.compile(r"\s*There\s+are\s+(?:now\s+)?(?:about\s+|some\s+|over\s+|more\s+than\s+)?[\d,]+\s+"
                                r"Chinese\b")
_THESE_BRANDS = re.compile(r"(?i)\b(?:these|the|its|their)\s+(?:[\w-]+\s+){0,2}?brands\b")


def _brand_in_turn(text: str, spans: Spans, brands: dict[str, str], at: int) -> str:
    """"Its Korvi, Halden and Lumo brands sold 30,100, 25,600 and 12,300 vehicles respectively", "Last month, these
    brands sold 8,100, 17,400, and 2,950 units, respectively" (after the brands were listed): the n-th brand for
    the n-th number of the run, or ""."""
    if not brands or not re.search(r"(?i)\brespectively\b", text[at : spans.sentence[1]]):
        return ""
    numbers = mentions_in(text, *spans.sentence)
    this = next((m for m in numbers if m.start == at), None)
    if this is None:
        return ""
    run = respective_run(text, numbers, this)
    if not run:
        return ""
    names = "|".join(re.escape(b) for b in sorted(brands, key=len, reverse=True))
    regions = [(spans.sentence[0], run[0].start)]
    if _THESE_BRANDS.search(text, spans.sentence[0], run[0].start):
        regions += earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    for start, end in regions:
        listed = list(re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", text[start:end]))
        joined = all(LIST_JOIN.fullmatch(text, start + a.end(), start + b.start())
                     for a, b in zip(listed, listed[1:], strict=False))
        if len(listed) == len(run) and joined:
            return listed[run.index(this)].group()
    return ""


def _named_by_the_sentences_before(text: str, spans: Spans, metric: str, status: str) -> str:
    """A metric whose own words leave what it counts to the sentences before, or to its sentence's setting: "These
    batteries came to 38.2 GWh" (the kind named before), trade-in applications, a ship's carrying capacity, sales
    "Overseas, ...", a target "of 64,000 units" for what the sentences before count."""
    said = text[spans.sentence[0] : spans.sentence[1]]
    these = re.match(r"(?:these|those)_batteries(?P<rest>_\w+)?$", metric) or (
        _THESE_BATTERIES.match(text, spans.sentence[0]) and re.match(r"power_battery_(?:installed_capacity|production"
                                                                     r"|sales|exports)(?P<rest>_\w+)?$", metric))
    if these:
        # "... most new cars use LFP packs. These batteries came to 38.2 GWh": the kind the
        # sentence before names, counted as the sentences before count batteries
        sentences_before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]
        named = [k for r in sentences_before[:1] for k in batteries_in(text, *r)]
        measures = [m.lastgroup or "" for r in sentences_before for m in measures_in(text, *r)
                    if m.lastgroup in _BATTERY_MEASURES]
        if named and measures:
            metric = f"{named[-1]}_{measures[0]}{these['rest'] or ''}"
    applied = _APPLICATIONS.fullmatch(metric)
    if applied and _TRADE_IN.search(said):
        # "some 6,500 applications a day from owners who want to trade in their old cars", "trade-in applications
        # hit 870,000 in May": the applications for the trade-in subsidy
        metric = f"trade_in_subsidy_applications{applied['rest'] or ''}"
    told_before = earlier_sentences(text, spans.sentence[0], across_paragraphs=False)[:1]
    ship_told = _SHIP.search(said) or (told_before and _SHIP.search(text, *told_before[0]))
    if (metric == "vehicle_capacity" or (metric == "vehicle_throughput" and _CAPACITY_WORD.search(said))) and (
            ship_told) and not _PORT.search(said):
        # "the Lumen Voyager, its third carrier, has a 7,600-vehicle capacity": the cars a ship carries
        metric = "vehicle_carrying_capacity"
    if _ABROAD_OPENS.match(text, spans.sentence[0]) and "overseas" not in metric:
        # "Overseas, Zeta sold 28,460 cars in March": its sales abroad
        metric = re.sub(r"_(?:sales|deliveries)(?=_yoy_pct$|_mom_pct$|$)", "_overseas_sales", metric, count=1)
    shipped = re.fullmatch(r"(?P<what>[a-z_]+?)_shipments(?P<rest>_\w+)?", metric)
    if shipped and told_before and _EXPORTS_TOLD.match(text, told_before[0][0]):
        # "Exports held up well. Full-year vehicle shipments topped 6.5 million units": the ones abroad
        metric = f"{shipped['what']}_exports{shipped['rest'] or ''}"
    if metric == "units" and status == "target":
        # "At first its target for 2024 was set at 64,000 units": a goal for what the sentences before count
        told = [m.lastgroup for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]
                for m in measures_in(text, start, end) if m.lastgroup in SERIES]
        metric = f"vehicle_{told[0]}_target" if told else metric
    return metric


_SENT_TO = re.compile(rf"\S+(?:\s+[a-z]+){{0,2}}?\s+(?:[\w-]+\s+){{0,2}}?(?:cars|vehicles|units|EVs|NEVs|autos)\s+"
                      rf"(?:were|was)\s+(?:sent|shipped|exported)\s+to\s+(?:the\s+)?(?P<place>{ABROAD_NAMES}|EU)\b")
_EXPORTS_TOLD = re.compile(r"(?i)\s*(?:[\w'\u2019-]+\s+){0,3}?(?:exports|overseas\s+sales)\s+(?:kept|maintained|held"
                           r"|stayed|remained|continued|rose|grew|surged|climbed|jumped|were|was|hit|set)\b")
_THESE_BATTERIES = re.compile(r"\s*(?:These|Those|Such)\s+(?:batteries|cells|packs)\b")
_APPLICATIONS = re.compile(r"(?:new_)?(?:trade_in_)?(?:applications|applicants)(?P<rest>_\w+)?")
_TRADE_IN = re.compile(r"(?i)\btrade[- ]?ins?\b|\btrade\s+in\s+(?:their\s+|old\s+)")
_PORT = re.compile(r"(?i)\b(?:port|terminal|pier|wharf|harbou?r)s?\b")
_CAPACITY_WORD = re.compile(r"(?i)\bcapacity\b|\bspace\s+for\b|\bdesigned\s+to\s+(?:handle|carry)\b")
_ABROAD_OPENS = re.compile(r"\s*(?:Overseas|Abroad|Outside\s+China)\s*,")
_EXPORTS_ONLY = re.compile(r"(?:vehicle|nev|passenger_car|nev_passenger_car|bev|phev)_exports"
                           r"(?:_yoy_pct|_yoy_change|_mom_pct)?")
_CHINAS_EXPORTS = re.compile(r"(?i)\b(?:China['\u2019]s|Chinese)\s+(?:[\w-]+\s+){0,3}?exports?\b"
                             r"|\bChina\s+exported\b|\bexports?\s+from\s+China\b")


# (not "after it cut this year's delivery target": the year a goal is for)
_THIS_YEAR_SO_FAR = re.compile(r"(?i)\b(?:(?:so\s+far\s+)?this\s+year(?!['\u2019])|year[- ]to[- ]date|since\s+(?:the\s+"
                               r"(?:start|beginning)\s+of\s+(?:the|this)\s+year|January))\b")
# a sentence about a listing or a trading day, whose day dates the share prices around it (not "will launch the Z9 on
# Friday")
_TRADING = re.compile(r"(?i)\bwent\s+public\b|\blist(?:ed|ing)\b|\bdebut\b|\btrading\b|\bshares?\b|\bclosed\b"
                      r"|\bIPO\b|\boffering\b")


# A company's figures as a listed firm, wherever its shares trade
_LISTING_FIGURES = ("share_price", "ipo_", "valuation_", "market_value")
_WORLDWIDE = re.compile(r"(?i)\b(?:worldwide|globally|global|around\s+the\s+world|in\s+the\s+world)\b")
_PLACE_SET_AND_SHORT = frozenset({*PLACE_SET, *PLACE_SHORT_NAMES})
_PLACE_NAMES = "|".join(map(re.escape, sorted(_PLACE_SET_AND_SHORT, key=len, reverse=True)))
_IN_PLACE = re.compile(rf"\b(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?P<place>{_PLACE_NAMES})(?!\w)(?!['\u2019])")
# "Its sales there fell 40%": the figure is of the place the sentence before names
_FIGURE_THERE = re.compile(r"(?i)\b(?:sales|deliveries|registrations|sold|delivered|registered)\s+there\b")


_IN_THE_COUNTRY = re.compile(r"\bin\s+the\s+country\b")


def _place_nearest(text: str, spans: Spans, at: int) -> str:
    """The place "in ..." nearest the number at `at` in its sentence ("runs 2,400 stations in China, and 51 in
    Europe": China for the 2,400; not "..., and opened a store in Chile" after the number's clause), "in the country"
    the country it means (see entities.country_meant), or ""."""
    found = [(m.start(), m["place"]) for m in _IN_PLACE.finditer(text, *spans.sentence)
             if m.start() < at or m.end() <= spans.clause[1]]
    found += [(m.start(), "") for m in _IN_THE_COUNTRY.finditer(text, *spans.sentence) if m.start() < at]
    if not found and _FIGURE_THERE.search(text, *spans.sentence):
        # ("In Europe, where it builds two plants, the firm struggles. Its sales there fell 40%": Europe)
        before = earlier_sentences(text, spans.sentence[0])[:1]
        found = [(m.start(), m["place"]) for a, b in before for m in _IN_PLACE.finditer(text, a, b)][:1]
    # ("In Chile, Zeta ended the year on 1,900 cars. Its Z5 led with 900": the paragraph's place)
    opener = earlier_sentences(text, spans.sentence[0])[-1:] if not found else []
    found += [(m.start("place"), m["place"]) for a, _ in opener
              if (m := OPENS_IN_PLACE.match(text, a)) and m["place"] in _PLACE_SET_AND_SHORT]
    if not found:
        return ""
    start, place = min(found, key=lambda f: abs(f[0] - at))
    return PLACE_SHORT_NAMES.get(place, place) or country_meant(text, start)  # ("in the UK": United Kingdom)


def _headline_and_lead(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where the article's headline and its lead sentence stand."""
    lead_end = text.find(".", body_start(text))
    return (0, max(text.find("\n"), 0)), (body_start(text), lead_end if lead_end > 0 else len(text))


_IN_CHINA_LEAD = re.compile(r"\b(?:in|across)\s+China\b")
_FROM_CHINA = re.compile(r"\bChinese\b|\bfrom\s+China\b|\bChina-made\b|\bmade\s+in\s+China\b")
# "26,500 came from China", "with 7,100 from China": the part of the imports made in China
_CAME_FROM_CHINA = re.compile(r"[\d,.]+(?:\s+(?:of\s+them|units|vehicles|cars|EVs))?\s+(?:came\s+|were\s+)?"
                              r"from\s+China\b")
# "Chile imported 9,800 EVs", "imported by Chile", "Chile's EV imports": the country whose imports they are
_IMPORTER = re.compile(rf"\b(?P<a>{ABROAD_NAMES})\s+imported\b|\bimported\s+(?:[a-z]+\s+){{0,3}}?(?:by|into)\s+"
                       rf"(?P<b>{ABROAD_NAMES})\b|\b(?P<c>{ABROAD_NAMES})['\u2019]s\s+(?:[\w-]+\s+){{0,2}}imports\b"
                       # ("Chinese car imports to Chile surged to ...")
                       rf"|\bimports\s+(?:in)?to\s+(?:the\s+)?(?P<d>{ABROAD_NAMES})\b")
# "Chinese car imports to Chile", "China-made EV imports": the imports made in China
_CHINESE_IMPORTS = re.compile(r"\b(?:Chinese|China-made)\s+(?:[\w-]+\s+){0,2}?imports\b")


def _importer(text: str, spans: Spans, said: str) -> str:
    """The country abroad whose imports a figure counts, named in its sentence or the article's lead; "" when
    none."""
    for found in (_IMPORTER.search(said), _IMPORTER.search(text, 0, _headline_and_lead(text)[1][1])):
        if found:
            return found["a"] or found["b"] or found["c"] or found["d"]
    return ""


def _china_business(text: str, entity: str, entities: Entities) -> bool:
    """Whether the article is about a foreign company's business in China: its headline, or its lead sentence,
    names the company and its figure "in China" ("GM delivers over 480,000 vehicles in China in Q3")."""
    return any(_IN_CHINA_LEAD.search(text, start, end) and any(
        n.entity == entity for n in entities.names_in(text, start, end)) for start, end in _headline_and_lead(text))


_PLANT_FIGURES = frozenset({"car_production_time", "direct_and_indirect_jobs", "employees"})


_GROUP_TOTAL = re.compile(r"(?i)\s*(?:\b(?:total\s+group|group[- ]wide)\s+(?:deliveries|sales|registrations)\b"
                          r"|at\s+the\s+group\s+level\b)")


def _brand_metric(brand: str, metric: str, said: str) -> str:
    """A brand's figure takes its name and the measure ("vehicle_sales" -> hongqi_sales, "nev_sales_yoy_pct" ->
    hongqi_nev_sales_yoy_pct), as a model's does (data/DICTIONARY.md, "Metric naming"); a kind of vehicle only
    where the number's sentence `said` names it ("Sales of NEVs under the brand rose 22 percent"), not one the
    sentences before carried ("Zeta delivered 51,200 NEVs. By brand, Onvo delivered 12,300 units": onvo_deliveries)."""
    slug = snake(brand.replace("&", " and "))  # ("Lynk & Co" -> lynk_and_co)
    kind = re.match(r"(?:nev|bev|phev|erev)_(?=[a-z])", metric)
    if kind and not whats_in(said, 0, len(said)):
        metric = metric[kind.end() :]
    if not metric or metric.startswith(f"{slug}_") or re.match(r"(?:model_)?[a-z]*\d[a-z0-9]*_", metric) or (
            metric in _PLANT_FIGURES):
        return metric  # (a model's figure is named by the model: "sold 21,600 Z5 models" -> z5_sales; a line's pace is
        # the plant's)
    share = re.match(r"(?:nev|bev|phev|vehicle)_share_of_(?P<whole>\w+)", metric)
    if share:  # "Galaxy now makes up some 28% of the group's deliveries": the brand's share of the whole
        return f"{slug}_share_of_{share['whole']}"
    return f"{slug}_{metric.removeprefix('vehicle_')}"


_FROM_ITS_BRAND = re.compile(r"(?:\s+(?:units|vehicles|cars))?\s+from\s+"
                             r"(?:its|the\s+(?:company|group|carmaker|automaker)['\u2019]s)\s+"
                             r"(?:[\w'\u2019-]+\s+){0,5}?brand\s+(?P<brand>[A-Z][\w-]*)")


def brand_figure(entity: str, metric: str, brands: dict[str, str]) -> tuple[str, str]:
    """A brand's figure under its owner, the brand in the metric ("Aito", vehicle_sales -> Seres, aito_sales), as
    the table of a ranking lists it; the entity and metric unchanged for a name that is no brand."""
    owner = brands.get(entity)
    return (owner, _brand_metric(entity, metric, "")) if owner and metric else (entity, metric)


_MARKETS_LISTED = re.compile(rf"\b(?i:exports?|shipments?|exported|shipped|sales)(?:\s+from\s+[A-Z][\w-]*)?\s+to\s+"
                             rf"(?P<markets>(?:the\s+)?(?:{ABROAD_NAMES})"
                             rf"(?:\s*,\s*(?:the\s+)?(?:{ABROAD_NAMES}))*\s*,?\s+and\s+(?:the\s+)?(?:{ABROAD_NAMES}))\b")


def _market_in_turn(text: str, spans: Spans, at: int) -> tuple[list[str], str, int] | None:
    """The markets a "respectively" sentence lists after "to", and the one whose figure stands at `at`: the n-th
    of as many numbers of one unit after the list."""
    listed = _MARKETS_LISTED.search(text, spans.sentence[0], spans.sentence[1])
    if not listed or listed.end() > at or not re.search(r"(?i)\brespectively\b", text[at : spans.sentence[1]]):
        return None
    markets = re.findall(rf"{ABROAD_NAMES}", listed["markets"])
    numbers = [m for m in mentions_in(text, listed.end(), spans.sentence[1])]
    unit = next((m.unit for m in numbers if m.start <= at < m.end), "")
    numbers = [m for m in numbers if m.unit == unit]
    index = next((i for i, m in enumerate(numbers) if m.start <= at < m.end), -1)
    return (markets, markets[index], listed.start()) if len(numbers) == len(markets) and index >= 0 else None


_OTHER_MARKET = re.compile(r"(?i)\b(?:overseas|abroad|export\w*|globally|worldwide|in\s+China|Chinese\s+market"
                           r"|domestic|at\s+home)\b")
# A market abroad named by its adjective: "the Vietnamese market", "the Thai car market"
_MARKET_ADJECTIVES = {"Vietnamese": "Vietnam", "Australian": "Australia", "Brazilian": "Brazil", "Thai": "Thailand",
                      "South African": "South Africa", "Mexican": "Mexico", "Russian": "Russia", "Chilean": "Chile",
                      "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Turkish": "Turkey", "Israeli": "Israel",
                      "Philippine": "Philippines", "Uzbek": "Uzbekistan", "Kazakh": "Kazakhstan",
                      "British": "United Kingdom", "European": "Europe", "Aussie": "Australia"}  # fmt: skip
_ADJECTIVE_NAMES = "|".join(sorted(_MARKET_ADJECTIVES, key=len, reverse=True))
_KIND_OF_MARKET = r"(?:(?:car|auto|EV|vehicle|new[- ]car|new[- ]vehicle)\s+)?market\b"
# a country's share of a market abroad: its brands' ("Japan's share of the Vietnamese car market")
# "Of the 480 exhibiting firms, 75 came from Japan": a part of a show's exhibitors, by where they come from
_ARE_FROM = re.compile(r"\s+(?:are|were|came|come)\s+(?:from\s+)?(?P<country>[A-Z][\w ]+?)\b(?=\s*[,.;]|\s+and\b)")
_AMONG_EXHIBITORS = re.compile(r"(?i)\b(?:among|of)\s+(?:the|all|these)\s+(?:\d[\d,.]*\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:companies|exhibitors|firms|enterprises|brands)\b")
_ORIGIN_OF = {"Japan": "japanese", "China": "chinese", "South Korea": "korean", "Korea": "korean",
              "Germany": "german", "the United States": "american", "US": "american", "France": "french"}
_COUNTRY_HOLDS = re.compile(rf"\b(?P<country>{'|'.join(_ORIGIN_OF)})['\u2019]s\s+(?:market\s+)?share\s+(?:of|in)\s+"
                            rf"(?:the\s+(?P<adj>{_ADJECTIVE_NAMES})\s+|(?P<place>{ABROAD_NAMES})['\u2019]s\s+)"
                            r"(?:(?:auto|car|vehicle|new[- ]car)\s+)?market\b")
_ADJECTIVE_MARKET = re.compile(rf"\b(?P<place>{_ADJECTIVE_NAMES})\s+{_KIND_OF_MARKET}")
_MARKET_IN_TITLE = re.compile(rf"\b(?:in|to)\s+(?:the\s+)?(?P<a>{ABROAD_NAMES})(?![\w-])"
                              rf"|\b(?P<b>{ABROAD_NAMES})['\u2019]s\s+(?:[\w-]+\s+){{0,3}}?"
                              r"(?:market|sales|registrations|motoring\s+industry)\b"
                              # ("2025 Aussie sales results")
                              rf"|\b(?P<c>{_ADJECTIVE_NAMES})\s+(?:{_KIND_OF_MARKET}"
                              r"|(?:new[- ](?:car|vehicle)\s+|car\s+)?sales\s+(?:results|figures|data)\b)")
_SOLD_IN = re.compile(rf"\b(?:sold|sales|registered|registrations|market|outsold\s+[A-Z][\w-]*|(?:car|auto)\s+brands"
                      r"|automakers|carmakers)"
                      rf"\s+in\s+(?:the\s+)?"
                      rf"(?P<place>{ABROAD_NAMES})(?![\w-])")
_MARKET_OF = re.compile(rf"\b(?P<place>{ABROAD_NAMES})['\u2019]s\s+"
                        r"(?:(?:new[- ](?:vehicle|car)|car|auto|EV|vehicle)\s+)?market\b")
# "ICE cars saw their market share slip again, hitting a record low of": the share, where its move ended
_SHARE_MOVED_TO = re.compile(r"(?i)\bshare\b[^.;\d]{0,40}?,\s*(?:hitting|reaching|touching|(?:falling|dropping"
                             r"|slipping|sliding|rising|climbing)\s+to)(?:\s+(?:a|an)\s+(?:record|new|fresh|all-time"
                             r"|historic)\s+(?:low|high)\s+of)?\s+$")
_MARKET_SHARE_BEFORE = re.compile(r"(?i)\bmarket\s+shares?\b(?:[^.;%]{0,45}?|[^.;]{0,45}?\bfrom\s+[\d.]+\s*"
                                  r"(?:%|per\s*cent|percent)(?:\s+in\s+[\w\s]{2,12}?)?\s+to\s+)$")


@functools.lru_cache(maxsize=32)
def story_market(text: str) -> str:
    """The country abroad a story is about as a market, its headline names it ("Chinese carmakers lose ground in
    Chile", "Zeta's SUV leads Chile's car sales") and the story names it most; "" else."""
    body = body_start(text)
    titled = _MARKET_IN_TITLE.search(text, 0, body) if body else None
    # (a story with no headline: "... some 19,000 cars sold in Chile in March", in its lead)
    # (or a headline that names none over a lead that does: "Chinese brands are gaining ground in Australia's
    # new-vehicle market")
    # (the first paragraph, its dateline included: "ANKARA, May 2 (Wire) - Chinese brands' share of the Turkish
    # market ...")
    lead = (0, next((m.start() for m in re.finditer(r"\n", text)), len(text))) if not body else lead_span(text)
    sold_in = None if titled else (_SOLD_IN.search(text, *lead) or _MARKET_OF.search(text, *lead)
                                   or _ADJECTIVE_MARKET.search(text, *lead))
    if titled:
        market = _MARKET_ADJECTIVES[titled["c"]] if titled["c"] else titled["a"] or titled["b"]
    elif sold_in:
        market = _MARKET_ADJECTIVES.get(sold_in["place"], sold_in["place"])
    else:
        return ""
    named = [m.group() for m in _ABROAD_NAMED.finditer(text)] + [
        _MARKET_ADJECTIVES[m.group()] for m in re.finditer(rf"\b(?:{_ADJECTIVE_NAMES})\b", text)]
    if not named or max(dict.fromkeys(named), key=named.count) != market:
        return ""
    return PLACE_SHORT_NAMES.get(market, market)


# Exports to a named market: "exports to Russia", "cars exported to Mexico", "shipments to the UK"
_EXPORTS_TO = re.compile(rf"(?i)\b(?:export|shipment)\w*\s+(?:[\w-]+\s+){{0,4}}?to\s+(?:the\s+)?"
                         rf"(?P<place>{ABROAD_NAMES})\b")
# What says a sentence is about more than one market: "total", "overall", "global", "worldwide"
_ALL_MARKETS = re.compile(r"(?i)\b(?:total|overall|global|worldwide|all\s+markets|in\s+all|overseas|abroad)\b")
# "Exports to Belgium, Mexico and Brazil grew": more markets than one after the first
_MORE_MARKETS = re.compile(rf"\s*(?:,|and\b)\s*(?:the\s+)?(?:{ABROAD_NAMES})\b")


_DESTINATION = re.compile(r"(?i)\bexport\s+(?:destinations?|markets?)\b|\bdestinations?\s+(?:for|of)\s+"
                          r"(?:its\s+|China['\u2019]s\s+)?(?:vehicle\s+|car\s+|auto\s+)?exports\b")


_ABROAD_OR_SHORT = re.compile(rf"\b(?:{ABROAD_NAMES}|{'|'.join(re.escape(n) for n in PLACE_SHORT_NAMES)})(?![\w-])")


# A market abroad told as buying what the exporter sells: "the top buyer of China-made EVs", "its purchases",
# "buying EVs for $0.9 billion", "Imports to Latvia", and the markets ranked after it ("Italy came third with",
# "Next came Croatia with", "rounded out the top ten")
_BOUGHT = re.compile(r"(?i)\b(?:buyers?|importers?|purchasers?)\s+of\s+(?:Chinese|China['\u2019]s|China-made)\b"
                     r"|\b(?:its|their)\s+purchases\b|\bbuying\s+(?:[\w-]+\s+){0,2}?(?:cars|vehicles|EVs)\b"
                     r"|\bimports?\s+(?:to|into)\b|\bpurchases\s+over\s+the\s+year\b"
                     r"|\b(?:came|ranked|ranks|was|is)\s+(?:second|third|fourth|fifth|next)\b|\btook\s+(?:second|third|fourth"
                     r"|fifth)\s+place\b|(?:^|\.\s+)Next\s+came\b|\brounded\s+out\s+the\s+top\b"
                     # "Russia purchased 355.2 thousand Chinese cars", "In second place is Chile with 50.4 thousand"
                     r"|\b(?:purchased|bought|imported|received)\s+(?:[\w.,-]+\s+){1,4}?(?:Chinese|China-made)\s+"
                     r"(?:[\w-]+\s+)?(?:cars|vehicles|EVs|autos)\b|\bin\s+(?:second|third|fourth|fifth)\s+place\s+is\b")
_BOUGHT_METRIC = re.compile(rf"(?:(?P<kind>[a-z_]+?)_)?(?:deliveries|sales|imports|exports)"
                            rf"(?P<money>_(?:{'|'.join(CURRENCIES)}))?")


def _bought_from_exporter(text: str, spans: Spans, entity: str, metric: str, at: int) -> str:
    """The metric of a figure of a market abroad that buys what the story's exporter exports ("Belgium remained
    the top buyer of China-made EVs, its purchases hitting $2.7 billion" ->
    nev_exports_belgium_usd; "Germany was second, buying EVs worth $0.91 billion (15%)": the
    bracket its share, germany_share_of_nev_exports_usd; "Malta (up 9.4 times, to $2.1 million)":
    nev_exports_malta_usd_yoy_times); "" when the number is no such figure."""
    said = text[spans.sentence[0] : spans.sentence[1]]
    head, lead = _headline_and_lead(text)
    told = text[head[0] : head[1]] + " " + text[lead[0] : lead[1]]
    if entity not in ABROAD or not _BOUGHT.search(said) or not re.search(  # ("568 thousand cars ... went abroad")
            r"(?i)\bexport|\b(?:went|shipped)\s+abroad\b", told):
        return ""
    level = _BOUGHT_METRIC.fullmatch(metric) if metric and "_share_" not in metric else None
    kinds = whats_in(text, head[0], lead[1])
    kind = (level["kind"] if level and level["kind"] else "") or (kinds[0] if kinds else "vehicle")
    money = next((m.unit for m in mentions_in(text, *spans.sentence) if m.unit in CURRENCIES), "")
    currency = f"_{money}" if money else ""
    named = _destination_of(text, spans, at) or entity  # ("Next came Slovenia with ..., Sweden with ...": each)
    place = snake(PLACE_SHORT_NAMES.get(named, named))
    share_of = re.match(r"[\d.]+\s*(?:%|percent)\s+of\s+(?:all|the\s+total)\b(?:[^.;,]*?\bto\s+(?:the\s+)?"
                        rf"(?P<whole>{ABROAD_NAMES}|EU))?", text[at:])
    if share_of:  # "close to 44% of all those shipped to the EU": of the exports to the whole
        whole = share_of["whole"] or ""
        whole = snake(PLACE_SHORT_NAMES.get(whole, whole))
        return f"{place}_share_of_{kind}_exports{f'_{whole}' if whole else ''}{currency}"
    if re.match(r"[\d.]+\s*(?:times\b|-fold\b)", text[at:]):
        return f"{kind}_exports_{place}{currency}_yoy_times"
    if text[at - 1 : at] == "(" and re.match(r"[\d.]+\s*(?:%|percent)\)", text[at:]):
        return f"{place}_share_of_{kind}_exports{currency}"  # the part of the whole the list is of
    if not metric or level or metric in ("count", "cars", "chinese_cars", "vehicles"):  # ("... Chinese cars")
        return f"{kind}_exports_{place}{currency}"
    return ""


def _destination_of(text: str, spans: Spans, at: int) -> str:
    """The destination a number of a ranking of export destinations is of: the one named last before it in its
    sentence, or in turn for a list told "respectively" ("Russia and Belgium came third and fourth
    (312,400 units and 205,900 units respectively)")."""
    named = [m for m in _ABROAD_OR_SHORT.finditer(text, spans.sentence[0], at)]
    if not named:
        return ""
    respectively = re.search(r"(?i)\brespectively\b", text[at : spans.sentence[1]])
    pair = re.search(rf"(?P<a>{ABROAD_NAMES})\s+and\s+(?P<b>{ABROAD_NAMES})\b[^.;]*$", text[spans.sentence[0] : at])
    if respectively and pair:
        listed = [m for m in mentions_in(text, spans.sentence[0] + pair.end("b"), spans.sentence[1])
                  if m.unit not in ("percent", "percentage_points")]
        order = next((i for i, m in enumerate(listed) if m.start == at), -1)
        if order in (0, 1):
            return pair["a" if order == 0 else "b"]
    return named[-1].group()


def _exporter(main_subject: str) -> str:
    """Who exports, in a story about exports to a market abroad: the story's subject, else China."""
    return "China" if main_subject in ABROAD or not main_subject else main_subject


def _exported_to(text: str, place: str) -> bool:
    """Whether the story names `place` as a market exports go to ("exports to Mexico", "exported to Russia")."""
    return any(PLACE_SHORT_NAMES.get(m["place"], m["place"]) == place for m in _EXPORTS_TO.finditer(text))


# "China's auto exports", "the country's vehicle exports": all the country's exports, told as its own
_COUNTRY_EXPORTS = re.compile(r"(?i)\b(?:China|the\s+country|the\s+nation)['\u2019]s\s+(?:total\s+)?(?:auto|car"
                              r"|vehicle|automobile|automotive)?\s*exports\b")


# "Zhejiang's car exports", "the province's NEV exports": exports told with their owner, all of them
_OWNER_EXPORTS = re.compile(r"\b(?P<owner>[A-Z][\w-]*)['\u2019]s\s+(?:[\w-]+\s+){0,3}?exports\b")


def _market_carried(text: str, spans: Spans, entity: str, main_subject: str) -> str:
    """The market abroad a sentence's exports go to when it names none and the exports of the sentence or two
    before went to one: the place, if the entity read is that place or the exporter; else ""."""
    said = text[spans.sentence[0] : spans.sentence[1]]
    if (_EXPORTS_TO.search(said) or REGION_EXPORTS.search(said) or sent_abroad(text, *spans.sentence)
            or _ALL_MARKETS.search(said) or re.search(r"\b(?:China|the\s+country|the\s+nation)\s+(?:exported|shipped)"
                                                      r"\s+(?!to\b)", said)):
        return ""  # ("China exported 410 million batteries", after a drop in shipments to one market: all of them)
    owner = _OWNER_EXPORTS.search(said)
    if owner and owner["owner"] not in ABROAD:
        return ""  # ("Zhejiang's car exports reached 4 billion yuan", after exports to Russia: the owner's all)
    earlier = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]
    for start, end in earlier:
        found = sorted([*_EXPORTS_TO.finditer(text, start, end), *REGION_EXPORTS.finditer(text, start, end)],
                       key=lambda m: m.start())
        if found and _MORE_MARKETS.match(text, found[-1].end()):
            return ""  # (exports to several markets: none of them the next sentence's)
        if found and entity in ABROAD and entity in said and not measures_in(text, *spans.sentence):
            return entity  # "Exports to Chile came to 512,000. Peru was next with 488,000": the next
        if found and _COUNTRY_EXPORTS.search(said) and not _COUNTRY_EXPORTS.search(text, start, end):
            return ""  # ("The company's exports to Chile ... In 2024, China's auto exports soared": the country's all)
        if found:
            place = (REGION_ADJECTIVES[found[-1]["adjective"]] if "adjective" in found[-1].groupdict() else
                     PLACE_SHORT_NAMES.get(found[-1]["place"], found[-1]["place"]))
            return place if entity in (place, _exporter(main_subject), "China") and not (
                set(_ABROAD_NAMED.findall(said)) - {place}) else ""
        if measures_in(text, start, end) and _ALL_MARKETS.search(text, start, end) or re.search(
                r"\b(?:China|the\s+country|the\s+nation)\s+(?:exported|shipped)\s+(?!to\b)", text[start:end]):
            return ""  # (nor past exports the sentence before told with no market: "China exported 410 million ...")
    return ""


def _place_metric(metric: str, place: str) -> str:
    """A company's figure in a country or region abroad takes the place after the measure, before a growth
    ("power_swap_stations" -> power_swap_stations_europe, "nev_sales_yoy_pct" -> nev_sales_europe_yoy_pct), as
    exports to a named country do (data/DICTIONARY.md, "Metric naming")."""
    slug = snake(place)
    if not metric or f"_{slug}" in metric:
        return metric
    suffix = _GROWTH_SUFFIX.search(metric)
    at = suffix.start() if suffix else len(metric)
    at = at - len("_target") if metric[:at].endswith("_target") else at  # "dealerships_japan_target"
    # "vehicle_exports_usd" -> vehicle_exports_russia_usd
    currency = re.search(rf"_(?:{'|'.join(CURRENCIES)})$", metric[:at])
    at = at - len(currency.group()) if currency else at
    rate = re.search(r"_(?:daily|weekly|monthly|annual)_average$", metric[:at])  # "..._china_monthly_average"
    at = at - len(rate.group()) if rate else at
    return f"{metric[:at]}_{slug}{metric[at:]}"


_RIVAL = re.compile(r"(?i)\s+(?:rival|challenger|competitor|killer|contender)s?\b")
_OWNS = re.compile(r"(?:\s+(?:Auto|Motors?|Group|Automobile|Company))?['\u2019]s\s+")


def _maker_of_model(text: str, metric: str, entities: Entities) -> str:
    """The company the article names a model with ("Harbour Auto's Breeze EV"), when the metric is that
    model's figure (Tesla for its Model 3, Y, S and X); "" when none is."""
    if not _OF_MODEL.search(metric):
        return ""
    for possessive in re.finditer(r"['\u2019]s\s+", text):  # only where that model follows a possessive
        model = _MODEL_NAME.match(text, possessive.end())
        if not model or _RIVAL.match(text, model.end()) or not metric.startswith(f"{_model_slug(model)}_"):
            continue  # ("XPeng's Model Y rival": another maker's model, compared)
        sentence_start = sentence_bounds(text, possessive.start(), possessive.start())[0]
        for name in entities.names_in(text, sentence_start, possessive.start()):
            owns = _OWNS.match(text, name.end)
            if owns and owns.end() == model.start() and entities.is_company(name.entity):
                return name.entity
    return "Tesla" if re.match(r"model_[3sxy]_", metric) else ""  # Tesla's models


def _model_slug(match: re.Match[str]) -> str:
    """The model's own words in snake case, its maker's name left out ("NIO ES6" -> es6, "Haval H6" -> haval_h6)."""
    name = match["name"]
    maker = next((c for c in known_company_names() if name.startswith(c + " ")), "")
    # (or the first word of its name, as the maker writes its models: "Li L7", of Li Auto, is l7)
    maker = maker or next((c.split()[0] for c in known_company_names() if " " in c and re.fullmatch(
        rf"{re.escape(c.split()[0])}\s+[A-Z]{{1,3}}\d[\w ]*", name)), "")
    return snake(name[len(maker) :])


_INDUSTRY_OF = re.compile(r"(?i)\b(?:output|added)\s+value\s+of\s+(?:the\s+)?"
                          r"(?:(?:province|city|country|region)['\u2019]s\s+)?(?P<thing>(?!the\s)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+industr")
_OUTPUT_OF = re.compile(r"(?i)\b(?:output|production)\s+(?:of|for)\s+(?!the\b|its\b|their\b|this\b|that\b)"
                        r"(?P<thing>(?:[a-z-]+\s+){0,3}?[a-z-]+?)(?:\s+in\s+[A-Z][\w-]*)?"
                        r"\s+(?:registered|reached|stood|was|were|totaled|totalled|came|hit|amounted)\b")
_TONS_OF = re.compile(r"(?i)\s+(?:metric\s+)?(?:tons|tonnes)\s+of\s+(?P<thing>(?:[a-z-]+\s+){0,3}?[a-z-]+?)"
                      r"(?=\s+(?:were|was|is|are|had|have|has)\b|[,.;]|\s+(?:in|during|for|last|this|up|down)\b)")
_FREIGHT_WORDS = re.compile(r"(?i)\b(?:cargo|freight|goods|throughput|ports?|terminals?|TEUs?|handl\w*|containers?"
                            r"|berths?|shipping|vessels?|ships?)\b")
_DESIGNED_TO = re.compile(r"(?i)\b(?:designed|built|able)\s+to\s+(?:handle|accommodate|process)\s+"
                          r"(?:up\s+to\s+|about\s+)?$")
_DESIGNED = re.compile(r"(?i)\bdesign(?:ed)?\s+(?:annual\s+|yearly\s+)?(?:handling\s+)?(?:throughput|capacity)\b")
_BESIDE_PHEVS = re.compile(r"(?i)\s+(?:electric\s+vehicles\s+\(EVs\)|EVs|electric\s+vehicles|electric\s+cars)\s+and\s+"
                           r"[\d.,]+(?:\s+(?:million|thousand))?\s+(?:PHEVs|plug-in\s+hybrid)")
_WHAT_MEASURE_OF = re.compile(r"(?i)\b(?:its|their|the)\s+(?:[\w-]+\s+){1,4}?(?:sales|exports|production|output"
                              r"|deliveries)\s+(?:of|at|were|was|reached|totaled|totalled)\s+(?:about\s+|some\s+)?$")
_GROWTH_IN_BRACKET = re.compile(r"(?<![\d.,])(?P<level>\d[\d,.]*(?:\s+(?:million|thousand|billion))?)"
                                r"(?:\s+[A-Za-z-]+){0,4}\s*\(\s*[+\u2212-]?\d")
_RATE_OR = re.compile(r"(?P<rate>\d[\d.]*\s*(?:percent|per\s+cent|%))\s*,?\s+or\s+(?:about\s+|some\s+|nearly\s+)?$")
_GROWTH_SUFFIX = re.compile(r"_(?:yoy|mom|wow|vs_\d{4})_(?:pct|times|pp|change)$|_avg_annual_growth_pct$")
# A growth and the level it reached, stated together: "advanced 17 percent on the year to 23.6 GWh", "came to 88.4
# GWh in the first quarter, up 26.3 percent": the same series, so the growth is the level's.
# ("grew 31% year-on-year (YoY), to 9.8 billion yuan")
_TO_LEVEL = re.compile(r"(?i)\s*(?:(?:year[- ]on[- ]year(?:\s*\((?:Y/Y|YoY)\))?|month[- ]on[- ]month"
                       r"|on\s+(?:the\s+)?year"
                       r"|from\s+a\s+year\s+(?:earlier|ago)|Y/Y|YoY"
                       r"|(?:from|over|on)\s+the\s+same\s+period\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year)\s*)?"
                       # ("rose 11.2 percent on the year, reaching 31.05 billion yuan")
                       r",?\s*(?:to(?:\s+reach)?|(?P<participle>reaching|hitting|totalling|totaling))\s+"
                       r"(?:a\s+record\s+(?:high\s+of\s+)?"
                       r"|an?\s+all-time\s+high\s+of\s+)?(?=[\d(]|about"
                       r"|around|nearly|more|over|some|almost|roughly|approximately)")
_UP_AFTER_LEVEL = re.compile(r"(?i)^(?:[^,;\d]|(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d\d?(?=\s+(?:months|weeks|days)\b))"
                             r"{0,60},\s*"  # ("in the first 10 months, rising 52.3%")
                             r"(?:up|down|increasing|rising|growing|declining|falling|dropping|jumping|surging|soaring"
                             r"|climbing|gaining|skyrocketing|sliding|slipping|shrinking|plunging|edging\s+(?:up|down)"
                             # ("came to 812 GWh, an annual rise of 29.4%")
                             r"|an?\s+(?:(?P<qualified>year[- ]on[- ]year|month[- ]on[- ]month|annual)\s+)?"
                             r"(?:increase|rise|growth|jump|surge|decrease|decline|drop|fall)\s+of)"
                             r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|roughly\s+"
                             r"|almost\s+|approximately\s+)?$")
_LEVEL_UNITS = frozenset({"count", "vehicles", *CURRENCIES})
# A share said to move from one level to another, however long the phrase that names it: both are its levels
# a margin named after the word "share", nearer the number: the number is the margin's
_MARGIN_AFTER_SHARE = re.compile(r"(?i)\b(?:shares?|proportion)\b[^.;\d]*\b(?:gross|net|operating|profit|vehicle)\s+"
                                 r"(?:profit\s+)?margins?\s+(?:[^.;\d]|[\d.]+\s*%\s+to\s)*$")
_SHARE_FROM_TO = re.compile(
    r"(?i)\b(?:share|percentage|proportion)\b(?:(?!\b(?:margins?|rates?|growth|interest|prices?|yields?|profits?)\b)"
    r"[^.;\d]){0,160}?\bfrom\s+(?P<levels>[\d.]+(?:\s*-\s*[\d.]+)?\s*"
    r"(?:percent|per\s+cent|%)[^.;]{0,40}?\bto\s+[\d.]+\s*(?:percent|per\s+cent|%))")
_A_CHANGE_AFTER_LEVEL = re.compile(r"(?i)^[^;\d]{0,80},\s*an?\s+$")
# (not "a 25 percent rise in its exports": theirs)
_CHANGE_NOUN = re.compile(rf"(?i)\s+(?:year[- ]on[- ]year\s+|(?-i:YoY|MoM)\s+)?{CHANGE_NOUNS}\b(?!\s+in\b)")
_CONVERTED = re.compile(r"\(\s*(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")
# ("rising 21 percent and almost 27 percent": the second with its hedge)
_PAIRED_GROWTH = re.compile(r"(?i)\s*(?:,|and)\s*(?:and\s+)?" + HEDGE_BEFORE + r"[\d.]+\s*(?:percent|per\s+cent|%)"
                            r"|[^.;]*\brespectively\b")
_PAIRED_GROWTH_BEFORE = re.compile(r"(?i)[\d.]+\s*(?:percent|per\s+cent|%)\s*(?:,|and)\s*" + HEDGE_BEFORE + "$")
_SPAN_OF_TIME = re.compile(r"(?i)\s+(?:months?|years?|quarters?|weeks?|days?)\b")


# What an investment goes into, after its amount ("45 billion yuan in new-energy vehicle projects") or as the
# projects it pays for, before it ("signed 12 NEV industry projects ... with a total investment of")
_INVESTED_INTO = re.compile(r"(?i)\s+(?:\([^()]*\)\s+)?(?:of\s+investments?\s+)?(?:in|into)\s+(?:the\s+)?"
                            r"(?P<thing>(?:[\w-]+\s+){0,4}?(?:projects?|industry|industries|sector|plants?|factory"
                            r"|factories|production|manufacturing|bases?))\b")
_KIND_INVESTMENT = re.compile(r"(?i)\b(?:[\w-]+\s+){0,2}investments?(?:\s+in\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
                              r"(?=\s+(?:rose|fell|grew|reached|hit|totall?ed|came|was|were|of|stood|jumped|climbed)\b)")
_PROJECTS_WITH = re.compile(r"(?i)(?P<thing>(?:[\w-]+\s+){1,3}projects?)\b[^.;]{0,60}?\binvestments?\b")


# People a company counts, named before their number: "a user base of 3 million", "owners topping 2 million"
_PEOPLE_BEFORE = re.compile(r"(?i)\b(?P<who>users?|customers?|subscribers?|owners?|members?|followers?)\s+(?:base\s+)?"
                            r"(?:of|exceeding|exceeded|surpassing|surpassed|topping|topped|reaching|reached|hit"
                            r"|hitting|totaling|totalling|totaled|totalled|(?:has\s+|have\s+)?(?:grown|risen|climbed)\s+to"
                            r"|stood\s+at|stands\s+at|is|was|were|are)\s+"
                            r"(?:over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+|roughly\s+)?$")


# "A, B and C accounted for 25.3 percent, 12.1 percent and 10 percent of exports": each part's share, in turn
_PCT = r"\d[\d.]*\s*(?:percent|%)"
_SHARES_LISTED = re.compile(rf"(?i)(?P<parts>[A-Za-z][\w\s,&-]{{3,160}}?)\s+"
                            rf"(?:accounted|accounting|made\s+up|making\s+up)\s+(?:for\s+)?(?P<shares>{_PCT}(?:(?:,\s*|,?\s+and\s+){_PCT}){{1,6}})\s+of\s+"
                            rf"(?:the\s+|all\s+|total\s+|its\s+|their\s+)?(?P<whole>(?:[\w-]+\s+){{0,3}}?[\w-]+?)(?=[\s,.;]|$)")


_NOT_A_PART = re.compile(r"(?i)\b(?:were|was|is|are|ranking|ranked|reached|rose|fell|grew|which|million|billion"
                         r"|thousand)\b")


def _listed_share(text: str, mention: Mention, spans: Spans) -> str:
    """The share a part of a list holds, the parts listed before "accounted for" and their shares in the same
    order; the part's words with the last one singular, and the whole as written ("of exports" ->
    clothing_and_textile_share_of_exports); "" when the number is in no such list."""
    found = _SHARES_LISTED.search(text, spans.sentence[0], spans.sentence[1])
    if not found or not found.start("shares") <= mention.start < found.end("shares"):
        return ""
    if _NOT_A_PART.search(found["parts"]):
        return ""  # ("0.6 million of them were NEVs, fifth nationally and making up 5% and 4%": no parts listed)
    shares = [found.start("shares") + m.start() for m in re.finditer(_PCT, found["shares"])]
    chunks = [c.strip() for c in found["parts"].split(",") if c.strip()]
    last = re.split(r"\s+and\s+", chunks[-1]) if chunks else []
    parts = [*chunks[:-1], " and ".join(last[:-1]), last[-1]] if len(last) > 1 else chunks
    if len(parts) != len(shares) or mention.start not in shares:
        return ""
    part = parts[shares.index(mention.start)].lower().replace("-", " ").split()
    part = [w for w in part if w not in ("the", "its", "their")]
    if not part:
        return ""
    part[-1] = singular(part[-1])
    whole = what_in(text, found.start("whole"), found.end("whole"))
    found_measure = measures_in(text, found.start("whole"), found.end("whole"))
    whole_name = "_".join(filter(None, [whole, (found_measure[0].lastgroup or "") if found_measure else ""]))
    return f"{'_'.join(part)}_share_of_{whole_name or snake(found['whole'])}" if whole_name or found["whole"] else ""


# "charging points at 96 percent of its expressway service areas": the share of places chargers cover
_OF_PLACES = re.compile(r"(?i)\s+of\s+(?:its\s+|the\s+|all\s+|(?:China|the\s+country)['\u2019]s\s+)?"
                        r"(?P<places>(?:(?!(?:sales|exports|output|in|of|with|for|and)\b)[\w-]+\s+){0,3}?"
                        r"(?:service\s+areas|areas|townships|towns|counties|cities"
                        r"|villages|districts))\b")


def _charging_coverage(text: str, mention: Mention, spans: Spans) -> str:
    """The share of places with chargers, named by the places (expressway_service_area_charging_coverage_pct);
    "" when the number is no such share."""
    places = _OF_PLACES.match(text, mention.end)
    if not places or not re.search(r"(?i)\bcharg(?:ing|ers?)\b", text[spans.sentence[0] : spans.sentence[1]]):
        return ""
    words = places["places"].lower().replace("-", " ").split()
    words[-1] = singular(words[-1])
    return f"{'_'.join(words)}_charging_coverage_pct"


# A group of makers whose profit or revenue is an industry's: "automakers above designated size", "carmakers"
_MAKERS = re.compile(r"(?i)\b(?:[\w-]+(?:\s+[\w-]+)?\s+)?(?:automakers|carmakers|vehicle\s+makers|car\s+makers"
                     r"|auto(?:mobile|motive)?\s+(?:companies|enterprises|firms|manufacturers)|car\s+manufacturers"
                     # "companies in the sector" of a story on the auto industry
                     r"|(?:companies|enterprises|firms)\s+in\s+the\s+(?:auto(?:mobile|motive)?\s+)?(?:sector|industry))\b")


_THESE_COMPANIES = re.compile(r"(?i)\b(?:these|those|the)\s+(?:companies|enterprises|firms)\b|\bthey\b")


def _makers_of(text: str, spans: Spans) -> str:
    """The kind of vehicle a group of makers makes, when the sentence (or, for "these companies", the sentence
    before) names one: "nev" for "NEV makers", else "vehicle"; "" when no group of makers is named."""
    regions = [spans.sentence]
    if _THESE_COMPANIES.search(text, *spans.sentence):
        regions += earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    for region in regions:
        found = _MAKERS.search(text, *region)
        if found:
            kind = what_in(text, found.start(), found.end())
            return kind if kind in VEHICLE_KINDS and kind != "vehicle" else "vehicle"
    return ""


_SOLD_ABROAD = re.compile(r"(?i)\b(?:sold|sell|selling|sales)\b[^.;]{0,60}?\b(?:abroad|overseas|to\s+the\s+rest\s+of"
                          r"\s+the\s+world|to\s+(?:foreign|overseas)\s+markets)\b")


def _is_company(entity: str) -> bool:
    """Whether a drafted entity is a company: no place, facility, show or the world."""
    return bool(entity) and entity not in PLACE_SET and entity != "World" and not is_facility(entity) and not (
        is_event(entity))


_SPAN_COUNTED = re.compile(r"(?i)\s+(?:months|years|quarters|weeks|days)\b")


def _figure_before(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The level a sentence opening "The figure", "The number" speaks of: the first one the sentence before states,
    when this sentence names no measure and no kind of its own; None otherwise."""
    if mention.unit not in ("count", "vehicles") or not _THE_FIGURE.match(text, spans.sentence[0]):
        return None
    if (measures_in(text, *spans.sentence) or what_in(text, *spans.sentence) not in ("", "vehicle")
            # "The number included 558,000 public piles" (but "this figure had climbed past 900,000
            # vehicles": the kind of the figure before, told in the general word)
            or noun_phrase(text, mention.end) not in ("", "units", "vehicles", "autos")):
        return None
    levels = [m for m in _numbers_before(text, spans) if m.unit in ("count", "vehicles")
              and not _SPAN_COUNTED.match(text, m.end)]  # ("... in the first nine months ... to 927,500 autos")
    return levels[0] if levels else None


# "By June 2024 it had dropped to under 4%": the rate the sentence before states, moved
_THIS_RATE_MOVED = re.compile(r"(?i)(?:[\w-]+(?:\s+[\w-]+){0,3},\s*)?(?:this|that|it|they|the\s+(?:share|rate"
                              r"|figure))\s+"
                              r"(?:had\s+|has\s+|then\s+)?(?:fallen|fell|slipped|dropped|declined|shrunk|shrank|risen"
                              r"|rose|climbed|grown|grew|edged\s+(?:up|down)|decreased|increased)\s+to\s+"
                              + HEDGE_BEFORE + "$")


def _numbers_before(text: str, spans: Spans) -> list[Mention]:
    """The numbers the sentence before states (across a paragraph break), in order."""
    before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    return mentions_in(text, *before[0]) if before else []


def _invested_in(text: str, mention: Mention, spans: Spans) -> str:
    """The kind of vehicle an investment is in, as its own phrase names it; "" when it names none ("With an
    investment of 7 billion yuan, the new works ...": the works', whatever they make)."""
    into = _INVESTED_INTO.match(text, mention.end)
    if into:
        return what_in(text, into.start("thing"), into.end("thing"))
    # "NEV investment in Anhui rose 12 percent", "Investment in electric vehicles reached 50 billion yuan"
    named = _KIND_INVESTMENT.search(text, spans.clause[0], mention.start)
    if named:
        kind = what_in(text, named.start(), named.end())
        if kind:
            return kind
    projects = list(_PROJECTS_WITH.finditer(text, spans.sentence[0], mention.start))
    return what_in(text, projects[-1].start("thing"), projects[-1].end("thing")) if projects else ""


def _figures_in_sentence(text: str, spans: Spans) -> list[Mention]:
    """The numbers of the sentence that are figures, not spans of time ("the first five months"), at their places
    in the text."""
    return [m for m in mentions_in(text, *spans.sentence)
            if m.unit in ("percent", "percentage_points", "times") or not _SPAN_OF_TIME.match(text, m.end)]


def _level_in_turn(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The level a growth pairs with when a sentence lists levels and then their growths "respectively", or, in a
    part of a sentence ended by ", while", two levels and then two growths ("The former consisted of 1.01 million
    EVs and 190,000 PHEVs, growing 5.1% and 17.9% on year, while ...")."""
    if not re.search(r"(?i)\brespectively\b", text[spans.sentence[0] : spans.sentence[1]]):
        return _pair_in_part(text, mention, spans)
    found = _figures_in_sentence(text, spans)
    levels = [m for m in found if m.unit in _LEVEL_UNITS]
    growths = [m for m in found if m.unit in ("percent", "times")]
    at = next((i for i, m in enumerate(growths) if m.start == mention.start), -1)
    if len(levels) == len(growths) >= 2 and at >= 0:
        return levels[at]
    size = len(levels)
    groups = [growths[i : i + size] for i in range(0, len(growths), size)] if size >= 2 else []
    if at >= 0 and groups and len(growths) % size == 0 and levels[-1].end <= growths[0].start and all(
            LIST_JOIN.fullmatch(text, a.end, b.start)
            for group in groups for a, b in zip(group, group[1:], strict=False)):
        # "output of 2.51 million and sales of 2.57 million, with month-on-month gains of 2.4% and 4.1%, and
        # year-on-year gains of 9.8% and 8.6%, respectively": each run of growths in the levels' order
        return levels[at % size]
    # "exported 120,000 cars worth 21.5 billion yuan (US$3.1 billion), growth of 20.1 percent and 43.7 percent
    # respectively, and nearly 48 percent of the total": the run of growths just before the word,
    # paired with the levels before them, an amount given again in another currency not counted
    word = re.search(r"(?i)\brespectively\b", text[mention.end : spans.sentence[1]])
    run = [m for m in growths if word and m.end <= mention.end + word.start()]
    first = next((i for i in range(len(run) - 1, 0, -1)
                  if not LIST_JOIN.fullmatch(text, run[i - 1].end, run[i].start)), 0)
    run = run[first:]  # the growths joined by "and" or commas, up to the word
    levels = [m for m in levels if m.end <= run[0].start and not _CONVERTED.search(
        text, max(spans.sentence[0], m.start - 20), m.start)] if run else []
    at = next((i for i, m in enumerate(run) if m.start == mention.start), -1)
    return levels[at] if len(levels) == len(run) >= 2 and at >= 0 else None


# The first word of a kind of vehicle's name: a value of vehicles keeps its currency in a growth, other goods' not
_VEHICLE_WORDS_OF_KINDS = frozenset(kind.split("_", 1)[0] for kind in (*VEHICLE_KINDS, "nev_passenger_car"))
def _pair_in_part(text: str, mention: Mention, spans: Spans) -> Mention | None:
    if mention.unit != "percent" or not spans.sentence[0] <= mention.start < spans.sentence[1]:
        return None  # (a growth read from another sentence's spans is not paired here)
    cuts = [spans.sentence[0], *(spans.sentence[0] + m.end() for m in re.finditer(
        r",\s+(?:while|whereas)\b|;", text[spans.sentence[0] : spans.sentence[1]])), spans.sentence[1]]
    start = max(c for c in cuts if c <= mention.start)
    end = min(c for c in cuts if c > mention.start)
    if (start, end) == spans.sentence:
        return None  # (a part of its own, not the whole sentence)
    found = [m for m in _figures_in_sentence(text, spans) if start <= m.start < end]
    levels = [m for m in found if m.unit in _LEVEL_UNITS]
    growths = [m for m in found if m.unit == "percent"]
    if len(levels) != 2 or len(growths) != 2 or levels[-1].end > growths[0].start or not LIST_JOIN.fullmatch(
            text, growths[0].end, growths[1].start):
        return None
    return levels[growths.index(mention)] if mention in growths else None


_BASE_ABBREVIATED = r"(?-i:YoY|MoM|QoQ|yoy|mom|qoq)\b|[ym]/[ym]\b"
# ("up 5.2% on the year and 2.8% quarter-over-quarter": the quarter before too)
_GROWTH_BASE_WORDS = re.compile(r"(?i)\s*(?:(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)"
                                rf"|sequentially|from\s+a\s+(?:year|month)|on\s+(?:the\s+)?(?:year|month|quarter)|{_BASE_ABBREVIATED})")
# "up 2% on the month (MoM) and 30% YoY", "rising 31.6 percent year on year and falling 2 percent": one
# series on two bases
_AND_GROWTH = re.compile(r"(?i)\s*(?:year[- ](?:on|over)[- ]year|month[- ](?:on|over)[- ]month|on\s+(?:the\s+)?year"
                         r"|from\s+a\s+year\s+"
                         rf"(?:earlier|ago)|{_BASE_ABBREVIATED})(?:\s*\((?:YoY|MoM|[ym]/[ym])\))?"
                         r"\s*,?\s+(?:and|while|but)\s+(?:(?:[a-z-]+\s+){1,2}(?:by\s+)?)?$")


# "... to climb to 62% in 2027, 71% in 2028, and about 90% by 2030": one series, a value a period
_NEXT_IN_SERIES = re.compile(r"\s+(?:in|by|for)\s+(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August"
                             r"|September|October|November|December)(?:\s+(?:19|20)\d\d)?)\s*,\s*(?:and\s+)?"
                             r"(?:(?:about|around|nearly|almost|over|some|roughly)\s+)?")


# "... is 260 cars per 1,000 people, well below Japan's 620 and the United States' 850": others' values
_OTHERS_IN_SERIES = re.compile(r"(?:\s+(?:cars|vehicles|units)?\s*per\s+[\d,]+\s+[a-z]+)?,?\s+"
                               r"(?:(?:significantly|well|far|just)\s+)?(?:below|above|behind|ahead\s+of|than|versus|and)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*(?:['\u2019]s|s['\u2019])\s+")


def _value_before_in_series(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The value of the same series the sentence states just before, each with its own year or month ("62% in
    2027, 71% in 2028"), in the same unit."""
    before = [m for m in _figures_in_sentence(text, spans) if m.end <= mention.start
              and not re.search(r"(?i)\bper\s+$", text[max(0, m.start - 5) : m.start])]  # (not "per 1,000 people")
    if not before or not (before[-1].unit == mention.unit or {before[-1].unit, mention.unit} == {"vehicles", "count"}):
        return None  # (a count and cars may be one series: "260 cars per 1,000 people, below Japan's 620")
    joined = _NEXT_IN_SERIES.fullmatch(text, before[-1].end, mention.start) or _OTHERS_IN_SERIES.fullmatch(
        text, before[-1].end, mention.start)
    return before[-1] if joined else None


def _growth_before(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The growth the same sentence states just before, joined by "and", of the same series on another base."""
    before = [m for m in _figures_in_sentence(text, spans) if m.end <= mention.start]
    if not before or before[-1].unit != "percent" or _GROWTH_BASE_WORDS.match(text, mention.end) is None:
        return None
    between = text[before[-1].end : mention.start]
    if re.search(r"(?i)\brespectively\b", text[mention.end : spans.sentence[1]]):
        return None  # "up 4 percent and 9.9 percent, respectively": two series
    joined = _AND_GROWTH.fullmatch(between) and not measures_in(text, before[-1].end, mention.start)
    return before[-1] if joined else None


def _level_of_growth(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The level a growth says its series reached, when the sentence states the two together (not growths paired
    with levels in turn: "2.11 million produced and 2.09 million sold, up 28.2 percent and 31.8 percent")."""
    if _PAIRED_GROWTH.match(text, mention.end) or _PAIRED_GROWTH_BEFORE.search(text, spans.sentence[0], mention.start):
        return None
    moved = _figures_in_sentence(text, spans)
    after = [m for m in moved if m.start >= mention.end]
    to_level = _TO_LEVEL.match(text, mention.end)
    if to_level and to_level["participle"] and not mention.direction:
        to_level = None  # ("PHEVs made up 35.1%, reaching 2.42 million units": a share, and the part's level)
    if to_level and after and after[0].unit in _LEVEL_UNITS and after[0].start - to_level.end() < 30:
        return after[0]
    # (not a share in brackets: "came to 40 GWh (22% share), up 90%" is the level's growth)
    before = [m for m in moved if m.end <= mention.start and not (
        m.unit == "percent" and re.search(r"\(\s*$", text[max(0, m.start - 3) : m.start]))]
    between = re.sub(r"^[^()]*\)", "", text[before[-1].end : mention.start]) if before else ""
    up = _UP_AFTER_LEVEL.match(re.sub(r"\s*\([^()]*\)", "", between)) if before else None
    # (not "Their worth was 9.6 billion yuan, an annual gain of 120 percent" with no count told before it, read
    # below as the series')
    value_alone = bool(up and up["qualified"] and before[-1].unit in CURRENCIES and re.search(
        r"(?i)\bvalue\b", text[spans.sentence[0] : mention.start]) and not value_growth(text, mention, spans))
    if before and before[-1].unit in _LEVEL_UNITS and up and not value_alone:
        if len(before) > 1 and _CONVERTED.search(text, before[-2].end, before[-1].start):
            return before[-2]  # "7.35 billion yuan (US$1.02 billion), up 4.2 times": the amount, not its conversion
        return before[-1]
    if before and before[-1].unit in _LEVEL_UNITS and _A_CHANGE_AFTER_LEVEL.match(
            text[before[-1].end : mention.start]) and _CHANGE_NOUN.match(text, mention.end) and not re.search(
            r"(?i)\bby\s+$", text[max(0, before[-1].start - 4) : before[-1].start]):  # (not "cut it by 20,000 yuan")
        return before[-1]  # "4,500 electric cars, plug-in hybrids and fuel cell vehicles, a 21.6 percent jump"
    if before and before[-1].unit in _LEVEL_UNITS and _LEVEL_CORRESPONDS.fullmatch(text, before[-1].end,
                                                                                    mention.start):
        return before[-1]
    growth_told = _THE_GROWTH_IS.search(text, spans.clause[0], mention.start) if all(
        m.unit == "percent" for m in before) else None  # ("..., this is 8.6%; compared to 2023, the growth is 51%")
    if growth_told or not before and (_THIS_CORRESPONDS.search(text, spans.sentence[0], mention.start)
                                      or _THE_TALLY_MOVED.match(text, spans.sentence[0], mention.start)):
        # "... 57.4 GWh of batteries were made in September. Compared with August, this corresponds to a
        # rise of 6.2 per cent": the growth of the level the sentence before states
        levels = [m for m in _numbers_before(text, spans) if m.unit in _LEVEL_UNITS
                  and not _SPAN_OF_TIME.match(text, m.end)]  # (not "in the first 11 months")
        return levels[-1] if levels else None
    return None


# "... made 1.61 million cars. The tally surged 9 percent on the year": the level before, grown
_THE_TALLY_MOVED = re.compile(r"(?i)\s*(?:the|this|that)\s+(?:figure|number|total|tally|count)\s+(?:\w+ly\s+)?"
                              r"(?:rose|grew|surged|jumped|climbed|increased|fell|dropped|declined|decreased|slid)\s+(?:by\s+)?"
                              r"(?:about\s+|around\s+|nearly\s+|some\s+)?$")
# "set against a year before, the growth is a sturdy 44 per cent": a change named by its noun alone
_THE_GROWTH_IS = re.compile(r"(?i)\b(?:the|this|that)\s+(?:growth|increase|rise|decline|drop|fall|gain"
                            r"|jump|decrease)\s+(?:is|was|comes\s+to|came\s+to|stands\s+at|stood\s+at|amounts\s+to"
                            r"|amounted\s+to)\s+(?:an?\s+)?(?:(?:whopping|hefty|modest|mere|remarkable)\s+)?"
                            r"(?:about\s+|around\s+|nearly\s+|some\s+)?$")
_CORRESPONDS_TO_CHANGE = (r"(?:corresponds\s+to|represents|means|marks|amounts\s+to|is|was)\s+(?:an?\s+)?"
                          r"(?:(?:year-on-year|annual|monthly)\s+)?(?:increase|rise|growth|decline|drop|fall|jump|gain"
                          r"|decrease)\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$")
_THIS_CORRESPONDS = re.compile(r"(?i)\b(?:this|that|it)\s+" + _CORRESPONDS_TO_CHANGE)
# "The 44.6 GWh corresponds to a rise of 68 per cent": the change of the level just named
_LEVEL_CORRESPONDS = re.compile(r"(?i)\s*(?:[A-Za-z]+\s+)?" + _CORRESPONDS_TO_CHANGE)


# What a factory ships goes to buyers at home and abroad: shipments, not exports, unless the words say abroad.
# A plant's making in a year, told of what it will do: "the factory will produce more than 81,500 cars per year",
# "annual output at the plant will reach 40,000 EVs when its first stage is done"
_PLANT_A_YEAR = re.compile(r"(?i)\b(?:a|per|each)\s+year\b|\bannually\b|\bannual\s+(?:output|production)\b")
# What a plant or project costs is money invested in it: "the $150mn project", "A second phase, at a cost of $250mn",
# "the plant cost 2 billion yuan to build"
_PROJECT = r"(?:projects?|plants?|factory|factories|phases?|production\s+base|facility|facilities)"
_NOT_ADJECTIVE = r"(?!(?:from|in|at|of|to|for|by|on|with|the|its|their|a|an)\b)"
_PROJECT_AFTER = re.compile(rf"(?i)[ \t]+(?:{_NOT_ADJECTIVE}[a-z-]+\s+){{0,2}}?{_PROJECT}\b"
                            r"(?!['\u2019]s|\s+(?:subsid\w*|loss\w*|revenues?|profits?|sales|funds?|loans?|income|output))")
_PROJECT_COSTING = re.compile(rf"(?i)\b{_PROJECT}\b(?:\s+(?!(?:produc|made|make|sold|sell|built|turn|ship|export)\w*)"
                              rf"[\w'\u2019-]+){{0,2}}?,?\s+(?:which\s+|that\s+)?(?:costing|(?:will\s+)?costs?"
                              r"|worth|at\s+a\s+cost\s+of)\s+"
                              r"(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+|an\s+estimated\s+)?$")
_IN_A_YEAR = re.compile(r"(?i)\b(?:in|for|during)\s+(?:19|20)\d\d\b")
_PLANT_WORDS = re.compile(r"(?i)\b(?:plants?|factory|factories|phases?|production\s+(?:base|lines?)"
                          r"|assembly\s+lines?)\b")
_PLANT_SHIPPED = re.compile(r"(?i)\bship(?:ped|ments?|s)\b")
_TO_ABROAD = re.compile(rf"\bto\s+(?:the\s+)?(?:{ABROAD_NAMES})(?![\w-])")
_ABROAD_WORDS = re.compile(r"(?i)\bexport\w*|\babroad\b|\boverseas\b|\bto\s+(?:Europe|foreign)\b")
# Things a charging network is made of, named bare when the sentence has said whose they are.
_BARE_INFRASTRUCTURE = frozenset({"facilities", "piles", "points", "stations", "posts", "units"})
_CHARGING_FOR = re.compile(r"(?i)\bcharging\s+(?P<thing>piles|posts|points|facilities|stations)\s+for\s+"
                           r"(?P<kind>new[- ]energy\s+vehicles|NEVs|electric\s+vehicles|EVs)\b")
_CHARGING_NETWORK = re.compile(r"(?i)\b(?P<ev>EV\s+|electric\s+vehicle\s+(?:\(EV\)\s+)?)?charging\s+"
                               r"(?:network|infrastructure|system)\b")


def _of_network(text: str, spans: Spans, name: str) -> str:
    """"Its EV charging network grew: ... the total number of facilities stood at": the network's facilities;
    "the number of charging piles for electric vehicles (EVs)": `ev_charging_piles` (for NEVs `nev_...`)."""
    network = _CHARGING_NETWORK.search(text, *spans.sentence) if name in _BARE_INFRASTRUCTURE else None
    if network:
        return f"{'ev_' if network['ev'] else ''}charging_{name}"
    if name == "stations" and any(re.search(r"(?i)\bcharging\s+stations\b", text[a:b]) for a, b in earlier_sentences(
            text, spans.sentence[0], across_paragraphs=True)[:2]):
        return "charging_stations"  # "... 3,667 charging stations. Korvi reported 1,862 stations": those too
    served = _CHARGING_FOR.search(text, *spans.sentence) if name.startswith("charging_") else None
    if served and served["thing"].lower() == name.removeprefix("charging_"):
        return f"{'nev' if re.match(r'(?i)new|NEV', served['kind']) else 'ev'}_{name}"
    return name


# Names that only say how a number is counted, never what: a number read so takes its neighbour's metric.
_BARE_NAMES = frozenset({"count", "units", "percentage_points", "full_percentage_points"})


# What a unit of measure measures when no words name it: a sentence's words first ("a range of", "wide").
_MEASURED_BY_WORDS = (
    (re.compile(r"(?i)\brange\b"), "range"), (re.compile(r"(?i)\b(?:long|length)\b"), "length"),
    (re.compile(r"(?i)\b(?:wide|width|beam)\b"), "width"), (re.compile(r"(?i)\b(?:draft|draught)\b"), "draft"),
    (re.compile(r"(?i)\b(?:high|height|tall)\b"), "height"), (re.compile(r"(?i)\b(?:deep|depth)\b"), "depth"),
    (re.compile(r"(?i)charg(?:ing|ers?)\b"), "charging_capacity"),
    (re.compile(r"(?i)\bcapacity\b"), "capacity"),
    (re.compile(r"(?i)\bbattery\b"), "battery_capacity"),
)
# Capacity added, told before its number: "expanded its capacities by 12 GWh", "capacities for another four GWh"
_CAPACITY_ADDED = re.compile(r"(?i)\b(?:expand|increas|add|rais)\w*\b[^.;]*\bby\s*$|\banother\s*$")
# Makers whose figures in GWh are their batteries'
_BATTERY_MAKERS = frozenset({"CATL", "Gotion", "CALB", "SVOLT", "EVE Energy", "Sunwoda", "LG Energy Solution",
                             "LG Chem", "Panasonic", "BYD", "Samsung SDI", "SK On", "REPT Battero", "Zenergy",
                             "Farasis Energy"})
# Units no count of vehicles or goods is measured in: a name from a verb ("deliver 480 kW") is no quantity of theirs
_NO_SERIES_IN = frozenset({"kilowatts", "kwh", "meters", "kilometers"})
_SERIES_NAMED = re.compile(r"(?:sales|deliveries|exports|imports|production|output|registrations)$")
_MEASURED_BY_UNIT = {"meters": "length", "kilometers": "distance", "kilowatts": "power", "kwh": "energy",
                     "gwh": "energy", "tonnes": "weight"}
_MEASURED_WORDS_FOR = {
    "range": {"kilometers"}, "length": {"meters"}, "width": {"meters"}, "height": {"meters"}, "depth": {"meters"},
    "draft": {"meters"},
    "charging_capacity": {"kilowatts"}, "capacity": {"kilowatts"}, "battery_capacity": {"kwh"},
}  # fmt: skip


_BATTERY_MEASURES = ("installed_capacity", "capacity", "production", "sales", "exports", "shipments")


_JOINT_BATTERIES = re.compile(r"(?i)\bpower(?:\s+batter(?:y|ies))?\s+and\s+(?:energy[- ])?storage\s+batter(?:y|ies)\b")


def _joint_batteries(text: str, spans: Spans) -> str:
    """"power batteries and storage batteries", named together in the number's sentence or, where its own clause
    names no kind ("Output of the batteries came to 80.2 GWh"), in the four sentences before it: both kinds, as
    one figure."""
    if _JOINT_BATTERIES.search(text, *spans.sentence):
        return "power_and_energy_storage_battery"
    if battery_in(text, *spans.clause) or re.search(r"(?i)\bstorage\b", text[slice(*spans.clause)]):
        return ""
    earlier = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:4]
    return "power_and_energy_storage_battery" if any(_JOINT_BATTERIES.search(text, *r) for r in earlier) else ""


_OTHER_BATTERIES = re.compile(r"(?i)\bother\s+batter(?:y|ies)\b")
# Batteries for storing energy (not "storage batteries to power EVs": the vehicles' power batteries)
_STORAGE = re.compile(r"(?i)\bstorage\b(?!\s+batter(?:y|ies)\s+(?:to\s+power|powering|for|used\s+(?:in|to\s+power))"
                      r"\s+(?:new[- ]energy|NEVs?\b|EVs?\b|electric\s+(?:vehicles?|cars?)))")


# "690 GWh of power batteries and 290 GWh of energy storage batteries": each amount's own kind
_OF_BATTERIES = re.compile(r"(?i)\s*(?:GWh|gigawatt[- ]hours?)\s+of\s+(?:(?P<storage>(?:energy[- ])?storage\s+"
                           r"batter(?:y|ies))\b|(?P<other>(?:[\w-]+\s+){0,3}?batter(?:y|ies))\b)")
# "The total splits into ...", "The volume comprised ...": a sentence going on with the whole the one before told
_WHOLE_OPENS = re.compile(r"\s*(?:The|This|That|Its)\s+(?:total\s+)?(?:volume|total|figure|amount)\b")


def _battery_after(text: str, mention: Mention) -> str:
    """The kind of battery named right after an amount of energy ("690 GWh of power batteries"), or ""."""
    found = _OF_BATTERIES.match(text, mention.end)
    if not found:
        return ""
    if found["storage"]:
        return "energy_storage_battery"
    return battery_in(text, found.start("other"), found.end())


def _measure_of_whole(text: str, spans: Spans) -> str:
    """The measure of the whole a sentence opening on "The total" goes on with, told in the sentence before."""
    if not _WHOLE_OPENS.match(text, spans.sentence[0]):
        return ""
    before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    found = [m.lastgroup for start, end in before for m in measures_in(text, start, end)
             if m.lastgroup in _BATTERY_MEASURES]
    return found[0] if found else ""


def _unnamed_battery(text: str, spans: Spans) -> str:
    """The batteries a clause that names no kind counts: for storing energy when it says storage, all of them in a
    story of "power and other batteries", else power batteries."""
    if _STORAGE.search(text, *spans.clause):
        return "energy_storage_battery"
    return "battery" if _OTHER_BATTERIES.search(text) else "power_battery"


def _battery_energy(text: str, mention: Mention, spans: Spans, name: str) -> str:
    """The metric of batteries stated in GWh when the reading named none of a battery's ("battery output was 18.3
    GWh" is no vehicle's production): the battery its clause names and the measure it states, or ""."""
    if "batter" in name:
        return ""
    clause, sentence = text[spans.clause[0] : spans.clause[1]], text[spans.sentence[0] : spans.sentence[1]]
    capacity = re.search(r"(?i)\bcapacit(?:y|ies)\b|\bproduction\s+lines?\b", clause) or (
        re.search(r"(?i)\bproduc\w*|\bcapacit(?:y|ies)\b", clause) and re.search(r"(?i)\bcapacit(?:y|ies)\b", sentence))
    if not re.search(r"(?i)batter", sentence) and not (capacity and re.search(r"(?i)batter|\bcells?\b", text)):
        return ""  # ("a cell maker ... put lines for 8 GWh into service": its batteries')
    kind = (_joint_batteries(text, spans) or battery_in(text, *spans.clause) or battery_in(text, *spans.sentence)
            or _unnamed_battery(text, spans))
    target = "_target" if name.endswith("_target") else ""
    if capacity:  # "expanded its capacities by 12 GWh", "capacities for another four GWh"
        added = _CAPACITY_ADDED.search(text, spans.clause[0], mention.start)
        return f"{'newly_added_' if added else ''}{kind}_capacity{target}"
    for start, end in (spans.clause, spans.sentence):
        found = [m.lastgroup for m in measures_in(text, start, end) if m.lastgroup in _BATTERY_MEASURES]
        if found:
            return f"{kind}_{found[0]}{target}"
    if re.search(r"(?i)\binstall(?:ed|s|ing)?\b", text[spans.clause[0] : mention.start]):
        return f"{kind}_installed_capacity{target}"  # "CATL installed 36.9 GWh of power batteries"
    return ""


_LIST_AFTER = re.compile(r"(?:(?:,\s*|,?\s+and\s+|\s+or\s+)\d+(?:[.,]\d+)*)+")


def _kwh_quantity(text: str, mention: Mention, spans: Spans, by_size: bool = True) -> str:
    """What a number of kWh measures by the words right after it ("12.9 kWh per 100 km", "25 kWh per session",
    "a 20,000 kWh storage system", "a 75 kWh battery") or its size (millions of kWh are energy drawn or
    generated), or ""."""
    listed = _LIST_AFTER.match(text, mention.end)  # "75, 100 and 150 kWh packs": what the list's unit is of
    after = text[listed.end() if listed else mention.end :][:40]
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    unit = r"(?i)[\s-]*(?:kWh|kilowatt[-\s]hours?)?"
    if re.match(unit + r"\s*(?:per|/|every)\s*100\s*(?:km|kilomet)", after):
        return "electricity_consumption_per_100_km"
    if re.match(unit + r"\s*(?:per|/|a|every)\s*(?:km|kilomet(?:er|re))\b", after):
        return "electricity_consumption_per_km"
    if re.match(unit + r"\s*(?:per|a|each)\s+(?:charging\s+)?session", after):
        return "charging_volume_per_session"
    if re.match(unit + r"[\s-]+(?:energy\s+)?storage\b", after):
        return "energy_storage_capacity"
    if re.match(unit + r"[\s-]+(?:\w+\s+){0,2}?(?:battery|batteries|battery\s+packs?|packs?)\b", after):
        return "battery_capacity"
    if by_size and mention.value >= 100_000:
        return ("power_generation" if re.search(r"(?i)\bgenerat", sentence) else "charging_volume"
                if re.search(r"(?i)charg", sentence) else "electricity_consumption")
    return ""


def measured_quantity(text: str, mention: Mention, spans: Spans) -> str:
    """The quantity a number in a unit of measure gives, when no words before it name one: "a range of 520 km" ->
    range, "190 meters long" -> length, "a 75 kWh battery" -> battery_capacity, "120 kilowatts" -> power, "7.5
    million kWh" charged -> charging_volume."""
    clause = text[spans.clause[0] : spans.clause[1]]
    if mention.measured == "kwh" and (named := _kwh_quantity(text, mention, spans)):
        return named  # "6.2 million kWh" charged, "a 75 kWh battery"
    # "9.8 meters deep": its own word first ("182 meters (roughly 597 feet) in length": past the bracket)
    after = re.sub(r"\s*\([^()]*\)", "", text[mention.end : min(mention.end + 60, spans.clause[1])])[:30]
    for words in (after, clause):
        for pattern, name in _MEASURED_BY_WORDS:
            if mention.measured in _MEASURED_WORDS_FOR[name] and pattern.search(words):
                # "The carrier is 190 meters long", "the 219-meter-long ship": a vessel's size
                # ("Zeta's new carrier left the yard ... The Orion Star measures 186 meters in length": the ship the
                # sentences before name)
                vessel = name in (*_DIMENSIONS.values(), "draft") and any(
                    _VESSEL.search(text, *region) for region in (
                        spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]))
                return f"vessel_{name}" if vessel else name
    return _MEASURED_BY_UNIT.get(mention.measured, "")


# An item of a company's accounts as a clause's subject: "Contract liabilities climbed 20% to", "while
# construction-in-progress increased to"
_BOOKED_SUBJECT = re.compile(r"\s*(?:,\s*)?(?:while\s+|whereas\s+|and\s+)?"
                             r"(?!(?i:the|its|their|which|that|this|these|those|it|they|earnings|expenses|shares|prices"
                             r"|stocks|though|although|but|as|yet|so)\b)"
                             r"(?P<things>(?:[A-Z][a-z-]+|[a-z][a-z-]+)"
                             r"(?:\s+[a-z][a-z-]+){0,2})\s+(?:rose|jumped|increased|fell|dropped|declined|grew|climbed"
                             r"|surged|narrowed|widened|more\s+than\s+(?:doubled|tripled))\b")
# A ship's speed or range, named before its number in knots or nautical miles
_SPEED_OR_RANGE = re.compile(r"(?i)\b(?:maximum\s+|max\s+)?"
                             r"(?P<name>(?:(?:design|cruising|service|top)\s+)?(?:speed|range))"
                             r"\s+of\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$")
_VESSEL = re.compile(r"(?i)\b(?:vessels?|ships?|carriers?|freighters?|ro-ro)\b")


def _change_of_money(text: str, mention: Mention, spans: Spans) -> bool:
    """Whether the percentage is the change of the sum just before it in its sentence ("vehicle sales of 9.8 billion
    yuan ($1.4 billion) in the quarter, up 21%")."""
    before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit != "count"]  # ("three months")
    if before and before[-1].unit == "percent" and _AND_A_CHANGE.search(text, before[-1].end, mention.start):
        return _change_of_money(text, before[-1], spans_around(text, before[-1]))
    return bool(before and before[-1].unit in CURRENCIES and _UP_AFTER_MONEY.search(text, spans.clause[0] - 2,
                                                                                    mention.start))


# A count of car models a price war reached: "227 vehicles experiencing price drops", "88 conventional fuel vehicles, 17
# hybrid models ... saw price reductions"
_PRICE_CUT = re.compile(r"(?i)\bprice\s+(?:cuts?|reductions?|drops?|decreases?)\b|\bcut(?:ting|s)?\s+(?:their\s+|its\s+"
                        r"|the\s+)?prices\b|\bprices?\s+(?:were\s+|was\s+)?(?:cut|reduced|lowered|slashed)\b")
_MODELS_COUNTED = re.compile(r"(?i)\s+(?P<kind>(?:[a-z-]+\s+){0,3}?)(?:car\s+|vehicle\s+)?(?:models|vehicles|cars)\b")
_CUT_AFTER = re.compile(r"(?i)\s+(?:experiencing|seeing|facing|getting|with|that\s+(?:saw|had|got))\s+(?:a\s+)?"
                        r"price\s+(?:cuts?|reductions?|drops?)\b")
_FUEL_KIND = re.compile(r"(?i)\b(?:fuel|petrol|gasoline|ICE|combustion)\b")


def _price_cut_models(text: str, mention: Mention, spans: Spans) -> str:
    """`car_models_with_price_cuts`, with the kind the count names before it (bev_, phev_, hybrid_, nev_,
    gasoline_powered_), for a count of models whose prices were cut, in a sentence that counts models; else ""."""
    counted = _MODELS_COUNTED.match(text, mention.end)
    said = text[spans.sentence[0] : spans.sentence[1]]
    if not counted or mention.value >= 5000 or not _PRICE_CUT.search(said) or not (
            re.search(r"(?i)\bmodels\b", said) or _CUT_AFTER.match(text, counted.end())):
        return ""
    if not counted.group().endswith("models") and measures_in(text, spans.clause[0], mention.start):
        return ""  # ("sold 3,000 vehicles after price cuts on two models": cars sold)
    words = counted["kind"]
    kind = ("gasoline_powered" if _FUEL_KIND.search(words) else
            "phev" if re.search(r"(?i)plug-in", words) else "hybrid" if re.search(r"(?i)hybrid", words) else
            what_in(text, counted.start("kind"), counted.end()) if words.strip() else "")
    if words.strip() and kind not in ("gasoline_powered", "phev", "hybrid", "bev", "nev"):
        return ""  # ("price cuts on 19 smart driving models": a line the count names, its own noun)
    return f"{kind}_car_models_with_price_cuts" if kind else "car_models_with_price_cuts"


# A dealers' survey: how many dealers made a profit, broke even, lost money or hit their sales targets ("the share of
# loss-making dealers widened to 48.1%", "for Zeta's dealers, 40.1% are profitable, 21.2% are breaking even")
_DEALER_STATES = (("loss_making", r"loss-making|(?:operating|running|selling)\s+at\s+a\s+loss|(?:losing|lost)\s+money"
                                  r"|in\s+the\s+red|reported\s+(?:a\s+)?loss(?:es)?|(?:made|posted)\s+(?:a\s+)?loss(?:es)?"),
                  ("breaking_even", r"breaking\s+even|break-even|broke\s+even"),
                  ("sales_target_achieving", r"(?:hit|achieved|met|reached|completed)\s+(?:their|its)\s+(?:annual\s+)?"
                                             r"(?:sales\s+)?targets?"),
                  ("profitable", r"profitable|making\s+(?:a\s+)?profits?|in\s+profit|in\s+the\s+black"
                                 r"|(?:made|turned|posted)\s+(?:a\s+)?(?:profits?|money)|(?:managed\s+to\s+)?make\s+money"))
_STATE_WORDS = "|".join(f"(?P<{name}>{words})" for name, words in _DEALER_STATES)
_STATE_BEFORE = re.compile(rf"(?i)\b(?:proportion|share|percentage)\s+(?:of\s+)?(?:(?:automobile|car|auto)\s+)?"
                           rf"(?:dealers\s+)?(?:{_STATE_WORDS})")
# "44.2% are profitable", "49.8 percent of car dealers were losing money", "23.9 percent broke even"
_STATE_AFTER = re.compile(rf"(?i)\s+(?:of\s+(?:them|(?P<who>(?:[\w-]+\s+){{0,4}}?)dealers)\s+)?"
                          rf"(?:(?:are|were|was|is|had)\s+)?(?:{_STATE_WORDS})")
# the dealers a share is of: "for new energy vehicle brand dealers", "For the dealers of independent NEV makers"
_DEALERS_OF = re.compile(r"(?i)\b(?:for|among|of)\s+(?:the\s+)?(?P<who>(?!the\b)(?:[\w-]+\s+){1,4}?)dealers\b"
                         r"|\bdealers\s+of\s+(?P<whose>(?:[\w-]+\s+){0,3}?[\w-]+?)s?\b(?=\s*,)")


def _dealer_state(text: str, mention: Mention, spans: Spans) -> str:
    """A dealers' survey's share of dealers in one state ("the share of loss-making dealers widened to 48.1%" ->
    loss_making_dealer_share_of_dealers; "for independent NEV brand dealers, 42.9% are profitable" ->
    profitable_dealer_share_of_independent_nev_brand_dealers), or "" for another figure."""
    if mention.unit != "percent" or not re.search(r"(?i)\bdealers?\b", text[slice(*spans.sentence)] + " ".join(
            text[a:b] for a, b in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1])):
        return ""
    before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.end <= mention.start]
    start = before[-1].end if before else spans.sentence[0]
    said = [m for m in _STATE_BEFORE.finditer(text, start, mention.start)] or [
        m for m in [_STATE_AFTER.match(text, mention.end)] if m]
    if not said and before and before[-1].unit == "percent" and re.search(
            r"(?i)\bfrom\s+(?:about\s+|around\s+)?$", text[before[-1].end : mention.start]):
        return _dealer_state(text, before[-1], spans)  # "..., up from 40.2 percent a year before": the same share,
        # earlier
    if not said:
        return ""
    state = next(name for name, _ in _DEALER_STATES if said[-1][name])
    who = [m["who"] or m["whose"] for m in _DEALERS_OF.finditer(text, spans.sentence[0], mention.start)
           if not re.search(r"(?i)\b(?:proportion|share|percentage|loss|profit)", m["who"] or m["whose"])]
    who += [said[-1]["who"]] if "who" in said[-1].groupdict() and said[-1]["who"] else []
    words = re.sub(r"\b(?:(?:traditional\s+)?(?:fuel|gasoline|petrol)(?:-powered)?|ice)\s+(?:vehicle|car)\b",
                   "gasoline_powered_vehicle", who[-1].strip().lower() if who else "")
    words = re.sub(r"\b(?:automobile|car|auto)\s*$", "", words)
    words = re.sub(r"\b(?:new\s+energy\s+vehicle|nev)\b", "nev", words)  # (a kind by its name in the figures)
    return f"{state}_dealer_share_of_{snake(words) + '_' if words.strip() else ''}dealers"


# a participle that tells again what the clause before it named: ", delivering 4.3 million units"
_RESTATING_VERB = re.compile(r",\s*(?P<verb>delivering)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|over\s+|nearly\s+)?$")


def _sales_told_again(text: str, start: int, at: int) -> bool:
    """Whether "delivering" at `at`, after a comma, tells again the sales text[start:at] names with no number of
    their own ("posted record sales in 2025, delivering 4.3 million units"; not "sales rose 97 percent, delivering
    588,400 vehicles")."""
    return text[at : at + 10].lower() == "delivering" and bool(re.search(r",\s*$", text[start:at])) and any(
        m.lastgroup == "sales" and not mentions_in(text, m.end(), at) for m in measures_in(text, start, at))
# a story whose figures are insurance registrations, and a registration or sale it may so name
_INSURED = re.compile(r"(?i)\binsurance[\s-]+registrations?\b|\binsured\s+(?:vehicles|cars|units)\b")
_REGISTERED_OR_SOLD = re.compile(r"(?:(?P<kind>vehicle|nev|bev|phev|erev)_)?(?:insurance_)?"
                                 r"(?P<what>registrations|sales)(?:_china)?(?P<change>_(?:wow|yoy|mom)_pct)?")


# a headline on registrations: "China EV registrations in W22: ...", "Weekly NEV registrations"
_REGISTRATIONS_TITLE = re.compile(r"(?i)\bregistrations\b")
_REGISTERED_AS_OF = re.compile(r"(?i)\b(?:as\s+of|as\s+at)\s+(?:[^.;]|\.(?=\d))*\b(?:were|was|are|is)\s+registered\b")
# the verbs of a goal or a guidance moved: "lowered its full-year sales target by 12%", "cut its guidance ... by"
_MOVED_GOAL = (r"(?:cut|cuts|reduced?|reduces|lower(?:ed|s)?|rais(?:ed|es)|trimm?(?:ed|s)?|slash(?:ed|es)?"
               r"|revis(?:ed|es))")
# ("260 cars for each 1,000 people" written "per")
_PER_PEOPLE = re.compile(r"(?i)\s+(?:cars|vehicles|autos|EVs|NEVs|units)?\s*per\s+(?P<people>\d[\d,]*)\s+"
                         r"(?:people|residents|inhabitants|persons)\b")


def read_metric(text: str, mention: Mention, spans: Spans, status: str, entity: str = "", period: str = "",
                known: dict[str, str] | None = None, _neighbour: bool = True) -> tuple[str, str]:
    """A metric name in the figures' naming, and the unit it implies; see _metric_of. A growth named after the
    unit of the level before it ("6.1 million kilowatt-hours ..., a 35 percent increase") takes that level's
    name."""
    prior = prior_of(text, mention, spans)
    if prior:  # "car sales +4% m/m (prior -2.5%)": what the reading before measured
        return read_metric(text, prior, spans, status, entity, period, known, _neighbour)
    # (not "CNY16,000 and CNY12,000 (USD2,190 and USD1,640)": sums converted in turn)
    origin = converted_from(text, mention, spans) if re.match(r"\s*\)", text[mention.end :]) else None
    named = read_metric(text, origin, spans, status, entity, period, known, _neighbour)[0] if origin else ""
    if origin and named.endswith(f"_{origin.unit}"):
        # "to 8.7 billion yuan ($1.21 billion) thanks to more cars sold": a sum converted is the sum's, in its own
        # currency (not what the words after it name)
        return f"{named.removesuffix(origin.unit)}{mention.unit}", mention.unit
    of_which = _kind_of_which(text, mention, spans, status, entity, period, known or {})
    if of_which:  # "of which 1.28 million, or 21.8 percent, were NEVs": the kind's part of the level before
        return of_which, mention.unit
    change = _BASE_AFTER_CHANGE.search(text, max(spans.clause[0], mention.start - 60), mention.start) if (
        _neighbour and mention.measured) else None
    levels_changed = [m for m in mentions_in(text, spans.sentence[0], change.start())
                      if m.measured == mention.measured] if change else []
    if levels_changed:
        # "Gotion installed 3.2 GWh, up 21.5 percent from 2.6 GWh": the level's own series, its base
        level_changed = levels_changed[-1]
        return read_metric(text, level_changed, spans_around(text, level_changed), status, entity, period, known,
                           False)
    name, unit = _metric_of(text, mention, spans, status, entity, period, known, _neighbour)
    if re.search(r"_registrations(?=_|$)", name) and _REGISTERED_AS_OF.search(text, *spans.sentence):
        # "As of June 1, some 212,400 Chinese-brand cars were registered in Kazakhstan": cars on the
        # road on that day, not the plates issued in a period
        name = re.sub(r"_registrations(?=_|$)", "_ownership", name, count=1)
    goal = mentions_in(text, mention.end, spans.sentence[1])[:1] if mention.unit == "percent" and (
        OF_GOAL_AFTER.match(text, mention.end)) else []
    goal_name = read_metric(text, goal[0], spans, "target", entity, period, known, False)[0] if goal else ""
    if goal_name.endswith("_target"):
        # "about 80.3% of a 350,000-car goal for the year": how much of the goal is done
        return f"{goal_name}_completion_pct", mention.unit
    per_people = _PER_PEOPLE.match(text, mention.end) if name.endswith("_ownership") else None
    if per_people:  # "car ownership is 260 cars per 1,000 people": a rate of people
        return f"{name}_per_{per_people['people'].replace(',', '')}_people", "count"
    moved_to = rate_moved_to(text, mention) if name else None
    earlier = read_metric(text, moved_to, spans_around(text, moved_to), status, entity, period, known,
                          _neighbour) if moved_to else ("", "")
    if earlier[0]:  # "Zeta's share slid to 8.2% from 9.0% in 2024": the rate it moved from, of one series
        return earlier
    worth = re.fullmatch(r"(?P<series>\w+_(?:exports|imports))_(?P<change>(?:yoy|mom|qoq)_pct)", name) if (
        unit == "percent" and _RISE_TO_MONEY.match(text, mention.end)) else None
    money = next((m.unit for m in mentions_in(text, mention.end, spans.clause[1]) if m.unit in CURRENCIES),
                 "") if worth else ""
    if worth and money:  # "What those exports were worth rose 27.6% to $6 billion": the value's change, not the count's
        return f"{worth['series']}_{money}_{worth['change']}", unit
    battery = battery_in(text, mention.end, mention.end + 40) if re.fullmatch(r"[a-z_]*batter(?:y|ies)", name) else ""
    verb = re.search(r"(?i)\b(?P<verb>exported|imported|shipped\s+abroad)\s+(?:about\s+|nearly\s+|some\s+|over\s+"
                     r"|more\s+than\s+|around\s+)?$", text[spans.clause[0] : mention.start]) if battery else None
    if verb:  # "China exported 380 million lithium-ion batteries": the batteries' exports
        return f"{battery}_{'imports' if verb['verb'].lower() == 'imported' else 'exports'}", unit
    target_cut = re.fullmatch(r"(?P<series>\w+_target)_yoy_pct", name) if unit == "percent" and re.search(
        rf"(?i)\b{_MOVED_GOAL}\b[^.;]*\bby\s+$", text[spans.sentence[0] : mention.start]) else None
    if target_cut:  # "has lowered its full-year sales target by 12% to 4.8 million cars": the target's change
        return f"{target_cut['series']}_change_pct", unit
    guidance_cut = re.fullmatch(r"(?P<series>\w+)_yoy_pct", name) if unit == "percent" and re.search(
        rf"(?i)\b{_MOVED_GOAL}\s+(?:its|their|the)\s+(?:[\w-]+\s+)?guidance\b[^.;]*\bby\s+"
        r"(?:about\s+|around\s+|some\s+|nearly\s+)?$", text[spans.sentence[0] : mention.start]) else None
    if guidance_cut:  # "lowered its guidance for second-quarter deliveries by about 18 percent": the guidance's change
        return f"{guidance_cut['series']}_guidance_change_pct", unit
    of_money = re.fullmatch(r"(?:[a-z]+_)*?(?:net_profit|net_loss|revenue|gross_profit|operating_profit)"
                            r"_(?P<scope>national|global)_share_pct", name)
    if of_money and re.search(r"(?i)\bmarket\s+share\b", text[spans.sentence[0] : mention.start]):
        # "BYD's domestic market share slipped to 15%", after a sentence on its profit: a share of the cars sold
        name = f"vehicle_sales_{of_money['scope']}_share_pct"
    if name.endswith("_share_of_power_battery_sales") and re.search(r"(?i)\binstall(?:ed|ations?)\b", text[
            spans.sentence[0] : mention.start]) and not re.search(r"(?i)\bsales\b", text[slice(*spans.sentence)]):
        # "the LFP batteries' installed base reached 42.0 GWh, 80.6 percent of the total": of the installations
        name = name.removesuffix("sales") + "installed_capacity"
    participle = _RESTATING_VERB.search(text, spans.sentence[0], mention.start)
    restated = re.fullmatch(r"(?P<kind>[a-z_]*?)deliveries(?P<rest>_\w+)?", name) if participle and (
        _sales_told_again(text, spans.sentence[0], participle.start("verb"))) else None
    if restated:  # "posted record sales in 2025, delivering 4.3 million units": the sales the clause before named
        return f"{restated['kind']}sales{restated['rest'] or ''}", unit
    summed = re.fullmatch(r"cumulative_(?P<rest>(?:revenue|net_profit|net_loss|gross_profit|operating_profit)\w*)",
                          name)
    if summed:  # "Cumulative revenue reached 281.1 billion yuan" in a results story: the months' revenue, summed
        return summed["rest"], unit
    state = _dealer_state(text, mention, spans)
    if state:
        return state, unit
    insured = _REGISTERED_OR_SOLD.fullmatch(name) if _INSURED.search(text) else None
    days = day_range(period)
    if insured and (insured["what"] == "registrations" or insured["change"] == "_wow_pct" or (
            days and (days[1] - days[0]).days < 7)):
        # in a story of weekly insurance registrations ("BYD led with 75,800 insurance registrations ... Zeta's
        # sales were 3% down on the week"), a week's sales and every registration are insurance registrations; of
        # the kind the headline counts ("China EV registrations ...") where the sentence names only vehicles
        kind = insured["kind"] if insured["kind"] not in (None, "vehicle") else _story_kind(text, spans) or "vehicle"
        # (a model's: "The Zeta Z5 had 3,100 insurance registrations last week" -> z5_insurance_registrations; the
        # namesake brand's: "the NIO main brand had 2,410" -> nio_brand_insurance_registrations)
        brand = _namesake_brand(_NAMESAKE.search(text, spans.sentence[0], mention.start), entity)
        whose = model_named(text, mention, spans) or (f"{brand}_brand" if brand else "") or kind
        return f"{whose}_insurance_registrations{insured['change'] or ''}", unit
    registered = _REGISTERED_OR_SOLD.fullmatch(name) if (
        _REGISTRATIONS_TITLE.search(text, *_headline_and_lead(text)[0])) else None
    if registered and (registered["change"] == "_wow_pct" or (days and (days[1] - days[0]).days < 7)):
        # a story of a week's registrations that names no insurance ("China EV registrations in W22: ...",
        # "Zeta's weekly sales fell about 6%"): a week's sales and registrations are registrations, of the
        # kind the headline counts where the sentence names only vehicles
        kind = (registered["kind"] if registered["kind"] not in (None, "vehicle")
                else _story_kind(text, spans) or "vehicle")
        return f"{kind}_registrations{registered['change'] or ''}", unit
    if entity in PLACE_SET and entity != "China" and "_overseas_sales" in name and _SOLD_ABROAD.search(
            text, *spans.sentence):
        # "Northvale sold some 40,000 cars abroad": a city's cars sold abroad are its
        # exports (it builds none abroad)
        name = name.replace("_overseas_sales", "_exports")
    spec = _SPEED_OR_RANGE.search(text, max(spans.clause[0], mention.start - 50), mention.start) if name in (
        "knots", "nautical_miles", "miles") else None
    if spec:  # "a design speed of 17 knots", "its top cruising range of 12,000 nautical miles": what it measures
        return snake(spec["name"].lower()), unit
    held = _BOOKED_SUBJECT.match(text, spans.clause[0]) if unit in (*CURRENCIES, "percent") else None
    if held and not measures_in(text, *spans.clause) and any(
            m.unit in CURRENCIES for m in mentions_in(text, *spans.clause)) and (
            unit != "percent" or mention.direction) and not what_in(text, held.start("things"), held.end("things")):
        # "Inventories grew 28.6% to 64.3 billion yuan", "construction-in-progress increased to 29.9 billion
        # yuan": an item of the accounts, named by the clause's subject, not the measure the sentences before named
        thing = snake(held["things"].lower().replace("-", " "))
        changed = f"{thing}_{_growth_base(text, mention, spans, period)}_pct" if unit == "percent" else ""
        return changed or f"{thing}_{unit}", unit
    if name == "stations":  # ("Korvi reported 1,862 stations" after a sentence of charging stations)
        name = _of_network(text, spans, name)
    sector = None
    if re.match(r"(?:industrial|nev|vehicle)_output_value(?:_|$)|output_value(?:_|$)", name):
        # (in the sentence, or, for "the sector" or "The figure", the nearest of the three sentences before it)
        back = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3] if re.search(
            r"\bthe\s+(?:sector|industry)\b(?!\s+of)|\b[Tt]he\s+figure\b", text[slice(*spans.sentence)]) else []
        # (the sector named last before the number: "..., and the car sector alone added 12 billion yuan")
        own = list(_SECTOR.finditer(text, spans.sentence[0], mention.start))
        regions = [] if own and what_in(text, own[-1].start("words"), own[-1].end("words")) in VEHICLE_KINDS else [
            spans.sentence, *back]
        sector = next((found for region in regions for found in _SECTOR.finditer(text, *region)
                       if what_in(text, found.start("words"), found.end("words")) not in VEHICLE_KINDS
                       and not _NOT_A_SECTOR.search(found["words"])), None)
    if sector:
        # "the industrial output of Northvale's hydrogen and fuel cell sector": that sector's output value
        words = snake(re.sub(r"(?i)\bmaterials\b", "material", sector["words"]))
        words += "_industry" if sector["many"] else ""
        name = re.sub(r"^(?:(?:industrial|nev|vehicle)_)?output_value", f"{words}_output_value", name)
    if mention.unit == "square_meters" and (name == "exhibition_space_area" or (
            name == "auto_exhibition_area" and entity.startswith("Auto "))):
        # "a vast exhibition area of 220,000 square meters" at an auto show, "of exhibition space": the show's whole
        # area (an expo's auto section keeps its name: `auto_exhibition_area` at the CIIE)
        name = "exhibition_area"
    elif mention.unit == "square_meters" and is_event(entity):
        # "64,500 square meters of indoor space, with a further 12,400 square meters of outdoor space":
        # its indoor_exhibition_area and outdoor_exhibition_area
        name = re.sub(r"^(?P<part>[a-z]+)_(?:exhibition_)?space(?:_and)?_area$", r"\g<part>_exhibition_area", name)
    shown = re.fullmatch(r"(?:new_|car_|vehicle_|all_new_)?(?:models|vehicles|new_vehicles|cars)", name) or (
        name == "vehicle_sales" and is_event(entity) and not measures_in(text, *spans.clause))
    if shown and _PREMIERE.search(text, spans.clause[0], spans.clause[1]):
        name = "world_premieres"  # "the global premieres of 64 models", "90 new cars making their debuts"
    name = re.sub(r"(^|_)global_premieres$", r"\1world_premieres", name)  # "117 global premieres": the same count
    unit = "count" if name == "world_premieres" else unit  # ("96 new cars having their debut": models)
    if name == "visitors" and _VISITORS_A_DAY.match(text, mention.end):
        name = "visitors_daily_average"  # "drew over 90,000 visitors daily on average", "every day"
    if name == "vehicles_target" and _is_company(entity):
        name = "vehicle_sales_target"  # "trimmed its annual target of 4.8 million vehicles": a carmaker's, for sales
    result = re.match(r"(?P<net>net_profit|net_loss)(?:_|$)|(?:operating_profit|operating_loss)(?:_|$)", name)
    # (a result's words are looked for only where the metric is a result)
    non_gaap = _NON_GAAP.search(text, spans.sentence[0], mention.start) if result and result["net"] else None
    adjusted = _ADJUSTED.search(text, spans.sentence[0], mention.start) if result else None
    if non_gaap and not (adjusted and adjusted.start() < non_gaap.start()):
        # "On a non-GAAP basis, its net loss was 1.53 billion yuan" (the word said first names it: "adjusted net
        # loss (non-GAAP)" is adjusted, "non-GAAP adjusted net loss" non-GAAP)
        name = f"non_gaap_{name}"
    elif result and result["net"] and _RECURRING.search(text, spans.sentence[0], mention.start):
        name = f"recurring_{name}"  # "After excluding non-recurring items, its net income was ..."
    elif adjusted:
        name = f"adjusted_{name}"  # "Adjusted net income decreased 2.3% to $204.9 million"
    per_vehicle = re.fullmatch(r"(?P<average>average_)?(?:vehicle_)?(?P<what>revenue|(?:net|gross)_profit|net_loss)"
                               r"(?P<currency>_[a-z]{3})", name)
    if per_vehicle and _PER_VEHICLE.search(text, *spans.clause):
        # "its average revenue per vehicle climbing from 71,000 yuan", "per-vehicle revenue of RMB 281,000 and
        # gross profit of RMB 12,500": what one vehicle brings
        average = "average_" if per_vehicle["average"] or _AVERAGE_PER.search(text, *spans.clause) else ""
        name = f"{average}{per_vehicle['what']}_per_vehicle{per_vehicle['currency']}"
    earned = re.fullmatch(r"(?P<what>(?:[a-z]+_)*(?:net_profit|net_loss|earnings|net_income))"
                          r"(?P<currency>_[a-z]{3})", name)
    said_before = _PER_SHARE.search(text, max(spans.clause[0], mention.start - 40), mention.start)
    held = _PER_SHARE.match(text, mention.end) or (
        said_before if said_before and not mentions_in(text, said_before.end(), mention.start) else None)
    if earned and held:
        # "a loss of $300 million, or $0.14 per ADS", "its loss per ADS, adjusted, was $0.11": what one
        # share earns or loses
        held_as = "ads" if re.search(r"(?i)\bADS|depositary", held.group()) else "share"
        name = f"{earned['what']}_per_{held_as}{earned['currency']}"
    if name.startswith("power_battery_") and _joint_batteries(text, spans):
        name = "power_and_energy_storage_battery_" + name.removeprefix("power_battery_")  # "... of the batteries"
    bare_units = re.fullmatch(r"(?P<new>newly_added_|new_)?units(?P<rest>_.+)?", name)
    things = _units_named_before(text, spans) if bare_units else ""
    if bare_units and things:  # "11 million EV charging units ... 350,000 new units added": those units
        name = f"{'newly_added_' if bare_units['new'] else ''}{things}{bare_units['rest'] or ''}"
    if name.startswith("newly_added_") and _TOTAL_TO.search(text, max(spans.sentence[0], mention.start - 60),
                                                            mention.start):
        name = name.removeprefix("newly_added_")  # "..., bringing the total count to 11.3 million": all of them
    base_of = _LEVEL_FROM.search(text, max(spans.sentence[0], mention.start - 20), mention.start) if (
        mention.unit in ("vehicles", "count", "percent") and _neighbour) else None
    levels = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == mention.unit
              and not is_year_number(m.text)] if base_of else []
    if levels:  # "delivered 3,600 of its Zeta ONE SUVs in October, up from 3,410 in September": the same series
        named = read_metric(text, levels[-1], spans_around(text, levels[-1]), status, entity, period, known, False)[0]
        if mention.unit == "percent" and not re.search(r"_share_of_|_margin_pct$", named):
            named = ""  # "Exports were 15 percent of its sales, up from 9 percent": a share's base; a growth's is not
        name = named if named and named not in _BARE_NAMES else name
    before = earlier_sentences(text, spans.sentence[0], across_paragraphs=False)[:1] if name.startswith(
        "transaction_volume") and not re.search(  # (not a sentence on new cars, a show's or another's deals)
        r"(?i)\bnew\s+(?:cars?|vehicles?)\b|\b(?:expo|show|fair|exhibition)['\u2019]s\b|\bcars?\b|\bvehicles?\b",
        text[slice(*spans.sentence)]) else []
    if name.startswith("transaction_volume") and any(re.search(
            r"(?i)\bused[- ](?:cars?|vehicles?)\b|\bsecond[- ]hand\b", text[start:end])
            for start, end in [spans.sentence, *before]):
        # used cars' transaction value, in the sentence or the one before it ("... second-hand cars were traded.
        # The total transaction value topped ..."): their sales
        name = name.replace("transaction_volume", "used_vehicle_sales", 1)
    of_global_total = _OF_GLOBAL_TOTAL.match(text, mention.end) if mention.unit == "percent" and _neighbour else None
    counted = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit in ("count", "vehicles")
               and not is_year_number(m.text)] if of_global_total else []
    if counted:  # "over 230 hydrogen fuelling stations, some 37.5 percent of the global total"
        named = read_metric(text, counted[-1], spans, status, entity, period, known, False)[0]
        name = f"{named}_global_share_pct" if named and named not in _BARE_NAMES else name
    if re.match(r"margin_", name):  # "gross profit of 5 billion yuan, a margin of 20 percent": that profit's margin
        profits = list(re.finditer(r"(?i)\b(gross|net|operating)\s+(?:profit|income)",
                                   text[spans.sentence[0] : mention.start]))
        name = f"{profits[-1][1].lower()}_{name}" if profits else ""  # (the profit named last before it)
    name = re.sub(r"^(?:[a-z]+_)*?capacity_utilization(?:_(?:yoy|mom)_pct)?$", "capacity_utilization", name)
    # ("sales margins slipped to 4.1%"; a company's "profit margins" are its net margin)
    name = re.sub(r"^sales_margin", "net_margin" if _is_company(entity) and entity not in PLACE_SET and re.search(
        r"(?i)\bprofit\s+margins?\b", text[spans.sentence[0] : mention.start]) else "vehicle_sales_margin", name)
    rates = r"(?:vehicle|gross|net|operating)_margin|vehicle_sales_margin|capacity_utilization"
    margin = re.fullmatch(rf"(?P<margin>{rates})(?:_(?:yoy|mom)_pct)?", name)
    moved = re.search(rf"(?:^|_)(?P<margin>{rates})(?:_|$)", name) if (
        mention.unit == "percentage_points") else None
    if moved:  # "Its gross margin rose 2.3 percentage points from a year earlier": the rate's change
        name = f"{moved['margin']}_pct_{_growth_base(text, mention, spans, period)}_pp"
    elif margin and mention.unit == "percent" and mention.direction and name != margin["margin"] and not re.search(
            r"(?i)\bto\s+(?:a\s+[\w-]+\s+of\s+)?(?:about\s+|around\s+)?$", text[spans.clause[0] : mention.start]):
        name = f"{margin['margin']}_pct_{name.rsplit('_', 2)[-2]}_pct"  # "profit margins falling 13.8%": its change
    elif margin and mention.unit == "percent":
        name = f"{margin['margin']}_pct"  # "Vehicle margin was 14.2%": a rate, its level (a change is in points)
    opener = re.match(r"[A-Z][a-z]+(?:\s+[a-z]+)?,\s*", text[spans.sentence[0] : mention.start])  # ("Meanwhile, ")
    if name in ("gross_margin_pct", "net_margin_pct", "operating_margin_pct") and (line := segment_revenue(
            text, spans.sentence[0] + (opener.end() if opener else 0), mention.start)):
        # "revenue from storage units slipped 3% ... and their gross margin was 19%": that line's
        name = f"{line}_{name}"
    elif re.match(r"(?:vehicle|gross|net|operating)_margin_", name) and mention.unit not in (
            "percent", "percentage_points"):
        name = ""  # a margin is a rate: an amount after one ("cash of $4.1 billion on hand") is something else
    if name in ("ro_ro_vehicles", "roro_vehicles") and is_facility(entity) and not is_plant(entity):
        name = "vehicle_throughput"  # "the port has completed 812,000 Ro-Ro vehicles": the vehicles it handled
    kind = (_SUBSIDY_KIND.search(text, *spans.clause) or _SUBSIDY_KIND.search(text, *spans.sentence)) if re.fullmatch(
        r"subsidy(?:_[a-z]{3})?", name) else None  # ("the scrapping subsidy is 12 percent ..., capped at RMB 20,000")
    if kind:  # "a trade-in subsidy of 20,000 yuan", "5,000 yuan in subsidies ... for charging costs"
        words = "trade-in" if kind["trading"] else next(w for w in kind.groups() if w)
        name = f"{words.lower().replace('-', '_').replace(' ', '_')}_{name}"
    elif re.fullmatch(r"subsidy(?:_[a-z]{3})?", name) and _CAPPED_AT.search(text, spans.clause[0], mention.start):
        # "For petrol cars, the grant is 9% of the price, up to 14,000 yuan": the scheme the
        # sentences before name
        name = f"{_scheme_of(text, spans)}{name}"
    elif re.fullmatch(r"subsidy(?:_[a-z]{3})?", name) and _SUBSIDY_OF_BEFORE.search(text, spans.clause[0],
                                                                                    mention.start):
        # "Northvale Widens Its Car Trade-In Scheme ... Buyers ... are to receive a one-off subsidy of CNY14,000": the
        # scheme its story is about
        name = f"{_scheme_of(text, spans) or _story_scheme(text)}{name}"
    if re.fullmatch(r"(?:scrapping_|trade_in_)?subsidy(?:_[a-z]{3})?", name):
        name = f"{_bought_with(text, spans, mention.start)}{name}"
    prefix = next((w for w in _UNIT_WORDS if name.startswith(f"{w}_")), "") if (
        mention.unit in ("percent", "times") and _neighbour) else ""
    level = next((m for m in reversed(mentions_in(text, spans.sentence[0], mention.start)) if m.measured),
                 None) if prefix else None
    if level:
        named, _ = read_metric(text, level, spans_around(text, level), status, entity, period, known, False)
        if named and named not in _BARE_NAMES and named not in _UNIT_WORDS:
            name = named + name[len(prefix) :]
    in_turn = _level_in_turn(text, mention, spans) if mention.unit == "times" and _neighbour else None
    if in_turn and in_turn.unit in ("count", "vehicles"):
        # "produced 198,000 NEVs and sold 205,000 units, rising 2.1 times and 2.3 times respectively": each its own
        named = read_metric(text, in_turn, spans_around(text, in_turn), status, entity, period, known, False)[0]
        if named and named not in _BARE_NAMES and named not in _UNIT_WORDS and not _GROWTH_SUFFIX.search(named):
            name = f"{named}_{_growth_base(text, mention, spans, period)}_times"
    if not name and mention.unit == "percent" and _neighbour and (mention.direction and _CHANGE_OF.search(
            text, max(spans.clause[0], mention.start - 40), mention.start) or _CHANGE_AFTER_NUMBER.match(
            text, mention.end) or re.match(r"\s*(?:up|down)\b", text[mention.end : mention.end + 6]) or re.search(
            r"(?i)\bgrowth\s+rate\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$",
            text[max(spans.clause[0], mention.start - 40) : mention.start])):  # ("at a growth rate of 36%")
        # ("812,000 Ro-Ro vehicles, 22.5% up on the year")
        # "the city's charger count had topped 4.6 million, marking a rise of 38.2 percent":
        # the change of the level its sentence states before it
        levels = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit in ("count", "vehicles")
                  and not is_year_number(m.text)]
        named = read_metric(text, levels[-1], spans_around(text, levels[-1]), status, entity, period, known,
                            False)[0] if levels else ""
        if named and named not in _BARE_NAMES and named not in _UNIT_WORDS:
            name = f"{named}_{_growth_base(text, mention, spans, period)}_pct"
    change_of = re.fullmatch(r"(?P<series>.+)_(?P<base>yoy|mom)_pct", name) if (
        mention.unit == "percent" and _neighbour and "_average_" not in name
        and not measures_in(text, mention.end, spans.clause[1])) else None  # (not "a 9.7% growth in sales")
    # (or in the sentence before, when this one states no level: "... came back to 47,000 units. The
    # decline on the year eased to 9%, ...")
    level_spans = [(spans.sentence[0], mention.start), *earlier_sentences(text, spans.sentence[0])[:1]]
    averaged = next(([m] for start, end in level_spans for m in reversed(mentions_in(text, start, end))
                     if m.unit in ("count", "vehicles") and not is_year_number(m.text)), []) if change_of else []
    if averaged and change_of:  # "daily sales climbed to 47,000, trimming the annual fall to 9%": its change
        named = read_metric(text, averaged[0], spans_around(text, averaged[0]), status, entity, period, known,
                            False)[0]
        if re.fullmatch(rf"{re.escape(change_of['series'])}_(?:daily|weekly|monthly)_average", named):
            name = f"{named}_{change_of['base']}_pct"
    if (mention.unit in ("percent", "percentage_points") and "installed_capacity" in name and "_global_" not in name
            and _is_company(entity) and entity not in PLACE_SET
            and (_COMPANY_SHARE.search(text, *spans.clause) or (
                _COMPANY_SHARE.search(text, spans.sentence[0], spans.sentence[1])
                # (not "installation volume grew 39% ..., though its market share dipped": a growth of its own)
                and not _GREW_BY.search(text, spans.clause[0], mention.start)
                and not _CHANGE_AFTER_NUMBER.match(text, mention.end)))):  # (nor "a 14% rise on the year")
        # "CATL's installations ... placing it first with a share of 43.45 percent, 1.12 percentage points below
        # February's": its share of the country's installations, and how far that moved
        # (a share of the world's, when the sentence or the two before it say so: "a 38.1% global market share ...
        # LGES's share fell to 9.3%")
        worldwide = any(re.search(r"(?i)\b(?:global(?:ly)?|worldwide|world['\u2019]s)\b", text[a:b]) for a, b in
                        [spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]])
        # ("with shares of 70.9 percent in ternary batteries": of the kind the sentence names)
        kind = re.match(r"(?:ternary|lithium_iron_phosphate|sodium_ion)_battery(?=_)", name)
        name = f"{kind[0] if kind else 'power_battery'}_installed_capacity_{'global' if worldwide else 'national'}" + (
            "_share_pct") + (
            f"_{_growth_base(text, mention, spans, period)}_pp" if mention.unit == "percentage_points" else "")
    grown = [m for m in mentions_in(text, spans.clause[0], mention.start) if m.unit == "percent"] if (
        not name and mention.unit in CURRENCIES and _neighbour) else []
    if grown and _GREW_TO.fullmatch(text, grown[-1].end, mention.start):
        # "grew 7 percent on a year earlier to reach a scale of 88.4 billion yuan": the level of the series
        # the growth before it names
        named = read_metric(text, grown[-1], spans, status, entity, period, known, False)[0]
        series = re.sub(r"_(?:yoy|mom)_pct$", "", named) if re.search(r"_(?:yoy|mom)_pct$", named) else ""
        name = f"{series}_{mention.unit}" if series else name
    market = _MARKET_SERIES.fullmatch(name) if entity == "China" else None
    # ("the country's automobile output and sales, 30 million and 29 million": all vehicles)
    if (market and _passenger_car_data(text) and not _OTHER_SOURCE.search(text, spans.sentence[0], spans.sentence[1])
            and not _AUTOMOBILES_SAID.search(text, spans.sentence[0], mention.start)):
        # "Car output rose 9 percent ..., the China Passenger Car Association said": the association counts
        # passenger cars, so the market's figures are theirs
        name = f"{market['kind'] or ''}passenger_car_{market['rest']}"
    elif (entity == "China" and (share := _KIND_SHARE.fullmatch(name)) and _passenger_car_data(text)
          and not _OTHER_SOURCE.search(text, spans.sentence[0], spans.sentence[1])
          # (not "..., a report presented at a Kestrel forum says, according to a think tank": another's)
          and not _ANOTHER_REPORT.search(text, spans.sentence[0], spans.sentence[1])
          and not _AUTOMOBILES_SAID.search(text, spans.sentence[0], mention.start)):
        # "wholesale NEV penetration came to 41.8 percent", "a penetration rate of 47.6%", in a story of the
        # passenger car association's figures: of its passenger cars, retail ones unless it says wholesale
        said = text[spans.sentence[0] : spans.sentence[1]]
        retail = not _WHOLESALE.search(said) and (
            PENETRATION.search(said) or re.search(r"(?i)\bretail\b", said))
        name = f"{share['kind']}_share_of_passenger_car_{'retail_sales' if retail else 'sales'}{share['pp'] or ''}"
    elif (_neighbour and (carried := _carried_series(name, entity)) and not _CLASS_SAID.search(text, *spans.sentence)
          and any(_PASSENGER_SAID.search(text, *r) for r in earlier_sentences(text, spans.sentence[0])[:1])):
        # "Shipments abroad of passenger vehicles came to 476,000 units in January. NEV exports reached 186,000": the
        # paragraph's class of vehicles, carried to the kind the next sentence counts, in China or a place of it
        # ("Kestrel sold 118,300 passenger vehicles. Its NEV sales climbed 21.4%, taking penetration to 51.9%": of
        # passenger cars too)
        name = carried
    item = ranked_name(text, mention.start, spans.sentence) if mention.unit == "percent" and _neighbour else None
    rated = [m for m in mentions_in(text, spans.sentence[0], item[0]) if m.unit == "percent"
             and not re.search(r"\(\s*$", text[max(0, m.start - 3) : m.start])][-1:] if item else []
    if rated:  # "the rate was 47% here, above Germany (28%)": each place's rate
        named = read_metric(text, rated[0], spans_around(text, rated[0]), status, entity, period, known, False)[0]
        name = named or name
    shares_before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"] if (
        mention.unit == "percent" and _neighbour) else []
    if shares_before and _NEXT_HOLDER.search(text[shares_before[-1].end : mention.start]):
        # "Zeta led with a 30% share, followed by Orion at 8%": the next
        # holder's share of the same market (the first holder's, down a list: "..., then Vela at 5%")
        chain = [mention]
        for listed in reversed(shares_before):
            if not _NEXT_HOLDER.search(text[listed.end : chain[-1].start]):
                break
            chain.append(listed)
        named = read_metric(text, chain[-1], spans_around(text, chain[-1]), status, entity, period, known, False)[0]
        name = named if re.search(r"_share_pct$|_share_of_", named) else name
        between = text[shares_before[-1].end : mention.start]
        if named.startswith("chinese_brand_share_of_") and any(
                re.search(rf"\b{re.escape(company)}\b", between) for company in known_company_names()):
            # "giving Chinese brands a 5.2 per cent share, ahead of Ford at 3.8%": the carmaker's own share there
            held_in = story_market(text) or _place_nearest(text, spans, mention.start)
            name = f"vehicle_sales_{snake(held_in)}_share_pct" if held_in else name
    if shares_before and mention.unit == "percent" and not mention.direction and (_RATE_SET_AGAINST.search(
            text, shares_before[-1].end, mention.start) or _rate_listed(text, mention, spans, shares_before[-1])):
        # "in June the NEV penetration rate stood at 51 percent, above the 44 percent of a year ago and the
        # 47.3 percent in April", "reached 41.2 percent in October and 40.1 percent in November": the same rate,
        # of another period
        head = next((m for m in shares_before if not _RATE_SET_AGAINST.search(
            text, max(spans.sentence[0], m.start - 60), m.start)), shares_before[0])
        named = read_metric(text, head, spans_around(text, head), status, entity, period, known, False)[0]
        name = named if re.search(r"_share_pct$|_share_of_", named) else name
    if shares_before and mention.unit == "percent" and _SHARE_RISING_TO.match(
            text, shares_before[-1].end, mention.start):
        # "exports were some 14 per cent of sales in 2024, climbing to almost 19 per cent in Q1
        # 2025": the same share, of another period
        named = read_metric(text, shares_before[-1], spans_around(text, shares_before[-1]), status, entity, period,
                            known, False)[0]
        name = named if "_share_of_" in named or named.endswith("_share_pct") else name
    if name.endswith("_ownership") and re.search(r"(?i)\badd(?:ed|s|ing)\s+(?:about\s+|some\s+|over\s+)?$",
                                                 text[max(0, mention.start - 20) : mention.start]) and (
            re.search(r"(?i)\bbringing\s+the\s+total\b", text[mention.end : spans.sentence[1]])):
        # "Northvale added 1,600 e-buses last year, bringing the total on its roads to 12,000": the
        # change in the vehicles in use over the year
        name = f"{name}_yoy_change"
    if name.startswith("nev_") and _PHEV_BESIDE.search(text, *spans.sentence):
        # "shipments of electric cars dropped 8.7 per cent, whereas plug-in hybrids climbed 165 per cent": EVs set
        # beside plug-in hybrids are the pure electric ones, and the hybrids' own clause is theirs
        # (the one kind its clause names, when the other is named outside it: "a 72.4 per cent jump in EV
        # shipments in 2023, as plug-in hybrid ones rose 41.6 per cent"; not "sales of EVs and plug-in hybrids", NEVs)
        # (nor a list: "delivered 3,900 fuel cell vehicles, plug-in hybrids and electric cars", no number between them)
        # (the number's own part of its clause: "a 76.5% jump in EV exports in 2022, at a time when exports of
        # plug-in hybrids rose 44.9%")
        joins = [j.end() for j in _WHEN_JOIN.finditer(text, spans.clause[0], mention.start)]
        next_join = _WHEN_JOIN.search(text, mention.end, spans.sentence[1])
        part = (joins[-1] if joins else spans.clause[0], min(next_join.start(), spans.clause[1]) if next_join else
                spans.clause[1])
        in_clause = list(_EV_OR_PHEV.finditer(text, *part))
        clause_kinds = {"phev" if m["phev"] else "ev" for m in in_clause}
        other_kinds = {"phev" if m["phev"] else "ev" for m in _EV_OR_PHEV.finditer(text, *spans.sentence)
                       if not part[0] <= m.start() < part[1] and (any(
                           min(m.start(), k.start()) < n.start < max(m.start(), k.start())
                           for k in in_clause for n in mentions_in(text, *spans.sentence))
                           or next_join is not None and next_join.end() <= m.start()
                           and bool(mentions_in(text, m.end(), spans.sentence[1])))}
        if len(clause_kinds) == 1 and other_kinds - clause_kinds and not _NEV_WORD.search(text, *spans.clause):
            name = ("phev_" if clause_kinds == {"phev"} else "bev_") + name.removeprefix("nev_")
    if re.match(r"(?:revenue|operating_profit|net_profit|gross_profit|net_loss|operating_loss)(?:_|$)", name) and (
            _CAR_BUSINESS.search(text, spans.sentence[0], mention.start)):
        # "Lumen's car business brought in CNY24 billion of revenue and CNY610 million of operating profit":
        # its vehicles' money
        name = f"vehicle_{name}"
    if re.search(r"_target_(?:yoy|mom)_pct$", name) and _TARGET_MOVED.search(
            text, max(spans.sentence[0], mention.start - 90), mention.start):
        # "Orion lifted its 2025 sales goal by 9 percent to 2.4 million units": how far the goal moved
        name = re.sub(r"_(?:yoy|mom)_pct$", "_change_pct", name)
    # "used NEVs were 7.9 percent of used-car sales": a kind's share of the used cars, named once as used
    name = re.sub(r"^used_(\w+?)_share_of_used_", r"\1_share_of_used_", name)
    if _neighbour and name and _TOP_WORD.search(text, max(0, spans.sentence[0] - 400), spans.sentence[1]):
        name = _top_figure(text, mention, spans, name, status, entity, period, known)
    amount = _NET_AMOUNT.fullmatch(name) if mention.unit in CURRENCIES else None
    per = [m.lastgroup for m in measures_in(text, spans.sentence[0], mention.start)
           if (m.lastgroup or "").startswith(("net_profit_per_", "net_loss_per_"))] if amount else []
    if amount and per and _AGAINST_AMOUNT.search(text, spans.sentence[0], mention.start):
        # "earnings per share came to 0.12 yuan, against a net loss of 1.9 yuan a year before": the
        # earlier figure of the same share
        name = f"{amount['kind']}_per_{(per[-1] or '').rsplit('_per_', 1)[1]}_{amount['currency']}"
    sold = _SALES_IN_MONEY.fullmatch(name) if _is_company(entity) and entity not in PLACE_SET and re.search(
        r"(?i)\bsales\b", text[spans.clause[0] : mention.start]) else None
    if sold:
        # "Vehicle sales in the quarter rose 41 per cent to 12.2 billion yuan": what a company took in from
        # selling its cars, its revenue ("overseas sales ... to 98 billion yuan": its revenue abroad; not "sold
        # cars worth 5 billion yuan", the cars' value)
        name = f"{'overseas' if sold['overseas'] else sold['kind']}_revenue_{sold['rest']}"
    cut = _price_cut_models(text, mention, spans) if mention.unit in ("count", "vehicles") else ""
    if cut:  # "195 car models experienced price cuts", "17 hybrid models ... saw price reductions"
        name, unit = cut, "count"
    invested = (converted_from(text, mention, spans) or mention) if re.fullmatch(r"investment_[a-z]{3}", name) else None
    if invested and _HAS_INVESTED.search(text, max(spans.sentence[0], invested.start - 60), invested.start):
        # "The carmaker has invested over 31 billion yuan (about 4.3 billion U.S. dollars) in Wuxi": all it has
        # put in so far
        name = name.replace("investment_", "investment_cumulative_")
    money_growth = _MONEY_GROWTH.fullmatch(name)
    if money_growth and not money_growth["base"].endswith(("exports", "imports", "sales", "deliveries")):
        # "a net loss of 2.9 billion yuan ($410 million) ... down 27%": a quantity only ever money keeps no
        # currency in its growth
        name = f"{money_growth['base']}_{money_growth['rest']}"
    # (a currency named once: "vehicle_exports_cny" read again as an amount in yuan is not "..._cny_cny")
    name = re.sub(r"(_[a-z]{3})\1$", r"\1", name) if unit in CURRENCIES else name
    # ("BEVs made up 58.1% of the month's wholesales, while PHEVs took 31.2%": one kind of NEV's share is of all
    # NEVs, never of another kind's)
    name = re.sub(r"^(?P<part>bev|phev|erev)_share_of_(?!(?P=part)_)(?:bev|phev|erev)_", r"\g<part>_share_of_nev_",
                  name)
    return name, unit


# "..., up 21.5 percent from " before a base level in the same unit as the level the change is of
_BASE_AFTER_CHANGE = re.compile(r"(?i)\b(?:up|down|rising|falling|increasing|decreasing|growing)\s+(?:by\s+)?"
                                r"[\d.]+\s*(?:%|percent|per\s+cent)\s+from\s+$")
_CAR_BUSINESS = re.compile(r"(?i)\b(?:its|the|[A-Z][\w-]*['\u2019]s)\s+(?:automotive|auto|car|vehicle|EV"
                           r"|electric\s+vehicle|smart\s+EV)\s+(?:business|segment|unit|division|arm)\s+(?:\w+\s+)?(?:generated|posted"
                           r"|reported|earned|brought\s+in|recorded|booked|contributed|made|achieved)\b")
_NEV_WORD = re.compile(r"(?i)\bNEVs?\b|\bnew[- ]energy\b")
_PHEV_BESIDE = re.compile(r"(?i)\bplug-in\s+hybrids?\b|\bPHEVs?\b")
_WHEN_JOIN = re.compile(r"(?i)\sat\s+a\s+time\s+when\s")
_EV_OR_PHEV = re.compile(r"(?i)(?P<phev>\bplug-in\s+hybrids?\b|\bPHEVs?\b)"
                         r"|(?P<ev>(?<!plug-in\s)\b(?:electric\s+(?:vehicles?|cars?)|EVs?)\b)")
_RATE_MOVED_BEFORE = re.compile(r"(?i)\bgrowth\s+(?:[\w-]+\s+){0,2}?(?:to|at)\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+"
                                r"from\s+)?$")
_TARGET_MOVED = re.compile(r"(?i)\b(?:raised|lifted|increased|cut|slashed|lowered|trimmed|reduced|revised"
                           r"|scaled\s+back)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?|forecasts?|guidance)\s+"
                           r"(?:for\s+(?:this|next|the)\s+year\s+)?by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?$")
_TOP_WORD = re.compile(r"(?i)\btop\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty)|\b(?:largest|biggest"
                       r"|leading)\s+(?:companies|producers|makers|manufacturers|enterprises|firms|players|suppliers"
                       r"|carmakers|automakers|brands|battery\s+makers)\b|\bthe\s+two\s+companies\b")
_GENERIC_FIRMS = frozenset("companies producers makers manufacturers enterprises firms players suppliers".split())


def _top_figure(text: str, mention: Mention, spans: Spans, name: str, status: str, entity: str, period: str,
                known: dict[str, str] | None) -> str:
    """The figure of a leading group: "The top two firms made up 41.3 GWh" ->
    top_2_battery_maker_power_battery_installed_capacity; "Their combined shares came to 58.2%, ..." ->
    top_2_battery_maker_share_of_power_battery_installed_capacity; `name` when the number is no group's."""
    same = [m for m in mentions_in(text, *spans.sentence) if m.unit == mention.unit and m.measured == mention.measured]
    count, noun = top_group(text, spans, mention, same)
    if not count:
        return name
    share = mention.unit in ("percent", "percentage_points")
    if not share:
        firms = _firms_of(noun, name)
        return f"top_{count}_{firms}_{name}"
    for start, end in [spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:5]]:
        levels = [m for m in mentions_in(text, start, end) if m.measured or m.unit in ("vehicles", *CURRENCIES)]
        if levels:
            base = read_metric(text, levels[0], spans_around(text, levels[0]), status, entity, period, known,
                               False)[0]
            break
    else:
        return name
    firms = _firms_of(noun, base)
    whole = f"top_{count}_{firms}_share_of_{base}"
    return f"{whole}_{_growth_base(text, mention, spans, period)}_pp" if mention.unit == "percentage_points" else whole


def _firms_of(noun: str, name: str) -> str:
    """What a leading group's firms are, in the singular: battery makers in a battery figure, carmakers in a
    vehicle figure, else the noun ("the top three brands" -> brand)."""
    if noun in _GENERIC_FIRMS:
        return "battery_maker" if "batter" in name else "carmaker" if re.search(r"vehicle|nev|car_", name) else (
            singular(noun))
    return singular(noun.replace(" ", "_"))


# a penetration rate, as a sentence names it ("the NEV rate came to 44.1 per cent", "the share of NEVs")
_RATE_TOLD = re.compile(r"(?i)\bpenetration\b|\bNEV\s+(?:rate|share)s?\b|"
                        + _SHARE_OF_KIND.pattern.removeprefix("(?i)"))
# "In 2022, it stood at 11%, then 15% a year on", "The figure was 36.4 percent": a rate the sentence before named
_IT_REACHED = re.compile(r"(?i)\s*(?:[\w-]+(?:\s+[\w-]+){0,3},\s+)?(?:it|the\s+(?:figure|rate|ratio))\s+"
                         r"(?:reached|rose|stood|climbed|hit|was|came)\b")
# "winning buyers from diesel models, of which sales slid 4 per cent": the change of what "which" stands for
_OF_WHICH_CHANGED = re.compile(r"(?i)\bof\s+which\s+(?:[\w-]+\s+){0,2}?(?:sales|exports|output|production"
                               r"|deliveries)\s+(?:rose|fell|grew|jumped|increased|decreased|declined|dropped"
                               r"|climbed|slipped|slid|were\s+up|were\s+down)\s+(?:by\s+)?(?:about\s+|around\s+"
                               r"|nearly\s+|almost\s+|over\s+|some\s+)?$")
# "The proportion should hit 80 percent by 2035, she added": a share the sentence before told, named again
_FIGURE_WILL_REACH = re.compile(r"(?i)\bthe\s+(?:figure|share|proportion|ratio)\s+(?:is\s+(?:expected|forecast"
                                r"|projected|set|likely)\s+to|will|could|would|may|should)\s+(?:reach|rise\s+to"
                                r"|climb\s+to|hit|top|exceed)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?$")
# "NEVs may take 38% of car sales in 2025 and about 46% a year later": a second share of the same whole, of another
# period, with no verb of its own
_AND_THEN_SHARE = re.compile(r"(?i)(?:(?!\b(?:ris\w*|rose|up|down|grew|grow\w*|fell|fall\w*|increas\w*|decreas\w*"
                             r"|jump\w*|surg\w*|climb\w*|drop\w*|declin\w*|while|but|with)\b)[^;\d]"
                             r"|\b(?:19|20)\d\d\b)*?"
                             r"\band\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|almost\s+)?")
# a growth of an amount of money: "net_loss_usd_yoy_pct"
_CURRENCY_NAMES = "|".join(sorted(CURRENCIES))
_NET_AMOUNT = re.compile(rf"(?P<kind>net_loss|net_profit)_(?P<currency>{_CURRENCY_NAMES})")
_AGAINST_AMOUNT = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|against|from)\s+(?:an?\s+)?(?:net\s+)?"
                             r"(?:loss|profit|income)\s+of\s+(?:about\s+)?\S*$")
_SALES_IN_MONEY = re.compile(rf"(?P<kind>vehicle|nev)_(?P<overseas>overseas_)?sales_(?P<rest>(?:{_CURRENCY_NAMES})"
                             r"(?:_(?:yoy|mom|qoq)_pct)?)")
_MONEY_GROWTH = re.compile(rf"(?P<base>.+)_(?:{_CURRENCY_NAMES})_(?P<rest>(?:yoy|mom|qoq)_pct)")


_MADE_IN_CHINA = re.compile(r"(?i)\bChinese[- ](?:made|manufactured|built)\s+(?:cars|vehicles|autos|automobiles|EVs)\b"
                            r"|\b(?:cars|vehicles)\s+(?:made|built)\s+in\s+China\b"
                            # ("Chinese car sales rose 9.8%", "30,703 Chinese cars", in a story of a market abroad)
                            r"|\bChinese\s+(?:car|vehicle)\s+(?:sales|registrations)\b|\bChinese\s+(?:cars|vehicles)\b")
_GREW_TO = re.compile(r"(?i)(?:\s+year[- ]on[- ]year|\s+on\s+a\s+year\s+(?:earlier|before))?\s+to\s+"
                      r"(?:reach\s+|hit\s+|total\s+)?(?:a\s+(?:scale|value|total)\s+of\s+)?"
                      r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?")
_GREW_BY = re.compile(r"(?i)\b(?:grew|rose|increased|climbed|jumped|surged|soared|fell|dropped|declined|slid|dipped)"
                      r"\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|over\s+)?$")
# a market's flow or its share ("passenger_car_sales", "nev_share_of_passenger_car_sales", "vehicle_exports_yoy_pct")
_MARKET_FIGURE = re.compile(r"(?:[a-z_]+_)?(?:sales|retail_sales|production|exports|registrations|deliveries)"
                            r"(?:_(?:yoy|mom)_pct)?|[a-z_]+_share_of_(?:new_)?[a-z_]*(?:sales|production|exports)")
_COMPANY_SHARE = re.compile(r"(?i)\b(?:market\s+)?share\b(?!\s+(?:price|prices|of\s+(?:global|the\s+world))\b)")
# A kind of power's share of the whole market, which a class of vehicles named before narrows
_KIND_SHARE = re.compile(r"(?P<kind>nev|bev|phev)_share_of_(?:new_vehicle_(?P<new>sales)|vehicle_(?P<of>sales|exports"
                         r"|production))(?P<pp>_(?:yoy|mom)_pp)?")


def _carried_series(name: str, entity: str) -> str:
    """The passenger car series a market's kind-of-power figure (`nev_sales`, `nev_share_of_new_vehicle_sales`)
    becomes where the sentences before count passenger cars; "" for a name no class narrows, or an entity that is
    no market of China (a company's own figures keep its own words)."""
    if entity != "China" and (entity not in PLACE_SET or entity in ABROAD):
        return ""
    market = _MARKET_SERIES.fullmatch(name)
    if market and market["kind"]:
        return f"{market['kind']}passenger_car_{market['rest']}"
    share = _KIND_SHARE.fullmatch(name)
    if share:
        return f"{share['kind']}_share_of_passenger_car_{share['new'] or share['of']}{share['pp'] or ''}"
    return ""


# a market's series a passenger-car count may be: "vehicle_production", "nev_retail_sales_yoy_pct", "bev_exports"
_MARKET_SERIES = re.compile(r"(?:vehicle_|(?P<kind>nev_|bev_|phev_|erev_)(?:passenger_car_)?)(?<!passenger_car_)"
                            r"(?P<rest>(?:production|sales|retail_sales|wholesale_sales|exports)"
                            r"(?:_(?:yoy|mom)_pct)?)")
# ... unless the sentence gives another source: "The CAAM said vehicle sales rose 3 percent"
_OTHER_SOURCE = re.compile(r"\bCAAM\b|(?i:Association\s+of\s+Automobile\s+Manufacturers|\bcustoms\b)")
_ANOTHER_REPORT = re.compile(r"(?i)\baccording\s+to\s+an?\s|\b(?-i:Forum)\b")
# the association's own data ("a newsroom hears it from the CPCA", "according to the CPCA", "CPCA data showed"), not
# one official's compilation ("figures its secretary-general put together")
_CPCA = r"(?:the\s+)?(?:China\s+Passenger\s+Car\s+Association|CPCA)"
_PASSENGER_CAR_DATA = re.compile(
    rf"(?i)\b(?:from|by|to)\s+{_CPCA}|\baccording\s+to\s+{_CPCA}|\b(?:CPCA|Passenger\s+Car\s+Association)['\u2019]?s?"
    r"(?:\s+branch)?\s+(?:data|figures|statistics|said|says|reported|showed)\b")  # ("CPCA Branch data")


@functools.lru_cache(maxsize=32)
def _opening(text: str) -> str:
    """The headline and the first two paragraphs of the body."""
    body = body_start(text)
    lead_end = next((m.end() for i, m in enumerate(re.finditer(r"\n\s*\n", text[body:])) if i == 1), 0)
    return text[: body + lead_end] if lead_end else text


def _passenger_car_data(text: str) -> bool:
    """Whether the headline or the first two paragraphs give the passenger car association as the figures' source."""
    lead = _opening(text)
    # (not the association cited for all vehicles: "auto exports hit 7.9 million, the association's data show"; nor
    # when only its name says passenger: "NEV exports rose 41 percent to 215,000 units, the China Passenger Car
    # Association said" counts the NEVs the story names, and the reader takes them as said)
    # ("China's car sales fell in October ... data from the CPCA showed": cars, the association's passenger cars)
    if not _PASSENGER_SAID.search(lead) and not _CARS_SAID.search(lead):
        return False
    return any(not re.search(r"(?i)secretary|Cui\s+Dongshu|\bof\s+$", lead[max(0, m.start() - 50) : m.start()])
               and not _ALL_VEHICLES_SAID.search(lead, max(0, lead.rfind(".", 0, m.start()) + 1,
                                                     lead.rfind("\n", 0, m.start()) + 1),
                                                 lead.find(".", m.end()) % (len(lead) + 1))
               for m in _PASSENGER_CAR_DATA.finditer(lead))


# a sentence that names a class of vehicles of its own ("NEV exports of trucks and buses"), which no class carries to
_CLASS_SAID = re.compile(r"(?i)\b(?:passenger|commercial|vehicles?|cars?|autos?|automobiles?|trucks?|buses)\b")
# passenger cars said in words of their own, not only in the association's name (CPCA)
_PASSENGER_SAID = re.compile(r"(?i)\bpassenger\s+(?:car|vehicle|automobile|NEV|EV|new[- ]energy\s+vehicle"
                             r"|electric\s+vehicle)s?\b(?!\s+Association)")
_CARS_SAID = re.compile(r"(?i)\bcar\s+(?:production|sales|output|exports)\b|\bretail\s+car\s+sales\b")
_AUTOMOBILES_SAID = re.compile(r"(?i)\b(?:automobile|auto)\s+(?:production|sales|output|exports)\b")
# "China's auto exports", "vehicle sales": all vehicles, named where the association is cited
_ALL_VEHICLES_SAID = re.compile(r"(?i)\b(?:auto|automobile|automotive|(?<!energy\s)(?<!electric\s)vehicle)\s+"
                                r"(?:exports|sales|production|output)\b")  # (not "new energy vehicle sales")


# A dealers' association's monthly gauges: "dealers' inventory coefficient was 1.3 in June", "the vehicle
# inventory alert index stood at 57.2%"
_INVENTORY_GAUGE = re.compile(r"(?i)\binventory\s+(?:(?P<coefficient>(?:warning\s+)?coefficient)"
                              r"|(?P<index>(?:alert|warning)\s+index|(?-i:VIA)))\b")
_DEALER_GROUP = re.compile(r"(?i)\b(?P<group>(?:premium|luxury)\s*(?:&|and)\s*imported|joint[- ]venture|domestic"
                           r"|Chinese|local|homegrown|independent)\s+brands?\b")
_DEALER_STOCK = re.compile(r"(?i)\b(?:dealer|dealers['\u2019]?)\s+(?:had\s+an?\s+)?(?:total\s+)?inventor(?:y|ies)\b"
                           r"(?!\s+(?:coefficient|index|warning|alert))")
_DEALER_GROUPS = {"domestic": "chinese", "local": "chinese", "homegrown": "chinese", "independent": "chinese"}


def _dealer_inventory(text: str, mention: Mention, spans: Spans, period: str) -> tuple[str, str] | None:
    """The dealers' inventory coefficient or alert index a number is, or moves ("down 13.3% month-on-month"), and
    of which brands ("for joint-venture brands it fell 9% MoM to 1.4" -> joint_venture_brand_...); None when
    the number is none of these. The gauge is named in its sentence before it, or in the sentence before one that
    names no measure of its own ("Domestic brands fell 8% MoM to 1.2")."""
    if mention.unit == "vehicles" and _DEALER_STOCK.search(text, spans.sentence[0], mention.start):
        return "dealer_inventory", "vehicles"  # "dealers held some 3.1 million cars in stock at the month's end"
    if mention.unit not in ("count", "percent", "percentage_points", "times"):
        return None
    gauge = list(_INVENTORY_GAUGE.finditer(text, spans.sentence[0], mention.start))
    if not gauge and not measures_in(text, *spans.sentence) and not re.search(
            r"(?i)\b(?:sales|sold|retail|output|production|exports)\b", text[spans.sentence[0] : spans.sentence[1]]):
        before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
        gauge = list(_INVENTORY_GAUGE.finditer(text, *before[0])) if before else []
    if not gauge:
        return None
    name = "dealer_inventory_coefficient" if gauge[-1]["coefficient"] else "vehicle_inventory_alert_index"
    group = [m for m in _DEALER_GROUP.finditer(text, spans.clause[0], mention.start)] or [
        m for m in _DEALER_GROUP.finditer(text, spans.sentence[0], mention.start)
        if not mentions_in(text, m.end(), mention.start)]
    if group:
        said = re.sub(r"[\s&-]+", "_", group[-1]["group"].lower().replace("&", "and")).replace("_and_and_", "_and_")
        name = f"{_DEALER_GROUPS.get(said, said)}_brand_{name}"
    base = _growth_base(text, mention, spans, period)
    if mention.unit == "percentage_points":
        return f"{name}_{base}_pp", "percentage_points"
    if mention.unit == "percent" and (mention.direction or name.endswith("coefficient") or re.match(
            r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:year|month)[- ](?:on|over)[- ](?:year|month)|\s*\(?(?:MoM|YoY)\b",
            text[mention.end : spans.sentence[1]])):
        return f"{name}_{base}_pct", "percent"
    return name, ("times" if name.endswith("coefficient") else "percent")


def _metric_of(text: str, mention: Mention, spans: Spans, status: str, entity: str = "", period: str = "",
               known: dict[str, str] | None = None, _neighbour: bool = True) -> tuple[str, str]:
    """A metric name in the figures' naming, and the unit it implies ("vehicles" for a vehicle count).

    `known` maps the metrics data/metrics.csv lists to their reader's names: a figure that continues one of
    them takes its name. A number whose own words name nothing ("Beijing had 91,000 and Shenzhen 56,000 units
    of NEVs") takes the metric of the nearest number of its kind in its sentence that names one.
    """
    inventory = _dealer_inventory(text, mention, spans, period)
    if inventory:
        return inventory
    if mention.measured:  # "36.9 GWh": named as a count is, measured in the unit its text writes
        name, _ = read_metric(text, dataclasses.replace(mention, measured=""), spans, status, entity, period, known,
                              False)  # (no neighbour's name: "a top speed of 180 km/h and a range of 700 km")
        battery = _battery_energy(text, mention, spans, name) if mention.measured == "gwh" else (
            _kwh_quantity(text, mention, spans, by_size=False) if mention.measured == "kwh" else "")
        said = text[spans.sentence[0] : spans.sentence[1]]
        if mention.measured == "gwh" and name.endswith("battery_capacity") and re.search(
                r"(?i)\binstallations?\b", said) and not re.search(r"(?i)\bproduc\w*|\bcapacities\b", said):
            # "fifth in installations worldwide, a total capacity of 31.2 GWh": the capacity installed
            name = name.removesuffix("capacity") + "installed_capacity"
        clause = text[spans.clause[0] : spans.clause[1]]
        if mention.measured == "gwh" and name.endswith("installed_capacity") and re.search(
                r"(?i)\b(?:production|produced)\b", clause) and not re.search(r"(?i)\binstall", clause):
            # "power and other batteries produced came to 127.5 GWh" after installations: made, not put in
            # (but "the output advanced 17 percent to 23.6 GWh" goes on with the installations)
            name = name.removesuffix("installed_capacity") + "production"
        if battery:  # "CATL installed 36.9 GWh of power batteries": the batteries' installations; "a 100 kWh
            return battery, mention.measured  # battery": its size, whatever the sentences before measured
        if not name or name in _BARE_NAMES or name in _UNIT_WORDS or (
                mention.measured in _NO_SERIES_IN and _SERIES_NAMED.search(name)) or (
                mention.measured == "kwh" and "installed" in name) or (  # a battery's size is no nation's installations
                mention.measured == "kwh" and mention.value >= 100_000 and name.endswith("capacity")):
            # "a range of 520 km", "chargers deliver 480 kW"; "charging capacity reached 670 million kWh" in a
            # quarter: energy charged, no capacity
            name = measured_quantity(text, mention, spans)
        if mention.measured == "gwh" and (entity in _BATTERY_MAKERS or re.search(r"(?i)batter|\bcells?\b", text)) and (
                re.match(r"(?:vehicle|nev)_|energy(?:_|$)", name)):
            # a battery maker's GWh are no vehicles' ("CATL's output was 120 GWh", "expanded its capacities by 12 GWh")
            kind = _battery_after(text, mention) or _joint_batteries(text, spans) or _unnamed_battery(text, spans)
            capacity = re.search(r"(?i)\bcapacit(?:y|ies)\b", text[slice(*spans.clause)])
            added = capacity and _CAPACITY_ADDED.search(text, spans.clause[0], mention.start)
            measure = "capacity" if capacity else re.sub(r"^(?:vehicle|nev|energy)_?", "", name) or (
                _measure_of_whole(text, spans)) or "production"
            name = f"{'newly_added_' if added else ''}{kind}_{measure}"
        if mention.measured == "gwh" and name.endswith("battery_production") and not _MADE_SAID.search(said) and (
                _installations_story(text)):
            # "The top three companies provided 50 GWh", in a story of installations that tells no output: installed
            name = name.removesuffix("production") + "installed_capacity"
        if mention.measured == "gwh" and name.endswith("battery_capacity") and _INSTALLED.search(
                text) and not _CAPACITY_TO_MAKE.search(said):
            # "China's traction batteries came to a total capacity of 265.7 GWh in the half year", from the
            # battery alliance's figures: the batteries put into vehicles
            name = name.removesuffix("capacity") + "installed_capacity"
        return name, mention.measured
    by_brand = _BY_BRAND.match(text, mention.end)
    under = (_UNDER_BRAND.match(text, mention.end) or by_brand or _FROM_OWNED_BRAND.match(text, mention.end)) if (
        mention.unit not in (*CURRENCIES, "percent", "percentage_points", "times") and not mention.measured) else None
    said_measures = [m.lastgroup for m in measures_in(text, spans.sentence[0], mention.start)
                     if m.lastgroup in SERIES] if under else []
    told_before = earlier_sentences(text, spans.sentence[0])[:1] if under and not said_measures and (
        _THIS_FIGURE_INCLUDES.match(text, spans.sentence[0])) else []
    if told_before:  # "NIO handed over 72,050 cars. This total includes 48,100 under its NIO brand"
        said_measures = [m.lastgroup for m in measures_in(text, *told_before[0]) if m.lastgroup in SERIES]
    if under and said_measures:
        # "delivered 39,600 cars in the month, including 26,100 under its Zeta brand and 7,900 under its Lark
        # label": each brand's, named by the brand; a brand of its company's name is "_brand" ("27,300 under its
        # Zeta brand": zeta_brand_deliveries, not the company's)
        brand = snake(under["name"])
        opener = re.search(rf"\b{re.escape(under['name'])}\b(?!\s+(?:brand|line|marque|label))", text[
            spans.sentence[0] : mention.start])  # (the company the sentence opens with)
        # ("41,300 cars were accounted for by its core brand Zeta", of Zeta: its namesake brand)
        brand += "_brand" if opener or snake(under["name"]) == snake(entity) and (
            under is by_brand or under["name"] not in BRAND_OWNERS) else ""
        return f"{brand}_{said_measures[0]}", "vehicles"
    namesake = _NAMESAKE.search(text, spans.clause[0], mention.start) if mention.unit not in (
        *CURRENCIES, "percent", "percentage_points", "times") else None
    named_measures = [m.lastgroup for m in measures_in(text, namesake.end(), mention.start)
                      if m.lastgroup in SERIES] if namesake else []
    brand = _namesake_brand(namesake, entity)
    if brand and named_measures:
        # "Zeta's namesake brand sold 142,500 cars", "the Zeta brand delivered ...": the brand of the name
        return f"{brand}_brand_{named_measures[0]}", "vehicles"
    if mention.unit == "count" and re.match(r"(?i)\s+direct\s+and\s+indirect\s+jobs\b", text[mention.end :]):
        return "direct_and_indirect_jobs", mention.unit  # "some 8,000 direct and indirect jobs are expected"
    if mention.unit == "count" and _SPEED_AFTER.match(text, mention.end):  # "a top speed of 210 km/h"
        top = re.search(r"(?i)\btop\s+speed", text[spans.clause[0] : mention.start])
        return ("top_speed" if top else "speed"), "count"
    if share_move(text, mention, spans):  # "shares of NIO rose as much as 5%": the price's change that day
        return "share_price_change_pct", mention.unit
    material = material_price(text, mention, spans)
    if material:  # "cobalt prices rose 16% in November": the material's price moved
        return material, mention.unit
    cut_said = mention.unit == "percent" and _PRICE_CUT_NOUN.search(text, spans.sentence[0], mention.start)
    level = next((m for m in reversed(mentions_in(text, spans.sentence[0], mention.start)) if m.end <= mention.start),
                 None) if cut_said else None
    restated = level is not None and bool(_CUT_RESTATED.fullmatch(text, level.end, mention.start))
    cut_named = _price_cut(text, spans, level) if level and restated else ""
    if cut_named:  # "The average cut ... stood at 12,000 yuan, representing an 8% decrease": that cut, in percent
        return f"{cut_named}_pct", mention.unit
    cut_named = _price_cut(text, spans, mention)
    if cut_named:  # "the average price reduction on sedans came to 9,000 yuan": a cut, of the cars named
        return f"{cut_named}_{mention.unit}", mention.unit
    cut = _PRICE_CUT_BEFORE.search(text, max(spans.sentence[0], mention.start - 60), mention.start) if (
        mention.unit == "percent") else None
    if cut:  # "Zeta cut prices by as much as 22% across its line-up", "discounts of up to 27%": how far prices
        # came down
        return ("price_discount_pct" if cut["discount"] else "price_cut_pct"), mention.unit
    bracket = next((b for b in _GROWTH_IN_BRACKET.finditer(text, max(spans.sentence[0], mention.start - 60),
                                                            mention.start + 1) if b.end() == mention.start + 1), None)
    if bracket and mention.unit == "percent" and _neighbour and not re.match(r"(?i)\s+share\s*\)", text[mention.end :]):
        # (not "485.5 GWh (73.7% share)": the level's share of the whole, read below)
        # "542,000 EV charging piles (+172.2% YoY) were newly built": the growth of the level before the bracket
        level = next(iter(mentions_in(text, bracket.start("level"), bracket.end("level"))), None) or Mention(
            bracket.start("level"), bracket.end("level"), bracket["level"], 0.0, "count", "exact", 0.0)
        named, _ = read_metric(text, level, spans, status, entity, period, known, False)
        if named and named not in _BARE_NAMES:
            return f"{named}_{_growth_base(text, mention, spans, period)}_pct", mention.unit
    in_series = _value_before_in_series(text, mention, spans) if _neighbour else None
    if in_series is not None:  # "That share is set to climb to 62% in 2027, 71% in 2028": the value before's series
        named, _ = read_metric(text, in_series, spans_around(text, in_series), status, entity, period, known, True)
        if named and named not in _BARE_NAMES:
            return named, mention.unit
    sibling = _growth_before(text, mention, spans) if mention.unit == "percent" and _neighbour else None
    if sibling is not None:
        # "22.1 percent higher year on year and rising 31.6 percent month on month": one series, another base
        named, _ = read_metric(text, sibling, spans_around(text, sibling), status, entity, period, known, True)
        found = _GROWTH_SUFFIX.search(named)
        if found and named.endswith("_pct") and not named.endswith("_pp"):
            return f"{named[: found.start()]}_{_growth_base(text, mention, spans, period)}_pct", mention.unit
    reached = _level_of_growth(text, mention, spans) if mention.unit in ("percent", "times") and _neighbour else None
    if reached is not None:
        named, _ = read_metric(text, reached, spans_around(text, reached), status, entity, period, known, False)
        amount = re.sub(r"_(?:cny|usd)$", "", named)
        if amount != named and not (amount.startswith(tuple(f"{k}_" for k in (*VEHICLE_KINDS, "nev_passenger_car")))
                                    and amount.endswith(("_exports", "_imports", "_sales", "_deliveries"))):
            named = amount  # an amount only counted in money grows as itself: "nev_output_value_yoy_pct"
        if named and named not in _BARE_NAMES and not _GROWTH_SUFFIX.search(named) and "_share_of_" not in named:
            stated_as = "pct" if mention.unit == "percent" else "times"
            return f"{named}_{_growth_base(text, mention, spans, period)}_{stated_as}", mention.unit
    rate_or = _RATE_OR.search(text, max(spans.sentence[0], mention.start - 30), mention.start)
    if rate_or and mention.unit not in ("percent", "percentage_points", "times"):
        # "up 70 percent or 1.07 million year on year": the same change, as an amount
        rate = Mention(rate_or.start("rate"), rate_or.end("rate"), rate_or["rate"], 0.0, "percent", "exact", 0.0)
        grown, _ = read_metric(text, rate, spans, status, entity, period, known, _neighbour)
        if re.search(r"_(?:yoy|mom|wow|vs_\d{4})_pct$", grown):
            return f"{grown.removesuffix('_pct')}_change", mention.unit if mention.unit != "count" else "vehicles"
    listed = (_listed_share(text, mention, spans) or _charging_coverage(text, mention, spans)) if (
        mention.unit == "percent") else ""
    if listed:  # "A, B and C accounted for 25.3 percent, 12.1 percent and 10 percent of exports"
        return listed, mention.unit
    figure_before = _figure_before(text, mention, spans) if _neighbour else None
    if figure_before is not None:
        # "Zeta has 350 stores in 90 cities. The number will rise to 500": the first count the sentence before states
        named, _ = read_metric(text, figure_before, spans_around(text, figure_before), status, entity, period, known,
                               False)
        if named and named not in _BARE_NAMES:
            return named, mention.unit
    metric, unit = _read_metric(text, mention, spans, status, entity, period, known or {})
    # (or a price: "... to 79,800 yuan per ton on July 24. It fell to 70,100 yuan per ton on August 4")
    rates_before = [m for m in _numbers_before(text, spans) if m.unit == mention.unit and not m.direction] if (
        not metric and (mention.unit == "percent" or mention.unit in CURRENCIES) and _neighbour
        and _THIS_RATE_MOVED.match(text, spans.sentence[0], mention.start)) else []
    if rates_before:
        # "Zeta held about 18% of the market in 2021. By May 2025, this had slipped to under 6%": the same rate, later
        named, _ = read_metric(text, rates_before[-1], spans_around(text, rates_before[-1]), status, entity, period,
                               known, False)
        metric = named if named not in _BARE_NAMES else metric
    if (mention.unit not in ("percent", "percentage_points", "times") and metric and "_average" not in metric
            and (_ANNUAL_AVERAGE_OF.search(text, spans.clause[0], mention.start) or _DONE_EACH_YEAR.match(
                text, mention.end) or (_AVERAGED.search(text, max(spans.clause[0], mention.start - 40), mention.start)
                                        and _A_YEAR_AFTER.match(text, mention.end)))):
        # ("exports have averaged 900,000 per year")
        # "average annual car sales may come to 30 million": a rate per year
        end = metric.removesuffix("_target")
        metric = f"{end}_annual_average{metric[len(end):]}"
    goal = "_target" if metric.endswith("_target") or status == "target" else ""
    if metric.removesuffix(goal) in _UNIT_WORDS or (mention.unit == "percent" and _LEVEL_IN_UNITS.search(
            text, spans.sentence[0], mention.start) and not any(  # (batteries in GWh are a series of their own)
                m.measured == "gwh" for m in mentions_in(text, spans.sentence[0], mention.start))):
        # "The average power capacity per public charging facility reached 46.5 kilowatts": the quantity the
        # sentence's subject names, of the thing it names
        quantity = quantity_name(text, spans) or subject_quantity(text, spans, mention)
        if quantity and "average" not in quantity and _ON_AVERAGE.match(text, mention.end):
            # "... reached 180 million kilowatts, or 41.2 kilowatts on average": each one's
            thing, _, measured = quantity.rpartition("_rated_") if "_rated_" in quantity else ("", "", "")
            quantity = f"{thing}_average_rated_{measured}" if thing else f"average_{quantity}"
        if quantity:
            return (f"{quantity}_{_growth_base(text, mention, spans, period)}_pct"
                    if mention.unit == "percent" else quantity + goal), unit
    join = _JOIN_AFTER.search(text, mention.end, spans.sentence[1])
    own_words = (spans.sentence[0], join.start() if join else spans.sentence[1])
    if (not metric or not measures_in(text, *own_words)) and mention.unit == "percent" and _neighbour and (
            _THIS_REPRESENTS.match(text[spans.sentence[0] : mention.start])) and not (
            _OF_TARGET.match(text, mention.end) or SHARE_AFTER.match(text, mention.end)
            # ("This means that June's NEV penetration rate came to 51 percent": a rate the clause names)
            or PENETRATION.search(text, spans.sentence[0], mention.start)):
        # "... exceeded 1 million by the end of June. This represents a year-on-year growth of 69.3 percent": the
        # growth of the level the sentence before states
        levels = [m for m in _numbers_before(text, spans) if m.unit not in (
            "percent", "percentage_points", "times", "years", "months")]
        if levels:
            moved = levels[-1]
            named, _ = read_metric(text, moved, spans_around(text, moved), status, entity, period, known, False)
            if named and named not in _BARE_NAMES:
                return f"{named}_{_growth_base(text, mention, spans, period)}_pct", unit
    if (status == "target" and metric and "_target" not in metric and metric not in _BARE_NAMES
            and not metric.endswith("_tariff_pct")):  # (a tariff to be raised is still the tariff's rate)
        # "plans to build 10,000 charging stations by 2020": a goal for a count of things is that count's target
        # ("ipo_proceeds_usd" -> ipo_proceeds_target_usd, as nev_output_value_target_cny: the currency last)
        suffix = _GROWTH_SUFFIX.search(metric) or re.search(rf"_(?:{'|'.join(CURRENCIES)})$", metric)
        metric = (f"{metric[: suffix.start()]}_target{metric[suffix.start() :]}" if suffix
                  else f"{metric}_target")
    in_table = (table_line(text, mention.start, known_company_names()) if mention.unit in ("count", "vehicles")
                else None)
    if in_table and in_table.model:  # "The best sellers were:\nZeta Alpha-Series \u2013 9,120\n...": that model's
        return f"{in_table.model}_{in_table.measure}", "vehicles"
    modelled = _MODEL_METRIC.match(metric)
    if modelled:
        model = model_named(text, mention, spans)
        if model and not metric.startswith(f"{model}_"):  # "The Hongguang Mini EV sold 23,762 units": the model's
            return f"{model}_{modelled['rest']}", unit
        if not model and metric == "orders":
            # "Zeta unveiled the Z9 Plus and opened pre-orders. Orders exceeded 25,000 units": the model launched
            told = earlier_sentences(text, spans.sentence[0], across_paragraphs=False)[:1]
            launched = list(_MODEL_NAME.finditer(text, *told[0])) if told else []
            if launched:
                return f"{_model_slug(launched[-1])}_orders", unit
            # "A record 53,200 orders were placed for cars, while 7,300 orders were placed for motorcycles", "Ford
            # took 1,415 orders": the orders of the kind the clause names, all vehicles where it names none
            placed_for = re.search(r"(?i)\bfor\s+(?:[\w-]+\s+){0,2}?motorcycles\b",
                                   text[spans.clause[0] : spans.clause[1]])
            return f"{'motorcycle' if placed_for else what_in(text, *spans.clause) or 'vehicle'}_orders", unit
    paired = bool(_GROWTH_SUFFIX.search(metric)) and bool(_level_in_turn(text, mention, spans))
    if mention.unit == "percent" and _neighbour and (not metric or metric in _BARE_NAMES or paired):
        in_turn = _level_in_turn(text, mention, spans)
        # (a growth already named is renamed only after its level as read with the sentence around it: "420,000
        # NEVs were produced and 415,000 were sold, down 12.5% and 11.2% respectively")
        named = read_metric(text, in_turn, spans_around(text, in_turn), status, entity, period, known, paired)[0] if (
            in_turn) else ""
        if named and named not in _BARE_NAMES and not _GROWTH_SUFFIX.search(named):
            # "3.1 million were public ... and 9.3 million were private, which grew 27 percent and 47.5 percent,
            # respectively": each growth its level's, in turn (a value keeps its currency only where the same
            # thing is counted in units too: "earning 19.4 billion yuan in revenue, ... 40.2 percent" ->
            # revenue_yoy_pct)
            money = re.fullmatch(rf"(?P<base>.+)_(?:{'|'.join(CURRENCIES)})", named)
            if money and not (re.search(r"_(?:exports|imports|sales|deliveries)$", money["base"])
                              and money["base"].split("_", 1)[0] in _VEHICLE_WORDS_OF_KINDS):
                named = money["base"]
            return f"{named}_{_growth_base(text, mention, spans, period)}_pct", unit
    bare = metric in _BARE_NAMES or (metric == "years" and mention.unit != "years")  # "65,000 last year"
    if not bare or not _neighbour:
        return metric, unit
    kinds = {"count", "vehicles"} if mention.unit in ("count", "vehicles") else {mention.unit}
    # ("a 20,000 kWh storage system" takes no name from "30 megawatts of solar panels", nor a count from either)
    others = [m for m in mentions_in(text, *spans.sentence) if m.unit in kinds and m.start != mention.start
              and m.measured == mention.measured]
    for other in sorted(others, key=lambda m: abs(m.start - mention.start)):
        name, _ = read_metric(text, other, spans, status, entity, period, known, _neighbour=False)
        if name and name not in _BARE_NAMES and name != "years":
            return name, unit
    return metric, unit


# "its stock of public EV chargers, which rose 48 percent": things a relative clause's numbers are of
_WHICH_GREW = re.compile(r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*s)\s*,\s*which\s+(?:have\s+|has\s+)?"
                         r"(?:grew|rose|increased|climbed|jumped|reached|totaled|totalled|stood|hit|fell|dropped)\b")


_OF_GLOBAL_TOTAL = re.compile(r"(?i)\s+of\s+the\s+(?:global|world(?:['\u2019]s)?|worldwide)\s+total\b")
_LEVEL_FROM = re.compile(r"(?i)\b(?:up|down|rising|falling|increasing|decreasing|climbing|dropping)\s+from\s+"
                         r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+)?$")
_MASS_SUBJECT = re.compile(r"(?i)(?:['\u2019]s\s+|\bthe\s+|^)(?P<things>(?:[a-z-]+\s+){0,2}?"
                           r"(?:charging|swapping|swap)\s+infrastructure)\s+(?:exceeded|reached|stood\s+at|topped|hit|totaled|totalled|was|rose\s+to"
                           r"|grew\s+to|climbed\s+to)\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?$")
_THINGS_IN_UNITS = re.compile(r"(?i)\b(?P<words>(?:\(?[A-Za-z][\w-]*\)?\s+){1,2}?)units\b")


_NOT_THINGS_OF_UNITS = frozenset({*VEHICLE_NOUNS, "ev", "evs", "nev", "nevs", "vehicle", "car"})
_NOT_WORDS_OF_UNITS = frozenset({"new", "the", "of", "million", "thousand", "billion", "total", "more", "than", "over"})


# "Public chargers numbered 4.1 million units": things a sentence's subject names
_THINGS_ACCOUNTED = re.compile(rf"\s*(?P<things>(?:[A-Za-z-]+\s+){{0,3}}(?:{'|'.join(sorted(_CHARGING_THINGS))}))\s+"
                               r"(?:accounted\s+for|numbered|totaled|totalled|came\s+to|reached|stood\s+at)\b")


def _units_named_before(text: str, spans: Spans) -> str:
    """The things a bare "units" counts, named with "units" in the two sentences before ("counted over 11
    million EV charging units" -> ev_charging_units), when they are no vehicles; "" otherwise."""
    subject = _THINGS_ACCOUNTED.match(text, spans.sentence[0])
    if subject:  # "Public chargers numbered 4.1 million units": the subject's things
        return short_kinds("_".join(subject["things"].lower().split()))
    for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]:
        for found in _THINGS_IN_UNITS.finditer(text, start, end):
            words = [w.strip("()").lower() for w in found["words"].split()]
            if words and words[-1] not in _NOT_THINGS_OF_UNITS and not {*words} & _NOT_WORDS_OF_UNITS:
                return "_".join([*words, "units"])
    return ""


def _antecedent_things(text: str, mention: Mention, spans: Spans) -> str:
    """What a number in a relative clause counts when the clause is of things named before "which", not
    vehicles ("..., its stock of public EV chargers, which rose 48 percent ..., reaching 5.2 million" ->
    public_ev_chargers); "" otherwise."""
    found = list(_WHICH_GREW.finditer(text, spans.sentence[0], mention.start))
    if not found or re.search(r"[.;]|\b(?:while|whereas|but)\b", text[found[-1].end() : mention.start]):
        return ""
    words = re.split(r"(?i)\bof\s+", found[-1]["np"])[-1].lower().replace("-", " ").split()
    words = [w for w in words if w not in ("the", "its", "their", "a", "an")]
    if not words or words[-1] in VEHICLE_NOUNS or words[-1] in ("sales", "exports", "deliveries", "output"):
        return ""
    return re.sub(r"^nevs(?=_)", "nev", short_kinds("_".join(words)))


# "The total value of these transactions grew 14.5 percent, to 610 billion yuan": the money of the sales (exports,
# ...) the sentence before counted
_VALUE_OF_THOSE = re.compile(r"(?i)\b(?:the\s+)?(?:combined\s+|total\s+)?value\s+(?:of|for)\s+(?:the|these|those)\s+"
                             r"(?:transactions|deals|sales|trades?)\b")


def _value_of_those(text: str, mention: Mention, spans: Spans, status: str, entity: str, period: str,
                    known: dict[str, str]) -> str:
    """The money, or the growth of the money, of the vehicles the sentence before counted, when the number's
    sentence opens on "the value of the transactions"; "" otherwise."""
    opening = _VALUE_OF_THOSE.search(text, spans.sentence[0], mention.start)
    if mention.unit not in ("percent", *CURRENCIES) or opening is None:
        return ""
    previous = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    levels = [m for m in mentions_in(text, *previous[0]) if m.unit == "vehicles"] if previous else []
    if not levels:
        return ""
    level = levels[-1]
    named = read_metric(text, level, spans_around(text, level), status, entity, period, known, False)[0]
    if not named or _GROWTH_SUFFIX.search(named) or named in _BARE_NAMES:
        return ""
    currency = mention.unit if mention.unit in CURRENCIES else next(
        (m.unit for m in mentions_in(text, *spans.sentence) if m.unit in CURRENCIES), "")
    if not currency:
        return ""
    return (f"{named}_{currency}" if mention.unit in CURRENCIES
            else f"{named}_{currency}_{_growth_base(text, mention, spans, period)}_pct")


_WORTH_BEFORE = re.compile(r"(?i)\b(?:worth|valued\s+at|with\s+a\s+(?:total\s+)?value\s+of)\s+"
                           r"(?:(?:more\s+than|over|about|around|nearly|some|almost|roughly)\s+)?$")
# An industry's takings: "the automotive sector generated 305 billion yuan", "an industry scale of 350 billion yuan"
_SECTOR_MADE = re.compile(r"(?i)\b(?:sector|industry|industries)\s+(?:[\w-]+\s+){0,2}?(?:generated|created|posted"
                          r"|recorded|achieved|realized|realised)\s+(?:[\w-]+\s+){0,2}?$|\bindustr(?:y|ial)\s+scale\s+"
                          r"(?:of\s+)?(?:(?:over|about|nearly|more\s+than|some|around)\s+)?$")
_OTHER_MONEY_SAID = re.compile(r"(?i)\b(?:revenue|profits?|investment|exports|imports|sales|tax)\b")


def _read_metric(text: str, mention: Mention, spans: Spans, status: str, entity: str, period: str,
                 known: dict[str, str]) -> tuple[str, str]:
    unit = mention.unit
    if unit in CURRENCIES and (_PROJECT_AFTER.match(text, mention.end) or _PROJECT_COSTING.search(
            text, spans.sentence[0], mention.start)):
        return f"investment_{unit}", unit  # "the $150mn project", "a second phase, at a cost of $250mn": what it takes
    origin = (converted_from(text, mention, spans) or mention) if unit in CURRENCIES else mention
    scale = _SECTOR_MADE.search(text, max(spans.sentence[0], origin.start - 160), origin.start) if (
        unit in CURRENCIES) else None
    if scale and not _OTHER_MONEY_SAID.search(text, scale.end(), origin.start):
        # "the county's auto industry generated 188.6 billion yuan", "an industry scale of about 260 billion yuan by
        # 2030": what the industry's output is worth
        what = what_in(text, spans.sentence[0], origin.start) or "vehicle"
        goal = "_target" if status == "target" else ""
        return f"{what}_output_value{goal}_{unit}", unit
    price = material_price(text, mention, spans) or price_name(text, mention, spans, known_company_names())
    if price:  # "BYD's new Seal is priced from 180,000 yuan": the model's price; "cobalt prices reached"
        return price, unit
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    valued = _value_of_those(text, mention, spans, status, entity, period, known)
    if valued:
        return valued, unit
    worth = _WORTH_BEFORE.search(text, max(spans.sentence[0], mention.start - 30), mention.start) if (
        unit in CURRENCIES) else None
    worth_of = [m for m in mentions_in(text, spans.sentence[0], mention.start)
                if m.start < worth.start()] if worth else []
    if worth_of and worth_of[-1].unit in ("vehicles", "count"):
        # "imported some 9,200 vehicles worth more than US$210 million": what those vehicles are worth
        named = read_metric(text, worth_of[-1], spans_around(text, worth_of[-1]), status, entity, period, known,
                            False)[0]
        if re.search(r"_(?:imports|exports|sales|deliveries|production|shipments)$", named or ""):
            return f"{named}_{unit}", unit
    if unit in CURRENCIES and _VALUED_AT.search(text, spans.clause[0], mention.start):
        # "The listing valued the firm at $3.2 billion": what the company was worth, at its listing (whatever the
        # sentence before measured)
        listing = _LISTING.search(text, spans.sentence[0], mention.start)
        return f"{'ipo_' if listing else ''}valuation_{unit}", unit
    before = text[spans.clause[0] : mention.start]
    noun = noun_phrase(text, mention.end + (text[mention.end : mention.end + 1] == "+"))  # "1,300+ stations"
    if not noun and re.match(r"\s+of\s+them\b", text[mention.end :]):  # "84 cities boast ..., and 21 of them have"
        places_before = [n for n in (noun_phrase(text, m.end) for m in mentions_in(text, spans.sentence[0],
                                                                                  mention.start))
                         if n.endswith(_PLACES_COUNTED)]
        noun = places_before[-1] if places_before else noun
    spaces = _SPACES_AFTER.match(text, mention.end)
    # (a ship the sentence names, or the story: "Anji Ansheng measures 228 meters ..., with a maximum capacity of
    # carrying 9,500 standard vehicles" under a headline on a car carrier)
    ship_told = _SHIP.search(sentence) or not _PLANT_WORDS.search(sentence) and any(_SHIP.search(text, *r) for r in [
        _headline_and_lead(text)[0], *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:2]])
    if unit in ("vehicles", "count") and (_CAN_CARRY.search(text, max(spans.sentence[0], mention.start - 80),
                                                           mention.start) or spaces) and (
            ship_told or spaces and _SHIP.search(text)):
        # ("each offers 7,800 vehicle spaces", "a car carrier with 8,600 standard spaces")
        return "vehicle_carrying_capacity", "vehicles"  # "carriers capable of carrying 7,000 or 8,500 vehicles"
    if unit == "vehicles" and _CARRYING.search(text, max(spans.sentence[0], mention.start - 40), mention.start) and (
            _SHIP.search(sentence) or _TRAIN.search(sentence)) and not measures_in(text, *spans.clause) and (
            _VEHICLES_AFTER.match(text, mention.end)):
        # "A train carrying 260 NEVs left", "a ship carrying some 5,200 cars sailed": what it took
        what = what_in(text, mention.end, min(spans.sentence[1], mention.end + 40)) or "vehicle"
        return f"{what}_shipments", unit
    if unit in ("count", "people") and _employed(text, mention, spans, noun):
        return "employees", unit  # "Nortruk has a staff of 2,300", after a sentence on its sales
    if noun and listed_after(text, mention, spans):  # "4,000 and 1,000 pickups and vans, respectively": the list's
        noun = ""
    things = _antecedent_things(text, mention, spans) if not noun and unit in ("count", "percent") else ""
    if things:  # "its stock of public EV chargers, which rose 48 percent ..., reaching 5.2 million"
        return (f"{things}_{_growth_base(text, mention, spans, period)}_pct" if unit == "percent"
                else things), unit
    ranked = ranked_name(text, mention.start, spans.sentence) if unit == "count" and not noun else None
    if ranked:
        maker, model_name = model_of(text[ranked[0] : ranked[1]], known_company_names(), PLACE_SET)
        if model_name and maker and not PRICED.search(sentence):  # "Zeta Q5 (5,310), Orion e7 (4,780)": each
            # model's figure
            measures = list(LIST_MEASURE.finditer(text, *spans.sentence))  # (the measure its sentence names)
            return f"{model_name}_{(measures[0].lastgroup or 'sales') if measures else 'sales'}", "vehicles"
        by = ranked_by(text, spans)  # "Guangdong (11,008), Jiangsu (6,285)": what the ranking counts
        if by in VEHICLE_NOUNS:  # ("19,000 cars sold ... BYD (4102 sales)": the cars' measure, sales by default)
            series = [m.lastgroup for m in measures_in(text, *spans.sentence) if m.lastgroup in SERIES]
            by = series[0] if series else "sales"
        by = f"vehicle_{by}" if by in SERIES else by  # ("Chery (3780, up 105.8)": a bare measure counts vehicles)
        changes = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"]
        a_change = re.search(r"\b(?:up|down)\s+$", text[max(0, mention.start - 8) : mention.start])
        if not by and changes and a_change:
            # "Zeta (up 4.4%) and Orion (up 12.6)": the change the item before states, of its series
            named = read_metric(text, changes[-1], spans, status, entity, period, known, False)[0]
            return (named, unit) if named else (by, unit)
        if by and a_change:
            return f"{by}_{_growth_base(text, mention, spans, period)}_pct", unit  # its change: "up 105.8"
        if by:
            return by, unit
    part = part_name(text, mention, spans, noun) if noun.rsplit("_", 1)[-1] not in VEHICLE_NOUNS else ""
    if part:  # "542,000 charging piles were newly built, including 237,000 public piles": named from the whole
        noun = part
    elif noun == "ones" or noun.endswith("_ones"):
        # "800,000 charging points, including 100,000 public ones": the things the number before counts
        # ("... 190,000 charging poles. There are also 170,000 private ones": the sentence before's)
        for region in [(spans.sentence[0], mention.start), *earlier_sentences(text, spans.sentence[0])[:1]]:
            numbers = [m for m in _COUNT_OR_WORD.finditer(text, *region) if not is_year_number(m.group())
                       and not re.match(r"\s*(?:%|percent)", text[m.end() :])]
            things = noun_phrase(text, numbers[-1].end()) if numbers else ""
            if things:
                noun = f"{noun.removesuffix('ones')}{thing_of(things) if '_' in noun else things}"
                break
    upper = _RANGE_REST.match(text, mention.end)
    if not noun and upper:  # "two to three vessels": what the range's high end counts
        noun = noun_phrase(text, upper.end())
    things_units = re.fullmatch(r"(?:new_)?(?P<things>(?:[a-z]+_)*(?:charging|infrastructure|swap|swapping|battery|"
                                r"batteries|piles?|poles?|stations?)_units)", noun)
    mass = _MASS_SUBJECT.search(text, spans.clause[0], mention.start) if noun == "units" else None
    if mass:  # "the nation's charging infrastructure exceeded 8.2 million units": units of it
        return f"{snake(mass['things'])}_units", "count"
    if unit == "vehicles" and things_units:  # "3.1 million charging infrastructure units were newly built": those
        return things_units["things"], "count"  # units (new ones named so after, by what was done with them)
    if unit == "vehicles" and noun and noun.rsplit("_", 1)[-1] not in VEHICLE_NOUNS:
        unit = "count"  # "10 car brands" counts brands, not cars
    context = _region_read(text, mention, spans, entity)
    if (context.measure == "exports" and is_plant(entity) and _PLANT_SHIPPED.search(text, *spans.clause)
            and not _ABROAD_WORDS.search(text, *spans.clause)):
        context = Read(context.what, "shipments")  # "the plant shipped 916,000 cars": at home and abroad
    elif (context.measure == "exports" and _is_company(entity) and not is_facility(entity)
          and _PLANT_SHIPPED.search(text, *spans.clause) and not _ABROAD_WORDS.search(text, *spans.sentence)
          and not _MARKETS_LISTED.search(text, *spans.sentence) and not _TO_ABROAD.search(text, *spans.sentence)):
        context = Read(context.what, "deliveries")  # "Zeta shipped 30,500 vehicles in February": to its buyers
    elif (context.measure == "exports" and is_facility(entity) and not is_plant(entity)
          and not _ABROAD_WORDS.search(text, *spans.sentence)
          and not any(m.lastgroup == "exports" and re.match(r"(?i)export", m.group())
                      for m in measures_in(text, *spans.sentence))):
        # "310 vehicles loaded on a ro-ro ship left the port, bound for Saudi Arabia": what a port ships,
        # which the text does not call exports
        context = Read(context.what, "shipments")
    elif context.measure == "production" and status != "actual" and _PLANT_A_YEAR.search(sentence) and (
            _PLANT_WORDS.search(sentence) or is_plant(entity)) and not _IN_A_YEAR.search(text, *spans.clause):
        # "the factory will produce 80,000 cars a year": what it can make ("its annual output will be
        # 380,000 vehicles in 2025" is that year's production)
        context = Read(context.what, "capacity")
    number_of = _number_of_things(text, mention, spans) if noun in ("", "units") else ""
    people = _PEOPLE_BEFORE.search(text, max(spans.clause[0], mention.start - 60), mention.start) if (
        unit in ("count", "vehicles") and noun in ("", "units") and not number_of) else None
    if people:  # "a user base of 3 million", "owners topping 2.5 million": people counted
        return f"{people['who'].lower()}{'' if people['who'].lower().endswith('s') else 's'}", "count"
    counted_thing = (number_of or _the_number_of_subject(text, mention, spans)
                     if noun in ("", "units") else "")  # "the number of facilities reaching 12.1 million units"
    if not counted_thing and noun in ("", "units") and not measures_in(text, *spans.sentence):
        counted_thing = _things_as_subject(text, spans)  # "Public EV charging facilities stood at 4.32 million units"
    if counted_thing and unit in ("count", "vehicles"):
        # "the number of public charging piles built in China climbed to 214,000": a count of them, whatever
        # the words inside the noun phrase ("built") measure; "the number of public chargers listed by its members
        # came to 702,000": those chargers, not the members
        name = _count_name(text, mention, spans, "count", entity, known)
        named_number = name not in known.values() and not name.endswith(counted_thing) and number_of == counted_thing
        return _of_network(text, spans, counted_thing if name == "count" or named_number else name), "count"
    if counted_thing and unit in ("percent", "times") and not measures_in(text, *spans.clause) and not (
            unit == "percent" and _SHARE_SAID_AFTER.match(text, mention.end)):  # ("reached a 14% market share")
        name = _count_name(text, _number_before(text, mention, spans) or mention, spans, "count", entity, known)
        name = _of_network(text, spans, counted_thing if name == "count" else name)
        suffix = "pct" if unit == "percent" else "times"
        return f"{name}_{_growth_base(text, mention, spans, period)}_{suffix}", unit
    if (unit in ("vehicles", "companies") and noun.rsplit("_", 1)[-1] in (*VEHICLE_NOUNS, "companies")
            and not measures_in(text, *spans.sentence)):
        # "licences to 900 vehicles" after a sentence on intelligent connected vehicles: a series data/metrics.csv
        # has, whose reader's name the sentence and the one before it say
        previous = earlier_sentences(text, spans.sentence[0])[:1]
        said = text[previous[0][0] if previous else spans.sentence[0] : spans.sentence[1]]
        reused = known_by_label(said, noun or "vehicles", known)
        if reused:
            return reused, unit
    target = "_target" if status == "target" else ""
    rate = _IZATION_RATE.search(text, spans.sentence[0], mention.start) if unit == "percent" else None
    if rate:  # "the localization rate of its parts has passed 90 percent": a share, of what it names
        return f"{rate['stem'].lower()}ized_share_of_{rate['whole'].replace(' ', '_').replace('-', '_')}", unit
    if (growth := rate_changed(text, mention, spans)) is not None:  # "1.9 percentage points slower than"
        # (a growth the sentence before states is read in its own sentence)
        grown_in = spans if growth[0].start >= spans.sentence[0] else spans_around(text, growth[0])
        of_growth = read_metric(text, growth[0], grown_in, status, entity, period, known)[0]
        if of_growth:
            return f"{of_growth}_{growth[1]}_pp", unit
    of_target = _OF_TARGET.match(text, mention.end) if unit == "percent" else None
    completed = _COMPLETION_RATE.search(text, max(spans.clause[0], mention.start - 40), mention.start) if (
        unit == "percent" and re.search(r"(?i)\b(?:target|goal)\b", text[spans.sentence[0] : mention.start])) else None
    if of_target or completed:
        # "the figures equaled 96 percent of their annual objectives", "with an annual target of 3 million units,
        # reaching a completion rate of 81.9%": how much of the goal is met
        base = f"{context.what or 'vehicle'}_{context.measure or 'sales'}"
        return f"{base}_target_completion_pct", unit
    of_price = _OF_PRICE.match(text, mention.end) if unit == "percent" else None
    if of_price and _GIVEN.search(text, spans.clause[0], mention.start):
        # "can claim a subsidy worth up to 9% of the vehicle price for scrapping an old car": a subsidy's rate
        kind = f"{_bought_with(text, spans, mention.start)}{_scheme_of(text, spans)}"
        return f"{kind}subsidy_share_of_vehicle_price", unit
    levied = [spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]]
    # ("changed the purchase tax on NEVs. Purchasers now have to pay a 5% tax")
    purchase_tax = unit == "percent" and (_PURCHASE_TAX_AFTER.match(text, mention.end) or (
        _LEVY_AFTER.match(text, mention.end) and any(_PURCHASE_TAX.search(text, *r) for r in levied)))
    if purchase_tax:  # "a new 5 percent buyers' tax", "NEV buyers now owe a 5 percent levy" (of the purchase tax)
        return f"{next((w for w in (what_in(text, *r) for r in levied) if w), '') or 'vehicle'}_purchase_tax_pct", unit
    tariff = _tariff(text, mention, spans) if unit == "percent" else ""
    if tariff:  # "a 15 percent duty on imported cars", "lift its EV tariff to 25%": a rate charged
        return tariff, unit
    levels = [m for m in mentions_in(text, spans.sentence[0], mention.start)
              if m.unit not in ("percent", "percentage_points", "times")] if (
        unit == "percent" and _GLOBAL_SHARE_BARE.match(text, mention.end)) else []
    level_named = read_metric(text, levels[-1], spans_around(text, levels[-1]), status, entity, period, known,
                              False)[0] if levels else ""
    if level_named and level_named not in _BARE_NAMES and not _GROWTH_SUFFIX.search(level_named) and (
            "_share" not in level_named):
        return f"{level_named}_global_share_pct", unit  # "second, at 90 GWh, with a 9.9% global share"
    held_global = _held_global_share(text, mention, spans, context) if unit in ("percent", "percentage_points") else ""
    if held_global:  # "a 24% global market share in EV sales, 2 percentage points more than a year before"
        return (f"{held_global}_{_growth_base(text, mention, spans, period)}_pp" if unit == "percentage_points"
                else held_global), unit
    maker_share = _battery_maker_share(text, mention, spans, entity) if unit in ("percent", "percentage_points") else ""
    if maker_share:  # "CATL ... held 41.2 per cent of the market, 2.4 percentage points less": of the country's
        return (f"{maker_share}_{_growth_base(text, mention, spans, period)}_pp" if unit == "percentage_points"
                else maker_share), unit
    level = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit != "percent"
             and _BRACKETED_CHANGE.fullmatch(text, m.end, mention.start)] if unit == "percent" else []
    if level:  # "The total includes 910 buses (up 12.5%) and ...": the change of the level just before it
        named = read_metric(text, level[-1], spans_around(text, level[-1]), status, entity, period, known, False)[0]
        if named:
            return f"{named}_{_growth_base(text, mention, spans, period)}_pct", unit
    in_turn = _national_shares_in_turn(text, mention, spans, status, entity, period, known) if (
        unit == "percent") else ""
    if in_turn:  # "... 3.1 million units, 1.6 million of them NEVs, making up 9.8% and 12.1% of the
        return in_turn, unit  # country's total, respectively": each level's share of the country's, in turn
    part_of = _part_of_level(text, mention, spans, status, entity, period, known) if unit == "percent" else ""
    if part_of:  # "136,700 cars shipped abroad ... only 54.3% of them were battery-electric": a kind's share
        return part_of, unit
    if unit == "percent" and _chinese_share_abroad(text, mention, spans):
        # "Chinese brands held a 6.7% market share in Hungary", "they made up almost 17% of sales in Denmark": the
        # Chinese brands' share of the market abroad; of its electric cars when the words after say so ("7.4% of
        # the bloc's electric car registrations")
        of_evs = _OF_EV_MARKET.match(text, mention.end)
        return f"chinese_brand_share_of_{'nev' if of_evs else 'new_vehicle'}_sales", unit
    in_turn = _share_in_turn(text, mention, spans, status, entity, period, known) if unit == "percent" else ""
    if in_turn:  # "BEVs made up 57 percent of NEV sales; PHEVs accounted for 30 percent": of the same whole
        return in_turn, unit
    abroad_share = _share_abroad(text, mention, spans) if unit == "percent" else ""
    if abroad_share:  # "Zeta led the market with a 20.4% share, followed by Lumen's 14.2%": in the country abroad
        return abroad_share, unit
    of_global = _SHARE_OF_GLOBAL.search(text, spans.sentence[0], mention.start) if unit in (
        "percent", "percentage_points") else None
    if of_global:  # "the country's share of global battery installations went up 2 points to 58%": the world's
        name = (f"{what_in(text, of_global.start('whole'), of_global.end('whole')) or context.what or 'vehicle'}_"
                f"{_measure_named(text, *of_global.span('whole'), context)}_global_share_pct")
        return (f"{name}_{_growth_base(text, mention, spans, period)}_pp" if unit == "percentage_points"
                else name), unit
    if unit in ("percent", "percentage_points"):
        share = (SHARE_BEFORE.search(before[-100:]) and not _CHANGE_AFTER_NUMBER.match(text, mention.end)
                 and not _OF_WHICH_CHANGED.search(before[-100:])) or (
            unit == "percent" and SHARE_AFTER.match(text, mention.end) and not mention.direction)
        # ("representing only a 2% rise": a change, whatever the verb before it)
        share = share or (unit == "percent" and bool(_SHARE_MOVED_TO.search(text, spans.sentence[0], mention.start)))
        penetration = SHARE_BEFORE.search(text, max(spans.sentence[0], mention.start - 130), mention.start)
        if not share and penetration and penetration.group().lower().startswith("penetration"):
            share = True  # "the NEV penetration rate, which analysts watch closely as a sign of demand, reached"
        if not share and unit == "percent" and _BAR_THEN_REACHING.search(text, spans.sentence[0], mention.start) and (
                PENETRATION.search(
                    text, spans.sentence[0], mention.start)):
            share = True  # "the NEV penetration rate topped 45% for the first time, hitting 46.2%"
        before_it = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
        if not share and unit == "percent" and before_it and _IT_REACHED.match(text, spans.sentence[0]) and (
                _RATE_TOLD.search(text, *before_it[0])) and not measures_in(text, *spans.sentence):
            share = True  # "... the global NEV penetration rate kept climbing. In 2022, it stood at 11%"
        if not share and unit == "percent" and spans.clause[0] > spans.sentence[0] and _IT_REACHED.match(
                text, spans.clause[0]) and _RATE_TOLD.search(text, spans.sentence[0], spans.clause[0]):
            share = True  # "In May the NEV share was 35.2 per cent; in the year as a whole, it was 30.3 per cent"
        if not share and unit == "percent" and before_it and _FIGURE_WILL_REACH.search(
                text, max(spans.sentence[0], mention.start - 80), mention.start) and any(
                SHARE_BEFORE.search(text, max(before_it[0][0], m.start() - 160), m.start())
                for m in _PERCENT_SAID.finditer(text, *before_it[0])):
            share = True  # "EVs will make up 38% of sales next year ... The proportion should hit 80 percent"
        sold_are = _SOLD_ARE_KIND.match(text, mention.end) if unit == "percent" and not mention.direction else None
        if not share and sold_are:
            share = True  # "a fifth of cars sold this year should be electric"
        if not share and unit == "percent" and not mention.direction and re.search(
                r"(?i)\b(?:equivalent|equal)\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$", before) and (
                re.match(r"(?i)\s+of\s+(?!(?:its|the)\s+(?:target|goal|plan)\b)", text[mention.end :])):
            share = True  # "10.1 million units, equal to 52% of all retail sales"
        if not share and unit == "percent" and any(
                m.start("levels") <= mention.start < m.end("levels") for m in _SHARE_FROM_TO.finditer(
                    text, spans.sentence[0], spans.sentence[1])):
            share = True  # "The share of Chinese vehicles there rose from 12 percent in 2023 to 41 percent"
        of_the_total = _OF_THE_TOTAL_OPENS.match(text, spans.sentence[0])
        are_after = _ARE_KIND.match(text, mention.end) if of_the_total and unit == "percent" else None
        if not share and are_after and what_in(text, are_after.start("kind"), are_after.end("kind")):
            share = True  # "Of the 1.7 million NEVs exported, 96% are passenger cars": the part's share of the whole
        earlier_share = _earlier_share(text, mention, spans)
        if not share and earlier_share is not None and _AND_THEN_SHARE.fullmatch(text, earlier_share.end,
                                                                                 mention.start):
            share, mention_for_whole = True, earlier_share  # "38% of car sales in 2025 and about 46% a year later"
        elif not share and earlier_share is not None and re.search(
                r"(?i)\b(?:from|compar(?:ed|ing)\s+with|versus|against)\s+(?:an?\s+\w+\s+|just\s+|only\s+)?"
                + HEDGE_BEFORE + "$"
                r"|\bfrom\s.*\bto\s+(?:[\w']+\s+){0,2}$"  # "from 2019's 10 percent to this year's 22"
                r"|\bas\s+in\s+[A-Z]\w+(?:\s+\d{4})?\s*\(\s*$", before):  # "the same as in November (43.9 per cent)"
            share, mention_for_whole = True, earlier_share  # "57 percent ..., up from an estimated 48 percent"
        else:
            mention_for_whole = earlier_share if (unit == "percentage_points" and earlier_share) else mention
        if share and _MARGIN_AFTER_SHARE.search(before[-100:]):
            share = False  # ("A larger share of costly models raised its gross margin to 27.4%": the margin)
        where = _revenue_where(text, spans.sentence[0], mention_for_whole.start) if (
            unit == "percentage_points" or share) else ""
        if not where and unit == "percent" and _OF_REVENUE.match(text, mention.end):
            where = _revenue_where(text, mention.end, spans.sentence[1])
        if where:
            # "sales abroad were 21.2 percent of what the firm took in, its overseas revenue", "some 58% of its
            # revenue came from China": a company's own
            name = f"{where}_share_of_revenue"
            return (f"{name}_{_growth_base(text, mention, spans, period)}_pp" if unit == "percentage_points"
                    else name), unit
        segment = segment_revenue(text, spans.sentence[0], mention_for_whole.start) if share and re.match(
            r"(?i)\s+of\s+(?:the\s+)?(?:company['\u2019]s\s+|its\s+|the\s+group['\u2019]s\s+)?(?:total\s+)?revenues?\b",
            text[mention_for_whole.end :]) else ""
        if segment:  # "Battery system sales revenue was ..., some 65% of its total revenue"
            return f"{segment}_share_of_revenue", unit
        margins = [m.lastgroup or "" for m in measures_in(text, spans.clause[0], mention.start)
                   if (m.lastgroup or "").endswith("_margin")] if unit == "percentage_points" and not share else []
        if margins:  # "..., and its gross margin widened by 2 percentage points": the margin's (see read_metric)
            return margins[-1], unit
        if unit == "percentage_points" or share:
            body = what_in(text, spans.clause[0], mention_for_whole.start)
            conceded = list(_CONCEDED.finditer(text, spans.sentence[0], mention_for_whole.start))
            part = (body if body in ("sedan", "suv", "mpv", "pickup_truck") else  # "with SUVs making up 58 percent"
                    # ("NEV passenger car retail sales came to ..., lifting the market's share of NEVs to 52.4
                    # percent": the kind the share's own clause names)
                    "nev" if _SHARE_OF_KIND.search(text, (spans if mention_for_whole is mention else spans_around(
                        text, mention_for_whole)).clause[0], mention_for_whole.start) else
                    # ("Though NEVs gain, petrol cars hold on, at 45% of sales": the subject's)
                    (what_in(text, conceded[-1].end(), mention_for_whole.start) if conceded else "")
                    or what_in(text, spans.sentence[0], mention_for_whole.start) or context.what)
            rates = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"][-1:] if (
                unit == "percentage_points") else []
            qualified = _OF_THEM_QUALIFIED.match(text, (rates[0] if rates else mention_for_whole).end)
            if qualified and what_in(text, *qualified.span("whole")):
                # "Some 81% of Northvale's NEVs are private cars": the qualified part of those in use
                whole_what = what_in(text, *qualified.span("whole"))
                name = f"{qualified['qualifier'].lower()}_vehicle_share_of_{whole_what}_ownership"
                return (f"{name}_{_growth_base(text, mention, spans, period)}_pp" if unit == "percentage_points"
                        else name), unit
            are_kind = _OF_TOTAL_ARE.match(text, mention_for_whole.end) or are_after
            named_after = what_in(text, are_kind.start("kind"), are_kind.end("kind")) if are_kind else ""
            if named_after:  # "51% of the whole volume are fuel cars": the kind after
                part = named_after
            sold_kind = _SOLD_ARE_KIND.match(text, mention_for_whole.end)
            if sold_kind:  # ("... of cars sold should be electric": NEVs; "pure electric": BEVs)
                said_kind = sold_kind["kind"].lower()
                part = ("phev" if "hybrid" in said_kind else "bev" if re.match(r"(?:fully|pure|battery)", said_kind)
                        else "nev")
            group = share_group(text, spans if mention_for_whole is mention else spans_around(text, mention_for_whole),
                                mention_for_whole, _abroad(text, spans), known_company_names())
            # (a group of brands holds a share of what the whole names, whatever kind the sentence counts)
            whole = _whole(text, mention_for_whole, spans, context, "" if group else part, grouped=bool(group))
            whole_span = of_the_total.span("whole") if named_after and of_the_total and are_after else None
            whole_what = what_in(text, *whole_span) if whole_span else ""
            if whole_span and whole_what:  # "Of the 1.7 million NEVs exported, 96% are passenger cars": of NEV exports
                found = measures_in(text, *whole_span)
                whole_measure = (found[0].lastgroup if found else "") or (
                    "ownership" if whole.endswith("_ownership") else context.measure)  # (of the vehicles in use)
                whole = f"{whole_what}_{whole_measure or 'sales'}"
            of_nevs = OF_WHOLE.match(text, mention_for_whole.end)
            if (part == "nev" and whole.startswith(("new_vehicle_", "vehicle_")) and of_nevs
                    and _NAMES_NEVS.search(of_nevs["whole"])
                    and _EVS_AS_PART.fullmatch(text[spans.sentence[0] : mention_for_whole.start])):
                # "Electric cars made up 70 percent of NEV sales": the pure electric ones, of NEVs
                part, whole = "bev", "nev_" + whole.removeprefix("new_").removeprefix("vehicle_")
            batteries = batteries_in(text, spans.sentence[0], mention_for_whole.start)
            if context.measure == "installed_capacity":  # "ternary batteries ... were 30 percent of the total"
                part = (batteries[-1] if batteries else "") or context.what
                whole = "power_battery_installed_capacity"
            elif batteries and batteries[-1] in ("power_battery", "other_battery") and _OTHER_BATTERIES.search(text):
                # "power batteries took 70% of sales", "other batteries were 30% (12 GWh)": of all
                part = batteries[-1]
                stated = [m.lastgroup for m in measures_in(text, *spans.sentence) if m.lastgroup in _BATTERY_MEASURES]
                whole = f"battery_{stated[0] if stated else context.measure or 'sales'}"
            if _is_company(entity) and not group and whole.startswith("new_vehicle_") and part in POWERS:
                whole = whole.removeprefix("new_")  # "Orion's NEVs were 45.6 percent of its sales": of all it sold
            name = f"{group or _share_part(part, whole)}_share_of_{whole}"
            global_whole = _GLOBAL_WHOLE.match(text, mention_for_whole.end)
            if global_whole:  # "30 percent of global auto sales": a place's share of the world's
                whole_what = what_in(text, global_whole.start(), global_whole.end()) or context.what or "vehicle"
                measure = _measure_named(text, global_whole.start(), global_whole.end(), context)
                return f"{whole_what}_{measure}_global_share_pct", unit
            market = None if group else _company_market(text, mention_for_whole, spans, entity)
            if market:  # "Orion ... 14.2 percent of the car market": a carmaker's share of the market
                measure = _measure_named(text, *market.span("market"), context)
                # (what the market words name, else what the sentences before count, else the headline's kind:
                # "Orion leads the EV market ... Zeta's share slipped to 6.1%": of NEV sales)
                whole_what = what_in(text, *market.span("market")) or (
                    context.what if context.what not in ("", "vehicle") else "") or _story_kind(text, spans) or (
                    "vehicle")
                scope = "global" if _WORLDWIDE.search(market.group()) else "national"
                name = f"{whole_what}_{measure}_{scope}_share_pct"
                return (f"{name}_{_growth_base(text, mention, spans, period)}_pp" if unit == "percentage_points"
                        else name), unit
            share_before = text[max(spans.sentence[0], mention_for_whole.start - 80) : mention_for_whole.start]
            if entity != "China" and (_NATIONAL_WHOLE.match(text, mention_for_whole.end)
                                      or _DOMESTIC_SHARE.search(share_before)):
                # "Jiangsu's output was 38 percent of China's total": the part's share of the country's whole
                # what the whole names ("of China's NEV sales"), else what the part counts ("made 1.2 million NEVs,
                # 18 percent of the country's total")
                whole_said = OF_WHOLE.match(text, mention_for_whole.end) or _SHARE_OF_WHOLE.match(
                    text, mention_for_whole.end)  # ("a 12 percent share of China's NEV market")
                share_start = max(spans.sentence[0], mention_for_whole.start - 80)
                named_before = _DOMESTIC_SHARE.search(text, share_start, mention_for_whole.start)
                # ("its share of China's pure-electric SUV segment slipped to 19.6%": of what the words before name)
                said_span = ((whole_said.start("whole"), whole_said.end("whole")) if whole_said
                             else named_before.span() if named_before and what_in(text, *named_before.span())
                             else (mention_for_whole.end, mention_for_whole.end))
                measure = _measure_named(text, *said_span, context)
                national = f"{what_in(text, *said_span) or part or context.what or 'vehicle'}_{measure}"
                if unit == "percentage_points":
                    return f"{national}_national_share_pct_{_growth_base(text, mention, spans, period)}_pp", unit
                return f"{national}_national_share_pct{target}", unit
            group = markets_group(text, spans.sentence[0], mention_for_whole.start) or (
                export_destination(text, mention_for_whole, spans) if whole.endswith("_exports") else "")
            if group and part in ("", "vehicle"):  # "exported to the three emerging markets, accounting for 20
                name = f"{group}_share_of_{whole}"  # percent of the total": those markets' share
            if _BY_PRIVATE.match(text, mention_for_whole.end):
                name = f"private_share_of_{whole}"
            owner = _OWNER_OF_WHOLE.match(text, mention_for_whole.end)
            if owner and owner["place"] in PLACE_SET and owner["place"] != entity:
                # a port's "25.5 percent of China's total vehicle exports": its own share of a larger place's whole
                name = f"share_of_{owner['place'].lower().replace(' ', '_')}_{whole}"
            told = measures_in(text, spans.sentence[0], mention_for_whole.start)
            abroad = _OVERSEAS_MARKETS.search(text, spans.clause[0], mention_for_whole.start)
            if (told and told[-1].lastgroup == "overseas_sales" or abroad) and whole.endswith("_sales"):
                # "..., of which 40,000 were sold abroad, 20 percent of sales", "overseas markets accounted for 18
                # percent of its total sales": a share of the seller's own sales, of all of them
                whole = re.sub(r"^(?:new_)?(?:\w+_)?vehicle_(?:overseas_)?sales$", "vehicle_sales", whole)
                name = f"overseas_share_of_{whole.replace('new_vehicle_sales', 'vehicle_sales')}"
            elif whole.endswith("_sales") and (
                    (_HOME_SALES_BEFORE.search(text, spans.clause[0], mention_for_whole.start)
                     and _OF_ITS_SALES.match(text, mention_for_whole.end))
                    or _OF_ITS_VEHICLES_AT_HOME.match(text, mention_for_whole.end)):
                # "China sales make up about 85% of Zeta's total sales", "sells more than 85% of its cars in
                # China": the home market's share of a carmaker's sales
                name = "domestic_share_of_vehicle_sales"
            elif (told and told[-1].lastgroup == "exports" and whole.endswith(("_sales", "_deliveries"))
                  and (_OF_ITS_SALES.match(text, mention_for_whole.end)
                       or _OF_ALL_SALES.match(text, mention_for_whole.end))):
                # "Exports were a fifth of its total sales", "exports were some 14 per cent of all vehicle sales in
                # China": the exports' share of the seller's, or of the country's
                exports_of = f"{part}_" if part in ("nev", "passenger_car", "nev_passenger_car") else ""
                name = f"{exports_of}exports_share_of_{whole.replace('new_vehicle_sales', 'vehicle_sales')}"
            if unit == "percentage_points":
                return f"{name}_{_growth_base(text, mention, spans, period)}_pp", unit
            return name + target, unit  # "aims to raise the NEV share of sales to 20 percent": a goal
    if unit in ("square_meters", "square_kilometers"):
        area = area_name(text, mention, spans, is_event(entity))
        if area:
            return area, unit
        site = re.search(r"(Port|Terminal|Plant|Gigafactory)$", entity) if is_facility(entity) else None
        if site and not measures_in(text, *spans.clause):  # "Spanning 860,000 square meters, the terminal ..."
            return f"{site[1].lower()}_area", unit
    length = length_name(text, mention, spans) if unit in ("count", "vehicles") else ""
    if length:
        return length, "count"
    total = _TOTAL_TO.search(text, max(spans.sentence[0], mention.start - 60), mention.start)
    if total:  # "4,000 new swap stations opened, bringing the total to 9,000": all of them
        added = [m for m in _COUNT_BEFORE.finditer(text[spans.sentence[0] : total.start()])
                 if not is_year_number(m.group())]
        noun = noun_phrase(text, spans.sentence[0] + added[-1].end()) if added else ""
        if noun and noun.rsplit("_", 1)[-1] not in VEHICLE_NOUNS:
            return re.sub(r"^(?:new|more|additional|newly_[a-z]+)_", "", noun), unit
    model = _MODEL.match(text, mention.end) or _OF_ITS_MODEL.match(text, mention.end)
    if model and context.measure in SERIES:  # "delivered 1,210 LP7s": the model's deliveries ("3,600 of its Zeta
        # ONE SUVs")
        return f"{snake(model[1] or model[2])}_{context.measure}", "vehicles"
    named_model = _MODEL_PLURAL.match(text, mention.end)
    if (named_model and context.measure in SERIES and named_model[1] not in PLACE_SET
            and not {named_model[1], named_model[1].split()[0]} & set(known_company_names())):
        # "delivered 7,412 Aero ONEs", "sold 20,100 Seals": the model's
        return f"{snake(named_model[1])}_{context.measure}", "vehicles"
    # "Nissan has four e-cars at this show": what a company brings to a show is on show there
    at_show = bool(_AT_SHOW.search(text, spans.clause[0], spans.clause[1]) and re.search(
        r"(?i)\b(?:has|have|brought|brings|bring)\s+(?:[\w-]+\s+){0,2}$", text[spans.clause[0] : mention.start])
        and not measures_in(text, *spans.clause))
    if (is_event(entity) or at_show) and (at_show or _ON_SHOW.search(text, spans.clause[0], spans.clause[1]) or (
            CONTINUES.search(text, spans.clause[0], spans.clause[1]) and _ON_SHOW.search(text, *spans.sentence))):
        # "shows 640 cars", "has 12 concept cars and 95 new-energy vehicles on show"
        kind = paired_what(text, mention, spans) or what_in(text, mention.end, min(mention.end + 30, spans.clause[1]))
        if not kind and not noun:  # "The number of vehicles on display is 1,132, of which 469 are NEVs"
            kind = what_in(text, spans.clause[0], mention.start) or what_in(text, mention.end, spans.sentence[1])
        if kind in ("", "vehicle") and re.match(r"(?i)with\b", text[spans.clause[0] : spans.clause[1]]):
            # "Electric models stole the show, with some 150 vehicles on show": those
            kind = what_in(text, spans.sentence[0], spans.clause[0]) or kind
        if kind == "nev" or noun in VEHICLE_NOUNS or (not noun and kind == "vehicle"):  # vehicles of a kind
            return f"{kind or 'vehicle'}s_displayed", "vehicles"
        if noun.rsplit("_", 1)[-1] in VEHICLE_NOUNS:  # "20 concept cars"
            return noun, "count"
    if is_event(entity) and _KIND_OF_SHOWN.fullmatch(noun) and noun.rsplit("_", 1)[-1] in VEHICLE_NOUNS and (
            not measures_in(text, *spans.clause)):
        return noun, "count"  # a show's "117 global premieres, ..., 41 concept cars": those it has
    energy = re.match(r"(?i)\s*(?:kilo|giga|mega)?watt[- ]hours?\b|\s*[GMk]Wh\b", text[mention.end:])
    if energy and context.measure not in ("installed_capacity", "exports") and not _BATTERY_OUTPUT.search(
            text, *spans.clause) and any(
            m.lastgroup == "installed_capacity" for r in earlier_sentences(text, spans.sentence[0], True)[:4]
            for m in measures_in(text, *r)):  # "In March the output rose 25 percent to 12.5 GWh" after the
        context = Read(battery_in(text, *spans.sentence) or "power_battery", "installed_capacity")  # installations
    elif energy and context.measure == "production" and context.what in VEHICLE_KINDS:
        # "The output came to 9.6 gigawatt-hours": energy is no vehicle's output but a battery's, the kind the
        # sentences before name
        kinds = [what_in(text, *r) for r in earlier_sentences(text, spans.sentence[0], True)[:3]]
        battery = next((k for k in kinds if k.endswith("battery")), "")
        context = Read(battery, "production") if battery else context  # (no battery named: not a battery's)
    counted = unit == "count" and not energy and not re.match(r"(?i)\s+(?:units|vehicles|cars|NEVs)\b",
                                                              text[mention.end:])
    if counted and noun.endswith("models") and mention.value >= 100_000 and context.measure in SERIES:
        # "31 million vehicles were made, including 14.1 million new energy models": cars of those kinds, not
        # a count of models
        counted, unit = False, "vehicles"
    measured = noun.rsplit("_", 1)[-1] in ("exports", "imports", "sales", "deliveries", "registrations")
    if not context.measure or unit not in ("count", "vehicles", "percent", "times", *CURRENCIES) or (
            counted and noun and noun.rsplit("_", 1)[-1] not in VEHICLE_NOUNS and not measured):
        # "88,000 automobile exports" are vehicle exports, not a count named "automobile_exports"
        if unit == "times" and _VIEWED.search(text, max(spans.clause[0], mention.start - 40), mention.start):
            return "video_views", "count"  # "clips were watched more than 600 million times": views, counted
        if unit in ("percent", "times") and not context.measure:
            # "the count of fast chargers grew 41 percent", "2.2 million chargers, up 10
            # percent": the growth of the count its sentence names
            grown = _count_growth(text, mention, spans)
            return (f"{grown}_{_growth_base(text, mention, spans, period)}_"
                    f"{'pct' if unit == 'percent' else 'times'}" if grown else ""), unit
        if unit in CURRENCIES and not context.measure:
            raised = _MONEY_RAISED.search(text, *spans.clause) or _MONEY_RAISED.search(text, *spans.sentence)
            # "closed a financing round worth RMB 2.5 billion", "an IPO that may raise over $800 million"
            return (f"{raised.lastgroup}_{unit}" if raised and raised.lastgroup else ""), unit
        noun = "area" if unit in ("square_meters", "square_kilometers") else noun
        if _CITY_OF.search(text, max(spans.clause[0], mention.start - 40), mention.start) and not re.match(
                r"\s+(?:units|vehicles|cars|NEVs|EVs|yuan|dollars)\b", text[mention.end :]):
            return "population", "count"  # "In a town of only 2.7 million, ...": the people who live there
        if unit == "vehicles" and _HAS_IN_USE.search(text, max(spans.clause[0], mention.start - 40), mention.start):
            # "Liuzhou already boasts 214,000 EVs": the vehicles it has in use
            kind = what_in(text, mention.start, min(spans.clause[1], mention.end + 40)) or "vehicle"
            return f"{kind}_ownership", unit
        return _count_name(text, mention, spans, noun or unit, entity, known), unit
    if unit in ("percent", "times") and not measures_in(text, *spans.clause):
        # "with more than 2.22 million charging stations as of September, up 56.8 percent": the growth of the count
        # just before it, whatever the sentence's verb measures
        before_count = _number_before(text, mention, spans)
        between = text[before_count.end : mention.start] if before_count else ""
        things = noun_phrase(text, before_count.end) if before_count and len(between) < 90 and not re.search(
            r"\d", between[1:]) else ""
        things = re.sub(r"^(?:million|billion|thousand)_", "", things)
        if before_count and things and things.rsplit("_", 1)[-1] not in _NOT_THINGS and (not what_in(
                text, before_count.end, before_count.end + len(things) + 12) or re.search(r"(?:^|_)n?ev_", things)):
            # (a count named for the vehicles it serves, "charging stations for NEVs", counts no vehicles)
            suffix = "pct" if unit == "percent" else "times"
            return f"{things}_{_growth_base(text, mention, spans, period)}_{suffix}", unit
    measure = context.measure
    if measure == "deals":
        base = ("ciie_intended_deals" if entity.startswith("CIIE") else "deals") + target
    elif measure == "average_price":
        exported = re.search(r"(?i)\bexport", sentence)
        base = f"{context.what}_{'exports_' if exported else ''}average_price"
    elif measure in ("output_value", "added_value") and (industry := _INDUSTRY_OF.search(sentence)) and not what_in(
            industry["thing"], 0, len(industry["thing"])):
        # "the annual output value of the hydrogen energy industry chain": that industry's
        base = f"{industry['thing'].lower().replace(' ', '_').replace('-', '_')}_{measure}{target}"
    elif measure == "throughput" and _DESIGNED.search(text, max(spans.clause[0], mention.start - 60), mention.start):
        base = f"{context.what}_throughput_capacity{target}"  # "a designed annual throughput of 1.3 million vehicles"
    elif measure in ("sales", "revenue") and (unit in CURRENCIES or unit == "percent" and (_RISE_TO_MONEY.match(
            text, mention.end) or _change_of_money(text, mention, spans))) and _KIND_SALES_REVENUE.search(
                text, spans.sentence[0], mention.end if unit in CURRENCIES else spans.clause[1]):
        # "Vehicle sales revenues came to 8.1 billion yuan": what a company took in for its cars
        base = f"vehicle_revenue{target}"
    elif (measure == "sales" and unit in CURRENCIES and _is_company(entity) and not what_in(text, *spans.clause)
          and not any(m.unit == "vehicles" for m in mentions_in(text, *spans.sentence))):
        base = "revenue" + target  # "CATL's sales rose 6.2 percent to 84.7 billion yuan": what the company took in
    elif measure == "investment":  # "an investment of 7 billion yuan": the kind only its own phrase names
        base = "_".join(filter(None, [_invested_in(text, mention, spans), "investment"])) + target
    elif measure in SERIES:
        stock = stock_name(text, spans, context.what) if measure == "ownership" else ""
        # "private cars" in use: private_vehicle_ownership, a name of its own; else composed
        base = (f"{stock}{target}" if stock and stock != f"{context.what}_ownership" else
                "_".join(filter(None, [context.what, domestic(text, spans, measure), measure])) + target)
        contrasts = [m.end() for m in re.finditer(r"(?i)\b(?:while|whereas|but)\b",
                                                  text[spans.sentence[0] : mention.start])]
        brands = _BRAND_GROUP.search(text, spans.sentence[0] + (contrasts[-1] if contrasts else 0),
                                     spans.clause[1]) if measure != "ownership" else None
        if not brands and measure != "ownership" and _THESE.search(text, spans.sentence[0], spans.clause[1]) and not (
                any(name in sentence for name in known_company_names()) or _OTHER_CARS.search(sentence)):
            # "Some 910,000 of these cars were sold": the brands the sentence before names
            prior = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
            brands = _BRAND_GROUP.search(text, *prior[0]) if prior else None
        if brands and re.match(r"(?i)joint", brands["group"]):
            # "while joint venture OEMs posted gains of 9.0%": theirs (not "joint-venture brands did well: FAW
            # Toyota's sales grew 31.7%", the named one's)
            owned = any(re.search(rf"\b{re.escape(n)}\b", text[brands.end() : mention.start])
                        for n in known_company_names())
            base = base if owned else f"joint_venture_{base}"
        elif brands and re.match(r"(?i)mainstream|luxury", brands["group"]):
            # "Mainstream joint-venture brands sold 390,000 units", "Luxury car retail sales": a segment's figure
            base = f"{snake(brands['group'].lower())}_brand_{base}"
        elif brands and not base.startswith(("domestic_", "chinese_", f"{brand_origin(brands['group'])}_")):
            # "Chinese-brand passenger cars sold 700,000 units", "Domestic Chinese OEMs produced": the brands'
            # figure, named by their origin
            base = f"{brand_origin(brands['group'], _abroad(text, spans))}_brand_{base}"
        elif not brands and measure in ("sales", "registrations") and _MADE_IN_CHINA.search(
                text, *spans.clause) and story_market(text) in ABROAD:
            # "sales of Chinese-made vehicles slid 26 per cent", in a story of a market abroad: their brands'
            # (data/DICTIONARY.md, "Metric naming")
            base = f"chinese_brand_{base}"
        firms = _FIRMS_DID.match(text, spans.sentence[0]) if measure != "ownership" else None
        if firms and (firms["group"].lower() in _NUMBER_WORDS or firms["group"][:1].isdigit() or what_in(
                firms["group"], 0, len(firms["group"])) or firms["group"].lower() in ("auto", "battery", "car")):
            firms = None  # "eight companies sold", "auto companies in Wuhu exported": no group of firms
        if firms and not brands:
            # "In May, foreign-funded companies in Suzhou shipped ...": that group's
            base = f"{snake(firms['group'].lower())}_{singular(firms['firms'].lower())}_{base}"
        if unit == "count" and not energy:
            unit = "vehicles"
    elif measure in _COMPANY_MONEY and context.what in VEHICLE_KINDS and (
            _INDUSTRY.search(text, *spans.clause) if _is_company(entity) else _INDUSTRY.search(sentence)):
        # (a company's "profit rose 9-fold, which keeps it ahead of rivals in the EV sector" is its own; "the
        # sector's 5% growth" in the number's own clause is the industry's)
        base = f"{context.what}_{measure}{target}"  # "an NEV industry cluster with annual revenue of": the industry's
    elif measure in _COMPANY_MONEY and not _is_company(entity) and (makers := _makers_of(text, spans)):
        base = f"{makers}_{measure}{target}"  # "the carmakers' total profits", "these companies' total profits"
    elif measure == "revenue" and (segment := segment_revenue(
            text, spans.clause[0] if measures_in(text, spans.clause[0], mention.start) else spans.sentence[0],
            mention.start)):
        # "Battery system sales revenue was 28.1 billion yuan" (", representing a 16.8% increase": the sentence's)
        base = f"{segment}_revenue{target}"
    elif measure == "revenue" and (where := _revenue_where(
            text, spans.clause[0] if measures_in(text, *spans.clause) else spans.sentence[0], spans.clause[1])):
        base = f"{where}_revenue{target}"  # "overseas revenue amounted to 98.4 billion yuan"
    elif measure in _COMPANY_MONEY and entity in PLACE_SET and not re.search(
            _NOT_THE_INDUSTRYS, text[slice(*spans.clause)]) and _INDUSTRY.search(
            text, text.rfind("\n\n", 0, spans.sentence[0]) + 1, spans.sentence[1]):
        # "Northvale's car industry kept growing ... Total turnover reached 2.1 trillion yuan": a place's
        # revenue, in a paragraph about its industry, is the industry's (its vehicles', unless it names a kind)
        base = f"{context.what if context.what in VEHICLE_KINDS else 'vehicle'}_{measure}{target}"
    else:
        base = measure + target
    if measure == "exports" and (group := markets_group(text, spans.sentence[0], spans.clause[1])
                                 or export_destination(text, mention, spans)):
        base = f"{base}_{group}"  # "40,000 cars were exported to the three emerging markets"
    if unit == "percent" and _AVERAGE_GROWTH.search(text, spans.clause[0], spans.clause[1]):
        return f"{base}_avg_annual_growth_pct", unit  # "an average annual growth rate of 41.4 percent"
    freight = _paired_freight(text, mention, spans) if unit == "percent" else ""
    if freight:  # "88 million tons of goods and 2.1 million TEUs ..., up 4 percent and 6 percent respectively"
        return f"{freight}_{_growth_base(text, mention, spans, period)}_pct", unit
    if unit in ("percent", "times"):  # "up 14.3 times year on year": a growth stated as a multiple
        suffix = "pct" if unit == "percent" else "times"
        of_count = "" if measures_in(text, *spans.clause) or base.startswith("vehicle_revenue") else counted_before(
            text, mention, spans)
        base = of_count or base
        # an output value or added value is an amount already: its growth is no other value's
        currency = value_growth(text, mention, spans) if measure in SERIES - {"output_value", "added_value"} else ""
        if currency and context.what in (*VEHICLE_KINDS, "nev_passenger_car"):
            base = f"{base}_{currency}"  # the growth of a value of vehicles counted in units too
        return f"{base}_{_growth_base(text, mention, spans, period)}_{suffix}", unit
    if unit in CURRENCIES and re.search(r"_production(?:_target)?$", base) and not _CAPABLE_OF.search(
            text, spans.clause[0], mention.start):
        # "the car industry's output, 97.2 billion yuan"; "Output should top CNY240 billion": its goal
        base = re.sub(r"_production(_target)?$", r"_output_value\1", base)
    if unit in CURRENCIES and measure in ("market_value", "cash_reserves") and _STOCK_CHANGED_BY.search(
            text, max(spans.clause[0], mention.start - 40), mention.start):
        # "its market value has grown by HK$38 billion", "cash reserves rose by over 3.1 billion yuan
        # quarter-on-quarter to 52.4 billion yuan": a change in the stock, on the base its clause names
        based = _CHANGE_BASE_AFTER.match(text, mention.end)
        step = f"{_STEPS[based['base'].lower()]}_" if based else ""
        return f"{base}_{step}change_{unit}", unit
    if unit in CURRENCIES:
        reuse = measure not in SERIES and base in known and f"{base}_{unit}" not in known
        return (base if reuse else f"{base}_{unit}"), unit
    if re.search(r"(?i)\bdaily\s+average\s+of\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?$", before):
        return f"{base}_daily_average", unit  # "a daily average of over 1,500 vehicles"
    average = _AVERAGE_OVER.search(before)
    if average and measure in SERIES - {"capacity", "ownership"} and unit not in (
            "percent", "percentage_points", "times") and not base.endswith("_average"):
        # "an average monthly export volume of 400,000", "its monthly average sales were 30,000"
        return f"{base}_{(average['span'] or average['span2']).lower()}_average", unit
    if measure in SERIES - {"capacity", "ownership"} and unit not in ("percent", "percentage_points", "times") and (
            not base.endswith("_average")) and (_DAILY_SUBJECT.search(before) or (
            _AVERAGED.search(before) and _DAILY_AFTER.match(text, mention.end))):
        # "daily retail sales came to 41,000 units on average", "makers averaged 45,000 units daily": a day's average
        return f"{base}_daily_average", unit
    rate = _PER_SPAN.search(text, mention.end, min(spans.clause[1], mention.end + 60)) if unit not in (
        "percent", "percentage_points", "times") else None
    if rate and rate["adverb"] and (len(text[mention.end : rate.start()].split()) > 3 or re.search(
            r"(?i)\b(?:and|now|then|also)\b", text[mention.end : rate.start()])):
        rate = None  # "sold 12,000 cars in May and now delivers cars daily": no rate of the number's
    if rate and measure in SERIES - {"capacity", "ownership"} and not base.endswith("_average"):  # "per month"
        return f"{base}_{_PER_SPAN_NAMES[(rate['span'] or rate['adverb']).lower()]}", unit
    if yoy_change(text, mention, spans):  # "a year-on-year increase of 35,000"
        return f"{base}_yoy_change", unit
    within_a_year = _total_within_a_year(text, mention, spans, period, entity)
    if measure in SERIES and measure not in ("ownership", "capacity") and status == "actual" and not (
            within_a_year) and is_cumulative(text, mention, spans):
        # "the accumulated exports of the first eight months" are those months' exports, not a running total
        return f"{base}_cumulative", unit
    return base, unit
