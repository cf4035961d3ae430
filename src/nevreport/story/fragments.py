"""A quote's source page, opened at the quoted words: a URL text fragment (`#:~:text=...`).

Browsers that support text fragments scroll to the words and highlight them; others open the page as usual. A
short quote is matched whole; a long one by its first and last words (`text=start,end`), which survives small
differences in the middle (a line break, a link); an excerpt with an elision ("Shanghai ... producing 632,000")
by the words before and after it. Each part is percent-encoded, including the `-`, `,` and `&` that the
fragment's own syntax uses.
"""

from __future__ import annotations

import re
from urllib.parse import quote as percent

EDGE_WORDS = 5  # a quote of more than twice this many words is matched by its first and last words
_ELISION = re.compile(r"\s*(?:\.\.\.|\u2026|\[\.\.\.\])\s*")
_QUOTES = "\"'\u201c\u201d\u2018\u2019 "


def _encode(text: str) -> str:
    return percent(" ".join(text.split()), safe="").replace("-", "%2D")


def text_fragment(quote: str) -> str:
    """The text directive for a quote: "text=Shanghai,producing%20632%2C000" ("" for an empty quote)."""
    parts = [p.strip(_QUOTES) for p in _ELISION.split(str(quote or "")) if p.strip(_QUOTES)]
    if not parts:
        return ""
    if len(parts) > 1:
        start, end = parts[0], parts[-1]
    else:
        words = parts[0].split()
        if len(words) <= 2 * EDGE_WORDS:
            return "text=" + _encode(parts[0])
        start, end = " ".join(words[:EDGE_WORDS]), " ".join(words[-EDGE_WORDS:])
    return f"text={_encode(start)},{_encode(end)}"


def quote_url(url: str, quote: str) -> str:
    """The page's address with a text fragment for the quote; the address as it is when either is missing."""
    directive = text_fragment(quote)
    if not url or not directive or not re.match(r"^https?://", str(url), re.I):
        return str(url or "")
    base, _, fragment = str(url).partition("#")
    fragment = fragment.split(":~:", 1)[0]
    return f"{base}#{fragment}:~:{directive}"
