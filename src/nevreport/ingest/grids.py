"""Tables written with bars, one row to a line ("Rank | Maker | Installation (GWh) | NCM | LFP |", then
"1 | Zeta Cells | 61.2 | 20.4 | 40.8 |"): a number in one is read from its row and its column, which say in
a word what a sentence says in a clause. Whose figure: a company or place its row names (in a column headed
"Company", "Brand", "City" ...), else the one the corner names ("Orion November 2025 | Figures | YoY Change").
When: a year or month its row, column or corner names ("2026e" a forecast). What is counted: the kind and the
measure its row or column names ("Total NEV Sales", "Exports", "NCM"), else the other headings', else the
sentence that leads into the table. The change: a column headed "Growth", "YoY" or "Change" holds the growth
of the level beside it. A number in a column headed "Rank" (or counting 1, 2, 3 ... down the rows) is a rank,
not a figure (data/DICTIONARY.md, "Metric naming")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from nevreport.ingest.entities import Entities
from nevreport.ingest.measures import measures_in, what_in
from nevreport.ingest.periods import lead_span, periods_named
from nevreport.ingest.tables import heading_of
from nevreport.ingest.tokens import snake

# A line of a table: at least two bars ("| 2023 | 3,150,000 | 30.7% |", "2 | Orion Power | 33.9 | 1.3 |")
_BAR_LINE = re.compile(r"(?m)^[^\n|]*\|[^\n|]*\|[^\n]*$")
_RULE_CELL = re.compile(r":?-{3,}:?")  # "|---|:---:|": the line under a heading
_NUMBER_CELL = re.compile(r"[+\-\u2212]?\s*\d[\d,.]*\s*(?:%|per\s*cent|percent)?")
_RANK_HEADING = re.compile(r"(?i)(?:rank(?:ing)?|no\.?|#|position|place)")
# The heading of a column of names whose figures the table gives
_NAMES_HEADING = re.compile(r"(?i).*\b(?:compan(?:y|ies)|brands?|makers?|manufacturers?|automakers?|carmakers?"
                            r"|oems?|groups?|enterprises?|suppliers?|producers?|firms?|cit(?:y|ies)|provinces?"
                            r"|regions?|countries|country|markets?|ports?|destinations?)\b.*")
_GROWTH = re.compile(r"(?i)\b(?:growth|y-?o-?y|year[- ]on[- ]year|change|chg|increase|rise|gain)\b|%\s*$")
_MONTH_ON_MONTH = re.compile(r"(?i)\b(?:m-?o-?m|month[- ]on[- ]month)\b")
# "2026e", "2026F", "2026 (forecast)": a year the table forecasts
_YEAR_FORECAST = re.compile(r"(?i)((?:19|20)\d\d)\s*(?:e|f|est\.?|\(?(?:forecast|estimated?|projected)\)?)\*?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_RETAIL = re.compile(r"(?i)\bretail\s+(?:sales|market)\b")
_WHOLESALE = re.compile(r"(?i)\bwholesale")
_SHARE_HEADING = re.compile(r"(?i)\b(?P<world>global\s+|world\s+)?(?:market\s+)?share\b")
_YEAR_TO_DATE = re.compile(r"(?i)\b(?:year[- ]to[- ]date|ytd|cumulative|so\s+far)\b")
# A kind of battery a table names by its chemistry alone ("| NCM | LFP |")
_CHEMISTRY = (("ternary_battery", re.compile(r"(?i)\b(?:NCM|NMC|ternary)\b")),
              ("lithium_iron_phosphate_battery", re.compile(r"(?i)\b(?:LFP|lithium[- ]iron[- ]phosphate)\b")))

Span = tuple[int, int]


@dataclass(frozen=True)
class Cell:
    """The cell a number stands in: the text spans of its row's label, its column's heading and the corner
    heading over the labels (None where the table has none), the other headings, where the table starts and
    whether the number is a rank."""

    label: Span | None
    column: Span | None
    corner: Span | None
    headings: tuple[Span, ...]
    table_start: int
    rank: bool
    first_label: Span | None = None  # the label of the table's first row (often its total)


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The cells of a table's line, each without the blanks around it ("| a | b |" -> a, b)."""
    bars = [start - 1] + [start + m.start() for m in re.finditer(r"\|", text[start:end])] + [end]
    spans = []
    for a, b in zip(bars, bars[1:], strict=False):
        inner = text[a + 1 : b]
        lead = len(inner) - len(inner.lstrip())
        spans.append((a + 1 + lead, a + 1 + len(inner.rstrip())))
    if spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]  # "| a | b |": nothing before the first bar
    if spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans


@lru_cache(maxsize=4)
def _bar_lines(text: str) -> tuple[Span, ...]:
    """The lines of bars in an article, found once for all its numbers."""
    return tuple((m.start(), m.end()) for m in _BAR_LINE.finditer(text))


def _table_lines(text: str, at: int) -> tuple[Span, ...] | None:
    """The lines of the table the position `at` stands in (lines of bars with at most blank lines between), or
    None when it stands in none or in a table of one line."""
    lines = _bar_lines(text)
    here = next((i for i, (a, b) in enumerate(lines) if a <= at <= b), None)
    if here is None:
        return None
    first = last = here
    while first > 0 and not text[lines[first - 1][1] : lines[first][0]].strip():
        first -= 1
    while last + 1 < len(lines) and not text[lines[last][1] : lines[last + 1][0]].strip():
        last += 1
    return lines[first : last + 1] if last > first else None


def _is_number(text: str, span: Span) -> bool:
    return bool(_NUMBER_CELL.fullmatch(text, *span))


def cell_at(text: str, at: int) -> Cell | None:
    """The cell of a table of bars the number at `at` stands in; None when it stands in none, or in the labels."""
    lines = _table_lines(text, at)
    if lines is None:
        return None
    rows = [_cells(text, *line) for line in lines]
    rows = [row for row in rows if row and not all(_RULE_CELL.fullmatch(text, *c) for c in row)]
    header: list[Span] = []
    if rows and not any(_is_number(text, c) for c in rows[0]):
        header, rows = rows[0], rows[1:]
    row = next((r for r in rows if r[0][0] <= at <= r[-1][1]), None)
    if row is None:
        return None
    index = next((i for i, (a, b) in enumerate(row) if a <= at <= b), None)
    if index is None:
        return None
    ranked = bool(header and _RANK_HEADING.fullmatch(text, *header[0])) or (len(rows) > 1 and all(
        r and text[slice(*r[0])].strip(".") == str(n) for n, r in enumerate(rows, 1)))
    if ranked and index == 0:
        return Cell(None, None, None, tuple(header), lines[0][0], True)
    first = 1 if ranked else 0
    if index <= first or len(row) <= first:
        return None  # the row's label itself ("| 2021 |", "| Exports |")
    label = row[first]
    column = header[index] if index < len(header) else None
    corner = header[first] if first < len(header) else None
    return Cell(label, column, corner, tuple(header), lines[0][0], False,
                rows[0][first] if len(rows[0]) > first and rows[0] is not row else None)


def _words(text: str, span: Span | None) -> str:
    return text[slice(*span)] if span else ""


def _what(text: str, span: Span | None) -> str:
    if not span:
        return ""
    found = what_in(text, *span)
    if found:
        return found
    return next((kind for kind, pattern in _CHEMISTRY if pattern.search(text, *span)), "")


def _measure(text: str, span: Span | None) -> str:
    found = measures_in(text, *span) if span else []
    return (found[0].lastgroup or "") if found else ""


@dataclass(frozen=True)
class CellReading:
    """What a table's row and column say of a number in it: "" for what they leave to the sentence reading."""

    entity: str
    what: str
    measure: str
    transform: str
    period: str
    status: str
    counted: str = ""  # what a column of counts names when it names no kind nor measure: "| Public Chargers |"


def read_cell(text: str, cell: Cell, unit: str, published: dt.date | None, entities: Entities) -> CellReading:
    """The fields a cell's row, column and corner say, the lead's kind and measure for what they leave open."""
    label, column, corner = cell.label, cell.column, cell.corner
    lead = heading_of(text, cell.table_start)  # the sentence that leads into the table
    rate = unit in ("percent", "percentage_points")
    transform = ""
    share = _SHARE_HEADING.search(text, *column) if rate and column else None
    if rate and column and _MONTH_ON_MONTH.search(text, *column):
        transform = "mom_pct"
    elif share:  # "| Maker | NEV Sales | Market Share |": each row's share of the market the level column counts
        transform = "global_share_pct" if share["world"] else "national_share_pct"
    elif rate and (column and _GROWTH.search(text, *column) or label and _GROWTH.search(text, *label)):
        transform = "yoy_pct"
    # (then the first row's label, a table's total: "| Total NEV Sales |" over "| Exports |" and "| Year-to-Date |")
    what = (_what(text, label) or _what(text, column) or _what(text, corner)
            or next((w for h in cell.headings if share and (w := _what(text, h))), "")
            or _what(text, cell.first_label) or _what(text, lead))
    measure = (_measure(text, label) or _measure(text, column) or _measure(text, corner)
               or next((m for h in cell.headings if (m := _measure(text, h))), "")
               or _measure(text, cell.first_label) or _measure(text, lead))
    if measure == "sales" and _RETAIL.search(text, 0, cell.table_start) and not _WHOLESALE.search(
            text, 0, cell.table_start):
        measure = "retail_sales"  # "| Maker | NEV Sales |" after a story of the retail count: its sales are retail
    if measure == "installed_capacity" and what in ("", "vehicle"):
        what = "power_battery"  # "| Installation (GWh) |": batteries fitted to vehicles, of no kind named
    status, period = "", ""
    for span in (label, column, corner):
        words = _words(text, span).strip()
        forecast = _YEAR_FORECAST.fullmatch(words)
        if forecast:
            period, status = forecast[1], "forecast"
            break
        if _YEAR.fullmatch(words):
            period = words
            break
        told = periods_named(text, *span, published) if span else []
        if told:
            period = told[0]
            break
    if not period:
        # a table its row, column and corner leave undated: the period the sentence leading into it names first,
        # else the story's lead paragraph, else its headline ("BYD kept the top spot in 2025 ... | Maker | NEV
        # Sales |")
        story_lead = lead_span(text)
        period = next((told[0] for span in (lead, story_lead, (0, story_lead[0]))
                       if (told := periods_named(text, *span, published))), "")
    if label and _YEAR_TO_DATE.search(text, *label) and re.fullmatch(r"\d{4}-\d\d", period or ""):
        period = f"{period[:4]}-01/{period}"  # "| Year-to-Date Total |" under "Orion November 2025": January on
    entity = ""
    name = _words(text, label).strip()
    brand = next((b for b in entities.brands if re.search(rf"(?<![\w-]){re.escape(b)}$", name)), "") if name else ""
    if brand:
        entity = brand  # "| Geely Galaxy |": the brand, whose owner the row's figure is
    elif name and corner and _NAMES_HEADING.fullmatch(text, *corner):  # the heading over the labels
        # "| Company |" over "| Zeta Cells |" (a known company by its first word: "Orion Tech" is Orion)
        entity = entities.known_name(name) or entities.known_name(name.split()[0]) or entities.company_name(name)
    elif name and entities.known_name(name):
        entity = entities.known_name(name)
    elif corner:  # "| Orion November 2025 | Figures |": the corner's
        heading = _words(text, corner).split()
        entity = next((named for n in range(len(heading), 0, -1)
                       if (named := entities.known_name(" ".join(heading[:n])))), "")
    words = _words(text, column).strip()
    # (a kind the lead names, "Northvale now has many more chargers for EVs", is not what the column counts)
    counted = snake(words) if (unit == "count" and _COUNTED_THINGS.fullmatch(words) and not any(
        _what(text, span) or _measure(text, span) for span in (label, column))) else ""
    return CellReading(entity, what, measure, transform, period, status, counted)


# A column heading that names things counted, in the plural: "Public Charging Stations", "Swap stations"
_COUNTED_THINGS = re.compile(r"(?i)(?:[a-z][\w-]*\s+){0,3}(?:stations|chargers|piles|points|stores|outlets"
                             r"|showrooms|plants|factories|companies|exhibitors|models)")
