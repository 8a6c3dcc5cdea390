"""What the packaged Quietcase leaves out, and what it must keep: read by quietcase.spec when
it builds, and by tests/packaging/test_bundle.py when it looks inside a build.

Quietcase uses Qt's Core, Gui, Widgets, PDF (and the PDF viewer widget), PrintSupport and DBus
(the screen lock), and Multimedia (sound and video played from memory). Everything of
QML/Quick, WebEngine and Designer is left out, except the five QML/Quick libraries that Qt's
FFmpeg media plugin links (about 17 MB; see `_KEPT_LIBRARIES`).

The Python QtNetwork module stays, against the first plan: PySide6's QtMultimedia module
imports it when it loads (its bindings use QtNetwork's types), so without it nothing could be
played. Quietcase itself never imports it (tests/test_architecture.py forbids network code in
our source) and the packaged-app test traces every socket: none is opened.
"""

from __future__ import annotations

import re

# Python modules PyInstaller must never collect.
EXCLUDED_MODULES = (
    "PySide6.QtNetworkAuth",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtHttpServer",
    "PySide6.scripts",
    # Optional imports of our libraries that Quietcase does not need (Pillow's numpy arrays,
    # icalendar's pytz zones and its tests: zoneinfo serves), and build tools.
    "numpy",
    "yaml",
    "pytz",
    "icalendar.tests",
    "setuptools",
    "pkg_resources",
    "distutils",
    "lib2to3",
    "tkinter",
    "_tkinter",
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
)

# Files (by their path inside the bundle, with / separators) that must never be bundled.
_EXCLUDED_FILES = (
    r"Qt6?Qml",  # libQt6Qml*.so, Qt6Qml*.dll, QtQml.framework
    r"Qt6?Quick",
    r"Qt6?WebEngine",
    r"Qt6?WebChannel",
    r"Qt6?WebSockets",
    r"Qt6?WebView",
    r"Qt6?Designer",
    r"Qt6?UiTools",
    r"Qt6?Help",
    r"Qt6?VirtualKeyboard",
    r"Qt6?NetworkAuth",
    r"Qt6?HttpServer",
    r"Qt6?Test",
    r"platformthemes/libqgtk3",  # GTK 3 and all it links (tens of MB): Qt's own dialogs serve
    r"plugins/(qmltooling|designer|networkinformation|tls|webview|sqldrivers)/",
    r"(^|/)qml/",
    r"(^|/)(lupdate|lrelease|designer|linguist|assistant|uic|rcc|qmlls|qmllint)(\.exe)?$",
)
_EXCLUDED = re.compile("|".join(f"(?:{p})" for p in _EXCLUDED_FILES), re.IGNORECASE)

# Kept although their family is left out: Qt's FFmpeg media plugin links the QML and Quick
# *libraries* (not their Python modules, plugins or `qml/` files); without them the plugin does
# not load and nothing plays ("No QtMultimedia backends found").
_MEDIA_NEEDS = r"(Qml|QmlMeta|QmlModels|QmlWorkerScript|Quick)"
_KEPT_LIBRARIES = re.compile(
    rf"(^|/)(libQt6{_MEDIA_NEEDS}\.so(\.\d+)*|Qt6{_MEDIA_NEEDS}\.dll"
    rf"|Qt{_MEDIA_NEEDS}\.framework/.*)$"
)

# Qt's own translations: only Korean for Qt's base (standard buttons and dialogs).
_TRANSLATION = re.compile(r"(^|/)translations/[^/]+\.qm$", re.IGNORECASE)
KEPT_TRANSLATIONS = ("qtbase_ko.qm",)

# What a build must hold (by file name): the PDF library and its viewer, the window system,
# Qt Multimedia with its FFmpeg plugin, Qt's Korean words.
REQUIRED_FILES = (
    r"Qt6?Pdf",
    r"Qt6?PdfWidgets",
    r"Qt6?Widgets",
    r"Qt6?Multimedia",  # sound and video played from memory (ui/evidence/player.py)
    r"PySide6/QtNetwork\.",  # PySide6.QtMultimedia imports it (see above)
    r"multimedia/(lib)?ffmpegmediaplugin",  # Qt's FFmpeg backend: without it nothing plays
    r"(lib)?Qt6?Quick(\.so|\.dll|\.framework)",  # the FFmpeg plugin links it (see above)
    r"qtbase_ko\.qm$",
    r"quietcase_ko\.qm$",
)


def is_excluded_file(path: str) -> bool:
    """True when a file at `path` (inside the bundle) must be left out."""
    path = path.replace("\\", "/")
    if _TRANSLATION.search(path) and "/quietcase/" not in f"/{path}":
        return path.rsplit("/", 1)[-1] not in KEPT_TRANSLATIONS
    if _KEPT_LIBRARIES.search(path):
        return False
    return bool(_EXCLUDED.search(path))
