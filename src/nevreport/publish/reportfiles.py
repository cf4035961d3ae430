"""The build's own files in reports/ (the lock, the index written aside, the staging folders): never through a link.

A symbolic link planted at one of these names would otherwise have its target truncated, overwritten or
emptied by every build; the build refuses such a link, or removes the link itself, and never writes through it.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from nevreport.common.errors import UserError

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _link_refused(path: Path) -> UserError:
    try:
        target = os.readlink(path)
    except OSError:
        target = "somewhere else"
    return UserError(f"{path} is a symbolic link (to {target}), and the build never writes through a link. "
                     f"Fix: remove the link (rm '{path}') and run again; nothing was changed")


def open_lock(path: Path):
    """The lock file opened for reading and writing, created if missing; a link there is refused."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW | _CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP or path.is_symlink():
            raise _link_refused(path) from None
        raise
    return os.fdopen(fd, "a+", encoding="utf-8")


def write_aside(path: Path, text: str) -> None:
    """Write `text` into a new file at `path`: whatever is there (a link, a leftover) is removed, not followed."""
    path.unlink(missing_ok=True)  # removes a link itself, never its target
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW | _CLOEXEC, 0o644)
    try:
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(fd, data):]
    except OSError as exc:  # a full disk: name the file, not a number
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    finally:
        os.close(fd)


def refuse_linked_folders(reports_dir: Path, names: tuple[str, ...]) -> None:
    """The build empties these folders of reports/: a link there would have it empty the folder it leads to."""
    for name in names:
        if (reports_dir / name).is_symlink():
            raise _link_refused(reports_dir / name)
