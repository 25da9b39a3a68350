"""Page-change latency and animation frame time, measured in one process.

    python benchmarks/latency.py [--changes N] [--frames N]

Page change: a tap on Next (or a Home tile) until the new page has painted, at 1920x1080,
the short slide excluded (only its first frame is painted). Frame: one repaint of the
illustration while its animation runs, at the size it has on a 1920x1080 screen.
Prints ``name value`` lines (milliseconds) for run.py to read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SPINE_KIOSK_DATA", tempfile.mkdtemp(prefix="spine-kiosk-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class PaintWatch:
    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            painted = False

            def eventFilter(self, obj, event):  # noqa: ANN001, N802
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        self.filter = Filter()


def page_changes(window, count: int) -> list[float]:  # noqa: ANN001
    """Milliseconds from a tap on Next (Done goes Home, then a tile) to the page painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.widgets.common import Tile

    watch = PaintWatch().filter
    QApplication.instance().installEventFilter(watch)
    times = []
    while len(times) < count:
        location = window.router.location
        if location.page == "steps":
            target = window.router.current_page().next_button
        elif location.page == "home":
            tiles = [t for t in window.findChildren(Tile) if t.isVisible()]
            target = tiles[len(times) % 3]  # the three stepped topics
        else:
            target = window.home_button
        QTest.qWait(120)  # a person looks before the next tap; drawing ahead happens here
        watch.painted = False
        start = time.perf_counter()
        QTest.mouseClick(target, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        if watch.painted:
            times.append(elapsed)
        page = window.router.current_page()
        finish = getattr(page, "finish_animations", None)
        if finish:
            finish()
    QApplication.instance().removeEventFilter(watch)
    return times


def frames(window, count: int) -> list[float]:  # noqa: ANN001
    """Milliseconds per repaint of each animated picture while it plays."""
    from PySide6.QtWidgets import QApplication

    times = []
    for topic in window.ctx.content.topics:
        for step_number in range(len(topic.steps)):
            window.router.go("steps", topic.id, step_number)
            page = window.router.current_page()
            if not page.picture.is_animated():
                continue
            page.finish_animations()
            QApplication.processEvents()
            # Frames as the patient sees them: while the picture plays (or is dragged) each
            # one is drawn straight onto the screen. The event loop does not run here, so
            # the animation's own clock leaves the progress to this loop.
            page.picture.play()
            for i in range(count):
                page.picture.progress = i / max(1, count - 1)
                start = time.perf_counter()
                page.picture.repaint()
                times.append((time.perf_counter() - start) * 1000)
            page.finish_animations()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args(argv)

    import logging

    logging.disable(logging.INFO)
    from kiosk.app import run

    window = run(["--size", "1920x1080"], exec_=False)
    window.show()
    page_changes(window, 20)  # warm up: first visits build the pages
    changes = page_changes(window, args.changes)
    animation = frames(window, args.frames)
    out = sys.stdout
    out.write(f"page_change_median_ms {statistics.median(changes):.2f}\n")
    out.write(f"page_change_p99_ms {percentile(changes, 0.99):.2f}\n")
    out.write(f"animation_frame_median_ms {statistics.median(animation):.2f}\n")
    out.write(f"animation_frame_p99_ms {percentile(animation, 0.99):.2f}\n")
    out.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
