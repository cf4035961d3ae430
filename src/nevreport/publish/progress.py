"""Where an edition's run is: the notebook it is in (printed as it starts each), the cell it runs, and how long a
cell may take.

papermill runs an edition's notebooks as one notebook (see nevreport.publish.build); nbclient calls `started`
before each cell, so a cell that never ends or a kernel that dies is named by the notebook and cell the user
sees in notebooks/, not by a position in the merged notebook.
"""

from __future__ import annotations

import os
from collections.abc import Callable

# A cell of the report does its work in seconds; one that runs past this is stuck (an endless loop, a wait).
DEFAULT_CELL_TIMEOUT = 600


def cell_timeout() -> int:
    """Seconds a cell may run: NEVREPORT_CELL_TIMEOUT when it is a whole number of seconds, else the default."""
    text = os.environ.get("NEVREPORT_CELL_TIMEOUT", "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_CELL_TIMEOUT


class CellWatch:
    """The nbclient hook of one run: says when a new notebook starts and remembers the cell running."""

    def __init__(self, origin_key: str, say: Callable[[str], None], tag: str):
        self.origin_key, self.say, self.tag = origin_key, say, tag
        self.notebook: str | None = None
        self.cell: int | None = None
        self.source = ""

    def started(self, cell, cell_index: int, **_) -> None:
        origin = cell.get("metadata", {}).get(self.origin_key, {})
        notebook = origin.get("notebook")
        if notebook and notebook != self.notebook:
            self.notebook = notebook
            self.say(f"{self.tag} running notebooks/{notebook}")
        self.cell = origin.get("cell")
        self.source = (cell.get("source") or "").strip().splitlines()[0][:60] if cell.get("source") else ""

    def where(self) -> str:
        """`notebooks/30_market.ipynb, cell 4 (first line)`, or the notebook's parameters."""
        cell = f"cell {self.cell}" if self.cell else "its parameters"
        first = f" ({self.source})" if self.cell and self.source else ""
        return f"notebooks/{self.notebook or '?'}, {cell}{first}"
