"""Walking a window by keys only, as a keyboard user does, and reading what a screen reader
would say: the tab cycle (and whether it is trapped), widgets Tab never reaches, stops out of
screen order, and interactive widgets without an accessible name."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QWidget,
)


def where(widget: QWidget) -> str:
    name = accessible_name(widget)
    label = widget.objectName() or name or getattr(widget, "placeholderText", lambda: "")()
    return f"{type(widget).__name__}({label or '?'} in {type(widget.parentWidget()).__name__})"


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for `widget`: Qt's own accessible interface's name (its
    accessible name, its text, or the words of the label whose buddy it is)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return "" if face is None else face.text(QAccessible.Text.Name).strip()


def focusable(window: QWidget) -> list[QWidget]:
    """Widgets shown in `window` that Tab should reach."""
    found = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisible() or not w.isEnabled():
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        if isinstance(w, QAbstractButton) and w.group() and w.group().exclusive():
            if not w.isChecked() and w.group().checkedButton() is not None:
                continue  # Tab goes to the checked choice; arrows move within the group
        if isinstance(w, QScrollArea) and any(
            c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in w.widget().findChildren(QWidget)
        ):
            continue  # Tab goes to what it holds
        found.append(w)
    return found


@dataclass
class Walk:
    cycle: list[QWidget] = field(default_factory=list)
    trapped: list[str] = field(default_factory=list)
    unreached: list[str] = field(default_factory=list)
    out_of_order: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)


def _rect(widget: QWidget, window: QWidget) -> QRect:
    """Where `widget` is in `window` as laid out, whatever a scroll area shows of it."""
    x, y = 0, 0
    w: QWidget | None = widget
    while w is not None and w is not window:
        parent = w.parentWidget()
        scrolled = (
            parent is not None
            and isinstance(parent.parentWidget(), QAbstractScrollArea)
            and parent.objectName() == "qt_scrollarea_viewport"
        )
        if not scrolled:
            x, y = x + w.x(), y + w.y()
        w = parent
    return QRect(x, y, widget.width(), widget.height())


def walk(window: QWidget, start: QWidget | None = None, limit: int = 400) -> Walk:
    """Press Tab from `start` (the first stop of the window) until the focus comes back."""
    app = QApplication.instance()
    assert app is not None
    result = Walk()
    stops = focusable(window)
    if not stops:
        return result
    first = start or min(stops, key=lambda w: (_rect(w, window).top(), _rect(w, window).left()))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    current = window.focusWidget() or first
    result.cycle.append(current)
    for _ in range(limit):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        now = window.focusWidget()
        if now is None or now is current:
            result.trapped.append(where(current))
            break
        if now is result.cycle[0]:
            break
        if now in result.cycle:  # a loop that never comes back to the start
            result.trapped.append(where(now))
            break
        result.cycle.append(now)
        current = now
    shown = set(result.cycle)
    result.unreached = [where(w) for w in stops if w not in shown and not _inside_of(w, shown)]
    rects = [_rect(w, window) for w in result.cycle]
    for i, a in enumerate(rects):
        for j in range(i + 1, len(rects)):
            b = rects[j]
            overlap = min(a.right(), b.right()) - max(a.left(), b.left()) > 0
            if overlap and b.bottom() < a.top():  # later, yet wholly above
                result.out_of_order.append(
                    f"{where(result.cycle[j])} after {where(result.cycle[i])}"
                )
    result.unnamed = [where(w) for w in result.cycle if not accessible_name(w)]
    return result


def _inside_of(widget: QWidget, shown: set[QWidget]) -> bool:
    """A widget inside a stop that takes the focus itself (a scroll area's viewport)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent in shown and not parent.layout():
            return True
        parent = parent.parentWidget()
    return False
