"""A report's tables: the articles, a chapter's stated figures and indicators, hedges, conflicting sources and
the supplementary figures' findings, each with its notes numbered below it."""

from __future__ import annotations

from markupsafe import Markup

from nevreport.common import numbers
from nevreport.common.dates import format_period
from nevreport.common.vocabulary import QUALIFIER
from nevreport.curate.supplementary import check_supplementary
from nevreport.story import downloads, present
from nevreport.story.blocks import Block


class Notes:
    """Footnotes of one table: a numbered mark beside the name of each row that has a note, the notes (`texts`)
    below the table (present.html_table lists them).

    The same note on several rows gets one number, so a caveat is read once and found from every row.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []

    def mark(self, note) -> Markup:
        if numbers.is_missing(note) or not str(note).strip():
            return Markup()
        text = str(note).strip()
        if text not in self.texts:
            self.texts.append(text)
        number = self.texts.index(text) + 1
        return Markup('<sup class="fn">{}</sup>').format(number)


def sources_table(report) -> Block:
    """The articles published by the as-of date."""
    rows = [[r["publisher"], Markup('<a href="{}">{}</a>').format(r["url"], r["title"]),
             present.period_span(str(r["published"]))] for r in report.sources.to_dict("records")]
    if not rows:
        return Block()
    articles = [{"publisher": r["publisher"], "title": r["title"], "url": r["url"],
                 "published": str(r["published"])} for r in report.sources.to_dict("records")]
    return downloads.attach_rows(Block(present.html_table(["Publisher", "Article", "Published"], rows,
                                                          css="data sources")),
                                 articles, ("publisher", "title", "url", "published"), "articles", report.as_of)


def _noted(label: str, notes: Notes, row: dict) -> Markup:
    """A row's name with the mark of its note: beside the words, where a mark cannot read as an exponent."""
    return Markup("{}").format(label) + notes.mark(row.get("note"))


def stated_table(report, topic: str, caption: str = "Figures stated in the articles") -> Block:
    """Every article figure of a topic known at this date, whichever article states it, with its notes."""
    rows, notes, keys = [], Notes(), []
    for row in report.figures.to_dict("records"):
        if report.topic(row["metric"]) != topic:
            continue
        keys.append(row["figure_id"])
        rows.append([_noted(report.label(row["metric"]), notes, row), row["entity"],
                     present.period_span(row["period"]), present.figure_link(row), row["status"],
                     f"{row['publisher']}, {row['published']}"])
    if not rows:
        return Block()
    return downloads.attach(report, Block(present.html_table(
        ["What", "Entity", "Period", "Value", "Status", "Source"], rows, caption, {3}, notes=notes.texts)),
        keys, f"{topic} {caption}")


def indicator_table(report, section: str, caption: str = "", kind: str | None = None) -> Block:
    """The indicators of a chapter known at this date, with their ranges, verdicts and notes.

    `kind` keeps only one kind (consistency checks apart from context, say). An indicator whose inputs
    were published after the as-of date is left out: an edition speaks only of what was known at its date.
    """
    frame = report.indicators[report.indicators["section"] == section]
    if kind is not None and "kind" in frame.columns:
        frame = frame[frame["kind"] == kind]
    rows, notes = [], Notes()
    keys = [row["indicator_id"] for row in frame.to_dict("records")]
    for row in frame.to_dict("records"):
        if numbers.is_missing(row["value"]):
            continue
        spread = numbers.range_text(row["value"], row["low"], row["high"], row["unit"])
        period = present.period_span(row["period"]) if row["period"] else ""
        rows.append([_noted(row["label"], notes, row), period, present.indicator_link(row), spread,
                     str(row.get("verdict") or "")])
    if not rows:
        return Block()
    return downloads.attach(report, Block(present.html_table(
        ["Indicator", "Period", "Value", "Range", "Verdict"], rows, caption, {2, 3}, notes=notes.texts)),
        keys, f"{section} {kind or ''} indicators")


def hedge_table(report, caption: str = "How the article figures are hedged") -> Block:
    """Counts of article figures by hedge and status."""
    counts = report.figures.groupby(["qualifier", "status"]).size().unstack(fill_value=0)
    statuses = [s for s in ("actual", "forecast", "target") if s in counts.columns]
    rows = [[QUALIFIER[qualifier].shown or QUALIFIER[qualifier].meaning,
             *(f"{counts.loc[qualifier, s]:,}" for s in statuses), f"{counts.loc[qualifier].sum():,}"]
            for qualifier in QUALIFIER if qualifier in counts.index]
    if not rows:
        return Block()
    return downloads.attach(report, Block(present.html_table(["Hedge", *statuses, "All"], rows, caption=caption,
                                                              numeric=set(range(1, len(statuses) + 2)))),
                            list(report.figures["figure_id"]), caption)


def conflicts_table(report, caption: str = "Conflicting supplementary sources, kept side by side") -> Block:
    """Supplementary figures that give different values for the same metric, entity and period, with notes."""
    rows, notes, keys = [], Notes(), []
    for (metric, entity, period), group in report.supplementary.groupby(["metric", "entity", "period"]):
        if group["value"].nunique() < 2:
            continue
        for row in group.to_dict("records"):
            keys.append(row["source_id"])
            source = f"{row['publisher']} ({row['confidence']} confidence)"
            rows.append([_noted(report.label(metric), notes, row), entity, present.period_span(str(period)),
                         present.supplementary_link(row), source])
    if not rows:
        return Block()
    return downloads.attach(report, Block(present.html_table(
        ["What", "Entity", "Period", "Value", "Source"], rows, caption=caption, numeric={3}, notes=notes.texts)),
        keys, caption)


def supplementary_flags(report) -> list:
    """What the checks of nevreport.curate.supplementary find in the supplementary figures known at this date.

    A growth is checked only against levels published by this date too, so an edition never names a
    later row. A report loaded from a pipeline run reads the run's findings; one made from frames finds them.
    """
    if report.supplementary_findings is not None:
        return list(report.supplementary_findings)
    return check_supplementary(report.supplementary, report.publishers)


def supplementary_checks_table(
        report, caption: str = "Supplementary figures that do not agree with themselves or their source") -> Block:
    """One line per finding: the figure, its source and what is wrong in words; the row's note beside it."""
    rows, notes = [], Notes()
    found = {row["source_id"]: row for row in report.supplementary.to_dict("records")}
    for flag in supplementary_flags(report):
        row = found[flag.source_id]
        what = f"{report.label(row['metric'])}, {row['entity']}, {format_period(row['period'])}"
        # The source goes under the figure's name, so the finding, the longest text, gets the width.
        rows.append([Markup("{}{}<br>{}, {}").format(what, notes.mark(row.get("note")), row["publisher"],
                                                    str(row["published"])),
                     present.supplementary_link(row), flag.finding])
    if not rows:
        return Block()
    return downloads.attach(report, Block(present.html_table(
        ["Figure and source", "Value", "Finding"], rows, caption, {1}, notes=notes.texts)),
        [flag.source_id for flag in supplementary_flags(report)], caption)
