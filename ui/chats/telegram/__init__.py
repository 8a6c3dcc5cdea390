"""Bringing a Telegram Desktop export in: choosing its chats, importing on the worker."""
