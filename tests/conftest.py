"""Shared fixtures: a private copy of the project to build in, so tests never touch reports/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def copy_project(dest: Path) -> Path:
    """Copy what a build reads (data, notebooks, params, lockfile) into dest and return it."""
    for folder in ("data", "notebooks", "params"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copyfile(ROOT / "uv.lock", dest / "uv.lock")
    return dest


def run_cli(*args: str, root: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run `python -m nevreport ...`, optionally against a copy of the project (NEVREPORT_ROOT)."""
    import os

    env = dict(os.environ)
    if root is not None:
        env["NEVREPORT_ROOT"] = str(root)
    return subprocess.run([sys.executable, "-m", "nevreport", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")
