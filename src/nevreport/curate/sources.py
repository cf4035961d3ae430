"""The article manifest (data/raw/articles/SOURCES.csv): every article listed once, dated, and readable.

Each article the manifest names is read here, once, through the confinement of nevreport.common.inputs: only
a plain file name directly in data/raw/articles is read, so a name such as ../../etc/passwd, a link leading
out of the folder or a device is refused before anything is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.errors import Problem
from nevreport.common.inputs import excerpt
from nevreport.common.tables import Table, cell
from nevreport.curate.cells import check_row
from nevreport.curate.schema import SOURCES
from nevreport.ingest.articles import not_in_english


@dataclass
class Sources:
    """The manifest as checked, with the text of every article it lists."""

    table: Table | None
    line_of: dict[str, int]  # article file name -> manifest line
    texts: dict[str, str | None]  # article file name -> text, None when unreadable


def check_sources(data_dir: Path, problems: list[Problem]) -> Sources:
    """Check the manifest and read each listed article once; every problem goes to `problems`."""
    articles_dir = config.raw_articles_dir(data_dir)
    table = SOURCES.read(data_dir, problems, within=articles_dir)
    sources = Sources(table, {}, {})
    if table is None:
        return sources
    if not table.rows:
        table.report(None, "", "the article manifest lists no articles, so there is nothing to report",
                     "save each article in data/raw/articles and add its row here (see 'Adding an article' "
                     "in README.md)")
    for line, row in table.rows:
        name = cell(row, "file")
        check_row(table, line, row, SOURCES, {})
        if name in sources.line_of:
            table.report(line, name, f"article '{excerpt(name)}' is listed again (first on line "
                         f"{sources.line_of[name]})", "keep one row per article")
        elif name:
            sources.line_of[name] = line
            sources.texts[name] = _read_article(data_dir, name, table, line, problems)
    if articles_dir.is_dir():
        for article_path in sorted(articles_dir.glob("*.txt")):
            if article_path.name not in sources.line_of:
                problems.append(Problem(config.shown(article_path, data_dir), None, article_path.name,
                                        "this article is not listed in SOURCES.csv",
                                        "add a row for it (publisher, title, url, published) to SOURCES.csv"))
    return sources


def _read_article(data_dir: Path, name: str, table: Table, line: int, problems: list[Problem]) -> str | None:
    """The text of the article the manifest names on `line`, or None after recording why it cannot be used."""
    articles_dir = config.raw_articles_dir(data_dir)
    try:
        article_path = inputs.article_path(data_dir, name)
    except inputs.Refused as exc:
        table.report(line, name, exc.message, exc.fix)
        return None
    if not article_path.exists() and not article_path.is_symlink():
        table.report(line, name, f"the article file '{excerpt(name)}' does not exist",
                     f"put the article in {config.shown(articles_dir, data_dir)} or correct the name")
        return None
    shown = config.shown(article_path, data_dir)
    text = inputs.read_text(article_path, shown, problems, "article", within=articles_dir,
                            limit=inputs.MAX_ARTICLE_BYTES)
    if text is None:
        return None
    if not text.strip():
        problems.append(Problem(shown, None, name, "the article is empty",
                                "save the article's text into it, or remove the file and its row in SOURCES.csv"))
        return None  # its figures cannot be checked; the one problem above says why
    foreign = not_in_english(text)
    if foreign:
        problems.append(Problem(shown, None, name, foreign,
                                "save the story's English edition in its place, or remove the file and its row in "
                                "SOURCES.csv"))
        return None
    found = inputs.unusual_character(text)
    if found:
        position, what = found
        row, column = inputs.line_and_column(text, position)
        problems.append(Problem(shown, row, name, f"the article holds {what} at column {column}",
                                "delete the character from the article (or retype the digit as 0-9); articles "
                                "are kept as received, so note the change in the commit message"))
        return None
    return text
