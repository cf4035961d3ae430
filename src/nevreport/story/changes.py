"""What changed since the previous edition, found in the data, never written by hand.

    changes = Changes.since_previous(report)            # the edition before: the next-earlier as-of date
    changes.summary()                                    # one sentence: the previous date and the counts
    changes.table()                                      # one row per change, each linked to its appendix entry

A change is one of:

* new: an article figure or supplementary figure published after the previous edition's date;
* revised: a new figure for a metric, entity, period and status the previous edition already had, with
  another value, or a narrower range around the same value (a more precise statement);
* judged: a forecast check whose outcome is known now and was not then;
* decided: a goal now met or missed, that the previous edition could not yet decide;
* conflict: supplementary sources that now give different values for the same thing, or a consistency
  check now inconsistent.

Each row names the id whose appendix entry explains it, so every change is one click from its quote or formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from markupsafe import Markup

from nevreport.common import config, numbers
from nevreport.common.dates import format_period
from nevreport.story import downloads, present
from nevreport.story.blocks import Block

if TYPE_CHECKING:
    from nevreport.story.report import Report

# In the order a returning reader wants them: what the outcomes now say, then corrections, then what is new.
KINDS = {
    "judged": "Forecast now judged",
    "decided": "Goal now decided",
    "revised": "Revised value",
    "conflict": "Sources in conflict",
    "new": "New figure",
}
# Counted in the summary, in the same order, as "1 forecast now judged, 2 revised values and 3 new figures".
PLURALS = {
    "judged": ("forecast now judged", "forecasts now judged"),
    "decided": ("goal now decided", "goals now decided"),
    "revised": ("revised value", "revised values"),
    "conflict": ("conflict between sources", "conflicts between sources"),
    "new": ("new figure", "new figures"),
}
CSV_NAME = "changes.csv"
ANCHOR = "changes"  # the summary's id: the index links each edition's count of changes to it
_DECIDED = ("goal met", "goal missed", "at the goal", "not shown to be reached")
_UNDECIDED = ("not decided",)


@dataclass(frozen=True)
class Change:
    """One change: its kind, the id whose appendix entry shows it (`anchor`), what it is and what changed."""

    kind: str
    key: str
    anchor: str
    what: str
    detail: str
    earlier: str = ""  # the id of the figure it revises or conflicts with, when there is one
    earlier_anchor: str = ""
    earlier_text: str = ""  # the words of `detail` that name that figure, linked to it in the table

    def as_row(self) -> dict:
        return {"change": self.kind, "id": self.key, "what": self.what, "detail": self.detail,
                "earlier_id": self.earlier, "anchor": self.anchor}


def _points(figures: pd.DataFrame, supplementary: pd.DataFrame) -> list[dict]:
    """Article and supplementary figures alike: key, anchor, the series they belong to, value and range."""
    rows = []
    for row in figures.to_dict("records"):
        rows.append({**row, "key": row["figure_id"], "anchor": f"fig-{row['figure_id']}", "kind": "figure",
                     "series": (row["metric"], row["entity"], str(row["period"]), row["status"])})
    for row in supplementary.to_dict("records"):
        status = "target" if str(row["metric"]).endswith("_target") else "actual"
        rows.append({**row, "key": row["source_id"], "anchor": f"ext-{row['source_id']}", "kind": "supplementary",
                     "series": (row["metric"], row["entity"], str(row["period"]), status)})
    return rows


def _narrower(new: dict, old: dict) -> bool:
    """A range inside the old one and smaller: the same thing stated more precisely."""
    low, high, old_low, old_high = (float(x) for x in (new["low"], new["high"], old["low"], old["high"]))
    return old_low <= low and high <= old_high and (low, high) != (old_low, old_high)


def _conflicting_series(supplementary: pd.DataFrame) -> set[tuple]:
    """(metric, entity, period) of supplementary figures that give different values for the same thing."""
    if supplementary.empty:
        return set()
    groups = supplementary.groupby(["metric", "entity", "period"])["value"].nunique()
    return {(m, e, str(p)) for (m, e, p), count in groups.items() if count > 1}


def find_changes(current_figures: pd.DataFrame, current_supplementary: pd.DataFrame,
                 current_indicators: pd.DataFrame, previous_figures: pd.DataFrame,
                 previous_supplementary: pd.DataFrame, previous_indicators: pd.DataFrame,
                 label=lambda metric: str(metric).replace("_", " ")) -> list[Change]:
    """Every change from the previous edition's tables to the current one's, in the order of KINDS.

    `label` gives a metric's reader name (data/metrics.csv).
    """
    found: list[Change] = []
    before = {p["key"]: p for p in _points(previous_figures, previous_supplementary)}
    by_series: dict[tuple, list[dict]] = {}
    for point in before.values():
        by_series.setdefault(point["series"], []).append(point)
    conflicts_before = _conflicting_series(previous_supplementary)
    conflicts_now = _conflicting_series(current_supplementary)

    now = _points(current_figures, current_supplementary)
    for point in now:
        if point["key"] in before:
            continue
        metric, entity, period, status = point["series"]
        what = f"{label(metric)}, {entity}, {format_period(period)}"
        shown = present.stated_text(point)
        source = f"{point['publisher']}, {point['published']}"
        earlier = by_series.get(point["series"], [])
        group = (metric, entity, period)
        if point["kind"] == "supplementary" and group in conflicts_now - conflicts_before:
            # One change per new conflict, on its latest row, naming a row that gives another value.
            rows = [p for p in now if p["kind"] == "supplementary" and p["series"][:3] == group]
            latest = max(rows, key=lambda p: (str(p["published"]), p["key"]))
            if latest["key"] == point["key"]:
                other = next(p for p in sorted(rows, key=lambda p: p["key"] not in before)
                             if float(p["value"]) != float(point["value"]))
                against = f"{present.stated_text(other)} ({other['publisher']}, {other['published']})"
                found.append(Change("conflict", point["key"], point["anchor"], what,
                                    f"{shown} ({source}) against {against}", other["key"], other["anchor"],
                                    against))
                continue
            # Another row of the new conflict, itself published since the previous edition: new as well (it
            # falls through); one the previous edition had already is no change.
        repeats = [p for p in earlier if float(p["value"]) == float(point["value"]) and not _narrower(point, p)]
        if earlier and not repeats:
            revised = max(earlier, key=lambda p: str(p["published"]))
            was_text = f"{present.stated_text(revised)} ({revised['publisher']}, {revised['published']})"
            found.append(Change("revised", point["key"], point["anchor"], what,
                                f"now {shown} ({source}); was {was_text}", revised["key"],
                                revised["anchor"], was_text))
            continue
        kind_word = {"actual": "", "forecast": "forecast: ", "target": "goal: "}.get(status, "")
        found.append(Change("new", point["key"], point["anchor"], what, f"{kind_word}{shown} ({source})"))

    was = {row["indicator_id"]: row for row in previous_indicators.to_dict("records")}
    for row in current_indicators.to_dict("records"):
        verdict = "" if numbers.is_missing(row.get("verdict")) else str(row.get("verdict") or "")
        if numbers.is_missing(row["value"]) or not verdict:
            continue
        old = was.get(row["indicator_id"], {})
        old_verdict = "" if numbers.is_missing(old.get("value")) or numbers.is_missing(old.get("verdict")) \
            else str(old.get("verdict") or "")
        key, anchor = row["indicator_id"], f"ind-{row['indicator_id']}"
        kind = str(row.get("kind") or "")
        if kind == "forecast_check":
            if verdict.startswith(_DECIDED) and not old_verdict.startswith(_DECIDED):
                found.append(Change("decided", key, anchor, str(row["label"]), verdict))
            elif not verdict.startswith(_DECIDED + _UNDECIDED) and not old_verdict:
                found.append(Change("judged", key, anchor, str(row["label"]), verdict))
        elif kind == "consistency" and verdict.startswith("inconsistent") \
                and not old_verdict.startswith("inconsistent"):
            found.append(Change("conflict", key, anchor, str(row["label"]), verdict))
    order = list(KINDS)
    return sorted(found, key=lambda c: order.index(c.kind))


def previous_of(as_of: str, dated: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(name, as_of) of the edition before `as_of` among (name, as_of) pairs: the next-earlier date, the first
    name among editions of that date; None when `as_of` is the earliest."""
    earlier = [(str(date), name) for name, date in dated if str(date) < str(as_of)]
    if not earlier:
        return None
    latest = max(date for date, _ in earlier)
    return min(name for date, name in earlier if date == latest), latest


def previous_edition(as_of: str, params_dir: Path | None = None, data_dir: Path | None = None) -> str | None:
    """The name of the parameter set under params/ with the next-earlier as-of date; None for the first."""
    from nevreport.curate.params import discover

    sets = discover(params_dir or config.PARAMS_DIR, None, data_dir or config.DATA_DIR)
    found = previous_of(as_of, [(ps.name, ps.values["as_of"]) for ps in sets])
    return found[0] if found else None


def counts_text(changes: list[Change]) -> str:
    """"3 new figures, 1 revised value and 2 forecasts now judged"; "no change" when there is none."""
    parts = []
    for kind, (one, many) in PLURALS.items():
        count = sum(c.kind == kind for c in changes)
        if count:
            parts.append(f"{count:,} {one if count == 1 else many}")
    if not parts:
        return "no change"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


@dataclass
class Changes:
    """The changes of one edition since the previous one (none when it is the first)."""

    as_of: str
    previous_as_of: str | None
    items: list[Change]

    @classmethod
    def since_previous(cls, report: Report, params_dir: Path | None = None,
                       data_dir: Path | None = None) -> Changes:
        """The changes since the previous edition: the parameter set under params/ with the next-earlier as-of
        date (none: this is the first edition)."""
        previous = previous_edition(report.as_of, params_dir, data_dir)
        return cls.between(report, previous)

    @classmethod
    def between(cls, report: Report, previous: str | None) -> Changes:
        """The changes from an earlier edition (a parameter set's name or a date; None: there is none) to
        `report`."""
        if not previous:
            return cls(report.as_of, None, [])
        from nevreport import pipeline

        # The earlier edition as it was: its own data and goal, its indicators computed afresh (never the
        # indicators.csv this edition's build has just written).
        folder = pipeline.build_folder()
        pipeline.use_build_folder(None)
        try:
            earlier = pipeline.run(previous)
        finally:
            pipeline.use_build_folder(folder)
        items = find_changes(report.figures, report.supplementary, report.indicators, earlier.figures,
                             earlier.supplementary, earlier.indicators, label=report.label)
        return cls(report.as_of, earlier.as_of.isoformat(), items)

    def __bool__(self) -> bool:
        """Whether there is a previous edition to compare with (a first edition shows no such section)."""
        return self.previous_as_of is not None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<Changes since {self.previous_as_of}: {counts_text(self.items)}>"

    def summary(self) -> Block:
        """One sentence: the previous edition's date and how many changes of each kind."""
        if self.previous_as_of is None:
            return Block()
        return Block(Markup('<p class="changes-summary" id="{}">Since the previous edition, which showed '
                            "what had been published by {}: {}.</p>").format(
            ANCHOR, present.period_span(self.previous_as_of), counts_text(self.items)))

    def table(self, caption: str = "What changed, each with its entry in the appendix") -> Block:
        """One row per change: its kind, what it is (linked to its appendix entry) and what changed."""
        if not self.items:
            return Block()
        rows = []
        for change in self.items:
            what = Markup('<a href="#{}">{}</a>').format(change.anchor, change.what)
            detail = Markup("{}").format(change.detail)
            if change.earlier_anchor and change.earlier_text and change.detail.endswith(change.earlier_text):
                # The other figure is named in words (its value, publisher and date), linked to its entry: a
                # reader sees no internal id.
                head = change.detail[:len(change.detail) - len(change.earlier_text)]
                detail = Markup('{}<a href="#{}">{}</a>').format(head, change.earlier_anchor, change.earlier_text)
            rows.append([KINDS[change.kind], what, detail])
        table = [{**c.as_row(), "change": KINDS[c.kind], "appendix": f"report.html#{c.anchor}"} for c in self.items]
        return downloads.attach_rows(Block(present.html_table(["Change", "What", "Details"], rows, caption,
                                                              css="data changes")),
                                     table, ("change", "id", "what", "detail", "earlier_id", "appendix"),
                                     "changes since the previous edition", self.as_of)

    def frame(self) -> pd.DataFrame:
        """The changes as a table (change, id, what, detail, earlier_id, anchor)."""
        return pd.DataFrame([c.as_row() for c in self.items],
                            columns=["change", "id", "what", "detail", "earlier_id", "anchor"])

    def save(self, output_dir: str | Path | None = None) -> None:
        """Write changes.csv into the build's folder (the index counts its rows); nothing when exploring or for a
        first edition."""
        from nevreport import pipeline

        folder = output_dir or pipeline.build_folder()
        if folder and self:
            from nevreport.common import tables

            tables.write_frame(self.frame().drop(columns="anchor"), Path(folder) / CSV_NAME)


__all__ = ["Change", "Changes", "counts_text", "find_changes"]
