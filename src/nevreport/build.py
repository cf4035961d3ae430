"""Build every parameter set into reports/<set>/: execute the notebooks, render HTML and PDF, publish atomically.

One orchestrating process: papermill executes the notebooks (one kernel each), the report is rendered
in-process (nbconvert exporter + Typst), independent parameter sets run in parallel, and a set whose
inputs have not changed (by content, not timestamps) is not rebuilt. A set is built in reports/.tmp/ and
replaces reports/<set>/ only once HTML, PDF and CSV are all complete, so a failed or interrupted build
never costs the last good report.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from nevreport import config
from nevreport.errors import UserError
from nevreport.params import ParameterSet, discover
from nevreport.system import check_pdf_renderer

KERNEL_NAME = "nevreport"
OUTPUTS = ("report.html", "report.pdf", "indicators.csv")
ATTACHMENTS = ("indicators.csv", "figures.csv", "external_figures.csv")
FINGERPRINT_FILE = ".fingerprint"
STAGING = ".tmp"
FAILED = ".failed"
# The notebook whose executed cells become the report; the others prepare data for it.
REPORT_NOTEBOOK = "02_report.ipynb"


@dataclass(frozen=True)
class Layout:
    """Where a build reads and writes; NEVREPORT_ROOT (see nevreport.config) points it at a copy."""

    root: Path = config.ROOT
    data_dir: Path = config.DATA_DIR
    notebooks_dir: Path = config.NOTEBOOKS_DIR
    params_dir: Path = config.PARAMS_DIR
    reports_dir: Path = config.REPORTS_DIR


def say(message: str) -> None:
    print(message, flush=True)


# --- freshness -----------------------------------------------------------------------------------------------

def _read_csv_rows(path: Path) -> tuple[list[str], list[dict]]:
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or []), list(reader)


def fingerprint(ps: ParameterSet, layout: Layout) -> str:
    """Hash of everything this parameter set's report depends on, by content.

    Only the articles, figures and supplementary rows published on or before the set's as-of date count,
    so correcting a 2024 figure does not rebuild the 2021 vintage.
    """
    digest = hashlib.sha256()

    def add(label: str, payload: bytes) -> None:
        digest.update(label.encode() + b"\0" + hashlib.sha256(payload).digest())

    add("params", json.dumps(ps.values, sort_keys=True).encode())
    for path in sorted(layout.notebooks_dir.glob("*.ipynb")):
        add(f"notebook:{path.name}", path.read_bytes())
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".css", ".json", ".yaml", ".tpl", ".typ"}:
            add(f"package:{path.relative_to(config.PACKAGE_DIR)}", path.read_bytes())
    lockfile = layout.root / "uv.lock"
    if lockfile.exists():
        add("lock", lockfile.read_bytes())
    catalogue = config.indicator_catalogue(layout.data_dir)
    if catalogue.exists():
        add("catalogue", catalogue.read_bytes())

    as_of = ps.values["as_of"]
    try:
        _, sources = _read_csv_rows(config.sources_csv(layout.data_dir))
        known = {row["file"] for row in sources if row.get("published", "") <= as_of}
        add("sources", json.dumps([r for r in sources if r["file"] in known], sort_keys=True).encode())
        for name in sorted(known):
            article = config.raw_articles_dir(layout.data_dir) / name
            add(f"article:{name}", article.read_bytes() if article.exists() else b"<missing>")
        header, figures = _read_csv_rows(config.figures_csv(layout.data_dir))
        add("figures", json.dumps([header, [r for r in figures if r.get("article") in known]]).encode())
        header, external = _read_csv_rows(config.external_csv(layout.data_dir))
        add("external", json.dumps([header, [r for r in external if r.get("published", "") <= as_of]]).encode())
    except (OSError, UnicodeDecodeError, csv.Error, KeyError, TypeError):
        # Unreadable data: fall back to hashing every data file whole; validation will explain the problem.
        for path in sorted(layout.data_dir.rglob("*")):
            if path.is_file():
                add(f"data:{path.relative_to(layout.data_dir)}", path.read_bytes())
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


def publish(staged: Path, final: Path) -> None:
    """Replace `final` by `staged`; the old report stays in place until the new one is complete."""
    aside = staged.parent / f"{final.name}.old-{os.getpid()}"
    if final.exists():
        final.rename(aside)
    staged.rename(final)
    shutil.rmtree(aside, ignore_errors=True)


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
        run_sync(_kernel.start_kernel)(cwd=str(cwd), extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        atexit.register(lambda km=_kernel: run_sync(km.shutdown_kernel)(now=True))
        return _kernel
    client = BlockingKernelClient()
    client.load_connection_info(_kernel.get_connection_info())
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        client.execute_interactive("get_ipython().run_line_magic('reset', '-f')", store_history=False,
                                   timeout=60, output_hook=lambda msg: None)
    finally:
        client.stop_channels()
    return _kernel


def report_metadata(ps: ParameterSet) -> dict:
    meta = {
        "title": ps.values["title"],
        "subtitle": ps.values.get("subtitle", ""),
        "parameter_set": ps.name,
        "as_of": ps.values["as_of"],
    }
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    meta["generated"] = time.strftime("%Y-%m-%d", time.gmtime(int(epoch))) if epoch.isdigit() else ""
    return meta


class NotebookFailed(Exception):
    pass


def build_one(ps: ParameterSet, layout: Layout, print_: str) -> dict:
    """Execute the notebooks of one parameter set and publish its report. Runs in a worker process."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from nevreport.exporters import render_report

    started = time.perf_counter()
    tag = f"[{ps.name}]"
    staging = layout.reports_dir / STAGING
    staging.mkdir(parents=True, exist_ok=True)
    work = staging / f"{ps.name}.build-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "notebooks").mkdir(parents=True)
    parameters = {**ps.values, "parameter_set": ps.name, "output_dir": str(work.resolve())}
    # The kernels inherit this, so notebooks read the same data folder as the build.
    os.environ["NEVREPORT_ROOT"] = str(layout.root.resolve())
    notebooks = sorted(layout.notebooks_dir.glob("[0-9]*.ipynb"))
    if not any(nb.name == REPORT_NOTEBOOK for nb in notebooks):
        raise UserError(f"{layout.notebooks_dir / REPORT_NOTEBOOK} is missing; it holds the report's story")
    try:
        for notebook in notebooks:
            executed = work / "notebooks" / notebook.name
            say(f"{tag} executing notebooks/{notebook.name}")
            try:
                papermill.execute_notebook(
                    str(notebook), str(executed), parameters=parameters, kernel_name=KERNEL_NAME,
                    progress_bar=False, log_output=False, cwd=str(layout.notebooks_dir),
                    request_save_on_cell_execute=False, km=shared_kernel(layout.notebooks_dir),
                )
            except PapermillExecutionError as exc:
                kept = layout.reports_dir / FAILED / ps.name / notebook.name
                kept.parent.mkdir(parents=True, exist_ok=True)
                if executed.exists():
                    shutil.copyfile(executed, kept)
                # Number the cell as the user sees it in notebooks/, without the cell papermill injected.
                cell = _cell_number(notebook, exc.source) or exc.cell_index + 1
                first_line = (exc.source or "").strip().splitlines()[:1]
                raise NotebookFailed(
                    f"{tag} notebooks/{notebook.name} failed in cell {cell}"
                    + (f" ({first_line[0][:60]})" if first_line else "")
                    + f": {exc.ename}: {exc.evalue}\n"
                    f"  the partly executed notebook is kept at {kept}\n"
                    f"  the previous report in {layout.reports_dir / ps.name} is unchanged"
                ) from None
        say(f"{tag} rendering report.html and report.pdf")
        report = nbformat.read(work / "notebooks" / REPORT_NOTEBOOK, as_version=4)
        report.metadata["nevreport"] = report_metadata(ps)
        # The edition's CSV files travel inside the PDF too (PDF/A-3 attachments).
        render_report(report, html_path=work / "report.html", pdf_path=work / "report.pdf",
                      attachments=[work / name for name in ATTACHMENTS])
        missing = [name for name in OUTPUTS if not (work / name).exists()]
        if missing:
            raise NotebookFailed(f"{tag} the notebooks did not write {', '.join(missing)}; "
                                 "the previous report is unchanged")
        meta = {**report_metadata(ps), "description": ps.values.get("description", "")}
        (work / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
        (work / FINGERPRINT_FILE).write_text(print_ + "\n")
        publish(work, layout.reports_dir / ps.name)
        shutil.rmtree(layout.reports_dir / FAILED / ps.name, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"name": ps.name, "seconds": time.perf_counter() - started}


def _cell_number(notebook: Path, source: str) -> int | None:
    """The 1-based position of the cell holding `source` in the stored notebook (papermill adds cells)."""
    import nbformat

    try:
        cells = nbformat.read(notebook, as_version=4).cells
    except (OSError, ValueError):
        return None
    return next((i + 1 for i, c in enumerate(cells) if c.source.strip() == (source or "").strip()), None)


def _build_one_safely(ps: ParameterSet, layout: Layout, print_: str) -> tuple[str, dict | str]:
    try:
        return "ok", build_one(ps, layout, print_)
    except (NotebookFailed, UserError) as exc:
        return "failed", str(exc)
    except Exception as exc:  # an unexpected error still names the set, and never hides the old report
        return "failed", f"[{ps.name}] build failed: {exc.__class__.__name__}: {exc}"


# --- all parameter sets --------------------------------------------------------------------------------------

def check_data(layout: Layout) -> None:
    from nevreport.figures import validate_data_dir

    problems, summary = validate_data_dir(layout.data_dir)
    if problems:
        raise UserError("the data has problems; no report was published (the last good reports are unchanged)",
                        problems)
    say(summary)


def build_reports(names: list[str] | None = None, force: bool = False, jobs: int = 0,
                  layout: Layout | None = None) -> int:
    """Build the named parameter sets (default: all); return the process exit code."""
    layout = layout or Layout()
    started = time.perf_counter()
    sets = discover(layout.params_dir, names)
    recover_interrupted(layout)
    prints = {ps.name: fingerprint(ps, layout) for ps in sets}
    stale = [ps for ps in sets if force or not is_fresh(ps, layout, prints[ps.name])]
    for ps in sets:
        if ps not in stale:
            say(f"[{ps.name}] up to date: {layout.reports_dir / ps.name}")
    if not stale:
        if not (layout.reports_dir / "index.html").exists():
            write_index(sets, layout)
        say(f"nothing to do: {len(sets)} report(s) up to date ({time.perf_counter() - started:.2f} s)")
        return 0

    say(f"checking data in {layout.data_dir}")
    check_data(layout)
    check_pdf_renderer()  # before any kernel starts: a missing typesetter is not worth a half build
    ensure_kernel()
    jobs = jobs or min(len(stale), os.cpu_count() or 1)
    say(f"building {len(stale)} parameter set(s): {', '.join(ps.name for ps in stale)} ({jobs} at a time)")
    if jobs == 1 or len(stale) == 1:
        results = [_build_one_safely(ps, layout, prints[ps.name]) for ps in stale]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(_build_one_safely, ps, layout, prints[ps.name]) for ps in stale]
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
    from nevreport.index import render_index

    html = render_index([ps.name for ps in sets], layout.reports_dir)
    target = layout.reports_dir / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".html.partial")
    partial.write_text(html, encoding="utf-8")
    os.replace(partial, target)
