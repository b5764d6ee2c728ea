"""Pausing the cyclic garbage collector around allocation-heavy work."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["collector_paused"]


# The collector is one per process, so its pause is shared by every thread: the first to
# enter pauses it (if it was running) and the last to leave resumes it. Each thread reading
# `gc.isenabled()` for itself would see another thread's pause and, leaving last, never
# turn the collector back on.
class _SharedPause:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pausers = 0
        self.resume = False

    def enter(self) -> None:
        with self.lock:
            if self.pausers == 0:
                self.resume = gc.isenabled()
                gc.disable()
            self.pausers += 1

    def leave(self) -> None:
        with self.lock:
            self.pausers -= 1
            if self.pausers == 0 and self.resume:
                gc.enable()


_shared = _SharedPause()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many short-lived containers.

    Allocating a few hundred thousand lists or tuples makes the collector walk every
    object of a large timeline (or of a long text's expressions) again and again, which
    can cost more than the work itself. Nothing built meanwhile holds a reference cycle,
    so nothing is missed. Safe from many threads at once: the collector runs again when
    the last of them is done, if it was running when the first began.
    """
    _shared.enter()
    try:
        yield
    finally:
        _shared.leave()
