"""A failed, interrupted or refused build never costs the user the last good report."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import copy_project, run_cli

pytestmark = pytest.mark.slow
EDITION = "as-of-2021"


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("reliable") / "project")
    result = run_cli("build", EDITION, root=root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    folder = root / "reports" / EDITION
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def failing_notebook(path: Path, source: str = "ratio = 1 / 0") -> None:
    cells = [
        {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": "as_of = None", "outputs": [],
         "execution_count": None, "id": "p"},
        {"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None,
         "id": "x"},
    ]
    notebook = {"cells": cells, "metadata": {"kernelspec": {"name": "nevreport", "display_name": "nevreport",
                                                            "language": "python"}},
                "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(notebook), encoding="utf-8")


def test_a_failing_notebook_names_set_notebook_and_cell_and_keeps_the_report(good):
    before = snapshot(good)
    bad = good / "notebooks" / "01a_check.ipynb"
    failing_notebook(bad)
    try:
        result = run_cli("build", EDITION, "--force", root=good)
    finally:
        bad.unlink()
    assert result.returncode == 1
    assert f"[{EDITION}] notebooks/01a_check.ipynb failed in cell 2" in result.stderr
    assert "ZeroDivisionError" in result.stderr and "Traceback" not in result.stderr
    kept = good / "reports" / ".failed" / EDITION / "01a_check.ipynb"
    assert kept.exists() and str(kept) in result.stderr
    assert snapshot(good) == before


def test_a_notebook_does_not_see_the_variables_of_the_one_before(good):
    # The edition's notebooks run in one kernel, but each as if alone: what one defines, the next cannot use.
    before = snapshot(good)
    defines, uses = good / "notebooks" / "01a_define.ipynb", good / "notebooks" / "01b_use.ipynb"
    failing_notebook(defines, "leaked = 1")
    failing_notebook(uses, "print(leaked)")
    try:
        result = run_cli("build", EDITION, "--force", root=good)
    finally:
        defines.unlink()
        uses.unlink()
    assert result.returncode == 1
    assert f"[{EDITION}] notebooks/01b_use.ipynb failed in cell 2" in result.stderr
    assert "NameError" in result.stderr and "leaked" in result.stderr
    assert snapshot(good) == before


def test_bad_data_is_refused_and_the_report_kept(good):
    before = snapshot(good)
    figures = good / "data" / "figures.csv"
    original = figures.read_text(encoding="utf-8")
    figures.write_text(original.replace("1200000", "1300000", 1), encoding="utf-8")
    try:
        result = run_cli("build", EDITION, "--force", root=good)
    finally:
        figures.write_text(original, encoding="utf-8")
    assert result.returncode == 1
    assert "figures.csv" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(good) == before


def test_an_interrupted_build_leaves_the_last_report_and_recovers(good):
    before = snapshot(good)
    env = dict(os.environ, NEVREPORT_ROOT=str(good))
    process = subprocess.Popen([sys.executable, "-m", "nevreport", "build", EDITION, "--force"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    for line in process.stdout:
        if f"[{EDITION}] executing notebooks/" in line or time.monotonic() > deadline:
            break
    time.sleep(1)  # inside the notebooks' execution
    assert process.poll() is None, "the build ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert snapshot(good) == before
    result = run_cli("build", EDITION, root=good)
    assert result.returncode == 0, result.stderr
    staging = good / "reports" / ".tmp"
    assert not staging.exists() or not any(staging.iterdir())


def test_a_missing_typesetter_is_named_before_any_notebook_runs(project_copy, tmp_path):
    # A stand-in for the `typst` package on a platform it has no wheel for.
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / "typst.py").write_text("raise ImportError('no typst wheel for this platform')\n")
    env = dict(os.environ, NEVREPORT_ROOT=str(project_copy), PYTHONPATH=str(fake))
    result = subprocess.run([sys.executable, "-m", "nevreport", "build", EDITION], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 1
    assert "the PDF typesetter (the `typst` Python package) cannot be loaded" in result.stderr
    assert "pip install typst" in result.stderr
    assert "Traceback" not in result.stderr and "executing" not in result.stdout
