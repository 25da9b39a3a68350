"""Logging for a kiosk that runs all day: a rotating file in the data folder, plus stderr.

If the data folder cannot be written (read-only profile, full disk), the app logs to stderr
only and says so; it never stops for want of a log file.
"""

from __future__ import annotations

import logging
import sys

from kiosk import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(verbose: bool = False, to_file: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if root.handlers:  # already set up (tests, a second run() in one process)
        return
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    if not to_file:
        return
    # Imported here: runs that log to stderr only (checks, screenshots, tests) skip it.
    from logging.handlers import RotatingFileHandler

    path = paths.log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as error:
        logging.getLogger("kiosk").warning("no log file (%s); logging to stderr only", error)
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
