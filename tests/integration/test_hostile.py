"""Careless and hostile input: every attempt ends in a clear message without a traceback, or a correct report."""

from __future__ import annotations

import csv
import io
import math
import os
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from nevreport.common import numbers, tables
from nevreport.common.errors import UserError
from nevreport.curate.params import load_parameter_set
from nevreport.curate.validate import validate_data_dir
from nevreport.indicators.io import read_indicators_csv, write_table_csv
from tests.conftest import cli, layout_of, run_cli
from tests.edits import add_article, overwrite, read_rows, set_cell, write_rows

EDITION = "as-of-2021"  # the cheapest edition to build; the hostile article is dated inside it
SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
HUGE = "9" * 300  # a finite double (1e300) written out in full
TOO_HUGE = "9" * 400  # beyond any double


# --- helpers ------------------------------------------------------------------------------------------------


def assert_clean_failure(result, *words: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for word in words:
        assert word in result.stderr, f"{word!r} not in:\n{result.stderr}"


class _Markup(HTMLParser):
    """Collects what a browser would run: script elements and event-handler attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.handlers: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        # A schema.org data block (application/ld+json) is data a browser never runs.
        self.scripts += tag == "script" and dict(attrs).get("type") != "application/ld+json"
        self.handlers += [name for name, _ in attrs if name.startswith("on")]

    def handle_data(self, data):
        self.text.append(data)


# --- one build with every hostile row at once ---------------------------------------------------------------


# The chapters where an article, its figures or their entities show: the sources table (10), the tables of the
# hostile rows' topics (20: participants, 60: autonomous test vehicles) and the appendix (90). The others
# cannot show them, so the build leaves them out and costs half as much.
HOSTILE_CHAPTERS = ("10_findings", "20_exports", "60_jiading", "90_appendix")


@pytest.mark.slow
def test_hostile_rows_build_a_report_that_shows_them_only_as_text(project_copy):
    for chapter in sorted((project_copy / "notebooks").glob("[1-9]*.ipynb")):
        if chapter.stem not in HOSTILE_CHAPTERS:
            chapter.unlink()
    data = project_copy / "data"
    sentence = f"The fair drew 1,234 visitors {SCRIPT} and {IMAGE} online."
    rumour = f"A rumour put the fleet at {HUGE} vehicles"
    add_article(data, "005_hostile.txt", f'Visitors read "{sentence}" in the hall.\n{rumour}.\n',
                publisher="Hostile Daily", title="<b>Bold</b> title",
                url='https://example.com/"><script>alert(2)</script>')
    header, rows = read_rows(data / "figures.csv")
    base = {"article": "005_hostile.txt", "qualifier": "exact", "status": "actual", "period": "2021"}
    rows += [
        {**base, "figure_id": "hostile_visitors", "quote": sentence, "stated": "1,234", "value": "1234",
         "unit": "people", "entity": '=HYPERLINK("http://evil.example","click")', "metric": "participants",
         "note": "@SUM(A1:A2)"},
        {**base, "figure_id": "hostile_fleet", "quote": rumour, "stated": HUGE, "value": HUGE,
         "unit": "vehicles", "entity": "+1", "metric": "autonomous_test_vehicles", "note": "-1+1"},
    ]
    write_rows(data / "figures.csv", header, rows, bom_crlf=True)  # as a spreadsheet on Windows saves it

    result = run_cli("build", EDITION, root=project_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    folder = project_copy / "reports" / EDITION
    assert (folder / "report.pdf").stat().st_size > 0

    page = (folder / "report.html").read_text(encoding="utf-8")
    markup = _Markup()
    markup.feed(page)
    assert markup.scripts == 0 and markup.handlers == []
    shown = "".join(markup.text)
    assert SCRIPT in shown and IMAGE in shown and "<b>Bold</b> title" in shown  # visible, as text
    assert "1e+300" in shown and "1000000000000000" not in shown  # the huge figure, readable
    # each row is in its chapter's table, its entity as written
    assert '=HYPERLINK("http://evil.example","click")' in shown and "<td>+1</td>" in page

    _, used = read_rows(folder / "figures.csv")
    by_id = {row["figure_id"]: row for row in used}
    visitors, fleet = by_id["hostile_visitors"], by_id["hostile_fleet"]
    assert visitors["entity"] == "'" + '=HYPERLINK("http://evil.example","click")'
    assert (visitors["note"], fleet["entity"], fleet["note"]) == ("'@SUM(A1:A2)", "'+1", "'-1+1")
    assert visitors["quote"] == sentence  # a cell that starts harmlessly is unchanged
    assert float(visitors["value"]) == 1234 and float(fleet["value"]) == float(HUGE)  # numbers untouched


# --- the corpus ---------------------------------------------------------------------------------------------


def test_an_empty_corpus_is_refused_with_one_line_per_file(project_copy):
    data = project_copy / "data"
    for article in (data / "raw" / "articles").glob("*.txt"):
        article.unlink()
    for path in (data / "raw" / "articles" / "SOURCES.csv", data / "figures.csv"):
        header, _ = read_rows(path)
        write_rows(path, header, [])
    result = cli("validate", "--data-dir", str(data))
    assert_clean_failure(result, "SOURCES.csv: the article manifest lists no articles",
                         "figures.csv: the figures table has only its header", "Fix:", "2 problem(s)")
    result = cli("build", EDITION, root=project_copy)
    assert_clean_failure(result, "no report was published", "the figures table has only its header")
    assert not (project_copy / "reports" / EDITION).exists()


def test_an_empty_article_is_named_once_by_validate_and_coverage(project_copy):
    data = project_copy / "data"
    article = sorted((data / "raw" / "articles").glob("*.txt"))[-1]
    overwrite(article, b"\n")
    problems, _ = validate_data_dir(data)
    assert [(p.file, p.message) for p in problems] == [(f"data/raw/articles/{article.name}", "the article is empty")]
    assert_clean_failure(cli("coverage", "--data-dir", str(data)), article.name, "the article is empty", "Fix:")


def test_an_article_saved_as_utf16_is_not_mistaken_for_text(project_copy):
    data = project_copy / "data"
    article = sorted((data / "raw" / "articles").glob("*.txt"))[0]
    overwrite(article, article.read_text(encoding="utf-8").encode("utf-16-le"))  # no BOM: NUL bytes, valid UTF-8
    problems, _ = validate_data_dir(data)
    assert len(problems) == 1 and "not UTF-8 text" in problems[0].message and "UTF-16" in problems[0].message
    assert_clean_failure(cli("coverage", "--data-dir", str(data)), article.name, "UTF-16")


def test_a_non_utf8_article_stops_coverage_with_the_file_named(project_copy):
    data = project_copy / "data"
    article = sorted((data / "raw" / "articles").glob("*.txt"))[0]
    overwrite(article, article.read_text(encoding="utf-8").replace("'", "\u2019").encode("cp1252"))
    assert_clean_failure(cli("coverage", "--data-dir", str(data)), article.name, "not UTF-8", "Fix:")


def test_a_bom_and_windows_line_endings_are_accepted_by_coverage(project_copy):
    data = project_copy / "data"
    for path in (data / "figures.csv", data / "coverage_ignore.csv", data / "raw" / "articles" / "SOURCES.csv"):
        header, rows = read_rows(path)
        write_rows(path, header, rows, bom_crlf=True)
    result = cli("coverage", "--data-dir", str(data))
    assert result.returncode == 0, result.stdout + result.stderr


# --- huge and tiny numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (TOO_HUGE, "is too large to compute with"),
        ("1e308", "does not match stated '9.5 million'"),
        ("1e-320", "does not match stated '9.5 million'"),  # the scale hint once overflowed here
        ("5e-324", "does not match stated '9.5 million'"),
    ],
)
def test_extreme_values_are_named_not_crashed_on(project_copy, value, words):
    data = project_copy / "data"
    line = set_cell(data, "china_nev_sales_2023", value=value)
    result = cli("validate", "--data-dir", str(data))
    assert_clean_failure(result, f"data/figures.csv:{line} [china_nev_sales_2023]", words)
    assert TOO_HUGE not in result.stderr  # a 400-digit cell is shortened in the message


def test_a_number_too_large_for_a_double_in_an_article(project_copy):
    data = project_copy / "data"
    quote = f"A rumour put the fleet at {TOO_HUGE} vehicles"
    add_article(data, "005_rumour.txt", quote + ".\n")
    header, rows = read_rows(data / "figures.csv")
    row = {**rows[0], "figure_id": "rumour", "article": "005_rumour.txt", "quote": quote, "stated": TOO_HUGE,
           "value": "1e308", "unit": "vehicles", "qualifier": "exact", "status": "actual", "note": ""}
    write_rows(data / "figures.csv", header, [*rows, row])
    problems, _ = validate_data_dir(data)
    assert [(p.item, "too large" in p.message) for p in problems] == [("rumour", True)]
    result = cli("extract", str(data / "raw" / "articles" / "005_rumour.txt"))
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_huge_numbers_read_as_numbers_not_hundreds_of_digits():
    assert numbers.format_value(1e300, "vehicles") == "1e+300"
    assert numbers.format_value(-2.5e18, "usd") == "-US$2.5e+18"
    assert numbers.format_value(2.5e12, "cny") == "2500 billion yuan"  # large but real amounts keep their words


# --- formula cells in the CSV outputs -----------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1+1", "@SUM(A1)", "\tx", "'=1+1", "''-2"])
def test_a_text_cell_that_a_spreadsheet_would_run_is_neutralised_reversibly(cell):
    safe = tables.spreadsheet_text(cell)
    assert safe.startswith("'") and tables.from_spreadsheet_text(safe) == cell


@pytest.mark.parametrize("cell", ["China", "'500' is part of a name", "2023-H1", "", "'"])
def test_an_ordinary_text_cell_is_written_unchanged(cell):
    assert tables.spreadsheet_text(cell) == cell == tables.from_spreadsheet_text(cell)


def test_indicators_csv_neutralises_text_and_reads_it_back_exactly(tmp_path):
    row = {"indicator_id": "x", "label": "=HYPERLINK(\"http://evil.example\")", "value": -3.5, "low": -math.inf,
           "high": 2.0, "unit": "percent", "period": "2023", "formula": "-a + b", "inputs": "a;b", "reason": "",
           "section": "market", "kind": "derived", "verdict": "", "sources": "@evil (2023-01-01)", "note": ""}
    frame = pd.DataFrame([row])
    path = tmp_path / "indicators.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_table_csv(frame, handle)
    _, (written,) = read_rows(path)
    assert (written["label"][0], written["formula"], written["sources"][0]) == ("'", "'-a + b", "'")
    assert (written["value"], written["low"]) == ("-3.5", "-inf")  # the number columns are never touched
    back = read_indicators_csv(path)
    assert back.loc[0, "label"] == row["label"] and back.loc[0, "formula"] == row["formula"]
    assert back.loc[0, "value"] == -3.5


# --- the command line ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["extract", "{tmp}"], "is a folder, not an article"),
        (["extract", "{tmp}/program.bin"], "is NUL, so this is not UTF-8 text"),
        (["propose", "{tmp}/nowhere.txt"], "nowhere.txt: no such file"),
        (["propose", "{tmp}/program.bin"], "is NUL"),
        (["validate", "--data-dir", "{tmp}/nonexistent"], "the data folder does not exist"),
        (["validate", "--data-dir", "{tmp}/program.bin"], "this is a file, not the data folder"),
    ],
)
def test_wrong_paths_on_the_command_line_get_a_message_and_exit_1(tmp_path, command, words):
    (tmp_path / "program.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00 12 million \x00")
    result = cli(*(part.format(tmp=tmp_path) for part in command))
    assert_clean_failure(result, words, "Fix:")
    assert result.stdout == ""


def test_an_empty_article_file_has_no_mentions(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("extract", str(tmp_path / "empty.txt"))
    assert result.returncode == 0 and result.stdout.splitlines() == [
        "article,start,end,text,value,unit,qualifier,step"]


# --- parameter files ----------------------------------------------------------------------------------------


def test_a_parameter_file_with_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "edition.yaml"
    path.write_bytes(b"\xef\xbb\xbftitle: A report\r\nas_of: 2024-12-31\r\n")
    assert load_parameter_set(path).values == {"title": "A report", "as_of": "2024-12-31"}


@pytest.mark.parametrize(
    ("content", "row", "words"),
    [
        (b"", None, "the file is empty"),
        (b"# nothing but a comment\n", None, "the file is empty"),
        (b"title: A report\n\tas_of: 2024-12-31\n", 2, "a tab character where YAML allows only spaces"),
        (b"title:\tA report\nas_of: 2024-12-31\n", 1, "a tab character"),
        ("title: Ein Bericht \u00fcber\nas_of: 2024-12-31\n".encode("utf-16"), None, "not UTF-8 text"),
        (b"title: A report\nas_of: 2024-12-31\ntarget_units: 1" + b"0" * 400 + b"\n", None, "too large"),
    ],
)
def test_a_broken_parameter_file_is_named_with_the_fix(tmp_path, content, row, words):
    path = tmp_path / "edition.yaml"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        load_parameter_set(path)
    (problem,) = caught.value.problems
    assert problem.row == row and words in str(problem) and problem.fix


def test_build_names_a_tab_in_a_parameter_file_before_any_kernel_starts(project_copy):
    overwrite(project_copy / "params" / "tabbed.yaml", b"title: A report\n\tas_of: 2024-12-31\n")
    result = cli("build", "tabbed", root=project_copy)
    assert_clean_failure(result, "tabbed.yaml:2", "tab character", "replace each tab with spaces")
    assert not (project_copy / "reports" / "tabbed").exists()


# --- paths the data names: only plain files in data/raw/articles are ever read --------------------------------

SECRET = "root:x:0:0:secret-marker"  # the content of a file outside the project that must never be shown


def add_source_row(data: Path, name: str, published: str = "2021-06-01") -> int:
    manifest = data / "raw" / "articles" / "SOURCES.csv"
    header, rows = read_rows(manifest)
    write_rows(manifest, header, [*rows, {**rows[0], "file": name, "published": published}])
    return len(rows) + 2


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(f"{SECRET} 12 million\n", encoding="utf-8")
    return secret


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../../../../etc/passwd", "names a file outside data/raw/articles"),
        ("../../../outside/secret.txt", "names a file outside data/raw/articles"),
        ("/etc/passwd", "names a file outside data/raw/articles"),
        ("/dev/zero", "names a file outside data/raw/articles"),
        ("sub/005.txt", "names a file outside data/raw/articles"),
        ("..", "names a file outside data/raw/articles"),
        ("005_article.md", "is not a plain article file name"),
        ("005 article.txt", "is not a plain article file name"),
    ],
)
def test_an_article_name_that_leaves_the_folder_is_refused_before_anything_is_read(project_copy, outside, name,
                                                                                   words):
    data = project_copy / "data"
    line = add_source_row(data, name)
    problems, _ = validate_data_dir(data)
    messages = [str(p) for p in problems]
    assert any(p.file.endswith("SOURCES.csv") and p.row == line and words in p.message and "Fix:" in str(p)
               for p in problems), messages
    assert not any(SECRET in m or "root:" in m for m in messages)
    with pytest.raises(UserError):
        from nevreport.pipeline import load_articles

        load_articles(data)


@pytest.mark.parametrize("target", ["outside", "/dev/zero", "/etc/passwd"])
def test_a_symlinked_article_leading_out_of_the_folder_is_never_read(project_copy, outside, target):
    data = project_copy / "data"
    link = data / "raw" / "articles" / "005_link.txt"
    link.symlink_to(outside if target == "outside" else target)
    add_source_row(data, link.name)
    problems, _ = validate_data_dir(data)
    (problem,) = [p for p in problems if "005_link.txt" in p.file]
    assert "symbolic link to a file outside its folder" in problem.message and problem.fix
    result = cli("coverage", "--data-dir", str(data))
    assert_clean_failure(result, "005_link.txt", "symbolic link to a file outside its folder", "Fix:")
    assert SECRET not in result.stdout + result.stderr

    # The build's fingerprint, computed before any check, does not read it either: changing it changes nothing.
    from nevreport.publish.freshness import fingerprint

    edition = load_parameter_set(project_copy / "params" / f"{EDITION}.yaml")
    before = fingerprint(edition, layout_of(project_copy))
    if target == "outside":
        outside.write_text("changed", encoding="utf-8")
    assert fingerprint(edition, layout_of(project_copy)) == before


def test_a_device_pipe_or_oversized_article_is_refused_before_it_is_read(project_copy):
    from nevreport.publish.freshness import fingerprint

    data = project_copy / "data"
    folder = data / "raw" / "articles"
    os.mkfifo(folder / "005_pipe.txt")  # opening a pipe for reading would wait for a writer forever
    add_source_row(data, "005_pipe.txt")
    (folder / "006_huge.txt").write_bytes(b"x" * 1_000_001)
    add_source_row(data, "006_huge.txt")
    (folder / "007_inside.txt").symlink_to("000_993716e2c28f0b98.txt")  # a link within the folder is fine
    add_source_row(data, "007_inside.txt")
    problems, _ = validate_data_dir(data)
    by_file = {p.file.rsplit("/", 1)[-1]: p.message for p in problems}
    assert "not a regular file" in by_file["005_pipe.txt"]
    assert "1,000,001 bytes, more than the 1,000,000" in by_file["006_huge.txt"]
    assert "007_inside.txt" not in by_file  # accepted (its figures are simply not curated yet)
    edition = load_parameter_set(project_copy / "params" / f"{EDITION}.yaml")
    assert fingerprint(edition, layout_of(project_copy))  # returns: nothing waited on the pipe


@pytest.mark.parametrize("command", ["extract", "propose"])
def test_extract_and_propose_refuse_a_device_or_pipe_on_the_command_line(tmp_path, command):
    os.mkfifo(tmp_path / "pipe.txt")
    for path in ("/dev/zero", str(tmp_path / "pipe.txt")):
        assert_clean_failure(cli(command, path), "not a regular file", "Fix:")


# --- YAML: aliases, depth, size and characters --------------------------------------------------------------

ALIAS_BOMB = "".join(
    [
        "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
        *(f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n"
          for i in range(1, 12)),
    ]
)  # a 1 KB file that stands for 9 x 7^11 (about 18 billion) strings when printed


@pytest.mark.parametrize(
    ("content", "row", "words"),
    [
        (f"title: A report\nas_of: 2024-12-31\n{ALIAS_BOMB}target_units: *a11\n".encode(), 4, "an alias (*name)"),
        (b"title: &t A report\nas_of: 2024-12-31\nsubtitle: *t\n", 3, "an alias (*name)"),
        (b"title: A report\nas_of: 2024-12-31\ntarget_units: " + b"[" * 5000 + b"]" * 5000 + b"\n", 3,
         "nested more than 20 levels deep"),
        (b"title: A report\nas_of: 2024-12-31\n# padding\n" + b"#" * 70_000 + b"\n", None,
         "more than the 64,000 bytes"),
        (b"title: A \x00report\nas_of: 2024-12-31\n", 1, "U+0000 NUL, a control character at column 10"),
        (b'title: "A \\0report"\nas_of: 2024-12-31\n', None, "[title]: holds U+0000 NUL"),
        (b'title: "A \\ud800 report"\nas_of: 2024-12-31\n', None, "[title]: holds U+D800, a lone surrogate"),
        ("title: A report \u202e21\nas_of: 2024-12-31\n".encode(), 1, "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("title: A report\nas_of: 2024-12-31\ntarget_units: \u0661\u0662\u0660\u0660\u0660\u0660\u0660\n".encode(),
         3, "U+0661 ARABIC-INDIC DIGIT ONE ('\u0661'), a digit other than 0-9"),
        (b"title: " + b"T" * 5000 + b"\nas_of: 2024-12-31\n", None,
         "is longer than the 200 characters this field may hold"),
        # more digits than Python turns into a number (4,300)
        (b"title: A report\nas_of: 2024-12-31\ntarget_units: 1" + b"0" * 5000 + b"\n", 3,
         "not valid YAML: a whole number of 5,001 characters, too long to read. Fix: write the number with at most"),
    ],
)
def test_a_hostile_parameter_file_is_named_without_expanding_it(tmp_path, content, row, words):
    path = tmp_path / "edition.yaml"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        load_parameter_set(path)
    (problem,) = caught.value.problems
    assert problem.row == row and words in str(problem) and problem.fix, str(problem)
    assert len(str(caught.value)) < 600  # a short excerpt at most, never the value


def test_a_parameter_file_that_is_a_device_or_a_link_out_of_its_folder_is_not_read(tmp_path, outside):
    params = tmp_path / "params"
    params.mkdir()
    (params / "zero.yaml").symlink_to("/dev/zero")
    (params / "secret.yaml").symlink_to(outside)
    for name in ("zero", "secret"):
        with pytest.raises(UserError) as caught:
            load_parameter_set(params / f"{name}.yaml")
        assert "symbolic link to a file outside its folder" in str(caught.value)
        assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("append", "words"),
    [
        (f"{ALIAS_BOMB}", "an alias (*name)"),
        ("  - id: bomb\n    label: &l x\n    formula: *l\n", "an alias (*name)"),
        ("  - {id: x, label: [a, b], formula: f, unit: count, function: share_pct, inputs: [a, b], period: '2023',"
         " section: market, kind: derived}\n", "label is a list of 2 item(s), not text"),
        ("  - {id: x, label: \"a \\u202e b\", formula: f, unit: count, function: share_pct, inputs: [a, b],"
         " period: '2023', section: market, kind: derived}\n", "label holds U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("  - {id: x, label: 'x', formula: f, unit: count, function: share_pct, inputs: [a, b], period: '2023',"
         " section: market, kind: derived, tolerance_pct: '" + "9" * 100_000 + "'}\n", "(100,000 characters)"),
    ],
)
def test_a_hostile_catalogue_is_named_without_expanding_it(project_copy, append, words):
    from nevreport.curate.catalogue import load_catalogue

    data = project_copy / "data"
    catalogue = data / "indicators.yaml"
    overwrite(catalogue, catalogue.read_bytes() + append.encode())
    with pytest.raises(UserError) as caught:
        load_catalogue(data)
    assert words in str(caught.value) and "indicators.yaml" in str(caught.value)
    assert len(str(caught.value)) < 2000


def test_an_oversized_catalogue_is_refused_before_it_is_parsed(project_copy):
    from nevreport.curate.catalogue import load_catalogue

    catalogue = project_copy / "data" / "indicators.yaml"
    overwrite(catalogue, catalogue.read_bytes() + b"#" * 1_000_000 + b"\n")
    with pytest.raises(UserError) as caught:
        load_catalogue(project_copy / "data")
    assert "more than the 1,000,000 bytes" in str(caught.value)


# --- tables: shape, size, and characters a reader could misread ---------------------------------------------


@pytest.mark.parametrize(
    ("stated", "value", "column", "words"),
    [
        ("\u09ea", "4", 17, "quote holds U+09EA BENGALI DIGIT FOUR ('\u09ea'), a digit other than 0-9 that reads "
                             "as 4 but can look like another number at character 17"),
        ("\u202e12", "12", 17, "quote holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible control that changes the "
                               "order in which text is displayed at character 17"),
        ("1\u200b2", "2", 18, "quote holds U+200B ZERO WIDTH SPACE"),  # shows "12", would be read as 2
        ("\uff14", "4", 17, "quote holds U+FF14 FULLWIDTH DIGIT FOUR"),
    ],
)
def test_lookalike_digits_and_invisible_controls_are_named_with_their_position(project_copy, stated, value, column,
                                                                              words):
    data = project_copy / "data"
    quote = f"The fleet holds {stated} vehicles"
    add_article(data, "005_lookalike.txt", quote + ".\n")
    header, rows = read_rows(data / "figures.csv")
    row = {**rows[0], "figure_id": "lookalike", "article": "005_lookalike.txt", "quote": quote, "stated": stated,
           "value": value, "unit": "vehicles", "qualifier": "exact", "status": "actual", "note": ""}
    write_rows(data / "figures.csv", header, [*rows, row])
    problems, _ = validate_data_dir(data)
    messages = [str(p) for p in problems]
    assert any(p.item == "lookalike" and words in p.message and p.fix for p in problems), messages
    # The article itself is named too, with its line and column.
    assert any(p.file.endswith("005_lookalike.txt") and p.row == 1 and f"at column {column}" in p.message
               for p in problems), messages
    assert_clean_failure(cli("coverage", "--data-dir", str(data)), "005_lookalike.txt:1", f"at column {column}")


def test_a_value_in_other_digits_is_not_read_as_a_number(project_copy):
    data = project_copy / "data"
    line = set_cell(data, "china_nev_sales_2023", value="\u0669\u0665\u0660\u0660\u0660\u0660\u0660")
    problems, _ = validate_data_dir(data)
    (problem,) = problems
    assert (problem.row, problem.item) == (line, "china_nev_sales_2023")
    assert "value holds U+0669 ARABIC-INDIC DIGIT NINE ('\u0669')" in problem.message
    assert "at character 1" in problem.message


def test_a_header_of_ten_thousand_columns_is_one_problem(project_copy):
    data = project_copy / "data"
    header, rows = read_rows(data / "figures.csv")
    wide = header + [f"extra_{i}" for i in range(10_000)]
    write_rows(data / "figures.csv", wide, rows)
    problems, _ = validate_data_dir(data)
    assert [(p.row, p.message) for p in problems] == [
        (1, "the header has 10,013 columns, far more than the 13 of the figures table")]


def test_thousands_of_bad_rows_print_a_bounded_number_of_lines(project_copy):
    data = project_copy / "data"
    header, rows = read_rows(data / "figures.csv")
    bad = [{**rows[0], "figure_id": f"bad_{i}", "value": "=1+1", "stated": "", "quote": ""} for i in range(2000)]
    write_rows(data / "figures.csv", header, rows + bad)
    result = cli("validate", "--data-dir", str(data))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) < 40
    assert any("more problem(s) not shown" in line for line in lines)


def test_an_oversized_table_is_refused_before_it_is_parsed(project_copy, monkeypatch):
    from nevreport.common import inputs

    monkeypatch.setattr(inputs, "MAX_TABLE_BYTES", 10_000)  # figures.csv holds about 14 KB
    problems, _ = validate_data_dir(project_copy / "data")
    size = (project_copy / "data" / "figures.csv").stat().st_size
    assert [p.message for p in problems if p.file == "data/figures.csv"] == [
        f"the figures table is {size:,} bytes, more than the 10,000 bytes such a file may hold"]


# --- output CSVs round-trip whatever text a cell holds -------------------------------------------------------

AWKWARD_TEXT = ["line\rbreak", "line\nbreak", "crlf\r\nbreak", '"quoted", with comma', "=HYPERLINK(\"x\")",
                "\rstarts with CR", "-1+1", "  padded  ", "", "plain"]


def test_build_output_csvs_read_back_exactly_what_was_written(tmp_path):
    from nevreport.pipeline import save_build_outputs

    frame = pd.DataFrame({"note": AWKWARD_TEXT, "value": [float(i) for i in range(len(AWKWARD_TEXT))]})
    (path,) = save_build_outputs(tmp_path, figures=frame)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [tables.from_spreadsheet_text(row["note"]) for row in rows] == AWKWARD_TEXT
    assert [float(row["value"]) for row in rows] == list(frame["value"])
    back = pd.read_csv(path, dtype={"note": str}, keep_default_na=False)  # as a notebook reads it
    assert back["note"].map(tables.from_spreadsheet_text).tolist() == AWKWARD_TEXT
    assert path.read_bytes().count(b"\n") == len(AWKWARD_TEXT) + 1 + 2  # rows, header, and the two LFs in cells


def test_indicators_csv_reads_back_a_label_with_line_breaks(tmp_path):
    rows = [{"indicator_id": f"x{i}", "label": text, "value": 1.5, "low": 1.0, "high": 2.0, "unit": "percent",
             "period": "2023", "formula": text, "inputs": "a;b", "reason": "", "section": "market",
             "kind": "derived", "verdict": "", "sources": "", "note": text} for i, text in enumerate(AWKWARD_TEXT)]
    path = tmp_path / "indicators.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_table_csv(pd.DataFrame(rows), handle)
    back = read_indicators_csv(path)
    assert back["label"].tolist() == back["note"].tolist() == back["formula"].tolist() == AWKWARD_TEXT
    assert back["indicator_id"].tolist() == [row["indicator_id"] for row in rows]


def test_extract_and_propose_keep_a_quote_with_a_carriage_return_in_one_cell(tmp_path):
    article = tmp_path / "cr.txt"
    article.write_bytes(b"Exports rose to 1.2 million\rvehicles, up 5 percent.\r")
    for command in ("extract", "propose"):
        result = cli(command, str(article), "--data-dir", str(tmp_path)) if command == "propose" else \
            cli(command, str(article))
        assert result.returncode == 0, result.stderr
        rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
        assert len({len(row) for row in rows}) == 1  # no row split
        assert len(rows) == 3  # header and the two mentions


# --- concurrent and interrupted builds; a reports folder that cannot be written ------------------------------


def test_a_second_build_at_the_same_time_refuses_and_deletes_nothing(project_copy):
    from nevreport.publish.reportfiles import build_lock

    layout = layout_of(project_copy)
    theirs = layout.reports_dir / ".tmp" / f"{EDITION}.build-424242"  # the first build's work in progress
    theirs.mkdir(parents=True)
    (theirs / "report.html").write_text("half built", encoding="utf-8")
    with build_lock(layout):
        result = cli("build", EDITION, root=project_copy)
        assert_clean_failure(result, "another build is already running", f"build process {os.getpid()}",
                             "Fix: wait for it to finish")
        assert (theirs / "report.html").read_text(encoding="utf-8") == "half built"
    # Once the first build has ended, its lock is gone and the next build may clear what it left.
    from nevreport.publish.reportfiles import recover_interrupted

    with build_lock(layout):
        recover_interrupted(layout)
    assert not theirs.exists()


def test_a_worker_of_a_build_killed_with_kill_9_publishes_nothing(tmp_path):
    from nevreport.publish.edition import NotebookFailed
    from nevreport.publish.reportfiles import publish

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    staged, final = tmp_path / "staged", tmp_path / "latest"
    staged.mkdir()
    final.mkdir()
    (final / "report.html").write_text("last good", encoding="utf-8")
    with pytest.raises(NotebookFailed, match="the build that started this one has ended; nothing was published"):
        publish(staged, final, owner=dead.pid)
    assert (final / "report.html").read_text(encoding="utf-8") == "last good"
    publish(staged, final, owner=os.getpid())  # a live build publishes as before
    assert not (final / "report.html").exists()


WORKER_SCRIPT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from nevreport.publish.workers import die_with_parent

def work(path):
    with open(path + ".tmp", "w") as handle:
        handle.write(str(os.getpid()))
    os.replace(path + ".tmp", path)
    time.sleep(3600)

if __name__ == "__main__":
    with ProcessPoolExecutor(1, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        pool.submit(work, sys.argv[1]).result()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_build_workers_end_when_the_build_is_killed(tmp_path):
    from nevreport.publish.workers import owner_alive

    script, pid_file = tmp_path / "build.py", tmp_path / "worker.pid"
    script.write_text(WORKER_SCRIPT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script), str(pid_file)])
    try:
        for _ in range(600):  # wait (at most a minute) for the worker to start
            if pid_file.exists():
                break
            time.sleep(0.1)
        worker = int(pid_file.read_text())
        assert owner_alive(worker)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        for _ in range(300):
            if not owner_alive(worker):
                break
            time.sleep(0.1)
        assert not owner_alive(worker), "the worker outlived the build that started it"
    finally:
        parent.kill()
        if pid_file.exists() and owner_alive(int(pid_file.read_text())):
            os.kill(int(pid_file.read_text()), signal.SIGKILL)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (28, "No space left on device. Fix: free space on the disk that holds"),
        (30, "Read-only file system. Fix: the file system is read-only"),
        (13, "Permission denied. Fix: make"),
    ],
)
def test_a_full_or_read_only_reports_folder_is_named_not_a_traceback(project_copy, monkeypatch, code, words):
    from nevreport.curate.params import discover
    from nevreport.publish import build

    layout = layout_of(project_copy)

    def refuse(self, *args, **kwargs):
        raise OSError(code, os.strerror(code), str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(UserError) as caught:
        build.build_reports([EDITION], layout=layout)
    assert f"cannot write {layout.reports_dir}: {words}" in str(caught.value)
    assert "the last good reports are unchanged" in str(caught.value)
    monkeypatch.undo()

    def refuse_bytes(fd, data):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "write", refuse_bytes)  # the index, written last
    with pytest.raises(UserError) as caught:
        build.write_index(discover(layout.params_dir, [EDITION]), layout)
    assert words in str(caught.value) and "index.html.partial" in str(caught.value)
    assert not (layout.reports_dir / "index.html.partial").exists()


# --- the PDF renderer fetches nothing outside the document ---------------------------------------------------


def test_the_pdf_renderer_fetches_nothing_a_notebook_names(tmp_path, monkeypatch, outside):

    from nevreport.publish.exporters import html_to_pdf

    local_image = tmp_path / "local.png"
    local_image.write_bytes(b"\x89PNG\r\n\x1a\n")
    pixel = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAAB"
             "JRU5ErkJggg==")
    document = (
        f'<html><head><link rel="stylesheet" href="file://{outside}"><style>@import url("http://127.0.0.1:9/x.css");'
        f'body {{ background: url("{local_image.name}") }}</style></head><body><p>text</p>'
        f'<img src="file:///etc/passwd"><img src="http://127.0.0.1:9/track.png"><img src="{local_image}">'
        f'<img src="{pixel}"></body></html>'
    )
    monkeypatch.chdir(tmp_path)  # a relative name would resolve here, next to local.png
    info = {"title": "t", "subtitle": "", "parameter_set": "", "as_of": "", "generated": "", "created": "",
            "publisher_note": ""}
    pdf = html_to_pdf(document, info)
    assert pdf.startswith(b"%PDF")
    # Whatever the document names outside itself leaves no trace: the PDF is the one of the same page without
    # those names, whose only image is the one the page carries inline.
    assert pdf == html_to_pdf(f'<html><head></head><body><p>text</p><img src="{pixel}"></body></html>', info)
    import pypdf

    assert sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    assert b"root:" not in pdf and outside.read_bytes() not in pdf


def test_an_article_in_chinese_is_named_by_validate_and_coverage_not_left_unread(project_copy):
    data = project_copy / "data"
    article = sorted((data / "raw" / "articles").glob("*.txt"))[-1]
    overwrite(article, "泽塔市整车产量突破百万辆\n\n2025年全市整车产量达到101.5万辆,同比增长41.2%。\n".encode())
    problems, _ = validate_data_dir(data)
    assert [(p.file, p.message.split(" (")[0]) for p in problems] == [
        (f"data/raw/articles/{article.name}", "the article is not in English")]
    assert_clean_failure(cli("coverage", "--data-dir", str(data)), article.name, "the article is not in English",
                         "Fix: save the story's English edition")
