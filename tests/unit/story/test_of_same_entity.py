"""A chapter finds the figures about the same entity as another (the newest CIIE's growth and exhibitors) without
naming an id, so an early edition's notebook names nothing published after its date."""

from __future__ import annotations

import pytest

from nevreport.story.blocks import UnknownId
from nevreport.story.report import Report


def entity(report: Report, key: str | None) -> str:
    row = report.get(key) if key else None
    assert row is not None, key
    return row["entity"]


def test_the_newest_ciie_brings_its_own_growth_and_exhibitors():
    latest = Report.load("latest")
    deals = latest.latest("ciie_intended_deals", None)
    assert entity(latest, deals) == "CIIE 8th"
    growth = latest.of_same_entity(deals, "ciie_intended_deals_growth_pct")
    assert growth is not None and entity(latest, growth) == "CIIE 8th"
    assert (latest.get(growth) or {}).get("value") == 4.4
    early = Report.load("as-of-2021")
    deals = early.latest("ciie_intended_deals", None)
    assert entity(early, deals) == "CIIE 4th"
    assert early.of_same_entity(deals, "ciie_intended_deals_growth_pct") is None  # none on file for the 4th
    assert entity(early, early.of_same_entity(deals, "ciie_business_exhibitors")) == "CIIE 4th"
    assert early.of_same_entity(None, "ciie_business_exhibitors") is None
    with pytest.raises(UnknownId):
        early.of_same_entity(deals, "ciie_business_exhibitorz")
