"""Shanghai's goal as an edition sees it: the stated figure or a parameter set's what-if in its place, and what
is known of its progress."""

from __future__ import annotations

from dataclasses import dataclass

from nevreport.curate.catalogue import GOAL  # `{goal}` in prose: the catalogue's goal, or an edition's what-if


@dataclass(frozen=True)
class GoalProgress:
    """latest: id of the latest full-year output on file; above_level: it is at or above the goal's level
    (its whole interval); in_goal_year: it is the goal's year; met: True/False once the goal year is on file;
    goal_year_ended: the edition's date is after the goal's year (whether or not its output is on file)."""

    latest: str | None
    above_level: bool
    in_goal_year: bool
    met: bool | None
    goal_year_ended: bool = False


def goal_progress(report, indicator: str) -> GoalProgress:
    """What is known of Shanghai's goal: the latest full-year output (the supplementary input of `indicator`,
    the catalogue's progress to the goal) against the goal's level and year."""
    goal, latest = report.get(GOAL), report.input_of(indicator, "supplementary")
    ended = goal is not None and report.as_of[:4] > str(goal["period"])[:4]
    if goal is None or latest is None:
        return GoalProgress(latest, False, False, None, ended)
    row, goal_year = report.get(latest), str(goal["period"])[:4]
    above = float(row["low"]) >= float(goal["value"])
    in_goal_year = str(row["period"]) == goal_year
    return GoalProgress(latest, above, in_goal_year, above if in_goal_year else None, ended)


def goal_row(report) -> dict | None:
    """The goal an edition shows: the figure the catalogue names as the goal, or the what-if its parameters put
    in its place."""
    stated = report._row(report.stated_goal) if report.stated_goal else None  # the data may hold no stated goal
    if report.target_units is None and report.target_year is None:
        return stated
    row = dict(stated or {"unit": "vehicles", "qualifier": "exact", "status": "target"})
    if report.target_units is not None:
        row["value"] = float(report.target_units)
    if report.target_year is not None:
        row["period"] = str(report.target_year)
    row["what_if"] = True
    return row if "period" in row else None


def is_what_if(report) -> bool:
    """Whether this edition's parameters set a goal of their own in place of the stated one."""
    goal = goal_row(report)
    return bool(goal and goal.get("what_if"))
