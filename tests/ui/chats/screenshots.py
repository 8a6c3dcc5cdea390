"""Screenshots of the Chats page at 1280×800, in English and Korean, to look at by eye.

    xvfb-run -a -s "-screen 0 1280x800x24" python tests/ui/screenshots_chats.py OUT_FOLDER

(not a test: pytest does not collect it). The case is the invented demo case; the export is
a generated Korean group chat (the test writer's room, with more messages and real photos
from ../shared/fixtures/real-images), imported through the window.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

TESTS = Path(__file__).resolve().parents[2]

from quietcase.app.case import create_case  # noqa: E402
from quietcase.app.core.clock import FixedClock  # noqa: E402
from quietcase.ui.prompts import Prompts  # noqa: E402
from quietcase.ui.style import STYLE  # noqa: E402
from tests.app.chats.telegram.writer import T0, Msg, room, write_json, write_media  # noqa: E402
from tests.i18n.korean_window import demo_case, speaking, window  # noqa: E402

PHOTOS = TESTS.parents[1] / "shared" / "fixtures" / "real-images"
PASS = "보라색 우산 세 개와 기차"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
LINES = [
    "이거 원본 있는 사람?",
    "어제 올린 거 벌써 지워졌네",
    "새 방 링크 곧 올림",
    "얼굴 합성 더 자연스럽게 해 줄 수 있음",
    "신고 들어왔다는데 조심하자",
]


def export(folder: Path) -> Path:
    chat = room()
    extra = [
        Msg(100 + i, T0 + timedelta(hours=1, minutes=7 * i), *who, LINES[i % len(LINES)])
        for i, who in enumerate([("그림자", "user5550001"), ("Иван", "user5550002")] * 20)
    ]
    extra[3] = replace(extra[3], reply_to=3)
    extra[6] = replace(extra[6], photo="photos/photo_2@03-11-2025_22-40-00.jpg")
    chat.messages += extra
    write_json(folder, [chat])
    write_media(folder, [chat])
    photos = sorted(p for p in PHOTOS.glob("*.jpg") if "invalid" not in p.name)
    for target, photo in zip(sorted((folder / "photos").glob("*.jpg")), photos, strict=False):
        shutil.copyfile(photo, target)
    return folder


def save(app: QApplication, widget: QWidget, out: Path, name: str) -> None:
    for _ in range(8):
        app.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def shots(app: QApplication, out: Path, language: str, scratch: Path) -> None:
    clock = FixedClock(NOW)
    suffix = "-ko" if language == "ko" else ""
    vault = scratch / f"case{suffix}.quietcase"
    create_case(vault, PASS, clock).close()
    demo_case(vault, PASS, clock, NOW.date())
    folder = export(scratch / f"ChatExport_2025-11-03{suffix}")
    shown = window(clock, scratch / f"config{suffix}")
    shown.resize(1280, 800)
    shown.show()
    shown.show_unlock(vault)
    shown.start.unlock.passphrase.setText(PASS)
    shown.start.unlock.unlock_button.click()
    view = shown.case_view
    view.show_page("chats")
    save(app, shown, out, f"chats-empty{suffix}")
    chats = view.chats
    Prompts.set_next_answer([str(folder)])
    chats.importer.choose(folder=True)
    dialog = chats.importer.dialogs[0]
    save(app, dialog, out, f"chats-import-dialog{suffix}")
    dialog.import_button.click()
    save(app, shown, out, f"chats-imported{suffix}")
    page = chats.page
    page.notice.hide()
    page.select_row(3)
    page.view.selectionModel().select(
        page.model.index(2, 0), page.view.selectionModel().SelectionFlag.Select
    )
    page.add_button.click()
    page.select_row(2)
    save(app, shown, out, f"chats-report{suffix}")
    page.senders.setCurrentIndex(page.senders.findData("user5550002"))
    save(app, shown, out, f"chats-sender{suffix}")
    shown.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("en", "ko"):
            with speaking(language):
                shots(app, out, language, Path(scratch))
            Prompts.reset()


if __name__ == "__main__":
    main()
