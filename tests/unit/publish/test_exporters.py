"""The report exporters: what the reader sees in the HTML and the PDF, and what must never show."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pytest  # noqa: E402
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output  # noqa: E402

from nevreport.publish.exporters import (  # noqa: E402
    ReportHTMLExporter,
    contents_html,
    prepare_cells,
    render_report,
    report_info,
    slugify,
)
from nevreport.publish.typeset import TypesetError  # noqa: E402
from nevreport.publish.typstcode import body_typst, label_name  # noqa: E402

pypdf = pytest.importorskip("pypdf")

TITLE = "Exports & <Growth> in a test report"
CODE_MARKER = "secret_source_marker"
STDOUT_MARKER = "stdout_marker_text"
STDERR_MARKER = "stderr_marker_text"
HIDDEN_MARKER = "Hidden section heading"
LONG_ROWS = 90
CHART_ALT = "Bar chart of exports: 2021 1.2, 2022 3.1, 2023 4.9 million"


def chart(fmt: str) -> bytes:
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.bar([2021, 2022, 2023], [1.2, 3.1, 4.9])
    ax.set_title("Exports, millions")
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    plt.close(fig)
    return buffer.getvalue()


def code(source: str, *outputs) -> nbformat.NotebookNode:
    cell = new_code_cell(source)
    cell.outputs = list(outputs)
    return cell


def html_output(markup: str, kind: str = "display_data"):
    extra = {"execution_count": 3} if kind == "execute_result" else {}
    data = {"text/html": markup, "text/plain": "<IPython.core.display.HTML object>"}
    return new_output(kind, data=data, **extra)


def build_notebook() -> nbformat.NotebookNode:
    rows = "".join(f"<tr><td>row {i}</td><td class=num>{i * 17}</td><td>note {i}</td></tr>"
                   for i in range(LONG_ROWS))
    long_table = ('<table class="data"><caption>Every row</caption><thead><tr><th>Item</th>'
                  f"<th class=num>Value</th><th>Note</th></tr></thead><tbody>{rows}</tbody></table>")
    small_table = (
        '<p class="prose">Exports were '
        '<a class="figref" href="#fig-exports" title="quote">over 3 million</a> '
        '(<a href="https://example.org/article">article</a>).</p>'
        '<table class="data"><thead><tr><th>Year</th><th class=num>Exports</th></tr></thead>'
        "<tbody><tr><td>2022</td><td class=num>3,110,000</td></tr>"
        "<tr><td>2023</td><td class=num>4,910,000</td></tr></tbody></table>"
    )
    hidden = new_markdown_cell(f"## {HIDDEN_MARKER}\n\nNot for readers.")
    hidden.metadata["tags"] = ["remove-cell"]
    also_hidden = code("show()", html_output("<p>hidden by tag</p>"))
    also_hidden.metadata["tags"] = ["hide"]

    nb = new_notebook()
    nb.metadata["nevreport"] = {"title": TITLE, "subtitle": "A subtitle", "parameter_set": "as-of-2024",
                                "as_of": "2024-12-31", "generated": "2025-01-02"}
    nb.cells = [
        new_markdown_cell("# Exports &amp; &lt;Growth&gt; in a test report\n\nIntro with *emphasis*."),
        code(f"{CODE_MARKER} = 42\nprint('{STDOUT_MARKER}')",
             new_output("stream", name="stdout", text=f"{STDOUT_MARKER}\n"),
             new_output("stream", name="stderr", text=f"{STDERR_MARKER}\n")),
        new_markdown_cell("## Exports and growth\n\n" + "Some prose about exports. " * 30),
        code("show_table()", html_output(small_table)),
        new_markdown_cell("### A chart in PNG"),
        code("plot()", new_output("display_data", data={"image/png": base64.b64encode(chart("png")).decode(),
                                                         "text/plain": "<Figure size 600x300>"})),
        new_markdown_cell("### A chart in SVG"),
        code("plot_svg()", new_output("display_data", data={"image/svg+xml": chart("svg").decode(),
                                                             "text/plain": "<Figure size 600x300>"})),
        code("figure()", html_output(
            '<figure class="chart"><svg class="chart-wide" role="img" aria-label="' + CHART_ALT + '" '
            'viewBox="0 0 100 40" xmlns="http://www.w3.org/2000/svg"><rect width="30" height="40"/></svg>'
            '<svg class="chart-narrow" role="img" aria-label="' + CHART_ALT + '" viewBox="0 0 40 40" '
            'xmlns="http://www.w3.org/2000/svg"><rect width="10" height="40"/></svg>'
            '<figcaption><span class="source">Source: test</span><span class="ids">Figures used: '
            '<a href="#fig-exports">exports</a></span></figcaption></figure>')),
        new_markdown_cell("## The long table\n\nBelow, many rows."),
        code("long()", html_output(long_table, "execute_result")),
        hidden,
        also_hidden,
        code("appendix()", html_output('<h2>Appendix</h2><h3 id="appendix-figures">Figures</h3>'
                                       '<p><span id="fig-exports" class="anchor">fig-exports</span></p>')),
        new_markdown_cell("## Exports and growth\n\nThe same heading again."),
        code("1 + 1", new_output("execute_result", data={"text/plain": "2"}, execution_count=9)),
    ]
    return nb


@pytest.fixture(scope="module")
def notebook() -> nbformat.NotebookNode:
    return build_notebook()


@pytest.fixture(scope="module")
def rendered(notebook, tmp_path_factory) -> tuple[str, bytes, Path]:
    folder = tmp_path_factory.mktemp("report")
    html, pdf = render_report(notebook, html_path=folder / "report.html", pdf_path=folder / "report.pdf")
    return html, pdf, folder


@pytest.fixture(scope="module")
def pages(rendered) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(rendered[1])).pages]


def main_of(html: str) -> str:
    return html[html.index("<main"):html.rindex("</main>")]


# --- HTML ---------------------------------------------------------------------------------------------------

def test_render_report_writes_the_files_it_returns(rendered):
    html, pdf, folder = rendered
    assert (folder / "report.html").read_text(encoding="utf-8") == html
    assert (folder / "report.pdf").read_bytes() == pdf
    assert pdf.startswith(b"%PDF-")


def test_html_loads_nothing_from_the_network(rendered):
    html = rendered[0]
    # No script runs: the only script element is the schema.org data block, which a browser never executes.
    assert re.findall(r"<script\b[^>]*>", html, re.I) == ['<script type="application/ld+json">']
    fetched = re.compile(r"<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*"
                         r"\b(?:src|href|data)\s*=\s*[\"']?(?:https?:)?//", re.I)
    assert not fetched.search(html)
    assert not re.search(r"url\(\s*[\"']?(?:https?:)?//", html, re.I)
    assert "@import" not in html
    # Links to the articles are text for the reader, not resources; they stay.
    assert '<a href="https://example.org/article">' in html


def test_html_shows_outputs_not_code(rendered):
    html = rendered[0]
    for absent in (CODE_MARKER, STDOUT_MARKER, STDERR_MARKER, HIDDEN_MARKER, "hidden by tag", "In [", "Out[",
                   "<Figure size", "IPython.core.display"):
        assert absent not in html, absent
    assert "<td class=num>3,110,000</td>" in html
    assert html.count('src="data:image/png;base64,') == 1
    assert html.count('src="data:image/svg+xml;base64,') == 1
    assert "<pre>2</pre>" in main_of(html)  # text/plain is shown when a cell has nothing richer


def test_title_page_comes_from_metadata_and_is_escaped(rendered):
    html = rendered[0]
    assert "<title>Exports &amp; &lt;Growth&gt; in a test report</title>" in html
    assert '<h1 class="report-title">Exports &amp; &lt;Growth&gt; in a test report</h1>' in html
    assert "<Growth>" not in html
    for fact in ("Data as of</dt><dd>2024-12-31", "Edition</dt><dd>as-of-2024",
                 "Built</dt><dd>2025-01-02"):
        assert fact in html
    assert '<meta name="dcterms.created" content="2025-01-02">' in html
    # The notebook's own H1 repeats the title: the title page says it once.
    assert "<h1" not in main_of(html)


def test_contents_link_to_unique_heading_ids(rendered):
    html = rendered[0]
    toc = html[html.index('<nav class="toc"'):html.index("</nav>")]
    targets = re.findall(r'href="#([^"]+)"', toc)
    assert targets == ["exports-and-growth", "a-chart-in-png", "a-chart-in-svg", "the-long-table", "appendix",
                       "appendix-figures", "exports-and-growth-2"]
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    for target in targets:
        assert f'id="{target}"' in main_of(html)
    assert HIDDEN_MARKER not in toc


def test_contents_escape_heading_text_and_anchors():
    assert contents_html([]) == ""
    assert contents_html([(2, "tom-jerry", "Tom & <Jerry>'s"), (3, 'x"y', "Sub")]) == (
        '<nav class="toc" aria-labelledby="toc-title">\n<p class="toc-title" id="toc-title">Contents</p>\n<ol>\n'
        '<li class="toc-h2"><a href="#tom-jerry">Tom &amp; &lt;Jerry&gt;&#39;s</a></li>\n'
        '<li class="toc-h3"><a href="#x&#34;y">Sub</a></li>\n</ol>\n</nav>')


def test_every_title_page_fact_is_escaped():
    nb = new_notebook()
    nb.metadata["nevreport"] = {"title": "T", "subtitle": '"><script>x</script>', "parameter_set": "<b>set</b>",
                                "as_of": "2024-12-31", "generated": "", "publisher_note": "A & <i>B</i>"}
    nb.cells = [new_markdown_cell("## One\n\ntext")]
    html, _ = ReportHTMLExporter().from_notebook_node(nb)
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert re.findall(r"<script\b[^>]*>", html) == ['<script type="application/ld+json">']
    assert '<meta name="description" content="&#34;&gt;&lt;script&gt;x&lt;/script&gt;">' in html
    assert '<p class="report-subtitle">&#34;&gt;&lt;script&gt;x&lt;/script&gt;</p>' in html
    assert "<dt>Edition</dt><dd>&lt;b&gt;set&lt;/b&gt;</dd>" in html
    assert '<p class="publisher-note">A &amp; &lt;i&gt;B&lt;/i&gt;</p>' in html
    assert "Built" not in html  # an empty fact is left out


def test_the_index_shows_each_edition_with_links_and_key_indicators(tmp_path):
    from nevreport.curate.catalogue import load_catalogue
    from nevreport.publish.index import render_index

    key_indicators = load_catalogue().key_indicators

    built = tmp_path / "as-of-2024"
    built.mkdir()
    (built / "report.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    (built / "meta.json").write_text(json.dumps({"title": "NEVs & <more>", "as_of": "2024-12-31",
                                                 "description": "The <b>2024</b> edition"}), encoding="utf-8")
    (built / "indicators.csv").write_text(
        "indicator_id,label,value,low,high,unit,period,formula\n"
        "shanghai_nev_target_progress,Progress <to> the goal,107.2,100,110,percent,2023,a / b x 100\n"
        "nev_sales_yoy_2024_forecast,Growth,not a number,,,percent,2024,f\n", encoding="utf-8")
    page = render_index(["as-of-2024", "not-built"], tmp_path, key_indicators)
    assert page.startswith("<!DOCTYPE html>\n<html lang=en>") and page.endswith("</html>\n")
    assert "<title>NEVs &amp; &lt;more&gt;: all editions</title>" in page and "<h1>NEVs &amp; &lt;more&gt;</h1>" in page
    assert '"DejaVu Sans"' in page  # the style sheet is the page's own, not escaped text
    assert "<li><strong>as-of-2024</strong>: The &lt;b&gt;2024&lt;/b&gt; edition</li>" in page
    assert "<th>not-built<br><span class=muted>as of not built</span></th>" in page
    assert ('<td><a href="as-of-2024/report.html">HTML</a> · <a href="as-of-2024/report.pdf">PDF</a> · '
            '<a href="as-of-2024/indicators.csv">CSV</a></td>') in page
    assert "<td><span class=muted>not built</span></td>" in page
    assert ('<tr><th scope=row>Progress &lt;to&gt; the goal</th>\n<td class="num" title="a / b x 100 (2023)">'
            '<a href="as-of-2024/report.html#ind-shanghai_nev_target_progress">107.2%</a>'
            "<br><span class=muted>2023; 100.0% to 110.0%</span></td>") in page
    # one value known in one edition; every other cell (and a value that is not a number) is n/a
    assert page.count('<td class="num muted">n/a</td>') == 2 * len(key_indicators) - 1
    assert "<b>" not in page and "<to>" not in page


def test_tables_are_wrapped_for_scrolling_and_long_ones_may_break(rendered):
    html = rendered[0]
    assert html.count('<div class="table-wrap') == html.count("<table")
    assert html.count('<div class="table-wrap long-table">') == 1


def test_html_is_byte_identical_between_exports(notebook, rendered):
    again, _ = ReportHTMLExporter().from_notebook_node(notebook)
    assert again == rendered[0]


def test_html_export_does_not_import_the_typesetter(tmp_path):
    path = tmp_path / "small.ipynb"
    nb = new_notebook()
    nb.cells = [new_markdown_cell("# Small\n\n## One\n\ntext")]
    nbformat.write(nb, path)
    script = ("import sys, nbformat\nfrom nevreport.publish.exporters import ReportHTMLExporter\n"
              f"ReportHTMLExporter().from_notebook_node(nbformat.read({str(path)!r}, 4))\n"
              "print('typst' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# --- PDF ----------------------------------------------------------------------------------------------------

def test_pdf_has_a_title_page_without_header_or_footer(pages):
    assert len(pages) > 1
    assert TITLE in " ".join(pages[0].split())  # the title may wrap
    assert "2024-12-31" in pages[0] and "as-of-2024" in pages[0]
    assert "Page " not in pages[0]


def test_pdf_numbers_every_other_page_and_repeats_the_title(pages):
    total = len(pages)
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert TITLE in text


def test_pdf_contents_give_the_page_of_each_heading(pages):
    entries = re.findall(r"^(\S.*?)\s*\.{5,}\s*(\d+)\s*$", pages[1], re.M)
    assert [text for text, _ in entries] == ["Exports and growth", "A chart in PNG", "A chart in SVG",
                                             "The long table", "Appendix", "Figures", "Exports and growth"]
    for text, page in entries:
        lines = [line.strip() for line in pages[int(page) - 1].splitlines()]
        assert text in lines, f"{text!r} is not on page {page}"


def test_pdf_long_table_splits_and_repeats_its_header(pages):
    with_rows = [text for text in pages if re.search(r"^row \d+ ", text, re.M)]
    assert len(with_rows) >= 2
    assert all("Item Value Note" in text for text in with_rows)
    assert sum(len(re.findall(r"^row \d+ ", text, re.M)) for text in with_rows) == LONG_ROWS


def test_pdf_shows_no_code_and_no_streams(pages):
    text = "\n".join(pages)
    for absent in (CODE_MARKER, STDOUT_MARKER, STDERR_MARKER, HIDDEN_MARKER, "In ["):
        assert absent not in text
    assert "(https://example.org/article)" in text  # on paper the address is printed


def test_pdf_metadata_and_bytes_are_reproducible(notebook, rendered):
    reader = pypdf.PdfReader(io.BytesIO(rendered[1]))
    assert reader.metadata.title == TITLE
    assert reader.metadata["/CreationDate"].startswith("D:20250102")
    _, again = render_report(notebook)
    assert again == rendered[1]


# --- nbconvert entry points ---------------------------------------------------------------------------------

def test_nbconvert_cli_exports_both_formats(notebook, rendered, tmp_path, monkeypatch):
    """`jupyter nbconvert --to report-html|report-pdf` finds the exporters by their entry points.

    NbConvertApp is what the `jupyter nbconvert` command runs; it runs here in this process.
    """
    from nbconvert.nbconvertapp import NbConvertApp

    path = tmp_path / "story.ipynb"
    nbformat.write(notebook, path)
    monkeypatch.chdir(tmp_path)
    for target in ("report-html", "report-pdf"):
        app = NbConvertApp()
        app.initialize(["--to", target, str(path)])
        app.start()
    assert (tmp_path / "story.html").read_text(encoding="utf-8") == rendered[0]
    cli_pdf = pypdf.PdfReader(tmp_path / "story.pdf")
    assert len(cli_pdf.pages) == len(pypdf.PdfReader(io.BytesIO(rendered[1])).pages)


# --- the pieces ---------------------------------------------------------------------------------------------

def test_report_info_falls_back_to_papermill_then_first_h1(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    nb = new_notebook()
    nb.cells = [new_markdown_cell("Intro\n\n```\n# not a title\n```\n\n# Sales &amp; exports\n\ntext")]
    info = report_info(nb)
    assert info["title"] == "Sales & exports"
    assert info["as_of"] == info["generated"] == info["created"] == ""

    nb.metadata["papermill"] = {"parameters": {"title": "From papermill", "as_of": "2023-12-31",
                                               "parameter_set": "as-of-2023"},
                                "end_time": "2025-03-04T05:06:07.123456"}
    info = report_info(nb)
    assert (info["title"], info["as_of"], info["parameter_set"], info["generated"]) == (
        "From papermill", "2023-12-31", "as-of-2023", "2025-03-04")

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert report_info(nb)["generated"] == "2023-11-14"

    nb.metadata["nevreport"] = {"title": "Ours", "generated": "soon"}
    info = report_info(nb)
    assert (info["title"], info["generated"], info["created"]) == ("Ours", "soon", "")


def test_first_h1_can_come_from_an_html_output():
    nb = new_notebook()
    nb.cells = [code("x", html_output("<h1 class='t'>Built <em>title</em></h1>"))]
    assert report_info(nb)["title"] == "Built title"


def test_prepare_cells_keeps_only_what_readers_see():
    no_output = new_markdown_cell("kept")
    removed = code("x", html_output("<p>gone</p>"))
    removed.metadata["tags"] = ["remove-output"]
    failing = code("boom()", new_output("error", ename="ValueError", evalue="bad", traceback=["..."]))
    rich = code("x", new_output("display_data", data={"text/markdown": "**md**", "text/plain": "md"}))
    nb = new_notebook()
    nb.cells = [no_output, removed, failing, rich, nbformat.v4.new_raw_cell("raw text")]
    kept = prepare_cells(nb)
    assert [c.cell_type for c in kept.cells] == ["markdown", "code"]
    assert kept.cells[1].outputs[0].data == {"text/markdown": "**md**"}
    assert kept.cells[1].source == ""
    assert len(nb.cells) == 5  # the input notebook is left as it was


@pytest.mark.parametrize(("text", "slug"), [
    ("China's NEV exports", "chinas-nev-exports"),
    ("Appendix: every figure, its quote and its source", "appendix-every-figure-its-quote-and-its-source"),
    ("Ünïcode — 2024 H1", "unicode-2024-h1"),
    ("???", "section"),
])
def test_slugify(text, slug):
    assert slugify(text) == slug


# --- accessibility, attachments and the Typst route --------------------------------------------------------

def _struct_elements(node, found=None):
    """Every structure element below `node` in a PDF's tag tree, as (type, dictionary)."""
    found = [] if found is None else found
    node = node.get_object()
    if isinstance(node, pypdf.generic.ArrayObject):
        for item in node:
            _struct_elements(item, found)
    elif isinstance(node, pypdf.generic.DictionaryObject):
        if "/S" in node:
            found.append((str(node["/S"]), node))
        if "/K" in node:
            _struct_elements(node["/K"], found)
    return found


def test_pdf_is_tagged_and_identified_as_pdf_ua_1(rendered):
    reader = pypdf.PdfReader(io.BytesIO(rendered[1]))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == pypdf.generic.BooleanObject(True)
    assert root["/Lang"] == "en"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "<pdfaid:part>3</pdfaid:part>" in xmp
    kinds = [kind for kind, _ in _struct_elements(root["/StructTreeRoot"])]
    for expected in ("/H1", "/H2", "/P", "/Table", "/TH", "/TD", "/Figure", "/Link", "/TOC"):
        assert expected in kinds, expected


def test_pdf_figures_have_alternative_text(rendered):
    root = pypdf.PdfReader(io.BytesIO(rendered[1])).trailer["/Root"]
    figures = [element for kind, element in _struct_elements(root["/StructTreeRoot"]) if kind == "/Figure"]
    assert len(figures) == 3
    alts = [str(figure.get("/Alt", "")) for figure in figures]
    assert all(alts), alts
    assert CHART_ALT in alts  # the chart's description, from its aria-label


def test_pdf_links_numbers_to_their_appendix_entry(rendered):
    reader = pypdf.PdfReader(io.BytesIO(rendered[1]))
    internal, supplementary = 0, []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            if annotation.get("/Dest") is not None or (action and action.get("/S") == "/GoTo"):
                internal += 1
            elif action and action.get("/S") == "/URI":
                supplementary.append(str(action["/URI"]))
    # "over 3 million" and the chart's "Figures used" id lead to the appendix; the contents to each heading.
    assert internal >= 2 + 7
    assert "https://example.org/article" in supplementary


def test_pdf_uses_the_bundled_fonts(rendered):
    reader = pypdf.PdfReader(io.BytesIO(rendered[1]))
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSerif", "DejaVuSans", "DejaVuSans-Bold"} <= fonts, fonts


def test_pdf_carries_the_edition_csv_files(notebook, tmp_path):
    table = tmp_path / "indicators.csv"
    table.write_text("indicator_id,value\nshare,26.0\n", encoding="utf-8")
    _, pdf = render_report(notebook, attachments=[table, tmp_path / "absent.csv"])
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert list(reader.attachments) == ["indicators.csv"]
    assert reader.attachments["indicators.csv"][0] == table.read_bytes()


def test_an_output_with_its_own_typst_is_typeset_from_it(tmp_path):
    nb = new_notebook()
    nb.metadata["nevreport"] = {"title": "Hook", "generated": "2025-01-02"}
    nb.cells = [
        new_markdown_cell("## Before\n\nText before."),
        code("x", new_output("display_data", data={"text/html": "<p>Said in HTML</p>",
                                                   "text/x-typst": "*Said in Typst*", "text/plain": "x"})),
        new_markdown_cell("Text after."),
    ]
    html, pdf = render_report(nb)
    assert "Said in HTML" in html and "Said in Typst" not in html
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Said in Typst" in text and "Said in HTML" not in text
    assert text.index("Text before.") < text.index("Said in Typst") < text.index("Text after.")


def test_the_typesetter_reads_nothing_outside_its_own_folder():
    nb = new_notebook()
    nb.cells = [code("x", new_output("display_data", data={"text/x-typst": '#read("/etc/hostname")'}))]
    with pytest.raises(TypesetError, match="could not be typeset"):
        render_report(nb)


def test_pdf_render_is_fast_once_warm(notebook):
    import time

    render_report(notebook)
    started = time.perf_counter()
    render_report(notebook)
    assert time.perf_counter() - started < 5  # WeasyPrint took seconds; Typst takes a fraction of one


# --- the converter from the report's HTML to Typst ----------------------------------------------------------

def test_converter_links_anchors_to_labels_and_keeps_unknown_tags_as_text():
    body, files = body_typst(
        '<main><h2 id="sec">A <em>heading</em></h2>'
        '<p class="prose">See <a class="figref" href="#fig-x">3 million</a>, '
        '<a href="#nowhere">a dead link</a> and <blink>old <b>markup</b></blink>.</p>'
        '<div class="entry" id="fig-x"><p class="entry-head">x</p></div>'
        '<span id="odd id!">target</span><a href="#odd id!">odd</a>'
        "<script>alert(1)</script></main>")
    assert '[#heading(level: 1, {"A "; emph("heading")}) <sec>]' in body
    assert 'nr-link(label("fig-x"), "3 million", dotted: true)' in body
    assert '"a dead link"' in body and 'label("nowhere")' not in body
    assert '"old "' in body and 'strong("markup")' in body
    assert "[#nr-entry(" in body and "<fig-x>]" in body
    odd = label_name("odd id!")
    assert odd.startswith("id-") and f"[#metadata(none) <{odd}>]" in body and f'label("{odd}")' in body
    assert "alert" not in body and files == {}


def test_converter_passes_the_wide_svg_with_its_case_and_alt_text():
    svg = ('<svg class="chart-wide" role="img" aria-label="Bars: 2022 3.1" viewBox="0 0 10 10" '
           'xmlns="http://www.w3.org/2000/svg"><linearGradient id="g"/><rect width="10" height="10"/></svg>')
    narrow = '<svg class="chart-narrow" viewBox="0 0 5 5"><rect/></svg>'
    body, files = body_typst(f'<figure class="chart">{svg}{narrow}<figcaption><span class="source">Source: x'
                             '</span></figcaption></figure>')
    assert list(files.values()) == [svg.encode()]
    assert 'alt: "Bars: 2022 3.1"' in body
    assert 'nr-span("Source: x", "source")' in body


def test_converter_escapes_text_for_typst():
    body, _ = body_typst('<p>#set "quotes" \\ $x$ *not bold* <code>a_b</code></p>')
    assert '"#set \\"quotes\\" \\\\ $x$ *not bold* "' in body


def test_table_notes_are_set_as_notes_not_as_body_text():
    """The numbered notes under a table: in the charts' source-note face (DejaVu Sans, 7.5 pt), not the body's serif."""
    nb = new_notebook()
    nb.metadata["nevreport"] = {"title": "Notes", "generated": "2025-01-02"}
    table = ('<table class="data"><thead><tr><th>What</th></tr></thead><tbody><tr><td>Cellword'
             '<sup class="fn">1</sup></td></tr></tbody></table><ol class="notes"><li>Footnoteword</li></ol>')
    nb.cells = [new_markdown_cell("## Part\n\nBodyword in a paragraph."), code("x", html_output(table))]
    html, pdf = render_report(nb)
    assert '<ol class="notes"><li>Footnoteword</li></ol>' in html
    seen: dict[str, tuple[str, float]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and font:
            seen.setdefault(text.strip(), (str(font.get("/BaseFont")), size))

    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    body_font, body_size = seen["Bodyword in a paragraph."]
    note_font, note_size = seen["Footnoteword"]
    assert body_font.endswith("DejaVuSerif") and note_font.endswith("DejaVuSans")
    assert note_size == pytest.approx(7.5) and note_size < body_size
    # the HTML's own styles say the same: a sans face, smaller than the body, muted
    from nevreport.publish.exporters import TEMPLATES_DIR

    css = (TEMPLATES_DIR / "report" / "report.css").read_text(encoding="utf-8")
    rule = re.search(r"ol\.notes \{([^}]*)\}", css).group(1)
    assert "var(--sans)" in rule and "0.8rem" in rule and "var(--muted)" in rule


def test_a_table_keeps_its_notes_on_its_page():
    body, _ = body_typst('<main><div class="table-wrap"><table><thead><tr><th>a</th></tr></thead><tbody><tr>'
                         '<td>1</td></tr></tbody></table></div><ol class="notes"><li>a note</li></ol>'
                         '<table><tbody><tr><td>2</td></tr></tbody></table><p>text</p></main>')
    first, second = body.split("nr-table(")[1:]
    assert "sticky: true" in first and "sticky: false" in second
    assert 'nr-notes(("a note",))' in body
