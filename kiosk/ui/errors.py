"""An error inside a page never kills the kiosk: it is logged and the patient sees a calm
"Sorry, let's start again" that returns home. Qt's own warnings go to the log too.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QWidget

log = logging.getLogger("kiosk.errors")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Qt-internal messages that say nothing is wrong, logged at debug level only.
HARMLESS = (
    # QScroller's touch gesture ending after the finger left the widget that grabbed it.
    "QGestureManager::deliverEvents: could not find the target for gesture",
)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = logging.DEBUG if message in HARMLESS else _LEVELS.get(kind, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


def install(window: QWidget) -> None:
    """Route unhandled exceptions and Qt messages to the log; show "Sorry" on an exception.

    PySide6 reports an exception raised in a slot or a virtual (paintEvent, a click handler)
    through ``sys.excepthook`` and carries on; this hook makes that visible to the patient
    as a fresh start rather than a half-updated page.
    """

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("unhandled error; starting again", exc_info=(kind, error, tb))
        show = getattr(window, "show_sorry", None)
        if show is not None:
            QTimer.singleShot(0, show)  # not from inside whatever just failed

    sys.excepthook = hook
    qInstallMessageHandler(_qt_message)
