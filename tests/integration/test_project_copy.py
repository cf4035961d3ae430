"""A copy of the project folder works on its own files, or says why it cannot; bad command-line values are named."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from nevreport.common import config
from tests.conftest import ROOT, cli


def fake_copy(dest: Path) -> Path:
    """A folder that looks like a copy of the project (pyproject.toml and the package's folder)."""
    (dest / "src" / "nevreport").mkdir(parents=True)
    shutil.copyfile(ROOT / "pyproject.toml", dest / "pyproject.toml")
    (dest / "data").mkdir()
    return dest


@pytest.mark.parametrize("command", [["validate"], ["build"], ["coverage"]])
def test_a_command_run_in_a_copy_with_the_originals_package_refuses(tmp_path, monkeypatch, command):
    copy = fake_copy(tmp_path / "copy")
    monkeypatch.delenv("NEVREPORT_ROOT", raising=False)
    monkeypatch.chdir(copy / "data")
    result = cli(*command, root=copy if command == ["build"] else None)
    assert result.returncode == 1
    assert f"you are in the project folder {copy.resolve()}" in result.stderr
    assert f"installed from {config.ROOT}" in result.stderr and "Fix: run `make install`" in result.stderr


def test_outside_any_project_or_with_nevreport_root_the_command_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEVREPORT_ROOT", raising=False)
    assert cli("dictionary", "--check").returncode == 0
    copy = fake_copy(tmp_path / "copy")
    monkeypatch.chdir(copy)
    monkeypatch.setenv("NEVREPORT_ROOT", str(config.ROOT))
    assert cli("dictionary", "--check").returncode == 0


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_in_a_copy_with_the_originals_environment_makes_a_new_one(tmp_path):
    copy = tmp_path / "copy"
    (copy / ".venv" / "bin").mkdir(parents=True)
    (copy / ".tools" / "bin").mkdir(parents=True)
    for name in ("Makefile", "pyproject.toml", "uv.lock"):
        shutil.copyfile(ROOT / name, copy / name)
    (copy / ".tools" / "bin" / "uv").touch()
    # What cp -a copies: programs whose first line leads to the original folder's Python.
    (copy / ".venv" / "bin" / "nevreport").write_text(f"#!{ROOT}/.venv/bin/python\n")
    (copy / ".venv" / ".installed").touch()  # newer than pyproject.toml and uv.lock: "installed"
    planned = subprocess.run(["make", "-n", "install"], cwd=copy, capture_output=True, text=True, timeout=60)
    assert f".venv/ was made for {ROOT}, not for this folder" in planned.stdout
    assert "rm -rf .venv" in planned.stdout and "uv sync" in planned.stdout
    # made here: nothing to do
    (copy / ".venv" / "bin" / "nevreport").write_text(f"#!{copy}/.venv/bin/python\n")
    planned = subprocess.run(["make", "-n", "install"], cwd=copy, capture_output=True, text=True, timeout=60)
    assert "rm -rf" not in planned.stdout and "uv sync" not in planned.stdout


@pytest.mark.parametrize("jobs", ["-1", "x", "1.5"])
def test_a_bad_number_of_jobs_is_named(jobs, capsys):
    from nevreport.cli import main

    with pytest.raises(SystemExit) as ended:
        main(["build", "--jobs", jobs])
    assert ended.value.code == 2
    assert f"{jobs!r} is not a number of parallel builds" in capsys.readouterr().err
