"""Words that mix letters of scripts that look alike: "Сhina" with a Cyrillic С reads as China and matches nothing.

Latin, Cyrillic and Greek share many letter shapes; a word that mixes them is a pasted or mistyped letter, never
a name. Words of one script (Latin, or Chinese characters beside Latin words) are left alone.
"""

from __future__ import annotations

import re
import unicodedata

_LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((script for script in _LOOKALIKE_SCRIPTS if name.startswith(script)), None)


def mixed_script(text: str) -> tuple[str, int, str] | None:
    """(word, 1-based character position, "U+0421 CYRILLIC CAPITAL LETTER ES") for the first word that mixes
    look-alike scripts, or None."""
    if text.isascii():  # most cells: only Latin letters, nothing to mix
        return None
    for match in re.finditer(r"\w+", text):
        scripts = {s for ch in match.group(0) if (s := _script(ch))}
        if len(scripts) > 1:
            odd = next(i for i, ch in enumerate(match.group(0)) if _script(ch) not in (None, "LATIN"))
            char = match.group(0)[odd]
            return match.group(0), match.start() + odd + 1, f"U+{ord(char):04X} {unicodedata.name(char)}"
    return None
