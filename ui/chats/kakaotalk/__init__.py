"""Bringing a KakaoTalk export in from the window."""
