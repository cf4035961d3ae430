"""Turn figures and indicators into what a reader sees: formatted numbers, hedges, ranges, provenance links.

Every number in the report passes through here, so each one is linked to its entry in the appendix
(`#fig-<figure_id>`, `#ext-<source_id>`, `#ind-<indicator_id>`) and carries its quote or formula on hover.
All text from the data is HTML-escaped: an article containing markup is shown as text, never run; and a text
cell of a CSV output that a spreadsheet would run as a formula is written with a leading apostrophe.
"""

from __future__ import annotations

import math
import re
from html import escape

HEDGE_WORDS = {"exact": "", "at_least": "over", "at_most": "nearly", "approx": "about"}
PERIOD_HALF = re.compile(r"^(\d{4})-H([12])$")
PERIOD_MONTHS = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
PERIOD_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
# A spreadsheet evaluates a cell starting with one of these (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def is_missing(value) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _significant(value: float, digits: int) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))


def format_value(value: float, unit: str, digits: int = 4, as_stated: bool = False) -> str:
    """A number as a reader expects it: "1.758 million", "81.5%", "US$54.2 billion", "3,496".

    Computed values are rounded to `digits` significant digits and percentages to one decimal;
    `as_stated` keeps a stated figure's own precision ("160%", not "160.0%").
    """
    if is_missing(value):
        return "n/a"
    value = float(value)
    if math.isinf(value):
        return "unbounded"
    magnitude = abs(_significant(value, digits))
    # A value that rounds to zero is shown without a sign: "-0.0%" reads as a finding.
    shown_zero = magnitude == 0 or (unit in ("percent", "percentage_points") and not as_stated and magnitude < 0.05)
    sign = "-" if value < 0 and not shown_zero else ""
    if unit in ("percent", "percentage_points"):
        if as_stated:
            text = _trim(f"{abs(value):,.6f}")
        else:
            text = f"{abs(value):,.1f}" if abs(value) < 1000 else f"{abs(value):,.0f}"
        suffix = "%" if unit == "percent" else " points"
        return f"{sign}{text}{suffix}"
    if unit == "cny_per_usd":
        return f"{sign}{magnitude:.2f} yuan per US$"
    if magnitude >= 1e15:  # beyond any real count or amount: plain digits would be hundreds long
        body = f"{magnitude:.4g}"
    elif magnitude >= 1e9:
        body = f"{_trim(f'{magnitude / 1e9:.3f}')} billion"
    elif magnitude >= 1e6:
        body = f"{_trim(f'{magnitude / 1e6:.3f}')} million"
    elif magnitude.is_integer():
        body = f"{magnitude:,.0f}"
    else:
        body = _trim(f"{magnitude:,.2f}")
    if unit == "usd":
        return f"{sign}US${body}"
    if unit == "cny":
        return f"{sign}{body} yuan"
    if unit == "square_meters":
        return f"{sign}{body} m²"
    return f"{sign}{body}"


def format_range(low: float, high: float, unit: str) -> str:
    """An interval in words: "25.9% to 26.0%", "at least 3 million", "up to 2,500"."""
    if is_missing(low) or is_missing(high):
        return ""
    low, high = float(low), float(high)
    if unit == "percent" and (low <= -100 or low == 0):
        # Growth cannot fall below -100% nor a share below 0: such a bound only says the range is open below.
        low = -math.inf
    if math.isinf(high) and math.isinf(low):
        return "unbounded"
    if math.isinf(high):
        return f"at least {format_value(low, unit)}"
    if math.isinf(low):
        return f"up to {format_value(high, unit)}"
    a, b = format_value(low, unit), format_value(high, unit)
    return a if a == b else f"{a} to {b}"


def format_period(period: str) -> str:
    """ISO-like periods for readers: 2023-H1 -> "H1 2023", 2023-01/2023-05 -> "Jan-May 2023"."""
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
    return period


def link(anchor: str, text: str, hover: str, css: str) -> str:
    return f'<a class="{css}" href="#{escape(anchor)}" title="{escape(hover)}">{escape(text)}</a>'


def figure_text(row) -> str:
    """A stated figure with its hedge: "over 3 million", "some 1.758 million" -> "about 1.758 million"."""
    hedge = HEDGE_WORDS.get(row["qualifier"], "")
    shown = format_value(row["value"], row["unit"], digits=6, as_stated=True)
    return f"{hedge} {shown}".strip()


def figure_link(row) -> str:
    hover = f"“{row['quote']}” ({row['publisher']}, {row['published']})"
    return link(f"fig-{row['figure_id']}", figure_text(row), hover, "figref")


def external_text(row) -> str:
    hedge = HEDGE_WORDS.get(row["qualifier"], "")
    return f"{hedge} {format_value(row['value'], row['unit'], digits=6, as_stated=True)}".strip()


def external_link(row) -> str:
    hover = f"Supplementary figure: “{row['excerpt']}” ({row['publisher']}, {row['published']})"
    return link(f"ext-{row['source_id']}", external_text(row), hover, "extref")


def indicator_text(row, with_range: bool = False) -> str:
    if is_missing(row["value"]):
        return "not available"
    text = format_value(row["value"], row["unit"])
    low, high = row["low"], row["high"]
    if not is_missing(low) and not is_missing(high) and math.isinf(float(high)) and not math.isinf(float(low)):
        return f"at least {format_value(low, row['unit'])}"
    if with_range:
        spread = format_range(low, high, row["unit"])
        if spread and spread != text:
            text = f"{text} ({spread})" if spread.startswith(("up to", "at least")) else f"{text} (range {spread})"
    return text


def indicator_link(row, with_range: bool = False) -> str:
    hover = f"{row['label']}: {row['formula']}"
    return link(f"ind-{row['indicator_id']}", indicator_text(row, with_range), hover, "indref")


def period_span(period: str) -> str:
    return f'<span class="period">{escape(format_period(period))}</span>'


def html_table(header: list[str], rows: list[list[str]], caption: str = "", numeric: set[int] | None = None,
               css: str = "data") -> str:
    """A table whose cells are already HTML (escape text before passing it in)."""
    numeric = numeric or set()
    head = "".join(f'<th{" class=num" if i in numeric else ""}>{escape(h)}</th>' for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f'<td{" class=num" if i in numeric else ""}>{cell}</td>' for i, cell in enumerate(row))
        + "</tr>"
        for row in rows
    )
    cap = f"<caption>{caption}</caption>" if caption else ""
    return f'<table class="{css}">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


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
