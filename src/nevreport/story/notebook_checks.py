"""Checks on the stored notebooks, run by the build before any kernel starts and by `make lint`.

* Notebooks are stored without outputs (they belong in reports/, not in git), and in the one form a save from
  JupyterLab gives them (`stored_form`): the project's kernel, no kernel details, no trailing empty cell, and
  in a chapter every code cell collapsed, so a chapter opens reading like the report. Opening and saving a
  notebook then changes nothing in git; only what the writer changed does.
* Only notebooks named like `20_exports.ipynb` (a number, an underscore, lower-case words) are the report's;
  `Untitled.ipynb` or `scratch.ipynb` in the same folder are ignored by the build.
* No number is typed into prose: every digit a reader sees in a Markdown cell, a `%%prose` cell or a prose
  string (a string literal with a space in it, such as a chart title) must come from data through a
  placeholder. Allowed are years (1900-2099) and ordinals ("7th"), and anything inside `code spans`;
  the parameters cell is exempt (its values are parameters, not prose).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from nevreport.common.errors import Problem
from nevreport.story.blocks import typed_numbers
from nevreport.story.notebook_set import CHAPTERS_FROM, NAME_RULE

# A notebook of the report: a number (a letter may follow it), an underscore, lower-case words. Below
# CHAPTERS_FROM it prepares the data, from it on it is a chapter. Any other name (Untitled.ipynb, a copy such
# as 20_exports-Copy1.ipynb) is the writer's own.
NOTEBOOK_NAME = NAME_RULE
KERNELSPEC = {"display_name": "Python (nevreport)", "language": "python", "name": "nevreport"}
# Cell metadata that JupyterLab writes about a session, not about the chapter: run times, scrolled or
# collapsed outputs (there are no outputs in git).
_SESSION_CELL_KEYS = ("execution", "scrolled", "collapsed", "ExecuteTime")


def is_report_notebook(name: str) -> bool:
    return NOTEBOOK_NAME.match(name) is not None


def is_chapter(name: str) -> bool:
    found = NOTEBOOK_NAME.match(name)
    return found is not None and int(found.group(1)) >= CHAPTERS_FROM


def report_notebooks(folder: Path) -> list[Path]:
    """The report's notebooks of a folder in the order they run; other .ipynb files are not the report's."""
    return sorted(p for p in Path(folder).glob("*.ipynb") if is_report_notebook(p.name))


def stored_form(nb: dict, chapter: bool) -> dict:
    """The notebook as it is kept in git (changed in place and returned).

    No outputs or execution counts; the project's kernel and no kernel details (a version would change with
    every machine); no empty cell at the end (Shift+Enter on the last cell adds one); no session metadata; in
    a chapter every code cell collapsed (the parameters, the setup and the prose sources: the chapter reads
    like the report, and a cell expanded to edit it is stored collapsed again).
    """
    cells = nb.setdefault("cells", [])
    while cells and not _text(cells[-1]).strip() and not cells[-1].get("metadata", {}).get("tags"):
        cells.pop()
    for cell in cells:
        metadata = cell.setdefault("metadata", {})
        for key in _SESSION_CELL_KEYS:
            metadata.pop(key, None)
        jupyter = metadata.pop("jupyter", {})
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            if chapter:
                jupyter["source_hidden"] = True
        jupyter.pop("outputs_hidden", None)
        jupyter = {key: value for key, value in jupyter.items() if value}  # expanded is the default
        if jupyter:
            metadata["jupyter"] = jupyter
    meta = nb.setdefault("metadata", {})
    meta["kernelspec"] = dict(KERNELSPEC)
    meta["language_info"] = {"name": "python"}
    for key in ("widgets", "toc-autonumbering", "vscode", "papermill"):
        meta.pop(key, None)
    return nb


def _text(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def not_in_stored_form(path: Path) -> list[Problem]:
    """A report notebook that a save from JupyterLab would change (kernel details, an expanded cell, ...)."""
    try:
        text = path.read_text(encoding="utf-8")
        nb = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []  # named by the notebook set's checks (nevreport.story.notebook_set), not twice
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        return []
    if dumps(stored_form(nb, is_chapter(path.name))) == text:
        return []
    return [Problem(_shown(path), None, "", "not in the form git keeps (kernel details, an expanded code cell, "
                    "an empty last cell or outputs)", "save it from `make lab`, or run "
                    "`.venv/bin/python scripts/check_notebooks.py --fix notebooks`")]


def dumps(nb: dict) -> str:
    """A notebook's file text exactly as Jupyter writes it (nbformat: sorted keys, one-space indent)."""
    import nbformat

    return nbformat.writes(nbformat.from_dict(nb), version=nbformat.NO_CONVERT) + "\n"


def write_stored_form(path: Path) -> bool:
    """Rewrite a report notebook in its stored form; True when that changed it."""
    text = path.read_text(encoding="utf-8")
    stored = dumps(stored_form(json.loads(text), is_chapter(path.name)))
    if stored != text:
        path.write_text(stored, encoding="utf-8")
    return stored != text


def _cells(path: Path) -> list[dict]:
    """The cells of a notebook; none when it does not read (notebook_set_problems names that)."""
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    cells = nb.get("cells", []) if isinstance(nb, dict) else []
    return [c for c in cells if isinstance(c, dict)] if isinstance(cells, list) else []


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _shown(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def stored_outputs(path: Path) -> list[Problem]:
    dirty = [i + 1 for i, c in enumerate(_cells(path))
             if c.get("cell_type") == "code" and (c.get("outputs") or c.get("execution_count"))]
    if not dirty:
        return []
    return [Problem(_shown(path), None, "", f"cells {', '.join(map(str, dirty))} carry outputs",
                    "clear outputs (Edit > Clear Outputs of All Cells) and save; make lab saves without outputs")]


def _prose_strings(code: str) -> list[str]:
    """String literals of a code cell that read as prose (they hold a space), e.g. chart titles and captions."""
    lines = [line for line in code.splitlines() if not line.lstrip().startswith(("%", "!"))]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return []
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip()]


def typed_digits(path: Path) -> list[Problem]:
    problems = []
    for number, cell in enumerate(_cells(path), start=1):
        source = _source(cell)
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.get("cell_type") == "markdown":
            texts = [source]
        elif source.startswith("%%prose"):
            first, _, body = source.partition("\n")
            texts = [body, first.split("--when")[0]]  # the text of --empty is prose too
        elif cell.get("cell_type") == "code":
            texts = _prose_strings(source)
        else:
            continue
        found = [n for text in texts for n in typed_numbers(text)]
        if found:
            problems.append(Problem(_shown(path), None, f"cell {number}",
                                    f"number(s) typed into prose: {', '.join(found[:5])}",
                                    "name the figure, supplementary figure or indicator instead, e.g. "
                                    "{china_nev_sales_2023}; years and ordinals may be typed"))
    return problems


# What File > New and File > Duplicate name a notebook: the writer's scratch, which git ignores.
SCRATCH_NAME = re.compile(r"^Untitled.*\.ipynb$|-Copy\d*\.ipynb$")


def check_notebooks(folder: Path, outputs: bool = True) -> list[Problem]:
    """Every problem of the notebooks in a folder, one line each.

    `outputs` (`make lint`): every notebook kept in git (all but the writer's scratch, Untitled.ipynb and
    copies), also how it is stored. Without it (the build): the report's notebooks, their prose only.
    """
    from nevreport.story.notebook_set import notebook_set_problems

    problems = notebook_set_problems(Path(folder))
    every = [p for p in sorted(Path(folder).glob("*.ipynb")) if not SCRATCH_NAME.search(p.name)]
    for path in every if outputs else report_notebooks(folder):
        stored = stored_outputs(path) + not_in_stored_form(path) if outputs else []
        problems += stored[:1] + typed_digits(path)
    return problems


_DOLLAR_PAIR = re.compile(r"\$[^$<]*\$")


def math_problems(nb) -> list[str]:
    """Outputs that JupyterLab would typeset as mathematics: two dollar signs outside a no-math container.

    Every output of the package sits in a container with the class `tex2jax_ignore`; other outputs (a
    DataFrame of amounts, say) must not carry a pair of dollar signs either.
    """
    found = []
    for number, cell in enumerate(nb.get("cells", []), start=1):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/latex" in data:
                found.append(f"cell {number}: a text/latex output")
            markup = data.get("text/html", "")
            markup = "".join(markup) if isinstance(markup, list) else markup
            if _DOLLAR_PAIR.search(markup) and "tex2jax_ignore" not in markup:
                found.append(f"cell {number}: dollar signs that JupyterLab would typeset as mathematics")
            text = data.get("text/markdown", "")
            if _DOLLAR_PAIR.search("".join(text) if isinstance(text, list) else text):
                found.append(f"cell {number}: dollar signs in Markdown output")
    return found
