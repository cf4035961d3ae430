"""Figures and indicators as a reader meets them in the report's HTML: linked numbers, periods and tables.

Every number in the report passes through here, so each one is linked to its entry in the appendix
(`#fig-<figure_id>`, `#ext-<source_id>`, `#ind-<indicator_id>`) and carries its quote or formula on hover; the
words of each number come from nevreport.common.numbers. All text from the data is HTML-escaped: the HTML
comes from the Jinja templates beside this module (templates/, autoescaped, nevreport.common.templates) and
from markupsafe's `Markup`, so text is escaped unless it is Markup already, and an article containing markup
is shown as text, never run.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from nevreport.common import numbers, templates
from nevreport.common.dates import format_period

TEMPLATES_DIR = Path(__file__).parent / "templates"


def render_template(name: str, **context) -> Markup:
    """A template of story/templates/ filled in: text in `context` is escaped, Markup is kept as HTML."""
    return templates.render(TEMPLATES_DIR, name, **context)


def stated_text(row) -> str:
    """A stated or supplementary figure with its hedge, at its own precision: "over 3 million"."""
    return numbers.stated_text(row["value"], row["unit"], row["qualifier"])


def link(anchor: str, text: str, hover: str, css: str) -> Markup:
    return Markup('<a class="{}" href="#{}" title="{}">{}</a>').format(css, anchor, hover, text)


def figure_link(row) -> Markup:
    hover = f"“{row['quote']}” ({row['publisher']}, {row['published']})"
    return link(f"fig-{row['figure_id']}", stated_text(row), hover, "figref")


def supplementary_link(row) -> Markup:
    hover = f"Supplementary figure: “{row['excerpt']}” ({row['publisher']}, {row['published']})"
    return link(f"ext-{row['source_id']}", stated_text(row), hover, "extref")


def indicator_text(row, with_range: bool = False) -> str:
    """An indicator's value in words ("at most 33.3%"), with its range when asked and when it says more."""
    text = numbers.value_text(row["value"], row["low"], row["high"], row["unit"])
    if with_range and (spread := numbers.range_text(row["value"], row["low"], row["high"], row["unit"])):
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
