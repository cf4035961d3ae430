"""The build's own files in reports/: the lock, the staging folder and the atomic publishing of a report, the
index written aside, and a failure to write named with its fix. Never through a link.

A symbolic link planted at one of these names would otherwise have its target truncated, overwritten or
emptied by every build; the build refuses such a link, or removes the link itself, and never writes through it.
"""

from __future__ import annotations

import errno
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from nevreport.common import inputs
from nevreport.common.errors import UserError
from nevreport.publish.edition import NotebookFailed
from nevreport.publish.layout import LOCK_FILE, STAGING, Layout
from nevreport.publish.workers import owner_alive

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


def recover_interrupted(layout: Layout) -> None:
    """Undo what an interrupted publish left behind: restore a report moved aside, drop stale staging."""
    staging = layout.reports_dir / STAGING
    if not staging.exists():
        return
    for entry in sorted(staging.iterdir()):
        if ".old-" in entry.name:
            target = layout.reports_dir / entry.name.split(".old-")[0]
            if not target.exists():
                entry.rename(target)
                continue
        shutil.rmtree(entry, ignore_errors=True)


def publish(staged: Path, final: Path, owner: int | None = None) -> None:
    """Replace `final` by `staged`; the old report stays in place until the new one is complete.

    owner: the process of the build this one works for. If it has ended (killed, even with kill -9), nothing
    is published: the next build decides what the reports hold, not an orphan.
    """
    if owner is not None and not owner_alive(owner):
        raise NotebookFailed(f"[{final.name}] the build that started this one has ended; nothing was published")
    aside = staged.parent / f"{final.name}.old-{os.getpid()}"
    if final.exists():
        final.rename(aside)
    staged.rename(final)
    shutil.rmtree(aside, ignore_errors=True)


_WRITE_FIXES = {
    errno.ENOSPC: "free space on the disk that holds {folder}",
    errno.EDQUOT: "free space within your disk quota, or raise it",
    errno.EROFS: "the file system is read-only: build in a copy of the project on a writable disk",
    errno.EACCES: "make {folder} writable for you (chmod u+w), or build in a copy you may write to",
    errno.EPERM: "make {folder} writable for you (chmod u+w), or build in a copy you may write to",
    errno.ENOTDIR: "{folder} must be a folder: move the file of that name away",
    errno.EEXIST: "{folder} must be a folder: move the file of that name away",
}


def write_error_message(exc: OSError, folder: Path) -> str:
    """What went wrong writing into the reports folder, and how to fix it, in one line."""
    fix = _WRITE_FIXES.get(exc.errno or 0, "check that {folder} is a folder on a working, writable disk")
    where = exc.filename or folder
    return (f"cannot write {where}: {exc.strerror or exc}. Fix: {fix.format(folder=folder)}; "
            "the last good reports are unchanged")


@contextmanager
def writing_reports(folder: Path):
    """Turn a failure to write into the reports folder (full, read-only, not a folder) into a UserError."""
    try:
        yield
    except OSError as exc:
        raise UserError(write_error_message(exc, folder)) from None


@contextmanager
def build_lock(layout: Layout):
    """Hold reports/.lock for the whole build: a second build at the same time refuses and says who builds.

    The lock is an flock, released by the system when its holder ends however it ends, so a killed build
    never leaves a stale lock; nothing in reports/ is cleared or replaced without it.
    """
    import fcntl

    with writing_reports(layout.reports_dir):
        layout.reports_dir.mkdir(parents=True, exist_ok=True)
        handle = open_lock(layout.reports_dir / LOCK_FILE)  # held until the build ends
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = inputs.excerpt(handle.read(200).strip(), 80) or "another process"
            raise UserError(f"another build is already running in {layout.reports_dir} ({holder}). Fix: wait for "
                            "it to finish and run again (what it built will then be up to date), or stop it "
                            "first; nothing was changed") from None
        with writing_reports(layout.reports_dir):
            handle.seek(0)
            handle.truncate()
            handle.write(f"build process {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
            handle.flush()
        yield
    finally:
        handle.close()
