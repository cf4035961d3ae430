"""The report's HTML as Typst code: the body of the PDF, and the files (charts, images) it refers to.

The code is made from what the report-html exporter produces, not from the code that wrote it, so whatever a
notebook displays (Markdown cells, HTML outputs, images) reaches the PDF the way it reaches the HTML. The HTML
vocabulary is small: headings h1-h4 with ids, paragraphs, lists, links (an internal `#anchor` becomes a link
to a Typst label, so every number still leads to its appendix entry), strong/em and the styling spans,
tables with caption and header rows, chart figures with inline SVG, images as data URIs and the appendix's
`div.entry` blocks. A tag it does not know degrades to its text. An output that carries its own
`text/x-typst` representation is used as it is (the exporter leaves a placeholder for it in the HTML).
The functions it calls (`nr-table`, `nr-figure`, ...) are defined in templates/report/report.typ.
"""

from __future__ import annotations

import base64
import binascii
import re

from nevreport.publish.htmltree import Node, parse_html

PLACEHOLDER_ATTR = "data-typst-block"
STICKY_ATTR = "data-typst-sticky"  # set by the converter on a table whose notes follow it
# As in exporters.finish_body: longer tables may break across pages, wide ones are set smaller.
LONG_TABLE_ROWS = 6
WIDE_TABLE_COLUMNS = 7
EMPTY = "[]"
_LABEL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:-]*$")
_DROPPED = frozenset({"script", "style", "template", "head", "title", "noscript", "button", "input", "select",
                      "textarea", "nav"})
_LABELLED_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "table", "figure", "blockquote"})
_BLOCKS = frozenset({"p", "div", "main", "section", "article", "header", "footer", "aside", "ul", "ol", "li",
                     "table", "figure", "figcaption", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                     "dl", "dt", "dd", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"})


# --- Typst code ---------------------------------------------------------------------------------------------

def string(text: str) -> str:
    """A Typst string literal: shown exactly as written (no markup, no smart quotes)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "") + '"'


# A run of this many characters without a space may break anywhere: a 3,000-character word (a pasted hash, a
# long address) would otherwise run off the page. U+200B is an invisible break opportunity.
_LONGEST_UNBROKEN = 40


def breakable(text: str) -> str:
    """Text whose runs of more than _LONGEST_UNBROKEN characters without a space may break every so many."""
    return re.sub(rf"\S{{{_LONGEST_UNBROKEN}}}(?=\S)", lambda m: m.group(0) + "\u200b", text)


_PACKAGE = re.compile(r'"@[A-Za-z0-9_-]+/[A-Za-z0-9_.-]+(?::[^"]*)?"')


def package_imports(markup: str) -> list[str]:
    """Typst packages a piece of markup names ("@preview/cetz:0.3.0"): Typst would download them."""
    return [m.group(0).strip('"') for m in _PACKAGE.finditer(markup)]


def _join(parts: list[str]) -> str:
    parts = [p for p in parts if p and p != EMPTY]
    if not parts:
        return EMPTY
    return parts[0] if len(parts) == 1 else "{" + "; ".join(parts) + "}"


def label_name(anchor: str) -> str:
    """A Typst label for an HTML id; ids Typst's label syntax cannot hold get a stable stand-in."""
    if _LABEL.match(anchor):
        return anchor
    import hashlib

    return "id-" + hashlib.sha1(anchor.encode()).hexdigest()[:12]


class Converter:
    """The report's HTML vocabulary to Typst code (see the module docstring)."""

    def __init__(self, root: Node, blocks: list[str] | None = None):
        self.blocks = blocks or []
        self.files: dict[str, bytes] = {}
        self.ids: set[str] = set()
        self.labelled: set[str] = set()
        self._collect_ids(root)

    def _collect_ids(self, node: Node) -> None:
        for child in node.children:
            if isinstance(child, Node):
                if child.attrs.get("id"):
                    self.ids.add(child.attrs["id"])
                self._collect_ids(child)

    # -- helpers


    def _file(self, suffix: str, payload: bytes) -> str:
        name = f"asset-{len(self.files) + 1}{suffix}"
        self.files[name] = payload
        return name

    def _labelled(self, node: Node, code: str) -> str:
        """Attach the node's id as a label, once per id (a label must be unique to be linked to).

        A block element carries the label itself; inline content gets an invisible marker just before it.
        """
        anchor = node.attrs.get("id", "")
        if not anchor or anchor in self.labelled:
            return code
        self.labelled.add(anchor)
        if node.tag in _LABELLED_BLOCKS or "entry" in node.classes:
            return f"[#{code} <{label_name(anchor)}>]"
        return f"{{[#metadata(none) <{label_name(anchor)}>]; {code}}}"

    def children(self, node: Node, ctx: frozenset = frozenset()) -> str:
        return _join(self._parts(node.children, ctx))

    def _parts(self, children: list, ctx: frozenset) -> list[str]:
        """Children in order; whitespace collapsed as HTML does, and dropped around block elements."""
        items = list(children)
        self._stick_tables_to_their_notes(items)
        out: list[str] = []
        for i, child in enumerate(items):
            if isinstance(child, str):
                text = re.sub(r"\s+", " ", child)
                prev = items[i - 1] if i else None
                nxt = items[i + 1] if i + 1 < len(items) else None
                if prev is None or (isinstance(prev, Node) and prev.tag in _BLOCKS):
                    text = text.lstrip()
                if nxt is None or (isinstance(nxt, Node) and nxt.tag in _BLOCKS):
                    text = text.rstrip()
                if text:
                    out.append(string(breakable(text)))
            else:
                out.append(self.node(child, ctx))
        return out

    @staticmethod
    def _stick_tables_to_their_notes(items: list) -> None:
        """A table followed by its notes (ol.notes) keeps them on its page: the table's block is made sticky."""
        nodes = [c for c in items if isinstance(c, Node)]
        for node, after in zip(nodes, nodes[1:], strict=False):
            if after.tag == "ol" and "notes" in after.classes:
                for table in ([node] if node.tag == "table" else list(node.find_all("table")))[-1:]:
                    table.attrs[STICKY_ATTR] = "1"

    # -- elements

    def node(self, node: Node, ctx: frozenset = frozenset()) -> str:
        tag, cls = node.tag, node.classes
        if PLACEHOLDER_ATTR in node.attrs:
            index = int(node.attrs[PLACEHOLDER_ATTR])
            return f"eval({string(self.blocks[index])}, mode: \"markup\")" if index < len(self.blocks) else EMPTY
        if tag in _DROPPED or "screen-only" in cls:  # a download link, say: nothing to click on paper
            return EMPTY
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return self.heading(node)
        if tag == "p":
            return self.paragraph(node, ctx)
        if tag in ("ul", "ol"):
            items = [self.children(li, ctx) for li in node.children if isinstance(li, Node) and li.tag == "li"]
            if tag == "ol" and "notes" in cls:  # a table's notes: set as notes, not as body text
                return self._labelled(node, f"nr-notes(({', '.join(items)}{',' if items else ''}))")
            return f"nr-list({'true' if tag == 'ol' else 'false'}, ({', '.join(items)}{',' if items else ''}))"
        if tag == "a":
            return self.link(node, ctx)
        if tag in ("strong", "b"):
            return self._labelled(node, f"strong({self.children(node, ctx)})")
        if tag in ("em", "i"):
            return self._labelled(node, f"emph({self.children(node, ctx)})")
        if tag == "code":
            return f"nr-code({string(node.text())})"
        if tag == "pre":
            return f"nr-pre({string(node.text())})"
        if tag == "br":
            return "linebreak()"
        if tag == "wbr":
            return string("\u200b")
        if tag == "hr":
            return "nr-rule()"
        if tag == "blockquote":
            return self._labelled(node, f"nr-quote({self.children(node, ctx)})")
        if tag == "table":
            return self.table(node, ctx)
        if tag == "figure":
            return self.figure(node, ctx)
        if tag == "img":
            return self.image(node) or EMPTY
        if tag == "svg":
            return self.svg(node, node.attrs.get("aria-label", "")) or EMPTY
        if tag == "span":
            return self.span(node, ctx)
        if tag == "div" and "entry" in cls:
            return self._labelled(node, f"nr-entry({self.children(node, ctx | {'entry'})})")
        if tag == "div" and "plain" in cls:
            return self.children(node, ctx)
        if tag in ("sub", "sup"):  # Typst calls superscript `super`
            return f"{'super' if tag == 'sup' else 'sub'}({self.children(node, ctx)})"
        if tag == "dl":
            return self._labelled(node, f"block({self.children(node, ctx)})")
        if tag == "dt":
            return f"nr-term({self.children(node, ctx)})"
        # Containers (main, section, div, ...) and unknown tags: their content, their id still a link target.
        # No box around it: a block would keep a page break from happening inside it.
        parts = self._parts(node.children, ctx)
        anchor = node.attrs.get("id", "")
        if anchor and anchor not in self.labelled:
            self.labelled.add(anchor)
            parts.insert(0, f"[#metadata(none) <{label_name(anchor)}>]")
        parts = [p for p in parts if p != EMPTY]
        if not parts:
            return EMPTY
        return parts[0] if len(parts) == 1 else "{\n" + ";\n".join(parts) + "\n}"

    def heading(self, node: Node) -> str:
        # The title page holds the report's title; the body's h2 is the PDF's first level (as in bookmarks).
        level = max(1, int(node.tag[1]) - 1)
        anchor = node.attrs.get("id", "")
        breaks = "pagebreak(weak: true); " if node.tag == "h2" and anchor.startswith("appendix") else ""
        code = self._labelled(node, f"heading(level: {level}, {self.children(node)})")
        return "{" + breaks + code + "}" if breaks else code

    def paragraph(self, node: Node, ctx: frozenset) -> str:
        cls = node.classes
        style = next((c for c in ("entry-head", "entry-body", "entry-source", "ids", "lead", "no-data")
                      if c in cls), "")
        body = self.children(node, ctx)
        return self._labelled(node, f"nr-par({body}, style: {string(style)})")

    def span(self, node: Node, ctx: frozenset) -> str:
        cls = node.classes
        body = self.children(node, ctx)
        for style in ("entry-id", "entry-facts", "file", "note", "anchor", "date", "period", "source", "ids",
                      "no-data"):
            if style in cls:
                return self._labelled(node, f"nr-span({body}, {string(style)})")
        return self._labelled(node, body)

    def link(self, node: Node, ctx: frozenset) -> str:
        href = node.attrs.get("href", "")
        body = self.children(node, ctx)
        if body == EMPTY:
            body = string(href)
        dotted = "true" if node.classes & {"figref", "indref", "extref"} else "false"
        if href.startswith("#"):
            target = href[1:]
            if target not in self.ids:
                return self._labelled(node, body)  # a link to nowhere would stop the compiler; keep the text
            return self._labelled(node, f"nr-link(label({string(label_name(target))}), {body}, dotted: {dotted})")
        if re.match(r"^(https?|mailto):", href, re.I):
            # On paper a web address is printed where it matters: in the text, not in the appendix entries.
            printed = "false" if ("entry" in ctx or "appendix" in ctx) else "true"
            return self._labelled(node, f"nr-url({string(href)}, {body}, print: {printed})")
        return self._labelled(node, body)

    def table(self, node: Node, ctx: frozenset) -> str:
        ctx = ctx | ({"appendix"} if "appendix" in node.classes else set())
        caption = next((c for c in node.children if isinstance(c, Node) and c.tag == "caption"), None)
        header_rows: list[Node] = []
        body_rows: list[Node] = []
        for section in node.children:
            if not isinstance(section, Node):
                continue
            if section.tag == "tr":
                body_rows.append(section)
            elif section.tag in ("thead", "tbody", "tfoot"):
                rows = [r for r in section.children if isinstance(r, Node) and r.tag == "tr"]
                (header_rows if section.tag == "thead" else body_rows).extend(rows)
        if not header_rows and body_rows and all(
                isinstance(c, str) and not c.strip() or (isinstance(c, Node) and c.tag == "th")
                for c in body_rows[0].children):
            header_rows, body_rows = body_rows[:1], body_rows[1:]
        columns = max((self._width(row) for row in header_rows + body_rows), default=1)
        numeric = [False] * columns
        for row in header_rows[-1:] or body_rows[:1]:
            x = 0
            for cell in self._cells(row):
                span = int(cell.attrs.get("colspan", "1") or 1)
                if "num" in cell.classes and x < columns:
                    numeric[x] = True
                x += span

        def cells(row: Node) -> str:
            out = []
            for cell in self._cells(row):
                body = self.children(cell, ctx)
                extras = []
                for key in ("colspan", "rowspan"):
                    if cell.attrs.get(key, "1").isdigit() and int(cell.attrs[key] if key in cell.attrs else 1) > 1:
                        extras.append(f"{key}: {int(cell.attrs[key])}")
                if cell.tag == "th":
                    body = f"strong({body})"
                out.append(f"table.cell({', '.join(extras + [body])})" if extras else body)
                if cell.attrs.get("id"):
                    out[-1] = self._labelled(cell, out[-1])
            return "(" + ", ".join(out) + ("," if len(out) == 1 else "") + ")"

        first = (header_rows or body_rows)[:1]
        wide = bool(first) and len(self._cells(first[0])) >= WIDE_TABLE_COLUMNS
        code = (
            f"nr-table({columns}, ({', '.join('true' if n else 'false' for n in numeric)},), "
            f"({', '.join(cells(r) for r in header_rows)}{',' if len(header_rows) == 1 else ''}), "
            f"({', '.join(cells(r) for r in body_rows)}{',' if len(body_rows) == 1 else ''}), "
            f"caption: {self.children(caption, ctx) if caption else 'none'}, "
            f"wide: {'true' if wide else 'false'}, long: {'true' if len(body_rows) > LONG_TABLE_ROWS else 'false'}, "
            f"sticky: {'true' if STICKY_ATTR in node.attrs else 'false'})"
        )
        return self._labelled(node, code)

    @staticmethod
    def _cells(row: Node) -> list[Node]:
        return [c for c in row.children if isinstance(c, Node) and c.tag in ("td", "th")]

    def _width(self, row: Node) -> int:
        return sum(int(c.attrs.get("colspan", "1")) if c.attrs.get("colspan", "1").isdigit() else 1
                   for c in self._cells(row))

    def figure(self, node: Node, ctx: frozenset) -> str:
        drawings = list(node.find_all("svg"))
        # Each chart comes drawn twice (charts.py): the page-width drawing is the one for paper.
        svg = next((s for s in drawings if "chart-wide" in s.classes), drawings[0] if drawings else None)
        caption = next((c for c in node.children if isinstance(c, Node) and c.tag == "figcaption"), None)
        alt = (svg.attrs.get("aria-label", "") if svg is not None else "") or node.attrs.get("aria-label", "")
        if svg is not None:
            picture = self.svg(svg, alt)
        else:
            image = next(node.find_all("img"), None)
            picture = self.image(image) if image is not None else None
        if picture is None:
            return self._labelled(node, f"block(width: 100%, {self.children(node, ctx)})")
        note = self.children(caption, ctx) if caption is not None else "none"
        return self._labelled(node, f"nr-figure({picture}, {note})")

    def svg(self, node: Node, alt: str) -> str | None:
        if not node.raw:
            return None
        markup = node.raw
        if "xmlns=" not in markup[:markup.find(">")]:
            markup = markup.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
        name = self._file(".svg", markup.encode("utf-8"))
        return f"nr-image({string(name)}, alt: {string(alt or 'Chart')}, width: 100%)"

    def image(self, node: Node) -> str | None:
        src = node.attrs.get("src", "")
        m = re.match(r"data:image/(png|jpeg|jpg|gif|svg\+xml|webp)(;base64)?,(.*)$", src, re.S | re.I)
        if not m:
            return None  # nothing is fetched: an image that is not inside the report is left out
        kind, is_base64, payload = m.group(1).lower(), m.group(2), m.group(3)
        try:
            from urllib.parse import unquote_to_bytes

            data = base64.b64decode("".join(payload.split())) if is_base64 else unquote_to_bytes(payload)
        except (binascii.Error, ValueError):
            return None
        suffix = {"svg+xml": ".svg", "jpeg": ".jpg"}.get(kind, f".{kind}")
        name = self._file(suffix, data)
        return f"nr-image({string(name)}, alt: {string(node.attrs.get('alt') or 'Figure')}, width: auto)"


# --- the body ---------------------------------------------------------------------------------------------

def _main_of(document: str) -> str:
    start, end = document.find("<main"), document.rfind("</main>")
    return document[start:end + len("</main>")] if start >= 0 and end > start else document


def body_typst(document: str, blocks: list[str] | None = None) -> tuple[str, dict[str, bytes]]:
    """Typst code for the report's <main> (or a whole fragment) and the files it refers to."""
    root = parse_html(_main_of(document))
    converter = Converter(root, blocks)
    parts = converter._parts(root.children, frozenset())
    return "#{\n" + ";\n".join(p for p in parts if p != EMPTY) + "\n}\n", converter.files
