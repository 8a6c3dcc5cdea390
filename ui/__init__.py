"""The desktop window (PySide6 widgets); talks to the vault only through `app`."""

from ui.none_guard import keep_none_alive

keep_none_alive()
