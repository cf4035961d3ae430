"""Prove that every number in the articles is either a curated figure or deliberately ignored.

A numeric mention (nevreport.extract) is covered when
- a row of data/figures.csv quotes the passage holding it and has its value (a fall may be curated as a
  negative value), or
- it repeats, in the same article, a curated row: same value, unit and qualifier, written the same way
  and followed by the same word (a lead paragraph that restates the body: one row covers both; "three
  provinces" is not a repeat of "three plants"), or
- data/coverage_ignore.csv lists it (article, text, reason; context, a passage of the article holding the
  mention, when the same text appears more than once and only one occurrence is to be ignored).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from nevreport import config, inputs
from nevreport.errors import Problem, UserError
from nevreport.extract import Mention, extract_mentions, format_number, read_article

IGNORE_COLUMNS = ("article", "text", "reason")  # plus an optional "context"


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
    articles = _read_articles(data_dir)
    ignores = _read_ignores(data_dir, set(articles))
    found = _audit(articles, _read_figures(data_dir), ignores)

    uncovered = [f for f in found if not (f.figure_id or f.ignore_line)]
    used_ignores = {f.ignore_line for f in found if f.ignore_line and not f.figure_id}
    stale = [entry for entry in ignores if entry.line not in used_ignores]
    ignore_path = _shown(config.coverage_ignore_csv(data_dir), data_dir)
    figures_path = _shown(config.figures_csv(data_dir), data_dir)
    for f in uncovered:
        m = f.mention
        line = f.article_text.count("\n", 0, m.start) + 1
        print(
            f"{f.article}:{m.start} (line {line}): '{m.text}' in \"{_surroundings(f.article_text, m)}\" "
            f"is neither in {figures_path} nor in {ignore_path}. Fix: add a row to {figures_path} "
            f"(`nevreport propose {_shown(config.raw_articles_dir(data_dir) / f.article, data_dir)}` drafts "
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
    articles = _read_articles(Path(data_dir))
    return _audit(articles, _read_figures(Path(data_dir)), _read_ignores(Path(data_dir), set(articles)))


def _audit_article(
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
        found.extend(_audit_article(article, text, figures_of.get(article, []), ignores_of.get(article, [])))
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
    if not _same_value(figure, mention) or figure.unit != mention.unit:
        return False
    at = figure.quote.find(figure.stated)
    return at >= 0 and _next_word(figure.quote, at + len(figure.stated)) == _next_word(text, mention.end)


def _next_word(text: str, end: int) -> str:
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


def _shown(path: Path, data_dir: Path) -> str:
    """A path as the user knows it: relative to the data folder's parent when it is inside."""
    try:
        return str(Path(path).relative_to(Path(data_dir).parent))
    except ValueError:
        return str(path)


def _read_articles(data_dir: Path) -> dict[str, str]:
    folder = config.raw_articles_dir(data_dir)
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise UserError(f"{folder}: no articles (*.txt) found. Fix: check --data-dir, e.g. --data-dir data.")
    articles = {path.name: read_article(path, data_dir) for path in paths}
    for name, text in articles.items():
        if not text.strip():
            raise UserError(f"{_shown(folder / name, data_dir)}: the article is empty. Fix: save the article's "
                            "text into it, or remove the file and its row in SOURCES.csv.")
    return articles


def _read_csv(path: Path, data_dir: Path, required: Iterable[str]) -> list[tuple[int, dict[str, str]]]:
    shown = _shown(path, data_dir)
    try:
        text = inputs.read_capped(path, inputs.MAX_TABLE_BYTES, within=data_dir).decode("utf-8-sig")
    except inputs.Refused as exc:
        raise UserError(f"{shown}: {exc.message}. Fix: {exc.fix}.") from None
    except FileNotFoundError:
        raise UserError(f"{shown}: missing. Fix: restore it, or run `nevreport validate`.") from None
    except UnicodeDecodeError:
        raise UserError(f"{shown}: not UTF-8 text. Fix: save it as UTF-8 CSV.") from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise UserError(
                f"{shown}: column(s) {', '.join(missing)} missing from the header. "
                f"Fix: make the first line {','.join(required)}."
            )
        return [(index + 2, row) for index, row in enumerate(reader)]
    except csv.Error as exc:
        raise UserError(f"{shown}: cannot be read as CSV ({exc}). Fix: run `nevreport validate`, which names "
                        "the line.") from None


def _read_figures(data_dir: Path) -> list[_Figure]:
    path = config.figures_csv(data_dir)
    if not path.is_file():
        raise UserError(
            f"{_shown(path, data_dir)}: missing, so no figure is curated yet. "
            f"Fix: draft rows with `nevreport propose ARTICLE` and save the reviewed rows there."
        )
    rows = _read_csv(path, data_dir, ("figure_id", "article", "quote", "value", "unit", "qualifier"))
    return [
        _Figure(
            row["figure_id"] or f"line {line}",
            row["article"] or "",
            row["quote"] or "",
            row.get("stated") or "",
            _float_or_none(row["value"]),
            row["unit"] or "",
            row["qualifier"] or "",
        )
        for line, row in rows
    ]


def _read_ignores(data_dir: Path, articles: set[str]) -> list[_Ignore]:
    path = config.coverage_ignore_csv(data_dir)
    if not path.is_file():
        return []
    shown = _shown(path, data_dir)
    entries, problems = [], []
    for line, row in _read_csv(path, data_dir, IGNORE_COLUMNS):
        entry = _ignore_from_row(line, row)
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
            message = fix = ""
        if message:
            problems.append(Problem(shown, line, entry.text, message, fix))
        entries.append(entry)
    if problems:
        raise UserError(f"{shown}: {len(problems)} problem(s)", problems)
    return entries


def _float_or_none(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


# --- proposals ----------------------------------------------------------------------------------------------

_FORECAST_WORDS = re.compile(
    r"(?i)\b(?:will|expect\w*|estimat\w*|anticipat\w*|forecast\w*|project(?:ed|ion)s?|predict\w*|likely)\b"
)
_TARGET_WORDS = re.compile(r"(?i)\b(?:aims?|aiming|goals?|targets?|targeting|plans? to|strives? to)\b")
# Most specific first. A place followed by another capitalised word names an organisation or an event
# ("China Machinery Industry Federation", "Shanghai Auto Innovation Park"), not what the figure is about.
_ENTITIES = [
    (name, re.compile(rf"\b{name}\b(?! (?!District|Province|Municipality)[A-Z][a-z])"))
    for name in ("Jiading", "Lin-gang", "Hongqiao", "Shanghai", "Yangtze River Delta", "China")
]
_LEADING_DATE = re.compile(r"\s*(?:date\s+)?\d{4}-\d\d-\d\d\s+")
_CLAUSE_BREAK = re.compile(r"[,;:\u2014] ")
_SHORT_CLAUSE = 60
_MONTH_NUMBERS = {
    name: index
    for index, name in enumerate(
        "January February March April May June July August September October November December".split(),
        start=1,
    )
}
_PERIOD_WORDS = re.compile(
    r"(?i)\b(?P<half>first|second) half(?: of (?P<half_year>(?:19|20)\d\d))?"
    r"|\bbetween (?P<from_month>[A-Z][a-z]+) and (?P<to_month>[A-Z][a-z]+)"
    r"(?: (?:of )?(?P<range_year>(?:19|20)\d\d))?"
    r"|\b(?P<relative>last|this|next) year\b"
    r"|\b(?P<year>(?:19|20)\d\d)\b"
)
_METRIC_WORDS = [
    (re.compile(r"(?i)\bexport"), "exports"),
    (re.compile(r"(?i)\bimport"), "imports"),
    (re.compile(r"(?i)\bmarket share\b"), "market_share"),
    (re.compile(r"(?i)\b(?:sales|sold|sell)\b"), "sales"),
    (re.compile(r"(?i)\b(?:produc(?:e|ed|es|ing|tion)|output)\b"), "production"),
    (re.compile(r"(?i)\bexhibitors?\b"), "exhibitors"),
    (re.compile(r"(?i)\b(?:area|square meters)\b"), "area"),
]
_NEV_WORDS = re.compile(r"(?i)\b(?:NEVs?|new[- ]energy vehicles?|electric vehicles?|EVs?)\b")
_YEAR_ON_YEAR = re.compile(r"(?i)\byear[- ](?:on|over)[- ]year\b|\by-o-y\b")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Prof No Nos Co Corp Inc Ltd St Ave vs etc"
    " approx e.g i.e U.S U.K".split()
)


def write_proposals(file: Path, out: TextIO, data_dir: Path = config.DATA_DIR) -> int:
    """`nevreport propose FILE`: draft data/figures.csv rows for the mentions not yet covered, for review."""
    from nevreport.figures import FIGURE_COLUMNS, UNITS

    path = Path(file)
    text = read_article(path)
    data_dir = Path(data_dir)
    figures = _read_figures(data_dir) if config.figures_csv(data_dir).is_file() else []
    ignores = []
    if config.coverage_ignore_csv(data_dir).is_file():
        ignores = [e for e in _read_ignores_loose(data_dir) if e.article == path.name]
    published_year = _published_year(data_dir, path.name)
    taken_ids = {f.figure_id for f in figures}
    writer = inputs.CsvRows(out)  # a quote spanning a line break stays one cell
    writer.writerow(FIGURE_COLUMNS)
    proposed: set[tuple[str, str, str, str]] = set()
    for found in _audit_article(path.name, text, figures, ignores):
        m = found.mention
        repeat_key = (m.text, m.unit, m.qualifier, _next_word(text, m.end))
        if found.figure_id or found.ignore_line or repeat_key in proposed:
            continue  # a repeat is covered by the first row (see the module docstring)
        proposed.add(repeat_key)
        row = _proposal(path.name, text, found.mention, published_year, set(UNITS))
        row["figure_id"] = _unique(row["figure_id"], taken_ids)
        taken_ids.add(row["figure_id"])
        writer.writerow([row[name] for name in FIGURE_COLUMNS])
    return 0


def _proposal(article: str, text: str, mention: Mention, published_year: int | None,
              units: set[str]) -> dict[str, str]:  # fmt: skip
    start, end = _sentence_around(text, mention)
    quote = text[start:end]
    entity = next((name for name, pattern in _ENTITIES if pattern.search(quote)), "")
    status = "actual"
    if _TARGET_WORDS.search(quote):
        status = "target"
    elif _FORECAST_WORDS.search(quote):
        status = "forecast"
    period = _period(quote, published_year)
    metric = _metric(quote, mention.start - start, mention)
    notes = []
    unit = mention.unit if mention.unit in units else ""
    if not unit:
        notes.append(f"the text marks the unit as {mention.unit}, which is not in the unit vocabulary")
    if mention.direction == "down":
        notes.append("the text states a fall; keep the value as written or make it negative")
    # An id from a partial guess would mislead; "draft_<article>_<offset>" asks to be renamed.
    slug = (
        f"{entity}_{metric}_{period}"
        if entity and metric and period
        else f"draft_{article[:3]}_{mention.start}"
    )
    return {
        "figure_id": re.sub(r"[^a-z0-9]+", "_", slug.lower()).strip("_"),
        "article": article,
        "quote": quote,
        "stated": mention.text,
        "value": format_number(mention.value),
        "unit": unit,
        "qualifier": mention.qualifier,
        "status": status,
        "entity": entity,
        "metric": metric,
        "period": period,
        "note": "; ".join(notes),
    }


def _sentence_around(text: str, mention: Mention) -> tuple[int, int]:
    """The clause holding the mention: its sentence, cut at commas when the sentence is long."""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, mention.start):
        if _ends_sentence(text, match.start()):
            start = match.end()
    end = len(text)
    for match in _SENTENCE_END.finditer(text, mention.end):
        if _ends_sentence(text, match.start()):
            end = match.start() + (1 if text[match.start()] in "!?" else 0)
            break
    leading_date = _LEADING_DATE.match(text, start)
    if leading_date and leading_date.end() <= mention.start:
        start = leading_date.end()
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    clause_start = max([b + 2 for b in breaks if b + 2 <= mention.start], default=start)
    clause_end = min([b for b in breaks if b >= mention.end], default=end)
    # Widen a short clause ("up 32 percent year over year") with its neighbours until it says enough.
    while clause_end - clause_start < _SHORT_CLAUSE and (clause_start > start or clause_end < end):
        earlier = [b + 2 for b in breaks if b + 2 < clause_start]
        later = [b for b in breaks if b > clause_end]
        if clause_start > start:
            clause_start = max(earlier, default=start)
        else:
            clause_end = min(later, default=end)
    start, end = clause_start, clause_end
    while start < end and text[start] in ' \t\r\n"\u201c':
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


def _ends_sentence(text: str, stop: int) -> bool:
    if text[stop] != ".":
        return True
    word = text[max(0, stop - 12) : stop].rsplit(None, 1)[-1:]
    # "Nov. 5", "U.S. exports", "William L. Li": a full stop after an abbreviation or an initial.
    return not word or not (word[0] in _ABBREVIATIONS or (len(word[0]) == 1 and word[0].isupper()))


def _period(quote: str, published_year: int | None) -> str:
    for match in _PERIOD_WORDS.finditer(quote):
        if match["half"]:
            year = match["half_year"] or (str(published_year) if published_year else "")
            return f"{year}-H{1 if match['half'].lower() == 'first' else 2}" if year else ""
        if match["from_month"] in _MONTH_NUMBERS and match["to_month"] in _MONTH_NUMBERS:
            year = match["range_year"] or (str(published_year) if published_year else "")
            if year:
                first, last = _MONTH_NUMBERS[match["from_month"]], _MONTH_NUMBERS[match["to_month"]]
                return f"{year}-{first:02d}/{year}-{last:02d}"
        if match["relative"] and published_year:
            return str(published_year + {"last": -1, "this": 0, "next": 1}[match["relative"].lower()])
        if match["year"]:
            return match["year"]
    return ""


def _metric(quote: str, position: int, mention: Mention) -> str:
    """A metric name from the keyword nearest the number ("sales", "exports", "market share"...)."""
    distances = [
        (abs(found.start() - position), name)
        for pattern, name in _METRIC_WORDS
        for found in pattern.finditer(quote)
    ]
    if not distances:
        return ""
    base = min(distances)[1]
    if base in ("exports", "sales", "production", "imports") and _NEV_WORDS.search(quote):
        base = f"nev_{base}"
    elif base in ("exports", "imports") and mention.unit == "vehicles":
        base = f"vehicle_{base}"
    if mention.unit == "percent":
        base += "_yoy_pct" if _YEAR_ON_YEAR.search(quote) and base != "market_share" else "_pct"
    elif mention.unit in ("cny", "usd"):
        base += f"_{mention.unit}"
    return base


def _unique(figure_id: str, taken: set[str]) -> str:
    if figure_id not in taken:
        return figure_id
    suffix = 2
    while f"{figure_id}_{suffix}" in taken:
        suffix += 1
    return f"{figure_id}_{suffix}"


def _published_year(data_dir: Path, article: str) -> int | None:
    path = config.sources_csv(data_dir)
    if not path.is_file():
        return None
    try:
        text = inputs.read_capped(path, inputs.MAX_TABLE_BYTES, within=config.raw_articles_dir(data_dir))
        for row in csv.DictReader(io.StringIO(text.decode("utf-8-sig"), newline="")):
            if row.get("file") == article and re.match(r"[0-9]{4}-", row.get("published") or ""):
                return int(row["published"][:4])
    except (UnicodeDecodeError, csv.Error, inputs.Refused):
        pass  # a draft goes without the year; `nevreport validate` explains what is wrong with the manifest
    return None


def _read_ignores_loose(data_dir: Path) -> list[_Ignore]:
    """The ignore list without checks: a draft should not fail on a problem `coverage` reports anyway."""
    rows = _read_csv(config.coverage_ignore_csv(data_dir), data_dir, IGNORE_COLUMNS)
    return [_ignore_from_row(line, row) for line, row in rows]


def _ignore_from_row(line: int, row: dict[str, str]) -> _Ignore:
    text_of = {name: (row.get(name) or "") for name in ("article", "text", "reason", "context")}
    return _Ignore(
        line, text_of["article"].strip(), text_of["text"], text_of["reason"].strip(), text_of["context"]
    )
