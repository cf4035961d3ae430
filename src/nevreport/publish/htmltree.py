"""The report's HTML as a small tree of elements, for the typesetter to walk.

An HTML parser forgiving about unclosed tags, as browsers are; an inline <svg> chart is kept as its source
markup, because an HTML parser lower-cases the names of SVG's attributes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr"})


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list = field(default_factory=list)  # Node or str
    raw: str = ""  # the source markup, kept for <svg> (an HTML parser lower-cases SVG's attribute names)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def find_all(self, tag: str):
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag:
                    yield child
                yield from child.find_all(tag)


class _TreeBuilder(HTMLParser):
    """HTML to a Node tree; forgiving about unclosed tags, as browsers are."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0]
        for m in re.finditer("\n", source):
            self.line_starts.append(m.end())
        self.root = Node("root")
        self.stack = [self.root]
        self.svg_depth = 0
        self.svg_start = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if self.svg_depth:
            self.svg_depth += tag == "svg"
            return
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag == "svg":
            self.svg_depth, self.svg_start = 1, self._offset()
            self.stack.append(node)
        elif tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        if self.svg_depth:
            return
        self.stack[-1].children.append(Node(tag, {k: (v if v is not None else "") for k, v in attrs}))

    def handle_endtag(self, tag):
        if self.svg_depth:
            if tag == "svg":
                self.svg_depth -= 1
                if not self.svg_depth:
                    end = self.source.find(">", self._offset()) + 1
                    self.stack[-1].raw = self.source[self.svg_start:end]
                    self.stack.pop()
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if not self.svg_depth:
            self.stack[-1].children.append(data)


def parse_html(source: str) -> Node:
    builder = _TreeBuilder(source)
    builder.feed(source)
    builder.close()
    return builder.root
