"""The case summary's transcript excerpt: the chat messages she chose, grouped by chat, in
time order, each with its time (in the document's zone, the exact UTC value beside it; or
the local time as the export wrote it), who wrote it (name and Telegram id), where it is
(KakaoTalk: its lines, as written), its text, reply / forward / bot / edit notes, and its
media: the evidence item and its SHA-256, or why the export has no file for it.

Her text goes through `layout.text` (escaped); letters the report's font lacks (Arabic,
Hebrew, ... beside a Korean font; simplified Chinese) are printed in a spare font
(`report_fonts`), and those no font here has as □ (an emoji by its name), which the section
says.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import CondPageBreak, Flowable, Paragraph  # type: ignore[import-untyped]

from quietcase.app.documents.summary.data import Section
from quietcase.app.documents.summary.fonts import unprintable
from quietcase.app.documents.summary.layout import Block, Heading, link, text
from quietcase.app.documents.summary.sections import Sections, evidence_key, shorten
from quietcase.storage.records import Chat, ChatMedia, ChatMessage

INDENT = 6 * mm
_RTL = range(0x0590, 0x0900)  # Hebrew, Arabic, Syriac, Thaana, N'Ko, ... (and their forms)
_RTL_FORMS = range(0xFB1D, 0xFF00)


def has_rtl(value: str) -> bool:
    return any(ord(c) in _RTL or ord(c) in _RTL_FORMS for c in value)


class WithTranscript(Sections):
    """The transcript excerpt (mixed into `AllSections`)."""

    def transcript(self) -> list[Flowable]:
        data, words, styles = self.data, self.words, self.styles
        story: list[Flowable] = [
            CondPageBreak(60 * mm),
            self.heading(Section.MESSAGES),
            Paragraph(
                text(
                    words(
                        "messages_intro", n=len(data.messages), zone=words.zone_legend(data.made_at)
                    )
                ),
                styles.body,
            ),
        ]
        if any(has_rtl(m.text) or has_rtl(m.sender) for m in data.messages):
            story.append(Paragraph(text(words("rtl_note")), styles.muted))
        regular = styles.fonts.regular
        if any(unprintable(m.text + m.sender, regular) for m in data.messages):
            story.append(Paragraph(text(words("missing_letters_note")), styles.muted))
        by_chat: dict[int, list[ChatMessage]] = {}
        for message in data.messages:  # time order; chats in the order they first appear
            by_chat.setdefault(message.chat_id, []).append(message)
        for chat_id, messages in by_chat.items():
            chat = data.chats.get(chat_id) or Chat(name=messages[0].chat_name, id=chat_id)
            head: list[Flowable] = [
                Heading(
                    self.mixed(f"“{chat.name}”"),
                    styles.h2,
                    f"chat-{chat.id}",
                    shorten(chat.name, 90),
                    1,
                ),
                Paragraph(self.mixed(self.chat_facts(chat, len(messages))), styles.meta),
            ]
            for message in messages:
                story.append(Block([*head, *self.message(message)]))  # never a heading alone
                head = []
        return story

    def chat_facts(self, chat: Chat, count: int) -> str:
        words = self.words
        kind = f"chat_type_{chat.chat_type}"
        facts = [words(kind) if words.has(kind) else chat.chat_type.replace("_", " ")]
        if chat.app == "kakaotalk":
            facts.insert(0, words("app_kakaotalk"))
        if chat.telegram_id is not None:
            facts.append(words("chat_id", id=chat.telegram_id))
        if chat.username:
            facts.append(f"t.me/{chat.username}")
        if chat.incident_id is not None:
            facts.append(words("chat_incident", id=f"I-{chat.incident_id}"))
        facts.append(words("chosen_count", n=count))
        return " · ".join(f for f in facts if f)

    def message(self, m: ChatMessage) -> list[Flowable]:
        words, styles = self.words, self.styles
        sender = m.sender or words("no_sender")
        who = f"<b>{self.mixed(sender)}</b>"
        if m.sender_id:
            who += f" ({text(m.sender_id)})"
        first = f"<b>M-{m.id}</b>&nbsp;&nbsp;{text(self.time(m))}&nbsp;&nbsp;{who}"
        head = self._style("msgHead", styles.cell, spaceBefore=7, spaceAfter=1)
        out: list[Flowable] = [Paragraph(first, head)]
        notes = self.source(m) if m.line_first else [words("in_chat", n=m.message_id)]
        if m.sent_at is not None and not m.line_first:  # the exact moment the export gave
            notes.append(words("sent_utc", v=m.sent_at.strftime("%Y-%m-%d %H:%M:%S")))
        if m.reply_to is not None:
            notes.append(words("reply_to", n=m.reply_to))
        if m.forwarded_from:
            notes.append(words("forwarded_from", v=m.forwarded_from))
        if m.via_bot:
            notes.append(words("via_bot", v=m.via_bot))
        edited = words.timestamp(m.edited_at) if m.edited_at else m.edited_local
        if edited:
            notes.append(words("edited", v=edited.replace("T", " ")))
        if m.kind == "service" or m.action:
            notes.append(words("service", v=m.action or m.kind))
        indented = self._style("msgNote", styles.muted, leftIndent=INDENT, spaceAfter=1)
        out.append(Paragraph(self.mixed(" · ".join(notes)), indented))
        body = self._style("msgText", styles.body, leftIndent=INDENT, spaceAfter=1)
        for paragraph in m.text.split("\n\n") if m.text.strip() else []:
            out.append(Paragraph(self.mixed(paragraph.strip("\n")) or "&nbsp;", body))
        for media in m.media:
            out.append(
                Paragraph(
                    self.media(media), self._style("msgMedia", styles.cell, leftIndent=INDENT)
                )
            )
        return out

    def source(self, m: ChatMessage) -> list[str]:
        """A message of a text export (KakaoTalk): its lines in the file, its first line as
        written there, and what the reader was unsure of."""
        words = self.words
        key = "source_line" if m.line_last == m.line_first else "source_lines"
        written = m.as_written.split("\n", 1)[0]
        notes = [words(key, first=m.line_first, last=m.line_last)]
        notes.append(words("as_written", v=shorten(written, 160)))
        notes += [words(f"flag_{f}") for f in m.flags if words.has(f"flag_{f}")]
        return notes

    def time(self, m: ChatMessage) -> str:
        """Exact: in the document's zone, `2025-11-03 21:25:06`; else as written:
        `2025-11-03 21:25:06 (local time as written in the export, UTC+09:00)`."""
        words = self.words
        if m.time_zone and m.local_time:  # KakaoTalk: as written, in the zone she chose
            local = m.local_time.replace("T", " ")
            return words("zone_time", v=local, zone=m.time_zone, offset=m.utc_offset)
        if m.sent_at is not None:
            return words.timestamp(m.sent_at, seconds=True)
        if m.local_time:
            local = m.local_time.replace("T", " ")
            offset = f", {m.utc_offset}" if m.utc_offset else ""
            return words("local_time", v=local, offset=offset)
        return words("no_time")

    def media(self, media: ChatMedia) -> str:
        words, data = self.words, self.data
        kind = text(
            words(f"media_{media.kind}") if words.has(f"media_{media.kind}") else media.kind
        )
        name = media.file_name or media.path.rsplit("/", 1)[-1]
        label = f"{kind}" + (f" {self.mixed(name)}" if name else "")
        if media.evidence_id is not None:
            item = data.files.get(media.evidence_id)
            ref = self.exhibit_label(media.evidence_id)
            ref = link(ref, evidence_key(media.evidence_id), self.known)
            if item is None:
                return f"{label}: {ref} · {text(words('media_not_kept'))}"
            mono = self.styles.fonts.mono
            return f"{label}: {ref} · SHA-256 <font name='{mono}' size='7'>{item.sha256}</font>"
        why = words(f"missing_{media.missing}") if words.has(f"missing_{media.missing}") else ""
        return f"{label}: <i>{text(why or words('missing_not_included'))}</i>"

    def _style(self, name: str, parent: ParagraphStyle, **kw: object) -> ParagraphStyle:
        cache: dict[str, ParagraphStyle] = self.__dict__.setdefault("_transcript_styles", {})
        if name not in cache:
            cache[name] = ParagraphStyle(name, parent=parent, **kw)
        return cache[name]
