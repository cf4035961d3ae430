"""Parameter sets (params/<name>.yaml): checked against a schema before any kernel starts.

papermill only warns about unknown parameters; a typo in `as_of` would silently build the wrong report,
so every key, type and range is checked here and reported with the file and key. The schema is JSON Schema,
params.schema.json beside this module, checked by jsonschema; it also holds each key's help and the message a
user reads for each way a value can be wrong.

An edition without `as_of` (params/latest.yaml) follows the data: its date is the newest publication date of
an article or a supplementary row, so a later article reaches it with no edit, and a build stays reproducible.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.dates import is_iso_date, parse_date
from nevreport.common.errors import Problem, UserError
from nevreport.common.inputs import excerpt

SCHEMA_PATH = Path(__file__).with_name("params.schema.json")
SCHEMA: dict = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
KEYS: tuple[str, ...] = tuple(SCHEMA["properties"])
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_WHOLE_FILE = object()


@dataclass(frozen=True)
class ParameterSet:
    name: str
    path: Path
    values: dict  # the file's values, dates as ISO strings; `as_of` filled in when the file leaves it out
    follows_data: bool = False  # no `as_of` in the file: dated by the newest publication in the data

    @property
    def as_of(self) -> dt.date:
        return parse_date(self.values["as_of"])


def _plain_text(value) -> bool:
    """The `plain-text` format: no control, invisible or look-alike character; the error says which and where."""
    found = inputs.unusual_character(value) if isinstance(value, str) else None
    if found:
        raise ValueError(f"holds {found[1]} at character {found[0] + 1}")
    return True


def _date(value) -> bool:
    """The `date` format: a day of the calendar written YYYY-MM-DD (the error says why not)."""
    return not isinstance(value, str) or bool(parse_date(value))


def _is_number(value) -> bool:
    # JSON has no NaN or infinity; YAML's .nan and .inf are not numbers a goal can be.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


@cache
def _validator():
    """A JSON Schema (2020-12) validator of SCHEMA, with `formatMinimum` for dates and the `plain-text` format.

    Numbers are finite, and an integer is an int (a year of 2025.0 is a mistake, not 2025).
    """
    from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators

    def format_minimum(validator, minimum, instance, schema):
        if isinstance(instance, str) and is_iso_date(instance) and instance < minimum:
            yield ValidationError(f"{instance} is before {minimum}")

    types = Draft202012Validator.TYPE_CHECKER.redefine_many({
        "number": lambda _, value: _is_number(value),
        "integer": lambda _, value: isinstance(value, int) and not isinstance(value, bool),
    })
    checker = FormatChecker(formats=[])
    checker.checks("date", raises=ValueError)(_date)
    checker.checks("plain-text", raises=ValueError)(_plain_text)
    cls = validators.extend(Draft202012Validator, {"formatMinimum": format_minimum}, type_checker=types)
    return cls(SCHEMA, format_checker=checker)


def _messages(schema: dict) -> dict:
    """The messages for a (sub)schema's keywords: its own, then those of the definition it refers to."""
    messages = dict(schema.get("errorMessage", {}))
    ref = schema.get("$ref", "")
    if ref.startswith("#/$defs/"):
        messages = {**SCHEMA["$defs"][ref.removeprefix("#/$defs/")].get("errorMessage", {}), **messages}
    return messages


def _check_values(raw, shown: str) -> tuple[dict, list[Problem]]:
    """The values of a parameter file as the notebooks get them, and every problem found, one per key.

    An optional key left empty (`subtitle:`) counts as absent. Problems come in the order of the file's keys,
    then the keys that are missing.
    """
    instance = raw
    if isinstance(raw, dict):
        # An empty `as_of:` is a date forgotten, not a request to follow the data (leave the key out for that).
        optional = set(KEYS) - set(SCHEMA["required"]) - {"as_of"}
        instance = {k: v for k, v in raw.items() if not (v is None and k in optional)}
    found: dict = {}  # key (or _WHOLE_FILE) -> Problem; the first error for a key says what is wrong with it
    for error in _validator().iter_errors(instance):
        if error.path:  # a property's value
            key = error.path[0]
            found.setdefault(key, Problem(shown, None, key, _message(error),
                                          SCHEMA["properties"][key]["description"]))
        elif error.validator == "required":
            for key in (k for k in error.validator_value if k not in instance):
                help_text = SCHEMA["properties"][key]["description"]
                found.setdefault(key, Problem(shown, None, key, _message(error), f"add '{key}:' ({help_text})"))
        elif error.validator == "additionalProperties":
            for key in (k for k in instance if k not in SCHEMA["properties"]):
                close = difflib.get_close_matches(excerpt(key), KEYS, n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(KEYS)}"
                found.setdefault(key, Problem(shown, None, excerpt(key), _message(error), hint))
        else:  # the file as a whole
            found.setdefault(_WHOLE_FILE, Problem(shown, None, "", _message(error),
                                                  "write one 'key: value' per line, e.g. as_of: 2024-12-31"))
    if not isinstance(raw, dict):
        return {}, list(found.values())
    order = list(raw) + [key for key in SCHEMA["required"] if key not in raw]
    problems = [found[key] for key in order if key in found]
    values = {k: v.strip() if isinstance(v, str) else v for k, v in instance.items()}
    return values, problems


def _message(error) -> str:
    """What a user reads for one failed keyword (the schema's errorMessage), with the value quoted briefly."""
    template = _messages(error.schema).get(error.validator)
    if template is None:  # a keyword without a message of its own: jsonschema's words, with a short excerpt
        return f"{excerpt(error.instance)} does not meet '{error.validator}: {excerpt(error.validator_value)}'"
    value = f"'{excerpt(error.instance)}'" if isinstance(error.instance, str) else excerpt(error.instance)
    return template.format(value=value, limit=error.validator_value, cause=error.cause or "")


def newest_publication(data_dir: Path) -> str:
    """The newest publication date (YYYY-MM-DD) of an article (SOURCES.csv) or a supplementary row.

    Read leniently: a row whose date is not a date is left to `nevreport validate`, which names it.
    """
    dates = []
    for path in (config.sources_csv(data_dir), config.external_csv(data_dir)):
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
    import yaml

    path = Path(path)
    shown = str(path)
    name = path.stem
    problems: list[Problem] = []
    if not NAME_PATTERN.match(name):
        problems.append(Problem(shown, None, "", f"the file name {name!r} cannot name a report folder",
                                "use lower-case letters, digits, '-' or '_' (for example latest.yaml)"))
    try:
        text = inputs.read_capped(path, inputs.MAX_PARAMETER_BYTES, within=path.parent).decode("utf-8-sig")
        found = inputs.unusual_character(text)
        if found:
            line, column = inputs.line_and_column(text, found[0])
            raise UserError("invalid parameter file", [Problem(shown, line, "", f"holds {found[1]} at column "
                                                               f"{column}", "delete it or type it out plainly")])
        raw = inputs.load_yaml(text, dates_as_text=True)
    except FileNotFoundError:
        raise UserError(f"{shown}: no such parameter file") from None
    except inputs.Refused as exc:
        raise UserError("invalid parameter file", [Problem(shown, None, "", exc.message, exc.fix)]) from None
    except UnicodeDecodeError as exc:
        raise UserError("invalid parameter file", [Problem(shown, None, "", f"not UTF-8 text (byte {exc.start})",
                                                           "save it again as UTF-8")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        row = mark.line + 1 if mark else None
        detail = getattr(exc, "problem", None) or exc.__class__.__name__
        fix = "write one 'key: value' per line"
        if "'\\t'" in detail:
            detail, fix = "a tab character where YAML allows only spaces", "replace each tab with spaces"
        elif "too long to read" in detail:
            fix = "write the number with at most 16 digits (a goal in vehicles)"
        raise UserError("invalid parameter file", [Problem(shown, row, "", f"not valid YAML: {detail}", fix)]) from None
    if raw is None:
        raise UserError("invalid parameter file", [Problem(shown, None, "", "the file is empty",
                                                           "write at least 'title: ...' and 'as_of: YYYY-MM-DD'")])
    values, found = _check_values(raw, shown)
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
