"""Render every screen and every step to PNG files (``--screenshots``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.core.translations import LANGUAGES
from kiosk.ui.i18n import Translations
from kiosk.ui.router import Location
from kiosk.ui.window import MainWindow


def every_location(window: MainWindow) -> list[Location]:
    """Every screen in the order a patient meets them: attract, Home, each topic at each
    step, Contact and About; then the staff screen."""
    locations = [Location("attract"), Location("home")]
    for topic in window.ctx.content.topics:
        page = {"steps": "steps", "compare": "compare", "checklist": "checklist"}[topic.kind]
        count = len(topic.steps) if topic.kind == "steps" else 1
        locations += [Location(page, topic.id, step) for step in range(count)]
    locations += [Location("contact"), Location("about"), Location("admin")]
    return locations


def file_name(index: int, location: Location) -> str:
    parts = [f"{index:02d}", location.topic or location.page]
    if location.page == "steps":
        parts.append(f"step{location.step + 1}")
    return "-".join(parts) + ".png"


def show(window: MainWindow, location: Location) -> None:
    """Show ``location`` settled: layouts done, animations at their end."""
    router = window.router
    if location.page == "home":
        router.home()
    else:
        router.go(location.page, location.topic, location.step)
    settle(window)


def settle(window: MainWindow) -> None:
    """Finish transitions and put animated pictures at their end state."""
    page = window.router.current_page()
    finish = getattr(page, "finish_animations", None)
    if finish is not None:
        finish()
    QApplication.processEvents()
    window.layout().activate()
    QApplication.processEvents()


def write_screenshots_per_language(
    window: MainWindow, folder: Path, translations: Translations
) -> list[Path]:
    """``--lang all``: every screen in every shipped language, into ``folder/<code>/``."""
    written = []
    for lang in LANGUAGES:
        translations.switch(lang.code)
        QApplication.processEvents()  # deliver the LanguageChange to every page
        written += write_screenshots(window, folder / lang.code)
    return written


def write_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.show()
    QApplication.processEvents()
    written = []
    for index, location in enumerate(every_location(window), start=1):
        show(window, location)
        target = folder / file_name(index, location)
        if not window.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
    written += write_overlays(window, folder, len(written) + 1)
    window.router.home()
    return written


def write_overlays(window: MainWindow, folder: Path, index: int) -> list[Path]:
    """The panels that cover a screen: the idle countdown, the staff PIN pad, "Sorry"."""
    from kiosk.ui.widgets.overlay import StillThereOverlay

    window.router.go("steps", window.ctx.content.topics[0].id, 1)
    settle(window)
    still_there = StillThereOverlay(window)
    still_there.apply_theme(window.theme)
    still_there.set_seconds(15)
    written = []
    for name, overlay in (
        ("still-there", still_there),
        ("staff-pin", window.staff.pin_pad),
        ("sorry", window.sorry),
    ):
        if name == "staff-pin":
            window.router.home()
            settle(window)
        overlay.open()
        if name == "sorry":
            overlay.timer.stop()
        QApplication.processEvents()
        target = folder / f"{index:02d}-{name}.png"
        if not window.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        overlay.close_overlay()
        written.append(target)
        index += 1
    still_there.deleteLater()
    return written
