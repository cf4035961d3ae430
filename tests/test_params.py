"""Parameter sets are checked before any kernel starts, with the file and key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevreport.errors import UserError
from nevreport.params import discover, load_parameter_set

from .conftest import ROOT, cli

GOOD = "title: A report\nas_of: 2024-12-31\n"


def write(tmp_path: Path, text: str, name: str = "edition.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_parameter_set_is_valid():
    sets = discover(ROOT / "params")
    assert "latest" in [ps.name for ps in sets]
    assert {"as-of-2021", "as-of-2023", "as-of-2024"} <= {ps.name for ps in sets}


def test_a_good_set_normalises_the_date(tmp_path):
    ps = load_parameter_set(write(tmp_path, GOOD))
    assert ps.values == {"title": "A report", "as_of": "2024-12-31"}
    assert ps.as_of.year == 2024


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        (GOOD + "as_off: 2024-01-01\n", "as_off", "did you mean 'as_of'"),
        ("title: A report\nas_of: 31/12/2024\n", "as_of", "not a date"),
        ("title: A report\nas_of: 2017-01-01\n", "as_of", "before the first article"),
        (GOOD + "target_units: -5\n", "target_units", "not a positive number"),
        (GOOD + "target_units: lots\n", "target_units", "not a positive number"),
        (GOOD + "target_year: 25\n", "target_year", "not a year"),
        ("as_of: 2024-12-31\n", "title", "missing"),
        ("title: ''\nas_of: 2024-12-31\n", "title", "non-empty"),
    ],
)
def test_mistakes_name_the_key_and_the_problem(tmp_path, text, key, words):
    with pytest.raises(UserError) as caught:
        load_parameter_set(write(tmp_path, text))
    problem = caught.value.problems[0]
    assert problem.item == key
    assert words in str(problem)
    assert "edition.yaml" in problem.file


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
