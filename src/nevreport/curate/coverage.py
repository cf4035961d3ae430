"""Prove that every number in the articles is either a curated figure or deliberately ignored.

A numeric mention (nevreport.ingest.extract) is covered when
- a row of data/figures.csv quotes the passage holding it and has its value (a fall may be curated as a
  negative value), or
- it repeats, in the same article, a curated row: same value, unit and qualifier, written the same way
  and followed by the same word (a lead paragraph that restates the body: one row covers both; "three
  provinces" is not a repeat of "three plants"), or
- data/coverage_ignore.csv lists it (article, text, reason; context, a passage of the article holding the
  mention, when the same text appears more than once and only one occurrence is to be ignored).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from nevreport.common import config
from nevreport.common.errors import Problem, UserError
from nevreport.common.numbers import parse_number
from nevreport.common.tables import TableSchema, read_table
from nevreport.curate.schema import COVERAGE_IGNORE, FIGURES
from nevreport.ingest.articles import read_corpus
from nevreport.ingest.extract import Mention, extract_mentions


@dataclass(frozen=True)
class _Figure:
    figure_id: str
    article: str
    quote: str
    stated: str
    value: float | None
    unit: str
    qualifier: str


@dataclass(frozen=True)
class _Ignore:
    line: int
    article: str
    text: str
    reason: str
    context: str


@dataclass(frozen=True)
class Found:
    """One mention of the corpus with what accounts for it."""

    article: str
    article_text: str
    mention: Mention
    figure_id: str = ""  # the row that covers it, "" when not in figures.csv
    is_repeat: bool = False
    ignore_line: int = 0  # the coverage_ignore.csv line that lists it, 0 when none


def run_coverage(data_dir: Path, out: TextIO) -> int:
    """`nevreport coverage`: print every uncovered mention and stale ignore entry; 0 when there is none."""
    data_dir = Path(data_dir)
    articles = read_corpus(data_dir)
    ignores = read_ignores(data_dir, set(articles))
    found = _audit(articles, read_figures(data_dir), ignores)

    uncovered = [f for f in found if not (f.figure_id or f.ignore_line)]
    used_ignores = {f.ignore_line for f in found if f.ignore_line and not f.figure_id}
    stale = [entry for entry in ignores if entry.line not in used_ignores]
    ignore_path = config.shown(config.coverage_ignore_csv(data_dir), data_dir)
    figures_path = config.shown(config.figures_csv(data_dir), data_dir)
    for f in uncovered:
        m = f.mention
        line = f.article_text.count("\n", 0, m.start) + 1
        print(
            f"{f.article}:{m.start} (line {line}): '{m.text}' in \"{_surroundings(f.article_text, m)}\" "
            f"is neither in {figures_path} nor in {ignore_path}. Fix: add a row to {figures_path} "
            f"(`nevreport propose {config.shown(config.raw_articles_dir(data_dir) / f.article, data_dir)}` drafts "
            f"one) or list it in {ignore_path} with a reason.",
            file=out,
        )
    for entry in stale:
        print(
            f"{ignore_path}:{entry.line}: the entry '{entry.text}' for {entry.article} matches no mention "
            f"that {figures_path} leaves uncovered. Fix: delete the line, or correct its text/context.",
            file=out,
        )
    curated = sum(1 for f in found if f.figure_id)
    repeats = sum(1 for f in found if f.is_repeat)
    ignored = sum(1 for f in found if f.ignore_line and not f.figure_id)
    if uncovered or stale:
        print(
            f"coverage: {len(uncovered)} uncovered mention(s) and {len(stale)} stale ignore entr"
            f"{'y' if len(stale) == 1 else 'ies'} in {len(articles)} articles.",
            file=out,
        )
        return 1
    print(
        f"coverage: all {len(found)} numeric mentions in {len(articles)} articles are accounted for: "
        f"{curated} by {figures_path} ({repeats} as repeats), {ignored} by {ignore_path}.",
        file=out,
    )
    return 0


def audit_corpus(data_dir: Path = config.DATA_DIR) -> list[Found]:
    """Every mention of every article in data_dir with the figure or ignore entry that accounts for it."""
    articles = read_corpus(Path(data_dir))
    return _audit(articles, read_figures(Path(data_dir)), read_ignores(Path(data_dir), set(articles)))


def audit_article(
    article: str, text: str, figures: Iterable[_Figure], ignores: Iterable[_Ignore]
) -> list[Found]:
    """Each mention of one article with what covers it."""
    own_figures = [f for f in figures if f.article == article]
    spans = [(figure, start, start + len(figure.quote)) for figure in own_figures for start in
             _occurrences(text, figure.quote)]  # fmt: skip
    own_ignores = [entry for entry in ignores if entry.article == article]
    results = []
    for mention in extract_mentions(text):
        figure_id, is_repeat = "", False
        for figure, start, end in spans:
            if start <= mention.start and mention.end <= end and _same_value(figure, mention):
                figure_id = figure.figure_id
                break
        else:
            for figure in own_figures:
                if _is_repeat_of(figure, mention, text):
                    figure_id, is_repeat = figure.figure_id, True
                    break
        ignore_line = next((e.line for e in own_ignores if _ignore_matches(e, text, mention)), 0)
        results.append(Found(article, text, mention, figure_id, is_repeat, ignore_line))
    return results


def _audit(articles: dict[str, str], figures: list[_Figure], ignores: list[_Ignore]) -> list[Found]:
    figures_of: dict[str, list[_Figure]] = {}
    for figure in figures:
        figures_of.setdefault(figure.article, []).append(figure)
    ignores_of: dict[str, list[_Ignore]] = {}
    for entry in ignores:
        ignores_of.setdefault(entry.article, []).append(entry)
    found: list[Found] = []
    for article, text in articles.items():
        found.extend(audit_article(article, text, figures_of.get(article, []), ignores_of.get(article, [])))
    return found


def _same_value(figure: _Figure, mention: Mention) -> bool:
    if figure.value is None:
        return False
    if math.isclose(figure.value, mention.value, rel_tol=1e-9, abs_tol=1e-12):
        return True
    # A fall written "fell 3 percent" may be curated as value -3.
    return mention.direction == "down" and math.isclose(-figure.value, mention.value, rel_tol=1e-9)


def _is_repeat_of(figure: _Figure, mention: Mention, text: str) -> bool:
    """The same number of the same thing: value, unit, qualifier, wording and the word after it agree."""
    if mention.text != figure.stated or figure.qualifier != mention.qualifier:
        return False
    if not _same_value(figure, mention) or figure.unit != mention.figure_unit:
        return False
    at = figure.quote.find(figure.stated)
    return at >= 0 and next_word(figure.quote, at + len(figure.stated)) == next_word(text, mention.end)


def next_word(text: str, end: int) -> str:
    words = text[end : end + 40].split(None, 1)
    return words[0].strip(".,;:()\"'\u201c\u201d").lower() if words else ""


def _ignore_matches(entry: _Ignore, text: str, mention: Mention) -> bool:
    if entry.text != mention.text:
        return False
    if not entry.context:
        return True
    offset = entry.context.find(entry.text)
    while offset >= 0:
        start = mention.start - offset
        if text.startswith(entry.context, start):
            return True
        offset = entry.context.find(entry.text, offset + 1)
    return False


def _occurrences(text: str, part: str) -> list[int]:
    if not part:
        return []
    found, start = [], text.find(part)
    while start >= 0:
        found.append(start)
        start = text.find(part, start + 1)
    return found


def _surroundings(text: str, mention: Mention, width: int = 40) -> str:
    before = text[max(0, mention.start - width) : mention.start]
    after = text[mention.end : mention.end + width]
    return " ".join(f"...{before}{mention.text}{after}...".split())


def _rows(data_dir: Path, schema: TableSchema, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """The rows of a table of the data folder; UserError naming every problem that stops reading it."""
    path = schema.path(data_dir)
    shown = config.shown(path, data_dir)
    problems: list[Problem] = []
    table = read_table(path, problems, shown=shown, what=schema.what, within=data_dir, required=required)
    if problems or table is None:
        raise UserError(f"{shown} cannot be read; `nevreport validate` checks it", problems)
    return table.rows


def read_figures(data_dir: Path) -> list[_Figure]:
    """The rows of data/figures.csv as coverage needs them (id, article, quote, stated, value, unit, qualifier)."""
    path = config.figures_csv(data_dir)
    if not path.is_file():
        raise UserError(
            f"{config.shown(path, data_dir)}: missing, so no figure is curated yet. "
            f"Fix: draft rows with `nevreport propose ARTICLE` and save the reviewed rows there."
        )
    rows = _rows(data_dir, FIGURES, ("figure_id", "article", "quote", "value", "unit", "qualifier"))
    return [
        _Figure(
            row["figure_id"] or f"line {line}",
            row["article"] or "",
            row["quote"] or "",
            row.get("stated") or "",
            parse_number(row["value"].strip()),
            row["unit"] or "",
            row["qualifier"] or "",
        )
        for line, row in rows
    ]


def read_ignores(data_dir: Path, articles: set[str] | None = None) -> list[_Ignore]:
    """data/coverage_ignore.csv ([] when there is none). With `articles`, every entry is checked and UserError
    lists the problems; without (a draft), a problem `coverage` reports anyway does not stop it."""
    path = config.coverage_ignore_csv(data_dir)
    if not path.is_file():
        return []
    entries = [_ignore_from_row(line, row) for line, row in
               _rows(data_dir, COVERAGE_IGNORE, COVERAGE_IGNORE.required)]
    if articles is None:
        return entries
    shown = config.shown(path, data_dir)
    problems = []
    for entry in entries:
        if entry.article not in articles:
            message, fix = (
                f"article '{entry.article}' is not in the corpus",
                "use a file name in data/raw/articles",
            )
        elif not entry.reason:
            message, fix = "reason is empty", "say why the number is not a figure, e.g. 'count of themes'"
        elif entry.context and entry.text not in entry.context:
            message, fix = (
                "context does not contain text",
                "copy a passage of the article that holds the number",
            )
        else:
            continue
        problems.append(Problem(shown, entry.line, entry.text, message, fix))
    if problems:
        raise UserError(f"{shown}: {len(problems)} problem(s)", problems)
    return entries


def _ignore_from_row(line: int, row: dict[str, str]) -> _Ignore:
    text_of = {name: (row.get(name) or "") for name in ("article", "text", "reason", "context")}
    return _Ignore(
        line, text_of["article"].strip(), text_of["text"], text_of["reason"].strip(), text_of["context"]
    )
