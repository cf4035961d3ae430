"""Each row against the words it was read from: a figure against its quote and article, a supplementary row
against its excerpt.

A figure's quote must stand in its article word for word and hold `stated` as a whole number; the number
read from `stated` (nevreport.ingest.extract) gives the value, the unit the text marks (a percent sign, a
currency) and, with the words before it, the qualifier (the hedge vocabulary of nevreport.common.vocabulary).
A supplementary row's value must be a number its own excerpt states.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.errors import Problem
from nevreport.common.inputs import excerpt
from nevreport.common.numbers import as_written
from nevreport.common.tables import Table, cell
from nevreport.common.vocabulary import HEDGE_EXAMPLES, MARKED_UNITS, QUALIFIERS, UNITS
from nevreport.curate.cells import check_row
from nevreport.curate.schema import FIGURES, SUPPLEMENTARY
from nevreport.curate.sources import Sources
from nevreport.ingest.extract import Mention, extract_mentions
from nevreport.ingest.tokens import GLUED_UNIT


@dataclass
class CheckedFigures:
    table: Table | None
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
        before, after = quote[max(start - 1, 0) : start], quote[end : end + 2]
        glued_before = bool(before) and (before.isalnum() or before in ".,")  # a quote may open with its number
        glued_after = (after[:1].isalnum() and not re.match(GLUED_UNIT, quote[end:])  # ("298.6GWh": its unit)
                       or (after[:1] in ".," and after[1:2].isdigit()))
        if not (glued_before or glued_after):
            return start
        start = quote.find(stated, start + 1)
    return -1


def stated_position(quote: str, stated: str, mentions: list[Mention]) -> int:
    """Where the stated number stands in its quote (see _number_position); of a number the quote writes twice, the
    one that reads as stated ("from 91,100-95,500 yuan/mt ... to 95,500-99,600 yuan/mt": "95,500" is the second,
    the first reads "95,500 yuan")."""
    position = _number_position(quote, stated)
    later = _number_position(quote[position + 1 :], stated) if position >= 0 else -1
    first = _mention_at(mentions, position, len(stated)) if later >= 0 else None
    if first is None or first.text == stated.strip():
        return position
    second = _mention_at(mentions, position + 1 + later, len(stated))
    return position + 1 + later if second is not None and second.text == stated.strip() else position


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


# --- data/figures.csv ---------------------------------------------------------------------------------------


def check_figures(data_dir: Path, sources: Sources, problems: list[Problem]) -> CheckedFigures:
    """Check every row of data/figures.csv, its quote against its article; every problem goes to `problems`."""
    table = FIGURES.read(data_dir, problems)
    checked = CheckedFigures(table, {})
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
        fid = cell(row, "figure_id")
        value = check_row(table, line, row, FIGURES, seen_ids)

        key = tuple(cell(row, c) for c in ("article", "stated", "unit", "entity", "metric", "period"))
        if all(key) and key in seen_figures:
            table.report(line, fid, f"this figure is already recorded on line {seen_figures[key]}",
                         "delete this row: one row per figure covers every repeat of it in the same article")
        seen_figures.setdefault(key, line)

        article = cell(row, "article")
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
            if unicodedata.normalize("NFC", quote) in unicodedata.normalize("NFC", text):
                why = (" (it differs only in how its accented letters are encoded: the same letters as one "
                       "character or as a letter and a combining accent, Unicode NFC and NFD)")
            table.report(line, fid, f"the quote is not found word for word in {article}{why}",
                         "copy the clause from the article exactly, including curly quotes and spacing")
            continue
        if not stated.strip():
            continue
        position = stated_position(quote, stated, mentions_of(quote))
        if position < 0:
            table.report(line, fid, f"stated '{excerpt(stated)}' is not in the quote",
                         "copy the number exactly as the quote writes it, e.g. '1.758 million'")
            continue
        _check_stated_number(table, line, row, value, position, mentions_of, checked)
    return checked


def _check_stated_number(table: Table, line: int, row: dict[str, str], value: float | None, position: int,
                         mentions_of: _MentionCache, checked: CheckedFigures) -> None:
    """The stated number gives the value, the marked unit and, with the words before it, the qualifier."""
    fid, quote, stated = cell(row, "figure_id"), row["quote"], row["stated"]
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
    if in_quote and in_quote.text == stated.strip() and in_quote.value != number.value:
        # "21 to 23 billion yuan": the low end of a range borrows the scale its high end writes, so the quote, not
        # the stated number alone, says what it is
        number = in_quote
    if not math.isfinite(number.value):
        table.report(line, fid, f"stated '{excerpt(stated)}' is too large to compute with (the limit is "
                     "about 1.8e308)", "leave this number out of data/figures.csv and list it in "
                     "data/coverage_ignore.csv with the reason")
        return
    checked.steps[fid] = number.step
    in_quote = in_quote or number
    stated_value = as_written(number.value)

    if value is not None and not _same_number(value, number.value):
        if value < 0 and _same_number(-value, number.value):
            if in_quote.direction != "down":
                table.report(line, fid, f"value {as_written(value)} is negative but the quote does not say "
                             f"'{excerpt(stated)}' is a fall", f"set value to {stated_value}")
        else:
            table.report(line, fid, f"value {as_written(value)} does not match stated '{excerpt(stated)}', which "
                         f"is {stated_value}{_scale_hint(value, number.value)}",
                         f"set value to {stated_value} (in base units: 1.2 million -> 1200000, "
                         "81.5 percent -> 81.5)")

    unit, marked = cell(row, "unit"), in_quote.figure_unit
    if unit in UNITS and (marked in MARKED_UNITS or unit in MARKED_UNITS) and unit != marked:
        fix = f"set unit to {marked}" if marked in UNITS else "check the unit in the article"
        table.report(line, fid, f"unit '{excerpt(unit)}' does not match stated '{excerpt(stated)}', which the "
                     f"text marks as {marked}", fix)

    qualifier = cell(row, "qualifier")
    if qualifier not in QUALIFIERS:
        return
    hedge = " ".join(quote[max(0, in_quote.start - 24) : in_quote.start].split()[-2:])
    if in_quote.qualifier != "exact" and qualifier != in_quote.qualifier:
        table.report(line, fid, f"the quote says '{hedge} {stated}', which means {in_quote.qualifier}, "
                     f"but qualifier is {qualifier}", f"set qualifier to {in_quote.qualifier}")
    elif in_quote.qualifier == "exact" and qualifier != "exact" and not cell(row, "note"):
        table.report(line, fid, f"qualifier is {qualifier} but no hedge word ({HEDGE_EXAMPLES}) stands right "
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


# --- the supplementary table --------------------------------------------------------------------------------


def check_supplementary_table(data_dir: Path, problems: list[Problem]) -> Table | None:
    """Check every row of the supplementary table, its value against its excerpt."""
    table = SUPPLEMENTARY.read(data_dir, problems)
    if table is None:
        return None
    seen: dict[str, int] = {}
    for line, row in table.rows:
        value = check_row(table, line, row, SUPPLEMENTARY, seen)
        if value is not None and cell(row, "excerpt"):
            _check_excerpt_states(table, line, cell(row, "source_id"), value, row["excerpt"])
    return table


def _check_excerpt_states(table: Table, line: int, item: str, value: float, text: str) -> None:
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
    table.report(line, item, f"value {as_written(value)} is not a number the excerpt states (it states {stated})",
                 "type the value the excerpt gives, in base units, or copy the words it was read from into excerpt")
