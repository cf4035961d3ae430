"""Parameter sets are checked before any kernel starts, with the file and key named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nevreport.common.errors import UserError
from nevreport.curate.params import KEYS, SCHEMA, load_parameter_set
from tests.conftest import cli

GOOD = "title: A report\nas_of: 2024-12-31\n"


def write(tmp_path: Path, text: str, name: str = "edition.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path




def test_a_good_set_normalises_the_date(tmp_path):
    ps = load_parameter_set(write(tmp_path, GOOD))
    assert ps.values == {"title": "A report", "as_of": "2024-12-31"}
    assert ps.as_of.year == 2024


def test_a_set_without_as_of_follows_the_data_beside_it(tmp_path):
    """No as_of: dated by the newest publication of an article or supplementary row, whichever is later."""
    (tmp_path / "data" / "raw" / "articles").mkdir(parents=True)
    (tmp_path / "data" / "external").mkdir()
    (tmp_path / "data" / "raw" / "articles" / "SOURCES.csv").write_text(
        "file,publisher,title,url,published\na.txt,P,T,https://p.example/a,2024-03-01\n"
        "b.txt,P,T,https://p.example/b,2025-01-02\n", encoding="utf-8")
    (tmp_path / "data" / "external" / "supplementary_figures.csv").write_text(
        "source_id,published\next_a,2024-12-30\n", encoding="utf-8")
    (tmp_path / "params").mkdir()
    ps = load_parameter_set(write(tmp_path / "params", "title: A report\n"))
    assert ps.follows_data and ps.values["as_of"] == "2025-01-02" and ps.as_of == dt.date(2025, 1, 2)
    (tmp_path / "data" / "external" / "supplementary_figures.csv").write_text(
        "source_id,published\next_a,2026-01-16\n", encoding="utf-8")
    assert load_parameter_set(tmp_path / "params" / "edition.yaml").values["as_of"] == "2026-01-16"
    assert not load_parameter_set(write(tmp_path / "params", GOOD, "pinned.yaml")).follows_data


def test_a_set_without_as_of_and_no_data_says_what_to_do(tmp_path):
    with pytest.raises(UserError, match="no publication date in the data.*as_of: YYYY-MM-DD"):
        load_parameter_set(write(tmp_path, "title: A report\n"))


DATE_HELP = ("the report shows only what had been published by this date (YYYY-MM-DD); leave it out for an "
             "edition that follows the data, dated by the newest publication date of an article or supplementary "
             "figure")
TITLE_HELP = "the report's title, shown on the title page"
UNITS_HELP = "Shanghai's NEV goal in vehicles; default: the goal stated in the articles"
YEAR_HELP = "the year of Shanghai's NEV goal; default: the year stated in the articles"
ALLOWED = "allowed keys: title, subtitle, as_of, description, target_units, target_year"


@pytest.mark.parametrize(
    ("text", "key", "message", "fix"),
    [
        (GOOD + "as_off: 2024-01-01\n", "as_off", "unknown key", "did you mean 'as_of'?"),
        (GOOD + "colour: blue\n", "colour", "unknown key", ALLOWED),
        ("as_of: 2024-12-31\n", "title", "missing", f"add 'title:' ({TITLE_HELP})"),
        # dates: only YYYY-MM-DD, written as such, of a real day, not before the first article
        ("title: A report\nas_of: 31/12/2024\n", "as_of", "'31/12/2024' is not a date in the form YYYY-MM-DD",
         DATE_HELP),
        ("title: A report\nas_of: 2024W521\n", "as_of", "'2024W521' is not a date in the form YYYY-MM-DD",
         DATE_HELP),
        ("title: A report\nas_of: '2024-W52-1'\n", "as_of", "'2024-W52-1' is not a date in the form YYYY-MM-DD",
         DATE_HELP),
        ("title: A report\nas_of: 20241231\n", "as_of", "20241231 is not a date in the form YYYY-MM-DD", DATE_HELP),
        ("title: A report\nas_of: 2024-12\n", "as_of", "'2024-12' is not a date in the form YYYY-MM-DD", DATE_HELP),
        ("title: A report\nas_of: 2024-1-5\n", "as_of", "'2024-1-5' is not a date in the form YYYY-MM-DD",
         DATE_HELP),
        ("title: A report\nas_of: 2024-12-31 10:00:00\n", "as_of",
         "'2024-12-31 10:00:00' is not a date in the form YYYY-MM-DD", DATE_HELP),
        ("title: A report\nas_of: 2024-12-31T00:00:00Z\n", "as_of",
         "'2024-12-31T00:00:00Z' is not a date in the form YYYY-MM-DD", DATE_HELP),
        ('title: A report\nas_of: "2024-12-31\\n"\n', "as_of", "'2024-12-31\\n' is not a date in the form YYYY-MM-DD",
         DATE_HELP),
        ("title: A report\nas_of: ' 2024-12-31'\n", "as_of", "' 2024-12-31' is not a date in the form YYYY-MM-DD",
         DATE_HELP),
        ("title: A report\nas_of:\n", "as_of", "None is not a date in the form YYYY-MM-DD", DATE_HELP),
        ("title: A report\nas_of: 2023-02-29\n", "as_of",
         "'2023-02-29' is not a day of the calendar (day is out of range for month)", DATE_HELP),
        ("title: A report\nas_of: 2024-13-01\n", "as_of",
         "'2024-13-01' is not a day of the calendar (month must be in 1..12)", DATE_HELP),
        ("title: A report\nas_of: 2017-01-01\n", "as_of",
         "'2017-01-01' is before the first article (2018-06-04), so nothing would be known", DATE_HELP),
        # numbers
        (GOOD + "target_units: -5\n", "target_units", "-5 is not a positive number", UNITS_HELP),
        (GOOD + "target_units: 0\n", "target_units", "0 is not a positive number", UNITS_HELP),
        (GOOD + "target_units: lots\n", "target_units", "'lots' is not a positive number", UNITS_HELP),
        (GOOD + "target_units: true\n", "target_units", "True is not a positive number", UNITS_HELP),
        (GOOD + "target_units: .nan\n", "target_units", "nan is not a positive number", UNITS_HELP),
        (GOOD + "target_units: .inf\n", "target_units", "inf is not a positive number", UNITS_HELP),
        (GOOD + "target_units: 2.0e+16\n", "target_units", "the number is too large: more than 1e15 vehicles",
         UNITS_HELP),
        (GOOD + "target_year: 25\n", "target_year", "25 is not a year such as 2025 (the earliest is 2000)", YEAR_HELP),
        (GOOD + "target_year: 2200\n", "target_year", "2200 is not a year such as 2025 (the latest is 2100)",
         YEAR_HELP),
        (GOOD + "target_year: 2025.0\n", "target_year", "2025.0 is not a year such as 2025", YEAR_HELP),
        (GOOD + "target_year: '2025'\n", "target_year", "'2025' is not a year such as 2025", YEAR_HELP),
        # text
        ("title: ''\nas_of: 2024-12-31\n", "title", "must be non-empty text, not ''", TITLE_HELP),
        ("title: '   '\nas_of: 2024-12-31\n", "title", "must be non-empty text, not '   '", TITLE_HELP),
        ("title:\nas_of: 2024-12-31\n", "title", "must be non-empty text, not None", TITLE_HELP),
        ("title: [a, b]\nas_of: 2024-12-31\n", "title", "must be non-empty text, not a list of 2 item(s)",
         TITLE_HELP),
        (GOOD + "subtitle: " + "s" * 201 + "\n", "subtitle",
         "'" + "s" * 20 + "..." + "s" * 10 + " (201 characters)'"
         " is longer than the 200 characters this field may hold",
         "a line under the title"),
    ],
)
def test_each_mistake_is_named_with_its_key_what_is_wrong_and_the_fix(tmp_path, text, key, message, fix):
    with pytest.raises(UserError) as caught:
        load_parameter_set(write(tmp_path, text))
    (problem,) = caught.value.problems
    assert (problem.file, problem.row, problem.item) == (str(tmp_path / "edition.yaml"), None, key)
    assert (problem.message, problem.fix) == (message, fix)
    assert "Traceback" not in str(caught.value)


def test_a_file_that_is_not_key_value_lines_is_named_as_a_whole(tmp_path):
    with pytest.raises(UserError) as caught:
        load_parameter_set(write(tmp_path, "- title\n- as_of\n"))
    (problem,) = caught.value.problems
    assert (problem.item, problem.message) == ("", "expected 'key: value' lines")
    assert problem.fix == "write one 'key: value' per line, e.g. as_of: 2024-12-31"


def test_every_problem_of_a_file_is_listed_in_the_order_of_its_keys_then_the_missing_ones(tmp_path):
    text = "colour: blue\nas_of: 2024W521\ntarget_year: 1999\n"
    with pytest.raises(UserError) as caught:
        load_parameter_set(write(tmp_path, text))
    assert [p.item for p in caught.value.problems] == ["colour", "as_of", "target_year", "title"]
    assert str(caught.value).splitlines()[2] == (
        f"  {tmp_path / 'edition.yaml'} [as_of]: '2024W521' is not a date in the form YYYY-MM-DD. Fix: {DATE_HELP}")


def test_a_date_is_kept_as_written_and_empty_optional_keys_are_left_out(tmp_path):
    ps = load_parameter_set(write(tmp_path, "title: '  A report '\nas_of: '2024-02-29'\nsubtitle:\n"
                                            "target_units: 1500000\ntarget_year: 2027\n"))
    assert ps.values == {"title": "A report", "as_of": "2024-02-29", "target_units": 1500000, "target_year": 2027}
    assert ps.as_of == dt.date(2024, 2, 29)


def test_the_schema_is_a_valid_json_schema_and_names_every_parameter():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(SCHEMA)
    assert KEYS == ("title", "subtitle", "as_of", "description", "target_units", "target_year")
    assert all(SCHEMA["properties"][key]["description"] for key in KEYS)


def test_records_and_tables_are_declared_with_the_same_fields():
    """One way to declare input: a parameter set, a catalogue entry and a table are all built from Fields, and
    a field two tables share is declared once (same name, type and check) even where its meaning is reworded."""
    from jsonschema import Draft202012Validator

    from nevreport.common.fields import Field
    from nevreport.curate import schema

    Draft202012Validator.check_schema(schema.INDICATOR.json_schema)
    fields = [*schema.PARAMETERS.fields, *schema.INDICATOR.fields, *(f for t in schema.TABLES for f in t.columns)]
    assert all(isinstance(f, Field) and f.meaning for f in fields)
    for shared in (schema.METRIC, schema.ENTITY, schema.PERIOD, schema.QUALIFIER, schema.PRECISION):
        uses = [t.column(shared.name) for t in (schema.FIGURES, schema.SUPPLEMENTARY)]
        assert {(f.type, f.filled, f.in_header, f.vocabulary) for f in uses} == {
            (shared.type, shared.filled, shared.in_header, shared.vocabulary)}


def test_a_record_names_its_own_keys_and_the_fix_in_its_own_words(tmp_path):
    from nevreport.curate.schema import INDICATOR

    _, problems = INDICATOR.check({"id": "x", "label": "L", "formula": "f", "unit": "count", "function": "share_pct",
                                   "inputs": ["a", "b"], "period": 2023, "section": "market", "kind": "derived",
                                   "index": "maybe", "colur": 1}, "data/indicators.yaml", 7, item="x")
    assert [(p.row, p.item, p.message) for p in problems] == [
        (7, "x", "index 'maybe' is not true or false"), (7, "x", "unknown field 'colur'")]
    assert problems[1].fix.startswith("did you mean") or problems[1].fix.startswith("use only")


def test_not_yaml_is_a_clear_error(tmp_path):
    with pytest.raises(UserError) as caught:
        load_parameter_set(write(tmp_path, "title: [unclosed\n"))
    assert "not valid YAML" in str(caught.value)


def test_build_refuses_a_bad_set_before_any_kernel_starts(project_copy):
    write(project_copy / "params", "title: Broken\nas_of: not-a-date\n", "broken.yaml")
    result = cli("build", root=project_copy)
    assert result.returncode == 1
    assert "broken.yaml" in result.stderr and "as_of" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project_copy / "reports").exists()


def test_unknown_set_name_lists_the_choices(project_copy):
    result = cli("build", "nonexistent", root=project_copy)
    assert result.returncode == 1
    assert "latest" in result.stderr and "Traceback" not in result.stderr
