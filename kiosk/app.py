"""Start-up, in this order:

1. arguments (``--version`` and ``--hash-pin``-style answers need nothing else);
2. logging;
3. the clinic profile and the content, loaded and checked (problems are logged, never fatal);
4. the QApplication (offscreen for ``--check`` and ``--screenshots``);
5. theme and translators;
6. the main window, or the check report, or the screenshots.

:func:`run` does all of it and, with ``exec_=False``, returns the window instead of entering
the event loop, so tests start the real app the way a user does.
"""

from __future__ import annotations

import argparse
import linecache
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__, logs, paths
from kiosk.core.content import Content, load_content
from kiosk.core.problems import Problem
from kiosk.core.profile import ClinicProfile, load_profile

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.ui.window import MainWindow

log = logging.getLogger("kiosk")

DEFAULT_SIZE = (1920, 1080)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a size like 1920x1080, got {text!r}") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size {text} is outside 320x320 … 8192x8192")
    return width, height


def parse_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number like 1.3, got {text!r}") from None
    if not 0.5 <= value <= 3.0:
        raise argparse.ArgumentTypeError(f"text scale {value} is outside 0.5 … 3.0")
    return value


def parse_lang(text: str) -> str:
    from kiosk.core.translations import LANGUAGES, PSEUDO

    codes = [lang.code for lang in LANGUAGES]
    if text in (*codes, PSEUDO, "all"):
        return text
    raise argparse.ArgumentTypeError(
        f"expected a language code ({', '.join(codes)}), {PSEUDO!r} or 'all', got {text!r}"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spine-kiosk",
        description="Patient education about spine compression fractures and their treatment.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--clinic", type=Path, metavar="FILE", help="clinic profile (TOML)")
    parser.add_argument("--check", action="store_true", help="check content and profile, then exit")
    parser.add_argument(
        "--screenshots", type=Path, metavar="DIR", help="render every screen to PNG, then exit"
    )
    parser.add_argument("--size", type=parse_size, default=DEFAULT_SIZE, metavar="WxH")
    parser.add_argument(
        "--handout",
        type=Path,
        metavar="FILE.pdf",
        help="write the take-home handout as a PDF (in --lang, else the profile's language)",
    )
    parser.add_argument("--theme", choices=("normal", "high-contrast"), default="normal")
    parser.add_argument("--text-scale", type=parse_scale, default=1.0, metavar="F")
    parser.add_argument(
        "--lang",
        type=parse_lang,
        metavar="CODE",
        help="start in this language (en, es, zh, vi, ar; 'pseudo' for long marked text; "
        "'all' with --screenshots: every language into DIR/<code>/)",
    )
    parser.add_argument(
        "--kiosk", action="store_true", help="waiting-room mode: full screen, resets when idle"
    )
    parser.add_argument(
        "--no-supervisor",
        action="store_true",
        help="with --kiosk: run the UI bare, without the process that restarts it after a crash",
    )
    parser.add_argument(
        "--hash-pin",
        action="store_true",
        help="read a staff PIN from standard input and print the hash for the clinic profile",
    )
    parser.add_argument(
        "--usage-report",
        type=Path,
        metavar="FILE.csv",
        help="export the anonymous usage figures as CSV, then exit",
    )
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    return parser


@dataclass
class Loaded:
    profile: ClinicProfile
    content: Content
    problems: list[Problem]


def load_data(clinic: Path | None) -> Loaded:
    """Load the profile and the content; every problem is returned, none is raised."""
    from kiosk.ui.art import SCENES  # registers the scenes; needs Qt's GUI module, not an app

    profile, problems = load_profile(clinic)
    content, content_problems = load_content(
        paths.content_file(),
        known_pictures=SCENES.keys(),
        scene_labels={name: scene.labels for name, scene in SCENES.items()},
    )
    problems += content_problems
    for problem in problems:
        log.warning("%s", problem)
    return Loaded(profile, content, problems)


def run(argv: Sequence[str] | None = None, exec_: bool = True):  # noqa: ANN201
    """Start the app; returns the exit code, or the main window when ``exec_`` is False."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.hash_pin:
        return hash_pin_from_stdin()
    headless = args.check or args.screenshots is not None or args.handout is not None
    logs.setup(args.verbose, to_file=exec_ and not headless)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.usage_report is not None:
        return usage_report(args.usage_report)
    if args.kiosk and not args.no_supervisor and exec_ and not headless:
        from kiosk.supervisor import supervise

        return supervise(argv)

    loaded = load_data(args.clinic)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Spine Kiosk")
    app.setApplicationVersion(__version__)

    from kiosk.ui import i18n

    if args.check:
        return check(loaded, asset_problems(i18n))
    i18n.install_fonts()
    if args.handout is not None:  # in its own language; the app's stays as it is
        return write_handout_file(args.handout, loaded, args.lang)
    languages = i18n.prepare(*offered_languages(args.lang, loaded.profile))

    from kiosk.ui.theme import Theme
    from kiosk.ui.window import MainWindow

    window = MainWindow(
        loaded.content,
        loaded.profile,
        Theme.named(args.theme, args.text_scale),
        problems=loaded.problems,
        kiosk=args.kiosk,
    )
    window.resize(*args.size)
    # PySide reads the source of each module imported after it (to find `__feature__`
    # imports), and Python keeps every line in linecache: 2-3 MB the app never reads again.
    linecache.clearcache()
    from kiosk.ui.widgets.language_picker import LanguageControls

    window.languages = LanguageControls(window, languages, loaded.profile.default_language)
    if args.screenshots is not None:
        from kiosk.ui.screenshots import write_screenshots, write_screenshots_per_language

        try:
            if args.lang == "all":
                files = write_screenshots_per_language(window, args.screenshots, languages)
            else:
                files = write_screenshots(window, args.screenshots)
        finally:
            close(window)
        log.info("wrote %d screenshots to %s", len(files), args.screenshots)
        return 0
    # Counting starts only here: --check and --screenshots never record (nor do the tests,
    # which switch it off; see kiosk/ui/usage_recorder.py).
    from kiosk.ui import usage_recorder

    window.usage = usage_recorder.start(
        window.router,
        loaded.profile,
        offered_languages(args.lang, loaded.profile)[1],
        args.text_scale,
    )
    if args.kiosk:
        start_kiosk(window, loaded.profile)
    if not exec_:
        return window
    from kiosk.ui import errors

    errors.install(window)
    if not args.kiosk:
        window.show()
    code = app.exec()
    close(window)
    return code


def offered_languages(wanted: str | None, profile: ClinicProfile) -> tuple[list[str], str]:
    """The languages the picker offers and the one to start in.

    The profile decides both; ``--lang CODE`` starts elsewhere (and adds CODE to the picker
    if the profile leaves it out, e.g. the pseudo-translation); ``all`` starts in English.
    """
    offered = list(profile.languages)
    if wanted is None:
        return offered, profile.default_language
    if wanted == "all":
        return offered, "en"
    if wanted not in offered:
        offered.append(wanted)
    return offered, wanted


def start_kiosk(window: MainWindow, profile: ClinicProfile) -> None:
    """Full screen and frameless on the clinic's screen, idle reset on, attract screen first."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.kiosk import KioskController

    screens = {screen.name(): screen for screen in QGuiApplication.screens()}
    screen = screens.get(profile.screen) or QGuiApplication.primaryScreen()
    if profile.screen and profile.screen not in screens:
        log.warning(
            "screen %r from the clinic profile is not connected (have: %s); using %s",
            profile.screen,
            ", ".join(screens) or "none",
            screen.name() if screen else "none",
        )
    window.setWindowFlags(
        Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
        | Qt.WindowType.Window
    )
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if screen is not None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.controller = KioskController(window, profile.idle_seconds, profile.countdown_seconds)
    window.router.go("attract")
    window.showFullScreen()
    window.controller.start()


def write_handout_file(path: Path, loaded: Loaded, language: str | None) -> int:
    """``--handout``: write the PDF, or say in one line per problem why not (exit code 1)."""
    from kiosk.ui.handout import write_handout

    if language == "all":
        sys.stderr.write("spine-kiosk: --handout writes one language: give --lang CODE\n")
        return 2
    language = language or loaded.profile.default_language
    problems = write_handout(path, loaded.content, loaded.profile, language)
    for problem in problems:
        sys.stderr.write(f"spine-kiosk: {problem}\n")
    if problems:
        return 1
    sys.stdout.write(f"Wrote the handout ({language}) to {path}\n")
    return 0


def hash_pin_from_stdin() -> int:
    """``--hash-pin``: the PIN comes on standard input, so it is not in the shell history."""
    from kiosk.core.profile import hash_pin

    pin = sys.stdin.readline().strip()
    try:
        sys.stdout.write(hash_pin(pin) + "\n")
    except ValueError as error:
        sys.stderr.write(f"spine-kiosk: {error}\n")
        return 2
    sys.stderr.write("Put that line in the clinic profile under [kiosk] as admin_pin_hash.\n")
    return 0


def close(window: QWidget) -> None:
    """Delete the window while the QApplication still exists.

    Left to the garbage collector, the two can go in either order at exit, and a window that
    outlives its application crashes the interpreter on the way out.
    """
    import shiboken6

    usage = getattr(window, "usage", None)
    if usage is not None:
        usage.close()  # ends the visit; waits at most 2 s for the usage writer
    window.close()
    shiboken6.delete(window)


def usage_report(out: Path) -> int:
    """``--usage-report FILE.csv``: every anonymous usage event, one row each."""
    import sqlite3

    from kiosk.core.usage import DB_NAME, export_csv

    source = paths.data_dir() / DB_NAME
    try:
        count = export_csv(source, out)
    except (sqlite3.Error, OSError) as error:
        sys.stderr.write(f"spine-kiosk: cannot export the usage figures from {source}: {error}\n")
        return 1
    sys.stdout.write(f"Wrote {count} usage events from {source} to {out}.\n")
    return 0


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def asset_problems(i18n) -> list[str]:  # noqa: ANN001  (the kiosk.ui.i18n module)
    """What start-up would log about the fonts, the icon font and the compiled translation
    of every shipped language (each message names its file)."""
    from kiosk.core.translations import LANGUAGES
    from kiosk.ui import icons

    collect = _Collect()
    watched = logging.getLogger("kiosk.ui")
    watched.addHandler(collect)
    try:
        i18n.install_fonts()
        translations = i18n.prepare([lang.code for lang in LANGUAGES], "en")
        for lang in LANGUAGES:
            translations.switch(lang.code)
        translations.switch("en")
        icons.reload_font()
    finally:
        watched.removeHandler(collect)
    return list(dict.fromkeys(collect.messages))


def check(loaded: Loaded, assets: Sequence[str] = ()) -> int:
    """Print every problem (or a short all-clear) and return the exit code."""
    from kiosk.core.translations import check_translations
    from kiosk.ui import icons

    problems: list[Problem | str] = [*loaded.problems, *assets]
    # Every translation complete and consistent; unreviewed ones are noted, not problems.
    translation_problems, notes = check_translations(paths.translations(), loaded.content)
    problems += translation_problems
    for topic in loaded.content.topics:
        if not icons.exists(topic.icon):
            problems.append(
                Problem(
                    str(paths.content_file()),
                    f"topic {topic.id}.icon",
                    f"unknown icon {topic.icon!r}",
                )
            )
    out = sys.stdout
    for problem in problems:
        out.write(f"{problem}\n")
    if problems:
        for note in notes:
            out.write(f"Note: {note}\n")
        out.write(f"{len(problems)} problem(s) found.\n")
        return 1
    steps = sum(len(t.steps) for t in loaded.content.topics)
    out.write(
        f"OK: {len(loaded.content.topics)} topics, {steps} steps, "
        f"clinic profile {loaded.profile.name!r}.\n"
    )
    for note in notes:
        out.write(f"Note: {note}\n")
    return 0


def main() -> int:
    return int(run())
