"""`make lab`: no secret on the command line, no terminal, no file outside the project through a link; the
project's JupyterLab extension for %%prose cells built, kept in the package and loaded."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nevreport.labserver import inside
from tests.conftest import ROOT

LABEXTENSION = ROOT / "src" / "nevreport" / "labextension"


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


def test_the_prose_extension_is_built_from_its_source_and_kept_in_the_package():
    source = json.loads((ROOT / "lab" / "package.json").read_text())
    built = json.loads((LABEXTENSION / "package.json").read_text())
    assert (built["name"], built["version"]) == (source["name"], source["version"])
    assert (ROOT / "lab" / source["jupyterlab"]["outputDir"]).resolve() == LABEXTENSION
    assert (LABEXTENSION / built["jupyterlab"]["_build"]["load"]).is_file()
    bundle = "".join(path.read_text() for path in (LABEXTENSION / "static").glob("*.js"))
    # The bundle JupyterLab loads does what lab/src says: a %%prose cell gets the Markdown editor, its paragraph
    # and its source take turns, its look comes with it.
    for promised in ("nevreport-prose:plugin", "%%prose", "text/x-ipythongfm", "nr-prose-editing", "nr-prose-shown"):
        assert promised in bundle, promised
    assert ".nr-prose.nr-prose-shown.nr-prose-editing .jp-Cell-outputWrapper" in bundle
    # The toolchain that rebuilds it (`make labextension`) is locked.
    lock = json.loads((ROOT / "lab" / "package-lock.json").read_text())
    assert lock["packages"][""]["devDependencies"] == source["devDependencies"]
    assert lock["packages"][""]["dependencies"] == source["dependencies"]


def test_the_extension_link_replaces_what_was_there(tmp_path: Path):
    stale = tmp_path / "share" / "jupyter" / "labextensions" / "nevreport-prose"
    stale.mkdir(parents=True)
    (stale / "package.json").write_text("{}")
    link = lab_script().install_prose_extension(tmp_path)
    assert link == stale and link.is_symlink() and not os.path.isabs(os.readlink(link))
    assert link.resolve() == LABEXTENSION
    assert lab_script().install_prose_extension(tmp_path).resolve() == LABEXTENSION  # again: no error


def test_jupyterlab_in_the_project_environment_lists_the_extension_enabled():
    pytest.importorskip("jupyterlab", reason="JupyterLab is installed by `make lab`")
    lab_script().install_prose_extension(Path(sys.prefix))  # what `make lab` does at every start
    result = subprocess.run([str(Path(sys.prefix) / "bin" / "jupyter"), "labextension", "list"],
                            capture_output=True, text=True, timeout=120)
    listing = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    line = next((line for line in listing.splitlines() if "nevreport-prose" in line), "")
    assert re.search(r"nevreport-prose v\S+ enabled +OK", line), listing


def test_the_editor_marks_typed_numbers_with_the_patterns_the_kernel_and_the_build_refuse_them_by():
    from nevreport.story import blocks

    source = (ROOT / "lab" / "src" / "grammar.ts").read_text()
    bundle = "".join(path.read_text() for path in (LABEXTENSION / "static").glob("*.js"))
    for pattern in (blocks.PLACEHOLDER.pattern, blocks._NUMBER_TOKEN.pattern, blocks._ALLOWED_NUMBER.pattern):
        assert f"/{pattern}/" in source, pattern  # the source says the same ...
        assert f"/{pattern}/" in bundle, pattern  # ... and the bundle JupyterLab loads was built from it
    assert "text/x-nevreport-prose" in bundle and "nr-prose-typed-number" in bundle
