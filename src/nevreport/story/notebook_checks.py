"""Checks on the stored notebooks, run by the build before any kernel starts and by `make lint`.

* Notebooks are stored without outputs (they belong in reports/, not in git).
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


def check_notebooks(folder: Path, outputs: bool = True) -> list[Problem]:
    """Every problem of the notebooks in a folder, one line each."""
    from nevreport.story.notebook_set import notebook_set_problems

    problems = notebook_set_problems(Path(folder))
    for path in sorted(Path(folder).glob("*.ipynb")):
        problems += (stored_outputs(path) if outputs else []) + typed_digits(path)
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
