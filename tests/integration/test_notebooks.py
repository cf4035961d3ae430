"""The notebooks as stored (no outputs, one parameters cell, no typed numbers), as the build ran them for every
edition, and as an analyst runs them.

The build keeps every notebook it executed (reports/<set>/notebooks/), so what each cell showed is read from
the build the test run shares. The kernel tests do what JupyterLab does: start the project's kernel, run cells
in order with the notebooks' own default parameters, and look at what each cell shows.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil

import nbformat
import pytest

from nevreport.story.notebook_checks import check_notebooks, math_problems
from nevreport.story.notebook_set import CHAPTERS_FROM, notebook_order
from tests.conftest import PARAMETER_SETS, ROOT

PROGRESS = "shanghai_nev_target_progress"  # the chapters' progress to Shanghai's goal (their `shanghai`)
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
PREPARE, CHAPTERS = notebook_order(ROOT / "notebooks")


def parameters(path) -> dict:
    """The default values of a notebook's parameters cell (what a notebook runs with when opened in JupyterLab)."""
    cell = next(c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.metadata.get("tags", []))
    values: dict = {}
    exec(cell.source, {}, values)  # noqa: S102 - the project's own notebook
    return values


def test_the_chapters_follow_the_preparation_in_the_documented_order():
    assert [p.name for p in PREPARE] == ["01_prepare.ipynb"]
    names = [p.name for p in CHAPTERS]
    assert names[0] == "10_findings.ipynb" and names[-1] == "90_appendix.ipynb"
    assert all(int(n.split("_")[0]) >= CHAPTERS_FROM for n in names)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(n in readme for n in names), "README lists the chapters in their order"


def test_stored_notebooks_pass_the_checks():
    assert [str(p) for p in check_notebooks(ROOT / "notebooks")] == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell_holding_only_the_editions_name(path):
    """Every other value (as-of date, goal, title) comes from params/<edition>.yaml, never a copy of it."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    assert parameters(path) == {"edition": "latest"}
    assert "as_of" not in "".join(tagged[0]["source"]) and "2026" not in "".join(tagged[0]["source"])


def test_every_notebook_explores_the_latest_edition_from_its_parameter_file():
    """Opened in JupyterLab, a notebook runs the edition params/latest.yaml describes, whose date is the newest
    publication in the data (no as_of pinned anywhere)."""
    from nevreport.curate.params import load_parameter_set, newest_publication

    latest = load_parameter_set(ROOT / "params" / "latest.yaml")
    assert not re.search(r"^as_of:", (ROOT / "params" / "latest.yaml").read_text(encoding="utf-8"), re.M)
    assert latest.follows_data and latest.values["as_of"] == newest_publication(ROOT / "data")
    assert {parameters(path)["edition"] for path in NOTEBOOKS} == {"latest"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_run_on_the_project_kernel(path):
    meta = json.loads(path.read_text(encoding="utf-8"))["metadata"]
    assert meta["kernelspec"]["name"] == "nevreport"


def test_notebooks_define_no_functions():
    """Logic belongs in the package; a `def` in a notebook is a sign it should move."""
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            assert "def " not in "".join(cell["source"]), path.name


def test_no_story_text_is_left_in_the_package():
    """The sentences live in the notebooks: none of their prose appears in the package."""
    sentences = [line.strip()[:50] for path in CHAPTERS for cell in nbformat.read(path, as_version=4).cells
                 if cell.cell_type == "markdown" or cell.source.startswith("%%prose")
                 for line in cell.source.splitlines()[1 if cell.source.startswith("%%") else 0:]
                 if len(line.strip()) > 50]
    assert len(sentences) > 20
    package = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "nevreport").rglob("*.py"))
    assert [s for s in sentences if s in package] == []


# --- as the build ran them, for every edition -------------------------------------------------------------

@pytest.fixture(scope="module")
def executed(built) -> dict[str, dict[str, nbformat.NotebookNode]]:
    """Every notebook as the shared build executed it, by edition and notebook name."""
    return {name: {path.name: nbformat.read(built / "reports" / name / "notebooks" / path.name, as_version=4)
                   for path in NOTEBOOKS}
            for name in PARAMETER_SETS}


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_each_notebook_runs_top_to_bottom_without_errors_or_noise(executed, name):
    for edition, notebooks in executed.items():
        cells = [c for c in notebooks[name].cells if c.cell_type == "code"]
        assert cells and all(c.execution_count for c in cells), f"{edition}/{name}: every code cell ran"
        for number, cell in enumerate(notebooks[name].cells, start=1):
            for output in cell.get("outputs", []):
                where = f"{edition}/{name} cell {number}"
                assert output.output_type != "error", f"{where}: {output.get('evalue')}"
                assert output.output_type != "stream" or output.name != "stderr", f"{where}: {output.text}"


@functools.cache
def report_of(built, edition: str):
    """What the edition's notebooks loaded: its data by its as-of date, with the indicators its build wrote."""
    from nevreport.curate.params import load_parameter_set
    from nevreport.story.report import Report

    values = load_parameter_set(built / "params" / f"{edition}.yaml").values
    return Report.load(values["as_of"], built / "reports" / edition, data_dir=built / "data",
                       target_units=values.get("target_units"), target_year=values.get("target_year"))


def shows(cell) -> bool:
    return any("text/html" in o.get("data", {}) for o in cell.get("outputs", []))


def when(cell) -> str | None:
    """The --when expression of a %%prose cell, None when it has none."""
    first = cell.source.splitlines()[0]
    return first.split("--when", 1)[1].strip() if "--when" in first else None


@pytest.mark.parametrize("name", [p.name for p in CHAPTERS])
def test_each_chapter_shows_its_story(executed, built, name):
    """Every paragraph shows where the data allows it: always with --empty, when its --when holds, and in the
    latest edition, which knows everything, each one without --when."""
    for edition, notebooks in executed.items():
        nb = notebooks[name]
        prose = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("%%prose")]
        for cell in prose:
            # an edition keeps only the lines a prose cell showed: one that showed nothing is its first line alone
            where = f"{edition}/{name}: {(cell.source.splitlines()[1:] or [''])[0][:60]!r}"
            if when(cell) is not None:
                report = report_of(built, edition)
                try:
                    expected = eval(when(cell), {"report": report, "shanghai": report.goal_progress(PROGRESS)})  # noqa: S307
                except NameError:
                    continue  # a condition on another of the notebook's own variables (a table it shows, say)
                assert shows(cell) == bool(expected), f"{where} shows only when {when(cell)}"
            elif "--empty" in cell.source.splitlines()[0] or edition == "latest":
                assert shows(cell), f"{where} shows"
        assert math_problems(nb) == []
    assert any(shows(c) for c in executed["latest"][name].cells), f"{name} shows something"


def test_each_chart_shows_once(executed):
    charts = [o for notebooks in executed.values() for nb in notebooks.values() for c in nb.cells
              for o in c.get("outputs", []) if 'class="chart"' in o.get("data", {}).get("text/html", "")]
    assert len(charts) >= 4 * len(PARAMETER_SETS)
    for output in charts:
        html = output["data"]["text/html"]
        visible = re.findall(r"<svg (?![^>]*display: none)", html)
        assert len(visible) == 1


# --- run as in JupyterLab -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def kernel():
    from jupyter_client.manager import start_new_kernel

    os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")
    manager, client = start_new_kernel(kernel_name="nevreport", cwd=str(ROOT / "notebooks"),
                                       extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
    yield client
    client.stop_channels()
    manager.shutdown_kernel(now=True)


def run(client, code: str) -> list[dict]:
    """Execute code as a notebook cell does and return its outputs as nbformat dicts."""
    outputs: list[dict] = []

    def hook(msg):
        kind, content = msg["msg_type"], msg["content"]
        if kind in ("display_data", "execute_result"):
            outputs.append({"output_type": kind, "data": content["data"]})
        elif kind == "stream":
            outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
        elif kind == "error":
            outputs.append({"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                            "traceback": content["traceback"]})

    client.execute_interactive(code, output_hook=hook, timeout=120)
    return outputs


def test_a_chapter_runs_top_to_bottom_as_in_jupyterlab(kernel):
    """Run All on a chapter with its stored parameters: no papermill, no build folder, as an analyst explores."""
    run(kernel, "%reset -f")
    path = ROOT / "notebooks" / "20_exports.ipynb"
    nb = nbformat.read(path, as_version=4)
    outputs = [run(kernel, cell.source) for cell in nb.cells if cell.cell_type == "code"]
    flat = [o for cell in outputs for o in cell]
    assert [o for o in flat if o["output_type"] == "error" or o.get("name") == "stderr"] == []
    html = "".join(o.get("data", {}).get("text/html", "") for o in flat)
    assert 'class="prose"' in html and 'class="chart"' in html and '<table class="data' in html
    assert 'href="#fig-china_vehicle_exports_2022"' in html  # the numbers link to their quotes


def test_a_typo_in_prose_stops_the_cell_with_a_short_message(kernel):
    run(kernel, "%reset -f")
    setup = nbformat.read(CHAPTERS[1], as_version=4).cells[:2]
    for cell in setup:
        run(kernel, cell.source)
    outputs = run(kernel, "%%prose\nChina sold {china_nev_salez_2023} NEVs.")
    errors = [o for o in outputs if o["output_type"] == "error"]
    assert len(errors) == 1 and errors[0]["ename"] == "UnknownId"
    assert "{china_nev_salez_2023}" in errors[0]["evalue"] and "did you mean china_nev_sales_2023" in \
        errors[0]["evalue"]
    assert len(errors[0]["traceback"]) == 1  # the message, not a traceback


def test_an_ordinary_pyplot_chart_shows_as_vector_in_the_house_style(kernel):
    run(kernel, "%reset -f")
    run(kernel, "%load_ext nevreport.notebook")
    outputs = run(kernel, "import matplotlib.pyplot as plt\nplt.plot([1, 2], [3, 4])\nplt.show()")
    images = [o for o in outputs if "image/svg+xml" in o.get("data", {})]
    assert len(images) == 1
    from nevreport.story.charts import GRID

    assert GRID in images[0]["data"]["image/svg+xml"]  # the house style's grid, not matplotlib's default


def test_package_edits_are_picked_up_without_a_restart(kernel, tmp_path):
    module = tmp_path / "nr_probe.py"
    module.write_text("VALUE = 1\n")
    run(kernel, "%reset -f")
    run(kernel, f"%load_ext nevreport.notebook\nimport sys\nsys.path.insert(0, {str(tmp_path)!r})\nimport nr_probe")
    assert run(kernel, "nr_probe.VALUE")[0]["data"]["text/plain"] == "1"
    module.write_text("VALUE = 2\n")
    os.utime(module, (module.stat().st_atime + 5, module.stat().st_mtime + 5))
    shutil.rmtree(tmp_path / "__pycache__", ignore_errors=True)
    assert run(kernel, "nr_probe.VALUE")[0]["data"]["text/plain"] == "2"


def test_only_notebooks_named_like_chapters_are_the_reports(tmp_path):
    """File > New > Notebook saves Untitled.ipynb beside the chapters: the build neither runs nor checks it."""
    from nevreport.story.notebook_checks import report_notebooks

    for name in ["01_prepare.ipynb", "20_exports.ipynb", "Untitled.ipynb", "Untitled1.ipynb",
                 "scratch.ipynb"]:
        shutil.copy(ROOT / "notebooks" / "20_exports.ipynb", tmp_path / name)
    (tmp_path / "Untitled.ipynb").write_text('{"cells": [{"cell_type": "markdown", "source": "up 38 percent"}]}')
    prepare, chapters = notebook_order(tmp_path)
    assert [p.name for p in prepare] == ["01_prepare.ipynb"] and [p.name for p in chapters] == ["20_exports.ipynb"]
    assert [p.name for p in report_notebooks(tmp_path)] == ["01_prepare.ipynb", "20_exports.ipynb"]
    assert check_notebooks(tmp_path) == []


def test_a_chapter_not_in_the_stored_form_is_refused_and_fixed(tmp_path):
    from nevreport.story.notebook_checks import write_stored_form

    nb = json.loads((ROOT / "notebooks" / "30_market.ipynb").read_text(encoding="utf-8"))
    nb["metadata"]["language_info"]["version"] = "3.11.7"
    path = tmp_path / "30_market.ipynb"
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    problems = [str(p) for p in check_notebooks(tmp_path)]
    assert len(problems) == 1 and "not in the form git keeps" in problems[0] and "--fix" in problems[0]
    assert write_stored_form(path) and not write_stored_form(path)
    assert path.read_text(encoding="utf-8") == (ROOT / "notebooks" / "30_market.ipynb").read_text(encoding="utf-8")
