"""Every curated input declared once, field by field: the CSV tables' columns, the indicator catalogue's entries
and the parameter sets' keys (nevreport.common.fields): name, type, vocabulary, whether it must be filled, help.

The declarations serve three readers: `nevreport.common.tables.read_table` (which columns a header may and
must hold), the checks of nevreport.curate (which cells must be filled, with what, and from which vocabulary)
and data/DICTIONARY.md, whose column tables are generated from them (`nevreport dictionary`).

Types (`Field.type`): `id` (a unique slug), `file` (an article's file name), `text`, `verbatim` (text kept
exactly as written, spaces included: a quote and the words it was read from), `number` (in base units),
`vocabulary` (one word of `vocabulary`), `period` (nevreport.common.dates), `date` (YYYY-MM-DD), `url` (a web
address), `precision` (the precision rule's override), `domains` (host names).
"""

from __future__ import annotations

from nevreport.common import config
from nevreport.common.dates import PERIOD_FORMATS
from nevreport.common.fields import Field, RecordSchema
from nevreport.common.tables import TableSchema
from nevreport.common.vocabulary import (
    CONFIDENCES,
    KINDS,
    QUALIFIERS,
    SECTIONS,
    STATUSES,
    SUPPLEMENTARY_UNITS,
    TOPICS,
    UNITS,
)

_PERIOD_HELP = "the time the figure covers: " + PERIOD_FORMATS
_PERIOD_MEANING = "the time the figure covers; formats below"
_PRECISION_MEANING = (
    "how precisely the number is written, when the precision rule below reads it wrong: empty (the rule), "
    "`exact` (a count or number given in full: \"100 [of 104 tasks] implemented\", \"the next 10 years\") or the "
    "step in base units (`500000`: the number is rounded to the half million)")

# The fields several tables share, declared once; a table that reads one a little differently says so with
# `.but(...)` (its own meaning, a wider vocabulary).
METRIC = Field("metric", "text", "snake_case name of the quantity, e.g. `vehicle_exports`, `nev_exports_yoy_pct` "
               "(naming below)", "a snake_case name of the quantity, e.g. vehicle_exports")
ENTITY = Field("entity", "text", "who or what the figure is about: `China`, `Shanghai`, `Jiading`, `CIIE 7th`, "
               "`CIIE 1st-6th`, `SAIC Motor`, ...", "who or what the figure is about, e.g. China, Shanghai, CIIE 7th")
PERIOD = Field("period", "period", _PERIOD_MEANING, _PERIOD_HELP)
VALUE = Field("value", "number", "the number in base units: `1.2 million` -> `1200000`, `81.5 percent` -> `81.5`, "
              "`350 billion yuan` -> `350000000000`. A decline is negative when the quote says it is a fall",
              "the number in base units, e.g. 1758000 for 1.758 million, 81.5 for 81.5 percent")
UNIT = Field("unit", "vocabulary", "what is counted or measured; vocabulary below", vocabulary=UNITS)
QUALIFIER = Field("qualifier", "vocabulary", "how the article hedges the number; vocabulary below",
                  vocabulary=QUALIFIERS)
PRECISION = Field("precision", "precision", _PRECISION_MEANING, filled=False, in_header=False)
PUBLISHER = Field("publisher", "text", "who published the article, credited wherever its figures are shown",
                  "who published the article")
URL = Field("url", "url", "the article's web address", "the article's web address")

SOURCES = TableSchema("raw/articles/SOURCES.csv", "article manifest", path=config.sources_csv, columns=(
    Field("file", "file", "file name of the article in `raw/articles/`, e.g. `002_5f314f711664a406.txt`; unique",
           "the article's file name in data/raw/articles"),
    PUBLISHER,
    Field("title", "text", "the headline, or a description where the text has none (see `headline_in_text`)",
           "the article's headline, or a description when the text has none"),
    URL,
    Field("published", "date", "publication date, `YYYY-MM-DD`; a figure is known to the report from this date on",
           "the publication date as YYYY-MM-DD"),
    Field("date_note", "text", "where the date comes from (date line, web address) and related dates",
           filled=False, in_header=False),
    Field("headline_in_text", "text", "`yes` if the text carries the headline, `no` if `title` is a description",
           filled=False, in_header=False),
))

FIGURES = TableSchema("figures.csv", "figures table", path=config.figures_csv, columns=(
    Field("figure_id", "id", "unique id, lowercase letters, digits and `_` (`[a-z0-9_]+`), e.g. "
           "`china_nev_sales_2023`", "a unique id of lowercase letters, digits and underscores, e.g. "
           "china_nev_sales_2023"),
    Field("article", "file", "the article's `file` in the manifest",
           "the article's file name as listed in data/raw/articles/SOURCES.csv"),
    Field("quote", "verbatim", "the clause or sentence holding the number, a verbatim substring of the article: "
           "the same characters, curly quotes, dashes and odd spacing included",
           "the clause or sentence holding the number, copied from the article character for character"),
    Field("stated", "verbatim", "the number exactly as the quote writes it, with its scale word and currency but "
           "without the hedge: `1.758 million`, `81.5 percent`, `US$54.2 billion`, `30,000 square meters`, `three`",
           "the number exactly as the quote writes it, e.g. 1.758 million"),
    VALUE,
    UNIT,
    QUALIFIER,
    Field("status", "vocabulary", "whether the figure has happened, is expected or is aimed at; vocabulary below",
           vocabulary=STATUSES),
    ENTITY,
    METRIC,
    PERIOD,
    Field("note", "text", "anything a reader needs to read the figure right (conflicts, conversions, scope), in the "
           "reader's words: the report shows it as a numbered note under every table that shows the figure",
           filled=False),
    PRECISION.but(meaning=_PRECISION_MEANING + "; also in the supplementary table"),
))

SUPPLEMENTARY = TableSchema("external/supplementary_figures.csv", "supplementary table",
                            path=config.supplementary_csv, columns=(
    Field("source_id", "id", "unique id, `ext_<metric>_<entity>_<period>`, with the publisher added where two "
           "sources disagree (`ext_nev_production_shanghai_2021_cnevpost`, `..._scmp`)",
           "a unique id of lowercase letters, digits and underscores, e.g. ext_nev_sales_china_2023"),
    METRIC.but(meaning="as in `figures.csv`"),
    ENTITY.but(meaning="as in `figures.csv`; `USD/CNY` for the exchange rate",
               help="who or what the figure is about, e.g. China"),
    PERIOD.but(meaning="as in `figures.csv`"),
    VALUE.but(meaning="the number in base units", help="the number in base units"),
    UNIT.but(meaning="as in `figures.csv`, plus `cny_per_usd`", vocabulary=SUPPLEMENTARY_UNITS),
    QUALIFIER.but(meaning="from the page's own wording, as in `figures.csv`", help="from the page's own wording"),
    PUBLISHER.but(meaning="who published the page", help="who published the page"),
    Field("title", "text", "the page's headline; empty where it was not seen", filled=False),
    URL.but(meaning="the page's address", help="the page's web address"),
    Field("published", "date", "the page's date, `YYYY-MM-DD`; the figure is known to the report from this date on",
           "the page's date as YYYY-MM-DD"),
    Field("excerpt", "verbatim", "the words on the page the value was read from; `value` must be a number they "
           "state", "the words on the page the value was read from"),
    Field("confidence", "vocabulary", "how far the page can be trusted (vocabulary above)", vocabulary=CONFIDENCES),
    PRECISION.but(meaning="as in `figures.csv`"),
    Field("note", "text", "what a reader needs to read the row right: a conflict with another row, a copy of a "
           "page on another site, a foreign-language excerpt; shown as a numbered note under every table that shows "
           "the row, and in the appendix", filled=False, in_header=False),
))

METRICS = TableSchema("metrics.csv", "metric list", path=config.metrics_csv, columns=(
    Field("metric", "id", "the metric as written in the figure tables, e.g. `nev_sales`",
           "a snake_case name of the quantity, e.g. nev_sales"),
    Field("topic", "vocabulary", "the chapter whose table lists the metric's figures "
           "(`report.stated_table(topic)`)", vocabulary=TOPICS),
    Field("label", "text", "what a reader calls it, e.g. `NEV sales`; shown in tables and chart legends instead "
           "of the metric's id", "a reader's name for the metric, e.g. NEV exports"),
))

PUBLISHERS = TableSchema("publishers.csv", "publisher list", path=config.publishers_csv, columns=(
    Field("publisher", "text", "the publisher as the tables name it, e.g. `Shanghai Daily`"),
    Field("domains", "domains", "the domains its pages are on, separated by spaces, e.g. `people.cn "
           "people.com.cn`; a link belongs to the publisher when its host is one of them or a subdomain of one"),
))

COVERAGE_IGNORE = TableSchema("coverage_ignore.csv", "ignore list", path=config.coverage_ignore_csv, columns=(
    Field("article", "file", "the article's `file` in the manifest"),
    Field("text", "verbatim", "the number exactly as the article writes it, e.g. `10` or `three`"),
    Field("reason", "text", "why the number is not a figure, e.g. `a span of time`"),
    Field("context", "verbatim", "a passage of the article that holds the number, when the same text appears "
           "more than once and only one occurrence is to be ignored", filled=False, in_header=False),
))

TABLES = (SOURCES, FIGURES, SUPPLEMENTARY, PUBLISHERS, METRICS, COVERAGE_IGNORE)

# The column lists by name, as the tables' headers hold them.
SOURCE_COLUMNS = SOURCES.names
FIGURE_COLUMNS = FIGURES.required  # every figures.csv has these; `precision` may be added
SUPPLEMENTARY_COLUMNS = SUPPLEMENTARY.required
SUPPLEMENTARY_OPTIONAL = tuple(name for name in SUPPLEMENTARY.names if name not in SUPPLEMENTARY.required)
METRIC_COLUMNS = METRICS.names
PUBLISHER_COLUMNS = PUBLISHERS.names

# --- records: the YAML files, declared with the same fields ----------------------------------------------------

_TEXT_MESSAGES = {"type": "{name} is {value}, not text", "pattern": "{name} is {value}, not text",
                  "format": "{name} {cause}"}
_TEXT_FIXES = {"format": "delete it, or type the digit as 0-9"}


def _entry_text(name: str, meaning: str, filled: bool = True) -> Field:
    """A text field of a catalogue entry; a number written bare (`period: 2023`) is text too."""
    return Field(name, "text", meaning, f"write {name} as one line of text", filled=filled,
                 limits={"type": ["string", "number"]}, messages=_TEXT_MESSAGES, fixes=_TEXT_FIXES)


def _entry_words(name: str, meaning: str, vocabulary: tuple[str, ...]) -> Field:
    return Field(name, "vocabulary", meaning, f"use one of: {', '.join(vocabulary)}", vocabulary=vocabulary)


INDICATOR = RecordSchema("an entry of data/indicators.yaml", fields=(
    Field("id", "id", "unique id of the indicator, lowercase letters, digits and `_`", "rename it",
          limits={"type": "string"}),
    _entry_text("label", "the indicator's name as a reader sees it"),
    _entry_text("formula", "the formula in words"),
    _entry_words("unit", "unit of the result: a unit of the supplementary table", SUPPLEMENTARY_UNITS),
    _entry_text("function", "the function of nevreport.common.formulas that computes it"),
    Field("inputs", "ids", "the ids it reads, in the function's order: figure ids, source ids, earlier indicator "
          "ids, `goal`, or `latest:<metric>:<entity>`", "write inputs: [first_id, second_id]"),
    _entry_text("period", "the period it covers; `{latest}` or `{goal}` for the year an input gives"),
    _entry_words("section", "the report section that shows it", SECTIONS),
    _entry_words("kind", "derived, forecast_check, consistency or context", KINDS),
    Field("args", "mapping", "the function's further arguments, e.g. `{years: 3}`", "write e.g. args: {years: 3}",
          filled=False),
    Field("tolerance_pct", "number", "for a consistency check: the gap in percent still judged consistent",
          "write e.g. tolerance_pct: 1", filled=False, limits={"minimum": 0},
          messages={"type": "{name} {value} is not a number of percent",
                    "minimum": "{name} {value} is not a number of percent"}),
    _entry_text("note", "choices made while computing", filled=False),
    Field("index", "boolean", "true to show the indicator in reports/index.html beside every edition",
          "write 'index: true' to show the indicator in reports/index.html, or leave it out", filled=False),
), messages={"required": "'{name}' is missing", "additionalProperties": "unknown field '{name}'",
             "type": "an entry is not a mapping"},
   fixes={"required": "add '{name}:' to the entry", "additionalProperties": "use only: {names}",
          "type": "write each entry as '- id: ...' with its fields indented below"},
   empty_is_missing=True)

_FIRST_ARTICLE = "2018-06-04"  # the earliest article in the corpus: a report as of an earlier day knows nothing
_PARAMETER_TEXT = {"maxLength": "{value} is longer than the {limit} characters this field may hold"}

PARAMETERS = RecordSchema("a parameter set: params/<name>.yaml", fields=(
    Field("title", "text", "the report's title", "the report's title, shown on the title page",
          limits={"maxLength": 200}),
    Field("subtitle", "text", "a line under the title", "a line under the title", filled=False,
          limits={"maxLength": 200}),
    Field("as_of", "date", "the edition's date", "the report shows only what had been published by this date "
          "(YYYY-MM-DD); leave it out for an edition that follows the data, dated by the newest publication date "
          "of an article or supplementary figure", filled=False, limits={"formatMinimum": _FIRST_ARTICLE},
          messages={"formatMinimum": "{value} is before the first article ({limit}), so nothing would be known"}),
    Field("description", "text", "what the edition is for", "what this parameter set is for (shown in "
          "reports/index.html)", filled=False, limits={"maxLength": 2000}),
    Field("target_units", "number", "a what-if goal", "Shanghai's NEV goal in vehicles; default: the goal stated "
          "in the articles", filled=False, limits={"exclusiveMinimum": 0, "maximum": 1e15},
          messages={"type": "{value} is not a positive number", "exclusiveMinimum": "{value} is not a positive number",
                    "maximum": "the number is too large: more than 1e15 vehicles"}),
    Field("target_year", "integer", "a what-if goal's year", "the year of Shanghai's NEV goal; default: the year "
          "stated in the articles", filled=False, limits={"minimum": 2000, "maximum": 2100},
          messages={"type": "{value} is not a year such as 2025",
                    "minimum": "{value} is not a year such as 2025 (the earliest is {limit})",
                    "maximum": "{value} is not a year such as 2025 (the latest is {limit})"}),
), messages={"required": "missing", "additionalProperties": "unknown key", "type": "expected 'key: value' lines"},
   fixes={"required": "add '{name}:' ({help})", "additionalProperties": "allowed keys: {names}",
          "type": "write one 'key: value' per line, e.g. as_of: 2024-12-31"},
   keep_empty=("as_of",))  # an empty `as_of:` is a date forgotten: leave the key out to follow the data
