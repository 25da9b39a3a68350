"""Keep resident memory level through a day of pictures drawn and dropped (Linux, glibc).

glibc gives a large allocation (a finished picture is about 3 MB at 1920x1080) a mapping of
its own and hands it back to the OS when it is freed, but only until the first such free:
then it raises its threshold to that size, so later pictures come from the heap, and the
holes they leave there stay resident. Over thousands of page changes the heap creeps up and
the peak with it. A fixed threshold (which also turns the raising off) keeps every large
block in a mapping of its own, returned whole when it is freed; blocks this large are
allocated once per picture, never per frame, so the extra system calls cost nothing a
patient could notice. See mallopt(3), M_MMAP_THRESHOLD.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # from glibc's <malloc.h>
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value


def keep_large_blocks_apart() -> bool:
    """Fix glibc's mmap threshold; False where there is no glibc (Windows, macOS, musl)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only here: 2 ms of import the other platforms never pay

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # a C library without mallopt
        log.debug("no mallopt in this C library: memory left as it is")
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
