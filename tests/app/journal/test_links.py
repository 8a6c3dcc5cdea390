"""Recording what she found for several links at once: one transaction."""

from __future__ import annotations

import pytest

from quietcase.app.case import Case
from quietcase.app.core.errors import UserError
from quietcase.app.journal.links import set_links_status
from quietcase.storage.records import Incident, Link, LinkStatus
from tests.shared import NOW


def test_several_links_at_once_all_or_nothing(case: Case) -> None:
    links = (Link(url="https://example.org/a"), Link(url="https://example.org/b"))
    first = case.journal.add_incident(Incident(title="one", links=links)).id
    second = case.journal.add_incident(Incident(title="two", links=links[:1])).id
    with pytest.raises(UserError):
        set_links_status(case, [(first, 1), (second, 2)], LinkStatus.REMOVED)  # no link 2
    assert [lk.status for lk in case.journal.incident(first).links] == [LinkStatus.UNKNOWN] * 2
    count = set_links_status(case, [(first, 2), (second, 1), (first, 2)], LinkStatus.REMOVED)
    assert count == 2
    today = NOW.astimezone().date()
    one, two = case.journal.incident(first), case.journal.incident(second)
    assert [(lk.status, lk.checked_on) for lk in one.links] == [
        (LinkStatus.UNKNOWN, None),
        (LinkStatus.REMOVED, today),
    ]
    assert (two.links[0].status, two.links[0].checked_on) == (LinkStatus.REMOVED, today)
