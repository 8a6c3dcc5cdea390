"""Dates in her own words: our rules (app/core/date_words.py) against `dateparser` on the forms of
issue 22, in the same run. (Not a test; `dateparser` is not a dependency: pip install it to run.)

    python tests/bench/bench_date_words.py [ROUNDS]   # default 5

- what each reads, form by form, on a fixed day (15 January 2026), with `dateparser` told the
  languages (`["en", "ko"]`), the day (`RELATIVE_BASE`), the past (`PREFER_DATES_FROM`) and
  month-first order, and its `period` (day, week, month, year) kept;
- import: the fastest of ROUNDS new processes importing each (`python -c "import ..."`),
  against a bare `python -c pass`;
- reading the whole list: the fastest of ROUNDS passes in this process, after a first pass
  that loads what each loads on first use; and `dateparser`'s first guess when the language
  is not given (it then loads every language it knows).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date, datetime

from quietcase.app.core.date_words import read_words

TODAY = date(2026, 1, 15)
FORMS = [
    "작년 3월", "지난달", "3월 초", "올해 봄", "그저께", "2주 전",
    "last March", "early March 2024", "two weeks ago", "yesterday evening", "spring 2024",
    "March 2024", "3/5",
]  # fmt: skip


def fastest_process(code: str, rounds: int) -> float:
    subprocess.run([sys.executable, "-c", code], check=True)  # bytecode written, not timed
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def fastest_pass(read: object, rounds: int) -> float:
    assert callable(read)
    for text in FORMS:
        read(text)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in FORMS:
            read(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    import dateparser
    from dateparser.date import DateDataParser

    base = datetime(TODAY.year, TODAY.month, TODAY.day, 12)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY"}
    theirs = DateDataParser(languages=["en", "ko"], settings=settings)

    def their_reading(text: str) -> str:
        found = theirs.get_date_data(text)
        if found.date_obj is None:
            return "-"
        return f"{found.date_obj:%Y-%m-%d %H:%M} ({found.period})"

    print(f"load average {os.getloadavg()[0]:.2f}; {len(FORMS)} forms, today {TODAY}\n")
    print(f"| form | ours | dateparser {dateparser.__version__} |\n|---|---|---|")
    ours_read = theirs_read = 0
    for text in FORMS:
        mine = read_words(text, TODAY)
        other = their_reading(text)
        ours_read += mine is not None
        theirs_read += other != "-"
        print(f"| `{text}` | {mine or '-'} | {other} |")
    print(f"| read | {ours_read} of {len(FORMS)} | {theirs_read} of {len(FORMS)} |\n")

    bare = fastest_process("pass", rounds)
    validation = fastest_process("import quietcase.app.core.errors", rounds)
    ours_import = fastest_process("import quietcase.app.core.date_words", rounds)
    their_import = fastest_process("import dateparser", rounds)
    print("| import (new process, fastest) | ms | over bare python |\n|---|---|---|")
    print(f"| bare python | {bare * 1000:.0f} | |")
    for name, took in (
        ("app.core.errors (every command has it)", validation),
        ("date_words", ours_import),
        ("dateparser", their_import),
    ):
        print(f"| {name} | {took * 1000:.0f} | {(took - bare) * 1000:+.0f} |")
    print()

    ours_pass = fastest_pass(lambda t: read_words(t, TODAY), rounds)
    their_pass = fastest_pass(theirs.get_date_data, rounds)
    print(f"| reading the {len(FORMS)} forms (fastest pass) | ms |\n|---|---|")
    print(f"| date_words | {ours_pass * 1000:.2f} |")
    print(f"| dateparser (en, ko) | {their_pass * 1000:.2f} ({their_pass / ours_pass:.0f}×) |")
    start = time.perf_counter()
    dateparser.parse("지난달", settings={"RELATIVE_BASE": base})
    first_guess = time.perf_counter() - start
    print(f"| dateparser, first guess with no language given | {first_guess * 1000:.0f} |")


if __name__ == "__main__":
    main()
