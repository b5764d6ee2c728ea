"""Pausing the cyclic garbage collector around allocation-heavy work."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many short-lived containers.

    Allocating a few hundred thousand lists or tuples makes the collector walk every
    object of a large timeline (or of a long text's expressions) again and again, which
    can cost more than the work itself. Nothing built meanwhile holds a reference cycle,
    so nothing is missed.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
