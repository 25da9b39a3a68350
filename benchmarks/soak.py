"""A day in the waiting room, fast: 10,000 page changes and 1,000 idle resets in one process.

    python benchmarks/soak.py [--changes N] [--resets N]

Runs inside an event loop with the window on screen (so pages are painted, and any dropped
are really deleted, as in the kiosk), one action per turn of the loop: go to a random screen,
or reset for the next person as the idle timer does. Prints ``soak_memory_growth_mb`` and
``soak_qt_warnings`` (Qt warnings or worse during the run).

Resident memory (from the OS) swings by up to 10 MB with what happens to be drawn and cached
at that moment (which pictures, at which sizes), so a reading taken wherever the random walk
stopped mostly measures that swing. Each of the twenty samples through the run is therefore
taken in the same state: the same short round of screens (every topic's first step, Contact,
then Home after a reset for the next person), which leaves the same pictures in the caches;
then a garbage collection. A leak raises every sample after it; the growth is the lowest of
the last five samples minus the lowest of the first five, after a warm-up round that builds
every page and fills the caches.
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

SAMPLES = 20


def resident_mb() -> float:
    """Current resident memory of this process, from the OS."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def actions(window, changes: int, resets: int, rng: random.Random):  # noqa: ANN001, ANN201
    """``changes`` page changes, with a reset for the next person spread evenly among them."""
    from kiosk.ui.screenshots import every_location

    locations = [loc for loc in every_location(window) if loc.page != "admin"]
    reset_every = max(1, changes // max(1, resets))
    done_resets = 0
    for index in range(changes):
        location = rng.choice(locations)
        yield lambda loc=location: window.router.go(loc.page, loc.topic, loc.step)
        if index % reset_every == reset_every - 1 and done_resets < resets:
            done_resets += 1
            yield lambda: window.reset_for_next_person(attract=True)


def same_state(window):  # noqa: ANN001, ANN201
    """The fixed round of screens taken before each sample (see the module's docstring)."""
    from kiosk.ui.screenshots import every_location

    firsts = [loc for loc in every_location(window) if loc.page != "admin" and loc.step == 0]
    for location in firsts:
        yield lambda loc=location: window.router.go(loc.page, loc.topic, loc.step)
    yield lambda: window.reset_for_next_person(attract=False)  # ends on Home


def run_in_event_loop(steps) -> None:  # noqa: ANN001
    """Run each callable in ``steps`` on its own turn of the event loop, painting between."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()  # its own: quitting the application's would close the window
    timer = QTimer(interval=0)

    def tick() -> None:
        step = next(steps, None)
        if step is None:
            timer.stop()
            loop.quit()
        else:
            step()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--resets", type=int, default=1_000)
    args = parser.parse_args(argv)

    import logging

    logging.disable(logging.WARNING)
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from kiosk.app import run

    warnings: list[str] = []

    def on_message(kind, context, message):  # noqa: ANN001
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            warnings.append(message)

    window = run(["--size", "1920x1080"], exec_=False)
    window.show()
    qInstallMessageHandler(on_message)
    rng = random.Random(3)
    warm_up = 1500  # until memory levels off (about 1,000 changes)
    run_in_event_loop(actions(window, warm_up, warm_up // 10, rng))  # every page built, caches full
    samples = []
    for _ in range(SAMPLES):
        run_in_event_loop(actions(window, args.changes // SAMPLES, args.resets // SAMPLES, rng))
        run_in_event_loop(same_state(window))
        gc.collect()
        samples.append(resident_mb())
    assert window.isVisible()
    before = min(samples[:5])
    growth = min(samples[-5:]) - before
    out = sys.stdout
    out.write(f"soak_memory_growth_mb {growth:.2f}\n")
    out.write(f"soak_qt_warnings {len(warnings)}\n")
    out.write(f"# resident MB through the run: {' '.join(f'{mb:.0f}' for mb in samples)}\n")
    for message in sorted(set(warnings))[:5]:
        out.write(f"# qt warning: {message}\n")
    out.write(f"# {args.changes} changes, {args.resets} resets; {before:.0f} MB after warm-up\n")
    out.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
