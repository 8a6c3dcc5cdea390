"""What she types, checked and tidied: app/validation.py, app/passphrase.py, app/ids.py, and
the translatable messages of app/errors.py. Pure functions, no vault."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quietcase.app.core import validation as check
from quietcase.app.core.errors import EXIT_FAILED, EXIT_USAGE, UserError
from quietcase.app.core.i18n import CONTEXT, Label
from quietcase.app.core.ids import parse_id, parse_link, require_link
from quietcase.app.core.kinds import format_id
from quietcase.app.unlock.passphrase import HINTS, Strength, require_usable, strength
from quietcase.storage.dates import Moment, When
from quietcase.storage.records import ContactRole, RequestKind, RequestStatus

# -- text ----------------------------------------------------------------------------------


def test_text_trims_normalises_and_drops_nul() -> None:
    nfd = unicodedata.normalize("NFD", "  Café\x00 피해 \n")
    cleaned = check.text(nfd, check.TITLE)
    assert cleaned == "Café 피해"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_text_optional_empty_is_empty_string() -> None:
    assert check.text(None, check.NOTE) == ""
    assert check.text("   \t\n ", check.NOTE) == ""


@pytest.mark.parametrize("value", ["", "   ", "\t\n", "\x00", None])
def test_text_required_refuses_empty(value: str | None) -> None:
    with pytest.raises(UserError) as err:
        check.text(value, check.TITLE, required=True)
    assert err.value.exit_code == EXIT_FAILED
    assert str(err.value) == "Please fill in the title."
    assert isinstance(err.value.params["field"], Label)


def test_text_limit_is_inclusive_and_message_gives_numbers() -> None:
    assert check.text("a" * check.SHORT_TEXT, check.TITLE) == "a" * check.SHORT_TEXT
    with pytest.raises(UserError) as err:
        check.text("a" * (check.SHORT_TEXT + 1), check.TITLE)
    assert "501" in str(err.value) and "500" in str(err.value)
    with pytest.raises(UserError) as err:
        check.text("x" * 10_000_000, check.DESCRIPTION, limit=check.LONG_TEXT)
    assert "10,000,000" in str(err.value) and "200,000" in str(err.value)


def test_text_length_counts_after_trimming() -> None:
    padded = "   " + "a" * check.SHORT_TEXT + "   "
    assert check.text(padded, check.TITLE) == "a" * check.SHORT_TEXT


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_text_is_idempotent(value: str) -> None:
    once = check.text(value, check.NOTE)
    assert check.text(once, check.NOTE) == once
    assert "\x00" not in once


# -- words, platform -----------------------------------------------------------------------


def test_words_drop_empty_and_repeats_ignoring_case_keeping_first_spelling() -> None:
    typed = ["@Bad", " @bad ", "", "  ", "@BAD", "@other", "나쁜놈", "나쁜놈 "]
    assert check.words(typed, "handle") == ("@Bad", "@other", "나쁜놈")
    assert check.words([], "tag") == ()


def test_words_checks_each_length() -> None:
    with pytest.raises(UserError):
        check.words(["ok", "x" * (check.SHORT_TEXT + 1)], "tag")


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("telegram", "Telegram"),
        ("  KAKAOTALK ", "KakaoTalk"),
        ("youtube", "YouTube"),
        ("in person", "In person"),
        ("x", "X"),
        ("Mastodon", "Mastodon"),
        ("", ""),
        (None, ""),
    ],
)
def test_platform_gets_usual_spelling(typed: str | None, saved: str) -> None:
    assert check.platform(typed) == saved


# -- url -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("t.me/room", "https://t.me/room"),
        ("  t.me/room\n", "https://t.me/room"),
        ("https://example.com/a?b=c#d", "https://example.com/a?b=c#d"),
        ("http://example.org", "http://example.org"),
        ("HTTPS://example.com/x", "https://example.com/x"),
        ("www.example.co.kr/게시물/1", "https://www.example.co.kr/게시물/1"),
        ("https://한국.kr/가", "https://한국.kr/가"),
    ],
)
def test_url_accepts_web_addresses(typed: str, saved: str) -> None:
    assert check.url(typed) == saved


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "not a url",
        "javascript:alert(1)",
        "ftp://x.org",
        "file:///etc/passwd",
        "data:text/html,hi",
        "https://",
        "example",
        "https://exa mple.com",
        "https://" + "a" * 4000 + ".com",
    ],
)
def test_url_refuses_what_is_not_a_web_address(typed: str) -> None:
    with pytest.raises(UserError) as err:
        check.url(typed)
    assert err.value.exit_code == EXIT_FAILED
    assert "does not look like a web address" in str(err.value)


def test_url_accepts_an_ip_address() -> None:
    assert check.url("http://192.0.2.1/gallery") == "http://192.0.2.1/gallery"


def test_url_refuses_impossible_port() -> None:
    with pytest.raises(UserError):
        check.url("https://example.com:99999/")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_url_either_cleans_or_refuses_kindly(value: str) -> None:
    try:
        cleaned = check.url(value)
    except UserError:
        return
    assert re.match(r"^https?://", cleaned)
    assert not any(c.isspace() for c in cleaned)


# -- email, phone --------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["kim@example.org", " lee.h+case@law.co.kr ", "", None])
def test_email_accepts(typed: str | None) -> None:
    assert check.email(typed) == (typed or "").strip()


@pytest.mark.parametrize(
    "typed", ["not-an-email", "a@b", "a b@c.de", "@x.org", "a@@b.co", "kim@", "kim at law.kr"]
)
def test_email_refuses_garbage(typed: str) -> None:
    with pytest.raises(UserError) as err:
        check.email(typed)
    assert "does not look like an email address" in str(err.value)


@pytest.mark.parametrize("typed", ["+82 10-1234-5678", "(02) 123 4567", "112", "", None])
def test_phone_accepts(typed: str | None) -> None:
    assert check.phone(typed) == (typed or "").strip()


@pytest.mark.parametrize("typed", ["call me", "12", "010-abcd-1234", "++--", "+82 10 1234 5678 x"])
def test_phone_refuses_garbage(typed: str) -> None:
    with pytest.raises(UserError) as err:
        check.phone(typed)
    assert "does not look like a phone number" in str(err.value)


# -- dates ---------------------------------------------------------------------------------


def test_when_reads_approximate_dates() -> None:
    assert check.when(None) is None
    assert check.when("   ") is None
    assert check.when("2024-03") == When(Moment(2024, 3))
    assert check.when("2024-03 .. 2024-05") == When(Moment(2024, 3), Moment(2024, 5))
    assert check.when("2024년 3월 5일") == When(Moment(2024, 3, 5))


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("2026-02-31", "is not a day in the calendar"),
        ("2024-05 .. 2024-03", "comes before the first"),
        ("the other day", "could not read"),
        ("2024-03-05 25:00", "is not a day in the calendar"),
    ],
)
def test_when_refuses_with_a_kind_message(typed: str, fragment: str) -> None:
    with pytest.raises(UserError) as err:
        check.when(typed)
    assert fragment in str(err.value)
    assert f'"{typed}"' in str(err.value)


def test_due_needs_a_day() -> None:
    assert check.due("2026-12-01") == Moment(2026, 12, 1)
    assert check.due("2026-12-01 14:00") == Moment(2026, 12, 1, 14, 0)
    for typed in ("2026-12", "2026", "2026-12-01 .. 2026-12-05"):
        with pytest.raises(UserError) as err:
            check.due(typed)
        assert "please give a day" in str(err.value)
    with pytest.raises(UserError) as err:
        check.due("  ")
    assert str(err.value) == "Please fill in the due date."


def test_day_is_optional_calendar_day() -> None:
    assert check.day(None, "date sent") is None
    assert check.day("", "date sent") is None
    assert check.day("2026-11-01", "date sent") == date(2026, 11, 1)
    with pytest.raises(UserError):
        check.day("2026-13-01", "date sent")
    with pytest.raises(UserError) as err:
        check.day("2026-11", "date sent")
    assert "date sent" in str(err.value)


def test_valid_when_checks_built_dates_like_typed_ones() -> None:
    assert check.valid_when(None) is None
    assert check.valid_when(When(Moment(2024, 3, 5, 14, 30))) == When(Moment(2024, 3, 5, 14, 30))
    with pytest.raises(UserError, match="not a day in the calendar"):
        check.valid_when(When(Moment(2026, 2, 29)))
    with pytest.raises(UserError, match="comes before the first"):
        check.valid_when(When(Moment(2024, 5), Moment(2024, 3)))


def test_in_order() -> None:
    check.in_order(date(2026, 1, 1), date(2026, 1, 1), "m")
    check.in_order(date(2026, 1, 1), date(2026, 1, 2), "m")
    check.in_order(None, date(2026, 1, 2), "m")
    check.in_order(date(2026, 1, 1), None, "m")
    with pytest.raises(UserError, match="^second before first$"):
        check.in_order(date(2026, 1, 2), date(2026, 1, 1), "second before first")


# -- choice --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "enum", "member"),
    [
        ("lawyer", ContactRole, ContactRole.LAWYER),
        ("POLICE", ContactRole, ContactRole.POLICE),
        ("Support Centre", ContactRole, ContactRole.SUPPORT_CENTRE),
        ("support-center", ContactRole, ContactRole.SUPPORT_CENTRE),
        (" police report ", RequestKind, RequestKind.POLICE_REPORT),
        ("Acknowledged", RequestStatus, RequestStatus.ACKNOWLEDGED),
    ],
)
def test_choice_is_forgiving(typed: str, enum: type, member: object) -> None:
    assert check.choice(typed, enum, "role") is member


def test_choice_refuses_unknown_and_lists_choices() -> None:
    with pytest.raises(UserError) as err:
        check.choice("dentist", ContactRole, "role")
    message = str(err.value)
    assert '"dentist" is not a role' in message
    assert all(role.value in message for role in ContactRole)


# -- passphrase ----------------------------------------------------------------------------


@pytest.mark.parametrize("weak", ["", "1234", "password", "aaaaaaaaaaaaaaaaaaaaaaaa", "비밀번호"])
def test_strength_weak(weak: str) -> None:
    assert strength(weak) is Strength.WEAK


def test_strength_five_words_strong() -> None:
    assert strength("correct horse battery staple ocean") is Strength.STRONG


def test_strength_long_korean_phrase_is_not_weak() -> None:
    assert strength("우리집 고양이는 하늘색 모자를 좋아해") is not Strength.WEAK


def test_strength_grows_with_length() -> None:
    order = [Strength.WEAK, Strength.FAIR, Strength.STRONG]
    ranks = [order.index(strength(p)) for p in ["tree", "tree lamp", "tree lamp cloud river"]]
    assert ranks == sorted(ranks)
    assert set(HINTS) == set(Strength)


def test_require_usable() -> None:
    assert require_usable("a b c") == "a b c"
    assert require_usable("비밀 🔒", "비밀 🔒") == "비밀 🔒"
    for bad, repeated, fragment in [
        ("", None, "cannot be empty"),
        ("pa\x00ss", None, "NUL"),
        ("one", "two", "not the same"),
        ("one", "", "not the same"),
    ]:
        with pytest.raises(UserError) as err:
            require_usable(bad, repeated)
        assert fragment in str(err.value)
        assert err.value.exit_code == EXIT_FAILED


# -- ids -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected", "parsed"),
    [
        ("I-12", None, ("incident", 12)),
        ("i12", None, ("incident", 12)),
        (" c-3 ", None, ("contact", 3)),
        ("D-4", "deadline", ("deadline", 4)),
        ("r 5", None, ("request", 5)),
        ("12", "incident", ("incident", 12)),
        (" #7 ", "contact", ("contact", 7)),
    ],
)
def test_parse_id(typed: str, expected: str | None, parsed: tuple[str, int]) -> None:
    assert parse_id(typed, expected) == parsed


@pytest.mark.parametrize(
    ("typed", "expected", "fragment"),
    [
        ("12", None, "is not a record id"),
        ("I-12", "contact", "of this kind: contact (like C-12)"),
        ("C-1", "incident", "cannot be used here"),
        ("hello", None, "is not a record id"),
        ("X-1", None, "is not a record id"),
        ("X-1", "incident", "is not a record id"),
        ("I-", None, "is not a record id"),
        ("I-1-2", None, "is not a record id"),
        ("", "incident", "is not a record id"),
        ("I-1234567890123", None, "is not a record id"),
    ],
)
def test_parse_id_refuses_as_usage_error(typed: str, expected: str | None, fragment: str) -> None:
    with pytest.raises(UserError) as err:
        parse_id(typed, expected)
    assert err.value.exit_code == EXIT_USAGE
    assert fragment in str(err.value)


def test_wrong_kind_message_is_good_english() -> None:
    with pytest.raises(UserError) as err:
        parse_id("C-1", "incident")
    assert "a incident" not in str(err.value)


def test_wrong_kind_message_translates_the_kind() -> None:
    with pytest.raises(UserError) as err:
        parse_id("I-12", "contact")
    assert "CONTACT" in err.value.text(translate=shout)


@given(st.sampled_from(["incident", "contact", "deadline", "request"]), st.integers(1, 10**12 - 1))
def test_format_then_parse_round_trips(kind: str, number: int) -> None:
    assert parse_id(format_id(kind, number)) == (kind, number)
    assert parse_id(format_id(kind, number), kind) == (kind, number)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20), st.sampled_from([None, "incident", "contact"]))
def test_parse_id_never_crashes(typed: str, expected: str | None) -> None:
    try:
        kind, number = parse_id(typed, expected)
    except UserError as err:
        assert err.exit_code == EXIT_USAGE
    else:
        assert kind in {"incident", "contact", "deadline", "request"} and number >= 0


# -- translatable messages -----------------------------------------------------------------


def shout(context: str, template: str) -> str:
    """A fake translation: upper case, leaving {placeholders} alone."""
    assert context == CONTEXT
    return "".join(
        part if part.startswith("{") else part.upper()
        for part in re.split(r"(\{[^}]*\})", template)
    )


def test_user_error_translates_template_and_label_params() -> None:
    with pytest.raises(UserError) as err:
        check.text(" ", check.TITLE, required=True)
    assert err.value.text(translate=shout) == "PLEASE FILL IN THE TITLE."
    assert err.value.text() == str(err.value) == "Please fill in the title."


def test_user_error_leaves_her_own_words_untranslated() -> None:
    with pytest.raises(UserError) as err:
        check.choice("dentist", ContactRole, check.NAME)
    shouted = err.value.text(translate=shout)
    assert shouted.startswith('"dentist" IS NOT A NAME. CHOOSE ONE OF: lawyer, police')


def test_user_error_with_broken_translation_falls_back_to_english() -> None:
    error = UserError(check.REQUIRED, field=Label(check.TITLE))
    assert error.text(translate=lambda c, t: t.upper()) == "Please fill in the title."
    assert error.text(translate=lambda c, t: "{nope} {0}") == "Please fill in the title."


def test_a_link_is_named_by_its_incident_and_number() -> None:
    for text in ("I-3/2", "i3/2", "I-3#2", "I-3:2", "I-3 link 2", " I - 3 / 2 "):
        assert parse_link(text) == (3, 2)
    for text in ("I-3", "E-3/2", "I-3/", "3/2", "I-3/2/1"):
        assert parse_link(text) is None
    with pytest.raises(UserError) as err:
        require_link("I-3/0")
    assert err.value.exit_code == EXIT_USAGE
    assert "I-3/2 is the second link of I-3" in str(err.value)
