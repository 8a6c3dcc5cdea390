"""`quietcase-cli import-telegram`, `list VAULT messages`, `show VAULT M-1`, and
`report-messages` (the messages chosen for the case summary's transcript excerpt)."""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quietcase.app.core.clock import Clock
from quietcase.app.core.errors import EXIT_OK, EXIT_USAGE, UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.core.ids import parse_id
from quietcase.app.core.kinds import RecordKind, format_id
from quietcase.cli.chat_import import (
    evidence_ids,
    print_chat,
    print_files,
    print_incident,
    record_id,
    run_import,
)
from quietcase.cli.common import existing_passphrase, open_case, print_json
from quietcase.cli.language import translate
from quietcase.cli.text import local_time, width

if TYPE_CHECKING:  # the chat code is imported by the commands that use it
    from quietcase.app.case import Case
    from quietcase.app.chats.telegram.model import ExportListing
    from quietcase.app.chats.telegram.result import TelegramImportResult

NO_CHAT = QT_TRANSLATE_NOOP(
    "Quietcase", 'No imported chat is called "{wanted}" (give its name or its Telegram id).'
)
_MISSING_WORDS = {
    "not_included": QT_TRANSLATE_NOOP("Cli", "not included in the export"),
    "too_large": QT_TRANSLATE_NOOP("Cli", "too large for the export's settings"),
    "unavailable": QT_TRANSLATE_NOOP("Cli", "unavailable when exported"),
    "absent": QT_TRANSLATE_NOOP("Cli", "named but not in the folder"),
    "refused": QT_TRANSLATE_NOOP("Cli", "pointing outside the export folder (not read)"),
}


def print_listing(listing: ExportListing) -> None:
    print(translate("Cli", "Chats in this export:"))
    for chat in listing.chats:
        kind = chat.chat_type.replace("_", " ")
        left = translate("Cli", " (left)") if chat.left else ""
        count = translate("Cli", "{n} messages").format(n=f"{chat.message_count:,}")
        print(f"  {chat.key:<14}  {chat.name}  [{kind or chat.folder}{left}]  {count}")


def cmd_import_telegram(args: argparse.Namespace, clock: Clock) -> int:
    from quietcase.app.chats.telegram.choices import CHOOSE_CHATS, ImportOptions
    from quietcase.app.chats.telegram.files import locate
    from quietcase.app.chats.telegram.importing import list_chats

    export = locate(args.path)
    if export.whole_account and not args.chat and not args.all_chats:
        print_listing(list_chats(args.path))
        raise UserError(CHOOSE_CHATS, EXIT_USAGE)
    options = ImportOptions(
        chats=tuple(args.chat),
        all_chats=args.all_chats,
        incident_id=parse_id(args.incident, RecordKind.INCIDENT)[1] if args.incident else None,
        username=args.username or "",
        words=lambda words: translate("Quietcase", words),  # her case's notes, in --language
    )
    return run_import(
        args,
        clock,
        lambda case, show: case.import_telegram(args.path, options, show),
        result_dict,
        print_result,
    )


def result_dict(result: TelegramImportResult) -> dict[str, Any]:
    return {
        "format": result.format,
        "whole_account": result.whole_account,
        "chats": [
            {
                "name": c.name,
                "telegram_id": c.telegram_id,
                "incident": record_id(RecordKind.INCIDENT, c.incident_id),
                "incident_created": c.incident_created,
                "messages_added": c.messages_added,
                "messages_known": c.messages_known,
                "messages_changed": c.messages_changed,
                "media_stored": c.media_stored,
                "media_missing": c.media_missing,
            }
            for c in result.chats
        ],
        "messages_added": result.messages_added,
        "messages_known": result.messages_known,
        "files_added": result.files_added,
        "files_known": result.files_known,
        "main_evidence_id": record_id(RecordKind.EVIDENCE, result.main_evidence_id),
        "evidence_ids": evidence_ids(result.evidence_ids),
        "links_skipped": result.links_skipped,
        "repairs": [r.text() for r in result.repairs],
        "problems": [{"file": p.source, "error": str(p.error)} for p in result.problems],
        "handle_suggestions": [
            {"handle": h.handle, "name": h.name, "count": h.count, "kind": h.kind}
            for h in result.handles
        ],
    }


def print_result(result: TelegramImportResult) -> None:
    kind = "JSON" if result.format == "json" else "HTML"
    print(translate("Cli", "Telegram export ({kind}) imported.").format(kind=kind))
    for c in result.chats:
        print(f'  "{c.name}"')
        print_chat(
            c.messages_added,
            c.messages_known,
            c.media_stored,
            c.media_missing,
            _MISSING_WORDS,
            partial(_changed, c.messages_changed),
        )
        print_incident(c.incident_id, c.incident_created)
    print_files(result.files_added, result.files_known, result.main_evidence_id)
    if result.links_skipped:
        print(
            translate(
                "Cli",
                "%Ln links in the folder were not followed: {names}",
                None,
                len(result.links_skipped),
            ).format(names=", ".join(result.links_skipped[:5]))
        )
    for repair in result.repairs:
        print(translate("Cli", "Repaired: {what}").format(what=repair.text(translate)))
    if result.entries_skipped:
        print(
            translate("Cli", "{n} entries were not messages and were left out.").format(
                n=result.entries_skipped
            )
        )
    if result.handles:
        print(
            translate("Cli", "Handles you may want to note for the offenders (nothing was added):")
        )
        for h in result.handles:
            if h.kind == "sender":
                what = translate("Cli", "messages: {n}").format(n=f"{h.count:,}")
                print(
                    f"  {h.handle}"
                    + (f" ({h.name})" if h.name and h.name != h.handle else "")
                    + f"  {what}"
                )
            else:
                print(
                    f"  {h.handle}  " + translate("Cli", "mentions: {n}").format(n=f"{h.count:,}")
                )


def _changed(n: int) -> None:
    if n:
        print(
            "    "
            + translate(
                "Cli", "{n} of those read differently in this export (the first copy is kept)"
            ).format(n=f"{n:,}")
        )


def _t(text: str) -> str:
    return translate("Cli", text)


# -- list VAULT messages, show VAULT M-1 ---------------------------------------------------


def cmd_list_messages(args: argparse.Namespace, clock: Clock) -> int:
    with open_case(args.case_file, existing_passphrase(), clock, read_only=True) as case:
        rows = list_rows(case, args.chat)
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print(translate("Cli", "No messages yet."))
        return EXIT_OK
    for row in rows:
        when = _when(row)
        files = " ".join(row["evidence_ids"])
        text = " ".join(str(row["text"]).split())
        line = f"{row['id']:<8} {_fit(when, 23)} {_fit(row['from'], 16)}  {_fit(text, 60)}  {files}"
        print(line.rstrip())
    print(translate("Cli", "(%Ln messages)", None, len(rows)))
    return EXIT_OK


def _when(row: dict[str, Any]) -> str:
    """Exact times in the case's zone with their offset (as the documents print them; the JSON
    keeps UTC); local times as the export wrote them, said so."""
    if row["time_exact"]:
        return local_time(str(row["at"]), offset=True)
    if row["local_time"] and row.get("time_zone"):  # KakaoTalk: read in the zone she chose
        return (
            str(row["local_time"])[:16].replace("T", " ")
            + " "
            + str(row["utc_offset"]).replace(":", "")
        )
    if row["local_time"]:
        return str(row["local_time"])[:16].replace("T", " ") + " " + translate("Cli", "local")
    return ""


def _fit(text: str, columns: int) -> str:
    out = ""
    for char in text:
        if width(out + char) > columns - 1:
            return out + "…" + " " * (columns - width(out) - 1)
        out += char
    return out + " " * (columns - width(out))


def list_rows(case: Case, chats: list[str]) -> list[dict[str, Any]]:
    """Rows for `list VAULT messages [--chat NAME_OR_ID]...`."""
    from quietcase.app.chats.messages import as_dict

    store = case.chats
    chat_ids: list[int] = []
    for wanted in chats:
        found = store.find_chats(wanted)
        if not found:
            raise UserError(NO_CHAT, EXIT_USAGE, wanted=wanted)
        chat_ids += [c.id for c in found]
    return [as_dict(m) for m in store.messages(chat_ids=chat_ids)]


def show_record(case: Case, number: int) -> dict[str, Any]:
    """One message for `show VAULT M-1`."""
    from quietcase.app.chats.messages import as_dict

    record = as_dict(case.chats.message(number))
    record["media"] = [
        " ".join(
            x
            for x in (
                m["kind"],
                m["path"],
                m["evidence_id"] or "",
                _t(_MISSING_WORDS[m["missing"]]) if m["missing"] in _MISSING_WORDS else "",
            )
            if x
        )
        for m in record["media"]
    ]
    return record


# -- name-sender VAULT CHAT SENDER CONTACT ------------------------------------------------


def cmd_name_sender(args: argparse.Namespace, clock: Clock) -> int:
    """Say which contact wrote as SENDER in a chat: the name becomes the contact's handle and
    the chat's incident's, and the contact is linked to the incident (the complaint helper's
    list of acts then names the person)."""
    contact_id = parse_id(args.contact, RecordKind.CONTACT)[1]
    with open_case(args.case_file, existing_passphrase(), clock) as case:
        found = case.chats.find_chats(args.chat)
        if not found:
            raise UserError(NO_CHAT, EXIT_USAGE, wanted=args.chat)
        chat = found[0]
        contact = case.chats.name_sender(chat.id, args.sender, contact_id)
    if args.json:
        print_json(
            {"contact": format_id(RecordKind.CONTACT, contact.id), "handles": list(contact.handles)}
        )
        return EXIT_OK
    print(
        translate("Cli", "{name} now has these handles: {handles}").format(
            name=f"{contact.name} ({format_id(RecordKind.CONTACT, contact.id)})",
            handles=", ".join(contact.handles),
        )
    )
    if chat.incident_id is not None:
        print(
            translate("Cli", "Linked to {id}, the incident of the chat.").format(
                id=format_id(RecordKind.INCIDENT, chat.incident_id)
            )
        )
    return EXIT_OK


# -- report-messages VAULT [M-1 ...] [--remove | --clear] ------------------------------------


def cmd_report_messages(args: argparse.Namespace, clock: Clock) -> int:
    """Choose messages for the case summary (or, with --remove, unchoose them; with --clear,
    all of them); then print what is chosen. Without ids, only print it (read-only)."""
    from quietcase.app.chats.messages import as_dict

    if args.clear and args.ids:
        raise UserError(QT_TRANSLATE_NOOP("Quietcase", "--clear takes no message ids."), EXIT_USAGE)
    if args.remove and not args.ids:
        raise UserError(
            QT_TRANSLATE_NOOP("Quietcase", "--remove needs the ids of the messages (M-3 ...)."),
            EXIT_USAGE,
        )
    numbers = [parse_id(text, RecordKind.MESSAGE)[1] for text in args.ids]
    writes = bool(numbers) or args.clear
    with open_case(args.case_file, existing_passphrase(), clock, read_only=not writes) as case:
        store = case.chats
        if args.clear:
            store.set_for_report(store.for_report(), False)
        elif numbers:
            store.set_for_report(numbers, not args.remove)
        rows = [as_dict(m) for m in store.selected(store.for_report())]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        text = " ".join(str(row["text"]).split())
        print(
            f"{row['id']:<8} {_fit(_when(row), 23)} {_fit(row['from'], 16)}  {_fit(text, 50)}"
            f"  {row['chat']}".rstrip()
        )
    print(
        translate("Cli", "(%Ln messages chosen for the case summary)", None, len(rows))
        if rows
        else translate("Cli", "No messages are chosen for the case summary.")
    )
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    """Register `import-telegram` and `report-messages` on the main parser's subcommands."""
    p = sub.add_parser(
        "report-messages",
        help=translate(
            "Cli", "choose chat messages for the case summary's transcript excerpt, or list them"
        ),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument(
        "ids",
        nargs="*",
        metavar="MESSAGE_ID",
        help=translate("Cli", "messages to choose (M-3 M-5 ...); none: list the chosen ones"),
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--remove", action="store_true", help=translate("Cli", "unchoose these messages instead")
    )
    how.add_argument(
        "--clear", action="store_true", help=translate("Cli", "unchoose every message")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_report_messages)

    p = sub.add_parser(
        "name-sender",
        help=translate("Cli", "say which contact wrote under a name in an imported chat"),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument("chat", metavar="CHAT", help=translate("Cli", "the chat's name or Telegram id"))
    p.add_argument(
        "sender",
        metavar="SENDER",
        help=translate("Cli", "the name as the export wrote it (or a Telegram id)"),
    )
    p.add_argument("contact", metavar="CONTACT_ID", help=translate("Cli", "the contact (C-3)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_name_sender)

    p = sub.add_parser(
        "import-telegram",
        help=translate(
            "Cli", "import a Telegram Desktop export (chat history or whole account) as evidence"
        ),
    )
    p.add_argument("case_file", metavar="VAULT", type=Path)
    p.add_argument(
        "path",
        metavar="PATH",
        type=Path,
        help=translate("Cli", "the export's folder, result.json or messages.html"),
    )
    p.add_argument(
        "--incident", metavar="INCIDENT_ID", help=translate("Cli", "attach to this incident")
    )
    p.add_argument(
        "--chat",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help=translate("Cli", "a chat of a whole-account export (repeatable)"),
    )
    p.add_argument(
        "--all-chats", action="store_true", help=translate("Cli", "every chat of the export")
    )
    p.add_argument(
        "--username", metavar="NAME", help=translate("Cli", "the chat's public @username, if known")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(func=cmd_import_telegram)
