"""Curated figures and their checks: the article manifest, data/figures.csv and the supplementary table.

Every file is read as text, cell by cell, and checked before any number is used, so a bad cell becomes a
Problem naming the file, line and figure instead of a traceback. Nothing in a cell is ever evaluated: a
spreadsheet formula such as "=1+1" stays the text it is and fails the number check.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pandas as pd

from nevreport import config, inputs
from nevreport.errors import Problem, UserError
from nevreport.extract import HEDGE_PHRASES, Mention, extract_mentions
from nevreport.inputs import excerpt
from nevreport.supplementary import load_publishers, validation_warnings

FIGURE_COLUMNS = (
    "figure_id", "article", "quote", "stated", "value", "unit", "qualifier", "status", "entity", "metric",
    "period", "note",
)  # fmt: skip
SOURCE_COLUMNS = ("file", "publisher", "title", "url", "published", "date_note", "headline_in_text")
EXTERNAL_COLUMNS = (
    "source_id", "metric", "entity", "period", "value", "unit", "qualifier", "publisher", "title", "url",
    "published", "excerpt", "confidence",
)  # fmt: skip

UNITS = (
    "vehicles", "percent", "cny", "usd", "square_meters", "companies", "exhibitors", "countries",
    "organizations", "delegations", "products", "people", "forums", "tasks", "platforms", "years", "count",
    "percentage_points", "times",
)  # fmt: skip
# Optional column of both tables: how precisely the number is written, when the general rule reads it wrong.
PRECISION_COLUMN = "precision"
PRECISION_EXACT = "exact"
# Optional column of the supplementary table: what a reader needs to read the row right (as in figures.csv).
NOTE_COLUMN = "note"
EXTERNAL_OPTIONAL = (PRECISION_COLUMN, NOTE_COLUMN)
EXTERNAL_UNITS = (*UNITS, "cny_per_usd")
QUALIFIERS = ("exact", "at_least", "at_most", "approx")
STATUSES = ("actual", "forecast", "target")
CONFIDENCES = ("high", "medium", "low")
METRIC_COLUMNS = ("metric", "topic", "label")
# The report's chapters by topic: each chapter notebook shows the figures of its topic.
TOPICS = ("exports", "market", "shanghai", "ciie", "jiading")

# Units the text itself marks (a percent sign, a currency, "square meters"): the row must agree with the text.
# Count nouns ("companies" vs "organizations") are the curator's reading and are not second-guessed.
_MARKED_UNITS = {
    "percent", "cny", "usd", "square_meters", "eur", "percentage_points", "times", "square_kilometers",
}  # fmt: skip

_SLUG = re.compile(r"[a-z0-9_]+")
# re.ASCII: \d is 0-9 only; float() would read Arabic-Indic or Bengali digits as numbers.
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", re.ASCII)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_PERIOD = re.compile(
    r"(?P<year>\d{4})"
    r"|(?P<hy>\d{4})-H(?P<half>[12])"
    r"|(?P<my>\d{4})-(?P<month>\d{2})"
    r"|(?P<day>\d{4}-\d{2}-\d{2})"
    r"|(?P<fy>\d{4})-(?P<fm>\d{2})/(?P<ty>\d{4})-(?P<tm>\d{2})"
    r"|(?P<from_year>\d{4})/(?P<to_year>\d{4})",
    re.ASCII,
)
PERIOD_FORMATS = "YYYY, YYYY-H1 or YYYY-H2, YYYY-MM, YYYY-MM-DD, YYYY-MM/YYYY-MM or YYYY/YYYY"

_FIGURE_HELP = {
    "figure_id": "a unique id of lowercase letters, digits and underscores, e.g. china_nev_sales_2023",
    "article": "the article's file name as listed in data/raw/articles/SOURCES.csv",
    "quote": "the clause or sentence holding the number, copied from the article character for character",
    "stated": "the number exactly as the quote writes it, e.g. 1.758 million",
    "value": "the number in base units, e.g. 1758000 for 1.758 million, 81.5 for 81.5 percent",
    "unit": "one of " + ", ".join(UNITS),
    "qualifier": "one of " + ", ".join(QUALIFIERS),
    "status": "one of " + ", ".join(STATUSES),
    "entity": "who or what the figure is about, e.g. China, Shanghai, CIIE 7th",
    "metric": "a snake_case name of the quantity, e.g. vehicle_exports",
    "period": "the time the figure covers: " + PERIOD_FORMATS,
}
_EXTERNAL_HELP = {
    "source_id": "a unique id of lowercase letters, digits and underscores, e.g. ext_nev_sales_china_2023",
    "metric": "a snake_case name of the quantity, e.g. nev_sales",
    "entity": "who or what the figure is about, e.g. China",
    "period": "the time the figure covers: " + PERIOD_FORMATS,
    "value": "the number in base units",
    "unit": "one of " + ", ".join(EXTERNAL_UNITS),
    "qualifier": "one of " + ", ".join(QUALIFIERS) + ", from the page's own wording",
    "publisher": "who published the page",
    "url": "the page's web address",
    "published": "the page's date as YYYY-MM-DD",
    "excerpt": "the words on the page the value was read from",
    "confidence": "one of " + ", ".join(CONFIDENCES),
}
_SOURCE_HELP = {
    "file": "the article's file name in data/raw/articles",
    "publisher": "who published the article",
    "title": "the article's headline, or a description when the text has none",
    "url": "the article's web address",
    "published": "the publication date as YYYY-MM-DD",
}
# Named in messages; the qualifier a quote means is read by nevreport.extract with the same vocabulary.
_HEDGE_WORDS = ", ".join(phrase for phrases in HEDGE_PHRASES.values() for phrase in phrases[:3])


# --- public helpers -----------------------------------------------------------------------------------------


def figure_interval(value: float, step: float, qualifier: str, status: str) -> tuple[float, float]:
    """The range of true values a stated figure allows (the interval rule in data/DICTIONARY.md).

    `step` is the place value of the last stated digit: "9.5 million" is any value that rounds to it,
    "over 3 million" has no upper end, and a target is a threshold, so it is the single value stated.
    """
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    if status == "target":
        return (value, value)
    if qualifier == "exact":
        return (value - step / 2, value + step / 2)
    if qualifier == "at_least":
        return (value, math.inf)
    if qualifier == "at_most":
        return (value - step, value)
    if qualifier == "approx":
        return (value - step, value + step)
    raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {', '.join(QUALIFIERS)}")


def reading_step(step: float, value: float, status: str = "actual", precision: str = "") -> float:
    """How far a stated number may lie from the truth it rounds: the step of the interval rule.

    The precision rule (data/DICTIONARY.md, "Precision rule"):
    - `precision` set on the row wins: `exact` (a count or a number given in full: step 0) or a step in base
      units ("100000": "4 million" then stands for 3.95 to 4.05 million);
    - a forecast is the number the forecaster named, not a rounded measurement: step 0;
    - a number whose only significant digit is followed by zeros ("4 million", "60 percent", "200") is read
      as rounded to its second digit (step 100000, 1, 10): a writer who rounds 3.6 million says "3.6
      million", so reading "4 million" as anything from 3.5 to 4.5 million would make the ranges of
      everything derived from it wider than the words justify;
    - otherwise the place value of the last stated digit (`step`).
    """
    text = str(precision or "").strip()
    if text == PRECISION_EXACT:
        return 0.0
    if text:
        return float(text)
    if status == "forecast":
        return 0.0
    if step > 1 and value and math.isfinite(value):
        leading = abs(value) / step
        if leading < 10 and float(leading).is_integer():
            return step / 10
    return step


def _check_precision(table: _Table, line: int, item: str, text: str) -> None:
    text = text.strip()
    if not text or text == PRECISION_EXACT:
        return
    if not _NUMBER.fullmatch(text) or not float(text) > 0:
        table.report(line, item, f"precision '{excerpt(text)}' is neither 'exact' nor a positive step",
                     "leave it empty for the general rule, write 'exact' for a number given in full, or the "
                     "step in base units (e.g. 100000 for a figure rounded to 0.1 million)")


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day a period covers ("2024-H1" -> 2024-01-01, 2024-06-30); ValueError if malformed."""
    match = _PERIOD.fullmatch(period)
    if not match:
        raise ValueError(f"{period!r} is not one of the period formats ({PERIOD_FORMATS})")
    g = match.groupdict()
    if g["year"]:
        first, last = _month_start(int(g["year"]), 1), _month_end(int(g["year"]), 12)
    elif g["hy"]:
        half = int(g["half"])
        first, last = _month_start(int(g["hy"]), 6 * half - 5), _month_end(int(g["hy"]), 6 * half)
    elif g["my"]:
        first, last = _month_start(int(g["my"]), int(g["month"])), _month_end(int(g["my"]), int(g["month"]))
    elif g["day"]:
        first = last = dt.date.fromisoformat(g["day"])
    elif g["fy"]:
        first, last = _month_start(int(g["fy"]), int(g["fm"])), _month_end(int(g["ty"]), int(g["tm"]))
    else:
        first, last = _month_start(int(g["from_year"]), 1), _month_end(int(g["to_year"]), 12)
    if first > last:
        raise ValueError(f"{period!r} ends before it starts")
    return first, last


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def step_of_value_text(text: str) -> float:
    """Place value of the last non-zero digit of a written value ("632000" -> 1000, "6.609" -> 0.001).

    The supplementary table holds values, not the words they were read from, so trailing zeros are taken
    as rounding, as for a stated number.
    """
    number = Decimal(text).normalize()
    if number == 0:
        return 1.0
    return float(Decimal(1).scaleb(number.as_tuple().exponent))


# --- reading CSV files as text ------------------------------------------------------------------------------


@dataclass
class _Table:
    shown: str  # the path as a user sees it in messages, e.g. data/figures.csv
    problems: list[Problem]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (line number, cells)

    def report(self, line: int | None, item: str, message: str, fix: str) -> None:
        self.problems.append(Problem(self.shown, line, excerpt(item, 60) if item else "", message, fix))


def _shown(path: Path, data_dir: Path) -> str:
    """A path as the user knows it: data/figures.csv, whatever the folder is called on disk."""
    data_dir = Path(data_dir)
    try:
        relative = Path(path).relative_to(data_dir)
    except ValueError:
        return Path(path).as_posix()
    return (Path(data_dir.resolve().name) / relative).as_posix()


def _read_text(path: Path, shown: str, problems: list[Problem], what: str, within: Path | None = None,
               limit: int | None = None, item: str = "") -> str | None:
    """The file's text (a UTF-8 BOM is dropped), or None after recording why it cannot be read.

    Read only when it is a regular file in `within` of at most `limit` bytes (nevreport.inputs).
    """
    try:
        raw = inputs.read_capped(path, limit or inputs.MAX_TABLE_BYTES, within=within)
    except FileNotFoundError:
        problems.append(Problem(shown, None, item, f"the {what} is missing", f"create {shown}"))
        return None
    except inputs.Refused as exc:
        problems.append(Problem(shown, None, item, f"the {what} {exc.message}", exc.fix))
        return None
    if b"\0" in raw:
        problems.append(Problem(shown, None, item, f"the {what} is not UTF-8 text (byte {raw.index(0)} is NUL: a "
                                "binary file, or text saved as UTF-16)", "save it again as plain UTF-8 text"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = f"byte {exc.start} is 0x{raw[exc.start]:02x}"
        how = "in a text editor: encoding UTF-8" if what == "article" else "in a spreadsheet: 'CSV UTF-8'"
        problems.append(Problem(shown, None, item, f"the {what} is not UTF-8 text ({byte})",
                                f"save it again as UTF-8 ({how})"))
        return None


def _read_table(path: Path, shown: str, columns: tuple[str, ...], required: tuple[str, ...],
                problems: list[Problem], what: str, within: Path) -> _Table | None:
    """Rows of a CSV file as strings keyed by column, with their 1-based line numbers.

    None when the file cannot be read or its header lacks a required column (rows cannot be checked then).
    A cell holding a character a reader could misread (nevreport.inputs.unusual_character) is reported.
    """
    text = _read_text(path, shown, problems, what, within=within)
    if text is None:
        return None
    table = _Table(shown, problems)
    expected = "the header must be: " + ",".join(columns)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        table.report(None, "", f"the {what} is empty", expected)
        return None
    except csv.Error as exc:
        table.report(1, "", f"the header line cannot be read as CSV ({exc})", expected)
        return None
    if len(header) > inputs.MAX_COLUMNS:
        table.report(1, "", f"the header has {len(header):,} columns, far more than the {len(columns)} of the "
                     f"{what}", expected)
        return None
    missing = [name for name in required if name not in header]
    for name in missing:
        table.report(1, "", f"column '{name}' is missing from the header", expected)
    for name in sorted({n for n in header if header.count(n) > 1}):
        table.report(1, "", f"column '{excerpt(name)}' appears more than once in the header", expected)
    for name in header:
        if name not in columns:
            table.report(1, "", f"unknown column '{excerpt(name)}'", expected)
    if missing:
        return None
    line = reader.line_num
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) < len(header) and not any(name in required for name in header[len(cells):]):
                cells = [*cells, *[""] * (len(header) - len(cells))]  # optional trailing columns left off
            if len(cells) != len(header):
                table.report(start, excerpt(cells[0].strip()),
                             f"this row has {len(cells):,} cells but the header has {len(header)}",
                             "check for a missing or extra comma; a cell holding a comma needs double quotes")
                continue
            row = dict(zip(header, cells, strict=True))
            if _check_characters(table, start, row, header):
                table.rows.append((start, row))
    except csv.Error as exc:
        table.report(line + 1, "", f"this line cannot be read as CSV ({exc})",
                     "check the double quotes on this line: each quoted cell must be closed")
    return table


def _check_characters(table: _Table, line: int, row: dict[str, str], header: list[str]) -> bool:
    """Report each cell holding a character a reader could misread; True when there is none.

    A row with such a cell is left out of the checks that follow, so it is reported once, for this reason.
    """
    item = excerpt(row[header[0]].strip())
    clean = True
    for name, cell in row.items():
        found = inputs.unusual_character(cell)
        if found:
            position, what = found
            table.report(line, item, f"{excerpt(name)} holds {what} at character {position + 1}",
                         _CHARACTER_FIX)
            clean = False
    return clean


_CHARACTER_FIX = ("type the text with the digits 0-9 and without invisible characters (if it was copied from "
                  "an article that holds them, correct the article too)")


def _cell(row: dict[str, str], name: str) -> str:
    return row.get(name, "").strip()


def _check_filled(table: _Table, line: int, item: str, row: dict[str, str], required: dict[str, str]) -> None:
    for name, help_text in required.items():
        if not _cell(row, name):
            table.report(line, item, f"'{name}' is empty", f"fill in {name}: {help_text}")


def _check_id(table: _Table, line: int, column: str, ident: str, seen: dict[str, int]) -> None:
    if not ident:
        return
    if not _SLUG.fullmatch(ident):
        suggestion = re.sub(r"[^a-z0-9]+", "_", ident.lower()).strip("_")
        table.report(line, ident, f"{column} '{excerpt(ident)}' may only hold lowercase letters, digits and "
                     "underscores", f"rename it, e.g. '{suggestion}'")
    if ident in seen:
        table.report(line, ident, f"{column} '{excerpt(ident)}' is used again (first on line {seen[ident]})",
                     f"give each row its own {column}")
    else:
        seen[ident] = line


def _check_vocabulary(table: _Table, line: int, item: str, column: str, value: str,
                      allowed: tuple[str, ...]) -> None:
    if value and value not in allowed:
        table.report(line, item, f"{column} '{excerpt(value)}' is not in the vocabulary",
                     f"use one of: {', '.join(allowed)}")


def _check_period(table: _Table, line: int, item: str, period: str) -> None:
    if not period:
        return
    try:
        period_bounds(period)
    except ValueError as exc:
        table.report(line, item, f"period '{excerpt(period)}' cannot be read: {exc}",
                     "write it like 2023, 2024-H1, 2023-05, 2021-03-02, 2023-01/2023-05 or 2018/2023")


def _parse_value(table: _Table, line: int, item: str, text: str) -> float | None:
    if not text:
        return None
    if _NUMBER.fullmatch(text):
        number = float(text)
        if math.isfinite(number):
            return number
        table.report(line, item, f"value '{excerpt(text)}' is too large to compute with (the limit is about "
                     "1.8e308)", "check the value: a figure in base units has far fewer digits")
        return None
    formula = " (it looks like a spreadsheet formula, which is never calculated)" if text[0] in "=+@" else ""
    table.report(line, item, f"value '{excerpt(text)}' is not a number{formula}",
                 "type the number itself in base units, without thousands separators, e.g. 1758000 or 81.5")
    return None


def _check_date_and_url(table: _Table, line: int, item: str, row: dict[str, str]) -> None:
    published = _cell(row, "published")
    if published and not _is_iso_date(published):
        table.report(line, item, f"published '{excerpt(published)}' is not a date",
                     "write the publication date as YYYY-MM-DD, e.g. 2024-10-28")
    url = _cell(row, "url")
    if url and not url.startswith(("http://", "https://")):
        table.report(line, item, f"url '{excerpt(url)}' is not a web address",
                     "give the full address, starting with http:// or https://")


def _is_iso_date(text: str) -> bool:
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# --- the article manifest -----------------------------------------------------------------------------------


@dataclass
class _Sources:
    table: _Table | None
    line_of: dict[str, int]  # article file name -> manifest line
    texts: dict[str, str | None]  # article file name -> text, None when unreadable


def _check_sources(data_dir: Path, problems: list[Problem]) -> _Sources:
    """Check the manifest and read each listed article once."""
    articles_dir = config.raw_articles_dir(data_dir)
    path = config.sources_csv(data_dir)
    table = _read_table(path, _shown(path, data_dir), SOURCE_COLUMNS, tuple(_SOURCE_HELP), problems,
                        "article manifest", within=articles_dir)
    sources = _Sources(table, {}, {})
    if table is None:
        return sources
    if not table.rows:
        table.report(None, "", "the article manifest lists no articles, so there is nothing to report",
                     "save each article in data/raw/articles and add its row here (see 'Adding an article' "
                     "in README.md)")
    for line, row in table.rows:
        name = _cell(row, "file")
        _check_filled(table, line, name, row, _SOURCE_HELP)
        _check_date_and_url(table, line, name, row)
        if name in sources.line_of:
            table.report(line, name, f"article '{excerpt(name)}' is listed again (first on line "
                         f"{sources.line_of[name]})", "keep one row per article")
        elif name:
            sources.line_of[name] = line
            sources.texts[name] = _read_article(data_dir, name, table, line, problems)
    if articles_dir.is_dir():
        for article_path in sorted(articles_dir.glob("*.txt")):
            if article_path.name not in sources.line_of:
                problems.append(Problem(_shown(article_path, data_dir), None, article_path.name,
                                        "this article is not listed in SOURCES.csv",
                                        "add a row for it (publisher, title, url, published) to SOURCES.csv"))
    return sources


def _read_article(data_dir: Path, name: str, table: _Table, line: int, problems: list[Problem]) -> str | None:
    """The text of the article the manifest names on `line`, or None after recording why it cannot be used.

    Only a plain file name directly in data/raw/articles is read (nevreport.inputs.article_path): a name such
    as ../../etc/passwd, a link leading out of the folder or a device is refused before anything is read.
    """
    articles_dir = config.raw_articles_dir(data_dir)
    try:
        article_path = inputs.article_path(data_dir, name)
    except inputs.Refused as exc:
        table.report(line, name, exc.message, exc.fix)
        return None
    if not article_path.exists() and not article_path.is_symlink():
        table.report(line, name, f"the article file '{excerpt(name)}' does not exist",
                     f"put the article in {_shown(articles_dir, data_dir)} or correct the name")
        return None
    shown = _shown(article_path, data_dir)
    text = _read_text(article_path, shown, problems, "article", within=articles_dir,
                      limit=inputs.MAX_ARTICLE_BYTES)
    if text is None:
        return None
    if not text.strip():
        problems.append(Problem(shown, None, name, "the article is empty",
                                "save the article's text into it, or remove the file and its row in SOURCES.csv"))
        return None  # its figures cannot be checked; the one problem above says why
    found = inputs.unusual_character(text)
    if found:
        position, what = found
        row, column = inputs.line_and_column(text, position)
        problems.append(Problem(shown, row, name, f"the article holds {what} at column {column}",
                                "delete the character from the article (or retype the digit as 0-9); articles "
                                "are kept as received, so note the change in the commit message"))
        return None
    return text


# --- data/figures.csv ---------------------------------------------------------------------------------------


@dataclass
class _CheckedFigures:
    table: _Table | None
    steps: dict[str, float]  # figure_id -> step of the stated number, for the interval


class _MentionCache:
    """extract_mentions once per distinct text: several rows share a quote."""

    def __init__(self) -> None:
        self._found: dict[str, list[Mention]] = {}

    def __call__(self, text: str) -> list[Mention]:
        if text not in self._found:
            self._found[text] = extract_mentions(text)
        return self._found[text]


def _number_position(quote: str, stated: str) -> int:
    """Where `stated` stands in the quote as a whole number ("4" not inside "457,000"); -1 if nowhere."""
    start = quote.find(stated) if stated else -1
    while start >= 0:
        end = start + len(stated)
        before, after = quote[start - 1 : start], quote[end : end + 2]
        glued_before = before.isalnum() or before in ".,"
        glued_after = after[:1].isalnum() or (after[:1] in ".," and after[1:2].isdigit())
        if not (glued_before or glued_after):
            return start
        start = quote.find(stated, start + 1)
    return -1


def _mention_at(mentions: list[Mention], position: int, length: int) -> Mention | None:
    for mention in mentions:
        if mention.start < position + length and position < mention.end:
            return mention
    return None


_PLAIN_PUNCTUATION = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                                    "\u2014": "-", "\u00a0": " "})


def _loose(text: str) -> str:
    """Text with quote marks, dashes and spacing made plain, to tell the user why an exact match failed."""
    return " ".join(text.translate(_PLAIN_PUNCTUATION).split())


def _check_figures(data_dir: Path, sources: _Sources, problems: list[Problem]) -> _CheckedFigures:
    path = config.figures_csv(data_dir)
    table = _read_table(path, _shown(path, data_dir), (*FIGURE_COLUMNS, PRECISION_COLUMN), FIGURE_COLUMNS,
                        problems, "figures table", within=data_dir)
    checked = _CheckedFigures(table, {})
    if table is None:
        return checked
    if not table.rows:
        table.report(None, "", "the figures table has only its header, so there is nothing to report",
                     "curate the articles' figures into it (`nevreport propose ARTICLE` drafts rows; see "
                     "'Adding an article' in README.md)")
    mentions_of = _MentionCache()
    seen_ids: dict[str, int] = {}
    seen_figures: dict[tuple[str, ...], int] = {}
    manifest = sources.table.shown if sources.table else "SOURCES.csv"
    for line, row in table.rows:
        fid = _cell(row, "figure_id")
        _check_filled(table, line, fid, row, _FIGURE_HELP)
        _check_id(table, line, "figure_id", fid, seen_ids)
        _check_vocabulary(table, line, fid, "unit", _cell(row, "unit"), UNITS)
        _check_vocabulary(table, line, fid, "qualifier", _cell(row, "qualifier"), QUALIFIERS)
        _check_vocabulary(table, line, fid, "status", _cell(row, "status"), STATUSES)
        _check_period(table, line, fid, _cell(row, "period"))
        value = _parse_value(table, line, fid, _cell(row, "value"))
        _check_precision(table, line, fid, row.get(PRECISION_COLUMN, ""))

        key = tuple(_cell(row, c) for c in ("article", "stated", "unit", "entity", "metric", "period"))
        if all(key) and key in seen_figures:
            table.report(line, fid, f"this figure is already recorded on line {seen_figures[key]}",
                         "delete this row: one row per figure covers every repeat of it in the same article")
        seen_figures.setdefault(key, line)

        article = _cell(row, "article")
        if not article:
            continue
        if article not in sources.line_of:
            on_disk = bool(inputs.ARTICLE_NAME.fullmatch(article)) and (
                config.raw_articles_dir(data_dir) / article).is_file()
            where = "is not listed in" if on_disk else "is neither in the articles folder nor in"
            table.report(line, fid, f"article '{excerpt(article)}' {where} {manifest}",
                         "use the file name of an article listed in SOURCES.csv, or add the article and "
                         "its row there")
            continue
        text = sources.texts.get(article)
        quote, stated = row.get("quote", ""), row.get("stated", "")
        if text is None or not quote.strip():
            continue  # an unreadable article is reported once, on its own
        if quote not in text:
            near = _loose(quote) in _loose(text)
            why = " (it differs only in quote marks, dashes or spacing)" if near else ""
            table.report(line, fid, f"the quote is not found word for word in {article}{why}",
                         "copy the clause from the article exactly, including curly quotes and spacing")
            continue
        if not stated.strip():
            continue
        position = _number_position(quote, stated)
        if position < 0:
            table.report(line, fid, f"stated '{excerpt(stated)}' is not in the quote",
                         "copy the number exactly as the quote writes it, e.g. '1.758 million'")
            continue
        _check_stated_number(table, line, row, value, position, mentions_of, checked)
    return checked


def _check_stated_number(table: _Table, line: int, row: dict[str, str], value: float | None, position: int,
                         mentions_of: _MentionCache, checked: _CheckedFigures) -> None:
    """The stated number gives the value, the marked unit and, with the words before it, the qualifier."""
    fid, quote, stated = _cell(row, "figure_id"), row["quote"], row["stated"]
    numbers = mentions_of(stated)
    in_quote = _mention_at(mentions_of(quote), position, len(stated))
    if not numbers and in_quote and position <= in_quote.start and in_quote.end <= position + len(stated):
        # Alone, "2,015" reads as a year; the words after it in the quote ("2,015 companies") make it a count.
        numbers = [in_quote]
    if len(numbers) != 1:
        found = "no number can be read from" if not numbers else f"{len(numbers)} numbers are read from"
        table.report(line, fid, f"{found} stated '{excerpt(stated)}'",
                     "stated must hold exactly one number with its scale word, e.g. '1.758 million'")
        return
    number = numbers[0]
    if not math.isfinite(number.value):
        table.report(line, fid, f"stated '{excerpt(stated)}' is too large to compute with (the limit is "
                     "about 1.8e308)", "leave this number out of data/figures.csv and list it in "
                     "data/coverage_ignore.csv with the reason")
        return
    checked.steps[fid] = number.step
    in_quote = in_quote or number
    stated_value = _plain(number.value)

    if value is not None and not _same_number(value, number.value):
        if value < 0 and _same_number(-value, number.value):
            if in_quote.direction != "down":
                table.report(line, fid, f"value {_plain(value)} is negative but the quote does not say "
                             f"'{excerpt(stated)}' is a fall", f"set value to {stated_value}")
        else:
            table.report(line, fid, f"value {_plain(value)} does not match stated '{excerpt(stated)}', which is "
                         f"{stated_value}{_scale_hint(value, number.value)}",
                         f"set value to {stated_value} (in base units: 1.2 million -> 1200000, "
                         "81.5 percent -> 81.5)")

    unit = _cell(row, "unit")
    if unit in UNITS and (in_quote.unit in _MARKED_UNITS or unit in _MARKED_UNITS) and unit != in_quote.unit:
        fix = f"set unit to {in_quote.unit}" if in_quote.unit in UNITS else "check the unit in the article"
        table.report(line, fid, f"unit '{excerpt(unit)}' does not match stated '{excerpt(stated)}', which the "
                     f"text marks as {in_quote.unit}", fix)

    qualifier = _cell(row, "qualifier")
    if qualifier not in QUALIFIERS:
        return
    hedge = " ".join(quote[max(0, in_quote.start - 24) : in_quote.start].split()[-2:])
    if in_quote.qualifier != "exact" and qualifier != in_quote.qualifier:
        table.report(line, fid, f"the quote says '{hedge} {stated}', which means {in_quote.qualifier}, "
                     f"but qualifier is {qualifier}", f"set qualifier to {in_quote.qualifier}")
    elif in_quote.qualifier == "exact" and qualifier != "exact" and not _cell(row, "note"):
        table.report(line, fid, f"qualifier is {qualifier} but no hedge word ({_HEDGE_WORDS}) stands right "
                     f"before '{excerpt(stated)}'", "set qualifier to exact, or say in note why the figure is hedged")


def _same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _scale_hint(value: float, stated_value: float) -> str:
    quotient = abs(stated_value / value) if value else 0.0
    if not 0 < quotient < math.inf:  # a tiny value such as 1e-320 overflows the quotient
        return ""
    ratio = math.log10(quotient)
    if abs(ratio - round(ratio)) < 1e-9 and round(ratio) != 0:
        return " (the scale word, e.g. million or billion, seems to be left out or applied twice)"
    return ""


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() and abs(number) < 1e18 else repr(float(number))


# --- the supplementary table --------------------------------------------------------------------------------


def _check_external(data_dir: Path, problems: list[Problem]) -> _Table | None:
    path = config.external_csv(data_dir)
    table = _read_table(path, _shown(path, data_dir), (*EXTERNAL_COLUMNS, *EXTERNAL_OPTIONAL), EXTERNAL_COLUMNS,
                        problems, "supplementary table", within=data_dir)
    if table is None:
        return None
    seen: dict[str, int] = {}
    for line, row in table.rows:
        sid = _cell(row, "source_id")
        _check_filled(table, line, sid, row, _EXTERNAL_HELP)
        _check_id(table, line, "source_id", sid, seen)
        _check_vocabulary(table, line, sid, "unit", _cell(row, "unit"), EXTERNAL_UNITS)
        _check_vocabulary(table, line, sid, "qualifier", _cell(row, "qualifier"), QUALIFIERS)
        _check_vocabulary(table, line, sid, "confidence", _cell(row, "confidence"), CONFIDENCES)
        _check_period(table, line, sid, _cell(row, "period"))
        value = _parse_value(table, line, sid, _cell(row, "value"))
        _check_precision(table, line, sid, row.get(PRECISION_COLUMN, ""))
        _check_date_and_url(table, line, sid, row)
        if value is not None and _cell(row, "excerpt"):
            _check_excerpt_states(table, line, sid, value, row["excerpt"])
    return table


def _check_excerpt_states(table: _Table, line: int, item: str, value: float, text: str) -> None:
    """The value must be a number its own excerpt states (after scale words, as in "1.2868 million").

    A number written with dots between thousands ("2.900", as Indonesian and German write 2,900) is read
    both ways.
    """
    mentions = extract_mentions(text)
    readings = [m.value for m in mentions]
    readings += [float(m.text.replace(".", "")) for m in mentions if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m.text)]
    if any(math.isclose(value, reading, rel_tol=1e-9) for reading in readings):
        return
    stated = ", ".join(f"'{m.text}'" for m in mentions[:4]) or "no number"
    table.report(line, item, f"value {_plain(value)} is not a number the excerpt states (it states {stated})",
                 "type the value the excerpt gives, in base units, or copy the words it was read from into excerpt")


# --- public loaders -----------------------------------------------------------------------------------------


def validate_data_dir(data_dir: Path = config.DATA_DIR,
                      warnings: list[Problem] | None = None) -> tuple[list[Problem], str]:
    """Check the manifest, every figure against its article, and the supplementary table.

    Returns every problem found and a one-line summary for `nevreport validate`. When the data has no
    problem and `warnings` is a list, the findings of nevreport.supplementary (supplementary rows that
    disagree with themselves, links off their publisher's site) are added to it: they do not stop a build.
    """
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    if not data_dir.is_dir():
        what = "this is a file, not the data folder" if data_dir.exists() else "the data folder does not exist"
        problems.append(Problem(str(data_dir), None, "", what,
                                "pass the folder that holds figures.csv, raw/ and external/ with --data-dir"))
        return problems, f"validate: {data_dir} not found."
    sources = _check_sources(data_dir, problems)
    figures = _check_figures(data_dir, sources, problems)
    external = _check_external(data_dir, problems)
    figure_rows = figures.table.rows if figures.table else []
    _check_metrics(data_dir, figure_rows, external, problems)
    _check_catalogue(data_dir, figure_rows, external, problems)
    load_publishers(data_dir, problems)
    if warnings is not None and not problems:
        external_lines = {_cell(row, "source_id"): line for line, row in (external.rows if external else [])}
        warnings.extend(validation_warnings(data_dir, external_lines, sources.line_of))
    n_articles = len({_cell(row, "article") for _, row in figure_rows})
    n_external = len(external.rows) if external else 0
    counted = (f"validate: {len(figure_rows)} figures from {n_articles} articles and {n_external} "
               "supplementary figures checked")
    if problems:
        return problems, f"{counted}, {len(problems)} problem(s)."
    if warnings:
        return problems, (f"{counted}, no problems; {len(warnings)} warning(s): rows that disagree with "
                          "themselves or link off their publisher's site (the report's data-quality chapter "
                          "shows them).")
    return problems, f"{counted}, no problems."


def _check_metrics(data_dir: Path, figure_rows, external, problems: list[Problem]) -> _Table | None:
    """data/metrics.csv names every metric once, with a reader's label and the chapter (topic) that shows it."""
    path = config.metrics_csv(data_dir)
    table = _read_table(path, _shown(path, data_dir), METRIC_COLUMNS, METRIC_COLUMNS, problems, "metric list",
                        within=Path(data_dir))
    if table is None:
        return None
    seen: dict[str, int] = {}
    for line, row in table.rows:
        metric = _cell(row, "metric")
        _check_id(table, line, "metric", metric, seen)
        _check_filled(table, line, metric, row, {"label": "a reader's name for the metric, e.g. NEV exports"})
        _check_vocabulary(table, line, metric, "topic", _cell(row, "topic"), TOPICS)
    used = [(shown, line, _cell(row, key), _cell(row, "metric")) for shown, rows, key in (
        ("data/figures.csv", figure_rows, "figure_id"),
        ("data/external/supplementary_figures.csv", external.rows if external else [], "source_id"))
        for line, row in rows]
    for shown, line, item, metric in used:
        if metric and metric not in seen:
            problems.append(Problem(shown, line, item, f"metric '{metric}' is not in data/metrics.csv",
                                    f"add a row '{metric},<topic>,<label>' to data/metrics.csv (topic: one of "
                                    f"{', '.join(TOPICS)}), or use a metric that is already there"))
    return table


def load_metrics(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """data/metrics.csv: metric, topic (the chapter that shows it), label (what a reader calls it)."""
    problems: list[Problem] = []
    path = config.metrics_csv(data_dir)
    table = _read_table(path, _shown(path, Path(data_dir)), METRIC_COLUMNS, METRIC_COLUMNS, problems, "metric list",
                        within=Path(data_dir))
    _raise_if(problems, _shown(path, Path(data_dir)))
    return _frame(table, METRIC_COLUMNS)


def _check_catalogue(data_dir: Path, figure_rows, external, problems: list[Problem]) -> None:
    """The indicator catalogue may only name figures and supplementary figures that exist."""
    from nevreport.indicators import load_catalogue

    if not config.indicator_catalogue(data_dir).exists():
        return
    known = {_cell(row, "figure_id") for _, row in figure_rows}
    known |= {_cell(row, "source_id") for _, row in (external.rows if external else [])}
    try:
        # While the tables themselves have problems, their ids are not to be trusted: check only the
        # catalogue's own structure, so one mistake is not reported twice.
        load_catalogue(data_dir, known_ids=None if problems else known)
    except UserError as exc:
        problems.extend(exc.problems or [Problem(str(config.indicator_catalogue(data_dir)), None, "", str(exc),
                                                 "correct data/indicators.yaml")])


def _raise_if(problems: list[Problem], shown: str) -> None:
    if problems:
        raise UserError(f"{shown} cannot be loaded: {len(problems)} problem(s) in the data; fix them and run "
                        "`nevreport validate`", problems)


def _frame(table: _Table | None, columns: tuple[str, ...]) -> pd.DataFrame:
    rows = [{name: row.get(name, "") for name in columns} for _, row in (table.rows if table else [])]
    frame = pd.DataFrame(rows, columns=list(columns), dtype=object)
    for name in columns:
        if name not in ("quote", "stated", "excerpt"):
            frame[name] = frame[name].str.strip()
    return frame


def _valid_precision(text: str) -> bool:
    text = str(text or "").strip()
    return not text or text == PRECISION_EXACT or bool(_NUMBER.fullmatch(text)) and float(text) > 0


def _to_date(text: str):
    return dt.date.fromisoformat(text) if _is_iso_date(text) else pd.NaT


def _to_float(text: str) -> float:
    return float(text) if _NUMBER.fullmatch(text) else math.nan


def load_sources(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The article manifest, with `published` as a datetime.date; UserError if it has problems."""
    problems: list[Problem] = []
    sources = _check_sources(Path(data_dir), problems)
    _raise_if(problems, _shown(config.sources_csv(data_dir), Path(data_dir)))
    frame = _frame(sources.table, SOURCE_COLUMNS)
    frame["published"] = frame["published"].map(_to_date)
    return frame


def load_figures(data_dir: Path = config.DATA_DIR, check: bool = True) -> pd.DataFrame:
    """data/figures.csv with its interval (low, high) and its article's publisher, title, url and date.

    check=True validates the manifest and every figure first and raises UserError listing every problem.
    With check=False a figure whose number cannot be read gets NaN bounds.
    """
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    sources = _check_sources(data_dir, problems)
    checked = _check_figures(data_dir, sources, problems)
    if check:
        _raise_if(problems, _shown(config.figures_csv(data_dir), data_dir))
    figures = _frame(checked.table, (*FIGURE_COLUMNS, PRECISION_COLUMN))
    figures["value"] = figures["value"].map(_to_float).astype(float)
    bounds = [
        figure_interval(value, reading_step(checked.steps[fid], value, status, precision), qualifier, status)
        if fid in checked.steps and qualifier in QUALIFIERS and status in STATUSES and math.isfinite(value)
        and _valid_precision(precision) else (math.nan, math.nan)
        for fid, value, qualifier, status, precision in zip(
            figures["figure_id"], figures["value"], figures["qualifier"], figures["status"],
            figures[PRECISION_COLUMN], strict=True
        )
    ]
    figures["low"] = pd.Series([low for low, _ in bounds], index=figures.index, dtype=float)
    figures["high"] = pd.Series([high for _, high in bounds], index=figures.index, dtype=float)
    manifest = _frame(sources.table, SOURCE_COLUMNS)[["file", "publisher", "title", "url", "published"]]
    manifest = manifest.drop_duplicates("file").rename(columns={"file": "article", "title": "source_title"})
    manifest["published"] = manifest["published"].map(_to_date)
    return figures.merge(manifest, on="article", how="left", validate="m:1")


def load_external(data_dir: Path = config.DATA_DIR) -> pd.DataFrame:
    """The supplementary figures with value as a number, its interval (low, high) and `published` as a date.

    A supplementary figure has no stated text, so its step comes from the written value (trailing zeros are
    rounding); a metric named *_target is a goal, so its interval is its value, like a target in figures.csv.
    UserError if the table has problems.
    """
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    table = _check_external(data_dir, problems)
    _raise_if(problems, _shown(config.external_csv(data_dir), data_dir))
    external = _frame(table, (*EXTERNAL_COLUMNS, *EXTERNAL_OPTIONAL))
    steps = external["value"].map(step_of_value_text)
    external["value"] = external["value"].map(float).astype(float)
    statuses = ["target" if metric.endswith("_target") else "actual" for metric in external["metric"]]
    steps = [reading_step(step, value, status, precision) for step, value, status, precision
             in zip(steps, external["value"], statuses, external[PRECISION_COLUMN], strict=True)]
    bounds = [
        figure_interval(value, step, qualifier, status)
        for value, step, qualifier, status in zip(external["value"], steps, external["qualifier"], statuses,
                                                  strict=True)
    ]
    external["low"] = pd.Series([low for low, _ in bounds], index=external.index, dtype=float)
    external["high"] = pd.Series([high for _, high in bounds], index=external.index, dtype=float)
    external["published"] = external["published"].map(_to_date)
    return external
