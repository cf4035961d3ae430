"""Every curated table's columns, declared once: name, type, vocabulary, whether it must be filled, help text.

The declarations serve three readers: `nevreport.common.tables.read_table` (which columns a header may and
must hold), the checks of nevreport.curate (which cells must be filled, with what, and from which vocabulary)
and data/DICTIONARY.md, whose column tables are generated from them (`nevreport dictionary`).

Types (`Column.type`): `id` (a unique slug), `file` (an article's file name), `text`, `verbatim` (text kept
exactly as written, spaces included: a quote and the words it was read from), `number` (in base units),
`vocabulary` (one word of `vocabulary`), `period` (nevreport.common.dates), `date` (YYYY-MM-DD), `url` (a web
address), `precision` (the precision rule's override), `domains` (host names).
"""

from __future__ import annotations

from nevreport.common import config
from nevreport.common.dates import PERIOD_FORMATS
from nevreport.common.tables import Column, TableSchema
from nevreport.common.vocabulary import CONFIDENCES, EXTERNAL_UNITS, QUALIFIERS, STATUSES, TOPICS, UNITS

_PERIOD_HELP = "the time the figure covers: " + PERIOD_FORMATS
_PERIOD_MEANING = "the time the figure covers; formats below"
_PRECISION_MEANING = (
    "how precisely the number is written, when the precision rule below reads it wrong: empty (the rule), "
    "`exact` (a count or number given in full: \"100 [of 104 tasks] implemented\", \"the next 10 years\") or the "
    "step in base units (`500000`: the number is rounded to the half million)")

SOURCES = TableSchema("raw/articles/SOURCES.csv", "article manifest", path=config.sources_csv, columns=(
    Column("file", "file", "file name of the article in `raw/articles/`, e.g. `002_5f314f711664a406.txt`; unique",
           "the article's file name in data/raw/articles"),
    Column("publisher", "text", "who published the article, credited wherever its figures are shown",
           "who published the article"),
    Column("title", "text", "the headline, or a description where the text has none (see `headline_in_text`)",
           "the article's headline, or a description when the text has none"),
    Column("url", "url", "the article's web address", "the article's web address"),
    Column("published", "date", "publication date, `YYYY-MM-DD`; a figure is known to the report from this date on",
           "the publication date as YYYY-MM-DD"),
    Column("date_note", "text", "where the date comes from (date line, web address) and related dates",
           filled=False, in_header=False),
    Column("headline_in_text", "text", "`yes` if the text carries the headline, `no` if `title` is a description",
           filled=False, in_header=False),
))

FIGURES = TableSchema("figures.csv", "figures table", path=config.figures_csv, columns=(
    Column("figure_id", "id", "unique id, lowercase letters, digits and `_` (`[a-z0-9_]+`), e.g. "
           "`china_nev_sales_2023`", "a unique id of lowercase letters, digits and underscores, e.g. "
           "china_nev_sales_2023"),
    Column("article", "file", "the article's `file` in the manifest",
           "the article's file name as listed in data/raw/articles/SOURCES.csv"),
    Column("quote", "verbatim", "the clause or sentence holding the number, a verbatim substring of the article: "
           "the same characters, curly quotes, dashes and odd spacing included",
           "the clause or sentence holding the number, copied from the article character for character"),
    Column("stated", "verbatim", "the number exactly as the quote writes it, with its scale word and currency but "
           "without the hedge: `1.758 million`, `81.5 percent`, `US$54.2 billion`, `30,000 square meters`, `three`",
           "the number exactly as the quote writes it, e.g. 1.758 million"),
    Column("value", "number", "the number in base units: `1.2 million` -> `1200000`, `81.5 percent` -> `81.5`, "
           "`350 billion yuan` -> `350000000000`. A decline is negative when the quote says it is a fall",
           "the number in base units, e.g. 1758000 for 1.758 million, 81.5 for 81.5 percent"),
    Column("unit", "vocabulary", "what is counted or measured; vocabulary below", vocabulary=UNITS),
    Column("qualifier", "vocabulary", "how the article hedges the number; vocabulary below", vocabulary=QUALIFIERS),
    Column("status", "vocabulary", "whether the figure has happened, is expected or is aimed at; vocabulary below",
           vocabulary=STATUSES),
    Column("entity", "text", "who or what the figure is about: `China`, `Shanghai`, `Jiading`, `CIIE 7th`, "
           "`CIIE 1st-6th`, `SAIC Motor`, ...", "who or what the figure is about, e.g. China, Shanghai, CIIE 7th"),
    Column("metric", "text", "snake_case name of the quantity, e.g. `vehicle_exports`, `nev_exports_yoy_pct` "
           "(naming below)", "a snake_case name of the quantity, e.g. vehicle_exports"),
    Column("period", "period", _PERIOD_MEANING, _PERIOD_HELP),
    Column("note", "text", "anything a reader needs to read the figure right (conflicts, conversions, scope), in the "
           "reader's words: the report shows it as a numbered note under every table that shows the figure",
           filled=False),
    Column("precision", "precision", _PRECISION_MEANING + "; also in the supplementary table", filled=False,
           in_header=False),
))

EXTERNAL = TableSchema("external/supplementary_figures.csv", "supplementary table", path=config.external_csv, columns=(
    Column("source_id", "id", "unique id, `ext_<metric>_<entity>_<period>`, with the publisher added where two "
           "sources disagree (`ext_nev_production_shanghai_2021_cnevpost`, `..._scmp`)",
           "a unique id of lowercase letters, digits and underscores, e.g. ext_nev_sales_china_2023"),
    Column("metric", "text", "as in `figures.csv`", "a snake_case name of the quantity, e.g. nev_sales"),
    Column("entity", "text", "as in `figures.csv`; `USD/CNY` for the exchange rate",
           "who or what the figure is about, e.g. China"),
    Column("period", "period", "as in `figures.csv`", _PERIOD_HELP),
    Column("value", "number", "the number in base units", "the number in base units"),
    Column("unit", "vocabulary", "as in `figures.csv`, plus `cny_per_usd`", vocabulary=EXTERNAL_UNITS),
    Column("qualifier", "vocabulary", "from the page's own wording, as in `figures.csv`",
           "from the page's own wording", vocabulary=QUALIFIERS),
    Column("publisher", "text", "who published the page", "who published the page"),
    Column("title", "text", "the page's headline; empty where it was not seen", filled=False),
    Column("url", "url", "the page's address", "the page's web address"),
    Column("published", "date", "the page's date, `YYYY-MM-DD`; the figure is known to the report from this date on",
           "the page's date as YYYY-MM-DD"),
    Column("excerpt", "verbatim", "the words on the page the value was read from; `value` must be a number they "
           "state", "the words on the page the value was read from"),
    Column("confidence", "vocabulary", "how far the page can be trusted (vocabulary above)", vocabulary=CONFIDENCES),
    Column("precision", "precision", "as in `figures.csv`", filled=False, in_header=False),
    Column("note", "text", "what a reader needs to read the row right: a conflict with another row, a copy of a "
           "page on another site, a foreign-language excerpt; shown as a numbered note under every table that shows "
           "the row, and in the appendix", filled=False, in_header=False),
))

METRICS = TableSchema("metrics.csv", "metric list", path=config.metrics_csv, columns=(
    Column("metric", "id", "the metric as written in the figure tables, e.g. `nev_sales`",
           "a snake_case name of the quantity, e.g. nev_sales"),
    Column("topic", "vocabulary", "the chapter whose table lists the metric's figures "
           "(`report.stated_table(topic)`)", vocabulary=TOPICS),
    Column("label", "text", "what a reader calls it, e.g. `NEV sales`; shown in tables and chart legends instead "
           "of the metric's id", "a reader's name for the metric, e.g. NEV exports"),
))

PUBLISHERS = TableSchema("publishers.csv", "publisher list", path=config.publishers_csv, columns=(
    Column("publisher", "text", "the publisher as the tables name it, e.g. `Shanghai Daily`"),
    Column("domains", "domains", "the domains its pages are on, separated by spaces, e.g. `people.cn "
           "people.com.cn`; a link belongs to the publisher when its host is one of them or a subdomain of one"),
))

COVERAGE_IGNORE = TableSchema("coverage_ignore.csv", "ignore list", path=config.coverage_ignore_csv, columns=(
    Column("article", "file", "the article's `file` in the manifest"),
    Column("text", "verbatim", "the number exactly as the article writes it, e.g. `10` or `three`"),
    Column("reason", "text", "why the number is not a figure, e.g. `a span of time`"),
    Column("context", "verbatim", "a passage of the article that holds the number, when the same text appears "
           "more than once and only one occurrence is to be ignored", filled=False, in_header=False),
))

TABLES = (SOURCES, FIGURES, EXTERNAL, PUBLISHERS, METRICS, COVERAGE_IGNORE)

# The column lists by name, as the tables' headers hold them.
SOURCE_COLUMNS = SOURCES.names
FIGURE_COLUMNS = FIGURES.required  # every figures.csv has these; `precision` may be added
EXTERNAL_COLUMNS = EXTERNAL.required
EXTERNAL_OPTIONAL = tuple(name for name in EXTERNAL.names if name not in EXTERNAL.required)
METRIC_COLUMNS = METRICS.names
PUBLISHER_COLUMNS = PUBLISHERS.names
