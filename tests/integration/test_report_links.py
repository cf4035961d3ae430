"""The build's own files in reports/ never follow a symbolic link: a link planted there is refused or replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import cli


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "precious.txt"
    path.write_text("keep me\n")
    return path


def test_a_link_at_the_lock_is_refused_and_its_target_untouched(project_copy, victim):
    (project_copy / "reports").mkdir()
    (project_copy / "reports" / ".lock").symlink_to(victim)
    result = cli("build", root=project_copy)
    assert result.returncode == 1
    assert "reports/.lock is a symbolic link" in result.stderr and "Fix: remove the link" in result.stderr
    assert victim.read_text() == "keep me\n"


@pytest.mark.parametrize("folder", [".tmp", ".failed"])
def test_a_link_at_a_folder_the_build_empties_is_refused(project_copy, tmp_path, folder):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("keep me\n")
    (project_copy / "reports").mkdir()
    (project_copy / "reports" / folder).symlink_to(elsewhere)
    result = cli("build", root=project_copy)
    assert result.returncode == 1
    assert f"reports/{folder} is a symbolic link" in result.stderr
    assert (elsewhere / "notes.txt").read_text() == "keep me\n"


def test_a_link_at_the_partial_index_is_replaced_not_followed(copy_built, victim):
    reports = copy_built / "reports"
    (reports / "index.html").unlink()  # "nothing to do" writes the missing index through index.html.partial
    (reports / "index.html.partial").symlink_to(victim)
    result = cli("build", root=copy_built)
    assert result.returncode == 0, result.stderr
    assert "nothing to do" in result.stdout
    assert victim.read_text() == "keep me\n"
    assert not (reports / "index.html").is_symlink() and "<html" in (reports / "index.html").read_text()
    assert not (reports / "index.html.partial").exists()
