"""The rows behind each chart and table, offered as a CSV download that works from the offline HTML file.

    downloads.rows(report, ["china_nev_sales_2023", "ext_nev_sales_china_2024", "nev_sales_yoy_2024"])
    downloads.attach(report, block, ids, "China's NEV sales")   # the block with its "Download these rows" link

The link carries the CSV itself as a `data:` address with a `download` name, so it needs no script, no server
and no network: a reader saves exactly the rows the chart or table shows, each with its value, range, unit,
period, source and the quote or formula it comes from. Text a spreadsheet would run as a formula gets a
leading apostrophe, as in every CSV the report writes. The link is for the screen only (`screen-only`): the
PDF carries the edition's CSV files as attachments instead.
"""

from __future__ import annotations

import base64
import io
import re
import unicodedata

from markupsafe import Markup

from nevreport.common import numbers
from nevreport.common.tables import CsvRows, cell_text, spreadsheet_text
from nevreport.story.blocks import Block

COLUMNS = ("id", "kind", "what", "entity", "period", "value", "low", "high", "unit", "status", "source",
           "published", "url", "quote_or_formula", "inputs", "appendix")
KIND_WORDS = {"figure": "article figure", "supplementary": "supplementary figure", "indicator": "indicator"}
PREFIX = {"figure": "fig", "supplementary": "ext", "indicator": "ind"}
_NUMERIC = {"value", "low", "high"}


def rows(report, ids) -> list[dict]:
    """One row per id (figure, supplementary figure or indicator known at `report`'s date), in order, once.

    `report` is a nevreport.story.report.Report (which imports this module, so it is not imported here).
    """
    found, seen = [], set()
    for key in ids:
        hit = report._lookup.get(key)
        if key in seen or hit is None:
            continue
        seen.add(key)
        kind, row = hit
        if kind == "indicator" and numbers.is_missing(row["value"]):
            continue
        common = {"id": key, "kind": KIND_WORDS[kind], "period": str(row.get("period") or ""),
                  "value": row["value"], "low": row["low"], "high": row["high"], "unit": row["unit"],
                  "appendix": f"report.html#{PREFIX[kind]}-{key}"}
        if kind == "indicator":
            found.append({**common, "what": row["label"], "entity": "", "status": str(row.get("kind") or ""),
                          "source": str(row.get("sources") or ""), "published": "", "url": "",
                          "quote_or_formula": row["formula"], "inputs": str(row.get("inputs") or "")})
        else:
            found.append({**common, "what": report.label(row["metric"]), "entity": row["entity"],
                          "status": row.get("status") or ("target" if str(row["metric"]).endswith("_target")
                                                          else "actual"),
                          "source": row["publisher"], "published": str(row["published"]), "url": row["url"],
                          "quote_or_formula": row["quote"] if kind == "figure" else row["excerpt"], "inputs": ""})
    return found


def csv_text(table: list[dict], columns=COLUMNS) -> str:
    """Rows as CSV text, formula-like text guarded, numbers as they are (inf for an open end)."""
    out = io.StringIO()
    writer = CsvRows(out)
    writer.writerow(list(columns))
    for row in table:
        writer.writerow([cell_text(row.get(c)) if c in _NUMERIC else spreadsheet_text(cell_text(row.get(c)))
                         for c in columns])
    return out.getvalue()


def file_name(title: str, as_of: str = "") -> str:
    """A safe, readable file name: "China's NEV sales" -> "chinas-nev-sales-2024-12-31.csv"."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\u2019]", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-") or "data"
    return f"{slug}-{as_of}.csv" if as_of else f"{slug}.csv"


def data_uri(text: str) -> str:
    """CSV text as a data: address (UTF-8 in base64, a third larger than the text, where percent-encoding a
    table's spaces, commas and quotes would double it); any browser saves it without a script."""
    return "data:text/csv;charset=utf-8;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def link(text: str, name: str, count: int, what: str = "rows") -> Markup:
    """The download link of one chart's or table's rows."""
    label = f"Download these {count:,} {what} (CSV)" if count != 1 else "Download this row (CSV)"
    return Markup('<p class="download screen-only"><a href="{}" download="{}" type="text/csv">{}</a></p>').format(
        data_uri(text), name, label)


def attach(report, block: Block, ids, title: str) -> Block:
    """The block followed by a link that downloads the rows of the given ids; the block alone when it is empty."""
    if not block:
        return block
    table = rows(report, ids)
    if not table:
        return block
    return Block(Markup("{}{}").format(block.html, link(csv_text(table), file_name(title, report.as_of),
                                                          len(table))), text=block.text)


def attach_rows(block: Block, table: list[dict], columns, title: str, as_of: str = "") -> Block:
    """The block followed by a link that downloads the given rows (for tables not made of figure ids)."""
    if not block or not table:
        return block
    return Block(Markup("{}{}").format(block.html, link(csv_text(table, columns), file_name(title, as_of),
                                                          len(table))), text=block.text)

