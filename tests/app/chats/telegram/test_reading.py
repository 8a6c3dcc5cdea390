"""The connection's lock between the import's two threads is handed over in turn: the
messages' reader is not starved by the files, which ask for it again at once."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from quietcase.app.chats.telegram.reading import Turns


def test_a_thread_that_asks_again_at_once_waits_for_the_one_already_waiting() -> None:
    turns = Turns()
    order: list[str] = []
    asked = threading.Event()

    def reader() -> None:
        asked.set()
        with turns:
            order.append("reader")

    with turns:
        thread = threading.Thread(target=reader)
        thread.start()
        asked.wait(5)
        time.sleep(0.05)  # the reader is now waiting for its turn
        order.append("file 1")
    with turns:  # the next file, asked for at once
        order.append("file 2")
    thread.join(5)
    assert order == ["file 1", "reader", "file 2"]


def test_turns_follow_the_order_they_were_asked_in() -> None:
    turns = Turns()
    order: list[int] = []
    started: list[threading.Thread] = []
    with turns:
        for n in range(5):

            def take(n: int = n) -> None:
                with turns:
                    order.append(n)

            thread = threading.Thread(target=take)
            thread.start()
            started.append(thread)
            time.sleep(0.02)  # each asks after the one before
    for thread in started:
        thread.join(5)
    assert order == [0, 1, 2, 3, 4]


def test_a_turn_is_given_back_when_its_holder_fails() -> None:
    turns = Turns()
    try:
        with turns:
            raise ValueError("a file that could not be stored")
    except ValueError:
        pass
    done = threading.Event()

    def other() -> None:
        with turns:
            done.set()

    threading.Thread(target=other).start()
    assert done.wait(5)


@pytest.mark.skipif(not hasattr(signal, "pthread_kill"), reason="POSIX signals")
def test_a_turn_given_up_while_waiting_is_skipped() -> None:
    """Ctrl+C while the calling thread waits for its turn: the turns after it still come
    (else the reader, stopped after the interruption, would wait for ever)."""
    turns = Turns()
    held, release = threading.Event(), threading.Event()
    later: list[str] = []

    def holder() -> None:
        with turns:
            held.set()
            release.wait(5)

    def after() -> None:
        with turns:
            later.append("reader")

    first = threading.Thread(target=holder)
    first.start()
    held.wait(5)
    main = threading.main_thread().ident
    assert main == threading.get_ident()
    threading.Timer(0.1, signal.pthread_kill, (main, signal.SIGINT)).start()
    with pytest.raises(KeyboardInterrupt):
        with turns:
            pass
    second = threading.Thread(target=after)
    second.start()
    release.set()
    first.join(5)
    second.join(5)
    assert later == ["reader"]
