"""Editions that know each other: the one before each (for "what changed") and the newest (for older ones).

The previous edition of a parameter set is the one with the next-earlier as-of date (nevreport.story.changes,
which the notebook asks too); the newest is the one with the latest as-of date (the same date: the first by
name). What an edition is told here is part of its fingerprint, so adding an edition rebuilds those whose
previous or newest edition it becomes.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from nevreport.story.changes import previous_of


def links(sets: list) -> dict[str, dict[str, str]]:
    """{set name: {previous_edition, previous_as_of, newest_edition}} ("" where there is none).

    `sets` are ParameterSets (name, values["as_of"]). The newest edition's date is not given: an edition names
    no date later than its own.
    """
    dated = sorted((str(ps.values["as_of"]), ps.name) for ps in sets)
    if not dated:
        return {}
    newest_as_of = dated[-1][0]
    newest = min(name for as_of, name in dated if as_of == newest_as_of)
    found = {}
    pairs = [(name, as_of) for as_of, name in dated]
    for as_of, name in dated:
        previous_name, previous_as_of = previous_of(as_of, pairs) or ("", "")
        found[name] = {"previous_edition": previous_name, "previous_as_of": previous_as_of,
                       "newest_edition": "" if name == newest else newest}
    return found


def source_date_epoch(root: Path) -> str:
    """The build's date when SOURCE_DATE_EPOCH is not set: the time of the project's last commit ("" outside
    git), so that two builds of the same sources state the same date and give the same bytes."""
    try:
        done = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"], capture_output=True,
                              text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    stamp = done.stdout.strip()
    return stamp if done.returncode == 0 and stamp.isdigit() else ""


def day(epoch: str) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(int(epoch))) if epoch.isdigit() else ""


def newest_source(folder: Path, names=("figures.csv", "external_figures.csv")) -> str:
    """The latest `published` date in an edition's CSV files: the newest data the edition rests on."""
    import csv

    dates = []
    for name in names:
        path = Path(folder) / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                dates += [row.get("published", "") for row in csv.DictReader(handle)]
    return max((d for d in dates if d), default="")


def count_changes(folder: Path) -> int | None:
    """The number of changes since the previous edition (rows of changes.csv); None when there is no such file."""
    import csv

    path = Path(folder) / "changes.csv"
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def sources(folder: Path) -> list[dict[str, str]]:
    """The articles and pages an edition's figures come from (title, publisher, url, published), once each."""
    import csv

    found: dict[str, dict[str, str]] = {}
    for name, title in (("figures.csv", "source_title"), ("external_figures.csv", "title")):
        path = Path(folder) / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("url") and row["url"] not in found:
                    found[row["url"]] = {"title": row.get(title, ""), "publisher": row.get("publisher", ""),
                                         "url": row["url"], "published": row.get("published", "")}
    return sorted(found.values(), key=lambda s: (s["published"], s["url"]))
