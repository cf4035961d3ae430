"""The articles as text: one article read safely (from the data folder or a path typed on the command line),
the whole corpus, and the date an article prints near its top.

Articles are kept exactly as received (no newline translation), so the character offsets of every mention
match the file.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.dates import MONTH_NAMES, parse_date
from nevreport.common.errors import UserError

# A date an article prints near its top: "2024-10-31" or "October 31, 2024".
_DATE_IN_TEXT = re.compile(
    rf"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b|\b(?P<month>{'|'.join(MONTH_NAMES)})\s+(?P<day>\d\d?),\s*"
    r"(?P<year>(?:19|20)\d\d)\b"
)


def read_article(path: Path, data_dir: Path | None = None) -> str:
    """The article's text exactly as stored (no newline translation), so offsets match the file.

    With data_dir, `path` names an article of that data folder and is read only when it is a plain file
    directly in data/raw/articles (nevreport.common.inputs); without it (a path typed on the command line), only
    when it is a regular file. Either way it is size-capped, checked before it is read, and refused when it
    holds a character a reader could misread (a digit other than 0-9, a bidirectional control).
    """
    path = Path(path)
    try:
        if data_dir is not None:
            raw = inputs.read_article_bytes(data_dir, path.name)
        elif path.is_dir():
            raise UserError(f"{path}: is a folder, not an article. Fix: pass the .txt files inside it.")
        else:
            raw = inputs.read_capped(path, inputs.MAX_ARTICLE_BYTES)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file. Fix: check the path (relative to {Path.cwd()}).") from None
    except inputs.Refused as exc:
        raise UserError(f"{path}: {exc.message}. Fix: {exc.fix}.") from None
    if b"\0" in raw:
        raise UserError(f"{path}: byte {raw.index(0)} is NUL, so this is not UTF-8 text (a binary file, or text "
                        "saved as UTF-16). Fix: pass the article saved as plain UTF-8 text.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{path}: not UTF-8 text (byte {exc.start} is {raw[exc.start : exc.start + 1]!r}). "
            f"Fix: re-save it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 {path.name} > fixed.txt`."
        ) from None
    found = inputs.unusual_character(text, start=1 if text.startswith("\ufeff") else 0)
    if found:
        position, what = found
        line, column = inputs.line_and_column(text, position)
        raise UserError(f"{path}:{line}: the article holds {what} at column {column}. Fix: delete the character "
                        "(or retype the digit as 0-9).")
    return text


def read_corpus(data_dir: Path) -> dict[str, str]:
    """Every article of data/raw/articles by file name; UserError for an empty folder or an empty article."""
    folder = config.raw_articles_dir(data_dir)
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise UserError(f"{folder}: no articles (*.txt) found. Fix: check --data-dir, e.g. --data-dir data.")
    articles = {path.name: read_article(path, data_dir) for path in paths}
    for name, text in articles.items():
        if not text.strip():
            raise UserError(f"{config.shown(folder / name, data_dir)}: the article is empty. Fix: save the "
                            "article's text into it, or remove the file and its row in SOURCES.csv.")
        foreign = not_in_english(text)
        if foreign:
            raise UserError(f"{config.shown(folder / name, data_dir)}: {foreign}. Fix: save the story's English "
                            "edition in its place, or remove the file and its row in SOURCES.csv.")
    return articles


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # the CJK ideographs Chinese is written in
_LATIN = re.compile(r"[A-Za-z]")


def not_in_english(text: str) -> str:
    """Why the article's numbers would go unread, when it is written in Chinese (more Chinese characters than
    Latin letters): its figures ("102.2万辆") would be neither drafted nor seen by the coverage audit; "" otherwise."""
    han, latin = len(_HAN.findall(text)), len(_LATIN.findall(text))
    if han <= latin:
        return ""
    return (f"the article is not in English ({han} Chinese characters, {latin} Latin letters): its numbers are not "
            "read, so none of its figures would be drafted, and the coverage audit would not see them")


def printed_date(text: str) -> dt.date | None:
    """The date an article prints near its top ("2024-10-31", "Hefei, March 4, 2024 -- ..."): one that opens a
    line or follows a dateline's place, not a date a sentence names ("the policy will end on June 30, 2026")."""
    for match in _DATE_IN_TEXT.finditer(text[:400]):
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if len(before) > 40 or _SAID_OF.search(before):
            continue
        try:
            if match["iso"]:
                return parse_date(match["iso"])
            return dt.date(int(match["year"]), MONTH_NAMES.index(match["month"]) + 1, int(match["day"]))
        except ValueError:
            return None
    return None


# A date a sentence names: "will lapse on June 30, 2026", "until June 30, 2025"
_SAID_OF = re.compile(r"(?i)\b(?:on|by|until|till|before|after|since|from|to|through|in|of|at)\s+\Z")
