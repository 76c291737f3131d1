"""Child processes end with their parent: the server's workers (`web/serve.py`) and the extraction pool
(`pipeline.py`) call `end_with_parent` first thing, so no worker is left serving a port or parsing after
its parent is gone -- even when the parent was killed with SIGKILL and could run no clean-up.

On Linux the kernel is asked (``prctl(PR_SET_PDEATHSIG)``, through ctypes) to send the child a signal
when its parent dies; elsewhere the child only checks, once, that its parent is still there.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def end_with_parent(parent: int, sig: int = signal.SIGTERM) -> bool:
    """In a child process: receive ``sig`` when the parent (pid ``parent``) dies; if it is already gone
    (it died before this call), send ``sig`` now. Returns whether the kernel will watch the parent."""
    watched = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
            watched = libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
        except (OSError, AttributeError):
            watched = False
    if os.getppid() != parent:  # the parent died before the kernel was asked to watch it
        os.kill(os.getpid(), sig)
    return watched


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """In a parent: SIGTERM raises KeyboardInterrupt (as Ctrl-C does), so the parent's ``finally`` stops its
    children before it exits instead of dying at once and leaving them running."""
    def interrupt(_signum, _frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: nothing to install
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
