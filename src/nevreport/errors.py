"""Errors caused by the user's input: shown as a clear message, never as a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located precisely enough to fix it."""

    file: str
    row: int | None  # 1-based line number in the file (header is line 1), None for whole-file problems
    item: str  # figure id, parameter key or similar; "" when not applicable
    message: str  # what is wrong
    fix: str  # how to fix it

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        item = f" [{self.item}]" if self.item else ""
        return f"{where}{item}: {self.message}. Fix: {self.fix}"


class UserError(Exception):
    """An error in the user's input. The CLI prints it and exits 1 without a traceback."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = list(problems or [])

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        return "\n".join([head, *(f"  {p}" for p in self.problems)])
