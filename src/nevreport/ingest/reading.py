"""What a sentence says about the number it states: entity, metric, period and status, for `nevreport propose`
and `nevreport add`: a grammar of clauses.

A sentence is cut into clauses at commas, semicolons, dashes and at "while", "whereas", "but"; a reviewer reads
a figure from its own clause, then the clauses around it, its sentence and the sentences before it, and so
do the readers gathered here, one module for each job:
- nevreport.ingest.clauses: sentences, clauses and quotes; numbers that are not claims; the status (forecast or
  target by the words of the number's clause, else of the clauses before it).
- nevreport.ingest.periods: the time expression nearest the number, resolved against the article's date; what
  a change is measured against is not a period; a sentence without one continues the period before it.
- nevreport.ingest.entities: the place, company, port, terminal, factory or event the clause is about, else the
  one the paragraph last named, else the article's main subject (nevreport.ingest.facilities names the ports,
  terminals, factories and shows as an article writes them).
- nevreport.ingest.measures and .metrics: the metric named by the rule of data/DICTIONARY.md ("Metric naming"),
  composed from what is counted, the measure and the transform; a reader's name and a chapter for a new one;
  .stocks (vehicles in use, changes stated as levels) and .counts (areas, lengths, places and lots counted,
  running totals, the growth of a value) for the shapes that are not a vehicle series.
- nevreport.ingest.grids: a number in a table written with bars, read from its row and its column.
"""

from __future__ import annotations

from nevreport.ingest.clauses import (
    Spans,
    body_start,
    not_a_claim,
    read_status,
    spans_around,
    status_of,
)
from nevreport.ingest.entities import Entities, read_entity
from nevreport.ingest.facilities import is_event
from nevreport.ingest.grids import Cell, cell_at, read_cell
from nevreport.ingest.measures import metric_label, metric_topic
from nevreport.ingest.metrics import brand_figure, read_metric, retail_counts_cars, whose_figure
from nevreport.ingest.periods import (
    converted_from,
    estimate_beside,
    event_ahead,
    event_period,
    periods_named,
    read_period,
    set_beside_estimate,
)

__all__ = [
    "Cell", "Entities", "Spans", "body_start", "brand_figure", "cell_at", "converted_from", "estimate_beside",
    "event_ahead", "event_period", "is_event", "metric_label", "metric_topic", "not_a_claim", "periods_named",
    "read_cell", "read_entity", "read_metric", "read_period", "read_status", "retail_counts_cars",
    "set_beside_estimate", "spans_around", "status_of", "whose_figure",
]  # fmt: skip
