"""QR codes through kiosk.core.qr: segno's codes, without segno's file writers loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_fresh(code: str) -> str:
    """``code`` in a fresh interpreter (sys.modules as the kiosk would have it)."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_the_code_is_segnos_own() -> None:
    import segno

    from kiosk.core import qr

    for text, error in (("BEGIN:VCARD\nFN:Clinic\nEND:VCARD", "m"), ("Ask at the desk", "h")):
        ours = qr.make(text, error=error)
        theirs = segno.make(text, error=error, micro=False)
        assert ours.version == theirs.version
        assert tuple(ours.matrix) == tuple(theirs.matrix)


def test_too_much_text_is_segnos_error() -> None:
    from segno import DataOverflowError

    from kiosk.core import qr

    with pytest.raises(DataOverflowError):
        qr.make("x" * 5000)


def test_making_a_code_loads_no_network_or_openssl_modules() -> None:
    loaded = run_fresh(
        "import sys; from kiosk.core import qr; qr.make('202-444-0000'); "
        "print(sorted(m for m in ('urllib.request', 'http.client', 'ssl', 'email') "
        "if m in sys.modules))"
    )
    assert loaded == "[]"


def test_segno_writers_still_work_when_asked_for() -> None:
    # The writers are loaded on first use, not lost: saving an SVG reads them then.
    svg = run_fresh(
        "import io; from kiosk.core import qr; out = io.BytesIO(); "
        "qr.make('hello').save(out, kind='svg'); print(out.getvalue()[:5].decode())"
    )
    assert svg.startswith("<?xml") or svg.startswith("<svg")
