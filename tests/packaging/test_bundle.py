"""The packaged Quietcase (`python packaging/build.py`), run as she would run it: a fresh
HOME, no Python and no PATH (`env -i`), under Xvfb. Behind the `packaged` marker: it needs a
build (`dist/quietcase/`, or the folder in QUIETCASE_BUNDLE); `.ci/run` builds one and runs
`pytest -m packaged tests/packaging` after the ordinary tests.

- What is inside: no Qt library or plugin that packaging/bundle_rules.py leaves out, and
  the PDF library and Korean translations that it must keep; the unpacked size.
- `quietcase-cli --version`; a whole session through the bundle's `quietcase-cli`: a case
  made and unlocked, a real photo imported, the case summary PDF written with Korean text,
  a backup made and both files verified, a KakaoTalk export read in the packaged child
  (`quietcase-cli --quietcase-child ...`, seen in the trace);
- the window program, driven with the mouse and keys (xdotool): a case created, locked and
  unlocked, a real photo added with a Korean description, the summary previewed (QtPdf) and
  saved as PDF, a backup made and checked; the bundle's CLI then verifies both files;
- nothing opens a network socket (every `socket()` and `connect()` of every process is
  traced with strace: only local AF_UNIX sockets, to the X server, are allowed), and
  nothing is written outside the case file, the settings folder and what she asked for.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.shared import PASS, REAL_IMAGES

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("QUIETCASE_BUNDLE", ROOT / "dist" / "quietcase"))
CORPUS = ROOT / "tests" / "app" / "chats" / "kakaotalk" / "corpus"
PASS_WINDOW = "quiet orchid lantern river 7"  # typed with xdotool: plain keys only
SIZE_TARGET_MB = 150  # the target
SIZE_LIMIT_MB = 245  # what a build may not pass without someone deciding so (see measurements;
# QtMultimedia with Qt's FFmpeg adds ~29 MB, and the QML/Quick libraries its plugin links ~17 MB,
# for sound and video played from memory)

pytestmark = [
    pytest.mark.packaged,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package"),
]


def _rules() -> ModuleType:
    """packaging/bundle_rules.py (not a package of ours: loaded from its file)."""
    path = ROOT / "packaging" / "bundle_rules.py"
    spec = importlib.util.spec_from_file_location("bundle_rules", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / "quietcase-cli").is_file():
        pytest.fail(f"no build at {BUNDLE}: run `python packaging/build.py` first")
    return BUNDLE


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def test_no_left_out_qt_library_comes_back(bundle: Path) -> None:
    rules = _rules()
    inside = [p.relative_to(bundle).as_posix() for p in _files(bundle)]
    qt = sorted(p for p in inside if re.search(r"Qt6?[A-Z]\w*|/plugins/|\.qm$", p))
    print("\nQt in the bundle:\n  " + "\n  ".join(qt))
    back = [p for p in inside if rules.is_excluded_file(p)]
    assert back == [], f"left out on purpose, but bundled: {back}"
    for wanted in rules.REQUIRED_FILES:
        assert any(re.search(wanted, p) for p in inside), f"missing from the bundle: {wanted}"
    translations = [p.rsplit("/", 1)[-1] for p in inside if p.endswith(".qm")]
    assert sorted(translations) == ["qtbase_ko.qm", "quietcase_en.qm", "quietcase_ko.qm"]


def test_every_bundled_library_finds_what_it_links(bundle: Path) -> None:
    """A library the build machine lacked is silently not bundled, and the packaged window
    then fails on a computer without it (Qt's xcb plugin links xcb-icccm and xcb-keysyms:
    "Could not load the Qt platform plugin"). Every bundled library resolves, from the bundle
    or the base system, with nothing missing."""
    ldd = shutil.which("ldd")
    assert ldd
    inside = bundle / "_internal"
    paths = f"{inside}:{inside / 'PySide6' / 'Qt' / 'lib'}"
    missing = set()
    for path in _files(inside):
        if path.is_symlink() or not re.search(r"\.so(\.\d+)*$", path.name):
            continue
        done = subprocess.run(
            [ldd, str(path)], capture_output=True, text=True, env={"LD_LIBRARY_PATH": paths}
        )
        for line in done.stdout.splitlines():
            if "not found" in line:
                missing.add(f"{path.relative_to(bundle)}: {line.split()[0]}")
    assert sorted(missing) == []


def test_unpacked_size(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in _files(bundle) if not p.is_symlink())
    print(f"\nunpacked: {size / 1e6:.1f} MB (target {SIZE_TARGET_MB} MB)")
    assert size < SIZE_LIMIT_MB * 1e6


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "fresh"
    for folder in ("home", "tmp", "work"):
        (root / folder).mkdir(parents=True)
    yield root


def _env(root: Path, **extra: str) -> list[str]:
    """`env -i` with only a HOME, a temporary folder and a language: no PATH, no Python."""
    values = {"HOME": str(root / "home"), "TMPDIR": str(root / "tmp"), "LANG": "C.UTF-8"}
    values.update(extra)
    return ["env", "-i", *(f"{k}={v}" for k, v in values.items())]


def _traced(root: Path, log: Path, command: list[str]) -> list[str]:
    """Every process's execve, socket and connect, into `log.PID` files."""
    strace = shutil.which("strace")
    assert strace, "strace is needed to watch for sockets (apt-get install strace)"
    return [
        strace,
        "-f",
        "-ff",
        "-qq",
        "-s",
        "256",
        "-e",
        "trace=execve,socket,connect",
        "-o",
        str(log),
        *command,
    ]


def _run(root: Path, argv: list[str], log: Path, **env: str) -> subprocess.CompletedProcess[str]:
    cli = str(BUNDLE / "quietcase-cli")
    return subprocess.run(
        _traced(root, log, [*_env(root, **env), cli, *argv]),
        cwd=root / "work",
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def _trace(root: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in sorted(root.parent.glob("trace*")))


def _network_calls(trace: str) -> list[str]:
    calls = [line for line in trace.splitlines() if re.search(r"\b(socket|connect)\(", line)]
    return [line for line in calls if "AF_UNIX" not in line and "AF_LOCAL" not in line]


MEDIA = ROOT / "tests" / "fixtures" / "media"


@pytest.mark.parametrize(("clip", "kind"), [("voice.m4a", "sound"), ("clip.mp4", "video")])
def test_the_bundle_plays_sound_and_video(bundle: Path, fresh: Path, clip: str, kind: str) -> None:
    """Qt Multimedia and its FFmpeg plugin work from the bundle (PySide6's QtMultimedia loads
    the Python QtNetwork module, so leaving that out silenced every clip): the same player as
    the viewer, from memory, offscreen; no socket, nothing written."""
    log = fresh.parent / f"trace-play-{kind}"
    window = str(BUNDLE / "quietcase")
    command = [*_env(fresh, QT_QPA_PLATFORM="offscreen"), window, "--check-playback"]
    done = subprocess.run(
        _traced(fresh, log, [*command, str(MEDIA / clip)]),
        cwd=fresh / "work",
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"It plays: {kind}, 0:0" in done.stdout
    assert _network_calls(_trace(fresh)) == []
    written = [p for p in fresh.rglob("*") if p.is_file()]
    assert written == [], written


def test_cli_version_from_the_bundle(bundle: Path, fresh: Path) -> None:
    done = _run(fresh, ["--version"], fresh.parent / "trace-version")
    assert done.returncode == 0, done.stderr
    assert re.search(r"\d+\.\d+\.\d+", done.stdout + done.stderr)


@pytest.mark.skipif(not REAL_IMAGES.is_dir(), reason=f"no real photos at {REAL_IMAGES}")
def test_a_whole_session_with_the_bundle(bundle: Path, fresh: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in _files(bundle)}
    home = fresh / "home"
    vault = home / "Documents" / "case.quietcase"
    vault.parent.mkdir(parents=True)
    out = home / "Desktop"  # what she asks to be written, where she asks
    out.mkdir()
    photo = REAL_IMAGES / "Canon_40D.jpg"
    secret = {"QUIETCASE_PASSPHRASE": PASS}
    steps: list[tuple[list[str], dict[str, str]]] = [
        (["init", str(vault)], {"QUIETCASE_NEW_PASSPHRASE": PASS}),
        (["add", "incident", str(vault), "--title", "텔레그램 방에 올라온 사진",
          "--when", "2024-03", "--platform", "Telegram",
          "--description", "그 방에서 본 것을 적어 둬요."], secret),
        (["import", str(vault), str(photo), "--incident", "I-1",
          "--description", "올라온 사진의 원본"], secret),
        (["import-kakaotalk", str(vault), str(CORPUS / "android_ko.txt"),
          "--time-zone", "Asia/Seoul"], secret),
        (["export", str(vault), "--pdf", str(out / "summary.pdf"), "--language", "ko"], secret),
        (["export", str(vault), "--ics", str(out / "dates.ics")], secret),
        (["backup", str(vault), str(out / "backup.quietcase")], secret),
        (["verify", str(vault)], secret),
        (["verify", str(out / "backup.quietcase")], secret),
        (["list", str(vault), "evidence"], secret),
    ]  # fmt: skip
    outputs = []
    for number, (argv, env) in enumerate(steps):
        done = _run(fresh, argv, fresh.parent / f"trace-{number:02d}", **env)
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
        outputs.append(done.stdout)
    assert "Canon_40D.jpg" in outputs[-1]
    assert "messages: 14 new" in outputs[3]
    trace = _trace(fresh)
    # The KakaoTalk export was read in the packaged child, not in the CLI's own process.
    child = r'execve\("[^"]*/quietcase-cli", \[[^]]*"--quietcase-child", "quietcase\.app\.chats\.'
    assert re.search(child + r'kakaotalk\.parsing"', trace), trace[-3000:]
    assert _network_calls(trace) == []
    # The summary's Korean text is in the PDF (a Korean font was found and embedded).
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(out / "summary.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "텔레그램 방에 올라온 사진" in text
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")
    _only_expected_files(fresh, vault, out)
    after = {p: p.stat().st_mtime_ns for p in _files(bundle)}
    assert after == before, "the bundle's folder was written to"


def _only_expected_files(root: Path, vault: Path, out: Path) -> None:
    home = root / "home"
    allowed = [vault, vault.with_name(vault.name + ".lock"), out, home / ".config" / "Quietcase"]
    written = [p for p in _files(root) if p.is_file()]
    stray = [p for p in written if not any(p == a or a in p.parents for a in allowed)]
    assert stray == [], f"written outside the case file and the settings folder: {stray}"


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is needed (apt-get install xvfb)")
    number = 90 + os.getpid() % 100
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket_file = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket_file.exists():
            break
        time.sleep(0.1)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def _windows(display: str) -> str:
    xwininfo = shutil.which("xwininfo")
    assert xwininfo, "xwininfo is needed (apt-get install x11-utils)"
    return subprocess.run(
        [xwininfo, "-root", "-tree"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
    ).stdout


class Screen:
    """Her mouse and keyboard on the Xvfb display (xdotool), and pictures of it. The places
    clicked are those of the window at 1280x800 with the fonts CI installs (Nanum): if the
    layout changes, the pictures kept in the test's folder show where a step went wrong."""

    def __init__(self, display: str, folder: Path) -> None:
        xdotool = shutil.which("xdotool")
        assert xdotool, "xdotool is needed (apt-get install xdotool)"
        self.command = xdotool
        # xdotool reads what to type in the locale's encoding: UTF-8 for the Korean words.
        self.env = {**os.environ, "DISPLAY": display, "LC_ALL": "C.UTF-8"}
        self.display = display
        self.folder = folder
        self.shots = 0
        # Pauses grow with the machine's load (CI shares its cores): what a step waits for
        # that no file shows.
        self.slow = max(1.0, os.getloadavg()[0] / 2)

    def _do(self, *args: str) -> None:
        subprocess.run([self.command, *args], env=self.env, check=True, timeout=60)

    def click(self, x: int, y: int, pause: float = 1.5) -> None:
        self._do("mousemove", str(x), str(y), "click", "1")
        time.sleep(pause * self.slow)

    def type(self, text: str) -> None:
        self._do("type", "--delay", "20", text)

    def paste(self, text: str) -> None:
        """Hangul through the clipboard, as an input method would hand it over (xdotool types
        letters that are not on the keyboard by remapping keys, and loses some)."""
        xclip = shutil.which("xclip")
        assert xclip, "xclip is needed (apt-get install xclip)"
        # xclip stays in the background holding the clipboard until the X server ends.
        subprocess.run(
            [xclip, "-selection", "clipboard"], input=text.encode(), env=self.env, check=True
        )
        self.key("ctrl+v", 1)

    def key(self, name: str, pause: float = 1.5) -> None:
        self._do("key", name)
        time.sleep(pause * self.slow)

    def dark(self, x: int, y: int) -> bool:
        """Is the screen dark at (x, y) (a button, not the page's light background)?"""
        from PIL import ImageGrab

        pixel = ImageGrab.grab(xdisplay=self.display).getpixel((x, y))
        assert isinstance(pixel, tuple)
        return sum(pixel[:3]) < 450

    def shot(self, name: str) -> None:
        self.shots += 1
        _screenshot(self.display, self.folder / f"{self.shots:02d}-{name}.png")


def _wait_for(what: str, done: Callable[[], bool], seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, f"waited {seconds} s for {what}"
        time.sleep(0.5)


@pytest.mark.skipif(not REAL_IMAGES.is_dir(), reason=f"no real photos at {REAL_IMAGES}")
def test_a_whole_session_in_the_window(bundle: Path, fresh: Path, display: str) -> None:
    """The window program, as she would use it: create a case, lock and unlock it, add a real
    photo with a Korean description, preview and save the case summary PDF, back up (the
    backup is checked as it is made); then the bundle's CLI verifies the case and the backup."""
    home = fresh / "home"
    vault = home / "Documents" / "Quietcase" / "case.quietcase"  # the window's suggestion
    pdf = home / "summary.pdf"
    usb = home / "usb"
    usb.mkdir()
    words = "텔레그램 방에 올라온 사진"
    shots = fresh.parent / "screens"
    shots.mkdir()
    screen = Screen(display, shots)
    log = fresh.parent / "trace-window"
    window = subprocess.Popen(
        _traced(fresh, log, [*_env(fresh, DISPLAY=display), str(bundle / "quietcase")]),
        cwd=fresh / "work",
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # strace, env and the program: one group, ended together
    )
    try:
        _wait_for("the window", lambda: '"Quietcase"' in _windows(display))
        time.sleep(2)
        screen.shot("welcome")
        screen.click(375, 452)  # Create a new case file
        screen.type(PASS_WINDOW)
        screen.key("Tab", 0.5)
        screen.type(PASS_WINDOW)
        screen.key("Return")
        _wait_for("the case file", vault.exists)
        _wait_for("the open case (its Lock button)", lambda: screen.dark(1127, 66))
        time.sleep(1)
        screen.shot("created")
        screen.click(1127, 66, 1)  # Lock
        _wait_for("the unlock screen", lambda: not screen.dark(1127, 66))
        time.sleep(1)
        screen.shot("locked")
        screen.type(PASS_WINDOW)
        screen.key("Return", 1)
        _wait_for("the unlocked case (its Lock button)", lambda: screen.dark(1127, 66))
        time.sleep(2 * screen.slow)
        screen.click(51, 108)  # Evidence
        _wait_for("the Evidence page", lambda: screen.dark(246, 229))  # beside the words
        screen.shot("unlocked")
        screen.click(295, 238)  # Add evidence...
        screen.click(286, 269, 2)  # Files...
        screen.type(str(REAL_IMAGES / "Canon_40D.jpg"))
        screen.key("Return", 3)
        # By keys, as the dialog's size follows its fields: from the source address, Tab to
        # the date, who captured it and Description; later Tab to "What it shows" and to Tags,
        # where Return is "Add to my case" (the default button).
        for _field in range(3):
            screen.key("Tab", 0.3)
        screen.paste(words)
        screen.shot("describing")
        screen.key("Tab", 0.3)
        screen.key("Tab", 0.3)
        screen.key("Return", 5)
        screen.shot("added")
        screen.click(47, 336, 2)  # Reports
        screen.click(280, 308, 6)  # Preview (step 1 of the Reports page)
        screen.shot("preview")
        screen.click(470, 308, 2)  # Save as PDF...
        screen.key("ctrl+a", 0.3)
        screen.type(str(pdf))
        screen.key("Return", 3)
        screen.shot("saving")
        screen.click(672, 371)  # Save it (not encrypted)
        _wait_for("the summary PDF", pdf.exists)
        screen.click(46, 374, 2)  # Backup
        screen.click(392, 291, 0.5)  # Passphrase
        screen.type(PASS_WINDOW)
        screen.click(295, 458, 2)  # Back up now
        screen.type(str(usb))
        screen.key("Return")
        _wait_for("the backup", lambda: any(usb.glob("quietcase-backup-*.quietcase")))
        time.sleep(5)  # it is checked before the window says so
        screen.shot("backed-up")
        assert window.poll() is None, "the window program ended by itself"
    finally:
        os.killpg(window.pid, signal.SIGTERM)
        output = window.communicate(timeout=30)[0]
    assert b"Traceback" not in output, output.decode(errors="replace")
    assert _network_calls(_trace(fresh)) == []
    (backup,) = usb.glob("quietcase-backup-*.quietcase")
    secret = {"QUIETCASE_PASSPHRASE": PASS_WINDOW}
    for number, target in enumerate((vault, backup)):
        done = _run(fresh, ["verify", str(target)], fresh.parent / f"trace-v{number}", **secret)
        assert done.returncode == 0, (done.stdout, done.stderr)
    done = _run(fresh, ["list", str(vault), "evidence"], fresh.parent / "trace-list", **secret)
    assert "Canon_40D.jpg" in done.stdout, done.stdout
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert words in text
    allowed = [vault.parent, home / ".config" / "Quietcase", pdf, usb]
    stray = [
        p
        for p in _files(fresh)
        if p.is_file() and not any(p == a or a in p.parents for a in allowed)
    ]
    assert stray == [], f"written outside the case file and the settings folder: {stray}"


def test_the_window_speaks_korean(bundle: Path, fresh: Path, display: str) -> None:
    """With a Korean system language the packaged window loads Qt's Korean words
    (`qtbase_ko.qm`, standard buttons and dialogs) and Quietcase's, both from the bundle."""
    log = fresh.parent / "opened"
    command = [*_env(fresh, DISPLAY=display, LANG="ko_KR.UTF-8"), str(bundle / "quietcase")]
    window = subprocess.Popen(
        ["strace", "-f", "-qq", "-e", "trace=openat", "-o", str(log), *command],
        cwd=fresh / "work",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for("the window", lambda: '"Quietcase"' in _windows(display))
        time.sleep(1)
        _screenshot(display, fresh.parent / "korean.png")
    finally:
        os.killpg(window.pid, signal.SIGTERM)
        window.wait(30)
    opened = [
        line for line in log.read_text().splitlines() if ".qm" in line and "ENOENT" not in line
    ]
    for name in ("qtbase_ko.qm", "quietcase_ko.qm"):
        assert any(f"{bundle}/" in line and name in line for line in opened), opened


def _screenshot(display: str, path: Path) -> None:
    """A picture of the screen, for a person to look at (kept with the test's files)."""
    try:
        from PIL import ImageGrab

        ImageGrab.grab(xdisplay=display).save(path)
    except OSError:
        pass


def _without_fonts(root: Path) -> list[str]:
    """A prefix that runs a command where the computer's font folders are empty (a private
    mount namespace: needs root, as in CI)."""
    empty = root / "no-fonts"
    empty.mkdir(exist_ok=True)
    mounts = " && ".join(
        f"mount --bind {empty} {folder}"
        for folder in ("/usr/share/fonts", "/usr/local/share/fonts")
        if Path(folder).is_dir()
    )
    return ["unshare", "-m", "sh", "-c", f'{mounts} && exec "$@"', "sh"]


def test_a_clear_message_when_no_korean_font_is_found(bundle: Path, fresh: Path) -> None:
    probe = subprocess.run([*_without_fonts(fresh), "true"], capture_output=True)
    if os.geteuid() != 0 or probe.returncode != 0:
        pytest.skip("hiding the fonts needs root and mount namespaces")
    vault = fresh / "home" / "case.quietcase"
    secret = {"QUIETCASE_PASSPHRASE": PASS}
    for number, (argv, env) in enumerate(
        [
            (["init", str(vault)], {"QUIETCASE_NEW_PASSPHRASE": PASS}),
            (["add", "incident", str(vault), "--title", "사진이 올라왔어요"], secret),
        ]
    ):
        assert _run(fresh, argv, fresh.parent / f"trace-{number}", **env).returncode == 0
    pdf = fresh / "home" / "summary.pdf"
    cli = str(bundle / "quietcase-cli")
    done = subprocess.run(
        [*_without_fonts(fresh), *_env(fresh, **secret), cli, "export", str(vault), "--pdf",
         str(pdf), "--language", "ko"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Korean font" in done.stderr and "Nothing was saved" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not pdf.exists()


def test_the_linux_package_unpacks_and_checks(bundle: Path, fresh: Path) -> None:
    """The tar.gz that build.py made: its SHA-256 as in SHA256SUMS (`sha256sum -c`), the
    folder runs from wherever it is unpacked, and the menu entry points at it."""
    dist = bundle.parent
    packages = sorted(dist.glob("quietcase-*-linux-*.tar.gz"))
    if not packages:
        pytest.fail(f"no package in {dist}: run `python packaging/build.py`")
    checked = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=dist, capture_output=True, text=True
    )
    assert checked.returncode == 0 and f"{packages[-1].name}: OK" in checked.stdout, checked
    place = fresh / "home" / "Programs"
    place.mkdir()
    with tarfile.open(packages[-1]) as tar:
        tar.extractall(place, filter="tar")
    (folder,) = place.iterdir()
    done = subprocess.run(
        [*_env(fresh), str(folder / "quietcase-cli"), "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    entry = (folder / "quietcase.desktop").read_text(encoding="utf-8")
    for line in ("[Desktop Entry]", "Type=Application", "Name=Quietcase", "Exec=quietcase"):
        assert line in entry.splitlines()
    menu = fresh / "home" / ".local" / "share"
    done = subprocess.run(
        [*_env(fresh, XDG_DATA_HOME=str(menu)), "/bin/sh", str(folder / "install-menu-entry.sh")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    written = (menu / "applications" / "quietcase.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/quietcase"' in written.splitlines()
