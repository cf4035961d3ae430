"""Which notebooks make the report, in which order, and what each must hold before any kernel starts.

A notebook belongs to the report when its name starts with a number: `NN_name.ipynb`, the number (perhaps with
one letter: `01a_`, `01b_` run in turn) then an underscore, lower-case letters, digits and underscores. They run
by that number (so `100_x` comes after `20_y`); numbers below CHAPTERS_FROM prepare the data and the others are
the chapters. A name that starts with a number but does not
fit (`20_exports-Copy1.ipynb`, the copy JupyterLab makes) is refused rather than run as a second chapter, and so
is a number used twice. Each of these notebooks must be valid JSON and have a cell tagged `parameters`: papermill
puts the edition's values after it, and without it the notebook's own defaults would win, so an early edition
would show later material.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from nevreport.common.errors import Problem

CHAPTERS_FROM = 10
NAME_RULE = re.compile(r"^(\d+)([a-z]?)_[a-z0-9_]+\.ipynb$")  # 20_exports.ipynb; 01a_, 01b_ run in turn


def _shown(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def numbered(notebooks_dir: Path) -> list[Path]:
    """The notebooks whose names start with a digit (meant for the report), whatever else their name holds."""
    return [p for p in Path(notebooks_dir).glob("*.ipynb") if p.name[:1].isdigit()]


def notebook_order(notebooks_dir: Path) -> tuple[list[Path], list[Path]]:
    """(preparation notebooks, chapter notebooks) that fit the name rule, each in the order they run."""
    fitting = [(int(m.group(1)), m.group(2), p.name, p) for p in numbered(notebooks_dir)
               if (m := NAME_RULE.match(p.name))]
    ordered = [p for *_, p in sorted(fitting)]
    prepare = [p for number, _, _, p in sorted(fitting) if number < CHAPTERS_FROM]
    return prepare, [p for p in ordered if p not in prepare]


def _read(path: Path) -> tuple[dict | None, Problem | None]:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        return None, Problem(_shown(path), None, "", f"is not UTF-8 text (byte {exc.start})",
                             "restore it from git (git checkout -- FILE) or save it again from JupyterLab")
    except json.JSONDecodeError as exc:
        return None, Problem(_shown(path), exc.lineno, "", f"is not a valid notebook: {exc.msg} at line "
                             f"{exc.lineno}, column {exc.colno}",
                             "restore it from git (git checkout -- FILE) or open it in JupyterLab and save it again")
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        return None, Problem(_shown(path), None, "", "is not a notebook (no list of cells)",
                             "restore it from git (git checkout -- FILE)")
    return nb, None


def notebook_set_problems(notebooks_dir: Path) -> list[Problem]:
    """Names that do not fit the rule, numbers used twice, notebooks that do not read or lack a parameters cell."""
    problems: list[Problem] = []
    by_number: dict[str, list[str]] = {}
    for path in sorted(numbered(notebooks_dir)):
        m = NAME_RULE.match(path.name)
        if not m:
            problems.append(Problem(
                _shown(path), None, "", "the name does not fit the rule NN_name.ipynb (a number, perhaps one "
                "lower-case letter, an underscore, then lower-case letters, digits and underscores), so it is not "
                "run (a copy such as '20_exports-Copy1.ipynb' would put a chapter in twice)",
                "rename it to a free number (e.g. 25_exports_draft.ipynb), or delete it or move it out of notebooks/"))
            continue
        by_number.setdefault(f"{int(m.group(1))}{m.group(2)}", []).append(path.name)
        nb, problem = _read(path)
        if problem or nb is None:
            problems.extend([problem] if problem else [])
            continue
        tagged = [i for i, cell in enumerate(nb["cells"], start=1)
                  if isinstance(cell, dict) and "parameters" in (cell.get("metadata") or {}).get("tags", [])]
        if not tagged:
            problems.append(Problem(
                _shown(path), None, "", "no cell is tagged 'parameters', so the edition's values would not replace "
                "the notebook's own (an early edition would show later material)",
                "tag the first cell, the one that sets `edition`, with 'parameters' (JupyterLab: select it, then "
                "the property inspector's Cell Tags, or View > Show Right Sidebar)"))
    for number, names in sorted(by_number.items()):
        if len(names) > 1:
            problems.append(Problem(
                f"{Path(notebooks_dir).name}/", None, "", f"{' and '.join(names)} share the number {number}, so "
                "their order is not decided", "give each notebook its own number"))
    return problems
