"""What `make lab` adds to the Jupyter server: a file browser that stays inside the project folder.

Jupyter's own file manager checks a path's spelling against its root, not where a symbolic link leads; this one
refuses any file or folder whose real location is outside the root, so a link in the project never opens (or
overwrites) a file elsewhere on the machine.
"""

from __future__ import annotations

import os
from pathlib import Path


def inside(root: str | os.PathLike, os_path: str | os.PathLike) -> bool:
    """Whether `os_path`, with every symbolic link followed, is `root` or lies below it."""
    real_root = Path(os.path.realpath(root))
    real = Path(os.path.realpath(os_path))
    return real == real_root or real_root in real.parents


def confined_manager_class():
    """The server's contents manager, confined to its root (jupyter_server is imported only by the server)."""
    from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
    from tornado.web import HTTPError

    class ConfinedContentsManager(AsyncLargeFileManager):
        """Jupyter's file manager, refusing paths that a symbolic link leads out of the root."""

        def _get_os_path(self, path):
            os_path = super()._get_os_path(path)
            if not inside(self.root_dir, os_path):
                raise HTTPError(404, f"{path} leads outside the project folder")
            return os_path

    return ConfinedContentsManager


def __getattr__(name: str):
    # `--ServerApp.contents_manager_class=nevreport.labserver.ConfinedContentsManager` imports it by name.
    if name == "ConfinedContentsManager":
        return confined_manager_class()
    raise AttributeError(name)
