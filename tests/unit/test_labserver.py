"""`make lab`: no secret on the command line, no terminal, no file outside the project through a link."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nevreport.labserver import inside
from tests.conftest import ROOT


def lab_script():
    spec = importlib.util.spec_from_file_location("lab_script", ROOT / "scripts" / "lab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_token_is_not_on_the_command_line_and_terminals_are_off():
    argv = " ".join(lab_script().server_command(8888))
    assert "token" not in argv.lower()
    assert "--ServerApp.terminals_enabled=False" in argv
    assert "--ServerApp.contents_manager_class=nevreport.labserver.ConfinedContentsManager" in argv


@pytest.mark.parametrize("port", ["abc", "-1", "70000", "0", "80 80"])
def test_a_port_that_is_not_a_number_is_refused_without_a_traceback(port):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "lab.py")], capture_output=True, text=True,
                            env=dict(os.environ, PORT=port), timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"PORT={port!r} is not a port number" in result.stderr and "Fix:" in result.stderr


def test_a_link_out_of_the_root_is_outside(tmp_path: Path):
    root, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    (root / "notebooks").mkdir(parents=True)
    elsewhere.mkdir()
    (elsewhere / "key").write_text("secret")
    (root / "notebooks" / "key").symlink_to(elsewhere / "key")
    (root / "notebooks" / "folder").symlink_to(elsewhere)
    (root / "notebooks" / "own").symlink_to(root / "notebooks")
    assert inside(root, root / "notebooks")
    assert inside(root, root / "notebooks" / "own")
    assert not inside(root, root / "notebooks" / "key")
    assert not inside(root, root / "notebooks" / "folder" / "key")
    assert not inside(root / "notebooks", root / "notebooks" / ".." / "notebooks-x")


def test_the_file_browser_refuses_a_link_out_of_the_root(tmp_path: Path):
    pytest.importorskip("jupyter_server", reason="JupyterLab is installed by `make lab`")
    from jupyter_core.utils import run_sync
    from tornado.web import HTTPError

    from nevreport.labserver import ConfinedContentsManager

    root, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    root.mkdir()
    elsewhere.mkdir()
    (elsewhere / "key").write_text("secret")
    (root / "key").symlink_to(elsewhere / "key")
    (root / "notes.txt").write_text("mine")
    manager = ConfinedContentsManager(root_dir=str(root))
    assert run_sync(manager.get)("notes.txt")["content"] == "mine"
    with pytest.raises(HTTPError) as refused:
        run_sync(manager.get)("key")
    assert refused.value.status_code == 404
    with pytest.raises(HTTPError):
        run_sync(manager.save)({"type": "file", "format": "text", "content": "overwritten"}, "key")
    assert (elsewhere / "key").read_text() == "secret"
