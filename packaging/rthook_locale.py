"""PyInstaller run-time hook: a UTF-8 locale where the machine sets none (Linux).

Run from source, Python itself switches a "C" or "POSIX" locale to C.UTF-8 (PEP 538); the
bundle's bootloader does not. Without it, on a minimal system or under a service manager
with no LANG, Qt prints a four-line warning on every start ("Detected locale "C" ... which
is not UTF-8") and file names outside ASCII may be mangled. Same rule as PEP 538: only when
LC_ALL is not set and the character-type locale is C or POSIX.
"""

import locale
import os
import sys


def _coerce_c_locale() -> None:
    if not sys.platform.startswith("linux") or os.environ.get("LC_ALL"):
        return
    try:
        current = locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:  # a locale named in the environment but not installed
        current = "C"
    if current in ("C", "POSIX"):
        os.environ["LC_CTYPE"] = "C.UTF-8"
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")


_coerce_c_locale()
