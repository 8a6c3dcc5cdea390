"""Link keywords (and titles, uploaders) are found by the search, after every kind of write."""

from __future__ import annotations

from pathlib import Path

from quietcase.app.case import Case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.journal import bin as case_bin
from quietcase.app.journal.links import set_link_status
from quietcase.app.search import LiveSearch, search
from quietcase.storage.records import Incident, Link, LinkStatus
from quietcase.storage.search.schema import INDEXED_ROWS
from tests.shared import NOW, PASS


def _incident(case: Case) -> int:
    link = Link(
        url="https://example.org/board/77",
        post_title="수상한 게시물",
        uploader="nick_uploader",
        keywords="합성사진 유출 zq_keyword",
    )
    return case.journal.add_incident(Incident(title="A post on a board", links=(link,))).id


def _found(case: Case, query: str) -> list[int]:
    fts = [h.record_id for h in search(case.vault, query).groups.get("incident", [])]
    live = [h.record_id for h in LiveSearch(case.vault).search(query).groups.get("incident", [])]
    assert fts == live
    return fts


def test_keywords_title_and_uploader_are_found(case: Case) -> None:
    incident_id = _incident(case)
    for query in ("zq_keyword", "합성사진", "유출", "수상한", "nick_uploader", "board/77"):
        assert _found(case, query) == [incident_id], query
    assert _found(case, "A post zq_keyword") == [incident_id]  # words from title and keywords
    hit = search(case.vault, "zq_keyword").groups["incident"][0]
    assert "zq_keyword" in hit.snippet


def test_found_after_a_status_change_an_edit_and_an_undo(case: Case) -> None:
    incident_id = _incident(case)
    set_link_status(case, incident_id, 1, LinkStatus.REMOVED)
    assert _found(case, "zq_keyword") == [incident_id]
    incident = case.journal.incident(incident_id)
    from dataclasses import replace

    changed = replace(incident.links[0], keywords="새로운말 only")
    case.journal.update_incident(replace(incident, links=(changed,)))
    assert _found(case, "zq_keyword") == [] and _found(case, "새로운말") == [incident_id]
    deleted = case_bin.delete(case.journal, "incident", incident_id)
    assert _found(case, "새로운말") == []
    case_bin.undo(case.journal, deleted)
    assert _found(case, "새로운말") == [incident_id]
    rows = case.vault.query(
        "SELECT count(*) FROM search_text WHERE rowid = ?", (incident_id * 8 + 1,)
    )
    assert rows[0][0] == 1  # one row per incident, never two


def test_rows_written_before_are_caught_up_on_a_writable_open(case: Case, vault_path: Path) -> None:
    incident_id = _incident(case)
    # As a vault written before keywords were indexed holds it: the triggers' row only.
    with case.vault.atomic():
        case.vault.execute("DELETE FROM search_text WHERE rowid = ?", (incident_id * 8 + 1,))
        case.vault.execute(
            "INSERT INTO search_text (rowid, title, body) "
            + INDEXED_ROWS["incident"].format(where=f"WHERE i.id = {incident_id}")
        )
    assert _found(case, "zq_keyword") == []
    case.close()
    with open_case(vault_path, PASS, FixedClock(NOW), read_only=True) as reading:
        assert _found(reading, "zq_keyword") == []  # a read-only open writes nothing
    with open_case(vault_path, PASS, FixedClock(NOW)) as opened:
        assert _found(opened, "zq_keyword") == [incident_id]
        assert _found(opened, "nick_uploader") == [incident_id]
    with open_case(vault_path, PASS, FixedClock(NOW)) as again:
        before = again.vault.conn.total_changes
        assert _found(again, "zq_keyword") == [incident_id]
    assert before == 0  # nothing to catch up the second time: nothing written
