"""The package layout: no module imports itself round a cycle, nor does a stage, the shared helpers know nothing
of the stages, and README's map of the package names every module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "src" / "nevreport"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(tree: ast.AST, modules: set[str]) -> set[str]:
    """The package's modules a module imports, at its top or inside a function alike."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            # `from nevreport.curate import load` imports the module nevreport.curate.load
            names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module
                     for alias in node.names]
        else:
            continue
        for name in names:
            while name and name not in modules:  # `import nevreport.story.report as r` -> that module
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    return {name: imported(ast.parse(path.read_text(encoding="utf-8")), set(modules)) - {name}
            for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan), each as one cycle through it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for after in sorted(graph[node]):
            if after not in index:
                visit(after)
                low[node] = min(low[node], low[after])
            elif after in stack:
                low[node] = min(low[node], index[after])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(_cycle_through(sorted(group), graph))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def _cycle_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A path from the group's first module back to itself, for the message."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for after in sorted(graph[node] & members):
            if after == start:
                return [*paths[node], start]
            if after not in paths:
                paths[after] = [*paths[node], after]
                queue.append(after)
    return group


def test_no_module_imports_itself_round_a_cycle():
    found = cycles(import_graph(MODULES))
    assert found == [], "import cycles: " + "; ".join(" -> ".join(cycle) for cycle in found)


def test_the_cycle_check_finds_a_cycle_hidden_inside_a_function():
    graph = {
        "a": imported(ast.parse("import b\n"), {"a", "b", "c"}),
        "b": imported(ast.parse("def f():\n    from c import x\n"), {"a", "b", "c"}),
        "c": imported(ast.parse("from a import y\n"), {"a", "b", "c"}),
    }
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({**graph, "c": set()}) == []


def test_the_stages_depend_on_each_other_one_way():
    """Folded into folders (common, ingest, curate, ...), the imports still form no cycle: the data flows one way."""
    stages: dict[str, set[str]] = {}
    for name, imports in import_graph(MODULES).items():
        stage = name.split(".")[1] if "." in name else name
        stages.setdefault(stage, set()).update(m.split(".")[1] if "." in m else m for m in imports)
    found = cycles({stage: imports - {stage} for stage, imports in stages.items()})
    assert found == [], "stages that import each other: " + "; ".join(" -> ".join(cycle) for cycle in found)


def test_the_shared_helpers_import_nothing_from_the_stages():
    graph = import_graph(MODULES)
    outside = {name: sorted(m for m in imports if not m.startswith("nevreport.common"))
               for name, imports in graph.items() if name.startswith("nevreport.common")}
    assert {name: found for name, found in outside.items() if found} == {}


def test_readme_maps_every_module_of_the_package():
    """README's layout section lists each module under its folder, so the map stays true as modules come and go."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"## Layout: the data flow\n(.*?)\n## ", readme, re.S).group(1)
    blocks = {"": section}  # folder -> the lines of the map under it (up to the next blank line)
    blocks |= {m.group(1): m.group(2) for m in re.finditer(r"^(\w+)/ .*\n((?:  .*\n)+)", section, re.M)}
    missing = []
    for path in MODULES.values():
        folder = path.parent.relative_to(PACKAGE).as_posix().replace(".", "")
        if path.name == "__init__.py" and folder:
            continue
        pattern = rf"^ *{re.escape(path.name)} " if folder else rf"^{re.escape(path.name)} "
        if not re.search(pattern, blocks.get(folder, ""), re.M):
            missing.append(path.relative_to(PACKAGE).as_posix())
    assert missing == [], f"README's layout section does not list {', '.join(missing)} under its folder"
