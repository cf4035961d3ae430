"""Build every parameter set into reports/<set>/: execute the notebooks, render HTML and PDF, publish atomically.

One orchestrating process: each worker keeps one kernel, in which papermill executes an edition's notebooks
as one notebook (each parameterised and namespaced as if run alone, see `edition_notebook`); the report is rendered
in-process (nbconvert exporter + Typst), independent parameter sets run in parallel, and a set whose
inputs have not changed (by content, not timestamps) is not rebuilt. A set is built in reports/.tmp/ and
replaces reports/<set>/ only once HTML, PDF and CSV are all complete, so a failed or interrupted build
never costs the last good report.
"""

from __future__ import annotations

import copy
import errno
import hashlib
import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from nevreport.common import config, inputs
from nevreport.common.dates import build_date
from nevreport.common.errors import UserError
from nevreport.common.tables import cell as cell_of
from nevreport.common.tables import read_table
from nevreport.curate.params import ParameterSet, discover
from nevreport.publish import datazip, editions
from nevreport.publish.progress import CellWatch, cell_timeout
from nevreport.publish.reportfiles import open_lock, refuse_linked_folders, write_aside
from nevreport.publish.system import check_pdf_renderer
from nevreport.story.blocks import PROSE_SOURCE
from nevreport.story.notebook_checks import report_notebooks
from nevreport.story.notebook_set import CHAPTERS_FROM, notebook_order

KERNEL_NAME = "nevreport"
OUTPUTS = ("report.html", "report.pdf", "indicators.csv", "data.zip")
ATTACHMENTS = ("indicators.csv", "figures.csv", "external_figures.csv")
FINGERPRINT_FILE = ".fingerprint"
STAGING = ".tmp"
FAILED = ".failed"
LOCK_FILE = ".lock"
REPORT_NOTEBOOK = "report.ipynb"


def merge_chapters(notebooks: list):
    """One notebook holding the given notebooks' cells in order (paths or notebook nodes); cell ids stay unique.

    The executed chapters merged this way are the report the exporters render.
    """
    import nbformat

    nodes = [nb if isinstance(nb, nbformat.NotebookNode) else nbformat.read(nb, as_version=4) for nb in notebooks]
    merged = nbformat.v4.new_notebook(metadata=copy.deepcopy(nodes[0].metadata))
    taken: set[str] = set()
    for number, notebook in enumerate(nodes):
        for cell in notebook.cells:
            if cell.get("id") in taken or not cell.get("id"):
                cell.id = f"nb{number}-{len(taken)}"
            taken.add(cell.id)
            merged.cells.append(cell)
    return merged


# Where a cell of an edition's notebook came from: {"notebook": "20_exports.ipynb", "cell": 3} (1-based, as
# JupyterLab counts the cells of the stored notebook; the cell papermill injects has none).
ORIGIN = "nevreport_origin"
BOUNDARY_TAG = "nevreport-boundary"
# Between two notebooks: forget the previous one's variables, as running it alone would (modules stay loaded).
_BOUNDARY_SOURCE = "__import__('nevreport.notebook').notebook.next_notebook(get_ipython())"
# After each notebook's parameters: where this edition's build writes (exploring writes nothing).
_BUILD_FOLDER_SOURCE = "__import__('nevreport.pipeline').pipeline.use_build_folder({folder!r})"


def edition_notebook(paths: list[Path], parameters: dict, output_dir: str | None = None):
    """All of an edition's notebooks as one, to execute in one go in one kernel.

    Each notebook is parameterised by papermill as if run alone (its own injected-parameters cell after its
    `parameters` cell, then a hidden cell naming the build's folder), each cell records its origin, and a
    boundary cell between two notebooks clears the namespace, so every notebook sees only its own variables.
    `split_edition` takes the result apart again.
    """
    import nbformat
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    parts = []
    for path in paths:
        nb = load_notebook_node(str(path))
        for number, cell in enumerate(nb.cells, start=1):
            cell.metadata[ORIGIN] = {"notebook": path.name, "cell": number}
        nb = parameterize_notebook(nb, parameters, kernel_name=KERNEL_NAME, language="python")
        if output_dir:
            injected = next((i for i, c in enumerate(nb.cells)
                             if "injected-parameters" in c.metadata.get("tags", [])), -1)
            folder = nbformat.v4.new_code_cell(_BUILD_FOLDER_SOURCE.format(folder=output_dir))
            folder.metadata["tags"] = [BOUNDARY_TAG, "remove-cell"]
            nb.cells.insert(injected + 1, folder)
        for cell in nb.cells:
            cell.metadata.setdefault(ORIGIN, {"notebook": path.name, "cell": None})
        if parts:
            boundary = nbformat.v4.new_code_cell(_BOUNDARY_SOURCE)
            boundary.metadata["tags"] = [BOUNDARY_TAG, "remove-cell"]
            boundary.metadata[ORIGIN] = {"notebook": path.name, "cell": None}
            nb.cells.insert(0, boundary)
        parts.append(nb)
    edition = merge_chapters(parts)
    edition.metadata["papermill"] = {"parameters": parameters}
    return edition


def split_edition(edition, names: list[str]) -> dict:
    """{notebook name: executed notebook} from an executed edition notebook (boundary cells dropped)."""
    import nbformat

    split = {name: nbformat.v4.new_notebook(metadata=copy.deepcopy(edition.metadata)) for name in names}
    for name, notebook in split.items():
        # papermill records its input, here the whole edition with every line of prose: name the notebook instead
        notebook.metadata.get("papermill", {}).update(input_path=name, output_path=name)
    for cell in edition.cells:
        origin = cell.metadata.get(ORIGIN, {}).get("notebook")
        if origin in split and BOUNDARY_TAG not in cell.metadata.get("tags", []):
            split[origin].cells.append(_as_shown(cell))
    return split


def _as_shown(cell):
    """A prose cell with only the lines it showed: the edition's folder names nothing published after its date."""
    if cell.cell_type != "code" or not cell.source.startswith("%%prose"):
        return cell
    shown = [o.get("metadata", {}).get(PROSE_SOURCE) for o in cell.get("outputs", [])]
    kept = next((text for text in shown if text is not None), "")
    cell.source = cell.source.splitlines()[0] + ("\n" + kept if kept else "")
    return cell


@dataclass(frozen=True)
class Layout:
    """Where a build reads and writes; NEVREPORT_ROOT (see nevreport.common.config) points it at a copy."""

    root: Path = config.ROOT
    data_dir: Path = config.DATA_DIR
    notebooks_dir: Path = config.NOTEBOOKS_DIR
    params_dir: Path = config.PARAMS_DIR
    reports_dir: Path = config.REPORTS_DIR


def say(message: str) -> None:
    print(message, flush=True)


# --- freshness -----------------------------------------------------------------------------------------------

class _Unreadable(Exception):
    """A table the fingerprint cannot read row by row (validation names the problem before any build)."""


def _read_csv_rows(path: Path, within: Path) -> tuple[list[str], list[dict]]:
    problems: list = []
    table = read_table(path, problems, shown=str(path), what="table", within=within)
    if table is None or problems:
        raise _Unreadable(path)
    return table.header, [row for _, row in table.rows]


def _content(path: Path, within: Path, limit: int) -> bytes:
    """A file's bytes for the fingerprint, read only within its folder and limit (nevreport.common.inputs).

    A file that may not be read counts by its name and the reason; validation explains it before any build.
    """
    try:
        return inputs.read_capped(path, limit, within=within)
    except FileNotFoundError:
        return b"<missing>"
    except inputs.Refused as exc:
        return f"<refused: {exc.message}>".encode()


def whole_data_files(data_dir: Path) -> list[Path]:
    """The data tables an edition reads whole: every table in data/ but the articles, their manifest, the
    figures and the supplementary rows, which count only as far as the edition's date reaches."""
    by_date = {config.figures_csv(data_dir), config.external_csv(data_dir), config.indicator_catalogue(data_dir)}
    articles = config.raw_articles_dir(data_dir)
    return [path for path in sorted(data_dir.rglob("*"))
            if path.suffix in {".csv", ".yaml", ".yml", ".json"} and path not in by_date
            and articles not in path.parents and (path.is_file() or path.is_symlink())]


def fingerprint(ps: ParameterSet, layout: Layout, neighbours: dict | None = None) -> str:
    """Hash of everything this parameter set's report depends on, by content.

    Only the articles, figures and supplementary rows published on or before the set's as-of date count,
    so correcting a 2024 figure does not rebuild the 2021 vintage.
    """
    digest = hashlib.sha256()

    def add(label: str, payload: bytes) -> None:
        digest.update(label.encode() + b"\0" + hashlib.sha256(payload).digest())

    add("params", json.dumps(ps.values, sort_keys=True).encode())
    # The editions before and after it (nevreport.publish.editions): adding one changes what this one says.
    add("editions", json.dumps(neighbours or {}, sort_keys=True).encode())
    for path in report_notebooks(layout.notebooks_dir):
        add(f"notebook:{path.name}", _content(path, layout.notebooks_dir, inputs.MAX_NOTEBOOK_BYTES))
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".css", ".json", ".yaml", ".tpl", ".typ"}:
            add(f"package:{path.relative_to(config.PACKAGE_DIR)}", path.read_bytes())
    add("lock", _content(layout.root / "uv.lock", layout.root, inputs.MAX_TABLE_BYTES))
    add("catalogue", _content(config.indicator_catalogue(layout.data_dir), layout.data_dir,
                              inputs.MAX_CATALOGUE_BYTES))
    for path in whole_data_files(layout.data_dir):  # metrics, publishers, ...: read whole by every edition
        add(f"data:{path.relative_to(layout.data_dir)}", _content(path, layout.data_dir, inputs.MAX_TABLE_BYTES))

    as_of = ps.values["as_of"]
    try:
        articles_dir = config.raw_articles_dir(layout.data_dir)
        _, sources = _read_csv_rows(config.sources_csv(layout.data_dir), articles_dir)
        # Cells are compared as the checks read them, without surrounding spaces ("005.txt " is 005.txt).
        known = {cell_of(row, "file") for row in sources if cell_of(row, "published") <= as_of}
        add("sources", json.dumps([r for r in sources if cell_of(r, "file") in known], sort_keys=True).encode())
        for name in sorted(known):
            try:
                article = inputs.read_article_bytes(layout.data_dir, name)
            except FileNotFoundError:
                article = b"<missing>"
            except inputs.Refused as exc:  # never read: validation names it before any build
                article = f"<refused: {exc.message}>".encode()
            add(f"article:{name}", article)
        header, figures = _read_csv_rows(config.figures_csv(layout.data_dir), layout.data_dir)
        add("figures", json.dumps([header, [r for r in figures if cell_of(r, "article") in known]]).encode())
        header, external = _read_csv_rows(config.external_csv(layout.data_dir), layout.data_dir)
        add("external", json.dumps([header, [r for r in external if cell_of(r, "published") <= as_of]]).encode())
    except (OSError, KeyError, TypeError, inputs.Refused, _Unreadable):
        # Unreadable data: fall back to every data file whole (within the limits); validation explains it.
        for path in sorted(layout.data_dir.rglob("*")):
            if path.is_file() or path.is_symlink():
                add(f"data:{path.relative_to(layout.data_dir)}",
                    _content(path, layout.data_dir, inputs.MAX_TABLE_BYTES))
    return digest.hexdigest()


def is_fresh(ps: ParameterSet, layout: Layout, print_: str) -> bool:
    folder = layout.reports_dir / ps.name
    stamp = folder / FINGERPRINT_FILE
    return (
        stamp.exists()
        and stamp.read_text().strip() == print_
        and all((folder / name).exists() for name in OUTPUTS)
    )


# --- staging and publishing ----------------------------------------------------------------------------------

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


def owner_alive(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie, ended but not yet collected, counts as ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rpartition(")")[2].split()[:1] != ["Z"]
    except OSError:
        return True  # no /proc (macOS): the signal test above is all there is


def die_with_parent(owner: int) -> None:
    """Initializer of each worker process: end when the build that started it ends, even by kill -9.

    On Linux the kernel sends SIGKILL to the worker when its parent dies (PR_SET_PDEATHSIG); a worker's
    notebook kernel notices its parent is gone within a second and exits (ipykernel's parent poller). Where
    that is not available, `publish` still refuses to publish for an ended build.
    """
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if not owner_alive(owner):  # the build ended before the line above took effect
        os._exit(1)


# --- writing into reports/ -----------------------------------------------------------------------------------

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
    fix = _WRITE_FIXES.get(exc.errno, "check that {folder} is a folder on a working, writable disk")
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


# --- one parameter set ---------------------------------------------------------------------------------------

def ensure_kernel() -> None:
    """Register this environment's Python as the `nevreport` kernel if it is not there yet."""
    os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        if Path(spec.argv[0]).exists():
            return
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(kernel_name=KERNEL_NAME, display_name="Python (nevreport)", prefix=sys.prefix)


_kernel = None  # this process's kernel, shared by every notebook it executes


def shared_kernel(cwd: Path):
    """A running kernel for this process, with a clean namespace.

    Starting a kernel and importing pandas and matplotlib costs seconds, the notebooks' own work a fraction
    of that; so each build process starts one kernel and clears its variables before every notebook
    (`%reset -f`), which keeps notebooks independent while the imported libraries stay loaded.
    """
    global _kernel
    import atexit

    from jupyter_client.blocking import BlockingKernelClient
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    if _kernel is None or not run_sync(_kernel.is_alive)():
        _kernel = AsyncKernelManager(kernel_name=KERNEL_NAME)
        # The kernel runs on this machine only; its warning about unencrypted local TCP is noise here.
        # Nor does a build need the cells' history (IPython would write each to its SQLite history file).
        run_sync(_kernel.start_kernel)(cwd=str(cwd), extra_arguments=[
            "--IPKernelApp.log_level=CRITICAL", "--HistoryManager.enabled=False"])
        atexit.register(lambda km=_kernel: run_sync(km.shutdown_kernel)(now=True))
        return _kernel
    client = BlockingKernelClient()
    client.load_connection_info(_kernel.get_connection_info())
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        # %reset keeps loaded extensions: forget the notebooks' own so its first cell loads it afresh.
        client.execute_interactive("get_ipython().run_line_magic('reset', '-f'); "
                                   "get_ipython().extension_manager.loaded.discard('nevreport.notebook')",
                                   store_history=False,
                                   timeout=60, output_hook=lambda msg: None)
    finally:
        client.stop_channels()
    return _kernel


def discard_kernel() -> None:
    """Stop this process's kernel (stuck or dead) so the next edition starts a new one."""
    global _kernel
    from jupyter_core.utils import run_sync

    if _kernel is not None:
        try:
            run_sync(_kernel.shutdown_kernel)(now=True)
        except Exception:  # already gone: nothing to stop
            pass
    _kernel = None


def prepare_environment(layout: Layout) -> None:
    """What the build's kernels inherit: the data folder to read, no reloading of a package that cannot change."""
    os.environ["NEVREPORT_ROOT"] = str(layout.root.resolve())
    # Reloading would check every loaded module before each cell; it is for an analyst editing the package.
    os.environ["NEVREPORT_AUTORELOAD"] = "0"


# What every notebook imports; a worker's kernel loads it while the worker gets ready (the names it binds are
# cleared before each edition, see shared_kernel).
_WARM_UP = "import matplotlib.pyplot, pandas, nevreport.notebook, nevreport.story.report"


def warm_kernel(cwd: Path) -> None:
    """Start this process's kernel and have it load the notebooks' libraries, without waiting for it."""
    from jupyter_core.utils import run_sync

    client = shared_kernel(cwd).client()
    client.start_channels()
    try:
        run_sync(client.wait_for_ready)(timeout=60)
        msg_id = client.execute(_WARM_UP, silent=True, store_history=False)
        # Leave once the kernel has the request (it says it is busy with it), not when it has done it.
        while run_sync(client.get_iopub_msg)(timeout=60)["parent_header"].get("msg_id") != msg_id:
            pass
    finally:
        client.stop_channels()


def start_worker(owner: int, cwd: Path) -> None:
    """Initializer of each worker process: tie it to the build (`die_with_parent`), then warm its kernel."""
    die_with_parent(owner)
    warm_kernel(cwd)


def report_metadata(ps: ParameterSet, neighbours: dict | None = None) -> dict:
    meta = {
        "title": ps.values["title"],
        "subtitle": ps.values.get("subtitle", ""),
        "parameter_set": ps.name,
        "as_of": ps.values["as_of"],
        **(neighbours or {}),
    }
    if ps.follows_data:
        meta["as_of_note"] = "the newest publication date on file"
    meta["generated"] = build_date()
    return meta


class NotebookFailed(Exception):
    pass


def build_one(ps: ParameterSet, layout: Layout, print_: str, owner: int | None = None,
              neighbours: dict | None = None) -> dict:
    """Execute the notebooks of one parameter set and publish its report. Runs in a worker process."""
    import nbformat

    from nevreport.publish.exporters import render_report

    started = time.perf_counter()
    tag = f"[{ps.name}]"
    staging = layout.reports_dir / STAGING
    staging.mkdir(parents=True, exist_ok=True)
    work = staging / f"{ps.name}.build-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "notebooks").mkdir(parents=True)
    # The notebooks take everything else from params/<edition>.yaml (nevreport.pipeline.run).
    parameters = {"edition": ps.name}
    prepare_environment(layout)
    prepare, chapters = notebook_order(layout.notebooks_dir)
    if not chapters:
        raise UserError(f"{layout.notebooks_dir} has no chapter notebooks (named {CHAPTERS_FROM}_*.ipynb or "
                        "higher); they hold the report's story")
    notebooks = prepare + chapters
    try:
        say(f"{tag} executing notebooks/{notebooks[0].name} to {notebooks[-1].name} ({len(notebooks)} notebooks)")
        executed = execute_edition(notebooks, parameters, work, layout, tag, ps.name)
        for name, nb in executed.items():
            nbformat.write(nb, work / "notebooks" / name)
        say(f"{tag} rendering report.html and report.pdf")
        report = merge_chapters([executed[nb.name] for nb in chapters])
        report.metadata["nevreport"] = {**report_metadata(ps, neighbours),
                                        "newest_source": editions.newest_source(work),
                                        "sources": editions.sources(work), "data_zip": True}
        # Every CSV file of the edition in one download, with a README of its columns and licence.
        datazip.write(work, report.metadata["nevreport"])
        nbformat.write(report, work / "notebooks" / REPORT_NOTEBOOK)
        # The edition's CSV files travel inside the PDF too (PDF/A-3 attachments).
        render_report(report, html_path=work / "report.html", pdf_path=work / "report.pdf",
                      attachments=[work / name for name in ATTACHMENTS])
        missing = [name for name in OUTPUTS if not (work / name).exists()]
        if missing:
            raise NotebookFailed(f"{tag} the notebooks did not write {', '.join(missing)}; "
                                 "the previous report is unchanged")
        shown = {k: v for k, v in report.metadata["nevreport"].items() if k != "sources"}
        meta = {**shown, "description": ps.values.get("description", ""),
                "changes": editions.count_changes(work)}
        (work / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
        (work / FINGERPRINT_FILE).write_text(print_ + "\n")
        publish(work, layout.reports_dir / ps.name, owner)
        shutil.rmtree(layout.reports_dir / FAILED / ps.name, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"name": ps.name, "seconds": time.perf_counter() - started}


def execute_edition(notebooks: list[Path], parameters: dict, work: Path, layout: Layout, tag: str,
                    name: str) -> dict:
    """Execute an edition's notebooks as one (see `edition_notebook`) in this process's kernel.

    Returns {notebook name: executed notebook}. A failing cell is reported by notebook and cell number as
    the user sees them in notebooks/, and that notebook, executed up to the failure, is kept in reports/.failed/.
    """
    import nbformat
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    edition = edition_notebook(notebooks, parameters, str(work.resolve()))
    names = [nb.name for nb in notebooks]
    partial = work / "edition.ipynb"
    watch = CellWatch(ORIGIN, say, tag)
    timeout = cell_timeout()
    try:
        done = papermill.execute_notebook(
            edition, str(partial), kernel_name=KERNEL_NAME, progress_bar=False, log_output=False,
            cwd=str(layout.notebooks_dir), request_save_on_cell_execute=False,
            km=shared_kernel(layout.notebooks_dir), execution_timeout=timeout, on_cell_execute=watch.started,
        )
    except (CellTimeoutError, DeadKernelError) as exc:
        discard_kernel()  # stuck in the cell, or gone: the next edition starts a new one
        what = (f"ran longer than {timeout} s, the most a cell may take, and was stopped"
                if isinstance(exc, CellTimeoutError) else
                "was running when the kernel died (out of memory, or the cell ended Python)")
        fix = ("make the cell finish (an endless loop? a wait for something that never comes?), or allow more "
               "time with NEVREPORT_CELL_TIMEOUT=SECONDS" if isinstance(exc, CellTimeoutError) else
               "run the notebook in JupyterLab to see what the cell does")
        raise NotebookFailed(f"{tag} {watch.where()} {what}. Fix: {fix}\n"
                             f"  the previous report in {layout.reports_dir / name} is unchanged") from None
    except PapermillExecutionError as exc:
        origin = edition.cells[exc.cell_index].metadata.get(ORIGIN, {})
        notebook = origin.get("notebook", "?")
        kept = layout.reports_dir / FAILED / name / notebook
        kept.parent.mkdir(parents=True, exist_ok=True)
        if partial.exists():
            ran = nbformat.read(partial, as_version=4)
            ran.cells = [c for c in ran.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
            nbformat.write(split_edition(ran, names)[notebook], kept)
        first_line = (exc.source or "").strip().splitlines()[:1]
        cell = origin.get("cell")
        where = f"cell {cell}" if cell else "its parameters"
        raise NotebookFailed(
            f"{tag} notebooks/{notebook} failed in {where}"
            + (f" ({first_line[0][:60]})" if first_line and cell else "")
            + f": {exc.ename}: {exc.evalue}\n"
            f"  the partly executed notebook is kept at {kept}\n"
            f"  the previous report in {layout.reports_dir / name} is unchanged"
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return split_edition(done, names)


def _build_one_safely(ps: ParameterSet, layout: Layout, print_: str,
                      owner: int | None = None, neighbours: dict | None = None) -> tuple[str, dict | str]:
    try:
        return "ok", build_one(ps, layout, print_, owner, neighbours)
    except (NotebookFailed, UserError) as exc:
        return "failed", str(exc)
    except OSError as exc:
        return "failed", f"[{ps.name}] {write_error_message(exc, layout.reports_dir)}"
    except Exception as exc:  # an unexpected error still names the set, and never hides the old report
        return "failed", f"[{ps.name}] build failed: {exc.__class__.__name__}: {exc}"


# --- all parameter sets --------------------------------------------------------------------------------------

def check_data(layout: Layout) -> None:
    from nevreport import pipeline

    warnings: list = []
    problems, summary = pipeline.check(layout.data_dir, warnings=warnings)
    if problems:
        raise UserError("the data has problems; no report was published (the last good reports are unchanged)",
                        problems)
    say(summary)  # names the number of warnings; `nevreport validate` lists them


def check_prose(layout: Layout) -> None:
    from nevreport.story.notebook_checks import check_notebooks
    from nevreport.story.notebook_set import notebook_set_problems

    problems = notebook_set_problems(layout.notebooks_dir)
    if problems:
        raise UserError("the notebooks cannot be run as they are; no report was published (the last good reports "
                        "are unchanged)", problems)
    problems = check_notebooks(layout.notebooks_dir, outputs=False)
    if problems:
        raise UserError("the notebooks have numbers typed into their prose; no report was published (the last "
                        "good reports are unchanged)", problems)


def build_reports(names: list[str] | None = None, force: bool = False, jobs: int = 0,
                  layout: Layout | None = None) -> int:
    """Build the named parameter sets (default: all); return the process exit code."""
    layout = layout or Layout()
    started = time.perf_counter()
    sets = discover(layout.params_dir, names, layout.data_dir)
    with build_lock(layout):
        return _build_locked(sets, force, jobs, layout, started)


def _neighbours(sets: list[ParameterSet], layout: Layout) -> dict:
    """Each set's previous and newest edition among every parameter set (those named when others are invalid)."""
    try:
        every = discover(layout.params_dir, None, layout.data_dir)
    except UserError:
        every = sets
    return editions.links(every)


def _build_locked(sets: list[ParameterSet], force: bool, jobs: int, layout: Layout, started: float) -> int:
    with writing_reports(layout.reports_dir):
        refuse_linked_folders(layout.reports_dir, (STAGING, FAILED))
        recover_interrupted(layout)
    if "SOURCE_DATE_EPOCH" not in os.environ and (epoch := editions.source_date_epoch(layout.root)):
        os.environ["SOURCE_DATE_EPOCH"] = epoch  # the date each report states it was built
    links = _neighbours(sets, layout)
    prints = {ps.name: fingerprint(ps, layout, links.get(ps.name)) for ps in sets}
    stale = [ps for ps in sets if force or not is_fresh(ps, layout, prints[ps.name])]
    for ps in sets:
        if ps not in stale:
            say(f"[{ps.name}] up to date: {layout.reports_dir / ps.name}")
    if not stale:
        if not (layout.reports_dir / "index.html").exists():
            write_index(sets, layout)
        say(f"nothing to do: {len(sets)} report(s) up to date ({time.perf_counter() - started:.2f} s)")
        return 0

    # Bad data, bad prose or a missing typesetter stop the build before any kernel starts.
    say(f"checking data in {layout.data_dir}")
    check_data(layout)
    check_prose(layout)
    check_pdf_renderer()
    ensure_kernel()
    jobs = jobs or min(len(stale), os.cpu_count() or 1)
    owner = os.getpid()
    prepare_environment(layout)
    say(f"building {len(stale)} parameter set(s): {', '.join(ps.name for ps in stale)} ({jobs} at a time)")
    if jobs == 1 or len(stale) == 1:
        results = [_build_one_safely(ps, layout, prints[ps.name], owner, links.get(ps.name)) for ps in stale]
    else:
        # Each worker starts its kernel at once; the kernel loads its libraries while the worker gets ready.
        with ProcessPoolExecutor(max_workers=jobs, initializer=start_worker,
                                 initargs=(owner, layout.notebooks_dir)) as pool:
            futures = [pool.submit(_build_one_safely, ps, layout, prints[ps.name], owner, links.get(ps.name))
                       for ps in stale]
            results = [f.result() for f in futures]

    failures = [detail for status, detail in results if status == "failed"]
    write_index(sets, layout)
    say("")
    for status, detail in results:
        if status == "ok":
            folder = layout.reports_dir / detail["name"]
            say(f"[{detail['name']}] written in {detail['seconds']:.1f} s: "
                + ", ".join(str(folder / name) for name in OUTPUTS))
    say(f"index of all reports: {layout.reports_dir / 'index.html'}")
    if failures:
        for detail in failures:
            print(detail, file=sys.stderr)
        print(f"{len(failures)} of {len(stale)} parameter set(s) failed.", file=sys.stderr)
        return 1
    say(f"done: {len(stale)} report(s) built in {time.perf_counter() - started:.1f} s")
    return 0


def write_index(sets: list[ParameterSet], layout: Layout) -> None:
    from nevreport.publish.index import render_index

    # Every parameter set under params/, not only those this build was asked for: `nevreport build latest`
    # must not drop the other editions from the index.
    names = sorted({path.stem for path in layout.params_dir.glob("*.yaml")} | {ps.name for ps in sets})
    html = render_index(names, layout.reports_dir)
    target = layout.reports_dir / "index.html"
    partial = target.with_suffix(".html.partial")
    with writing_reports(layout.reports_dir):
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_aside(partial, html)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
