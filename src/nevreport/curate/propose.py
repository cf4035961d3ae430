"""`nevreport propose ARTICLE`: draft data/figures.csv rows for the numbers of a new article, for review.

Every number the coverage audit (nevreport.curate.coverage) finds not yet curated or ignored gets one row, each
field read from its sentence and its article (nevreport.ingest.reading); a repeat of a number already drafted is
covered by the first row, and a number that is not a claim ("the first 10 months") gets a coverage_ignore.csv
row instead. The notes name the data/metrics.csv rows that new metrics need.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from nevreport.common import config
from nevreport.common.dates import parse_date, period_bounds
from nevreport.common.numbers import as_written
from nevreport.common.tables import CsvRows, cell, read_table, spreadsheet_text
from nevreport.common.vocabulary import MARKED_UNITS, UNITS
from nevreport.curate.consistency import told_as_such
from nevreport.curate.coverage import audit_article, next_word, read_figures, read_ignores
from nevreport.curate.schema import FIGURE_COLUMNS, SOURCES
from nevreport.ingest import reading
from nevreport.ingest.articles import printed_date, read_article
from nevreport.ingest.choices import choices as other_readings
from nevreport.ingest.extract import Mention, mentions_in


@dataclass(frozen=True)
class Proposal:
    """A drafted data/figures.csv row, or why the number is not a claim (then `row` is empty)."""

    mention: Mention
    row: dict[str, str]
    not_a_claim: str = ""
    hints: tuple[str, ...] = ()  # what the reviewer should look at ("the text states a fall ...")
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # other readings of each field


_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'"})
# Shares listed for several names, each one's share: "shares" (a stock's, elsewhere) read as "share"
_SHARES_OF = re.compile(r"\bshares(?=\s+of\s+(?:about\s+|around\s+|nearly\s+)?[\d.]+\s*(?:%|percent|per\s+cent))")
# A name heading a line of a list, joined to its figures by a double hyphen: "Zeta--Sales up 176.83% (34,889 vs
# 12,603)" (not a dateline's "BEIJING--")
_LINE_HEAD_DASHES = re.compile(r"(?m)^([A-Z][\w&'. ]{0,30}?[A-Za-z])--(?=(?:Sales|Deliveries|Exports|Registrations"
                               r"|Output|Production|Revenue)\s+(?:up|down|rose|fell)\b[^\n]{0,60}$)")
_VIET_NAM = re.compile(r"\bVi(?:e|\u1ec7)t Nam\b")  # (as long as " Vietnam", so offsets stay)
# A base written with spaced hyphens, "year - on - year", read as "year-on-year" (spaces after it, so offsets stay)
_SPACED_BASE = re.compile(r"(?i)\b(year|month|quarter|week)\s+-\s+(on|over|to)\s+-\s+(year|month|quarter|week)\b")
# A percent written "pc" or "pct" ("up 9.4pc", "12 pct"), read as a percent sign (spaces before it, so offsets stay)
_PERCENT_WORD = re.compile(r"(?i)(?<=\d)(?:\s?pct|pc)(?!\w)")  # (as the tokens read them: "pc" joined to its number)
# An apostrophe a stored page turned into a letter: "China\u0e42s power battery" (the curly quote's bytes read in
# a Thai code page), "BYD\u02bcs" (the modifier letter apostrophe)
_GARBLED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[\u0e42\u02bc](?=s\b)")


def propose_rows(article: str, text: str, data_dir: Path = config.DATA_DIR) -> list[Proposal]:
    """Draft rows for the mentions of one article that data/figures.csv and coverage_ignore.csv leave open."""
    data_dir = Path(data_dir)
    figures = read_figures(data_dir) if config.figures_csv(data_dir).is_file() else []
    ignores = [e for e in read_ignores(data_dir) if e.article == article]
    published = _published_date(data_dir, article, text)
    # Read with straight apostrophes ("China’s" as "China's"), one character for one, so every position and
    # the quotes taken from the text as written stay the same.
    read = _LINE_HEAD_DASHES.sub(r"\1, ", text.translate(_STRAIGHT))  # "Zeta--Sales up 17%": "Zeta, Sales up 17%"
    read = _SHARES_OF.sub("share ", read)  # "with shares of 41%, 12% and 9%, respectively": a share each
    read = _VIET_NAM.sub(" Vietnam", read)  # "Việt Nam's imports", as Vietnamese newsrooms write it: Vietnam
    read = _SPACED_BASE.sub(lambda m: f"{m[1]}-{m[2]}-{m[3]}".ljust(len(m[0])), read)
    read = _GARBLED_APOSTROPHE.sub("'", read)
    read = _PERCENT_WORD.sub(lambda m: "%".rjust(len(m[0])), read)
    entities = reading.Entities(_known_entities(data_dir)).in_article(read, str(published.year) if published else "")
    main_subject = entities.main_subject(read)
    taken_ids = {f.figure_id for f in figures}
    labels = metric_column(data_dir, "label")
    proposals: list[Proposal] = []
    drafted: dict[tuple[str, str, str, str, str], tuple[str, str, str]] = {}  # a drafted row's unit, id, entity
    figure_of: dict[tuple[object, ...], str] = {}
    rates_of: dict[tuple[object, ...], str] = {}  # a rate by its value, entity, period, status and change
    # The body first: a headline or standfirst figure the body states again is the repeat, and the body's
    # sentence, which says more, gets the row.
    body = reading.body_start(text)
    drafted_in_body: set[tuple[float, str]] = set()
    bars_in_body: set[float] = set()
    summary = [b.span() for b in _BULLET_LINE.finditer(text)]  # "- Zeta posted a net loss of ..." over the story

    def in_summary(at: int) -> bool:
        return at < body or any(a <= at < b for a, b in summary)

    found_all = audit_article(article, text, figures, ignores)
    qualifier_at = {f.mention.start: f.mention.qualifier for f in found_all}
    for found in sorted(found_all, key=lambda f: in_summary(f.mention.start)):
        m = found.mention
        if found.figure_id or found.ignore_line:
            continue
        why_not = reading.not_a_claim(text, m)
        cell = reading.cell_at(text, m.start)
        if not why_not and cell and cell.rank:
            why_not = "a rank in the table, not a figure"  # "| Rank | Company |" over "| 4 | Zeta Cells |"
        if why_not:  # each occurrence needs its own ignore entry, so repeats are listed too
            proposals.append(Proposal(m, {}, why_not))
            if "threshold" in why_not and not in_summary(m.start):
                bars_in_body.add(m.value)  # ("exceeding 30,000 for the fourth month" under "tops 30,000 again")
            continue
        if in_summary(m.start) and m.value in bars_in_body:
            proposals.append(Proposal(m, {}, "a headline's threshold the body states again"))
            continue
        if in_summary(m.start) and any(_restates(m, value, unit) for value, unit in drafted_in_body):
            # a headline's "42,000 chargers" over the body's "about 42,000", its "tops 6 bln yuan" over the
            # body's 6.3 billion, a summary's bullet point: the body's row holds it
            proposals.append(Proposal(m, {}, "a headline figure the body states again" if m.start < body else
                                      "a summary figure the body states again"))
            continue
        # ("down 3.5 percent" and a later "up 3.5 percent" are two figures: the direction is part of the value)
        repeat_key = (m.text, m.unit, m.qualifier, m.direction, next_word(text, m.end))
        spans = reading.spans_around(read, m)
        row, hints = _proposal(article, read, m, spans, published, set(UNITS), entities, main_subject, labels,
                               text, cell)
        if repeat_key in drafted and (drafted[repeat_key][2] in (row["entity"], "") or (
                row["entity"] not in text[spans.sentence[0] : m.start])):
            # (but "Orion is aiming for sales of 450,000 units" after another company's "target of 450,000
            # units" is a figure of its own)
            first_unit, first_id, _ = drafted[repeat_key]
            if first_unit != m.figure_unit:  # "to 100,000 ... Of the 100,000": drafted in vehicles, read as a count,
                proposals.append(Proposal(m, {}, f"the figure {first_id} stated again"))  # which coverage
            continue  # does not take as a repeat; a repeat it takes is covered by the first row
        source = reading.converted_from(read, m, spans)
        if source and row["qualifier"] == "exact":
            # "profit of 610 million yuan ($84 million) to 700 million yuan": a sum converted in brackets is
            # bounded as the sum it converts
            row["qualifier"] = qualifier_at.get(source.start, row["qualifier"])
            if row["qualifier"] != "exact":
                row["note"] = f"converts {source.text} before it, which the text bounds"
        same = (row["stated"], row["unit"], row["entity"], row["metric"], row["period"])
        # "aims for a target of 120,000 units ... To reach its target of 120,000 cars": a large amount stated
        # again for the same subject, period and status is the same figure, however its sentence names it
        again = (m.value, row["unit"], row["entity"], row["period"], row["status"], _measure_of(row["metric"])) if (
            m.value >= 1000 and row["unit"] != "percent") else ()
        # "... up 9% on a year before. ... The 9% rise of the quarter pleased analysts": a rate named again
        # by "the" and what it measures is the figure before it, whatever kind its sentence names
        recalled = (m.value, row["unit"], row["entity"], row["period"], row["status"],
                    _transform_of(row["metric"])) if (
            row["unit"] == "percent" and _RATE_RECALLED.fullmatch(read, max(0, m.start - 4), m.start)
            and _RATE_NOUN_AFTER.match(read, m.end)) else ()
        told = next((p for p in proposals if cell and p.row and p.mention.start < m.start
                     and abs(p.mention.value) == abs(m.value)
                     and (p.row["entity"], p.row["period"]) == (row["entity"], row["period"])), None)
        if told:  # "CATL installed 128.6 GWh ..." over a table's "| CATL | 128.6 |": the text's figure again
            proposals.append(Proposal(m, {}, f"the figure {told.row['figure_id']} stated again, in a table"))
            continue
        if recalled and all(recalled[:5]) and recalled in rates_of:
            proposals.append(Proposal(m, {}, f"the figure {rates_of[recalled]} stated again"))
            continue
        if (all(same) and same in figure_of) or (again and all(again) and again in figure_of):
            # validate keeps one row per figure: a headline stating the body's figure again is a repeat
            proposals.append(Proposal(m, {}, f"the figure {figure_of.get(same) or figure_of[again]} stated again"))
            continue
        if not in_summary(m.start):
            drafted_in_body.add((m.value, m.unit))
        row["figure_id"] = unique_id(row["figure_id"], taken_ids)
        figure_of[same] = row["figure_id"]
        if again:
            figure_of[again] = row["figure_id"]
        if row["unit"] == "percent":
            rates_of.setdefault((m.value, row["unit"], row["entity"], row["period"], row["status"],
                                 _transform_of(row["metric"])), row["figure_id"])
        taken_ids.add(row["figure_id"])
        drafted[repeat_key] = (row["unit"], row["figure_id"], row["entity"])
        before = [p.row for p in sorted(proposals, key=lambda p: p.mention.start)
                  if p.row and p.mention.start < m.start]  # the rows drafted before it in the text
        others = other_readings(read, m, spans, row, published, entities, main_subject, before)
        proposals.append(Proposal(m, row, hints=hints, choices=others))
    return sorted(_bounds_restated(proposals, text), key=lambda p: p.mention.start)


_VEHICLE_MEASURES = ("sales", "retail_sales", "exports", "production", "deliveries", "registrations", "ownership",
                     "overseas_sales")
_SOLD = {"deliveries": "sales"}  # a company's deliveries and its sales, told as the same figure


def _same_series(first: str, second: str) -> bool:
    """Whether two metrics name the same quantity, a company's deliveries and its sales taken as one."""
    return first.replace("deliveries", "sales") == second.replace("deliveries", "sales")


def _bounds_restated(proposals: list[Proposal], text: str) -> list[Proposal]:
    """"Tesla's sales hit a record of more than 21,000 vehicles ... Tesla sold 21,604 Model 3 cars last month": a
    bound another row of the same subject, period and measure states exactly is that figure
    said again, not a claim of its own."""
    exact = [p for p in proposals if p.row and p.row["qualifier"] == "exact" and p.row["unit"] != "percent"]
    kept = []
    for p in proposals:
        # (a number stated twice is drafted once, its repeat covered by the row: it stays a figure)
        stated = len(re.findall(rf"(?<![\d.,]){re.escape(p.mention.text)}(?![\d,]*\d)", text))
        # (an end of a range is no bound said again: "inside its forecast band of 61,000 to 64,000 cars")
        ranged = bool(re.search(r"\d\s*(?:to|-|\u2013|and)\s*$", text[max(0, p.mention.start - 6) : p.mention.start])
                      or re.match(r"\s*(?:to|-|\u2013|and)\s*\d", text[p.mention.end : p.mention.end + 6]))
        hedged = (p.row and stated == 1 and p.row["qualifier"] in ("at_least", "at_most") and not ranged
                  and p.row["unit"] != "percent" and p.row["status"] == "actual")
        measure = _SOLD.get(_measure_of(p.row.get("metric", "")), _measure_of(p.row.get("metric", "")))
        same = next((q for q in exact if hedged and q.mention.value != p.mention.value and measure
                     and (q.row["entity"], q.row["period"], q.row["unit"]) == (
                         p.row["entity"], p.row["period"], p.row["unit"])
                     and _same_series(q.row["metric"], p.row["metric"])
                     and _restates(p.mention, q.mention.value, q.mention.unit)
                     and abs(q.mention.value - p.mention.value) <= 0.05 * p.mention.value), None)
        kept.append(Proposal(p.mention, {}, f"the figure {same.row['figure_id']} stated again, as a bound")
                    if same else p)
    return kept


_MEASURE_IN_NAME = re.compile(r"(?:^|_)(retail_sales|sales|exports|production|deliveries|orders|ownership"
                              r"|registrations|output_value|revenue|net_profit|capacity|throughput)(?:_|$)")


_RATE_RECALLED = re.compile(r"(?i)\bthe\s+")
_RATE_NOUN_AFTER = re.compile(r"(?i)\s*(?:%|percent|per\s+cent)?\s+(?:growth|increase|rise|gain|jump|surge|decline|drop"
                              r"|fall|decrease|expansion|contraction)\b")


def _transform_of(metric: str) -> str:
    """The change a metric's name ends in ("vehicle_exports_yoy_pct" -> _yoy_pct), "" for a level."""
    found = re.search(r"_(?:yoy|mom|qoq|wow)_(?:pct|pp)$", metric)
    return found[0] if found else ""


def _measure_of(metric: str) -> str:
    """The measure a metric's name says ("nev_retail_sales" -> retail_sales), "" when it says none."""
    found = _MEASURE_IN_NAME.search(metric)
    return found[1] if found else ""


_BULLET_LINE = re.compile(r"(?m)^[ \t]*[\u2022*-][ \t]+[^\n]*")


def _restates(headline: Mention, value: float, unit: str) -> bool:
    """Whether a headline's number is the body's `value` written to the headline's precision: rounded ("up 181%"
    over 180.7 percent), or cut to a bound its hedge states ("tops 975 mln" over 975.1 million)."""
    if unit != headline.unit:  # "to 100,000" over the body's "100,000 plates": a count read two ways, the same
        return {unit, headline.unit} == {"count", "vehicles"} and value == headline.value
    step = headline.step or 1.0
    if headline.qualifier == "at_least":
        return 0 <= value - headline.value < step
    if headline.qualifier == "at_most":
        return 0 <= headline.value - value < step
    return abs(value - headline.value) <= step / 2


def write_proposals(file: Path, out: TextIO, data_dir: Path = config.DATA_DIR, notes: TextIO | None = None) -> int:
    """`nevreport propose FILE`: draft data/figures.csv rows for the mentions not yet covered, for review.

    The rows go to `out` as CSV; to `notes` (stderr from the command line) go the data/metrics.csv rows its
    new metrics need and the data/coverage_ignore.csv rows for the numbers that are not claims.
    """
    path = Path(file)
    text = read_article(path)
    data_dir = Path(data_dir)
    proposals = propose_rows(path.name, text, data_dir)
    writer = CsvRows(out)  # a quote spanning a line break stays one cell
    writer.writerow(FIGURE_COLUMNS)
    for proposal in proposals:
        if proposal.row:
            row = {**proposal.row, "note": "; ".join(proposal.hints)}
            writer.writerow([spreadsheet_text(row[name]) if name != "value" else row[name]
                             for name in FIGURE_COLUMNS])
    if notes is not None:
        _write_notes(path.name, text, proposals, data_dir, notes)
    return 0


def new_metric_rows(proposals: Iterable[Proposal], data_dir: Path) -> list[tuple[str, str, str]]:
    """(metric, topic, label) for each proposed metric that data/metrics.csv does not list yet."""
    known = known_metrics(data_dir)
    rows: dict[str, tuple[str, str, str]] = {}
    for proposal in proposals:
        metric = proposal.row.get("metric", "")
        if metric and metric not in known and metric not in rows:
            topic = reading.metric_topic(metric, proposal.row.get("entity", ""))
            rows[metric] = (metric, topic, reading.metric_label(metric))
    return list(rows.values())


def _write_notes(article: str, text: str, proposals: list[Proposal], data_dir: Path, notes: TextIO) -> None:
    drafted = sum(1 for p in proposals if p.row)
    print(f"propose: {drafted} row(s) drafted for {article}; check entity, metric, period, status and "
          "qualifier of each before adding it to data/figures.csv.", file=notes)
    metrics = new_metric_rows(proposals, data_dir)
    if metrics:
        print(f"propose: {len(metrics)} metric(s) not yet in data/metrics.csv; add these rows (topic is the "
              "chapter: exports, market, shanghai, ciie or jiading) or use a metric already there:", file=notes)
        writer = CsvRows(notes)
        for row in metrics:
            writer.writerow(row)
    skipped = [p for p in proposals if p.not_a_claim]
    if skipped:
        print(f"propose: {len(skipped)} number(s) are not claims and were not drafted; add these rows to "
              "data/coverage_ignore.csv (article,text,reason,context):", file=notes)
        writer = CsvRows(notes)
        for p in skipped:
            writer.writerow([article, p.mention.text, p.not_a_claim, ignore_context(text, p.mention)])


def ignore_context(text: str, mention: Mention) -> str:
    """A few words around a mention, enough to tell it from another occurrence of the same text, as the article
    writes them (the coverage audit finds the passage verbatim), and never past the mention's line."""
    start = max(0, mention.start - 20, text.rfind("\n", 0, mention.start) + 1)
    line_end = text.find("\n", mention.end)
    end = min(len(text), mention.end + 20, line_end if line_end >= 0 else len(text))
    window = text[start:end]
    first = re.match(r"\S*\s", window) if start > 0 and not text[start - 1].isspace() else None
    last = re.search(r"\s\S*$", window) if end < len(text) and not text[end].isspace() else None
    context = window[first.end() if first else 0 : last.start() if last else len(window)].strip()
    return context if mention.text in context and context in text else mention.text


_RANGE_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


def _range_high(text: str, mention: Mention) -> Mention | None:
    """The high end of a range written with a dash that `mention` is the low end of ("0%\u20135% tariff", "10-15%"), in
    the same unit; None otherwise."""
    dash = _RANGE_DASH.match(text, mention.end)
    if not dash or dash.end() - mention.end > 3:
        return None
    high = next(iter(mentions_in(text, dash.end(), min(len(text), dash.end() + 30))), None)
    if high is None or high.start != dash.end() or high.unit != mention.unit or high.value < mention.value:
        return None
    return high


_SHARE_OF_OWN_GOAL = re.compile(r"\w+_target_completion_pct")


def _proposal(article: str, text: str, mention: Mention, spans: reading.Spans, published: dt.date | None,
              units: set[str], entities: reading.Entities, main_subject: str,
              labels: dict[str, str], written: str = "",
              cell: reading.Cell | None = None) -> tuple[dict[str, str], tuple[str, ...]]:  # fmt: skip
    """A draft row for one mention (its sentence and clause `spans`), read from `text`; its quote from `written`,
    the text as written, when given; `cell` is the cell of a table of bars it stands in, if any."""
    quote = (written or text)[spans.quote[0] : spans.quote[1]]
    status = reading.read_status(text, spans, mention)
    beside = reading.estimate_beside(text, mention, spans)
    if beside:
        status = "forecast"  # "below the 7.2 billion yuan analysts had expected": an estimate, whatever its verb
    elif status == "forecast" and reading.set_beside_estimate(text, mention, spans) and reading.status_of(
            text[spans.sentence[0] : mention.end]) != "forecast":  # (not "expects revenue of 31.4 billion yuan, below")
        status = "actual"  # "Its margin of 18.1% topped the 17.5% analysts had expected": the result
    entity = reading.read_entity(text, spans, entities, main_subject, mention.start)
    if beside:  # "The figure ... beat Bloomberg's forecast of 760 billion yuan": an estimate of that figure's owner
        entity = reading.read_entity(text, reading.spans_around(text, beside), entities, main_subject, beside.start)
    named = reading.periods_named(text, *spans.sentence, published) if reading.is_event(entity) else []
    period = reading.event_period(entity, reading.read_period(text, mention, spans, published, status), named)
    if status == "forecast" and published and _ESTIMATED_ONLY.search(text, spans.sentence[0], mention.start) and (
            reading.status_of(_ESTIMATE_WORD.sub(" ", text[spans.sentence[0] : spans.sentence[1]])) != "forecast"):
        # "NEV retail volume is estimated at roughly 760,000 units", of a month over: an estimate of
        # what happened
        done = reading.read_period(text, mention, spans, published, "actual")
        if done and _ends_before(done, published):
            status, period = "actual", reading.event_period(entity, done, named)
    high = _range_high(text, mention)
    # "a modest 2%-7% duty on imported seats": the low end of a range is of what the range is of, read at its high end
    metric, unit = reading.read_metric(text, high or mention, spans, status, entity, period, labels)
    if beside and beside.unit == mention.unit:
        # "vehicle sales of 9.8 billion yuan, below the 10.3 billion yuan analysts had expected": an
        # estimate of what the figure it is set beside measures
        metric = reading.read_metric(text, beside, reading.spans_around(text, beside), "actual", entity, period,
                                     labels)[0] or metric
    if mention.unit in ("percent", "percentage_points") and unit != mention.unit:
        # "57.1% BEVs, PHEV 31.6%, EREV 11.3%" read as a line of a table of counts: a rate the text marks is a rate,
        # and a level's name is none of its (left for the reviewer, whom the check names it to)
        unit = mention.unit
        metric = metric if re.search(r"_(?:pct|pp)(?:_|$)|_share_", metric) else ""
    entity, metric, period = reading.whose_figure(text, spans, entity, metric, period, status, entities,
                                                  main_subject, published, mention.start)
    metric = reading.retail_counts_cars(metric)
    if cell:  # a number in a table of bars: what its row, its column and the table's lead say
        said = reading.read_cell(text, cell, mention.unit, published, entities)
        entity, period, status = said.entity or entity, said.period or period, said.status or status
        if said.counted:  # "| Month | Public Charging Stations |": the things the column counts
            metric = said.counted
        elif said.transform or mention.unit not in ("percent", "percentage_points"):
            parts = (said.what or "vehicle", said.measure or _measure_of(metric) or "sales", said.transform)
            metric = reading.retail_counts_cars("_".join(part for part in parts if part))
            if unit == "count" and parts[1] in _VEHICLE_MEASURES and "battery" not in parts[0]:
                unit = "vehicles"  # "| Sales |" over "| 3,507,000 |": vehicles, as the text's "3.5 million units"
        # "| 2 | Aito | 41,535 |": a brand's row, its owner's figure named by the brand
        entity, metric = reading.brand_figure(entity, metric, entities.brands)
    if status == "target" and _SHARE_OF_OWN_GOAL.fullmatch(metric) and reading.status_of(
            text[spans.clause[0] : mention.start]) != "target":
        # "deliveries came to 72.4% of its 6 million-unit target", "..., reaching a completion rate of 32.5%": how
        # much of the goal was met (but "It aims to reach 80% of its goal by December" is a goal)
        status = "actual"
    marked = mention.figure_unit
    if unit in UNITS and marked in UNITS and unit != marked and (marked in MARKED_UNITS or unit in MARKED_UNITS):
        unit = marked  # "1 kilometre in 1 second", "100,000 tonnes": the unit the text marks, which validate checks
    notes = []
    if status == "actual" and published and reading.is_event(entity) and reading.event_ahead(text, published):
        # "Auto Northvale 2026, which opens on May 14, ... some 800 exhibitors": a preview's counts
        status = "forecast"
        notes.append("the show opens after the article was published: drafted as a forecast")
    elif status != "actual" and published and period and _ends_before(period, published) and not (
            told_as_such(quote, status, *period_bounds(period))):
        # "It sold 41,000. Growth of 20 percent is seen.": an outlook its own quote does not tell, of a period over,
        # is what happened (but "surpassing its annual target of 3.6 million" stays last year's goal)
        status = "actual"
        notes.append("a goal or outlook for a period over when the article was published: drafted actual")
    elif status == "actual" and published and period and _ESTIMATED.search(
            _RELATIVE_ASIDE.sub(",", text[spans.sentence[0] : mention.start])) and _ends_after(
            period, published) and period in reading.periods_named(text, *spans.sentence, published):
        # "November sales are estimated to have reached 61,200", written on November 22: an estimate of a
        # period not over yet
        status = "forecast"
    elif status == "actual" and published and period and _starts_after(period, published) and (
            period in reading.periods_named(text, *spans.sentence, published)):
        # "A works costing 6 billion yuan will begin making cars by the end of October": the date of
        # something else, after the article; the figure is as the article writes it
        notes.append(f"the sentence dates {period}, after the article; drafted as of its publication")
        period = f"{published.year}-{published.month:02d}"
    missing = [name for name, value in (("entity", entity), ("metric", metric), ("period", period)) if not value]
    if missing:
        notes.append(f"no {' or '.join(missing)} could be read from its sentence: fill it in (data/DICTIONARY.md)")
    if unit not in units:
        notes.append(f"the text marks the unit as {unit}, which is not in the unit vocabulary")
        unit = ""
    value = as_written(mention.value)
    if mention.direction == "down" and re.search(r"_(?:yoy|mom|wow|vs_\d{4})_(?:pct|pp|times)$|_pp$|_yoy_change$",
                                                 metric):
        # "dropped 2.9 percent": a change, negative as the dictionary says ("a decline of -41.1%" is so already)
        value = as_written(-abs(mention.value))
        notes.append("the text states a fall: the value is negative")
    elif mention.direction == "down":
        notes.append("the text states a fall; keep the value as written or make it negative")
    # An id from a partial guess would mislead; "draft_<article>_<offset>" asks to be renamed.
    return {
        "figure_id": figure_id_for(entity, metric, period) or figure_id_for(f"draft_{article[:3]}_{mention.start}"),
        "article": article,
        "quote": quote,
        "stated": mention.text,
        "value": value,
        "unit": unit,
        "qualifier": mention.qualifier,
        "status": status,
        "entity": entity,
        "metric": metric,
        "period": period,
        "note": "",
    }, tuple(notes)


def figure_id_for(*parts: str) -> str:
    """A drafted row's id, from its entity, metric and period ("China", "nev_sales", "2024-10" ->
    china_nev_sales_2024_10); "" when a part is empty."""
    if not all(parts):
        return ""
    return re.sub(r"[^a-z0-9]+", "_", "_".join(parts).lower()).strip("_")


# "are estimated to have reached", "is expected to have totaled", "is estimated at" just before the number (not
# "analysts' estimates", nor an estimate in a relative clause: ", whose cost was estimated at 5 billion yuan,")
_ESTIMATED = re.compile(r"(?i)\b(?:estimated|expected|projected)\s+to\s+have\b|\bestimated\s+at\s+(?:\w+\s+){0,2}$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|whose|who)\s+[^,]*,")


def _bounds(period: str) -> tuple[dt.date, dt.date] | None:
    try:
        return period_bounds(period)
    except ValueError:
        return None


_ESTIMATED_ONLY = re.compile(r"(?i)\b(?:is|are|was|were)\s+estimated\s+(?:to\s+be|at)\b")
_ESTIMATE_WORD = re.compile(r"(?i)\bestimat\w*")


def _ends_after(period: str, published: dt.date) -> bool:
    bounds = _bounds(period)
    return bounds is not None and bounds[1] > published


def _starts_after(period: str, published: dt.date) -> bool:
    bounds = _bounds(period)
    return bounds is not None and bounds[0] > published


def _ends_before(period: str, published: dt.date) -> bool:
    bounds = _bounds(period)
    return bounds is not None and bounds[1] < published


def _known_entities(data_dir: Path) -> list[str]:
    """Entity names already used by data/figures.csv and the supplementary table, most used first."""
    counts: Counter[str] = Counter()
    for path in (config.figures_csv(data_dir), config.supplementary_csv(data_dir)):
        for _, row in _rows_loose(path, data_dir):
            if (row.get("entity") or "").strip():
                counts[row["entity"].strip()] += 1
    return [name for name, _ in counts.most_common()]


def metric_column(data_dir: Path, column: str) -> dict[str, str]:
    """data/metrics.csv's metrics with one of their columns: `label` (the reader's name) or `topic` (the chapter)."""
    return {(row.get("metric") or "").strip(): (row.get(column) or "").strip()
            for _, row in _rows_loose(config.metrics_csv(data_dir), data_dir) if (row.get("metric") or "").strip()}


def known_metrics(data_dir: Path) -> set[str]:
    """Every metric data/metrics.csv, data/figures.csv or the supplementary table names."""
    known: set[str] = set()
    for path in (config.metrics_csv(data_dir), config.figures_csv(data_dir), config.supplementary_csv(data_dir)):
        known |= {(row.get("metric") or "").strip() for _, row in _rows_loose(path, data_dir)}
    return known - {""}


def _rows_loose(path: Path, data_dir: Path) -> list[tuple[int, dict[str, str]]]:
    """A table's rows for drafting, or none when it cannot be read (`validate` says why)."""
    if not Path(path).is_file():
        return []
    table = read_table(path, [], shown=str(path), what="table", within=data_dir)
    return table.rows if table else []


def unique_id(figure_id: str, taken: set[str]) -> str:
    """`figure_id`, or with the first free suffix ("_2", "_3") when `taken` has it; "" stays ""."""
    if not figure_id or figure_id not in taken:
        return figure_id
    suffix = 2
    while f"{figure_id}_{suffix}" in taken:
        suffix += 1
    return f"{figure_id}_{suffix}"


def _published_date(data_dir: Path, article: str, text: str = "") -> dt.date | None:
    """The date an article was published: the manifest's, else the date it prints near its top; None when
    neither says (a draft goes without it; `nevreport validate` explains what is wrong with the manifest)."""
    problems: list = []
    path = SOURCES.path(data_dir)
    table = read_table(path, problems, shown=str(path), what=SOURCES.what,
                       within=config.raw_articles_dir(data_dir)) if path.is_file() else None
    for _, row in table.rows if table else []:
        if row.get("file") == article:
            try:
                return parse_date(cell(row, "published"))
            except ValueError:
                break
    return printed_date(text)
