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
        return f"{where}{item}: {_capped(self.message)}. Fix: {_capped(self.fix)}"


MAX_PROBLEMS_PER_FILE = 25  # beyond this, more lines hide the first ones, which are usually the cause
_MAX_MESSAGE = 600


def _capped(text: str) -> str:
    # Messages quote short excerpts already; this is the last guard against a line that fills the screen.
    return text if len(text) <= _MAX_MESSAGE else f"{text[:_MAX_MESSAGE]}... ({len(text):,} characters)"


def problem_lines(problems: list[Problem]) -> list[str]:
    """One line per problem, at most MAX_PROBLEMS_PER_FILE per file, then how many more that file has."""
    lines: list[str] = []
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem.file] = counts.get(problem.file, 0) + 1
        if counts[problem.file] <= MAX_PROBLEMS_PER_FILE:
            lines.append(str(problem))
    lines += [f"{file}: {count - MAX_PROBLEMS_PER_FILE:,} more problem(s) not shown. Fix: correct the ones above "
              "and run again" for file, count in counts.items() if count > MAX_PROBLEMS_PER_FILE]
    return lines


class UserError(Exception):
    """An error in the user's input. The CLI prints it and exits 1 without a traceback."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = list(problems or [])

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        return "\n".join([head, *(f"  {line}" for line in problem_lines(self.problems))])
