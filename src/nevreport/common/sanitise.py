"""HTML a writer typed (Markdown cells, prose) cleaned to what a report page may hold, with nh3 (Ammonia).

The report is a page that runs no script and loads nothing: a `<script>`, an `<iframe>`, an `onerror=`, a
`javascript:` link or a remote image typed into a Markdown cell or a prose cell would break that promise. What
is left is text markup (paragraphs, lists, emphasis, links to web pages and to the report's own anchors, tables)
and images embedded in the page itself (`data:` addresses, which is what a notebook's attachments become).
The page's Content-Security-Policy backs this up in the browser.
"""

from __future__ import annotations

import nh3

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
}
_COMMON = {"class", "id", "title", "lang"}
ATTRIBUTES = {
    **{tag: set(_COMMON) for tag in TAGS},
    "a": _COMMON | {"href"},
    "img": _COMMON | {"src", "alt", "width", "height"},
    "td": _COMMON | {"colspan", "rowspan", "align"},
    "th": _COMMON | {"colspan", "rowspan", "align", "scope"},
    "ol": _COMMON | {"start"},
}


def _filter(tag: str, attribute: str, value: str) -> str | None:
    # An image only from the page itself (a notebook attachment or output, embedded as data:image/...).
    if tag == "img" and attribute == "src":
        return value if value.startswith("data:image/") else None
    if attribute == "href" and value.strip().lower().startswith("data:"):
        return None
    return value


def clean_html(html: str) -> str:
    """`html` with everything a report page may not hold removed: scripts, frames, styles, event handlers,
    forms, `javascript:` and other non-web links, images not embedded in the page."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "mailto", "data"},
                     attribute_filter=_filter, link_rel=None, strip_comments=True)
