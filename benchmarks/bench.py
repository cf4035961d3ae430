"""Measure the build as a user meets it, and print the figures; the last line is one JSON object.

    make bench            # warm environment: full build, naive chain, no-op, one-figure change, 1,000 articles
    make bench COLD=1     # also a fresh clone's first `make report`, dependency install included

Every timing is the median of several runs on this machine, in one run of this script. The builds run in a
temporary copy of the project, so reports/ is not touched (except the no-op `make report`, which is run in the
repository itself, as a user would, after one build to make it up to date).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from nevreport.publish.edition import REPORT_NOTEBOOK, merge_chapters
from nevreport.story.notebook_set import notebook_order

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def copy_project(dest: Path) -> Path:
    for folder in ("data", "notebooks", "params"):
        shutil.copytree(ROOT / folder, dest / folder)
    shutil.copyfile(ROOT / "uv.lock", dest / "uv.lock")
    return dest


def timed(command: list[str], env: dict | None = None, cwd: Path | None = None) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    return elapsed


def median_of(runs: int, step) -> float:
    return statistics.median(step() for _ in range(runs))


def env_for(root: Path) -> dict:
    return dict(os.environ, NEVREPORT_ROOT=str(root), JUPYTER_PREFER_ENV_PATH="1")


def full_build(root: Path) -> float:
    shutil.rmtree(root / "reports", ignore_errors=True)
    return timed([str(BIN / "nevreport"), "build"], env=env_for(root))


def naive_chain(root: Path) -> float:
    """The same work with one CLI process per step: papermill per notebook, nbconvert per format."""
    out = root / "naive"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    env = env_for(root)
    started = time.perf_counter()
    for params in sorted((root / "params").glob("*.yaml")):
        folder = out / params.stem
        folder.mkdir()
        for notebook in sorted((root / "notebooks").glob("[0-9]*.ipynb")):
            timed([str(BIN / "papermill"), str(notebook), str(folder / notebook.name), "-f", str(params),
                   "-p", "output_dir", str(folder), "-p", "parameter_set", params.stem,
                   "--cwd", str(root / "notebooks"),
                   "-k", "nevreport", "--no-progress-bar"], env=env)
        _, chapters = notebook_order(root / "notebooks")
        nbformat.write(merge_chapters([folder / nb.name for nb in chapters]), folder / REPORT_NOTEBOOK)
        for exporter in ("report-html", "report-pdf"):
            timed([str(BIN / "jupyter"), "nbconvert", "--to", exporter, str(folder / REPORT_NOTEBOOK),
                   "--output-dir", str(folder)], env=env)
    return time.perf_counter() - started


def pdf_render(root: Path, runs: int) -> float:
    """Median seconds to typeset one edition's PDF in-process from its report HTML, as the build does."""
    import nbformat

    from nevreport.publish.edition import REPORT_NOTEBOOK
    from nevreport.publish.exporters import ReportHTMLExporter, html_to_pdf, report_info

    folder = root / "reports" / "latest"
    nb = nbformat.read(folder / "notebooks" / REPORT_NOTEBOOK, as_version=4)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    nb.metadata["nevreport"] = {k: v for k, v in meta.items() if k != "description"}
    attachments = [folder / name for name in ("indicators.csv", "figures.csv", "external_figures.csv")]
    document, _ = ReportHTMLExporter().from_notebook_node(nb)
    info = report_info(nb)
    html_to_pdf(document, info, attachments=attachments)  # warm: the typesetter loads its fonts once per process
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        html_to_pdf(document, info, attachments=attachments)
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def noop_make_report() -> float:
    timed(["make", "-s", "report"], cwd=ROOT)  # make it up to date first
    return timed(["make", "-s", "report"], cwd=ROOT)


def one_figure_change(root: Path) -> tuple[float, list[str]]:
    """Edit the note of one 2024 figure; time the rebuild and list what was rebuilt."""
    figures = root / "data" / "figures.csv"
    rows = list(csv.DictReader(figures.open(encoding="utf-8-sig", newline="")))
    for row in rows:
        if row["figure_id"] == "china_nev_sales_2024_forecast":
            row["note"] = (row["note"] + " Checked.").strip()
    with figures.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    started = time.perf_counter()
    result = subprocess.run([str(BIN / "nevreport"), "build"], env=env_for(root), capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    rebuilt = sorted({line.split("]")[0].strip("[") for line in result.stdout.splitlines() if "] executing" in line})
    return elapsed, rebuilt


def corpus_figures(workdir: Path, runs: int) -> dict:
    from corpus import generate_corpus

    data = workdir / "corpus"
    generate_corpus(data, n_articles=1000)
    articles = sorted((data / "raw" / "articles").glob("*.txt"))
    megabytes = sum(a.stat().st_size for a in articles) / 1e6

    def child(code: str) -> tuple[float, float]:
        """Seconds and peak resident memory (MB) of one fresh process running `code`."""
        report_peak = "\nimport resource; print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", code + report_peak], capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit(f"benchmark step failed:\n{result.stdout}\n{result.stderr}")
        peak_kb = int(result.stdout.rsplit("PEAK", 1)[1])
        return elapsed, peak_kb / 1024

    validate_code = ("from nevreport.cli import main\n"
                     f"assert main(['validate', '--data-dir', {str(data)!r}]) == 0")
    extract_code = ("import pathlib\nfrom nevreport.ingest.extract import extract_mentions\n"
                    f"for p in sorted(pathlib.Path({str(data / 'raw' / 'articles')!r}).glob('*.txt')):\n"
                    "    extract_mentions(p.read_text(encoding='utf-8'))")
    validate = [child(validate_code) for _ in range(runs)]
    extract_runs = [child(extract_code) for _ in range(runs)]

    from nevreport.ingest.extract import extract_mentions

    texts = [a.read_text(encoding="utf-8") for a in articles]
    in_process = []
    for _ in range(runs):
        started = time.perf_counter()
        for text in texts:
            extract_mentions(text)
        in_process.append(time.perf_counter() - started)
    extract_seconds = statistics.median(in_process)
    return {
        "corpus_articles": len(articles),
        "corpus_mb": round(megabytes, 2),
        "validate_1000_s": round(statistics.median(v[0] for v in validate), 2),
        "validate_1000_peak_mb": round(max(v[1] for v in validate), 1),
        "extract_1000_s": round(extract_seconds, 3),
        "extract_mb_per_s": round(megabytes / extract_seconds, 1),
        "extract_1000_process_s": round(statistics.median(e[0] for e in extract_runs), 2),
        "extract_1000_peak_mb": round(max(e[1] for e in extract_runs), 1),
    }


def cold_start(workdir: Path) -> float:
    """A fresh clone's first `make report` with an empty package cache: bootstrap, install, build."""
    clone = workdir / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "NEVREPORT", "UV_"))}
    env["UV_CACHE_DIR"] = str(workdir / "uv-cache")
    env["PIP_NO_CACHE_DIR"] = "1"
    return timed(["make", "-s", "report"], env=env, cwd=clone)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median is reported)")
    parser.add_argument("--naive-runs", type=int, default=1, help="runs of the slow naive chain")
    parser.add_argument("--cold", action="store_true", help="also time a fresh clone's first make report")
    args = parser.parse_args()
    results: dict = {"cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="nevreport-bench-") as tmp:
        work = Path(tmp)
        root = copy_project(work / "project")
        print(f"1. full build of every parameter set, warm, from no outputs ({args.runs} runs)...", flush=True)
        results["full_build_s"] = round(median_of(args.runs, lambda: full_build(root)), 2)
        print(f"   {results['full_build_s']} s", flush=True)
        print("   rendering one edition's report (HTML and PDF) in-process...", flush=True)
        results["pdf_render_s"] = round(pdf_render(root, max(args.runs, 5)), 3)
        print(f"   {results['pdf_render_s']} s (target <= 0.5 s)", flush=True)
        print(f"2. the same work the naive way, one CLI process per step ({args.naive_runs} run(s))...", flush=True)
        results["naive_chain_s"] = round(median_of(args.naive_runs, lambda: naive_chain(root)), 2)
        results["full_over_naive"] = round(results["full_build_s"] / results["naive_chain_s"], 3)
        print(f"   {results['naive_chain_s']} s; ratio {results['full_over_naive']} (target <= 0.10)", flush=True)
        print("3. no-op `make report` (nothing changed)...", flush=True)
        results["noop_make_report_s"] = round(median_of(args.runs, noop_make_report), 3)
        print(f"   {results['noop_make_report_s']} s (target < 1 s)", flush=True)
        print("4. rebuild after changing one 2024 figure in data/figures.csv...", flush=True)
        full_build(root)
        seconds, rebuilt = one_figure_change(root)
        results["one_figure_rebuild_s"] = round(seconds, 2)
        results["one_figure_rebuilt_sets"] = rebuilt
        print(f"   {seconds:.2f} s; rebuilt: {', '.join(rebuilt)}", flush=True)
        print("5. validate and extract on a generated corpus of 1,000 articles...", flush=True)
        results.update(corpus_figures(work, args.runs))
        print(f"   validate {results['validate_1000_s']} s, peak {results['validate_1000_peak_mb']} MB; "
              f"extract {results['extract_mb_per_s']} MB/s", flush=True)
        print("6. proposals for new articles, against the rows a reviewer writes...", flush=True)
        from bench_propose import HELD_OUT, format_shares, measure_proposals

        proposals = measure_proposals()
        not_claims = proposals.pop("not_claims")
        for detail in ("corrections", "missed"):
            proposals.pop(detail)
        results.update(proposals)
        print("   development set: " + format_shares(proposals).replace("\n", "\n   "), flush=True)
        for article, stated in not_claims:
            print(f"     proposed, but not a claim: {article} '{stated}'", flush=True)
        held_out = measure_proposals(HELD_OUT)
        held_out_not_claims = held_out.pop("not_claims")
        for detail in ("corrections", "missed"):
            held_out.pop(detail)
        results.update({f"held_out_{key}": value for key, value in held_out.items()})
        print("   held-out set: " + format_shares(held_out).replace("\n", "\n   "), flush=True)
        print(f"     {len(held_out_not_claims)} proposed row(s) not a claim", flush=True)
        if args.cold:
            print("7. cold start: fresh clone, first `make report`, dependency install included...", flush=True)
            results["cold_make_report_s"] = round(cold_start(work), 1)
            print(f"   {results['cold_make_report_s']} s", flush=True)
    print(json.dumps(results, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
