"""Parameter sets (params/<name>.yaml): checked against a schema before any kernel starts.

papermill only warns about unknown parameters; a typo in `as_of` would silently build the wrong report,
so every key, type and range is checked here and reported with the file and key.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from nevreport import inputs
from nevreport.errors import Problem, UserError
from nevreport.inputs import excerpt

# The earliest article in the corpus is dated 2018-06-04: a report "as of" an earlier day would have no data.
EARLIEST_AS_OF = dt.date(2018, 6, 4)
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Field:
    kind: str  # "text" | "date" | "positive_number" | "year"
    required: bool
    help: str
    max_chars: int = 200  # for text: a title that fills pages is a mistake, and slow to lay out


SCHEMA: dict[str, Field] = {
    "title": Field("text", True, "the report's title, shown on the title page"),
    "subtitle": Field("text", False, "a line under the title"),
    "as_of": Field("date", True, "the report shows only what had been published by this date (YYYY-MM-DD)"),
    "description": Field("text", False, "what this parameter set is for (shown in reports/index.html)", 2000),
    "target_units": Field(
        "positive_number", False, "Shanghai's NEV goal in vehicles; default: the goal stated in the articles"
    ),
    "target_year": Field("year", False, "the year of Shanghai's NEV goal; default: the year stated in the articles"),
}


@dataclass(frozen=True)
class ParameterSet:
    name: str
    path: Path
    values: dict  # as papermill passes them to the notebooks (dates as ISO strings)

    @property
    def as_of(self) -> dt.date:
        return dt.date.fromisoformat(self.values["as_of"])


def _check_value(key: str, value, field: Field) -> tuple[object, str | None]:
    """Return the normalised value and, when it is wrong, what is wrong."""
    if field.kind == "text":
        if not isinstance(value, str) or not value.strip():
            return value, f"must be non-empty text, not {excerpt(value)}"
        if len(value) > field.max_chars:
            return value, (f"'{excerpt(value)}' is longer than the {field.max_chars} characters this "
                           "field may hold")
        found = inputs.unusual_character(value)
        if found:
            return value, f"holds {found[1]} at character {found[0] + 1}"
        return value.strip(), None
    if field.kind == "date":
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                return value, f"'{excerpt(value)}' is not a date in the form YYYY-MM-DD"
        if not isinstance(value, dt.date):
            return value, f"{excerpt(value)} is not a date in the form YYYY-MM-DD"
        if value < EARLIEST_AS_OF:
            return value, (f"{value.isoformat()} is before the first article ({EARLIEST_AS_OF.isoformat()}), "
                           "so nothing would be known")
        return value.isoformat(), None
    if field.kind == "positive_number":
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0 or value == float("inf"):
            return value, f"{excerpt(value)} is not a positive number"
        if value > 1e15:  # more vehicles than could ever exist; a huge integer would also overflow a float
            return value, "the number is too large: more than 1e15 vehicles"
        return value, None
    if field.kind == "year":
        if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2100:
            return value, f"{excerpt(value)} is not a year such as 2025"
        return value, None
    raise AssertionError(field.kind)


def load_parameter_set(path: Path) -> ParameterSet:
    """Read and check one parameter file; raise UserError listing every problem in it."""
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
        raw = inputs.load_yaml(text)
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
        raise UserError("invalid parameter file", [Problem(shown, row, "", f"not valid YAML: {detail}", fix)]) from None
    if raw is None:
        raise UserError("invalid parameter file", [Problem(shown, None, "", "the file is empty",
                                                           "write at least 'title: ...' and 'as_of: YYYY-MM-DD'")])
    if not isinstance(raw, dict):
        raise UserError("invalid parameter file", [Problem(shown, None, "", "expected 'key: value' lines",
                                                           "write one 'key: value' per line, e.g. as_of: 2024-12-31")])
    values: dict = {}
    for key, value in raw.items():
        field = SCHEMA.get(key)
        if field is None:
            close = difflib.get_close_matches(excerpt(key), SCHEMA, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(SCHEMA)}"
            problems.append(Problem(shown, None, excerpt(key), "unknown key", hint))
            continue
        if value is None and not field.required:
            continue
        normalised, error = _check_value(key, value, field)
        if error:
            problems.append(Problem(shown, None, key, error, field.help))
        else:
            values[key] = normalised
    for key, field in SCHEMA.items():
        if field.required and key not in raw:
            problems.append(Problem(shown, None, key, "missing", f"add '{key}:' ({field.help})"))
    if problems:
        raise UserError(f"parameter set '{name}' is invalid", problems)
    return ParameterSet(name=name, path=path, values=values)


def discover(params_dir: Path, names: list[str] | None = None) -> list[ParameterSet]:
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
            sets.append(load_parameter_set(path))
        except UserError as exc:
            problems.extend(exc.problems or [Problem(str(path), None, "", str(exc), "correct the file")])
    if problems:
        raise UserError("parameter sets are invalid; no report was built", problems)
    return sets
