"""Build every parameter set into reports/<set>/: execute the notebooks, render HTML and PDF, publish atomically.

One orchestrating process: each worker keeps one kernel (nevreport.publish.workers), in which papermill executes
an edition's notebooks as one notebook (nevreport.publish.edition); the report is rendered
in-process (nbconvert exporter + Typst), independent parameter sets run in parallel, and a set whose
inputs have not changed (by content, not timestamps) is not rebuilt. A set is built in reports/.tmp/ and
replaces reports/<set>/ only once HTML, PDF and CSV are all complete, so a failed or interrupted build
never costs the last good report.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from nevreport.common.dates import build_date
from nevreport.common.errors import UserError
from nevreport.curate.params import ParameterSet, discover
from nevreport.publish import datazip, editions
from nevreport.publish.edition import REPORT_NOTEBOOK, NotebookFailed, execute_edition, merge_chapters
from nevreport.publish.freshness import fingerprint, is_fresh
from nevreport.publish.layout import (
    ATTACHMENTS,
    FAILED,
    FINGERPRINT_FILE,
    OUTPUTS,
    STAGING,
    Layout,
    say,
)
from nevreport.publish.reportfiles import (
    build_lock,
    publish,
    recover_interrupted,
    refuse_linked_folders,
    write_aside,
    write_error_message,
    writing_reports,
)
from nevreport.publish.system import check_pdf_renderer
from nevreport.publish.workers import ensure_kernel, prepare_environment, start_worker
from nevreport.story.notebook_set import CHAPTERS_FROM, notebook_order


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
            try:
                # (a worker may stop before the last edition is handed out: submitting then fails the same way)
                futures = [pool.submit(_build_one_safely, ps, layout, prints[ps.name], owner, links.get(ps.name))
                           for ps in stale]
                results = [f.result() for f in futures]
            except BrokenProcessPool:
                # a worker killed from outside (out of memory, a signal): no traceback, and what it had not
                # finished keeps its last report (its half-built copy is cleared by the next build)
                print(f"error: a build process stopped abruptly (killed, or out of memory) while building "
                      f"{', '.join(ps.name for ps in stale)}; an edition it had not finished keeps its last report. "
                      "Fix: run `make report` again; if it stops again, build one edition at a time with "
                      "`.venv/bin/nevreport build --jobs 1`.", file=sys.stderr)
                return 1

    failures = [detail for status, detail in results if status == "failed"]
    write_index(sets, layout)
    say("")
    for status, detail in results:
        if status == "ok" and isinstance(detail, dict):
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
    from nevreport.curate.catalogue import load_catalogue
    from nevreport.publish.index import render_index

    # Every parameter set under params/, not only those this build was asked for: `nevreport build latest`
    # must not drop the other editions from the index.
    names = sorted({path.stem for path in layout.params_dir.glob("*.yaml")} | {ps.name for ps in sets})
    html = render_index(names, layout.reports_dir, load_catalogue(layout.data_dir).key_indicators)
    target = layout.reports_dir / "index.html"
    partial = target.with_suffix(".html.partial")
    with writing_reports(layout.reports_dir):
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_aside(partial, html)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
