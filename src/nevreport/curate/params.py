"""Parameter sets (params/<name>.yaml): checked against a schema before any kernel starts.

papermill only warns about unknown parameters; a typo in `as_of` would silently build the wrong report,
so every key, type and range is checked here and reported with the file and key. The keys are declared as
fields in nevreport.curate.schema (`PARAMETERS`), like every other input, each with its help and the message a
user reads for each way its value can be wrong.

An edition without `as_of` (params/latest.yaml) follows the data: its date is the newest publication date of
an article or a supplementary row, so a later article reaches it with no edit, and a build stays reproducible.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.dates import is_iso_date, parse_date
from nevreport.common.errors import Problem, UserError
from nevreport.common.inputs import excerpt
from nevreport.curate.schema import PARAMETERS

SCHEMA: dict = PARAMETERS.json_schema
KEYS: tuple[str, ...] = PARAMETERS.names
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class ParameterSet:
    name: str
    path: Path
    values: dict  # the file's values, dates as ISO strings; `as_of` filled in when the file leaves it out
    follows_data: bool = False  # no `as_of` in the file: dated by the newest publication in the data

    @property
    def as_of(self) -> dt.date:
        return parse_date(self.values["as_of"])


def newest_publication(data_dir: Path) -> str:
    """The newest publication date (YYYY-MM-DD) of an article (SOURCES.csv) or a supplementary row.

    Read leniently: a row whose date is not a date is left to `nevreport validate`, which names it.
    """
    dates = []
    for path in (config.sources_csv(data_dir), config.supplementary_csv(data_dir)):
        try:
            text = inputs.read_capped(path, inputs.MAX_TABLE_BYTES, within=Path(data_dir)).decode("utf-8-sig")
        except (OSError, UnicodeDecodeError, inputs.Refused):
            continue
        dates += [row["published"].strip() for row in csv.DictReader(io.StringIO(text))
                  if isinstance(row.get("published"), str) and is_iso_date(row["published"].strip())]
    if not dates:
        raise UserError(f"{config.shown(config.sources_csv(data_dir), data_dir)}: no publication date in the data "
                        "to date an edition without as_of by. Fix: add articles with their 'published' date, or "
                        "give the parameter file an 'as_of: YYYY-MM-DD'")
    return max(dates)


def load_parameter_set(path: Path, data_dir: Path | None = None) -> ParameterSet:
    """Read and check one parameter file; raise UserError listing every problem in it.

    Without `as_of` the edition is dated by the newest publication in data_dir (default: the data folder beside
    the params folder).
    """
    path = Path(path)
    shown = str(path)
    name = path.stem
    problems: list[Problem] = []
    if not NAME_PATTERN.match(name):
        problems.append(Problem(shown, None, "", f"the file name {name!r} cannot name a report folder",
                                "use lower-case letters, digits, '-' or '_' (for example latest.yaml)"))
    try:
        raw, _ = inputs.read_yaml(path, inputs.MAX_PARAMETER_BYTES, path.parent, shown, "invalid parameter file",
                                  "write one 'key: value' per line", dates_as_text=True)
    except FileNotFoundError:
        raise UserError(f"{shown}: no such parameter file") from None
    if raw is None:
        raise UserError("invalid parameter file", [Problem(shown, None, "", "the file is empty",
                                                           "write at least 'title: ...' and 'as_of: YYYY-MM-DD'")])
    # An optional key left empty (`subtitle:`) counts as absent; problems in the order of the file's keys.
    values, found = PARAMETERS.check(raw, shown)
    problems.extend(found)
    if problems:
        raise UserError(f"parameter set '{name}' is invalid", problems)
    if "as_of" in values:
        _check_goal_year(values, values["as_of"], shown)
        return ParameterSet(name=name, path=path, values=values)
    newest = newest_publication(Path(data_dir) if data_dir else path.parent.parent / "data")
    _check_goal_year(values, newest, shown)
    return ParameterSet(name=name, path=path, values={**values, "as_of": newest}, follows_data=True)


def _check_goal_year(values: dict, as_of: str, shown: str) -> None:
    """A what-if goal is for a year still to come at the edition's date: a goal for a year already over would be
    measured against a whole later output ("128,680,000% of the goal's level")."""
    year = values.get("target_year")
    if isinstance(year, int) and str(as_of)[:4].isdigit() and year < int(str(as_of)[:4]):
        raise UserError("invalid parameter file", [Problem(
            shown, None, "target_year", f"{year} is before the edition's own year ({str(as_of)[:4]}), so the "
            "what-if goal would be one already over", f"give a year from {str(as_of)[:4]} on, or leave target_year "
            "out to use the goal the articles state")])


def edition_parameters(edition: str, params_dir: Path | None = None, data_dir: Path | None = None) -> ParameterSet:
    """The parameter set named `edition` (params/<edition>.yaml), checked; UserError naming the choices if none."""
    params_dir = Path(params_dir or config.PARAMS_DIR)
    if not NAME_PATTERN.match(str(edition)) or not (params_dir / f"{edition}.yaml").is_file():
        available = ", ".join(p.stem for p in sorted(params_dir.glob("*.yaml"))) or "(none)"
        raise UserError(f"no edition named {excerpt(edition)!r} in {params_dir}",
                        [Problem(str(params_dir), None, excerpt(edition), "no such parameter set",
                                 f"name one of: {available}, or give a date YYYY-MM-DD")])
    return load_parameter_set(params_dir / f"{edition}.yaml", data_dir)


def discover(params_dir: Path, names: list[str] | None = None, data_dir: Path | None = None) -> list[ParameterSet]:
    """All parameter sets under params_dir (or the named ones), checked, in name order."""
    params_dir = Path(params_dir)
    available = {p.stem: p for p in sorted(params_dir.glob("*.yaml"))}
    if names:
        unknown = [n for n in names if n not in available]
        if unknown:
            raise UserError(
                f"no parameter set named {', '.join(unknown)} in {params_dir}",
                [Problem(str(params_dir), None, n, "no such parameter set",
                         f"choose one of: {', '.join(available) or '(none)'}") for n in unknown],
            )
        chosen = [available[n] for n in names]
    else:
        chosen = list(available.values())
    if not chosen:
        raise UserError(f"no parameter sets (*.yaml) in {params_dir}; add one such as latest.yaml")
    sets, problems = [], []
    for path in chosen:
        try:
            sets.append(load_parameter_set(path, data_dir))
        except UserError as exc:
            problems.extend(exc.problems or [Problem(str(path), None, "", str(exc), "correct the file")])
    if problems:
        raise UserError("parameter sets are invalid; no report was built", problems)
    return sets
