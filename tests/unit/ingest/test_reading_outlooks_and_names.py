"""Outlooks told with "should" or "on track to", and names the reading learns. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.test_reading_more_news import _rows


@pytest.mark.parametrize(
    ("sentence", "stated", "period"),
    [("Zeta's plant should see its workforce reach 9,000 by 2026.", "9,000", "2026"),
     ("Zeta is on track to deliver 200,000 cars this year.", "200,000", "2024"),
     ("Sales should grow about 8 percent this year.", "8 percent", "2024")],
)
def test_should_and_on_track_to_tell_an_outlook(tmp_path: Path, sentence, stated, period):
    row = _rows(tmp_path, f"Outlook\n\n{sentence}\n", published="2024-06-10")[stated]
    assert (row["status"], row["period"]) == ("forecast", period)


def test_should_be_noted_tells_no_outlook(tmp_path: Path):
    row = _rows(tmp_path, "Sales rise\n\nIt should be noted that sales rose 8 percent in May.\n",
                published="2024-06-10")["8 percent"]
    assert (row["status"], row["period"]) == ("actual", "2024-05")
