"""Notebooks are stored without outputs and have exactly one cell tagged `parameters`."""

from __future__ import annotations

import json

import pytest

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert [nb.name for nb in NOTEBOOKS][:2] == ["01_prepare.ipynb", "02_report.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    dirty = [i for i, c in enumerate(cells) if c["cell_type"] == "code" and (c["outputs"] or c["execution_count"])]
    assert dirty == [], f"{path.name}: clear the outputs of cells {dirty} before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell_with_every_schema_key(path):
    from nevreport.params import SCHEMA

    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    source = "".join(tagged[0]["source"])
    for key in [*SCHEMA, "parameter_set", "output_dir"]:
        assert f"\n{key} =" in f"\n{source}", f"{path.name}: parameter {key} has no default"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_run_on_the_project_kernel(path):
    meta = json.loads(path.read_text(encoding="utf-8"))["metadata"]
    assert meta["kernelspec"]["name"] == "nevreport"


def test_notebooks_define_no_functions():
    """Logic belongs in the package; a `def` in a notebook is a sign it should move."""
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            assert "def " not in "".join(cell["source"]), path.name
