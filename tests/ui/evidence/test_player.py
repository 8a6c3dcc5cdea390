"""Sound and video play inside Quietcase from memory: real clips (tests/fixtures/media), played
offscreen through QMediaPlayer from a QBuffer; the position moves, video stays blurred until
she shows it, and no file is written anywhere (the plaintext scan of the reliability tests)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from quietcase.ui.evidence.player import MediaPlayer, blurred_frame, time_text
from quietcase.ui.evidence.viewer import ViewerDialog
from quietcase.ui.main_window import MainWindow
from quietcase.ui.prompts import Prompts
from tests.reliability.reliability_session import needles, scan
from tests.ui.evidence.helpers import WindowAt, import_files, nothing_written, opened

MEDIA = Path(__file__).parents[2] / "fixtures" / "media"
SOUNDS = ["voice.m4a", "song.mp4", "voice.ogg", "voice.opus"]
VIDEOS = ["clip.mp4", "clip.webm"]


def _open(window: MainWindow, name: str) -> ViewerDialog:
    page = window.case_view.evidence
    actions = window.case_view.evidence_actions
    row = next(
        r for r in range(page.model.rowCount()) if page.model.record_at(r).evidence.filename == name
    )
    page.select_ids([page.model.record_at(row).id])
    actions.open_viewer()
    return actions.viewers[-1]


def _sharpest_edge(image: QImage) -> int:
    """The largest step in brightness between two neighbouring pixels: a hard edge in a sharp
    frame is ~255; a frame reduced to 12 pixels and blown back up has only soft slopes."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    assert not grey.isNull()
    stride, width = grey.bytesPerLine(), grey.width()
    data = bytes(grey.constBits())[: stride * grey.height()]
    return max(
        abs(data[y * stride + x] - data[y * stride + x + 1])
        for y in range(grey.height())
        for x in range(width - 1)
    )


def _played(qtbot: QtBot, player: MediaPlayer) -> None:
    """Loaded, then Play: the position moves on (offscreen, with or without a sound card)."""
    qtbot.waitUntil(
        lambda: (
            player.player.mediaStatus()
            in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        ),
        timeout=10_000,
    )
    assert player.player.duration() > 1500
    player.play_button.click()
    qtbot.waitUntil(lambda: player.player.position() > 300, timeout=10_000)
    assert player.play_button.text() == "Pause"
    player.play_button.click()
    qtbot.waitUntil(lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    assert player.play_button.text() == "Play"
    assert player.position.maximum() == player.player.duration()
    assert player.position.value() == player.player.position() > 300


def test_sound_and_video_play_from_memory_only(
    window_at: WindowAt,
    vault_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    # As on her desktop: without one, libpulse makes its (empty) runtime folder in TMPDIR.
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    clips = [MEDIA / name for name in SOUNDS + VIDEOS]
    window = opened(window_at, vault_path)
    import_files(window, clips)
    kinds = {e.evidence.filename: e.kind for e in window.case_view.evidence_actions.active}
    assert kinds == {**dict.fromkeys(SOUNDS, "audio"), **dict.fromkeys(VIDEOS, "video")}
    temp_seen: list[Path] = []

    with nothing_written(home, vault_path.parent):
        temp_seen.append(Path(tempfile.gettempdir()))
        for name in SOUNDS:
            viewer = _open(window, name)
            player = viewer.player
            assert player is not None and viewer.stack.currentWidget() is player
            _played(qtbot, player)
            assert player.frames.isHidden() and not player.sound_only.isHidden()
            assert viewer.reveal_button.isHidden() and viewer.blur_button.isHidden()
            player.volume.setValue(30)
            assert player.audio.volume() == pytest.approx(0.3)
            viewer.close()

        for name in VIDEOS:
            viewer = _open(window, name)
            player = viewer.player
            assert player is not None
            assert not viewer.reveal_button.isHidden() and viewer.zoom_in.isHidden()
            assert "blurred" in viewer.message.text()
            _played(qtbot, player)
            assert not player.frames.isHidden()
            blurred = _sharpest_edge(player.frames.image)
            viewer.reveal_button.click()
            assert player.revealed and not viewer.blur_button.isHidden()
            sharp = _sharpest_edge(player.frames.image)
            assert blurred < 48 < 128 < sharp, (blurred, sharp)
            viewer.blur_button.click()
            assert not player.revealed and "blurred" in viewer.message.text()
            viewer.close()  # wipe: the bytes and the frames leave memory
            assert player.frames.image.isNull() and player._buffer is None

    # The plaintext scan: no slice of any clip in her home, the case file's folder or the
    # temporary folder the players ran with (the case file itself is encrypted).
    assert scan([home, vault_path.parent, *temp_seen], needles(clips)) == []


def test_what_cannot_be_played_gets_a_card_and_save_a_copy(
    window_at: WindowAt, vault_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    """A damaged clip (or one whose codec this computer lacks): a plain card says so."""
    broken = tmp_path / "voice.ogg"
    broken.write_bytes(b"OggS\x00\x02" + bytes(300))
    window = opened(window_at, vault_path)
    import_files(window, [broken])
    viewer = _open(window, "voice.ogg")
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.card, timeout=10_000)
    assert "cannot play this file" in viewer.card.text()
    assert viewer.reveal_button.isHidden()
    out = tmp_path / "out" / "copy.ogg"
    out.parent.mkdir()
    Prompts.set_next_answer(str(out))
    viewer.save_button.click()
    assert out.read_bytes() == broken.read_bytes()
    viewer.close()


def test_a_blurred_frame_keeps_nothing_recognisable() -> None:
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    for x in range(200):
        for y in range(100):
            image.setPixelColor(x, y, QColor("white" if (x // 4 + y // 4) % 2 else "black"))
    out = blurred_frame(image)
    assert out.size() == image.size()
    assert _sharpest_edge(out) < 48 < 128 < _sharpest_edge(image)
    assert [time_text(ms) for ms in (0, 65_000, 3_723_000)] == ["0:00", "1:05", "1:02:03"]


def test_a_lock_while_playing_stops_it_and_lets_go_of_the_bytes(
    window_at: WindowAt, vault_path: Path, qtbot: QtBot
) -> None:
    window = opened(window_at, vault_path)
    import_files(window, [MEDIA / "clip.mp4"])
    viewer = _open(window, "clip.mp4")
    player = viewer.player
    assert player is not None
    qtbot.waitUntil(
        lambda: player.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia,
        timeout=10_000,
    )
    player.play_button.click()
    qtbot.waitUntil(lambda: player.player.position() > 100, timeout=10_000)
    window.lock()
    assert window.case_view.evidence_actions.viewers == []
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
    assert player._buffer is None and player.frames.image.isNull()


def test_the_player_is_told_what_to_do_without_holding_the_gil() -> None:
    """A direct `QMediaPlayer.stop()` holds Python's lock while the FFmpeg renderer thread,
    ending, needs it (a `disconnectNotify` override check on our `QAudioOutput`): the window
    froze now and then on close or lock. Every stop, play, pause and seek goes through
    `media_calls`, whose `QMetaObject.invokeMethod` lets go of the lock."""
    ui = Path(__file__).parents[3] / "ui"
    direct = re.compile(r"\.player\.(stop|play|pause|setPosition|setSource)\(")
    found = [
        f"{path.relative_to(ui)}:{n}"
        for path in ui.rglob("*.py")
        if path.name != "media_calls.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert found == []


@pytest.mark.slow
@pytest.mark.parametrize("turn", range(20))
def test_closing_a_playing_viewer_again_and_again_never_freezes(
    turn: int,
    window_at: WindowAt,
    vault_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The freeze came about once in 10-25 of these turns before `media_calls` (run with
    -m slow; pytest's faulthandler_timeout prints every thread's stack if one hangs)."""
    test_sound_and_video_play_from_memory_only(window_at, vault_path, tmp_path, qtbot, monkeypatch)


@pytest.mark.parametrize(
    ("name", "said", "status"),
    [
        ("voice.m4a", "It plays: sound, 0:0", 0),
        ("clip.webm", "It plays: video, 0:0", 0),
        ("README.md", "It cannot be played on this computer.", 1),
        ("missing.mp4", "The file could not be read.", 2),
    ],
)
def test_check_playback_says_in_one_line_whether_it_plays(
    qapp: object, capsys: pytest.CaptureFixture[str], name: str, said: str, status: int
) -> None:
    """`quietcase --check-playback FILE` (the installer's test plays a clip with it)."""
    from quietcase.ui.evidence.playback_check import check_playback

    assert check_playback(MEDIA / name) == status
    out = capsys.readouterr().out
    assert out.startswith(said) and out.count("\n") == 1, out
