"""The desktop window (PySide6 widgets); talks to the vault only through `app`."""

from quietcase.ui.widgets.none_guard import keep_none_alive

keep_none_alive()
