"""`make preview`: one edition served on 127.0.0.1 and rebuilt, chapter by chapter, when a notebook is saved."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from nevreport.story.notebook_checks import report_notebooks

EDITION = "as-of-2021"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - the preview on 127.0.0.1
        return response.read().decode("utf-8")


def save_with(path, old: str, new: str) -> None:
    """Change a notebook's text as a save from JupyterLab does: the whole file written again."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        if old in source:
            cell["source"] = source.replace(old, new)
            break
    else:
        raise AssertionError(f"{old!r} is in no cell of {path.name}")
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")


def next_version(base: str, before: str, timeout: float = 240) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = fetch(base + "__version")
        if now != before:
            return now
        time.sleep(0.3)
    raise AssertionError("the preview was not rebuilt")


@pytest.mark.slow
def test_the_preview_rebuilds_only_the_chapter_saved_and_shows_a_mistake_on_the_page(project_copy):
    env = {**os.environ, "NEVREPORT_ROOT": str(project_copy), "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([sys.executable, "-m", "nevreport", "preview", EDITION, "--port", "0"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    printed: list[str] = []
    output = server.stdout
    assert output is not None
    try:
        for line in output:
            printed.append(line)
            if found := re.search(r"served at (http://127\.0\.0\.1:\d+/)", line):
                base = found.group(1)
                break
        else:
            raise AssertionError("".join(printed))
        every = len(report_notebooks(project_copy / "notebooks"))
        assert f"[preview {EDITION}] executed {every} notebooks" in "".join(printed)  # the first time, all
        page, version = fetch(base), fetch(base + "__version")
        assert "China's vehicle exports" in page and 'fetch("/__version"' in page  # the 2021 edition's heading

        save_with(project_copy / "notebooks" / "20_exports.ipynb", "## China's vehicle exports",
                  "## China's vehicle exports, seen from the ports")
        version = next_version(base, version)
        assert "seen from the ports" in fetch(base)
        rebuilt = next(line for line in output if line.startswith("[preview") and " running " not in line)
        assert "executed 20_exports.ipynb (" in rebuilt, rebuilt  # that chapter alone

        save_with(project_copy / "notebooks" / "30_market.ipynb", 'series=["nev_sales"]', 'series=["nev_sale"]')
        next_version(base, version)
        page = fetch(base)
        assert 'role="alert"' in page and "did you mean nev_sales" in page
        assert "seen from the ports" in page  # the last good page stays under the message
        assert not (project_copy / "reports" / EDITION / "report.html").exists()  # the preview builds nothing there
    finally:
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=60)
