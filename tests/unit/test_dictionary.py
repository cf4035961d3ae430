"""data/DICTIONARY.md documents every column as the package declares it, and `nevreport dictionary` keeps it so."""

from __future__ import annotations

import re
import shutil

from nevreport.curate.schema import FIGURES
from tests.conftest import ROOT, run_cli

DICTIONARY = ROOT / "data" / "DICTIONARY.md"


def test_the_entity_naming_rule_lists_every_company_the_reading_knows():
    """A reviewer names a company as `propose` does only if the rule says how the reading spells it."""
    from nevreport.ingest.entities import known_company_names

    text = DICTIONARY.read_text(encoding="utf-8")
    rule = text[text.index("### Entity naming") : text.index("### Interval rule")]
    missing = [name for name in known_company_names() if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rule)]
    assert not missing, f"data/DICTIONARY.md, Entity naming, does not list: {missing}"


def test_a_changed_declaration_is_caught_and_rewritten(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(DICTIONARY, data / "DICTIONARY.md")
    edited = (data / "DICTIONARY.md").read_text(encoding="utf-8").replace(
        f"| `figure_id` | id | {FIGURES.column('figure_id').meaning} |", "| `figure_id` | id | an old description |")
    (data / "DICTIONARY.md").write_text(edited, encoding="utf-8")

    check = run_cli("dictionary", "--check", "--data-dir", str(data))
    assert check.returncode == 1 and "figures.csv" in check.stdout and "nevreport dictionary" in check.stdout
    assert run_cli("dictionary", "--data-dir", str(data)).returncode == 0
    assert (data / "DICTIONARY.md").read_text(encoding="utf-8") == DICTIONARY.read_text(encoding="utf-8")
    assert run_cli("dictionary", "--check", "--data-dir", str(data)).returncode == 0


def test_a_dictionary_without_the_markers_says_where_they_go(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "DICTIONARY.md").write_text("# Data dictionary\n", encoding="utf-8")
    result = run_cli("dictionary", "--data-dir", str(data))
    assert result.returncode == 1 and "<!-- columns of" in result.stdout and "Fix:" in result.stdout
