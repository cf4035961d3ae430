"""Shared fixtures: builds run in private copies of the project, so tests never touch reports/.

Building the reports is by far the slowest thing a test can do, so one build of every parameter set serves
every test that only reads what a normal build writes (`built`); beside it, one edition is built again from
scratch to show that a build is reproducible (`built_again`). Under pytest-xdist each worker is its own
process with its own session fixtures: the first worker to ask builds, under a file lock, into a folder all
workers of the run share; the others wait for it and read the same folder. A test that changes anything in
a build works on its own copy (`copy_built`); the shared build is checked unchanged when each worker ends.

`cli` runs the `nevreport` command in this process (no new Python, no second import of pandas); `run_cli`
starts it as a user does, for what only a real process shows (a build's kernels, an interrupted build).
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PARAMETER_SETS = sorted(path.stem for path in (ROOT / "params").glob("*.yaml"))
EDITION_AGAIN = "as-of-2021"  # the cheapest edition, built twice to show a build is reproducible


def copy_project(dest: Path) -> Path:
    """Copy what a build reads (data, notebooks, params, lockfile, citation file) into dest and return it."""
    for folder in ("data", "notebooks", "params"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copyfile(ROOT / "uv.lock", dest / "uv.lock")
    shutil.copyfile(ROOT / "CITATION.cff", dest / "CITATION.cff")
    return dest


def run_cli(*args: str, root: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run `python -m nevreport ...` in a new process, optionally against a copy of the project (NEVREPORT_ROOT)."""
    env = dict(os.environ)
    if root is not None:
        env["NEVREPORT_ROOT"] = str(root)
    return subprocess.run([sys.executable, "-m", "nevreport", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


@dataclass
class Ran:
    """What a command printed and returned, as subprocess.CompletedProcess has it."""

    returncode: int
    stdout: str
    stderr: str


def layout_of(root: Path):
    """Where a build in the project copy `root` reads and writes."""
    from nevreport.publish.layout import Layout

    return Layout(root=root, data_dir=root / "data", notebooks_dir=root / "notebooks", params_dir=root / "params",
                  reports_dir=root / "reports")


def cli(*args: str, root: Path | None = None) -> Ran:
    """Run `nevreport ARGS` in this process, exactly as the console script calls it, and capture its output.

    An exception the command does not turn into a message propagates and fails the test, as a traceback
    fails a user. `build` needs `root`, a copy of the project to work in, and must stop before any kernel
    starts (a build that runs notebooks belongs in `run_cli`): starting one fails the test.
    """
    from nevreport.cli import main

    assert args[0] != "build" or root is not None, "an in-process build needs root, a copy of the project"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err), building_in(root):
        code = main(list(args))
    return Ran(code, out.getvalue(), err.getvalue())


@contextmanager
def building_in(root: Path | None) -> Iterator[None]:
    """Point an in-process build at the project copy `root`, and refuse to start a kernel there."""
    from unittest import mock

    from nevreport.publish import build

    if root is None:
        yield
        return

    def no_kernel() -> None:
        raise AssertionError("the build went on to start a kernel; this test expected it to stop before")

    paths = {name: getattr(layout_of(root), name)
             for name in ("root", "data_dir", "notebooks_dir", "params_dir", "reports_dir")}
    with mock.patch.object(build, "Layout", functools.partial(build.Layout, **paths)), \
            mock.patch.object(build, "ensure_kernel", no_kernel):
        yield


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run test files with the most tests first (xdist's own rule), except the biggest one that reads the shared
    build, which goes first of all: one worker builds the reports while the others run the in-process tests, and
    the other files that read the build come when it is ready (pyproject.toml keeps xdist from reordering)."""
    files: dict[str, list[pytest.Item]] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)
    reading = [name for name, tests in files.items()
               if any("built" in getattr(test, "fixturenames", ()) for test in tests)]
    first = max(reading, key=lambda name: len(files[name]), default=None)
    order = sorted(files, key=lambda name: (name != first, -len(files[name])))
    items[:] = [test for name in order for test in files[name]]


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


# --- one build for the whole test run ----------------------------------------------------------------------

def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every worker of this test run shares (each xdist worker's own temporary folder is below it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextmanager
def exclusive(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on `lock` (an flock: released by the system however its holder ends)."""
    import fcntl

    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def once_per_run(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """`make(folder)` done once per test run, by the first worker that asks; every worker gets the folder.

    A failure is recorded, so the workers that ask after it fail with the same message instead of trying again.
    """
    shared = run_folder(tmp_path_factory)
    folder, done, failed = shared / name, shared / f"{name}.done", shared / f"{name}.failed"
    with exclusive(shared / f"{name}.lock"):
        if not done.exists() and not failed.exists():
            try:
                make(folder)
            except BaseException as exc:
                failed.write_text(f"{exc.__class__.__name__}: {exc}", encoding="utf-8")
                raise
            done.touch()
    if failed.exists():
        pytest.fail(f"{name} failed in another worker: {failed.read_text(encoding='utf-8')}", pytrace=False)
    return folder


def tree_digest(root: Path) -> dict[str, str]:
    """Every file below root with a hash of its content."""
    return {str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


def _build_everything(folder: Path) -> None:
    """Every parameter set in one copy of the project and, at the same time, the cheapest edition again from
    scratch in another: two builds that must give the same bytes (test_build.py compares them). Started
    together, the second build fills the moments the first spends waiting for its kernels."""
    builds = []
    for name, args in (("project", ["build"]), ("again", ["build", EDITION_AGAIN])):
        root = copy_project(folder / name)
        log = (folder / f"{name}.log").open("w", encoding="utf-8")
        builds.append((subprocess.Popen([sys.executable, "-m", "nevreport", *args], stdout=log,
                                        stderr=subprocess.STDOUT, text=True,
                                        env=dict(os.environ, NEVREPORT_ROOT=str(root))), log, name))
    for process, log, name in builds:
        returncode = process.wait(timeout=900)
        log.close()
        assert returncode == 0, (folder / f"{name}.log").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the project with every parameter set built, as `make report` leaves it. Read it; never change it."""
    root = once_per_run(tmp_path_factory, "built", _build_everything) / "project"
    before = tree_digest(root)
    yield root
    changed = sorted(name for name, digest in tree_digest(root).items() ^ before.items())
    assert not changed, f"a test changed the shared build (use copy_built): {changed[:5]}"


@pytest.fixture(scope="session")
def built_again(built: Path) -> Path:
    """A second copy of the project with EDITION_AGAIN built from scratch, by another build process."""
    return built.parent / "again"


@pytest.fixture
def copy_built(built: Path, tmp_path: Path) -> Path:
    """A private copy of the shared build (data, notebooks, params and reports) that a test may change."""
    dest = tmp_path / "project"
    shutil.copytree(built, dest, symlinks=True)
    return dest
    shutil.copytree(built, dest, symlinks=True)
    return dest


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """One worker more than there are cores: many tests wait on a build's kernels or a server, and the spare
    worker keeps every core busy meanwhile."""
    return (os.cpu_count() or 1) + 1
