"""The parameter sets under params/: every file is a valid edition, and the one the commands open is there."""

from __future__ import annotations

from nevreport.curate.params import discover
from tests.conftest import ROOT


def test_every_parameter_file_is_a_valid_edition_named_after_its_file():
    files = sorted(path.stem for path in (ROOT / "params").glob("*.yaml"))
    sets = discover(ROOT / "params")  # raises, naming each file and key, if any file is not valid
    assert files and [ps.name for ps in sets] == files
    # `make preview` and `make check-html` open reports/latest unless told another edition
    assert "latest" in files
