"""reports/index.html: every parameter set side by side, the key indicators in one table, links to each report.

The page is templates/index.html.j2 (with index.css); it reads only what each built report folder holds,
so refreshing the index costs next to nothing when the reports are up to date.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from nevreport.common import numbers, templates
from nevreport.common.dates import format_period
from nevreport.indicators.io import read_indicators_csv

TEMPLATES_DIR = Path(__file__).parent / "templates"



def _read(path: Path) -> list[dict]:
    return read_indicators_csv(path).to_dict("records") if path.exists() else []


def _number(value) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def render_index(names: list[str], reports_dir: Path, key_indicators: list[str]) -> str:
    """The index page for the given parameter sets, from what each built report folder holds; a row for each
    key indicator (the catalogue's entries marked `index: true`)."""
    editions, indicators_of = [], []
    for name in names:
        folder = Path(reports_dir) / name
        meta_path = folder / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        indicators_of.append({row["indicator_id"]: row for row in _read(folder / "indicators.csv")})
        editions.append({"name": name, "as_of": meta.get("as_of", "not built"), "as_of_note": meta.get("as_of_note"),
                         "description": meta.get("description") or meta.get("subtitle", ""),
                         "built": (folder / "report.html").exists(), "title": meta.get("title"),
                         "changes": meta.get("changes"), "previous": meta.get("previous_edition", "")})
    rows = []
    for key in key_indicators:
        # An edition that could not yet compute an indicator leaves its label empty (it names nothing later).
        label = next((ind[key]["label"] for ind in indicators_of if ind.get(key, {}).get("label")), key)
        rows.append({"label": label, "cells": [_cell(edition["name"], key, indicators.get(key))
                                               for edition, indicators in zip(editions, indicators_of, strict=True)]})
    title = next((edition["title"] for edition in editions if edition["title"]), "nevreport")
    page = templates.render(TEMPLATES_DIR, "index.html.j2", title=title, editions=editions, rows=rows)
    return f"{page}\n"


def _cell(name: str, key: str, row: dict | None) -> dict | None:
    """One edition's value of a key indicator as the index shows it; None when that edition does not know it."""
    value = _number(row["value"]) if row else None
    if row is None or value is None:
        return None
    # As the report says it: the bound a value rests on ("at most 33.3%"), the period it is of (the base year of a
    # progress figure), and the range only where it says more than the value.
    shown = numbers.value_text(value, _number(row["low"]), _number(row["high"]), row["unit"])
    spread = numbers.range_text(value, _number(row["low"]), _number(row["high"]), row["unit"])
    period = format_period(row.get("period", ""))
    return {"shown": shown, "spread": "; ".join(part for part in (period, spread) if part),
            "title": f"{row['formula']} ({period})", "target": f"{name}/report.html#ind-{key}"}
