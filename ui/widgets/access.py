"""Usable by keyboard and screen reader on every page and dialog, new ones included.

`Access` is an application-wide event filter (the window installs it) that keeps three
promises without each page having to remember them:

- **no keyboard traps**: every table, list and tree lets Tab and Shift+Tab leave it
  (`tabKeyNavigation` off; the arrow keys move within), as soon as it is first shown;
- **focus follows the screen**: Tab and Shift+Tab go to the next widget in the order the
  layouts show them (`screen_order`: top to bottom, left to right, label before field),
  whatever order they were made in; Qt's own chain is left alone (`QWidget.setTabOrder` in
  Qt 6.12 made two-button loops of a dialog's Save and Cancel);
- **a field labelled on screen is named for a screen reader**: a label whose buddy is a
  compound field (a date line with its hint under it, an editable choice's line) passes its
  words to the field that takes the focus (Qt names only a label's own buddy).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

# Widgets whose insides are their own business (a combo box's line, a spin box's arrows).
_WHOLE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the focus for `widget` (a date box hands it to its line)."""
    for _ in range(10):
        proxy = widget.focusProxy()
        if proxy is None:
            break
        widget = proxy
    return widget


def screen_order(root: QWidget) -> list[QWidget]:
    """The widgets of `root` that Tab can reach, in the order its layouts show them (top to
    bottom, left to right, a form's label before its field; a scroll area only when nothing
    in it takes the focus)."""
    found: list[QWidget] = []
    seen: set[int] = set()

    def add(w: QWidget) -> None:
        target = _focus_target(w)
        if _takes_tab(target) and id(target) not in seen:
            seen.add(id(target))
            found.append(target)

    def widget(w: QWidget | None) -> None:
        if w is None or id(w) in seen or (w.isWindow() and w is not root):
            return
        if isinstance(w, QScrollArea):
            before = len(found)
            seen.add(id(w))
            widget(w.widget())
            if len(found) == before and _takes_tab(w):
                found.append(w)
            return
        add(w)
        seen.add(id(w))
        if isinstance(w, _WHOLE):
            return
        if isinstance(w, QMainWindow):
            for bar in w.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
                widget(bar)
            widget(w.centralWidget())
            return
        if isinstance(w, QTabWidget):
            widget(w.tabBar())
            for i in range(w.count()):
                widget(w.widget(i))
            return
        if isinstance(w, QStackedWidget | QSplitter):
            for i in range(w.count()):
                widget(w.widget(i))
            return
        if isinstance(w, QAbstractScrollArea):
            return  # a text editor, a picture: one stop
        layout = w.layout()
        if layout is not None:
            items(layout)

    def items(layout: QLayout) -> None:
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                for role in (
                    QFormLayout.ItemRole.LabelRole,
                    QFormLayout.ItemRole.FieldRole,
                    QFormLayout.ItemRole.SpanningRole,
                ):
                    item = layout.itemAt(row, role)
                    if item is not None:
                        child(item.widget(), item.layout())
            return
        places = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            if isinstance(layout, QGridLayout):
                position = cast(tuple[int, int, int, int], layout.getItemPosition(i))
                places.append(((position[0], position[1]), item))
            else:
                places.append(((i, 0), item))
        if isinstance(layout, QGridLayout):
            places.sort(key=lambda p: p[0])
        elif isinstance(layout, QBoxLayout) and layout.direction() in (
            QBoxLayout.Direction.RightToLeft,
            QBoxLayout.Direction.BottomToTop,
        ):
            places.reverse()
        for _place, item in places:
            child(item.widget(), item.layout())

    def child(w: QWidget | None, layout: QLayout | None) -> None:
        if w is not None:
            widget(w)
        elif layout is not None:
            items(layout)

    widget(root)
    return found


def _can_stop(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.window() is window
        and not passed_over_in_group(widget)
    )


def passed_over_in_group(widget: QWidget) -> bool:
    """An unchecked choice of a group with one checked: Tab goes to the checked one only and
    the arrow keys move within the group (as Qt does, and as screen readers expect)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable() or widget.isChecked():
        return False
    group = widget.group()
    if group is not None:
        return group.exclusive() and group.checkedButton() is not None
    parent = widget.parentWidget()
    if not widget.autoExclusive() or parent is None:
        return False
    return any(
        b.autoExclusive() and b.isChecked()
        for b in parent.findChildren(
            QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
    )


def next_stop(focused: QWidget, forward: bool) -> QWidget | None:
    """Where Tab (or Shift+Tab) goes from `focused`: the next shown stop in screen order,
    round to the first after the last. None when `focused` is in no layout (Qt decides)."""
    window = focused.window()
    stops = [w for w in screen_order(window) if _can_stop(w, window) or w is focused]
    here: QWidget | None = focused
    while here is not None and here not in stops:
        here = here.parentWidget()
    if here is None or len(stops) < 2:
        return None
    at = stops.index(here)
    return stops[(at + (1 if forward else -1)) % len(stops)]


def move_focus(focused: QWidget, forward: bool) -> bool:
    target = next_stop(focused, forward)
    if target is None:
        return False
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    parent = target.parentWidget()
    while parent is not None:  # a scroll area shows what Tab went to
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(target)
        parent = parent.parentWidget()
    return True


def name_compound_fields(root: QWidget) -> None:
    """A label's buddy that hands its focus on (a date line in a box with its hint) is known
    to a screen reader by the label's words, on the widget that takes the focus."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        line = buddy.lineEdit() if isinstance(buddy, QComboBox) else None
        if line is not None:
            field: QWidget = line  # an editable choice: its line is read too
        elif buddy is None or buddy.focusProxy() is None:
            continue
        else:
            field = _focus_target(buddy)
        if not field.accessibleName() or field.property("named_by_label"):
            field.setAccessibleName(label.text().replace("&", "").rstrip(":"))
            field.setProperty("named_by_label", True)


def _tab_is_text(widget: QWidget) -> bool:
    """Tab typed into a text (as a text editor takes it), or moving inside a table that
    asks for it: not ours to move."""
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.tabChangesFocus() and not widget.isReadOnly()
    return isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()


class Access(QObject):
    """Install on the application (`app.installEventFilter`); see the module's words."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            return self._tab(watched, event)
        if kind == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget):
            if watched.isWindow() or isinstance(watched.parentWidget(), QStackedWidget):
                name_compound_fields(watched)  # a window, a page, a tab
        return False

    def _tab(self, watched: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if mods != Qt.KeyboardModifier.NoModifier or QApplication.activePopupWidget():
            return False
        if watched is not watched.window().focusWidget() or _tab_is_text(watched):
            return False
        forward = key == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        return move_focus(watched, forward)
