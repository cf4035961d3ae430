"""Adding an article in two commands: `nevreport add` saves it and drafts a review file, `nevreport accept`
checks the reviewed rows and appends them to the data.

- `add FILE --publisher ... --title ... --url ... --published YYYY-MM-DD` saves the text unchanged in
  data/raw/articles, adds its row to SOURCES.csv (refusing a file name, a text or an address already there) and
  writes one review file, review/<article>.csv, holding every row the article needs: the drafted
  data/figures.csv rows (table `figure`), the data/metrics.csv rows of the metrics they name that the data does
  not have yet (table `metric`) and the data/coverage_ignore.csv rows of the numbers that are not claims (table
  `ignore`). The `check` column says what the reviewer should look at; it is not copied anywhere.
- `accept REVIEW` reads the edited file, appends its rows to a copy of the data folder, runs the checks of
  `nevreport validate` and the coverage audit of the article on that copy, and only when nothing is wrong
  appends the rows to the real tables. Otherwise it changes nothing and names each problem with the review
  file's line.

The review file, its columns and its spreadsheet-safe cells are nevreport.curate.review's; the review in
JupyterLab (each row beside its sentence, with what `accept` would say) is at the end of this module.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from nevreport.common import config
from nevreport.common.dates import parse_date
from nevreport.common.errors import Problem, UserError, problem_lines
from nevreport.common.inputs import excerpt
from nevreport.common.tables import CsvRows, Table, cell, from_spreadsheet_text, read_table
from nevreport.curate.cells import check_row
from nevreport.curate.review import (
    REVIEW_COLUMNS,
    TABLES,
    Review,
    a_row,
    choices_cell,
    choices_of,
    read_review,
    review_path,
    review_rows,
    write_review,
)
from nevreport.curate.schema import SOURCES
from nevreport.ingest.articles import not_in_english, printed_date, read_article

# --- add ----------------------------------------------------------------------------------------------------


def add_article(file: Path, *, publisher: str, title: str, url: str, published: str,
                data_dir: Path = config.DATA_DIR, review: Path | None = None, out: TextIO) -> int:
    """`nevreport add`: save the article, list it in SOURCES.csv, write its review file. UserError when refused."""
    from nevreport.curate.propose import propose_rows

    data_dir = Path(data_dir)
    path = Path(file)
    text = read_article(path)
    if not text.strip():
        raise UserError(f"{path}: the article is empty. Fix: save the article's text into it.")
    folder = config.raw_articles_dir(data_dir)
    if not folder.is_dir():
        raise UserError(f"{config.shown(folder, data_dir)}: no such folder. Fix: check --data-dir "
                        f"(the data folder holding raw/articles), e.g. --data-dir data.")
    title = " ".join(title.split())
    row = {"file": path.name, "publisher": " ".join(publisher.split()), "title": title, "url": url.strip(),
           "published": published.strip(), "date_note": "publication date as given to nevreport add",
           "headline_in_text": "yes" if title and title in " ".join(text[:600].split()) else "no"}
    problems = _refusals(path, text, row, data_dir)
    if problems:
        raise UserError(f"{path.name} was not added; nothing was changed", problems)

    target = folder / path.name
    sources = config.sources_csv(data_dir)
    listed_before = sources.read_bytes() if sources.is_file() else None
    shutil.copyfile(path, target)  # the bytes as received: offsets in the article stay those of the file
    try:
        _append_rows(sources, [row])
        proposals = propose_rows(path.name, text, data_dir)
        review = Path(review) if review else review_path(path.name, data_dir)
        rows = review_rows(path.name, text, proposals, data_dir)
        review.parent.mkdir(parents=True, exist_ok=True)
        write_review(rows, review)
    except BaseException:
        # a draft that fails leaves the data as it was, so the same `add` can be run again
        target.unlink(missing_ok=True)
        if listed_before is None:
            sources.unlink(missing_ok=True)
        else:
            sources.write_bytes(listed_before)
        raise
    counts = {kind: sum(r["table"] == kind for r in rows) for kind in TABLES}
    print(f"add: saved {config.shown(target, data_dir)} and listed it in "
          f"{config.shown(config.sources_csv(data_dir), data_dir)}.", file=out)
    print(f"add: wrote {review}: {counts['figure']} draft figure row(s), {counts['metric']} new metric(s), "
          f"{counts['ignore']} number(s) that are not claims. Check each row (the 'check' column says what to "
          f"look at), then run: nevreport accept {review}", file=out)
    return 0


def _refusals(path: Path, text: str, row: dict[str, str], data_dir: Path) -> list[Problem]:
    """Why the article cannot be added: a bad option, or a file, text or address the manifest already has."""
    problems: list[Problem] = []
    shown = "nevreport add"
    table = Table(shown, problems)
    check_row(table, None, row, SOURCES, {})
    if not path.name.endswith(".txt"):
        problems.append(Problem(shown, None, path.name, "the article's file name does not end in .txt",
                                "save the article as plain UTF-8 text in a file named like 108_caam_2024_11.txt"))
    manifest = SOURCES.read(data_dir, problems, within=config.raw_articles_dir(data_dir))
    folder = config.raw_articles_dir(data_dir)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    wanted_url = _plain_url(row["url"])
    for line, listed in manifest.rows if manifest else []:
        name = cell(listed, "file")
        where = f"{config.shown(config.sources_csv(data_dir), data_dir)}:{line}"
        if name == path.name:
            problems.append(Problem(shown, None, name, f"{where} already lists an article named {name}",
                                    "rename the file (e.g. with the next free number) if it is another article"))
        if wanted_url and _plain_url(cell(listed, "url")) == wanted_url:
            problems.append(Problem(shown, None, row["url"], f"{where} already lists this address, for {name}",
                                    "the article is in the data already; check the address if it is another"))
        existing = folder / name
        if name != path.name and existing.is_file() and existing.stat().st_size < 2_000_000:
            if hashlib.sha256(existing.read_bytes()).hexdigest() == digest:
                problems.append(Problem(shown, None, name, f"the same text is already saved as {name} ({where})",
                                        "the article is in the data already; nothing to add"))
    if (folder / path.name).exists() and not any(p.item == path.name for p in problems):
        problems.append(Problem(shown, None, path.name, f"{config.shown(folder / path.name, data_dir)} exists "
                                "already (not listed in SOURCES.csv)",
                                "rename the new file, or remove the old one if it is a leftover"))
    try:
        day = parse_date(row["published"])
    except ValueError:
        day = None
    if day and day > dt.date.today():
        problems.append(Problem(shown, None, "published", f"--published {row['published']} is in the future",
                                "give the date the article was published, as YYYY-MM-DD"))
    foreign = not_in_english(text)  # (the reader finds numbers as English news writes them: "1.02 million units")
    if foreign:
        problems.append(Problem(shown, None, path.name, foreign,
                                "add the story's English edition (e.g. from Xinhua, China Daily or the publisher's "
                                "English site), or an English translation saved as its text"))
    printed = printed_date(text)
    if day and printed and printed != day:  # the check `accept` and `validate` make, before anything is saved
        problems.append(Problem(shown, None, "published", f"--published {row['published']}, but the article "
                                f"prints {printed}", f"give --published {printed} (an article counts in every "
                                "edition from that date)"))
    return problems


def _plain_url(url: str) -> str:
    url = url.strip().lower()
    for prefix in ("https://", "http://"):
        url = url.removeprefix(prefix)
    return url.removeprefix("www.").rstrip("/")


# --- accept -------------------------------------------------------------------------------------------------


def accept_review(file: Path, data_dir: Path = config.DATA_DIR, out: TextIO | None = None,
                  err: TextIO | None = None) -> int:
    """`nevreport accept`: check the review file's rows with the data, then append them, or change nothing."""
    data_dir = Path(data_dir)
    review = read_review(Path(file))
    problems = list(review.problems)
    if not problems:
        problems = _check_with_data(review, data_dir)
    counts = {kind: len(rows) for kind, rows in review.rows.items()}
    if problems:
        for line in problem_lines(problems):
            print(line, file=err)
        print(f"accept: {len(problems)} problem(s) in {review.path.as_posix()}; nothing was changed.", file=err)
        return 1
    if not any(counts.values()):
        print(f"accept: {review.path.as_posix()} holds no rows; nothing was changed.", file=err)
        return 1
    for kind, schema in TABLES.items():
        _append_rows(schema.path(data_dir), [row for _, row in review.rows[kind]])
    print(f"accept: appended {counts['figure']} figure row(s) to "
          f"{config.shown(config.figures_csv(data_dir), data_dir)}, {counts['metric']} to "
          f"{config.shown(config.metrics_csv(data_dir), data_dir)} and {counts['ignore']} to "
          f"{config.shown(config.coverage_ignore_csv(data_dir), data_dir)}; they pass validate and coverage. "
          "Next: make report", file=out)
    return 0


def _check_with_data(review: Review, data_dir: Path) -> list[Problem]:
    """validate's problems and the coverage of the review's articles, on a copy of the data with the rows
    appended; each problem of an appended row is named by its line in the review file."""
    from nevreport.curate.coverage import audit_article, read_figures, read_ignores
    from nevreport.curate.validate import check_data_dir

    if not data_dir.is_dir():
        raise UserError(f"{data_dir}: no such data folder. Fix: check --data-dir, e.g. --data-dir data.")
    with tempfile.TemporaryDirectory(prefix="nevreport-accept-") as folder:
        copy = Path(folder) / data_dir.resolve().name
        shutil.copytree(data_dir, copy, symlinks=True)
        review_line: dict[tuple[str, int], int] = {}
        for kind, schema in TABLES.items():
            first = _append_rows(schema.path(copy), [row for _, row in review.rows[kind]])
            for offset, (line, _) in enumerate(review.rows[kind]):
                review_line[(schema.path(copy).name, first + offset)] = line
        checked = check_data_dir(copy)
        problems = [_in_review(p, review, review_line) for p in checked.problems]
        if problems:
            return problems
        articles = {cell(row, "article") for kind in ("figure", "ignore") for _, row in review.rows[kind]}
        figures, ignores = read_figures(copy), read_ignores(copy)
        for article in sorted(articles - {""}):
            text = checked.sources.texts.get(article) or ""
            for found in audit_article(article, text, figures, ignores):
                if not (found.figure_id or found.ignore_line):
                    m = found.mention
                    around = " ".join(text[max(0, m.start - 40) : m.end + 40].split())
                    problems.append(Problem(review.path.as_posix(), None, article,
                                            f"'{m.text}' (\"...{excerpt(around, 90)}...\") is neither a figure "
                                            "row nor an ignore row",
                                            "add a figure row for it, or an ignore row with the reason it is not "
                                            "a figure"))
        return problems


def _in_review(problem: Problem, review: Review, review_line: dict[tuple[str, int], int]) -> Problem:
    line = review_line.get((Path(problem.file).name, problem.row or 0))
    if line is None:
        return problem
    fix = problem.fix
    if problem.message.startswith("metric '") and problem.message.endswith("is not in data/metrics.csv"):
        fix = ("add a metric row for it to this review file (table metric, with metric, topic and label), or "
               "rename the review's metric row if it was drafted under another name, or use a metric "
               "data/metrics.csv has")  # (`accept` appends the review's metric rows to data/metrics.csv)
    return Problem(review.path.as_posix(), line, problem.item, problem.message, fix)


def _append_rows(path: Path, rows: list[dict[str, str]]) -> int:
    """Append rows to a CSV table in the order of its header; returns the line number of the first."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
    header = next(csv.reader(io.StringIO(text)), [])
    if not rows:
        return _physical_line_count(text) + 1
    missing = [name for row in rows for name, value in row.items() if value and name not in header]
    if missing:
        raise UserError(f"{path}: the header has no column {missing[0]!r}. Fix: add the column to the header.")
    buffer = io.StringIO()
    writer = CsvRows(buffer)
    for row in rows:
        writer.writerow([row.get(name, "") for name in header])
    with open(path, "a", encoding="utf-8", newline="") as handle:
        if text and not text.endswith("\n"):
            handle.write("\n")
        handle.write(buffer.getvalue())
    return _physical_line_count(text) + 1


def _physical_line_count(text: str) -> int:
    """The line number of the last row of a CSV text (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    for _ in reader:
        pass
    return reader.line_num


# --- the review in JupyterLab -------------------------------------------------------------------------------


def check_review(file: Path, data_dir: Path = config.DATA_DIR) -> list[Problem]:
    """What `nevreport accept` would say about a review file, changing nothing."""
    review = read_review(Path(file))
    return list(review.problems) or _check_with_data(review, Path(data_dir))


@dataclass
class ReviewView:
    """A review file as JupyterLab shows it: each row beside its sentence, the number marked, then the checks."""

    path: Path
    rows: list[tuple[int, str, dict[str, str], str]]  # (line, table, row, sentence as HTML)
    problems: list[Problem]

    def _repr_html_(self) -> str:
        from html import escape

        parts = [f"<h3>{escape(self.path.name)}</h3>"]
        if self.problems:
            parts.append(f"<p><strong>{len(self.problems)} problem(s)</strong>: <code>nevreport accept</code> would "
                         "change nothing until they are fixed.</p><ul>")
            parts += [f"<li>{escape(line)}</li>" for line in problem_lines(self.problems)]
            parts.append("</ul>")
        else:
            parts.append("<p>No problem: <code>nevreport accept</code> would append every row.</p>")
        # left-aligned, top-aligned columns of fixed shares, so that the sentence stays readable beside the row in
        # a narrow JupyterLab panel (its own table style right-aligns cells and sizes columns by their content)
        widths = {"line": 5, "row": 27, "sentence": 33, "check": 14, "other readings": 21}
        parts.append('<table style="table-layout:fixed;width:100%"><colgroup>'
                     + "".join(f'<col style="width:{w}%">' for w in widths.values()) + "</colgroup><thead><tr>"
                     + "".join(f'<th style="text-align:left">{name}</th>' for name in widths)
                     + "</tr></thead><tbody>")
        for line, kind, row, sentence in self.rows:
            fields = {"figure": ("figure_id", "stated", "entity", "metric", "period", "status", "qualifier", "unit"),
                      "metric": ("metric", "topic", "label"), "ignore": ("text", "reason")}[kind]
            cells = "<br>".join(f"{name}: <code>{escape(row.get(name, ''))}</code>" for name in fields)
            cell_style = ' style="text-align:left;vertical-align:top;overflow-wrap:anywhere"'
            parts.append(f"<tr><td{cell_style}>{line}</td><td{cell_style}>{kind}<br>{cells}</td>"
                         f"<td{cell_style}>{sentence}</td><td{cell_style}>{escape(row.get('check', ''))}</td>"
                         f"<td{cell_style}>{_choices_html(row.get('choices', ''))}</td></tr>")
        parts.append("</tbody></table>")
        return "\n".join(parts)


def _choices_html(choices: str) -> str:
    """"period: 2025-01/2025-09 | 2025; metric: nev_production" as one line per field, each reading numbered as
    `pick` takes it."""
    from html import escape

    return "<br>".join(f"{escape(name)}: " + " ".join(f"{n}&nbsp;<code>{escape(value)}</code>"
                                                      for n, value in enumerate(values, 1))
                       for name, values in choices_of(choices).items())


def review_view(file: Path, data_dir: Path = config.DATA_DIR) -> ReviewView:
    """A review file's rows beside their sentences, and what the checks of `nevreport accept` say of them."""
    from html import escape

    from nevreport.ingest.articles import read_article
    from nevreport.ingest.clauses import sentence_bounds

    path = Path(file)
    review = read_review(path)
    texts: dict[str, str] = {}
    rows = []
    raw = read_table(path, [], shown=path.as_posix(), what="review file", within=None, columns=REVIEW_COLUMNS,
                     required=("table",))
    notes = {line: (cell(row, "check"), cell(row, "choices")) for line, row in raw.rows} if raw else {}
    for kind in TABLES:
        for line, row in review.rows[kind]:
            article = cell(row, "article")
            if article and article not in texts:
                try:
                    texts[article] = read_article(config.raw_articles_dir(data_dir) / article, data_dir)
                except UserError:
                    texts[article] = ""
            text = texts.get(article, "")
            part = row.get("quote") or row.get("context") or ""
            number = row.get("stated") or row.get("text") or ""
            at = text.find(part) if part else -1
            if at < 0:
                sentence = escape(part)
            else:
                start, end = sentence_bounds(text, at, at + len(part))
                while start < at and text[start].isspace():
                    start += 1
                end = min(len(text), end + (text[end : end + 1] == "."))  # with its full stop
                sentence, offset = text[start:end], at - start + (part.find(number) if number in part else 0)
                if number and number in part:
                    sentence = (escape(sentence[:offset]) + f"<mark>{escape(number)}</mark>"
                                + escape(sentence[offset + len(number):]))
                else:
                    sentence = escape(sentence)
            check, choices = notes.get(line, ("", ""))
            rows.append((line, kind, {**row, "check": check, "choices": choices}, sentence))
    rows.sort(key=lambda item: item[0])
    return ReviewView(path, rows, list(review.problems) or _check_with_data(review, Path(data_dir)))


def pick(file: Path, line: int, data_dir: Path = config.DATA_DIR, **fields: str | int) -> ReviewView:
    """Set fields of the review file's row at `line`: a number takes that reading of its `choices` cell (1 the
    first), a text is written as it is; `pick(review, 7, period=1, metric="nev_production")`. The reading it
    replaces takes the picked one's place among the choices; a figure id drafted from the entity, metric and
    period follows them, and the review's metric rows follow a changed metric (a new one gets its row, one no
    figure names any more loses it). Returns the review as it stands then. UserError, changing nothing, for a
    line, field or choice the row does not have."""
    from nevreport.curate.propose import figure_id_for, known_metrics, unique_id

    path = Path(file)
    review = read_review(path)
    if review.problems:
        raise UserError(f"{path}: fix these first; nothing was changed", review.problems)
    raw = read_table(path, [], shown=path.as_posix(), what="review file", within=None, columns=REVIEW_COLUMNS,
                     required=("table",))
    rows = [(at, {name: from_spreadsheet_text(row.get(name, "")) for name in REVIEW_COLUMNS})
            for at, row in (raw.rows if raw else [])]
    row = next((row for at, row in rows if at == line), None)
    if row is None:
        lines = ", ".join(str(at) for at, _ in rows)
        raise UserError(f"{path}: no row at line {line}. Fix: give the line the review shows ({lines}).")
    kind = row["table"]
    offered = {name: list(values) for name, values in choices_of(row.get("choices", "")).items()}
    before = dict(row)
    for name, value in fields.items():
        if name not in TABLES[kind].names:
            raise UserError(f"{path}:{line}: {a_row(kind)} has no field '{name}'. Fix: name one of "
                            f"{', '.join(TABLES[kind].names)}.")
        readings = offered.get(name, [])
        if isinstance(value, int):
            if not 1 <= value <= len(readings):
                listed = "; ".join(f"{n} {reading}" for n, reading in enumerate(readings, 1)) or "none"
                raise UserError(f"{path}:{line}: {name} has no choice {value} (its choices: {listed}). "
                                f"Fix: give one of their numbers, or the value itself as text.")
            value = readings[value - 1]
        if value in readings and row[name]:
            readings[readings.index(value)] = row[name]  # the drafted reading stays on offer
        row[name] = value
    if kind == "figure":
        row["choices"] = choices_cell({name: tuple(values) for name, values in offered.items()})
        drafted_id = figure_id_for(before["entity"], before["metric"], before["period"])
        if row["figure_id"] == drafted_id or row["figure_id"].startswith("draft_"):
            taken = {r["figure_id"] for _, r in rows if r is not row} | _data_figure_ids(data_dir)
            row["figure_id"] = unique_id(figure_id_for(row["entity"], row["metric"], row["period"]), taken)
        if row["metric"] != before["metric"]:
            rows = _metric_rows_follow(rows, before["metric"], row, known_metrics(data_dir))
    write_review([r for _, r in rows], path)
    return review_view(path, data_dir)


def _data_figure_ids(data_dir: Path) -> set[str]:
    from nevreport.curate.coverage import read_figures

    return {f.figure_id for f in read_figures(data_dir)} if config.figures_csv(data_dir).is_file() else set()


def _metric_rows_follow(rows: list[tuple[int, dict[str, str]]], old: str, row: dict[str, str],
                        known: set[str]) -> list[tuple[int, dict[str, str]]]:
    """The review's metric rows after a figure's metric changed from `old` to row["metric"]."""
    from nevreport.ingest.reading import metric_label, metric_topic

    new = row["metric"]
    figures = [r for _, r in rows if r["table"] == "figure"]
    listed = {r["metric"]: r for _, r in rows if r["table"] == "metric"}
    if old in listed and not any(r["metric"] == old for r in figures):
        if new in known or new in listed or not new:
            rows = [(at, r) for at, r in rows if r is not listed[old]]
        else:  # the drafted name's row, renamed: its chapter and reader's name guessed again
            listed[old].update(metric=new, topic=metric_topic(new, row["entity"]), label=metric_label(new))
            return rows
    if new and new not in known and new not in listed:
        extra = {name: "" for name in REVIEW_COLUMNS}
        extra.update(table="metric", check="chapter (topic) and the reader's name of a new metric", metric=new,
                     topic=metric_topic(new, row["entity"]), label=metric_label(new))
        last = max((i for i, (_, r) in enumerate(rows) if r["table"] in ("figure", "metric")), default=len(rows) - 1)
        rows = [*rows[: last + 1], (0, extra), *rows[last + 1 :]]
    return rows


def latest_review(data_dir: Path = config.DATA_DIR) -> Path:
    """The review file `nevreport add` wrote last; UserError when there is none."""
    folder = Path(data_dir).resolve().parent / "review"
    found = sorted(folder.glob("*.csv"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    if not found:
        raise UserError(f"{folder}: no review file yet. Fix: run `nevreport add ARTICLE --publisher ... --title ... "
                        "--url ... --published YYYY-MM-DD` first, or set review_file to the file to show.")
    return found[-1]
