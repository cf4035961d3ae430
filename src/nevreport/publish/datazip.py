"""An edition's data in one file: reports/<set>/data.zip, its CSV files and a README of their columns and licence.

The README's column meanings come from the declarations that read and check the tables (nevreport.curate.schema,
nevreport.indicators.io), so they never drift from data/DICTIONARY.md; their examples come from the edition's own
rows, so the README names nothing published after the edition's date. The archive's entries carry a fixed date,
so the same edition always gives the same bytes.
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from nevreport.curate.schema import FIGURES, SOURCES, SUPPLEMENTARY
from nevreport.indicators import io as indicator_io
from nevreport.publish import cite

NAME = cite.DATA_ZIP
_BELOW = re.compile(r"\b(vocabulary|vocabulary above|formats|naming|rule|the precision rule)( below| above)")
FILES = ("figures.csv", "external_figures.csv", "indicators.csv", "changes.csv")
WHAT = {
    "figures.csv": "every figure the articles published by the as-of date state, with the quote it was read from",
    "external_figures.csv": "the supplementary figures (later actuals from other sources) published by then",
    "indicators.csv": "every indicator: value, range, unit, period, formula and the ids of its inputs",
    "changes.csv": "what changed since the previous edition (not in a first edition)",
}
# Columns the build adds to the curated tables, or that only its outputs have.
ADDED = {
    "low": "the lowest value the figure's hedge and rounding allow, in base units (`-inf`: no lower end)",
    "high": "the highest value the figure's hedge and rounding allow, in base units (`inf`: no upper end)",
    "publisher": "who published the article",
    "source_title": "the article's headline",
    "url": "the web address of the article or page",
    "published": "publication date, YYYY-MM-DD",
    "change": "the kind of change: new, revised, judged (a forecast), decided (a goal) or conflict",
    "id": "the figure, supplementary figure or indicator the change is about",
    "what": "what it is, in words",
    "detail": "what changed, in words",
    "earlier_id": "the figure it revises or conflicts with, where there is one",
}
LICENCE = (
    "Licence: the tables are published under the {licence} licence of the project that builds this report "
    "({url}). The quotes and excerpts are short passages of the articles and pages named in each row, quoted "
    "to show where each number comes from; their copyright stays with their publishers. Cite the edition as "
    "its report's title page says:\n\n  {citation}\n"
)


def _own(rows: list[dict], column: str, count: int) -> list[str]:
    """Up to `count` different values of a column, in the order of the edition's own rows."""
    return list(dict.fromkeys(str(r.get(column) or "") for r in rows if r.get(column)))[:count]


def _eg(values: list[str]) -> str:
    return f", e.g. {', '.join(values)}" if values else ""


def _value_pairs(rows: list[dict]) -> str:
    pairs = [f"{r['stated']} -> {r['value']}" for r in rows if r.get("stated") and r.get("value")][:2]
    return f": {', '.join(pairs)}" if pairs else ""


# Meanings whose examples come from the edition's own rows, never from the whole data: an edition's folder names
# nothing published after its date (the declarations' examples are ids and values of later articles).
OWN_EXAMPLES = {
    ("figures.csv", "figure_id"): lambda rows: "unique id, lowercase letters, digits and _ ([a-z0-9_]+)"
    + _eg(_own(rows, "figure_id", 1)),
    ("figures.csv", "stated"): lambda rows: "the number exactly as the quote writes it, with its scale word and "
    "currency but without the hedge" + _eg(_own(rows, "stated", 3)),
    ("figures.csv", "value"): lambda rows: "the number in base units" + _value_pairs(rows)
    + ". A decline is negative when the quote says it is a fall",
    ("figures.csv", "entity"): lambda rows: "who or what the figure is about" + _eg(_own(rows, "entity", 4)),
    ("figures.csv", "metric"): lambda rows: "snake_case name of the quantity" + _eg(_own(rows, "metric", 2))
    + " (naming in the project's data/DICTIONARY.md)",
    ("figures.csv", "precision"): lambda rows: "how precisely the number is written, when the precision rule in "
    "the project's data/DICTIONARY.md reads it wrong: empty (the rule), exact (a count or number given in full) or "
    "the step in base units (500000: the number is rounded to the half million); also in the supplementary table",
    ("external_figures.csv", "source_id"): lambda rows: "unique id, ext_<metric>_<entity>_<period>, with the "
    "publisher added where two sources disagree" + _eg(_own(rows, "source_id", 1)),
}


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _meanings() -> dict[str, dict[str, str]]:
    declared = {"figures.csv": FIGURES, "external_figures.csv": SUPPLEMENTARY, "indicators.csv": indicator_io.TABLE}
    found = {name: {c.name: c.meaning for c in schema.columns} for name, schema in declared.items()}
    found["figures.csv"].setdefault("publisher", {c.name: c.meaning for c in SOURCES.columns}["publisher"])
    return found


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle), [])


def readme(folder: Path, info: dict) -> str:
    """README.txt of the archive: what each file holds, each column's meaning, the licence and the citation."""
    facts = cite.project()
    meanings = _meanings()
    lines = [f"{info.get('title') or 'Report'}: the data of edition {info.get('parameter_set', '')}",
             f"Data as of {info.get('as_of', '')}: only what had been published by then.", "",
             "UTF-8 CSV files with a header line. Numbers are in base units (1.2 million is 1200000); a text cell "
             "that a spreadsheet would run as a formula starts with an apostrophe, which is not part of the text.",
             ""]
    for name in FILES:
        path = Path(folder) / name
        if not path.exists():
            continue
        lines += [f"{name}: {WHAT[name]}"]
        rows = _rows(path) if any(file == name for file, _ in OWN_EXAMPLES) else []
        for column in _header(path):
            meaning = ADDED.get(column) if column in ADDED and name != "indicators.csv" else None
            if (name, column) in OWN_EXAMPLES:
                meaning = OWN_EXAMPLES[(name, column)](rows)
            meaning = meaning or meanings.get(name, {}).get(column) or ADDED.get(column, "")
            meaning = _BELOW.sub(r"\1 in the project's data/DICTIONARY.md", meaning.replace("`", ""))
            lines.append(f"  {column}: {' '.join(meaning.split())}")
        lines.append("")
    lines.append(LICENCE.format(licence=facts.get("license") or "MIT", url=facts.get("url") or "see CITATION.cff",
                                citation=cite.citation(info, facts)))
    return "\n".join(lines)


def write(folder: Path, info: dict) -> Path:
    """Write data.zip into an edition's folder from the CSV files there; the same files give the same bytes."""
    folder = Path(folder)
    target = folder / NAME
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, payload in [("README.txt", readme(folder, info).encode("utf-8")),
                              *((n, (folder / n).read_bytes()) for n in FILES if (folder / n).exists())]:
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, payload)
    return target
