"""The package layout: the stages import one another in their order only (a stage imports itself and the stages
before it), no module imports itself round a cycle, and README's map of the package names every module, the
stages in that order."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "nevreport"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}

# The data flows down this list: each part of the package imports only itself and the parts above it. The shared
# helpers know nothing of NEVs; pipeline.py is one run of ingest, curate and indicators, which story and publish
# start from; the dictionary, the notebook extension and the command are the ways in.
ORDER = ["common", "ingest", "curate", "indicators", "pipeline", "story", "publish",
         "dictionary", "notebook", "labserver", "cli", "__main__", "nevreport"]
STAGES = ["ingest", "curate", "indicators", "story", "publish"]  # the numbered stage folders, 1 to 5


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


def part_of(module: str) -> str:
    """The part of the package a module belongs to: its folder, or its own name at the top."""
    return module.split(".")[1] if "." in module else module


def out_of_order(graph: dict[str, set[str]], order: list[str]) -> list[str]:
    """Each import of a part that comes later in `order` than the importing module's own part."""
    rank = {part: position for position, part in enumerate(order)}
    return [f"{name} imports {other} ({part_of(other)} comes after {part_of(name)})"
            for name, imports in sorted(graph.items()) for other in sorted(imports)
            if rank[part_of(other)] > rank[part_of(name)]]


def test_every_part_of_the_package_has_its_place_in_the_order():
    assert {part_of(name) for name in MODULES} - set(ORDER) == set(), "add the new folder or module to ORDER"


def test_the_stages_import_only_the_stages_before_them():
    found = out_of_order(import_graph(MODULES), ORDER)
    assert found == [], "imports against the data flow: " + "; ".join(found)


def test_the_order_check_finds_a_stage_importing_a_later_one():
    modules = {"nevreport.common.a", "nevreport.curate.b", "nevreport.story.c"}
    graph = {"nevreport.common.a": set(),
             "nevreport.curate.b": imported(ast.parse("def f():\n    from nevreport.story.c import x\n"), modules),
             "nevreport.story.c": imported(ast.parse("from nevreport.common import a\n"), modules)}
    assert out_of_order(graph, ["common", "curate", "story"]) == [
        "nevreport.curate.b imports nevreport.story.c (story comes after curate)"]
    assert out_of_order({**graph, "nevreport.curate.b": set()}, ["common", "curate", "story"]) == []


def test_each_stage_folder_says_its_number_in_the_order():
    said = {stage: (PACKAGE / stage / "__init__.py").read_text(encoding="utf-8").split(",")[0] for stage in STAGES}
    assert said == {stage: f'"""Stage {number}' for number, stage in enumerate(STAGES, 1)}
    assert STAGES == [part for part in ORDER if part in STAGES]


def test_readme_maps_every_module_of_the_package():
    """README's layout section lists each module under its folder, so the map stays true as modules come and go."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"## Layout: the data flow\n(.*?)\n## ", readme, re.S)
    assert found, "README has no section '## Layout: the data flow'"
    section = found.group(1)
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
    folders = [m.group(1) for m in re.finditer(r"^(\w+)/ ", section, re.M) if m.group(1) in ORDER]
    assert folders == [part for part in ORDER if part in folders], "README lists the folders out of their order"


def test_no_tracked_text_file_holds_an_unresolved_merge() -> None:
    """A merge's conflict markers left in README or any tracked text would ship as the project's words."""
    import subprocess

    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    marker = re.compile(r"^(?:<{7} |>{7} |={7}$)", re.MULTILINE)
    left = [name for name in tracked if (ROOT / name).suffix in (".md", ".py", ".csv", ".yaml", ".toml", ".txt", ".cff")
            and (ROOT / name).is_file() and marker.search((ROOT / name).read_text(encoding="utf-8", errors="replace"))]
    assert left == []
