"""What a writer types cannot bring script, frames, remote content or local files into the report; the PDF
step fetches nothing; a stuck or dying cell is named; the smaller cases of the second review."""

from __future__ import annotations

import base64
import unicodedata

import nbformat
import pytest

from nevreport.common.errors import UserError
from nevreport.publish.exporters import ReportHTMLExporter, ReportPDFExporter
from nevreport.publish.typeset import TypesetError
from nevreport.publish.typstcode import body_typst, breakable
from nevreport.story.blocks import render_prose
from tests.conftest import run_cli
from tests.edits import add_article, read_rows, write_rows
from tests.integration.test_hostile import EDITION, _Markup

PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
HOSTILE = ('<script>alert(1)</script><iframe src="https://evil.example/"></iframe>'
           '<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">click</a>'
           '<img src="https://evil.example/track.png"><link rel="stylesheet" href="https://evil.example/x.css">'
           '<style>body{background:url(https://evil.example/y.png)}</style><b>kept</b>')


def report_html(*cells) -> str:
    nb = nbformat.v4.new_notebook(cells=list(cells))
    return ReportHTMLExporter().from_notebook_node(nb)[0]


def assert_harmless(page: str) -> None:
    markup = _Markup()
    markup.feed(page)
    assert markup.scripts == 0 and markup.handlers == []
    for word in ("<iframe", "javascript:", "evil.example", "<link"):
        assert word not in page, word


def test_raw_html_in_a_markdown_cell_is_removed(tmp_path, monkeypatch):
    page = report_html(nbformat.v4.new_markdown_cell(f"Some text {HOSTILE}"))
    assert_harmless(page)
    assert "<b>kept</b>" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_raw_html_in_prose_is_removed():
    typed = HOSTILE.replace("<style>body{background:url(https://evil.example/y.png)}</style>", "")
    block = render_prose(f"Sales reached {{x}}. {typed}", {"x"}, lambda key: True,
                         lambda key, mode: '<a class="num" href="#fig-x">9.5 million</a>')
    assert_harmless(str(block.html))
    assert '<a class="num" href="#fig-x">9.5 million</a>' in str(block.html) and "<b>kept</b>" in str(block.html)


def test_a_markdown_image_embeds_only_the_notebooks_attachments(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "key.png").write_bytes(b"FAKE-PRIVATE-KEY")
    (tmp_path / "link.png").symlink_to(tmp_path / "key.png")
    cell = nbformat.v4.new_markdown_cell("![k](key.png) ![l](link.png) ![a](attachment:a.png)")
    cell["attachments"] = {"a.png": {"image/png": PIXEL}}
    page = report_html(cell)
    assert base64.b64encode(b"FAKE-PRIVATE-KEY").decode() not in page
    assert 'src="key.png"' not in page and 'src="link.png"' not in page
    assert f"data:image/png;base64,{PIXEL}" in page


def test_a_typst_package_in_an_output_is_refused_before_anything_is_fetched():
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        "text/plain": "x", "text/x-typst": '#import "@preview/cetz:0.3.0": canvas\n#canvas({})'})]
    with pytest.raises(TypesetError) as caught:
        ReportPDFExporter().from_notebook_node(nbformat.v4.new_notebook(cells=[cell]))
    assert "uses the package @preview/cetz:0.3.0, which Typst would download" in str(caught.value)


def test_a_very_long_word_may_break_in_the_pdf():
    word = "a" * 3000
    assert max(len(part) for part in breakable(word).split("\u200b")) <= 40
    source, _ = body_typst(f"<main><p>{word}</p></main>")
    assert "\u200b" in source and word not in source
    assert breakable("ordinary words stay as they are") == "ordinary words stay as they are"


def test_a_quote_in_another_unicode_form_is_named_as_such(project_copy):
    from nevreport.curate.validate import validate_data_dir

    data = project_copy / "data"
    sentence = "The Caf\u00e9 Nord dealership sold 1,234 cars in 2021."
    add_article(data, "005_cafe.txt", f"{sentence}\n", published="2021-06-01")
    header, rows = read_rows(data / "figures.csv")
    rows.append({**rows[0], "figure_id": "cafe_sales", "article": "005_cafe.txt",
                 "quote": unicodedata.normalize("NFD", sentence), "stated": "1,234", "value": "1234",
                 "unit": "vehicles", "qualifier": "exact", "status": "actual", "entity": "Caf\u00e9 Nord",
                 "metric": "vehicle_sales", "period": "2021", "note": "", "precision": ""})
    write_rows(data / "figures.csv", header, rows)
    problems, _ = validate_data_dir(data)
    assert any("[cafe_sales]" in str(p) and "NFC and NFD" in str(p) for p in problems), problems


def test_a_what_if_goal_for_a_year_already_over_is_refused(tmp_path):
    from nevreport.curate.params import load_parameter_set

    path = tmp_path / "whatif.yaml"
    path.write_text("title: What if\nas_of: 2024-12-31\ntarget_units: 1\ntarget_year: 2000\n")
    with pytest.raises(UserError) as caught:
        load_parameter_set(path)
    assert "[target_year]: 2000 is before the edition's own year (2024)" in str(caught.value)


def one_chapter_with(project_copy, source: str, notebook: str = "10_findings.ipynb", at: int = 3):
    """The cheapest build: the preparation notebook and one chapter, with `source` as cell `at` (0-based) of
    `notebook`."""
    for chapter in (project_copy / "notebooks").glob("[1-9]*.ipynb"):
        if chapter.name != "10_findings.ipynb":
            chapter.unlink()
    path = project_copy / "notebooks" / notebook
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(at, nbformat.v4.new_code_cell(source))
    path.unlink()
    nbformat.write(nb, path)


@pytest.mark.slow
def test_a_cell_that_never_ends_is_stopped_and_named(project_copy, monkeypatch):
    # The stuck cell comes first in the first notebook, right after the parameters, so no cell of the report
    # runs under the short limit.
    one_chapter_with(project_copy, "import time\ntime.sleep(600)", notebook="01_prepare.ipynb", at=2)
    monkeypatch.setenv("NEVREPORT_CELL_TIMEOUT", "5")
    result = run_cli("build", EDITION, root=project_copy, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "[as-of-2021] running notebooks/01_prepare.ipynb" in result.stdout
    assert ("notebooks/01_prepare.ipynb, cell 3 (import time) ran longer than 5 s, the most a cell may take"
            in result.stderr)


@pytest.mark.slow
def test_a_kernel_that_dies_is_named_with_its_notebook_and_cell(project_copy):
    one_chapter_with(project_copy, "import os\nos._exit(1)")
    result = run_cli("build", EDITION, root=project_copy, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "notebooks/10_findings.ipynb, cell 4 (import os) was running when the kernel died" in result.stderr
