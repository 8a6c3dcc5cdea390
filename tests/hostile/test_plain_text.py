"""Her text is text: whatever a record or an imported chat holds is never read as HTML.

Qt shows a tooltip, a label or a message box as rich text when `Qt.mightBeRichText` says its
words look like markup. Everything she imports may have been made by the person who hurts her:
a chat named `<img src="/dev/zero"> room` froze the window on hover and grew its memory past
7 GB, `<img src="/some/file.png">` made Qt open a local file, a heading spoofed a passphrase
prompt, nested tables took seconds to lay out.

Here a real case file is filled with hostile values in every kind of field (records typed by
hand, evidence files and their notes, a Telegram export imported through the window), every
page and editor is opened, and then every item model reachable from the window's views
(DisplayRole and ToolTipRole, every row and column), every widget's tooltip, every label and
every message box is read: none may be taken as rich text, unless it is our own wrapper with
everything inside it escaped.
"""

from __future__ import annotations

import ast
import html
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)

from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.evidence.intake import IntakeDetails
from quietcase.storage.dates import Moment, When
from quietcase.storage.records import (
    Contact,
    ContactRole,
    Deadline,
    Incident,
    Link,
    LinkStatus,
    Request,
    RequestKind,
    RequestStatus,
)
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.app.chats.telegram.writer import T0, ChatSpec, Msg, write_json, write_media
from tests.shared import PASS

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

WindowAt = Callable[..., MainWindow]
ROOT = Path(__file__).resolve().parents[2]

IMG = '<img src="/dev/zero"> room'
SPOOF = "<h2>Quietcase needs your passphrase again</h2>"
TABLES = "<table><tr><td>" * 14 + "x"
LINK = '<a href="file:///etc/passwd">click</a>'
ENTITY = "&lt;b&gt;"
LONG = '<img src="/dev/zero"> ' + "a very long line " * 11_700  # ~199 KB, on one line
SHORT = (IMG, SPOOF, TABLES, LINK, ENTITY)
EVERY = (*SHORT, LONG)

# Words of the hostile values that survive escaping: where one of them is, hostile text is.
TRACES = ("dev/zero", "passphrase again", "td>", "td&gt;", "etc/passwd", "lt;b")
# Our wrapper: one paragraph whose inside has no markup at all (everything escaped).
WRAPPED = re.compile(r"<p(?: [^<>]*)?>([^<>]*)</p>", re.DOTALL)
TOOLTIP_MOST = 4_000  # characters of a tooltip, once unescaped


def hostile(words: str) -> bool:
    return any(trace in words for trace in TRACES)


def as_rich(words: str) -> bool:
    """What Qt decides for AutoText: rich text if the words look like markup."""
    return bool(QtGuiQt.mightBeRichText(words))


def escaped_wrapper(words: str) -> bool:
    return WRAPPED.fullmatch(words) is not None


def tooltip_problem(tip: str) -> str | None:
    """Why Qt would read this tooltip as markup (or it is too long to show), or None."""
    if not tip:
        return None
    if as_rich(tip) and not escaped_wrapper(tip):
        return "read as rich text"
    inner = WRAPPED.fullmatch(tip)
    shown = html.unescape(inner.group(1)) if inner else tip
    if len(shown) > TOOLTIP_MOST:
        return f"{len(shown):,} characters long"
    return None


def label_problem(label: QLabel) -> str | None:
    words = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or not words:
        return None
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        return "markdown"
    rich = label.textFormat() == Qt.TextFormat.RichText or as_rich(words)
    if rich and not escaped_wrapper(words):
        return "read as rich text"
    if hostile(words):
        return f"{label.textFormat().name}, not PlainText, with her text in it"
    return None


# -- filling the case ------------------------------------------------------------------------


def fill_case(vault_path: Path, clock: FixedClock) -> None:
    """Records with a hostile value in every field that takes free text, and evidence with
    hostile names and notes; one picture carries hostile EXIF words."""
    case = open_case(vault_path, PASS, clock)
    try:
        journal = case.journal
        contacts = [
            journal.add_contact(
                Contact(
                    name=value,
                    role=ContactRole.SUSPECT,
                    organisation=value,
                    handles=(value, "@someone"),
                    note=LONG if n == 0 else value,
                )
            )
            for n, value in enumerate(SHORT)
        ]
        incidents = []
        for n, value in enumerate(SHORT):
            incidents.append(
                journal.add_incident(
                    Incident(
                        title=value,
                        when=When.parse(f"2025-0{n + 1}-1{n}"),
                        platform=value,
                        place=value,
                        links=(
                            Link(
                                url=f"https://t.me/room_{n}/1",
                                post_title=value,
                                uploader=value,
                                keywords=value,
                                status=LinkStatus.ONLINE,
                            ),
                        ),
                        handles=(value,),
                        tags=(value, "tag"),
                        description=LONG if n == 0 else value,
                        note=LONG if n == 1 else value,
                        contact_ids=(contacts[n].id,),
                    )
                )
            )
        for n, value in enumerate(SHORT):
            journal.add_deadline(
                Deadline(
                    title=value,
                    due=Moment(2026, 11, 20 + n),
                    incident_id=incidents[n].id,
                    note=LONG if n == 0 else value,
                )
            )
            journal.add_request(
                Request(
                    kind=RequestKind.TAKEDOWN,
                    subject=value,
                    contact_id=contacts[n].id,
                    reference=value,
                    status=RequestStatus.SENT,
                    incident_ids=(incidents[n].id,),
                    note=LONG if n == 0 else value,
                )
            )
        for n, value in enumerate(SHORT):
            details = IntakeDetails(
                captured_by=value,
                description=LONG if n == 0 else value,
                shows=value,
                tags=(value,),
                incident_ids=(incidents[n].id,),
            )
            case.intake.import_bytes(f"{value}.txt", f"file {n}".encode(), details)
        case.intake.import_bytes(SPOOF + ".jpg", hostile_jpeg(), IntakeDetails())
    finally:
        case.close()


def hostile_jpeg() -> bytes:
    """A picture whose camera words (EXIF make, model, description) are hostile."""
    exif = Image.Exif()
    exif[0x010F] = IMG  # Make
    exif[0x0110] = TABLES  # Model
    exif[0x010E] = SPOOF  # ImageDescription
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (120, 140, 160)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def hostile_export(folder: Path) -> Path:
    """A Telegram export made by him: every name and text in it is hostile."""
    at = [T0.replace(minute=m) for m in range(20)]
    messages = [
        Msg(1, at[0], IMG, "user1", action="invite_members", members=[SPOOF, TABLES]),
        Msg(2, at[1], IMG, "user1", SPOOF),
        Msg(3, at[2], SPOOF, "user2", TABLES, reply_to=2),
        Msg(4, at[3], TABLES, "user3", LINK, forwarded_from=SPOOF, via_bot=IMG),
        Msg(5, at[4], LINK, "user4", ENTITY),
        Msg(6, at[5], ENTITY, "user5", LONG),
        Msg(
            7,
            at[6],
            IMG,
            "user1",
            IMG,
            file="files/notes.txt",
            file_name=SPOOF,
            media_type="document",
            mime_type="text/plain",
        ),
        Msg(8, at[7], SPOOF, "user2", [SPOOF, {"type": "text_link", "text": LINK, "href": LINK}]),
    ]
    chat = ChatSpec(name=IMG, type="private_supergroup", id=4242, messages=messages)
    write_json(folder, [chat])
    write_media(folder, [chat])
    return folder


# -- walking the window ----------------------------------------------------------------------


class Findings:
    """Every rich-text reading found, and where hostile text was seen (to prove the walk saw
    the values at all)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[str] = set()
        self.tooltips_with_her_text = 0
        self.labels_with_her_text = 0

    def tooltip(self, where: str, tip: object) -> None:
        if not isinstance(tip, str) or not tip:
            return
        if hostile(tip):
            self.seen.add(where)
            self.tooltips_with_her_text += 1
        why = tooltip_problem(tip)
        if why:
            self.problems.append(f"tooltip of {where}: {why}: {tip[:90]!r}")

    def check(self, stage: str, walk: Callable[[Findings], None]) -> None:
        """Walk everything open now; fail with every rich-text reading found so far."""
        walk(self)
        problems = sorted(set(self.problems))
        assert not problems, f"{len(problems)} found by {stage}:\n" + "\n".join(problems)

    def label(self, where: str, label: QLabel) -> None:
        if hostile(label.text()):
            self.seen.add(where)
            self.labels_with_her_text += 1
        why = label_problem(label)
        if why:
            self.problems.append(f"label {where}: {why}: {label.text()[:90]!r}")


def name_of(widget: QWidget) -> str:
    """Where a widget is: `MainWindow/…/EvidencePage/…/DetailsPanel#calm/…/QLabel`."""
    names = []
    at: QWidget | None = widget
    while at is not None:
        name = at.objectName()
        names.append(type(at).__name__ + (f"#{name}" if name else ""))
        at = at.parentWidget()
    return "/".join(reversed(names))


def walk_model(model: QAbstractItemModel, where: str, found: Findings) -> None:
    def columns(parent: QModelIndex) -> int:
        try:
            return max(1, model.columnCount(parent))
        except TypeError:  # list models keep columnCount private
            return 1

    def rows(parent: QModelIndex, depth: int) -> Iterator[QModelIndex]:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                if index.isValid():
                    yield index
                    if depth < 3 and column == 0 and model.rowCount(index) > 0:
                        yield from rows(index, depth + 1)

    for index in rows(QModelIndex(), 0):
        found.tooltip(
            f"{where} [{index.row()},{index.column()}]", index.data(Qt.ItemDataRole.ToolTipRole)
        )
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(shown, str) and hostile(shown):
            found.seen.add(f"{where} display")


def walk(found: Findings) -> None:
    """Every window Quietcase has open, and everything in it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    models: set[int] = set()
    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            where = name_of(widget)
            found.tooltip(where, widget.toolTip())
            if isinstance(widget, QLabel):
                found.label(where, widget)
            if isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    found.tooltip(f"{where} tab {i}", widget.tabToolTip(i))
            if isinstance(widget, QAbstractItemView):
                model = widget.model()
                if model is not None and id(model) not in models:
                    models.add(id(model))
                    walk_model(model, f"{where} ({type(model).__name__})", found)
        for action in top.findChildren(QAction):
            found.tooltip(f"action {action.text()!r}", action.toolTip())


# -- the window ------------------------------------------------------------------------------


def opened(window_at: WindowAt, vault_path: Path) -> MainWindow:
    window = window_at(vault_path)
    window.start.unlock.passphrase.setText(PASS)
    window.start.unlock.unlock_button.click()
    assert window.session.is_open
    return window


def records(window: MainWindow) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}

    def job(case: Any) -> None:
        found["incident"] = case.journal.incidents()
        found["contact"] = case.journal.contacts()
        found["deadline"] = case.journal.deadlines()
        found["request"] = case.journal.requests()
        found["evidence"] = [case.evidence.item(i) for i in range(1, 7)]

    window.session.run(job)
    return found


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes are built as for her (not answered by the test seam) but never shown:
    each is kept here instead, as if she had closed it."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def memory_guard() -> Iterator[None]:
    """Should markup get through again, `<img src="/dev/zero">` makes Qt read without end:
    with this limit the test process stops (bad_alloc) instead of filling the computer."""
    if resource is None or not hasattr(resource, "RLIMIT_DATA"):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    status = Path("/proc/self/status")
    used = 0
    if status.is_file():
        found = re.search(r"^VmData:\s+(\d+) kB", status.read_text(), re.MULTILINE)
        used = int(found[1]) * 1024 if found else 0
    limit = used + 3 * 2**30
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def test_hostile_text_is_never_read_as_rich_text(
    window_at: WindowAt,
    vault_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    boxes: list[QMessageBox],
    memory_guard: None,
) -> None:
    fill_case(vault_path, clock)
    found = Findings()
    window = opened(window_at, vault_path)
    view = window.case_view
    # Checked before anything else is shown: the pages' models and labels are filled already.
    found.check("after unlocking", walk)

    # A Telegram export of his, through the window: the dialog that lists its chats, then in.
    folder = hostile_export(tmp_path / "export")
    Prompts.set_next_answer([str(folder)])
    view.chats.importer.choose(folder=True)
    dialog = view.chats.importer.dialogs[0]
    found.check("the import dialog", walk)
    dialog.import_button.click()
    assert view.chats.page.model.rowCount() == 8

    # Every page, with everything it loads when shown.
    for name in view.page_names:
        view.show_page(name)
        QApplication.processEvents()
    view.chats.page.model.fetch_now()
    view.show_page("evidence")
    view.evidence.select_ids([6])  # the picture: its EXIF words in the details
    QApplication.processEvents()
    found.check("every page", walk)

    # Every editor, on hostile records; a web address he wrote, refused with her words.
    everything = records(window)
    for kind in ("incident", "contact", "deadline", "request", "evidence"):
        for record in everything[kind][:2]:
            view.editors.edit(kind, record)
    editor = view.editors.open[f"incident:{everything['incident'][1].id}"]
    editor.links.add_values([SPOOF, SPOOF, IMG, "", "online", ""])
    editor.save_button.click()
    assert "passphrase again" in editor.error.text()
    # Adding files whose names are his.
    named = tmp_path / "drop" / "<h2>Quietcase needs your passphrase again.txt"
    named.parent.mkdir()
    named.write_text("x")
    view.evidence_actions.add_paths([named])
    found.check("the editors", walk)

    # The search: for a word of his, for his markup itself, and for markup that finds nothing
    # (her query is then shown back to her).
    for query in ("passphrase again", IMG, "<h2>zzqx</h2>"):
        view.search_box.setText(query)
        QApplication.processEvents()
        if query != "<h2>zzqx</h2>":
            assert view.search_page.model.rowCount() > 1, query
        found.check(f"the search for {query!r}", walk)
    assert "zzqx" in view.search_page.summary.text()

    # A question with her record's name in it, and the undo bar after it.
    Prompts.test_mode = False
    try:
        incident = everything["incident"][2]
        view.editors.delete("incident", incident, incident.title)
    finally:
        Prompts.test_mode = True
    assert boxes, "the delete question was not asked"
    for box in boxes:
        if hostile(box.text()) and box.textFormat() != Qt.TextFormat.PlainText:
            found.problems.append(f"message box {box.text()[:90]!r}: {box.textFormat().name}")
        for label in box.findChildren(QLabel):
            found.label("message box", label)
    Prompts.set_next_answer("yes")
    view.editors.delete("incident", incident, incident.title)
    assert not view.undo_bar.isHidden(), view.problem.text()
    found.check("deleting", walk)

    print(
        f"{found.tooltips_with_her_text} tooltips and {found.labels_with_her_text} labels "
        f"held hostile text, in {len(found.seen)} places"
    )
    # The walk did see his text where it is shown: tables, search, chats, lists, dialogs.
    seen = "\n".join(sorted(found.seen))
    for place in (
        "TimelinePage",
        "EvidencePage",
        "DeadlinesPage",
        "LinksPage",
        "SearchPage",
        "ChatModel",
        "ReportOptionsForm",
        "DetailsPanel",
        "IncidentDialog",
        "EvidenceDialog",
        "IntakeDialog",
        "ImportDialog",
        "CaseView/QFrame#undo",
        "message box",
    ):
        assert place in seen, f"no hostile text seen in {place}:\n{seen}"
    assert found.tooltips_with_her_text > 20


def test_every_label_and_message_box_in_ui_is_plain_text() -> None:
    """No `QLabel(...)` or `QMessageBox(...)` is made in `ui` outside the two places that make
    them plain (ui/widgets/plain.py, ui/prompts.py): a new label cannot forget to be plain."""
    allowed = {"QLabel": {"ui/widgets/plain.py"}, "QMessageBox": {"ui/prompts.py"}}
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else ""
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    name = func.value.id  # QMessageBox.warning(...) and the like
                if name in allowed and relative not in allowed[name]:
                    found.append(f"{relative}:{node.lineno}: {name}(...)")
    assert not found, "\n".join(found)
