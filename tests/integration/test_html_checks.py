"""The W3C Nu HTML Checker and axe-core (WCAG 2.1 AA, 1280 and 390 px) on a report and an index page.

Runs when `make check-html` has installed the checkers (scripts/html-check/node_modules) and Java, Node and
chromium are on the machine; skipped otherwise, with the reason. `make check-html` runs the same checks on the
built reports.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from nevreport.curate.catalogue import load_catalogue
from nevreport.publish.exporters import render_report
from nevreport.publish.index import render_index
from tests.conftest import ROOT
from tests.unit.publish.test_exporters import build_notebook

CHECK = ROOT / "scripts" / "html-check"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
MISSING = [what for what, present in (
    ("the checkers (run `make check-html` once)", (CHECK / "node_modules" / "vnu-jar").exists()),
    ("node", shutil.which("node")), ("java", shutil.which("java")), ("chromium", CHROMIUM)) if not present]


@pytest.mark.skipif(bool(MISSING), reason="HTML checkers unavailable: " + ", ".join(MISSING))
def test_report_and_index_pass_the_nu_checker_and_axe(tmp_path):
    report_dir = tmp_path / "as-of-2024"
    report_dir.mkdir()
    render_report(build_notebook(), html_path=report_dir / "report.html")
    (report_dir / "meta.json").write_text(json.dumps({"title": "Test", "as_of": "2024-12-31"}))
    (report_dir / "indicators.csv").write_text(
        "indicator_id,label,value,low,high,unit,period,formula\n"
        "shanghai_nev_target_progress,Progress to the goal,107.2,107.2,107.2,percent,2023,a / b x 100\n",
        encoding="utf-8")
    page = render_index(["as-of-2024", "not-built"], tmp_path, load_catalogue().key_indicators)
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    result = subprocess.run(["node", str(CHECK / "check.mjs"), str(report_dir / "report.html"),
                             str(tmp_path / "index.html")], capture_output=True, text=True, timeout=300,
                            env=dict(os.environ, CHROMIUM=CHROMIUM or ""))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout and "0 violations" in result.stdout
