"""The named choices of a case summary (its sections, its pictures), in a module of their own
so that `quietcase-cli` can offer them without importing the summary's code."""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    SUMMARY = "summary"
    TIMELINE = "timeline"
    EVIDENCE = "evidence"
    CONTACTS = "contacts"
    REQUESTS = "requests"
    DEADLINES = "deadlines"
    APPENDIX = "appendix"
    MESSAGES = "messages"  # the chat messages she chose, as a transcript excerpt


class Thumbnails(StrEnum):
    NONE = "none"
    BLURRED = "blurred"
    FULL = "full"
