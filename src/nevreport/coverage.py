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
import datetime as dt
import io
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from nevreport import config, inputs, reading
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

_DATE_IN_TEXT = re.compile(
    r"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
    r"|\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<day>\d\d?),\s*(?P<year>(?:19|20)\d\d)\b"
)


@dataclass(frozen=True)
class Proposal:
    """A drafted data/figures.csv row, or why the number is not a claim (then `row` is empty)."""

    mention: Mention
    row: dict[str, str]
    not_a_claim: str = ""


def propose_rows(article: str, text: str, data_dir: Path = config.DATA_DIR) -> list[Proposal]:
    """Draft rows for the mentions of one article that data/figures.csv and coverage_ignore.csv leave open."""
    from nevreport.figures import UNITS

    data_dir = Path(data_dir)
    figures = _read_figures(data_dir) if config.figures_csv(data_dir).is_file() else []
    ignores = []
    if config.coverage_ignore_csv(data_dir).is_file():
        ignores = [e for e in _read_ignores_loose(data_dir) if e.article == article]
    published = _published_date(data_dir, article) or _date_line(text)
    entities = reading.Entities(_known_entities(data_dir))
    main_subject = entities.main_subject(text)
    taken_ids = {f.figure_id for f in figures}
    proposals: list[Proposal] = []
    proposed: set[tuple[str, str, str, str]] = set()
    for found in _audit_article(article, text, figures, ignores):
        m = found.mention
        if found.figure_id or found.ignore_line:
            continue
        why_not = reading.not_a_claim(text, m)
        if why_not:  # each occurrence needs its own ignore entry, so repeats are listed too
            proposals.append(Proposal(m, {}, why_not))
            continue
        repeat_key = (m.text, m.unit, m.qualifier, _next_word(text, m.end))
        if repeat_key in proposed:
            continue  # a repeat is covered by the first row (see the module docstring)
        proposed.add(repeat_key)
        row = _proposal(article, text, m, published, set(UNITS), entities, main_subject)
        row["figure_id"] = _unique(row["figure_id"], taken_ids)
        taken_ids.add(row["figure_id"])
        proposals.append(Proposal(m, row))
    return proposals


def write_proposals(file: Path, out: TextIO, data_dir: Path = config.DATA_DIR, notes: TextIO | None = None) -> int:
    """`nevreport propose FILE`: draft data/figures.csv rows for the mentions not yet covered, for review.

    The rows go to `out` as CSV; to `notes` (stderr from the command line) go the data/metrics.csv rows its
    new metrics need and the data/coverage_ignore.csv rows for the numbers that are not claims.
    """
    from nevreport.figures import FIGURE_COLUMNS

    path = Path(file)
    text = read_article(path)
    data_dir = Path(data_dir)
    proposals = propose_rows(path.name, text, data_dir)
    writer = inputs.CsvRows(out)  # a quote spanning a line break stays one cell
    writer.writerow(FIGURE_COLUMNS)
    for proposal in proposals:
        if proposal.row:
            writer.writerow([proposal.row[name] for name in FIGURE_COLUMNS])
    if notes is not None:
        _write_notes(path.name, text, proposals, data_dir, notes)
    return 0


def new_metric_rows(proposals: Iterable[Proposal], data_dir: Path) -> list[tuple[str, str, str]]:
    """(metric, topic, label) for each proposed metric that data/metrics.csv does not list yet."""
    known = _known_metrics(data_dir)
    rows: dict[str, tuple[str, str, str]] = {}
    for proposal in proposals:
        metric = proposal.row.get("metric", "")
        if metric and metric not in known and metric not in rows:
            topic = reading.metric_topic(metric, proposal.row.get("entity", ""))
            rows[metric] = (metric, topic, reading.metric_label(metric))
    return list(rows.values())


def _write_notes(article: str, text: str, proposals: list[Proposal], data_dir: Path, notes: TextIO) -> None:
    drafted = sum(1 for p in proposals if p.row)
    print(f"propose: {drafted} row(s) drafted for {article}; check entity, metric, period, status and "
          "qualifier of each before adding it to data/figures.csv.", file=notes)
    metrics = new_metric_rows(proposals, data_dir)
    if metrics:
        print(f"propose: {len(metrics)} metric(s) not yet in data/metrics.csv; add these rows (topic is the "
              "chapter: exports, market, shanghai, ciie or jiading) or use a metric already there:", file=notes)
        writer = inputs.CsvRows(notes)
        for row in metrics:
            writer.writerow(row)
    skipped = [p for p in proposals if p.not_a_claim]
    if skipped:
        print(f"propose: {len(skipped)} number(s) are not claims and were not drafted; add these rows to "
              "data/coverage_ignore.csv (article,text,reason,context):", file=notes)
        writer = inputs.CsvRows(notes)
        for p in skipped:
            context = " ".join(text[max(0, p.mention.start - 20) : p.mention.end + 20].split()[1:-1])
            if p.mention.text not in context:
                context = p.mention.text
            writer.writerow([article, p.mention.text, p.not_a_claim, context])


def _proposal(article: str, text: str, mention: Mention, published: dt.date | None, units: set[str],
              entities: reading.Entities, main_subject: str) -> dict[str, str]:  # fmt: skip
    spans = reading.spans_around(text, mention)
    quote = text[spans.quote[0] : spans.quote[1]]
    status = reading.read_status(text, spans)
    entity = reading.read_entity(text, spans, entities, main_subject)
    period = reading.read_period(text, mention, spans, published, status)
    metric, unit = reading.read_metric(text, mention, spans, status)
    notes = []
    if unit not in units:
        notes.append(f"the text marks the unit as {unit}, which is not in the unit vocabulary")
        unit = ""
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


def _known_entities(data_dir: Path) -> list[str]:
    """Entity names already used by data/figures.csv and the supplementary table, most used first."""
    counts: Counter[str] = Counter()
    for path in (config.figures_csv(data_dir), config.external_csv(data_dir)):
        for _, row in _read_csv_loose(path, data_dir):
            if (row.get("entity") or "").strip():
                counts[row["entity"].strip()] += 1
    return [name for name, _ in counts.most_common()]


def _known_metrics(data_dir: Path) -> set[str]:
    known: set[str] = set()
    for path in (config.metrics_csv(data_dir), config.figures_csv(data_dir), config.external_csv(data_dir)):
        known |= {(row.get("metric") or "").strip() for _, row in _read_csv_loose(path, data_dir)}
    return known - {""}


def _read_csv_loose(path: Path, data_dir: Path) -> list[tuple[int, dict[str, str]]]:
    """A table's rows for drafting, or none when it cannot be read (`validate` says why)."""
    if not Path(path).is_file():
        return []
    try:
        return _read_csv(path, data_dir, ())
    except UserError:
        return []


def _unique(figure_id: str, taken: set[str]) -> str:
    if figure_id not in taken:
        return figure_id
    suffix = 2
    while f"{figure_id}_{suffix}" in taken:
        suffix += 1
    return f"{figure_id}_{suffix}"


def _published_date(data_dir: Path, article: str) -> dt.date | None:
    path = config.sources_csv(data_dir)
    if not path.is_file():
        return None
    try:
        text = inputs.read_capped(path, inputs.MAX_TABLE_BYTES, within=config.raw_articles_dir(data_dir))
        for row in csv.DictReader(io.StringIO(text.decode("utf-8-sig"), newline="")):
            if row.get("file") == article:
                return dt.date.fromisoformat((row.get("published") or "").strip())
    except (UnicodeDecodeError, csv.Error, inputs.Refused, ValueError):
        pass  # a draft goes without the date; `nevreport validate` explains what is wrong with the manifest
    return None


def _date_line(text: str) -> dt.date | None:
    """The date an article prints near its top ("2024-10-31", "October 31, 2024"), when the manifest has none."""
    match = _DATE_IN_TEXT.search(text[:400])
    if not match:
        return None
    try:
        if match["iso"]:
            return dt.date.fromisoformat(match["iso"])
        month = ("January February March April May June July August September October November December"
                 .split().index(match["month"]) + 1)
        return dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
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
