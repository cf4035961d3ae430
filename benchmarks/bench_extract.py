"""Throughput of extract_mentions on the synthetic corpus, and how well it recovers the corpus's figures.

    python benchmarks/bench_extract.py [--articles 1000] [--runs 5]

measure_extract() returns a dict (the main benchmark folds it in); run as a script it prints the dict
as JSON on the last line.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus  # noqa: E402

from nevreport.ingest.extract import extract_mentions  # noqa: E402


def measure_extract(n_articles: int = 1000, runs: int = 5, seed: int = 0) -> dict:
    """Median MB/s of extract_mentions over a generated corpus, with recall and precision against its key."""
    with tempfile.TemporaryDirectory() as folder:
        data = generate_corpus(Path(folder) / "corpus", n_articles=n_articles, seed=seed)
        paths = sorted((data / "raw" / "articles").glob("*.txt"))
        texts = {path.name: path.read_text(encoding="utf-8") for path in paths}
        with open(data / "figures.csv", encoding="utf-8", newline="") as handle:
            key = list(csv.DictReader(handle))

    megabytes = sum(len(text.encode("utf-8")) for text in texts.values()) / 1e6
    # Wall time is what a user waits; CPU time of this process shows the speed when other work shares
    # the machine's cores.
    wall, cpu = [], []
    for _ in range(runs):
        started_wall, started_cpu = time.perf_counter(), time.process_time()
        found = {name: extract_mentions(text) for name, text in texts.items()}
        wall.append(time.perf_counter() - started_wall)
        cpu.append(time.process_time() - started_cpu)
    median = statistics.median(wall)

    # A figure is recovered when a mention sits where its stated number stands in the article.
    expected = set()
    for row in key:
        text = texts[row["article"]]
        quote_at = text.index(row["quote"])
        stated_at = quote_at + row["quote"].index(row["stated"])
        expected.add((row["article"], stated_at, stated_at + len(row["stated"]), float(row["value"])))
    got = {(name, m.start, m.end, m.value) for name, mentions in found.items() for m in mentions}
    hits = len(expected & got)
    return {
        "extract_articles": len(texts),
        "extract_corpus_mb": round(megabytes, 2),
        "extract_runs": runs,
        "extract_median_s": round(median, 3),
        "extract_mb_per_s": round(megabytes / median, 1),
        "extract_cpu_mb_per_s": round(megabytes / statistics.median(cpu), 1),
        "extract_mentions": len(got),
        "extract_recall": round(hits / len(expected), 4) if expected else 1.0,
        "extract_precision": round(hits / len(got), 4) if got else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result = measure_extract(args.articles, args.runs)
    for name, value in result.items():
        print(f"{name:22} {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
