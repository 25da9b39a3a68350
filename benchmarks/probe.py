"""One measured process: start, show a window, wait for its first paint, report, exit.

    python benchmarks/probe.py hello        a bare PySide6 hello-world window
    python benchmarks/probe.py app          the kiosk, up to the Home screen painted
    python benchmarks/probe.py app-visit    the kiosk, then every screen and step visited in
                                            every shipped language

Prints one line: ``painted_ms=<float> peak_rss_kb=<int>``. The parent (run.py) also times
the whole process from spawn to that line, which is what the budget compares.
"""

from __future__ import annotations

import os
import resource
import sys
import time

START = time.perf_counter()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def first_paint(window, widget) -> None:  # noqa: ANN001
    """Show ``window``; return once ``widget`` in it has painted (runs the event loop)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    # A loop of its own: quitting the application's would also close its windows.
    loop = QEventLoop()

    class Watch(QObject):
        painted = False

        def eventFilter(self, obj, event):  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
                QTimer.singleShot(0, loop.quit)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    window.show()
    if not watch.painted:
        loop.exec()
    widget.removeEventFilter(watch)


def main(mode: str) -> None:
    if mode == "hello":
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(sys.argv[:1])  # noqa: F841  (must outlive the window)
        window = QLabel("Hello")
        window.resize(1920, 1080)
        first_paint(window, window)
    else:
        from kiosk.app import run

        window = run(["--size", "1920x1080"], exec_=False)
        first_paint(window, window.router.current_page())
        if mode == "app-visit":
            from PySide6.QtWidgets import QApplication

            from kiosk.core.translations import LANGUAGES
            from kiosk.ui.screenshots import every_location, show

            for lang in LANGUAGES:
                window.languages.translations.switch(lang.code)
                for location in every_location(window):
                    show(window, location)
                    window.repaint()
            QApplication.processEvents()
            assert window.isVisible()
    painted_ms = (time.perf_counter() - START) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(f"painted_ms={painted_ms:.1f} peak_rss_kb={peak}\n")
    sys.stdout.flush()
    os._exit(0)  # the measurement is taken; skip teardown


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "app")
