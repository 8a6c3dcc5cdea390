"""Screenshots of a KakaoTalk chat on the Chats page at 1280×800, in English and Korean, to
look at by eye:

    xvfb-run -a -s "-screen 0 1280x800x24" python -m tests.ui.chats.screenshots_kakaotalk OUT

(not a test: pytest does not collect it). The case is the invented demo case, with the
Telegram room of screenshots.py beside a hand-made Android (Korean) KakaoTalk export, so the
one chat view shows both apps.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from quietcase.app.case import create_case
from quietcase.app.chats.kakaotalk import parsing
from quietcase.app.chats.telegram import parsing as telegram_parsing
from quietcase.app.core.clock import FixedClock
from quietcase.ui.prompts import Prompts
from quietcase.ui.style import STYLE
from tests.i18n.korean_window import demo_case, speaking, window
from tests.ui.chats.screenshots import NOW, PASS, export

CORPUS = Path(__file__).parents[2] / "app" / "chats" / "kakaotalk" / "corpus"


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
    telegram = export(scratch / f"ChatExport{suffix}")
    shown = window(clock, scratch / f"config{suffix}")
    shown.resize(1280, 800)
    shown.show()
    shown.show_unlock(vault)
    shown.start.unlock.passphrase.setText(PASS)
    shown.start.unlock.unlock_button.click()
    view = shown.case_view
    view.show_page("chats")
    chats = view.chats
    Prompts.set_next_answer([str(telegram)])
    chats.importer.choose(folder=True)
    chats.importer.dialogs[0].import_button.click()
    Prompts.set_next_answer([str(CORPUS / "android_ko.txt")])
    chats.kakaotalk.choose(folder=False)
    dialog = chats.kakaotalk.dialogs[0]
    dialog.zone.setCurrentIndex(dialog.zone.findData("Asia/Seoul"))
    save(app, dialog, out, f"chats-kakaotalk-dialog{suffix}")
    dialog.import_button.click()
    save(app, shown, out, f"chats-kakaotalk{suffix}")
    page = chats.page
    page.notice.hide()
    page.view.scrollToBottom()
    page.select_row(page.model.rowCount() - 2)
    save(app, shown, out, f"chats-kakaotalk-marked{suffix}")
    page.senders.setCurrentIndex(page.senders.findData("박서준"))  # who is who
    page.who_button.click()
    save(app, chats.naming.dialogs[0], out, f"chats-who-dialog{suffix}")
    chats.naming.dialogs[0].ok_button.click()
    save(app, shown, out, f"chats-who{suffix}")
    page.clear_filters()
    page.notice.hide()
    telegram_room = 1 if page.chat.currentIndex() == 0 else 0
    page.chat.setCurrentIndex(telegram_room)  # the Telegram room, in the same view
    save(app, shown, out, f"chats-both-apps{suffix}")
    shown.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    # Read in this process: the child would run the installed Quietcase, which may not be
    # this checkout.
    parsing.IN_CHILD = False
    telegram_parsing.IN_CHILD = False
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("en", "ko"):
            with speaking(language):
                shots(app, out, language, Path(scratch))
            Prompts.reset()


if __name__ == "__main__":
    main()
