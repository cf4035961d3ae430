"""nbconvert exporters that turn an executed report notebook into one offline HTML file and an A4 PDF.

The reader sees the story, not the machinery: no code, no prompts, no stdout/stderr, only the richest output
of each cell. Everything the HTML needs is inside it (CSS inline, images as data URIs, no scripts), so it
works offline, and the PDF is typeset from the same HTML in-process by Typst (nevreport.publish.typeset), without LaTeX,
a browser or any system library. An output may carry its own Typst (`text/x-typst`); the PDF then uses it.

    jupyter nbconvert --to report-html reports/latest/notebooks/report.ipynb
    jupyter nbconvert --to report-pdf reports/latest/notebooks/report.ipynb

The title page comes from nb.metadata["nevreport"] (title, subtitle, parameter_set, as_of, generated,
publisher_note), then the papermill parameters, then the first H1. The contents list is built from the H2/H3
headings; in the PDF it carries page numbers.
"""

from __future__ import annotations

import base64
import copy
import html
import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from nbconvert.exporters import HTMLExporter
from nbconvert.exporters.templateexporter import TemplateExporter
from nbformat import NotebookNode
from traitlets import default

from nevreport.common import templates
from nevreport.common.dates import W3C_DATE, build_date
from nevreport.common.sanitise import clean_html
from nevreport.publish import cite

TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "report"
HIDDEN_CELL_TAGS = frozenset({"remove-cell", "hide"})
HIDDEN_OUTPUT_TAGS = frozenset({"remove-output"})
# Richest first; text/plain is kept only when a cell offers nothing else.
OUTPUT_PRIORITY = ("text/html", "text/markdown", "image/svg+xml", "image/png", "image/jpeg", "text/plain")
# A display object may carry its own Typst markup; the PDF prefers it to the HTML.
TYPST_MIMETYPE = "text/x-typst"
TOC_MARKER = "<!-- nevreport:toc -->"
# A table longer than this may split across pages (its header repeats); a shorter one moves whole.
LONG_TABLE_ROWS = 6
# From this many columns a table is set in smaller type in print, so that it fits the width of the page.
WIDE_TABLE_COLUMNS = 7

_HEADING = re.compile(r"<h([1-3])(\s[^>]*)?>(.*?)</h\1\s*>", re.S | re.I)
_ID_ATTR = re.compile(r"""(?<![\w:.-])id\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_ROW = re.compile(r"<tr\b", re.I)
_FIRST_ROW = re.compile(r"<tr\b.*?</tr\s*>", re.S | re.I)
_CELL = re.compile(r"<t[hd]\b", re.I)
_TABLE = re.compile(r"<table\b.*?</table\s*>", re.S | re.I)
_TEXT_NODE = re.compile(r"(?<=>)[^<>]+")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
_TAG = re.compile(r"<[^>]+>")
EDITION_FACTS = ("previous_edition", "previous_as_of", "newest_edition", "newest_source")
_MARKDOWN_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


# --- what goes on the title page ----------------------------------------------------------------------------

def _text_of(fragment: str) -> str:
    """Plain text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def _first_h1(nb: NotebookNode) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            # A "# comment" inside a fenced code block is not a title.
            source = re.sub(r"```.*?```", "", cell.source, flags=re.S)
            if m := _MARKDOWN_H1.search(source):
                return _text_of(m.group(1))
            sources = [source]
        elif cell.cell_type == "code":
            sources = [_joined(o.get("data", {}).get("text/html", "")) for o in cell.get("outputs", [])]
        else:
            continue
        for text in sources:
            for m in _HEADING.finditer(text):
                if m.group(1) == "1":
                    return _text_of(m.group(3))
    return ""


def _joined(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def report_info(nb: NotebookNode) -> dict:
    """Title-page facts: metadata["nevreport"] first, then the papermill parameters, then the first H1.

    `generated` falls back to SOURCE_DATE_EPOCH and then to the day papermill finished executing, never to
    the clock, so the same notebook always renders the same bytes.
    """
    ours = dict(nb.metadata.get("nevreport") or {})
    papermill = nb.metadata.get("papermill") or {}
    parameters = papermill.get("parameters") or {}
    executed_on = str(papermill.get("end_time") or "")[:10]

    def pick(key: str, *fallbacks) -> str:
        for value in (ours.get(key), *fallbacks):
            if value not in (None, ""):
                return str(value)
        return ""

    info = {
        "title": pick("title", parameters.get("title"), _first_h1(nb), "Report"),
        "subtitle": pick("subtitle", parameters.get("subtitle")),
        "parameter_set": pick("parameter_set", parameters.get("parameter_set")),
        "as_of": pick("as_of", parameters.get("as_of")),
        "as_of_note": pick("as_of_note"),  # what the date is, for an edition dated by its data
        # The build states `generated` itself (empty unless SOURCE_DATE_EPOCH is set), so that two builds of
        # the same inputs on different days give the same bytes.
        "generated": str(ours["generated"]) if "generated" in ours else pick(
            "generated", build_date(), executed_on),
        "publisher_note": pick("publisher_note"),
    }
    # The editions before and after this one, and the newest source it rests on (nevreport.publish.editions).
    info.update({key: pick(key) for key in EDITION_FACTS})
    # How to cite this edition, and its schema.org metadata (nevreport.publish.cite).
    info["citation"], info["bibtex"] = cite.citation(info), cite.bibtex(info)
    info["json_ld"] = cite.json_ld(info, list(ours.get("sources") or []))
    info["json_ld_hash"] = cite.script_hash(info["json_ld"])  # the page's script-src admits this block only
    info["data_zip"] = cite.DATA_ZIP if ours.get("data_zip") else ""
    # The PDF's creation date; only a W3C date is accepted there.
    info["created"] = info["generated"] if W3C_DATE.match(info["generated"]) else ""
    return info


# --- what the reader sees of each cell ----------------------------------------------------------------------

def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def prepare_cells(nb: NotebookNode) -> NotebookNode:
    """A copy of the notebook holding only what the report shows.

    Cells tagged remove-cell/hide and raw cells go; code cells keep no source, and of their outputs only
    display data and results remain, each reduced to its richest representation (streams and errors go).
    """
    nb = copy.deepcopy(nb)
    kept = []
    for cell in nb.cells:
        tags = _tags(cell)
        if tags & HIDDEN_CELL_TAGS or cell.cell_type not in ("markdown", "code"):
            continue
        if cell.cell_type == "code":
            cell.source = ""
            outputs = [] if tags & HIDDEN_OUTPUT_TAGS else cell.get("outputs", [])
            cell.outputs = [o for o in (_richest(output) for output in outputs) if o is not None]
            if not cell.outputs:
                continue
        kept.append(cell)
    nb.cells = kept
    return nb


def _richest(output):
    if output.get("output_type") not in ("display_data", "execute_result"):
        return None
    data = output.get("data", {})
    for mimetype in OUTPUT_PRIORITY:
        if mimetype in data:
            payload = _joined(data[mimetype])
            if not payload.strip():
                return None
            output.data = {mimetype: payload}
            output.mimetype = mimetype
            return output
    return None


def data_uri(payload: str, mimetype: str) -> str:
    """An embedded image: base64 text as stored in the notebook (SVG is stored as markup)."""
    if mimetype == "image/svg+xml":
        encoded = base64.b64encode(payload.encode("utf-8")).decode("ascii")
    else:
        encoded = "".join(payload.split())
    return f"data:{mimetype};base64,{encoded}"


# --- headings, contents, tables -----------------------------------------------------------------------------

def slugify(text: str) -> str:
    """A stable, readable anchor: "China's NEV exports" -> "chinas-nev-exports"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"['\u2019]", "", ascii_text)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "section"


def _id_value(match: re.Match) -> str:
    return match.group(1) if match.group(1) is not None else match.group(2)


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate


def finish_body(body: str, title: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Give H2/H3 headings stable ids and wrap tables for scrolling; return the body and its contents.

    The contents are (level, id, text). An H1 repeating the title is dropped: the title page says it.
    Headings that already carry an id keep it, so links written by the report's own code still work.
    """
    taken = {_id_value(m) for m in _ID_ATTR.finditer(body)}
    contents: list[tuple[int, str, str]] = []
    title_key = " ".join(title.split()).casefold()
    dropped_title = False

    def heading(m: re.Match) -> str:
        nonlocal dropped_title
        level, attrs, inner = int(m.group(1)), m.group(2) or "", m.group(3)
        text = _text_of(inner)
        if level == 1:
            if not dropped_title and text.casefold() == title_key:
                dropped_title = True
                return ""
            return m.group(0)
        if found := _ID_ATTR.search(attrs):
            anchor = _id_value(found)
        else:
            anchor = _unique(slugify(text), taken)
            attrs = f' id="{anchor}"{attrs}'
        contents.append((level, anchor, text))
        return f"<h{level}{attrs}>{inner}</h{level}>"

    body = _HEADING.sub(heading, body)

    def wrap(m: re.Match) -> str:
        # A wrapper lets a wide table scroll sideways on a phone instead of widening the page; a table
        # too long for one page is allowed to break (its header repeats), a short one moves whole.
        end = body.find("</table", m.end())
        end = end if end >= 0 else len(body)
        css = ["table-wrap"]
        if len(_ROW.findall(body, m.end(), end)) > LONG_TABLE_ROWS:
            css.append("long-table")
        first_row = _FIRST_ROW.search(body, m.end(), end)
        if first_row and len(_CELL.findall(first_row.group(0))) >= WIDE_TABLE_COLUMNS:
            css.append("wide-table")
        return f'<div class="{" ".join(css)}"><table'

    body = _TABLE.sub(_table_text, body)
    body = re.sub(r"<table\b", wrap, body, flags=re.I)
    body = re.sub(r"</table\s*>", "</table></div>", body, flags=re.I)
    return body, contents


def _table_text(table: re.Match) -> str:
    """Line breaks where a reader expects them in a narrow column.

    snake_case identifiers may break after their underscores (otherwise one long figure id sets a
    column's minimum width and the table runs off the page); ISO dates never break at their hyphens.
    Only text between tags changes; attributes (anchors, links) stay as they are.
    """

    def text(m: re.Match) -> str:
        return _ISO_DATE.sub(r'<span class="date">\g<0></span>', m.group(0).replace("_", "_<wbr>"))

    return _TEXT_NODE.sub(text, table.group(0))


def contents_html(contents: list[tuple[int, str, str]]) -> str:
    if not contents:
        return ""
    return templates.render(TEMPLATES_DIR, "contents.html.j2", contents=contents)


def finish_document(document: str, title: str) -> str:
    start = document.index("<main")
    end = document.rindex("</main>")
    body, contents = finish_body(document[start:end], title)
    return document[:start].replace(TOC_MARKER, contents_html(contents)) + body + document[end:]


# --- exporters ----------------------------------------------------------------------------------------------

class ReportHTMLExporter(HTMLExporter):
    """One self-contained HTML report: title page, contents, prose, tables and charts; no code, no scripts."""

    export_from_notebook = "Report (HTML)"

    @default("template_name")
    def _template_name_default(self):
        return TEMPLATE_NAME

    @default("extra_template_basedirs")
    def _default_extra_template_basedirs(self):
        return [str(TEMPLATES_DIR)]

    @default("exclude_anchor_links")
    def _exclude_anchor_links_default(self):
        return True

    @default("embed_images")
    def _embed_images_default(self):
        # A Markdown image is embedded only from the notebook's own attachments (`attachment:name`), never read
        # from a path, which could lead anywhere on the machine; other images are removed by clean_html.
        return False

    def default_filters(self):
        yield from super().default_filters()
        yield ("data_uri", data_uri)
        yield ("clean_html", clean_html)

    def from_notebook_node(self, nb: NotebookNode, resources: dict | None = None, **kw) -> tuple[str, dict]:
        info = report_info(nb)
        resources = dict(resources or {})
        resources["report"] = info  # text: the report template escapes it
        # TemplateExporter's rendering, skipping HTMLExporter's pass through BeautifulSoup, which
        # lower-cases SVG attribute names and adds notebook-viewer extras (tabindex, placeholder alt text).
        document, resources = TemplateExporter.from_notebook_node(self, prepare_cells(nb), resources, **kw)
        return finish_document(document, info["title"]), resources


def typst_placeholders(nb: NotebookNode) -> tuple[NotebookNode, list[str]]:
    """A copy of the notebook in which every output offering text/x-typst shows a placeholder instead.

    The placeholder is an HTML element the typesetter replaces by that output's Typst markup, so such an
    output keeps its place among the others; the markup is returned in placeholder order.
    """
    from nevreport.publish.typstcode import PLACEHOLDER_ATTR

    nb = copy.deepcopy(nb)
    blocks: list[str] = []
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = output.get("data", {})
            if output.get("output_type") in ("display_data", "execute_result") and TYPST_MIMETYPE in data:
                blocks.append(_joined(data[TYPST_MIMETYPE]))
                output["data"] = {"text/html": f'<div {PLACEHOLDER_ATTR}="{len(blocks) - 1}"></div>'}
    return nb, blocks


def html_to_pdf(document: str, info: dict[str, str], blocks: list[str] | None = None,
                attachments: Iterable[str | os.PathLike] = ()) -> bytes:
    """Typeset report HTML as a tagged A4 PDF (nevreport.publish.typeset, imported here: HTML export does not
    need it).

    `info` is report_info(nb): the title page, and `created` (YYYY-MM-DD) dates the PDF, so that equal input
    gives equal bytes. `attachments` (the edition's CSV files) are embedded in the PDF.
    """
    from nevreport.publish import typeset

    return typeset.html_to_pdf(document, info, blocks, attachments)


class ReportPDFExporter(ReportHTMLExporter):
    """The same report as a paged A4 PDF: running header, "Page X of Y", contents with page numbers."""

    export_from_notebook = "Report (PDF)"
    output_mimetype = "application/pdf"

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    @default("template_extension")
    def _template_extension_default(self):
        return ".html.j2"

    def from_notebook_node(self, nb: NotebookNode, resources: dict | None = None, **kw) -> tuple[bytes, dict]:
        marked, blocks = typst_placeholders(nb)
        document, resources = super().from_notebook_node(marked, resources, **kw)
        return html_to_pdf(document, report_info(nb), blocks), resources


def render_report(nb: NotebookNode, html_path: str | os.PathLike | None = None,
                  pdf_path: str | os.PathLike | None = None,
                  attachments: Iterable[str | os.PathLike] = ()) -> tuple[str, bytes]:
    """Render the report once as HTML, typeset the PDF from that HTML, write whichever paths are given.

    Only when some output carries its own Typst is the HTML rendered a second time, with placeholders.
    """
    document, _ = ReportHTMLExporter().from_notebook_node(nb)
    marked, blocks = typst_placeholders(nb)
    source = ReportHTMLExporter().from_notebook_node(marked)[0] if blocks else document
    pdf = html_to_pdf(source, report_info(nb), blocks, attachments)
    if html_path:
        Path(html_path).write_text(document, encoding="utf-8")
    if pdf_path:
        Path(pdf_path).write_bytes(pdf)
    return document, pdf
