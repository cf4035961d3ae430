"""reports/index.html: every parameter set side by side, the key indicators in one table, links to each report.

Written with the standard library only, so refreshing the index costs nothing when the reports are up to date.
"""

from __future__ import annotations

import csv
import json
from html import escape
from pathlib import Path

from nevreport import present

KEY_INDICATORS = [
    "nev_share_of_vehicle_exports_2023_jan_may",
    "nev_share_of_vehicle_exports_2022_jan_may_implied",
    "vehicle_exports_yoy_2023_forecast",
    "nev_sales_yoy_2024_forecast",
    "nev_sales_2023_h1_implied",
    "shanghai_nev_target_progress",
    "shanghai_nev_required_cagr",
]

CSS = """
body{font-family:"DejaVu Sans",system-ui,sans-serif;color:#1f2933;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}p.lead{color:#52606d;margin-top:0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #d9dee4;padding:.4rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}th{background:#f1f4f7}
.muted{color:#5f6b78}thead .muted{white-space:nowrap;font-weight:400}
tbody tr:first-child td{white-space:nowrap}th[scope=row]{min-width:11rem}
@media (max-width:600px){th[scope=row],thead th:first-child{position:sticky;left:0;z-index:1}}
"""


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: present.from_spreadsheet_text(v) for k, v in row.items()} for row in csv.DictReader(handle)]


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def render_index(names: list[str], reports_dir: Path) -> str:
    """The index page for the given parameter sets, from what each built report folder holds."""
    sets = []
    for name in names:
        folder = Path(reports_dir) / name
        meta_path = folder / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        indicators = {row["indicator_id"]: row for row in _read(folder / "indicators.csv")}
        sets.append((name, meta, indicators, (folder / "report.html").exists()))

    head = "".join(
        f"<th>{escape(name)}<br><span class=muted>as of {escape(meta.get('as_of', 'not built'))}</span></th>"
        for name, meta, _, _ in sets
    )
    links = "".join(
        "<td>" + (f'<a href="{escape(name)}/report.html">HTML</a> · <a href="{escape(name)}/report.pdf">PDF</a> · '
                  f'<a href="{escape(name)}/indicators.csv">CSV</a>' if built else '<span class=muted>not built</span>')
        + "</td>"
        for name, _, _, built in sets
    )
    rows = []
    for key in KEY_INDICATORS:
        # An edition that could not yet compute an indicator leaves its label empty (it names nothing later).
        label = next((ind[key]["label"] for _, _, ind, _ in sets if ind.get(key, {}).get("label")), key)
        cells = []
        for name, _, indicators, _ in sets:
            row = indicators.get(key)
            value = _number(row["value"]) if row else None
            if row is None or value is None:
                cells.append('<td class="num muted">n/a</td>')
                continue
            shown = present.format_value(value, row["unit"])
            spread = present.format_range(_number(row["low"]), _number(row["high"]), row["unit"])
            period = present.format_period(row.get("period", ""))
            title = f"{row['formula']} ({period})"
            # A link, not only a hover: on a phone the formula and inputs are one tap away in the report.
            target = f"{name}/report.html#ind-{key}"
            cells.append(f'<td class="num" title="{escape(title)}"><a href="{escape(target)}">{escape(shown)}</a>'
                         + (f'<br><span class=muted>{escape(spread)}</span>' if spread and spread != shown else "")
                         + "</td>")
        rows.append(f"<tr><th scope=row>{escape(label)}</th>{''.join(cells)}</tr>")
    descriptions = "".join(
        f"<li><strong>{escape(name)}</strong>: {escape(meta.get('description') or meta.get('subtitle', ''))}</li>"
        for name, meta, _, _ in sets
    )
    title = next((meta.get("title") for _, meta, _, _ in sets if meta.get("title")), "nevreport")
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}: all editions</title><style>{CSS}</style></head><body><main>"
        f"<h1>{escape(title)}</h1><p class=lead>Every edition side by side: each shows only what had been "
        "published by its as-of date.</p>"
        f"<ul>{descriptions}</ul>"
        f'<div class=scroll><table><thead><tr><th>Key indicator</th>{head}</tr></thead><tbody>'
        f"<tr><th scope=row>Report</th>{links}</tr>{''.join(rows)}</tbody></table></div>"
        "<p class=muted>Each value links to its entry in that edition's appendix: formula, inputs and quotes.</p>"
        "</main></body></html>\n"
    )
