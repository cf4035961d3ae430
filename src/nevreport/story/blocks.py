"""The report's building blocks as Jupyter display objects, and the prose grammar that binds numbers to data.

A Block is what a notebook cell shows: Jupyter asks it for its representations (`_repr_mimebundle_`), so a
chapter run in JupyterLab shows the paragraph, chart or table exactly as the HTML report does, and the
exporters find the same representation in the executed notebook. A format added later (a PDF markup, say)
is one more entry in the bundle.

Prose is Markdown whose numbers are placeholders naming data, never typed digits:

    NEV sales reached {china_nev_sales_2023} in {china_nev_sales_2023:period}.

* `{id}` names a figure of data/figures.csv, a supplementary figure (`ext_...`) or an indicator of
  data/indicators.yaml, or a notebook variable holding such an id (for an id that code chooses, such as
  the latest year on file); `{goal}` is Shanghai's goal, or the what-if goal of a parameter set.
* `{id:period}` its period in words, `{id:range}` an indicator with its range when the range says more,
  `{id:interval}` the interval a stated figure stands for.
* Each line is a sentence (or a few) kept or left out whole: a line whose data had not been published by the
  edition's as-of date is left out, so an early edition reads as what was known then. A blank line starts a
  new paragraph; lines starting with "- " are a bulleted list.
* A placeholder naming nothing in the data is a typo and stops the cell with the id and the nearest ids.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html import unescape

import mistune
from markupsafe import Markup

from nevreport.common.errors import UserError
from nevreport.common.sanitise import clean_html

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?\}")
MODES = (None, "period", "range", "interval")
# Years (1900-2099) and ordinals ("7th", "1st") may be typed into prose; any other digit must come from data.
_ALLOWED_NUMBER = re.compile(r"^(?:19|20)\d\d$|^\d+(?:st|nd|rd|th)$")
_NUMBER_TOKEN = re.compile(r"[0-9][0-9A-Za-z.,]*")
_TOKEN = "nrph{}x"
# Containers that tell JupyterLab's MathJax to leave the text alone: "US$424.1 billion to US$424.3 billion"
# would otherwise be typeset as mathematics between the two dollar signs.
NO_MATH = "tex2jax_ignore mathjax_ignore"


# Output metadata of a prose cell: the lines it showed, so an edition's executed notebook keeps only those and
# names nothing its date had not published.
PROSE_SOURCE = "nevreport_prose_source"


class Block:
    """One piece of the report: HTML for the report and JupyterLab, plain text for a console."""

    def __init__(self, html: str = "", text: str = "", source: str | None = None):
        self.html = Markup(html)
        self.text = text or _plain(str(html))
        self.source = source  # prose: the lines of its cell that were shown (an edition keeps only these)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, str]:
        if not self.html:
            return {"text/plain": ""}
        style = _notebook_style() if "<table" in self.html else Markup()
        wrapped = Markup('<div class="nr-block {}">{}{}</div>').format(NO_MATH, style, self.html)
        return {"text/html": str(wrapped), "text/plain": self.text}

    def __html__(self) -> str:
        return str(self.html)

    def __str__(self) -> str:
        return str(self.html)

    def __bool__(self) -> bool:
        return bool(self.html)

    def __repr__(self) -> str:
        text = " ".join(self.text.split())
        return f"<Block: {text[:80]}{'...' if len(text) > 80 else ''}>"


# In JupyterLab a block is shown without the report's style sheet, under JupyterLab's own, which right-aligns
# every table cell and breaks a date at its hyphen. These rules, the report's for tables, come with each table
# a writer runs; a build's tables go without them, as the report has its style sheet.
NOTEBOOK_STYLE = Markup(
    "<style>.nr-block table.data th, .nr-block table.data td {text-align: left; vertical-align: top}"
    " .nr-block table.data .num {text-align: right; font-variant-numeric: tabular-nums}"
    " .nr-block .period, .nr-block .date, .nr-block td.num > a {white-space: nowrap}"
    " .nr-block ol.notes {font-size: 0.85em; color: #5c6670}</style>")


def _notebook_style() -> Markup:
    from nevreport.pipeline import build_folder

    return NOTEBOOK_STYLE if build_folder() is None else Markup()


class ShownProse(Block):
    """What a %%prose cell shows: its Block, with the lines it showed as output metadata (PROSE_SOURCE)."""

    def _repr_mimebundle_(self, include=None, exclude=None):
        return super()._repr_mimebundle_(include, exclude), {PROSE_SOURCE: self.source or ""}


def _plain(html: str) -> str:
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return " ".join(re.sub(r"\s+([,.;:)])", r"\1", text).split())


# --- prose --------------------------------------------------------------------------------------------------

class UnknownId(UserError):
    """A placeholder names nothing in the data: a typo, not a figure published later."""


@dataclass(frozen=True)
class Placeholder:
    name: str
    key: str | None  # the data id it stands for (the name itself, or the id a notebook variable holds)
    mode: str | None


def suggest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(close)}?" if close else ""


def _stray_braces(text: str, where: str) -> None:
    """A brace that is not part of a placeholder would be printed as typed ("{id:Period}"): an error."""
    bare = re.sub(r"`[^`]*`", " ", text)  # braces in a code span are meant as text
    for m in re.finditer(r"\{[^{}\n]*\}?|\}", PLACEHOLDER.sub(" ", bare)):
        name, _, mode = m.group(0).strip("{}").partition(":")
        hint = (f"; did you mean {{{name}:{mode.lower()}}}?" if mode and mode.lower() in MODES else "")
        raise UnknownId(f"{where}'{m.group(0)}' is not a placeholder and would be printed as typed{hint or '.'} A "
                        "placeholder is {id}, {id:period}, {id:range} or {id:interval} (an id of letters, digits "
                        "and underscores, the format in lower case); braces meant as text go in a `code span`")


def resolve(text: str, known: set[str], namespace: Mapping | None = None, where: str = "") -> list[Placeholder]:
    """The placeholders of a prose text; UnknownId for a name that is neither a data id nor a variable holding one."""
    _stray_braces(text, where)
    found = []
    for m in PLACEHOLDER.finditer(text):
        name, mode = m.group(1), m.group(2)
        key = name
        if name not in known:
            value = (namespace or {}).get(name, ...)
            if isinstance(value, str) and value in known:
                key = value
            elif value is None:  # a variable for an id that is not known at this date: the line is left out
                key = None
            else:
                pool = set(known) | {k for k, v in (namespace or {}).items() if isinstance(v, str) and v in known}
                raise UnknownId(f"{where}{{{name}}} names no figure, supplementary figure or indicator"
                                f"{suggest(name, pool)}")
        if mode not in MODES:
            raise UnknownId(f"{where}{{{name}:{mode}}}: unknown format '{mode}'; use one of "
                            + ", ".join(f"{{{name}:{m}}}" for m in MODES if m))
        found.append(Placeholder(name, key, mode))
    return found


def render_prose(text: str, known: set[str], available: Callable[[str], bool],
                 render: Callable[[str, str | None], str], namespace: Mapping | None = None,
                 empty: str = "", where: str = "", left_out: list[str] | None = None) -> Block:
    """Markdown prose with its placeholders filled; lines whose data is not available are left out.

    known: every id in the data (to tell typos from figures not yet published); available(id): published by
    the as-of date; render(id, mode): the HTML of one number. `left_out`, when given, receives one sentence
    per line left out, saying why (for the notebook; the report says nothing of what it leaves out).
    """
    kept: list[str] = []
    reasons: list[str] = []
    found: dict[str, Placeholder] = {}  # "{id:mode}" as written -> what it stands for
    for number, line in enumerate(text.strip("\n").splitlines(), start=1):
        placeholders = resolve(line, known, namespace, where)  # every line, kept or not: a typo is always an error
        found.update((f"{{{p.name}{':' + p.mode if p.mode else ''}}}", p) for p in placeholders)
        missing = [p for p in placeholders if p.key is None or not available(p.key)]
        if not missing:
            kept.append(line)
            continue
        why = "; ".join(f"`{p.name}` holds None" if p.key is None else f"{{{p.key}}} was not published by this "
                        "edition's date" for p in dict.fromkeys(missing))
        reasons.append(f"line {number} ({_excerpt(line)}): {why}")
    markdown = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if PLACEHOLDER.search(text) and not PLACEHOLDER.search(markdown):
        if markdown:
            reasons.append("the lines without numbers too: a lead-in without what it leads to")
        markdown = ""  # only the lines without numbers are left: a lead-in without what it leads to
    if left_out is not None:
        left_out.extend(reasons)
    if not markdown:
        return Block(Markup('<p class="prose no-data">{}</p>').format(empty) if empty else "", source="")
    numbers: list[str] = []

    def token(m: re.Match) -> str:
        p = found[m.group(0)]
        numbers.append(render(p.key, p.mode))
        return _TOKEN.format(len(numbers) - 1)

    # What a writer typed may not bring script, frames or remote content into the report (its numbers,
    # filled in below, come from the package).
    html = clean_html(mistune.html(PLACEHOLDER.sub(token, markdown)))
    html = re.sub(r"nrph(\d+)x", lambda m: numbers[int(m.group(1))], html)
    html = html.replace("<p>", '<p class="prose">').replace("<ul>", '<ul class="prose findings">')
    return Block(html.strip(), source=markdown)


def _excerpt(line: str, width: int = 50) -> str:
    line = " ".join(line.split())
    return repr(line if len(line) <= width else line[:width] + "...")


def typed_numbers(text: str) -> list[str]:
    """Numbers typed into prose (placeholders aside), other than years and ordinals."""
    bare = PLACEHOLDER.sub(" ", text)
    bare = re.sub(r"`[^`]*`", " ", bare)  # code spans name things (`params/latest.yaml`), they are not prose
    found = []
    for m in _NUMBER_TOKEN.finditer(bare):
        if m.start() > 0 and (bare[m.start() - 1].isalpha() or bare[m.start() - 1] in "_/"):
            continue  # part of a word or a path, e.g. "H1", "COVID-19" is still caught by its hyphen
        word = m.group(0).rstrip(".,")
        if not _ALLOWED_NUMBER.match(word):
            found.append(word)
    return found
