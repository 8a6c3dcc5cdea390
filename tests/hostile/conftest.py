"""The window's fixtures, for the hostile tests that drive a window."""

from tests.ui.conftest import _prompts, fake_time, store, window_at

__all__ = ["_prompts", "fake_time", "store", "window_at"]
