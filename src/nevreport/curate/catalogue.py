"""The indicator catalogue (data/indicators.yaml): each indicator's formula, inputs, unit, period and section,
checked before anything is computed.

Every problem of the catalogue is named with its line and id: a missing or unknown field, a function that does
not exist or gets the wrong number of inputs, an input that names no figure, supplementary figure or earlier
indicator, a word outside its vocabulary. Inputs may also be `goal` (the goal the catalogue names, or a parameter
set's what-if in its place) and `latest:<metric>:<entity>` (the latest full-year supplementary figure).
"""

from __future__ import annotations

import difflib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.errors import Problem, UserError
from nevreport.common.formulas import EXTRA_ARGS, FUNCTIONS
from nevreport.common.inputs import excerpt
from nevreport.curate.schema import INDICATOR

# In the catalogue, years may be given as this word: the years from the latest actual to the goal's year.
YEARS_TO_GOAL = "to_goal_year"
LATEST = re.compile(r"^latest:(?P<metric>[a-z0-9_]+):(?P<entity>[^:]+)$")
GOAL = "goal"
# The functions each kind of check may use: a verdict is worded from their result.
_VERDICT_RULES = {
    "consistency": ("relative_gap_pct", "part_of_whole_pct"),
    "context": ("relative_gap_pct",),
    "forecast_check": ("forecast_error_pct", "forecast_error_abs", "outcome_vs_goal_pct"),
}


@dataclass(frozen=True)
class Entry:
    """One indicator as the catalogue defines it."""

    id: str
    label: str
    formula: str
    unit: str
    function: str
    inputs: tuple[str, ...]
    period: str
    section: str
    kind: str
    args: dict = field(default_factory=dict)
    tolerance_pct: float = 0.0
    note: str = ""
    index: bool = False  # a key indicator: reports/index.html sets it beside every edition
    line: int | None = None


@dataclass(frozen=True)
class Catalogue:
    goal: str  # figure id of the goal that `goal` inputs stand for
    entries: tuple[Entry, ...]

    @property
    def key_indicators(self) -> list[str]:
        """The indicators the index of editions shows, in catalogue order (those marked `index: true`)."""
        return [entry.id for entry in self.entries if entry.index]


PLACEHOLDER = re.compile(r"\{([^}]*)\}")  # in a period: {latest} or {goal}, the year an input gives


def _period_problem(period: str) -> str | None:
    """What is wrong with a catalogue period once {latest} and {goal} stand for a year, or None."""
    from nevreport.common.dates import period_bounds

    bare = re.sub(r"\{[^{}]*\}", "2000", period)  # an unknown {name} is named by the check below
    if "{" in bare or "}" in bare:
        return f"period '{excerpt(period)}' has a brace that is not part of {{latest}} or {{goal}}"
    try:
        period_bounds(bare)
    except ValueError as exc:
        return f"period '{excerpt(period)}' cannot be read: {exc}"
    return None


def _input_names(function: Callable) -> tuple[list[str], bool]:
    """The figure parameters of a function, and whether it takes any number of them."""
    names, variadic = [], False
    for p in inspect.signature(function).parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            variadic = True
        elif p.name not in EXTRA_ARGS:
            names.append(p.name)
    return names, variadic


def _extra_names(function: Callable) -> list[str]:
    return [name for name in inspect.signature(function).parameters if name in EXTRA_ARGS]


def _entry_lines(text: str) -> list[int]:
    """1-based line of each entry under `indicators:`, so problems point at the right place."""
    import yaml

    try:
        # the text has been read by inputs.load_yaml, so libyaml's parser may compose it
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "indicators" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def load_catalogue(data_dir: Path = config.DATA_DIR, known_ids: set[str] | None = None) -> Catalogue:
    """Read and check data/indicators.yaml; UserError listing every problem.

    known_ids: the figure and supplementary ids inputs may name (not checked when None).
    """
    path = config.indicator_catalogue(data_dir)
    shown = config.shown(path, Path(data_dir))
    try:
        raw, text = inputs.read_yaml(path, inputs.MAX_CATALOGUE_BYTES, Path(data_dir), shown,
                                     "the indicator catalogue cannot be read",
                                     "check the indentation and that each entry starts with '- id:'")
    except FileNotFoundError:
        raise UserError(f"{shown}: the indicator catalogue is missing; restore it from the repository") \
            from None
    if not isinstance(raw, dict) or not isinstance(raw.get("indicators"), list):
        problem = Problem(shown, None, "", "expected a mapping with a list under 'indicators:'",
                          "write 'goal: <figure id>', then 'indicators:' followed by '- id: ...' entries")
        raise UserError("the indicator catalogue cannot be read", [problem])
    lines = _entry_lines(text)
    problems: list[Problem] = []
    goal = raw.get("goal") or ""
    if not isinstance(goal, str):
        problems.append(Problem(shown, None, "goal", f"{excerpt(goal)} is not a figure id",
                                "name the figure id of the goal"))
        goal = ""
    elif not goal:
        problems.append(Problem(shown, None, "goal", "missing", "name the figure id of the goal, e.g. "
                                "'goal: shanghai_nev_production_target_2025'"))
    elif known_ids is not None and goal not in known_ids:
        problems.append(Problem(shown, None, "goal", f"unknown figure id '{excerpt(goal)}'",
                                "use a figure_id from data/figures.csv"))
    entries: list[Entry] = []
    seen: dict[str, int | None] = {}
    for index, item in enumerate(raw["indicators"]):
        line = lines[index] if index < len(lines) else None
        entry = _check_entry(item, line, shown, problems, seen, known_ids)
        if entry is not None:
            entries.append(entry)
    if problems:
        raise UserError(f"{shown} has {len(problems)} problem(s); no indicator was computed", problems)
    return Catalogue(goal, tuple(entries))


def _check_entry(item, line: int | None, shown: str, problems: list[Problem], seen: dict[str, int | None],
                 known_ids: set[str] | None) -> Entry | None:
    def report(message: str, fix: str) -> None:
        problems.append(Problem(shown, line, ident, message, fix))

    raw_id = item.get("id") or "" if isinstance(item, dict) else ""
    ident = raw_id if isinstance(raw_id, str) and len(raw_id) <= 100 else excerpt(raw_id, 60)
    before = len(problems)
    item, found = INDICATOR.check(item, shown, line, item=ident)  # the fields as nevreport.curate.schema declares
    problems.extend(found)
    if ident in seen and not found:
        report(f"id '{ident}' is used again (first on line {seen[ident]})", "give each indicator its own id")
    if found or ident in seen:
        return None
    seen[ident] = line

    function = FUNCTIONS.get(str(item["function"]))
    if function is None:
        close = difflib.get_close_matches(str(item["function"]), FUNCTIONS, n=1)
        report(f"unknown function '{excerpt(item['function'])}'",
               f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(FUNCTIONS)}")
    inputs = item["inputs"]
    for ref in inputs:
        if ref == GOAL or LATEST.match(ref) or ref in seen and ref != ident:
            continue
        if known_ids is None or ref in known_ids:
            continue
        choices = sorted(known_ids | set(seen))
        close = difflib.get_close_matches(excerpt(ref), choices, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        report(f"input '{excerpt(ref)}' is neither a figure, a supplementary figure nor an indicator listed above",
               f"{hint}use a figure_id from data/figures.csv, a source_id from data/external/"
               "supplementary_figures.csv or the id of an earlier indicator")
    args = item.get("args") or {}
    if function is not None:
        names, variadic = _input_names(function)
        if (len(inputs) < len(names)) if variadic else (len(inputs) != len(names)):
            report(f"{excerpt(item['function'])} takes {len(names)}{' or more' if variadic else ''} inputs "
                   f"({', '.join(names) or 'parts'}), not {len(inputs)}", "list the inputs in that order")
        extras = _extra_names(function)
        for name in extras:
            value = args.get(name)
            if name == "years" and value == YEARS_TO_GOAL:
                if GOAL not in inputs or not any(LATEST.match(ref) for ref in inputs):
                    report(f"years: {YEARS_TO_GOAL} needs a 'latest:...' input and the 'goal' input",
                           "add both inputs or give the number of years")
                continue
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                alternative = f" or {YEARS_TO_GOAL}" if name == "years" else ""
                report(f"{excerpt(item['function'])} needs args: {{{name}: <positive number>}}",
                       f"add e.g. 'args: {{{name}: 3}}'{alternative}")
            elif value != int(value) or not 1 <= value <= (12 if name == "months" else 100):
                report(f"args: {{{name}: {excerpt(value)}}} is not a whole number of {name} "
                       f"(1 to {12 if name == 'months' else 100})", f"give the number of {name}, e.g. 3")
        for name in args:
            if name not in extras:
                report(f"{excerpt(item['function'])} takes no argument '{excerpt(name)}'", "remove it from args")
        if item["kind"] in _VERDICT_RULES and item["function"] not in _VERDICT_RULES[item["kind"]]:
            report(f"a {item['kind']} entry needs one of the functions "
                   f"{', '.join(_VERDICT_RULES[item['kind']])}", "change the function or the kind")
    period_problem = _period_problem(str(item["period"]))
    if period_problem:
        report(period_problem, "write it like 2023, 2024-H1, 2024-Q2, 2023-05, 2023-01/2023-05, or {latest} / {goal} "
                               "for the year an input gives")
    if str(item["function"]).endswith("_pct") and item["unit"] != "percent":
        report(f"unit '{excerpt(item['unit'])}' does not fit {excerpt(item['function'])}, which gives a percentage",
               "write unit: percent")
    for placeholder in PLACEHOLDER.findall(str(item["period"])):
        if placeholder not in ("latest", "goal"):
            report(f"period holds '{{{excerpt(placeholder)}}}'", "use only {latest} and {goal} in a period")
        elif placeholder == "goal" and GOAL not in inputs or placeholder == "latest" and not any(
                LATEST.match(ref) for ref in inputs):
            report(f"period uses {{{placeholder}}} but no input gives it",
                   "add the 'goal' or a 'latest:...' input, or write the period out")
    tolerance = item.get("tolerance_pct", 0)
    index = item.get("index", False)
    if len(problems) > before:
        return None
    return Entry(
        id=ident, label=str(item["label"]), formula=str(item["formula"]), unit=str(item["unit"]),
        function=str(item["function"]), inputs=tuple(inputs), period=str(item["period"]),
        section=str(item["section"]), kind=str(item["kind"]), args=dict(args), tolerance_pct=float(tolerance),
        note=str(item.get("note") or "").strip(), index=index, line=line,
    )
