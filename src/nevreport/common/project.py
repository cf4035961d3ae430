"""Which project folder a command works on, and a refusal when the installed package belongs to another one.

A project folder copied or moved with its `.venv/` (`cp -a`) keeps an environment whose programs and editable
install still lead to the original folder, so `nevreport` there would read and write the original's data and
reports. Run from inside a project folder that is not the one the package comes from, the command says so
instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from nevreport.common import config
from nevreport.common.errors import UserError


def enclosing_project(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds a nevreport project (pyproject.toml and the package)."""
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "src" / "nevreport").is_dir():
            return folder
    return None


def check_working_folder(cwd: Path | None = None) -> None:
    """Refuse to run when the current folder belongs to a project other than the one this package works on.

    NEVREPORT_ROOT, set on purpose, names the folder to work on and is always obeyed.
    """
    if os.environ.get("NEVREPORT_ROOT"):
        return
    try:
        here = Path(cwd or Path.cwd()).resolve()
    except OSError:  # the current folder was deleted: nothing to compare with
        return
    project = enclosing_project(here)
    if project is None or project.resolve() == config.ROOT:
        return
    raise UserError(
        f"you are in the project folder {project}, but this nevreport is installed from {config.ROOT} and would "
        f"read and write that folder's data and reports, not this one's (the folder was copied or moved together "
        f"with its .venv/). Fix: run `make install` (or any make target) in {project}, which makes a new .venv/ "
        "for it; or set NEVREPORT_ROOT to the folder to work on; nothing was read or changed")
