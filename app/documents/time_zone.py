"""The time zone she chose for the documents of a case (Settings), through the open case."""

from __future__ import annotations

from quietcase.app.case import Case
from quietcase.app.core import zone


def chosen(case: Case) -> str:
    """Her choice ("Asia/Seoul"), or "" for the computer's zone."""
    return zone.case_zone_name(case.vault)


def choose(case: Case, name: str) -> str:
    """Keep `name` for this case ("" : the computer's); an unknown zone is refused. Returns
    the name kept."""
    zone.set_case_zone(case.vault, name)
    return chosen(case)
