"""A day in the waiting room, fast: 10,000 page changes and 1,000 idle resets in one process.

    python benchmarks/soak.py [--changes N] [--resets N]

Prints ``soak_memory_growth_mb`` (resident memory at the end minus after a warm-up round,
from the OS) and ``soak_qt_warnings`` (Qt warnings or worse seen during the run).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SPINE_KIOSK_DATA", tempfile.mkdtemp(prefix="spine-kiosk-soak-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def resident_mb() -> float:
    """Current resident memory of this process, from the OS."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--resets", type=int, default=1_000)
    args = parser.parse_args(argv)

    import logging

    logging.disable(logging.WARNING)
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kiosk.app import run
    from kiosk.ui.screenshots import every_location, show

    warnings: list[str] = []

    def on_message(kind, context, message):  # noqa: ANN001
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(message)

    window = run(["--size", "1920x1080"], exec_=False)
    window.show()
    qInstallMessageHandler(on_message)
    locations = every_location(window)
    rng = random.Random(3)
    reset_every = max(1, args.changes // max(1, args.resets))

    def round_of(count: int, resets: int) -> None:
        done_resets = 0
        for index in range(count):
            show(window, rng.choice(locations))
            if index % reset_every == reset_every - 1 and done_resets < resets:
                window.reset_for_next_person(attract=True)
                done_resets += 1
                QApplication.processEvents()
        QApplication.processEvents()
        gc.collect()

    round_of(500, 50)  # warm up: every page built, caches filled
    before = resident_mb()
    round_of(args.changes, args.resets)
    growth = resident_mb() - before
    sys.stdout.write(f"soak_memory_growth_mb {growth:.2f}\n")
    sys.stdout.write(f"soak_qt_warnings {len(warnings)}\n")
    for message in sorted(set(warnings))[:5]:
        sys.stdout.write(f"# qt warning: {message}\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
