"""`make lab`: JupyterLab at the project root, notebooks/ open, the project's kernel the default.

Prints the one address to open (with its access token) and how to stop; the server's own log is kept quiet.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import sys
from pathlib import Path

from nevreport.notebook import server_config

ROOT = Path(__file__).resolve().parents[1]
# A %%prose cell edited as Markdown and its paragraph shown once (source in lab/, README "Exploring in JupyterLab").
LABEXTENSION = ROOT / "src" / "nevreport" / "labextension"
# JupyterLab settings that hold for everyone using this environment: no "official Jupyter news" prompt.
# Code cells wrap long lines: a %%prose paragraph is one line per sentence.
OVERRIDES = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
             "@jupyterlab/notebook-extension:tracker": {"codeCellConfig": {"lineWrap": True}}}


def install_prose_extension(prefix: Path) -> Path:
    """Link the project's JupyterLab extension (src/nevreport/labextension, built from lab/) into the environment.

    JupyterLab loads a prebuilt extension from <prefix>/share/jupyter/labextensions/<name>/, so no build runs
    here and no network is used. The link is relative and made again at every start: the extension JupyterLab
    loads is always the one of this checkout, also in a copied folder.
    """
    name = json.loads((LABEXTENSION / "package.json").read_text())["name"]
    folder = prefix / "share" / "jupyter" / "labextensions"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / name
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.is_dir():
        shutil.rmtree(link)
    link.symlink_to(os.path.relpath(LABEXTENSION, folder), target_is_directory=True)
    return link


def free_port(preferred: int = 8888) -> int:
    for port in (preferred, 0):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise SystemExit("no free port for JupyterLab")


def chosen_port(value: str) -> int:
    """PORT from the environment (a number from 1 to 65535), or a free one when it is not set."""
    if not value.strip():
        return free_port()
    if not value.strip().isdigit() or not 1 <= int(value) <= 65535:
        raise SystemExit(f"error: PORT={value!r} is not a port number. Fix: give a number from 1 to 65535 "
                         "(PORT=8890 make lab), or leave PORT unset to take a free one")
    return int(value)


def server_command(port: int) -> list[str]:
    """The JupyterLab command line. No secret is on it: the token goes through the environment, which only
    this account may read (a command line is visible to every account on the machine)."""
    return [str(Path(sys.prefix) / "bin" / "jupyter"), "lab", f"--ServerApp.root_dir={ROOT}",
            "--ServerApp.ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0", "--no-browser",
            "--LabApp.default_url=/lab/tree/notebooks",
            # No shell in the browser, and no file outside the project through a symbolic link.
            "--ServerApp.terminals_enabled=False",
            "--ServerApp.contents_manager_class=nevreport.labserver.ConfinedContentsManager",
            # Saved in the form git keeps; a new notebook starts in the project's kernel.
            "--FileContentsManager.pre_save_hook=nevreport.notebook.before_save",
            "--MappingKernelManager.default_kernel_name=nevreport",
            # Containers and CI boxes often run as root; JupyterLab refuses that unless told it is intended.
            "--ServerApp.allow_root=True", "--ServerApp.log_level=WARN", "--LabApp.log_level=WARN"]


def main() -> None:
    port = chosen_port(os.environ.get("PORT", ""))
    install_prose_extension(Path(sys.prefix))
    settings = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "overrides.json").write_text(json.dumps(OVERRIDES, indent=2) + "\n")
    server = Path(sys.prefix) / "etc" / "jupyter"
    server.mkdir(parents=True, exist_ok=True)
    (server / "jupyter_server_config.json").write_text(json.dumps(server_config(), indent=2) + "\n")
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_hex(16)
    os.environ["JUPYTER_TOKEN"] = token
    url = f"http://127.0.0.1:{port}/lab/tree/notebooks?token={token}"
    print(f"\nJupyterLab is starting. Open this address in your browser:\n\n    {url}\n\n"
          "Notebooks are saved without outputs. Stop the server with Ctrl-C (twice).\n", flush=True)
    argv = server_command(port)
    os.chdir(ROOT)
    os.execv(argv[0], argv)


if __name__ == "__main__":
    main()
