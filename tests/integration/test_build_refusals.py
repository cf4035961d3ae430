"""Notebooks, prose, fingerprint, index and charts: each case ends in a clear refusal or a correct report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from nevreport.story.blocks import UnknownId, resolve
from nevreport.story.notebook_set import notebook_order
from tests.conftest import PARAMETER_SETS, cli, layout_of
from tests.edits import overwrite


def notebook(path: Path, tagged: bool = True) -> None:
    cell: dict = {"cell_type": "code", "execution_count": None, "id": "p", "outputs": [],
                  "source": "edition = 'latest'", "metadata": {"tags": ["parameters"]} if tagged else {}}
    path.write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))


def test_notebooks_run_by_their_number_not_their_name_as_text(tmp_path):
    for name in ("01_prepare.ipynb", "100_later.ipynb", "20_exports.ipynb", "9_early.ipynb"):
        notebook(tmp_path / name)
    prepare, chapters = notebook_order(tmp_path)
    assert [p.name for p in prepare] == ["01_prepare.ipynb", "9_early.ipynb"]
    assert [p.name for p in chapters] == ["20_exports.ipynb", "100_later.ipynb"]


def refused_build(root: Path, *words: str) -> str:
    result = cli("build", root=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def test_a_copied_chapter_is_refused_not_run_twice(project_copy):
    notebooks = project_copy / "notebooks"
    shutil.copyfile(notebooks / "20_exports.ipynb", notebooks / "20_exports-Copy1.ipynb")
    refused_build(project_copy, "notebooks/20_exports-Copy1.ipynb: the name does not fit the rule NN_name.ipynb",
                  "Fix: rename it")


def test_two_notebooks_with_one_number_are_refused(project_copy):
    notebooks = project_copy / "notebooks"
    shutil.copyfile(notebooks / "20_exports.ipynb", notebooks / "20_exports_draft.ipynb")
    refused_build(project_copy, "20_exports.ipynb and 20_exports_draft.ipynb share the number 20")


def test_a_chapter_without_its_parameters_tag_is_refused(project_copy):
    path = project_copy / "notebooks" / "30_market.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("tags", None)
    overwrite(path, json.dumps(nb).encode())
    refused_build(project_copy, "notebooks/30_market.ipynb: no cell is tagged 'parameters'")


def test_a_notebook_that_is_not_json_is_named_with_its_line(project_copy):
    path = project_copy / "notebooks" / "40_shanghai.ipynb"
    overwrite(path, path.read_bytes()[:-40])
    refused_build(project_copy, "notebooks/40_shanghai.ipynb", "is not a valid notebook", "line")
    result = cli("build", root=project_copy)  # and make lint's check names it too, without a traceback
    from nevreport.story.notebook_checks import check_notebooks
    assert any("40_shanghai.ipynb" in str(p) for p in check_notebooks(project_copy / "notebooks"))
    assert result.returncode == 1


@pytest.mark.parametrize("text, words", [
    ("Sales reached {china_nev_sales_2023:Period}.", "did you mean {china_nev_sales_2023:period}?"),
    ("Sales {china_nev_sales_2023}} high.", "'}' is not a placeholder"),
    ("Sales {china nev sales}.", "'{china nev sales}' is not a placeholder"),
    ("Sales {china_nev_sales_2023", "'{china_nev_sales_2023' is not a placeholder"),
])
def test_a_brace_left_in_prose_is_an_error(text, words):
    with pytest.raises(UnknownId) as caught:
        resolve(text, {"china_nev_sales_2023"})
    assert words in str(caught.value)


def test_braces_in_a_code_span_are_text():
    assert resolve("Write `{id:period}` for its period.", {"id"}) == resolve("Write {id:period}", {"id"})[:1]


@pytest.mark.parametrize("change", ["metrics", "publishers", "trailing_space"])
def test_every_table_the_report_reads_changes_the_fingerprint(project_copy, change):
    from nevreport.curate.params import discover
    from nevreport.publish.build import fingerprint

    layout = layout_of(project_copy)
    sets = discover(layout.params_dir)
    before = {ps.name: fingerprint(ps, layout) for ps in sets}
    data = project_copy / "data"
    if change == "metrics":
        path = data / "metrics.csv"
        overwrite(path, path.read_bytes().replace(b"NEV sales", b"NEV retail sales", 1))
    elif change == "publishers":
        path = data / "publishers.csv"
        overwrite(path, path.read_bytes() + b"Another Daily,another.example\n")
    else:  # a figure whose article name ends in a space: still its article's figure, and edited
        path = data / "figures.csv"
        text = path.read_text(encoding="utf-8").replace(
            "china_nev_sales_2023,003_4ffeeb5e3217f286.txt,", "china_nev_sales_2023,003_4ffeeb5e3217f286.txt ,")
        overwrite(path, text.encode())
        before = {ps.name: fingerprint(ps, layout) for ps in sets}
        overwrite(path, text.replace(",9500000,", ",9400000,").encode())
    after = {ps.name: fingerprint(ps, layout) for ps in sets}
    changed = [name for name in before if before[name] != after[name]]
    assert changed == (["as-of-2024", "latest"] if change == "trailing_space" else sorted(before))


def test_building_one_edition_keeps_every_edition_in_the_index(copy_built):
    index = copy_built / "reports" / "index.html"
    index.unlink()
    result = cli("build", "latest", root=copy_built)
    assert result.returncode == 0, result.stderr
    page = index.read_text(encoding="utf-8")
    for name in PARAMETER_SETS:
        assert f'href="{name}/report.html"' in page, name


def test_dollar_signs_in_a_chart_legend_are_text_not_mathematics():
    from nevreport.story import charts

    fig, ax = charts.new_figure("Trade", "US$ billion")
    ax.plot([2020, 2021], [1, 2], label="US$ value to US$ value")
    svg = charts.to_svg(fig)
    assert "US$ value to US$ value" in svg
