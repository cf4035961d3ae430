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

from tests.conftest import cli, layout_of, run_cli

pytestmark = pytest.mark.slow
EDITION = "as-of-2021"


@pytest.fixture
def good(copy_built) -> Path:
    """A project whose reports are built and good: a copy of the shared build."""
    return copy_built


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
    # Named to run first, so the build fails in its first notebook rather than after the others' work.
    failing_notebook(good / "notebooks" / "00_check.ipynb")
    result = run_cli("build", EDITION, "--force", root=good)
    assert result.returncode == 1
    assert f"[{EDITION}] notebooks/00_check.ipynb failed in cell 2 (ratio = 1 / 0)" in result.stderr
    assert "ZeroDivisionError" in result.stderr and "Traceback" not in result.stderr
    kept = good / "reports" / ".failed" / EDITION / "00_check.ipynb"
    assert kept.exists() and str(kept) in result.stderr
    assert snapshot(good) == before
    assert list((good / "reports" / ".tmp").iterdir()) == []  # the failed build cleared its work in progress


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
    assert original.count("1200000") == 1  # Shanghai's goal, stated as "1.2 million"
    figures.write_text(original.replace("1200000", "1300000"), encoding="utf-8")
    result = cli("build", EDITION, "--force", root=good)  # stops before any kernel starts
    assert result.returncode == 1
    assert "data/figures.csv:" in result.stderr and "[shanghai_nev_production_target_2025]" in result.stderr
    assert "no report was published" in result.stderr
    assert snapshot(good) == before


def test_an_interrupted_build_leaves_the_last_report_and_recovers(good):
    before = snapshot(good)
    env = dict(os.environ, NEVREPORT_ROOT=str(good))
    process = subprocess.Popen([sys.executable, "-m", "nevreport", "build", EDITION, "--force"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    seen = []
    deadline = time.monotonic() + 300
    for line in process.stdout:  # kill it (and its kernel) as soon as it executes a notebook
        seen.append(line)
        if f"[{EDITION}] executing notebooks/" in line or time.monotonic() > deadline:
            break
    time.sleep(1)  # inside the notebooks' execution
    assert process.poll() is None, "the build ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL, "".join(seen)  # interrupted, not finished or failed on its own
    assert "executing notebooks/" in seen[-1], "".join(seen)
    staging = good / "reports" / ".tmp"
    assert [p.name for p in staging.iterdir()] == [f"{EDITION}.build-{process.pid}"]  # its work in progress
    assert snapshot(good) == before

    result = cli("build", EDITION, root=good)  # the report is up to date: no kernel is needed to recover
    assert result.returncode == 0, result.stderr
    assert f"[{EDITION}] up to date" in result.stdout
    assert list(staging.iterdir()) == []
    assert snapshot(good) == before


def test_a_missing_typesetter_is_named_before_any_notebook_runs(project_copy, monkeypatch):
    monkeypatch.setitem(sys.modules, "typst", None)  # `import typst` fails, as on a platform with no wheel for it
    result = cli("build", EDITION, root=project_copy)  # fails the test if it starts a kernel
    assert result.returncode == 1
    assert "the PDF typesetter (the `typst` Python package) cannot be loaded" in result.stderr
    assert "pip install typst" in result.stderr
    assert "executing" not in result.stdout and not (project_copy / "reports" / EDITION).exists()


def test_a_build_interrupted_while_publishing_gets_its_last_report_back(tmp_path):
    from nevreport.publish.reportfiles import recover_interrupted

    layout = layout_of(tmp_path)
    # Killed between moving the old report aside and moving the new one in: no report in its place.
    aside = layout.reports_dir / ".tmp" / f"{EDITION}.old-4242"
    aside.mkdir(parents=True)
    (aside / "report.html").write_text("last good", encoding="utf-8")
    (layout.reports_dir / ".tmp" / "latest.build-4242").mkdir()
    recover_interrupted(layout)
    assert (layout.reports_dir / EDITION / "report.html").read_text(encoding="utf-8") == "last good"
    assert list((layout.reports_dir / ".tmp").iterdir()) == []


def _stop_abruptly(*args: object) -> None:
    os._exit(9)  # as a worker the kernel's out-of-memory killer stops


def test_a_build_worker_stopped_from_outside_is_named_without_a_traceback(good, monkeypatch, capsys):
    from nevreport.publish import build

    before = snapshot(good)
    monkeypatch.setattr(build, "ensure_kernel", lambda: None)
    monkeypatch.setattr(build, "start_worker", lambda *args: None)
    monkeypatch.setattr(build, "_build_one_safely", _stop_abruptly)
    assert build.build_reports(None, force=True, jobs=2, layout=layout_of(good)) == 1
    err = capsys.readouterr().err
    assert "a build process stopped abruptly" in err and "--jobs 1" in err and "Traceback" not in err
    assert snapshot(good) == before


def test_a_build_worker_stopped_before_every_edition_is_handed_out_is_named_too(good, monkeypatch, capsys):
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from nevreport.publish import build

    handed_out = []
    original = ProcessPoolExecutor.submit

    def submit(self, fn, *args, **kwargs):  # the pool breaks once the first edition is handed out
        handed_out.append(args[0])
        if len(handed_out) > 1:
            raise BrokenProcessPool("A child process terminated abruptly")
        return original(self, fn, *args, **kwargs)

    before = snapshot(good)
    monkeypatch.setattr(build, "ensure_kernel", lambda: None)
    monkeypatch.setattr(build, "start_worker", lambda *args: None)
    monkeypatch.setattr(build, "_build_one_safely", _stop_abruptly)
    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    assert build.build_reports(None, force=True, jobs=2, layout=layout_of(good)) == 1
    err = capsys.readouterr().err
    assert "a build process stopped abruptly" in err and "Traceback" not in err
    assert snapshot(good) == before
