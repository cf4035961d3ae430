"""A report's appendix: every figure with its quote, every supplementary figure with its excerpt, every indicator
with its formula and inputs, each at the anchor the numbers in the text link to."""

from __future__ import annotations

from nevreport.common import numbers
from nevreport.common.dates import format_period
from nevreport.story import fragments, present
from nevreport.story.blocks import Block


def appendix_figures(report) -> Block:
    entries = []
    for row in report.figures.to_dict("records"):
        facts = [present.stated_text(row), numbers.format_range(row["low"], row["high"], row["unit"]),
                 report.label(row["metric"]), row["status"], format_period(row["period"])]
        if not numbers.is_missing(row.get("note")) and row.get("note"):
            facts.append(f"note: {row['note']}")
        entries.append(_entry(f"fig-{row['figure_id']}", row["figure_id"], facts, row, quote=row["quote"],
                                   article=row["article"]))
    return Block(present.render_template("appendix.html.j2", kind="figure", entries=entries))


def appendix_supplementary(report) -> Block:
    entries = []
    for row in report.supplementary.to_dict("records"):
        facts = [present.stated_text(row), report.label(row["metric"]), format_period(row["period"]),
                 f"{row['confidence']} confidence"]
        if not numbers.is_missing(row.get("note")) and row.get("note"):
            facts.append(f"note: {row['note']}")
        entries.append(_entry(f"ext-{row['source_id']}", row["source_id"], facts, row,
                                   quote=row["excerpt"]))
    return Block(present.render_template("appendix.html.j2", kind="supplementary", entries=entries))


def appendix_indicators(report) -> Block:
    """Every indicator computable at this date; those whose inputs came later are not named."""
    entries = []
    for row in report.indicators.to_dict("records"):
        if numbers.is_missing(row["value"]):
            continue
        facts = [present.indicator_text(row),
                 numbers.range_text(row["value"], row["low"], row["high"], row["unit"]),
                 format_period(row["period"]) if row["period"] else ""]
        inputs = [{"key": key, "anchor": report.anchor(key)} for key in str(row["inputs"]).split(";") if key]
        notes = [str(n) for n in (row.get("verdict"), row.get("note")) if not numbers.is_missing(n) and n]
        entries.append({"anchor": f"ind-{row['indicator_id']}", "name": row["indicator_id"],
                        "facts": [f for f in facts if f], "label": row["label"], "formula": row["formula"],
                        "notes": notes, "inputs": inputs})
    return Block(present.render_template("appendix.html.j2", kind="indicator", entries=entries))


def _entry(anchor: str, name: str, facts: list[str], row: dict, **more) -> dict:
    """An appendix entry of an article or supplementary figure: its facts, quote and source."""
    return {"anchor": anchor, "name": name, "facts": [f for f in facts if f], "url": row["url"],
            "publisher": row["publisher"], "published": str(row["published"]),
            "quote_url": fragments.quote_url(row["url"], more.get("quote", "")), **more}
