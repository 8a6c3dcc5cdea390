"""Large KakaoTalk exports written from the format (Android, Korean UI), for tests and the
benchmark: invented names and sentences, a day line whenever the day changes, multi-line
messages with blank lines, the same text twice in a minute, photos by hashed name."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

NAMES = ("박서준", "김민지", "회원님", "이도윤")
WORDS = ("오늘", "내일", "사진", "보냈어", "지워줘", "링크", "어디야", "알았어", "그만해", "신고")
START = datetime(2021, 3, 1, 0, 0)


def _clock(at: datetime) -> str:
    half = "오전" if at.hour < 12 else "오후"
    hour = at.hour % 12 or 12
    return f"{at.year}년 {at.month}월 {at.day}일 {half} {hour}:{at.minute:02d}"


def android_ko(
    path: Path, messages: int, photos: dict[int, str] | None = None, step: int = 3
) -> int:
    """Write `messages` messages to `path`; every `step` minutes one. `photos` maps message
    numbers to the hashed file name written as their text. Returns the number of lines."""
    photos = photos or {}
    lines = ["박서준 님과 카카오톡 대화", "저장한 날짜 : 2024년 1월 2일 오후 3:04", "", ""]
    day = None
    at = START
    previous, previous_sender = "", NAMES[0]
    for n in range(messages):
        if n % 50 != 1:  # the 2nd message of every 50 shares the first one's minute
            at += timedelta(minutes=step)
        if at.date() != day:
            day = at.date()
            lines.append(_clock(at))
        sender = NAMES[n % len(NAMES)]
        if n in photos:
            text = photos[n]
        elif n % 50 == 1:
            text = previous
        elif n % 17 == 0:
            text = f"{WORDS[n % 10]} {n}\n\n{WORDS[(n + 3) % 10]} 둘째 문단"
        else:
            text = f"{WORDS[n % 10]} {WORDS[(n * 7) % 10]} {n}"
        if n % 50 == 1:
            sender = previous_sender
        lines.append(f"{_clock(at)}, {sender} : {text}")
        previous, previous_sender = text, sender
    text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def hashed_name(seed: int, suffix: str = ".jpg") -> str:
    return hashlib.sha256(str(seed).encode()).hexdigest() + suffix
