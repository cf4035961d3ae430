"""One way to declare input: a `Field` is declared once, and tables and records are built from fields.

- A table (`nevreport.common.tables.TableSchema`) is a list of fields: a CSV file's columns.
- A record (`RecordSchema`) is a list of fields: a YAML mapping such as a parameter set or a catalogue entry.

A field says what it holds (`type`, `vocabulary`, limits), what it means (for data/DICTIONARY.md) and what to
write when it is wrong (`help`). A record is checked by JSON Schema (the `jsonschema` library), built from its
fields; each failed keyword becomes a Problem naming the file, the key and the fix, in the words of
`messages` (the field's own, else its type's, else the record's).
"""

from __future__ import annotations

import dataclasses
import difflib
import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from nevreport.common import inputs
from nevreport.common.dates import is_iso_date, parse_date
from nevreport.common.errors import Problem
from nevreport.common.inputs import excerpt

# What a user reads for a failed JSON Schema keyword, by field type; {name} the key, {value} a short excerpt of
# the value (quoted when it is text), {limit} the keyword's value, {cause} why a format check failed.
TYPE_MESSAGES: dict[str, dict[str, str]] = {
    "text": {"type": "must be non-empty text, not {value}", "pattern": "must be non-empty text, not {value}",
             "format": "{cause}", "maxLength": "{value} is longer than the {limit} characters this field may hold"},
    "date": {"type": "{value} is not a date in the form YYYY-MM-DD",
             "pattern": "{value} is not a date in the form YYYY-MM-DD",
             "format": "{value} is not a day of the calendar ({cause})"},
    "number": {"type": "{value} is not a number"},
    "integer": {"type": "{value} is not a whole number"},
    "boolean": {"type": "{name} {value} is not true or false"},
    "id": {"type": "{name} {value} is not an id",
           "pattern": "{name} {value} may only hold lowercase letters, digits and underscores"},
    "ids": {"type": "{name} must be a list of ids", "items": "{name} must be a list of ids"},
    "mapping": {"type": "{name} must be a mapping"},
    "vocabulary": {"enum": "{name} {value} is not in the vocabulary"},
}


@dataclass(frozen=True)
class Field:
    """One field, declared once for reading it, checking it and documenting it (data/DICTIONARY.md).

    Types: `id` (a slug), `file` (an article's file name), `text`, `verbatim` (text kept exactly), `number`,
    `integer`, `boolean`, `vocabulary` (one word of `vocabulary`), `period`, `date` (YYYY-MM-DD), `url`,
    `precision`, `domains` (host names); in records also `ids` (a list of ids) and `mapping`.
    """

    name: str
    type: str
    meaning: str  # what the field holds, for data/DICTIONARY.md (Markdown)
    help: str = ""  # what to write when it is empty or wrong: the fix of a problem
    filled: bool = True  # every row or record must fill it
    in_header: bool = True  # a table's header must hold it (otherwise the column may be left out)
    vocabulary: tuple[str, ...] = ()
    limits: dict[str, Any] = field(default_factory=dict)  # JSON Schema keywords: minimum, maxLength, ...
    messages: dict[str, str] = field(default_factory=dict)  # keyword -> what a user reads, over the type's
    fixes: dict[str, str] = field(default_factory=dict)  # keyword -> the fix, where it is not `help`

    @property
    def fill_help(self) -> str:
        """What a user reads after "fill in <name>: "."""
        if not self.vocabulary:
            return self.help
        words = "one of " + ", ".join(self.vocabulary)
        return f"{words}, {self.help}" if self.help else words

    def but(self, **changes) -> Field:
        """The same field as another table or record uses it, e.g. with its own meaning there."""
        return dataclasses.replace(self, **changes)

    def json_schema(self) -> dict:
        """The field's value as JSON Schema (2020-12), with the project's `plain-text` and `date` formats."""
        by_type: dict[str, dict[str, Any]] = {
            "text": {"type": "string", "pattern": r"\S", "format": "plain-text"},
            "verbatim": {"type": "string", "format": "plain-text"},
            "date": {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\s\S])", "format": "date"},
            "number": {"type": "number"},
            "integer": {"type": "integer"},
            "boolean": {"type": "boolean"},
            "id": {"type": "string", "pattern": r"^[a-z0-9_]+(?![\s\S])"},
            "ids": {"type": "array", "items": {"type": "string"}},
            "mapping": {"type": "object"},
            "vocabulary": {"enum": list(self.vocabulary)},
        }
        base = by_type.get(self.type, {"type": "string", "format": "plain-text"})
        return {**base, **self.limits, "description": self.help}


def _is_number(value) -> bool:
    # JSON has no NaN or infinity; YAML's .nan and .inf are not numbers a field can hold.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def _plain_text(value) -> bool:
    """The `plain-text` format: no control, invisible or look-alike character; the error says which and where."""
    found = inputs.unusual_character(value) if isinstance(value, str) else None
    if found:
        raise ValueError(f"holds {found[1]} at character {found[0] + 1}")
    return True


def _date(value) -> bool:
    """The `date` format: a day of the calendar written YYYY-MM-DD (the error says why not)."""
    return not isinstance(value, str) or bool(parse_date(value))


def _validator_class():
    """JSON Schema 2020-12 with `formatMinimum` for dates; numbers are finite, an integer is an int."""
    from jsonschema import Draft202012Validator, ValidationError, validators

    def format_minimum(validator, minimum, instance, schema):
        if isinstance(instance, str) and is_iso_date(instance) and instance < minimum:
            yield ValidationError(f"{instance} is before {minimum}")

    types = Draft202012Validator.TYPE_CHECKER.redefine_many({
        "number": lambda _, value: _is_number(value),
        "integer": lambda _, value: isinstance(value, int) and not isinstance(value, bool),
    })
    return validators.extend(Draft202012Validator, {"formatMinimum": format_minimum}, type_checker=types)


@dataclass(frozen=True)
class RecordSchema:
    """A YAML mapping's keys as fields: which it must and may hold, each checked and named when wrong.

    `messages` and `fixes` hold the record's own words for `required` (a key missing), `additionalProperties`
    (a key unknown) and `type` (not a mapping). `empty_is_missing`: a required key left empty counts as missing.
    """

    what: str
    fields: tuple[Field, ...]
    messages: dict[str, str]
    fixes: dict[str, str]
    empty_is_missing: bool = False
    keep_empty: tuple[str, ...] = ()  # optional keys whose empty value is a mistake, not an absence

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @cached_property
    def json_schema(self) -> dict:
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": self.what, "type": "object",
                "required": [f.name for f in self.fields if f.filled], "additionalProperties": False,
                "properties": {f.name: f.json_schema() for f in self.fields}}

    @cached_property
    def _validator(self):
        from jsonschema import FormatChecker

        checker = FormatChecker(formats=[])
        checker.checks("date", raises=ValueError)(_date)
        checker.checks("plain-text", raises=ValueError)(_plain_text)
        return _validator_class()(self.json_schema, format_checker=checker)

    def check(self, raw, shown: str, line: int | None = None, item: str | None = None) -> tuple[dict, list[Problem]]:
        """The record's values and every problem found, one per key, in the order of its keys then the missing.

        `item`: what each Problem names (a catalogue entry's id); by default the key that is wrong. An optional
        key left empty counts as absent; with `empty_is_missing` a required one does too.
        """
        instance = raw
        if isinstance(raw, dict):
            required = {f.name for f in self.fields if f.filled}
            instance = {k: v for k, v in raw.items() if not (
                v in (None, "", []) and k in self.names and k not in self.keep_empty
                and (k not in required or self.empty_is_missing))}
        found: dict = {}  # key ("" for the record as a whole) -> its first Problem: what is wrong with it first

        def add(key: str, message: str, fix: str) -> None:
            found.setdefault(key, Problem(shown, line, key if item is None else item, message, fix))

        for error in self._validator.iter_errors(instance):
            if error.path:  # a key's value
                key = str(error.path[0])
                fld = self.field(key)
                add(key, self._message(error, fld), fld.fixes.get(error.validator, fld.help))
            elif error.validator == "required":
                for key in (k for k in error.validator_value if k not in instance):
                    add(key, self.messages["required"].format(name=key),
                        self.fixes["required"].format(name=key, help=self.field(key).help))
            elif error.validator == "additionalProperties":
                for key in (k for k in instance if k not in self.names):
                    close = difflib.get_close_matches(excerpt(key), self.names, n=1)
                    add(excerpt(key), self.messages["additionalProperties"].format(name=excerpt(key)),
                        f"did you mean '{close[0]}'?" if close else
                        self.fixes["additionalProperties"].format(names=", ".join(self.names)))
            else:
                add("", self.messages["type"], self.fixes["type"])
        if not isinstance(raw, dict):
            return {}, list(found.values())
        order = [*raw, *(f.name for f in self.fields if f.name not in raw)]
        problems = [found[key] for key in dict.fromkeys([*order, *found]) if key in found]
        values = {k: v.strip() if isinstance(v, str) else v for k, v in instance.items()}
        return values, problems

    @staticmethod
    def _message(error, fld: Field) -> str:
        """What a user reads for one failed keyword: the field's words, else its type's, else jsonschema's."""
        keyword = error.validator
        template = fld.messages.get(keyword) or TYPE_MESSAGES.get(fld.type, {}).get(keyword)
        if template is None:
            return f"{excerpt(error.instance)} does not meet '{keyword}: {excerpt(error.validator_value)}'"
        value = f"'{excerpt(error.instance)}'" if isinstance(error.instance, str) else excerpt(error.instance)
        return template.format(name=fld.name, value=value, limit=error.validator_value, cause=error.cause or "")
