"""Search across the whole case, in Korean and English, and the index that keeps up with edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quietcase.storage.schema
import quietcase.storage.vault
from quietcase.app.case import Case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.search import LiveSearch, SearchResults, search, snippet, terms_of
from quietcase.cli.main import main
from quietcase.storage.dates import When
from quietcase.storage.records import (
    Contact,
    ContactRole,
    Deadline,
    Incident,
    Link,
    Request,
    RequestKind,
)
from quietcase.storage.vault import Vault
from tests.shared import NOW, PASS


def _fill(case: Case) -> dict[str, int]:
    j = case.journal
    lawyer = j.add_contact(
        Contact(
            name="김지원 변호사",
            role=ContactRole.LAWYER,
            organisation="법무법인 예시",
            email="kim@example.org",
        )
    )
    first = j.add_incident(
        Incident(
            title="텔레그램 방에 딥페이크 영상이 올라왔어요",
            when=When.parse("2024-03"),
            platform="Telegram",
            place="t.me/example_room",
            links=(Link(url="https://t.me/example_room/204", uploader="@shadow_demo"),),
            handles=("@shadow_demo",),
            tags=("deepfake", "합성"),
            contact_ids=(lawyer.id,),
        )
    )
    second = j.add_incident(
        Incident(
            title="Re-upload on X",
            when=When.parse("2024-05-02"),
            platform="X",
            description="An account posted a cropped image.",
        )
    )
    deadline = j.add_deadline(
        Deadline(title="경찰 진술 조사", due=When.parse("2026-12-01").start, note="신뢰관계인 동석")
    )
    request = j.add_request(
        Request(
            kind=RequestKind.TAKEDOWN,
            subject="Takedown of the archive room",
            reference="DSC-2024-001",
            incident_ids=(first.id,),
        )
    )
    return {
        "lawyer": lawyer.id,
        "first": first.id,
        "second": second.id,
        "deadline": deadline.id,
        "request": request.id,
    }


def _ids(results: SearchResults, kind: str) -> list[int]:
    return [h.record_id for h in results.groups.get(kind, [])]


def test_korean_words_are_found_inside_longer_text(case: Case) -> None:
    ids = _fill(case)
    assert _ids(search(case.vault, "딥페이크"), "incident") == [ids["first"]]
    # Two syllables: shorter than a trigram, found by the fallback.
    assert _ids(search(case.vault, "텔레"), "incident") == [ids["first"]]
    assert _ids(search(case.vault, "변호"), "contact") == [ids["lawyer"]]
    assert _ids(search(case.vault, "진술"), "deadline") == [ids["deadline"]]


def test_english_is_found_in_any_field_ignoring_case(case: Case) -> None:
    ids = _fill(case)
    assert _ids(search(case.vault, "cropped"), "incident") == [ids["second"]]
    assert _ids(search(case.vault, "SHADOW"), "incident") == [ids["first"]]  # handle + link
    assert _ids(search(case.vault, "dsc-2024"), "request") == [ids["request"]]
    assert _ids(search(case.vault, "archive"), "request") == [ids["request"]]
    assert _ids(search(case.vault, "deepfake"), "incident") == [ids["first"]]  # a tag


def test_every_word_must_match_in_any_order(case: Case) -> None:
    ids = _fill(case)
    assert _ids(search(case.vault, "room 텔레"), "incident") == [ids["first"]]
    assert search(case.vault, "room cropped").total == 0
    assert search(case.vault, "   ").total == 0
    assert search(case.vault, "zzzz").groups == {}


def test_results_are_grouped_and_say_what_they_are(case: Case) -> None:
    ids = _fill(case)
    results = search(case.vault, "example")
    assert list(results.groups) == ["incident", "contact"]
    hit = results.groups["incident"][0]
    assert hit.ref == f"I-{ids['first']}"
    assert hit.when == "2024-03"
    assert hit.facet == "Telegram"
    assert results.totals == {"incident": 1, "contact": 1}
    assert results.groups["contact"][0].facet == "lawyer"


def test_special_characters_are_plain_text(case: Case) -> None:
    _fill(case)
    for query in ['"', "%", "_", 'a"b', "OR", "NOT x", "*", "(", "t.me/example_room", "\\"]:
        search(case.vault, query)  # never an FTS syntax error
    assert search(case.vault, "%").total == 0
    assert search(case.vault, "t.me/example_room").total == 1


def test_the_index_follows_edits_and_deletions(case: Case) -> None:
    ids = _fill(case)
    j = case.journal
    first = j.incident(ids["first"])
    from dataclasses import replace

    j.update_incident(replace(first, title="Room renamed", links=()))
    assert search(case.vault, "딥페이크").total == 0
    assert _ids(search(case.vault, "renamed"), "incident") == [ids["first"]]
    assert _ids(search(case.vault, "shadow"), "incident") == [ids["first"]]  # still a handle
    j.update_incident(replace(j.incident(ids["first"]), handles=()))
    assert search(case.vault, "shadow").total == 0  # the link went, and now the handle
    j.delete_incident(ids["first"])
    assert search(case.vault, "renamed").total == 0
    j.delete_contact(ids["lawyer"])
    assert search(case.vault, "변호사").groups.get("contact") is None
    rows = case.vault.query("SELECT count(*) FROM search_text")[0][0]
    assert rows == 3  # the second incident, the deadline, the request


def test_many_matches_are_capped_but_counted(case: Case) -> None:
    with case.journal.transaction():
        for n in range(60):
            case.journal.add_incident(Incident(title=f"Telegram post {n}"))
    results = search(case.vault, "telegram", per_kind=20)
    assert results.totals["incident"] == 60
    assert len(results.groups["incident"]) == 20


def test_terms_and_snippets() -> None:
    assert terms_of('  "딥페이크"   영상 영상  ') == ["딥페이크", "영상"]
    text = "x " * 60 + "the deepfake was posted " + "y " * 60
    cut = snippet(text, ["deepfake"])
    assert "deepfake" in cut and cut.startswith("…") and cut.endswith("…")
    assert snippet("", ["a"]) == ""


def test_an_older_vault_gets_its_index_when_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.quietcase"
    older = quietcase.storage.schema.MIGRATIONS[:2]
    for module in (quietcase.storage.schema, quietcase.storage.vault):
        monkeypatch.setattr(module, "MIGRATIONS", older)
        monkeypatch.setattr(module, "LATEST_VERSION", 2)
    vault = Vault.create(path, PASS)
    vault.execute(
        "INSERT INTO incident (title, platform, handles, tags, created_at, updated_at) "
        "VALUES ('텔레그램 딥페이크', 'Telegram', '[\"@old_handle\"]', '[]', 'x', 'x')"
    )
    vault.close()
    monkeypatch.undo()
    case = open_case(path, PASS, FixedClock(NOW))
    try:
        assert case.vault.query_one("PRAGMA user_version") == (
            quietcase.storage.schema.LATEST_VERSION,
        )
        assert search(case.vault, "딥페이크").total == 1
        assert search(case.vault, "old_handle").total == 1
        assert case.vault.full_check() == []
    finally:
        case.close()
    # A good migration leaves no copy of her case (with its old passphrase) beside it.
    assert not path.with_name(
        f"old.quietcase.before-v{quietcase.storage.schema.LATEST_VERSION}"
    ).exists()


def test_cli_search(
    case: Case,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = _fill(case)
    case.close()
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", PASS)
    assert main(["search", str(vault_path), "텔레"]) == 0
    out = capsys.readouterr().out
    assert f"I-{ids['first']}" in out and "(1 found)" in out
    assert main(["search", str(vault_path), "example", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["results"]] == [f"I-{ids['first']}", f"C-{ids['lawyer']}"]
    assert main(["search", str(vault_path), "nothing-like-this"]) == 0
    assert "Nothing found" in capsys.readouterr().out
    monkeypatch.setenv("QUIETCASE_PASSPHRASE", "wrong")
    assert main(["search", str(vault_path), "x"]) == 3


def test_live_search_finds_the_same_and_follows_changes(case: Case) -> None:
    ids = _fill(case)
    live = LiveSearch(case.vault)
    for query in (
        "딥페이크",
        "텔레",
        "변호",
        "SHADOW",
        "room 텔레",
        "dsc-2024",
        "example",
        "zzz",
        "x",
    ):
        expected = search(case.vault, query)
        found = live.search(query)
        assert found.totals == expected.totals, query
        assert [h.ref for h in found.hits()] == [h.ref for h in expected.hits()], query
        assert [h.snippet for h in found.hits()] == [h.snippet for h in expected.hits()], query
    case.journal.delete_incident(ids["first"])
    assert live.search("딥페이크").total == 0
    case.journal.add_contact(Contact(name="Straße Ärztin"))
    assert live.search("STRASSE").total == 1  # case folding that changes the length
    assert live.search("ärztin").total == 1


def test_live_search_counts_up_to_a_limit(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    import quietcase.app.search as module

    monkeypatch.setattr(module, "COUNTED_PER_KIND", 5)
    with case.journal.transaction():
        for n in range(12):
            case.journal.add_incident(Incident(title=f"Telegram post {n}"))
    results = LiveSearch(case.vault).search("telegram", per_kind=3)
    assert results.more_than_counted("incident")
    assert results.totals["incident"] == 6
    assert len(results.groups["incident"]) == 3


def test_snippets_show_her_words_not_stored_codes(case: Case) -> None:
    ids = _fill(case)
    found = search(case.vault, "예시")
    assert [h.snippet for h in found.groups["contact"]] == [
        "법무법인 예시 kim@example.org"
    ]  # not "lawyer 법무법인 …"
    assert found.groups["contact"][0].facet == "lawyer"  # shown as a word beside it
    request = search(case.vault, "DSC-2024").groups["request"][0]
    assert request.record_id == ids["request"]
    assert request.snippet == "DSC-2024-001" and request.facet == "draft"
    # the codes still find their records
    assert _ids(search(case.vault, "takedown"), "request") == [ids["request"]]


def test_platform_names_in_either_language(case: Case) -> None:
    """A word starting a platform's Korean or English name, or a name people use for it,
    finds what she recorded under the other one (app/core/platforms.py)."""
    ids = _fill(case)
    j = case.journal
    kakao = j.add_incident(Incident(title="단톡방 캡처", platform="KakaoTalk")).id
    insta = j.add_incident(Incident(title="계정 사칭", platform="Instagram")).id
    typed = j.add_incident(Incident(title="링크 유포", platform="텔레그램")).id
    live = LiveSearch(case.vault)
    expected = {
        "텔레": [ids["first"], typed],  # "Telegram", "텔레그램 방…" and "텔레그램" as typed
        "telegram": [ids["first"], typed],
        "카톡": [kakao],
        "카카오톡": [kakao],
        "인스타": [insta],
        "instagram": [insta],
        "엑스": [ids["second"]],  # the stored name "X" is too short to look for as text
        "트위터": [ids["second"]],
        "엑스 cropped": [ids["second"]],
        "엑스 딥페이크": [],
        "텔레 room": [ids["first"]],
    }
    for query, incidents in expected.items():
        for results in (search(case.vault, query), live.search(query)):
            assert sorted(_ids(results, "incident")) == sorted(incidents), query
    # The live search lists the same records, in the same order, with the same snippets.
    for query in expected:
        found, wanted = live.search(query), search(case.vault, query)
        assert [h.ref for h in found.hits()] == [h.ref for h in wanted.hits()], query
        assert [h.snippet for h in found.hits()] == [h.snippet for h in wanted.hits()], query


def test_one_platform_table_for_window_documents_and_search() -> None:
    from quietcase.app.core import platforms, validation
    from quietcase.app.documents.summary.text import Words

    assert validation.PLATFORM_SUGGESTIONS == platforms.SUGGESTIONS
    assert validation.platform("telegram") == "Telegram"
    assert validation.platform("텔레그램") == "텔레그램"  # stored as typed
    assert platforms.display("Telegram", korean=True) == "텔레그램"
    assert platforms.display("telegram", korean=True) == "텔레그램"
    assert platforms.display("Telegram", korean=False) == "Telegram"
    assert platforms.display("my forum", korean=True) == "my forum"
    assert Words("ko").platform("KakaoTalk") == "카카오톡"
    assert Words("en").platform("KakaoTalk") == "KakaoTalk"
    assert Words("ko").platform("In person") == "대면(오프라인)"
    # A few letters of an English word are not taken for a platform ("in", "tel"), nor one
    # Korean syllable; two syllables or a whole name are.
    assert platforms.search_word("in") == platforms.SearchWord(("in",))
    assert platforms.search_word("tel") == platforms.SearchWord(("tel",))
    assert platforms.search_word("웹") == platforms.SearchWord(("웹",))
    assert platforms.search_word("x").platforms == ("X",)
    assert platforms.search_word("텔레").texts == ("텔레", "Telegram", "텔레그램")
    assert platforms.search_word("트위터") == platforms.SearchWord(
        ("트위터", "엑스", "Twitter"), ("X",)
    )
