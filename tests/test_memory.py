"""kiosk.memory: a picture-sized block, once freed, goes back to the OS (Linux, glibc)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's allocator: Linux only"
)

# A picture is drawn and dropped, then the next one is drawn while something small is made
# after it (a label, a Python object), then that picture is dropped too. Prints the resident
# memory left over, in MB, above where it started.
PICTURES = """
import os, sys
from kiosk import memory

def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

if sys.argv[1] == "fixed":
    assert memory.keep_large_blocks_apart()
start = resident_mb()
kept = []
for _ in range(8):
    picture = bytearray(3 * 2**20)  # touched: bytearray fills it with zeros
    kept.append(bytearray(64))      # something small made while it is shown
    del picture
print(f"{resident_mb() - start:.1f}")
"""


def left_over_mb(mode: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", PICTURES, mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout)


def test_dropped_pictures_leave_no_resident_memory_behind() -> None:
    assert left_over_mb("fixed") < 1.0


def test_without_it_glibc_keeps_them() -> None:
    # What the fix is for: glibc's own moving threshold puts the second and later pictures
    # on the heap, where the small objects made after them pin the memory.
    assert left_over_mb("default") > 2.0
