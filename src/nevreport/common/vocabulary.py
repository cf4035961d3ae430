"""The project's vocabularies, each written once: hedges, units, statuses, confidences and topics.

The hedge vocabulary serves three jobs with one list: extraction reads a qualifier from the words before or
after a number (nevreport.ingest.extract), validation names those words when a row's qualifier disagrees with
its quote (nevreport.curate.quotes), and the report shows a hedged figure with one word ("over 3 million").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Qualifier:
    """How a text hedges a number, and every word the project has for it."""

    name: str  # as the tables write it
    before: tuple[str, ...]  # hedge phrases read right before a number: "over 3 million"
    after: tuple[str, ...]  # ... and right after it: "3 million or more"
    shown: str  # the word the report puts before a figure so hedged: "over 3 million"
    meaning: str  # the hedge in words, for findings and tables: "at least"


_QUALIFIERS = (
    Qualifier("exact", (), (), "", "stated exactly"),
    Qualifier(
        "at_least",
        ("more than", "over", "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpassed", "surpasses",
         "surpassing", "at least", "above", "upwards of", "in excess of", "topped", "topping",
         "tops", "to top", "will top", "would top", "could top", "should top", "may top", "might top", "can top",
         "likely top", "pass", "passes",
         "passed", "passing", "crossed", "crossing", "crosses", "surged past", "soared past", "rose past",
         "climbed past", "jumped past", "went past", "moved past", "pushed past", "edged past", "shot past"),
        ("or more", "or above", "and above"), "over", "at least"),
    Qualifier(
        "at_most",
        ("nearly", "nearing", "almost", "under", "less than", "fewer than", "up to", "as much as", "as high as",
         "at most", "below", "not more than", "close to", "just shy of", "capped at", "a maximum of", "no more than",
         "to approach", "will approach", "would approach", "could approach", "approaching"),
        ("or less", "or fewer", "or below"), "nearly", "at most"),
    Qualifier(
        "approx",
        ("some", "around", "about", "approximately", "roughly", "an estimated", "estimated", "circa", "approx."),
        ("or so",), "about", "about"),
)  # fmt: skip
QUALIFIER = {q.name: q for q in _QUALIFIERS}
QUALIFIERS = tuple(QUALIFIER)
HEDGED = tuple(q for q in _QUALIFIERS if q.before)  # the qualifiers a word sets
# What validation names when it asks for a hedge word: the first few of each qualifier.
HEDGE_EXAMPLES = ", ".join(phrase for q in HEDGED for phrase in q.before[:3])

# Money in a currency other than the yuan, the dollar, the euro and the Hong Kong dollar: a plant abroad's
# investment is told in the currency of its country ("10 billion Thai baht", "BRL 5.5 billion")
FOREIGN_CURRENCIES = ("gbp", "jpy", "krw", "thb", "brl", "huf", "inr", "idr", "rub", "myr")
# What a figure counts or measures (data/figures.csv); the supplementary table and the indicators may also be
# an exchange rate.
UNITS = (
    "vehicles", "percent", "cny", "usd", "square_meters", "companies", "exhibitors", "countries",
    "organizations", "delegations", "products", "people", "forums", "tasks", "platforms", "years", "count",
    "percentage_points", "times", "eur", "hkd", "gwh", "kwh", "kilowatts", "tonnes", "meters", "kilometers",
    "square_kilometers", *FOREIGN_CURRENCIES,
)  # fmt: skip
# Units of measure a text writes right after a number ("36.9 GWh", "120 kilowatts", "5,000 tonnes"): they say
# how the number is measured, not what it measures, so a metric names the quantity ("power_battery_production").
MEASURED_UNITS = frozenset({"gwh", "kwh", "kilowatts", "tonnes", "meters", "kilometers"})
RATE_UNITS = ("cny_per_usd",)
SUPPLEMENTARY_UNITS = (*UNITS, *RATE_UNITS)
# Units the text itself marks with a sign or a word (a percent sign, a currency, "square meters"), as opposed
# to a count noun read after the number: a row must agree with the text on these.
MARKED_UNITS = frozenset({
    "percent", "percentage_points", "cny", "usd", "eur", "hkd", "square_meters", "square_kilometers", "times",
    *MEASURED_UNITS, *FOREIGN_CURRENCIES,
})  # fmt: skip

STATUSES = ("actual", "forecast", "target")
CONFIDENCES = ("high", "medium", "low")
# The report's chapters by topic: each chapter notebook shows the figures of its topic.
TOPICS = ("exports", "market", "shanghai", "ciie", "jiading")
# The indicator catalogue: the report section an indicator belongs to, and what kind of result it is.
SECTIONS = (*TOPICS, "quality")
KINDS = ("derived", "forecast_check", "consistency", "context")
