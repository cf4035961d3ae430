"""The report's content: a context holding what was known at the as-of date, and the sections built from it.

Prose is written as templates whose placeholders name figures, supplementary figures or indicators
(`{china_vehicle_exports_2022}`, `{nev_share_of_vehicle_exports_2023_jan_may:range}`,
`{china_nev_sales_2023:period}`), so no number is ever typed into a sentence; a sentence whose inputs were
not yet published at the as-of date is left out, and a section with nothing to show says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import pandas as pd

from nevreport import config, present

# Shanghai's goal as the articles state it; `{goal}` in a template may be a parameter set's what-if instead.
STATED_GOAL = "shanghai_nev_production_target_2025"
GOAL = "goal"
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?::([a-z]+))?\}")


class _Html(str):
    """HTML that Jupyter displays as HTML (and papermill stores as text/html)."""

    def _repr_html_(self) -> str:
        return str(self)


def html(text: str) -> _Html:
    return _Html(text)


@dataclass
class Report:
    """Everything a report for one as-of date needs, already filtered to what had been published by then."""

    as_of: str
    figures: pd.DataFrame
    external: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    target_units: float | None = None
    target_year: int | None = None
    _lookup: dict = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, as_of: str, output_dir: str | Path | None = None, data_dir: Path = config.DATA_DIR,
             target_units: float | None = None, target_year: int | None = None) -> Report:
        """Load checked figures and indicators as of a date; reuse indicators.csv when a build wrote it."""
        from nevreport.figures import load_external, load_figures, load_sources
        from nevreport.indicators import compute_indicators, read_indicators_csv

        cutoff = pd.Timestamp(as_of).date()
        figures = load_figures(data_dir)
        figures = figures[figures["published"] <= cutoff].reset_index(drop=True)
        external = load_external(data_dir)
        external = external[external["published"] <= cutoff].reset_index(drop=True)
        sources = load_sources(data_dir)
        saved = Path(output_dir) / "indicators.csv" if output_dir else None
        if saved is not None and saved.exists():
            indicators = read_indicators_csv(saved)
        else:
            indicators = compute_indicators(as_of, data_dir=data_dir, target_units=target_units,
                                            target_year=target_year)
        report = cls(str(as_of), figures, external, indicators, sources, target_units, target_year)
        report._index()
        return report

    def _index(self) -> None:
        self._lookup = {}
        for row in self.figures.to_dict("records"):
            self._lookup[row["figure_id"]] = ("figure", row)
        for row in self.external.to_dict("records"):
            self._lookup[row["source_id"]] = ("external", row)
        for row in self.indicators.to_dict("records"):
            self._lookup[row["indicator_id"]] = ("indicator", row)

    # --- looking things up -------------------------------------------------------------------------------

    def get(self, key: str) -> dict | None:
        """The row of a figure, supplementary figure or indicator; None when not known at the as-of date.

        `goal` is Shanghai's NEV goal: the stated figure, or the what-if that a parameter set puts in its place.
        """
        if key == GOAL:
            return self._goal()
        found = self._lookup.get(key)
        if found is None:
            return None
        kind, row = found
        if kind == "indicator" and present.is_missing(row["value"]):
            return None
        return row

    def has(self, *keys: str) -> bool:
        return all(self.get(k) is not None for k in keys)

    def value(self, key: str) -> float:
        return float(self.get(key)["value"])

    def _goal(self) -> dict | None:
        stated = self.get(STATED_GOAL)
        if self.target_units is None and self.target_year is None:
            return stated
        row = dict(stated or {"unit": "vehicles", "qualifier": "exact", "status": "target"})
        if self.target_units is not None:
            row["value"] = float(self.target_units)
        if self.target_year is not None:
            row["period"] = str(self.target_year)
        row["what_if"] = True
        return row if "period" in row else None

    def render(self, key: str, mode: str | None = None) -> str:
        if key == GOAL:
            row = self._goal()
            if not row.get("what_if"):
                return self.render(STATED_GOAL, mode)
            text = present.format_period(row["period"]) if mode == "period" else present.format_value(
                row["value"], "vehicles", as_stated=True)
            hover = "a what-if goal set by this edition's parameter file, in place of the goal the articles state"
            return f'<span class="param" title="{escape(hover)}">{escape(text)}</span>'
        kind, row = self._lookup[key]
        if mode == "period":
            return present.period_span(row["period"])
        if mode == "interval":
            hover = "interval from the hedge and rounding of the stated number"
            prefix = {"figure": "fig", "external": "ext", "indicator": "ind"}[kind]
            text = present.format_range(row["low"], row["high"], row["unit"])
            return present.link(f"{prefix}-{key}", text, hover, "figref")
        if kind == "figure":
            return present.figure_link(row)
        if kind == "external":
            return present.external_link(row)
        return present.indicator_link(row, with_range=(mode == "range"))

    # --- prose --------------------------------------------------------------------------------------------

    def sentence(self, template: str) -> str | None:
        """Fill a template from data; None when any input is unknown at the as-of date."""
        keys = [m.group(1) for m in PLACEHOLDER.finditer(template)]
        if not self.has(*keys):
            return None
        parts, last = [], 0
        for m in PLACEHOLDER.finditer(template):
            parts.append(escape(template[last:m.start()], quote=False))
            parts.append(self.render(m.group(1), m.group(2)))
            last = m.end()
        parts.append(escape(template[last:], quote=False))
        return "".join(parts)

    def paragraph(self, *templates: str, empty: str = "") -> str:
        """The sentences whose data is known, as one paragraph; `empty` (no numbers) when none is."""
        done = [s for s in (self.sentence(t) for t in templates) if s]
        if not done:
            return f'<p class="prose no-data">{escape(empty)}</p>' if empty else ""
        return '<p class="prose">' + " ".join(done) + "</p>"

    def bullets(self, *templates: str) -> str:
        done = [s for s in (self.sentence(t) for t in templates) if s]
        return '<ul class="prose findings">' + "".join(f"<li>{s}</li>" for s in done) + "</ul>" if done else ""

    def as_of_span(self) -> str:
        return present.period_span(self.as_of)

    def no_data(self, what: str) -> str:
        return (f'<p class="prose no-data">Nothing published by {self.as_of_span()} states {escape(what)}; '
                "this section fills in for later as-of dates.</p>")

    # --- tables -------------------------------------------------------------------------------------------

    def figure_table(self, ids: list[str], caption: str = "") -> str:
        rows = []
        for key in ids:
            row = self.get(key)
            if row is None:
                continue
            kind, _ = self._lookup[key]
            stated = present.figure_link(row) if kind == "figure" else present.external_link(row)
            what = row.get("metric", "").replace("_", " ")
            rows.append([escape(str(row.get("entity", ""))), escape(what), present.period_span(row["period"]),
                         stated, escape(row.get("status", "actual")),
                         escape(f"{row['publisher']}, {row['published']}")])
        if not rows:
            return ""
        table = present.html_table(["Entity", "What", "Period", "Value", "Status", "Source"], rows, caption, {3})
        return table + self.ids_note([k for k in ids if self.get(k) is not None])

    def indicator_table(self, ids: list[str] | None = None, section: str | None = None, caption: str = "") -> str:
        frame = self.indicators
        if ids is not None:
            frame = frame[frame["indicator_id"].isin(ids)]
        if section is not None and "section" in frame:
            frame = frame[frame["section"] == section]
        rows, shown, later = [], [], []
        for row in frame.to_dict("records"):
            if present.is_missing(row["value"]):
                later.append(row["indicator_id"])  # inputs published after the as-of date: see the appendix
                continue
            shown.append(row["indicator_id"])
            spread = present.format_range(row["low"], row["high"], row["unit"])
            rows.append([escape(row["label"]), present.period_span(row["period"]) if row["period"] else "",
                         present.indicator_link(row), escape(spread), escape(str(row.get("verdict") or ""))])
        pending = ""
        if later:
            links = ", ".join(self._input_link(k) for k in later)
            pending = (f'<p class="ids">Not yet computable at this date (their inputs were published later; '
                       f"the appendix gives each reason): {links}</p>")
        if not rows:
            return pending
        table = present.html_table(["Indicator", "Period", "Value", "Range", "Note"], rows, caption, {2, 3})
        return table + self.ids_note(shown) + pending

    def ids_note(self, keys: list[str]) -> str:
        """The appendix ids behind a table, in order, so a reader of the PDF can look each one up."""
        links = ", ".join(self._input_link(k) for k in keys)
        return f'<p class="ids">Appendix ids, row by row: {links}</p>' if keys else ""

    # --- appendix -----------------------------------------------------------------------------------------

    def appendix_figures(self) -> str:
        entries = []
        for row in self.figures.to_dict("records"):
            facts = [present.figure_text(row), present.format_range(row["low"], row["high"], row["unit"]),
                     row["unit"].replace("_", " "), row["status"], present.format_period(row["period"])]
            source = (f'<a href="{escape(row["url"])}">{escape(row["publisher"])}</a>, {escape(str(row["published"]))}'
                      f' <span class="file">({escape(row["article"])})</span>')
            entries.append(self._entry(f"fig-{row['figure_id']}", row["figure_id"], facts,
                                       f"“{escape(row['quote'])}”", source))
        return '<div class="entries">' + "".join(entries) + "</div>"

    def appendix_external(self) -> str:
        entries = []
        for row in self.external.to_dict("records"):
            facts = [present.external_text(row), row["unit"].replace("_", " "), present.format_period(row["period"]),
                     f"{row['confidence']} confidence"]
            source = f'<a href="{escape(row["url"])}">{escape(row["publisher"])}</a>, {escape(str(row["published"]))}'
            entries.append(self._entry(f"ext-{row['source_id']}", row["source_id"], facts,
                                       f"“{escape(row['excerpt'])}”", source))
        return '<div class="entries">' + "".join(entries) + "</div>"

    def appendix_indicators(self) -> str:
        entries, pending = [], []
        for row in self.indicators.to_dict("records"):
            known = not present.is_missing(row["value"])
            if not known:
                key = escape(row["indicator_id"])
                anchor = f'<span id="ind-{key}" class="anchor">{key}</span>'
                pending.append([anchor, escape(row["label"]), escape(str(row.get("reason") or ""))])
                continue
            facts = [present.indicator_text(row) if known else "not available",
                     present.format_range(row["low"], row["high"], row["unit"]) if known else "",
                     present.format_period(row["period"]) if row["period"] else ""]
            inputs = ", ".join(self._input_link(i) for i in str(row["inputs"]).split(";") if i)
            note = (row.get("verdict") or "") if known else (row.get("reason") or "")
            body = (f"<strong>{escape(row['label'])}</strong>. Formula: {escape(row['formula'])}"
                    + (f" <span class=note>{escape(str(note))}</span>" if note else ""))
            entries.append(self._entry(f"ind-{row['indicator_id']}", row["indicator_id"], facts, body,
                                       f"Inputs: {inputs}"))
        later = present.html_table(["Indicator id", "Label", "Why not yet"], pending,
                                   caption="Indicators whose inputs were published after this edition's date",
                                   css="data appendix") if pending else ""
        return '<div class="entries">' + "".join(entries) + "</div>" + later

    @staticmethod
    def _entry(anchor: str, name: str, facts: list[str], body: str, source: str) -> str:
        shown = " · ".join(escape(f) for f in facts if f)
        return (f'<div class="entry" id="{escape(anchor)}"><p class="entry-head"><span class="entry-id">'
                f'{escape(name)}</span> <span class="entry-facts">{shown}</span></p>'
                f'<p class="entry-body">{body}</p><p class="entry-source">{source}</p></div>')

    def _input_link(self, key: str) -> str:
        found = self._lookup.get(key)
        if found is None:
            return escape(key)
        prefix = {"figure": "fig", "external": "ext", "indicator": "ind"}[found[0]]
        return f'<a href="#{prefix}-{escape(key)}">{escape(key)}</a>'

    # --- lineage for charts -------------------------------------------------------------------------------

    def lineage(self, keys: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
        """(publisher, date) pairs and appendix anchors behind the given figures or indicators."""
        sources, anchors = [], []
        for key in keys:
            found = self._lookup.get(key)
            if found is None:
                continue
            kind, row = found
            if kind == "indicator":
                anchors.append(f"ind-{key}")
                inner = [k for k in str(row["inputs"]).split(";") if k]
                more_sources, _ = self.lineage(inner)
                sources.extend(more_sources)
            else:
                anchors.append(f"{'fig' if kind == 'figure' else 'ext'}-{key}")
                sources.append((str(row["publisher"]), str(row["published"])))
        return sources, anchors
