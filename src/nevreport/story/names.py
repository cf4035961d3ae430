"""Names a chapter uses, checked against the whole data: a misspelt name stops the cell with the nearest names,
instead of leaving a chart or table quietly empty. A name known to the data but published after the edition's
date is not a mistake (the block then shows what was known)."""

from __future__ import annotations

from nevreport.common.vocabulary import TOPICS
from nevreport.story.blocks import UnknownId, suggest


def unknown(what: str, name, known) -> UnknownId:
    return UnknownId(f"{name!r} names no {what} in the data{suggest(str(name), sorted(map(str, known)))}")


def check_id(report, key: str) -> str:
    """The id itself when it names a figure, supplementary figure or indicator (published yet or not)."""
    if key not in report.known_ids:
        raise unknown("figure, supplementary figure or indicator", key, report.known_ids)
    return key


def check_series(report, metric: str, entity: str | None = None) -> None:
    """A metric of data/metrics.csv, and an entity that has figures of it (at any date)."""
    metrics = set(report.metrics["metric"]) | {m for m, _ in report.known_series}
    if metric not in metrics:
        raise unknown("metric (data/metrics.csv)", metric, metrics)
    if entity is None or (metric, entity) in report.known_series:
        return
    entities = {e for m, e in report.known_series if m == metric}
    if not entities:
        return  # a metric declared before any figure of it: nothing to check the entity against
    if entity not in {e for _, e in report.known_series}:
        raise unknown("entity", entity, {e for _, e in report.known_series})
    raise UnknownId(f"{entity!r} has no figure of {metric!r} in the data; {metric} is known for "
                    + ", ".join(sorted(entities)) + suggest(entity, entities))


def check_topic(report, topic: str) -> None:
    """A chapter topic of data/metrics.csv."""
    known = set(TOPICS) | set(report.metrics["topic"])
    if topic not in known:
        raise unknown("topic (data/metrics.csv)", topic, known)


def check_section(report, section: str, kind: str | None = None) -> None:
    """An indicator section of data/indicators.yaml, and a kind of indicator it knows."""
    sections = set(report.known_sections) | set(report.indicators.get("section", []))
    if section not in sections:
        raise unknown("indicator section (data/indicators.yaml)", section, sections)
    if kind is not None and "kind" in report.indicators.columns:
        kinds = set(report.known_kinds) | set(report.indicators["kind"])
        if kind not in kinds:
            raise unknown("kind of indicator", kind, kinds)
