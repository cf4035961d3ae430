"""Turn figures and indicators into what a reader sees: formatted numbers, hedges, ranges, provenance links.

Every number in the report passes through here, so each one is linked to its entry in the appendix
(`#fig-<figure_id>`, `#ext-<source_id>`, `#ind-<indicator_id>`) and carries its quote or formula on hover.
All text from the data is HTML-escaped: the report's HTML comes from the Jinja templates in
templates/html/ (one environment, autoescaped) and from markupsafe's `Markup`, so text is escaped unless it is
Markup already, and an article containing markup is shown as text, never run. A text cell of a CSV output that
a spreadsheet would run as a formula is written with a leading apostrophe.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

from markupsafe import Markup

HEDGE_WORDS = {"exact": "", "at_least": "over", "at_most": "nearly", "approx": "about"}
PERIOD_HALF = re.compile(r"^(\d{4})-H([12])$")
PERIOD_MONTHS = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
PERIOD_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
PERIOD_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
# A spreadsheet evaluates a cell starting with one of these (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEMPLATES_DIR = Path(__file__).parent / "templates" / "html"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@cache
def environment():
    """The Jinja environment of the report's HTML pieces and of reports/index.html: autoescaped, strict about
    names a template uses but is not given. Imported on first use: validating the data needs no templates."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_template(name: str, **context) -> Markup:
    """A template of templates/html/ filled in: text in `context` is escaped, Markup is kept as HTML."""
    return Markup(environment().get_template(name).render(**context))


def is_missing(value) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _rounded(magnitude: float, digits: int, finest: int) -> Decimal:
    """magnitude rounded once, half up, to `digits` significant digits but no finer than 10**finest."""
    exact = Decimal(repr(magnitude))
    if exact == 0:
        return exact
    place = max(exact.adjusted() - digits + 1, finest)
    return exact.quantize(Decimal(1).scaleb(place), rounding=ROUND_HALF_UP)


def _decimal_text(number: Decimal, scale: int = 0, grouping: bool = False) -> str:
    text = f"{number.scaleb(-scale):{',' if grouping else ''}f}"
    return _trim(text)


def format_value(value: float, unit: str, digits: int = 4, as_stated: bool = False) -> str:
    """A number as a reader expects it: "1.758 million", "81.5%", "US$54.2 billion", "3,496".

    Computed values are rounded to `digits` significant digits and percentages to one decimal;
    `as_stated` keeps a stated figure's own precision ("160%", not "160.0%"). The value is rounded once,
    half up, from its full precision: 231.84 / 31.91 = 7.2654... is "7.27", never 7.265 rounded again.
    """
    if is_missing(value):
        return "n/a"
    value = float(value)
    if math.isinf(value):
        return "unbounded"
    magnitude = abs(value)
    if unit in ("percent", "percentage_points"):
        if as_stated:
            text = _trim(f"{magnitude:,.6f}")
        else:
            text = _decimal_text(_rounded(magnitude, 99, 0 if magnitude >= 999.95 else -1), grouping=True)
            text = text if "." in text or magnitude >= 999.95 else f"{text}.0"
        suffix = "%" if unit == "percent" else " points"
        return f"{_sign(value, text)}{text}{suffix}"
    if unit == "cny_per_usd":
        text = f"{_rounded(magnitude, 99, -2):f}"
        return f"{_sign(value, text)}{text} yuan per US$"
    if magnitude >= 1e15:  # beyond any real count or amount: plain digits would be hundreds long
        body = f"{magnitude:.4g}"
    else:
        body = ""
        for scale, word in ((9, "billion"), (6, "million")):
            if magnitude >= 10**scale * 0.9995:
                rounded = _rounded(magnitude, digits, scale - 3)
                if rounded >= 10**scale:
                    body = f"{_decimal_text(rounded, scale)} {word}"
                    break
        if not body:
            body = _decimal_text(_rounded(magnitude, digits, -2), grouping=True)
    sign = _sign(value, body)
    if unit == "usd":
        return f"{sign}US${body}"
    if unit == "cny":
        return f"{sign}{body} yuan"
    if unit == "square_meters":
        return f"{sign}{body} m²"
    return f"{sign}{body}"


def _sign(value: float, shown: str) -> str:
    """"-" for a negative value unless it is shown as zero: "-0.0%" would read as a finding."""
    return "-" if value < 0 and any(c in "123456789" for c in shown) else ""


def _bounds(low, high, unit: str) -> tuple[float, float] | None:
    """The bounds as a reader should read them, with ends that say nothing opened (None when missing).

    Growth cannot fall below -100% and a share not below 0%: such a low end only says the range is open.
    """
    if is_missing(low) or is_missing(high):
        return None
    low, high = float(low), float(high)
    if unit == "percent" and (low <= -100 or low == 0):
        low = -math.inf
    return low, high


def format_range(low: float, high: float, unit: str) -> str:
    """An interval in words: "25.9% to 26.0%", "at least 3 million", "at most 2,500"."""
    bounds = _bounds(low, high, unit)
    if bounds is None:
        return ""
    low, high = bounds
    if math.isinf(high) and math.isinf(low):
        return "unbounded"
    if math.isinf(high):
        return f"at least {format_value(low, unit)}"
    if math.isinf(low):
        return f"at most {format_value(high, unit)}"
    a, b = _same_decimals(format_value(low, unit), format_value(high, unit))
    return a if a == b else f"{a} to {b}"


_AMOUNT = re.compile(r"^(-?(?:US\$)?)([\d,]+)(?:\.(\d+))?(.*)$")


def _same_decimals(a: str, b: str) -> tuple[str, str]:
    """Two ends of a range with as many decimals each: "3.725 million to 3.760 million", not "3.76 million"."""
    ma, mb = _AMOUNT.match(a), _AMOUNT.match(b)
    if not (ma and mb) or ma.group(4) != mb.group(4):
        return a, b
    places = max(len(ma.group(3) or ""), len(mb.group(3) or ""))

    def padded(m: re.Match) -> str:
        decimals = (m.group(3) or "").ljust(places, "0")
        return f"{m.group(1)}{m.group(2)}{'.' + decimals if decimals else ''}{m.group(4)}"

    return padded(ma), padded(mb)


def value_text(value, low, high, unit: str) -> str:
    """A computed value as a reader should take it: the bound it rests on in words, never a false point.

    "at most 33.3%" when the value is the top of its range (it was computed from a lower bound such as
    "over 3 million"), "at least 24.4%" when it is the bottom, "undetermined" when nothing bounds it.
    """
    if is_missing(value):
        return "not available"
    text = format_value(value, unit)
    bounds = _bounds(low, high, unit)
    if bounds is None:
        return text
    low, high = bounds
    value = float(value)
    if math.isinf(low) and math.isinf(high):
        return "undetermined"
    low_text = "" if math.isinf(low) else format_value(low, unit)
    high_text = "" if math.isinf(high) else format_value(high, unit)
    if low_text == high_text == text:
        return text
    # The value rests on a bound when it is that bound (up to the CSV's 6 significant digits), not when the
    # two merely print alike: 57.88% within [57.85%, 58.04%] is no bound.
    at_high = not math.isinf(high) and math.isclose(value, high, rel_tol=1e-5, abs_tol=1e-9)
    at_low = not math.isinf(low) and math.isclose(value, low, rel_tol=1e-5, abs_tol=1e-9)
    if at_high and not at_low:
        return f"at most {text}"
    if at_low and not at_high:
        return f"at least {text}"
    # One open end: it is the message; the finite end is said beside the value unless it prints the same.
    if math.isinf(high):
        return f"at least {text}" if low_text == text else f"{text}, at least {low_text}"
    if math.isinf(low):
        return f"at most {text}" if high_text == text else f"{text}, at most {high_text}"
    return text


def range_text(value, low, high, unit: str) -> str:
    """The range beside a value, only when it tells the reader more: both ends finite and apart."""
    bounds = _bounds(low, high, unit)
    if bounds is None or is_missing(value):
        return ""
    low, high = bounds
    if math.isinf(low) or math.isinf(high):
        return ""  # an open end is already in the value's words
    a, b = _same_decimals(format_value(low, unit), format_value(high, unit))
    if a == b or _next_to_each_other(a, b):
        return ""  # "2.0% to 2.1%" beside 2.0% says no more than the value's own last digit
    return f"{a} to {b}"


def _next_to_each_other(a: str, b: str) -> bool:
    """True when two ends, as shown, are one unit of their last digit apart."""
    ma, mb = _AMOUNT.match(a), _AMOUNT.match(b)
    if not (ma and mb) or ma.group(4) != mb.group(4) or ma.group(1).startswith("-") != mb.group(1).startswith("-"):
        return False
    digits_a = int((ma.group(2) + (ma.group(3) or "")).replace(",", ""))
    digits_b = int((mb.group(2) + (mb.group(3) or "")).replace(",", ""))
    return abs(digits_b - digits_a) <= 1


def format_period(period: str) -> str:
    """ISO-like periods for readers: 2023-H1 -> "H1 2023", 2023-01/2023-05 -> "Jan-May 2023", 2021-03 -> "Mar 2021"."""
    period = str(period)
    if m := PERIOD_HALF.match(period):
        return f"H{m.group(2)} {m.group(1)}"
    if m := PERIOD_MONTHS.match(period):
        y1, m1, y2, m2 = m.groups()
        if y1 == y2:
            return f"{MONTHS[int(m1) - 1]}-{MONTHS[int(m2) - 1]} {y1}"
        return f"{MONTHS[int(m1) - 1]} {y1}-{MONTHS[int(m2) - 1]} {y2}"
    if m := PERIOD_YEARS.match(period):
        return f"{m.group(1)}-{m.group(2)}"
    if m := PERIOD_MONTH.match(period):
        return f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    return period


def link(anchor: str, text: str, hover: str, css: str) -> Markup:
    return Markup('<a class="{}" href="#{}" title="{}">{}</a>').format(css, anchor, hover, text)


def figure_text(row) -> str:
    """A stated figure with its hedge: "over 3 million", "some 1.758 million" -> "about 1.758 million"."""
    hedge = HEDGE_WORDS.get(row["qualifier"], "")
    shown = format_value(row["value"], row["unit"], digits=6, as_stated=True)
    return f"{hedge} {shown}".strip()


def figure_link(row) -> Markup:
    hover = f"“{row['quote']}” ({row['publisher']}, {row['published']})"
    return link(f"fig-{row['figure_id']}", figure_text(row), hover, "figref")


def external_text(row) -> str:
    hedge = HEDGE_WORDS.get(row["qualifier"], "")
    return f"{hedge} {format_value(row['value'], row['unit'], digits=6, as_stated=True)}".strip()


def external_link(row) -> Markup:
    hover = f"Supplementary figure: “{row['excerpt']}” ({row['publisher']}, {row['published']})"
    return link(f"ext-{row['source_id']}", external_text(row), hover, "extref")


def indicator_text(row, with_range: bool = False) -> str:
    """An indicator's value in words ("at most 33.3%"), with its range when asked and when it says more."""
    text = value_text(row["value"], row["low"], row["high"], row["unit"])
    if with_range and (spread := range_text(row["value"], row["low"], row["high"], row["unit"])):
        text = f"{text} (range {spread})"
    return text


def indicator_link(row, with_range: bool = False) -> Markup:
    hover = f"{row['label']}: {row['formula']}"
    return link(f"ind-{row['indicator_id']}", indicator_text(row, with_range), hover, "indref")


def period_span(period: str) -> Markup:
    return Markup('<span class="period">{}</span>').format(format_period(period))


def html_table(header: list[str], rows: list[list], caption: str = "", numeric: set[int] | None = None,
               css: str = "data", notes: list[str] = ()) -> Markup:
    """A table; each cell is text (escaped) or Markup (kept as HTML); `notes` are listed under it, numbered."""
    return render_template("table.html.j2", header=header, rows=rows, caption=caption, numeric=numeric or set(),
                           css=css, notes=list(notes))


def spreadsheet_text(cell):
    """A text cell for a CSV output: with a leading apostrophe when a spreadsheet would run it as a formula.

    Cells that already start with apostrophes before such a character get one more, so that
    `from_spreadsheet_text` gives back exactly what was written. Number columns are never passed here.
    """
    if isinstance(cell, str) and cell.lstrip("'").startswith(FORMULA_START):
        return "'" + cell
    return cell


def from_spreadsheet_text(cell):
    """The text `spreadsheet_text` was given."""
    if isinstance(cell, str) and cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_START):
        return cell[1:]
    return cell
