"""`make lab`: JupyterLab at the project root, notebooks/ open, the project's kernel the default.

Prints the one address to open (with its access token) and how to stop; the server's own log is kept quiet.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sys
from pathlib import Path

from nevreport.notebook import server_config

ROOT = Path(__file__).resolve().parents[1]
# JupyterLab settings that hold for everyone using this environment: no "official Jupyter news" prompt.
# Code cells wrap long lines: a %%prose paragraph is one line per sentence.
OVERRIDES = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
             "@jupyterlab/notebook-extension:tracker": {"codeCellConfig": {"lineWrap": True}}}


def free_port(preferred: int = 8888) -> int:
    for port in (preferred, 0):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise SystemExit("no free port for JupyterLab")


def main() -> None:
    settings = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "overrides.json").write_text(json.dumps(OVERRIDES, indent=2) + "\n")
    server = Path(sys.prefix) / "etc" / "jupyter"
    server.mkdir(parents=True, exist_ok=True)
    (server / "jupyter_server_config.json").write_text(json.dumps(server_config(), indent=2) + "\n")
    port = int(os.environ.get("PORT") or free_port())
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_hex(16)
    url = f"http://127.0.0.1:{port}/lab/tree/notebooks?token={token}"
    print(f"\nJupyterLab is starting. Open this address in your browser:\n\n    {url}\n\n"
          "Notebooks are saved without outputs. Stop the server with Ctrl-C (twice).\n", flush=True)
    argv = [str(Path(sys.prefix) / "bin" / "jupyter"), "lab", f"--ServerApp.root_dir={ROOT}",
            "--ServerApp.ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0", "--no-browser",
            f"--IdentityProvider.token={token}", "--LabApp.default_url=/lab/tree/notebooks",
            # Saved in the form git keeps; a new notebook starts in the project's kernel.
            "--FileContentsManager.pre_save_hook=nevreport.notebook.before_save",
            "--MappingKernelManager.default_kernel_name=nevreport",
            # Containers and CI boxes often run as root; JupyterLab refuses that unless told it is intended.
            "--ServerApp.allow_root=True", "--ServerApp.log_level=WARN", "--LabApp.log_level=WARN"]
    os.chdir(ROOT)
    os.execv(argv[0], argv)


if __name__ == "__main__":
    main()
