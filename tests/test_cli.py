"""The command line, run as clinic IT would run it: in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk import __version__

ROOT = Path(__file__).resolve().parent.parent


def main(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT.parent,  # never depend on the current directory
    )


def test_version():
    result = main("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_check_passes_on_the_shipped_content_and_profile():
    result = main("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK:")


def test_check_reports_a_broken_profile_with_file_key_and_expectation(tmp_path):
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(
        '[clinic]\nname = "Test Clinic"\n\n[[phones]]\nlabel = "Desk"\nnumber = "call us"\n'
        '\n[branding]\naccent_color = "blue-ish"\n',
        encoding="utf-8",
    )
    result = main("--check", "--clinic", str(clinic))
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if str(clinic) in line]
    assert any(":6:" in line and "phones" in line and "expected" in line for line in lines), lines
    assert any("accent_color" in line and "expected" in line for line in lines), lines
    assert "problem" in result.stdout.splitlines()[-1]


def test_check_reports_a_missing_profile(tmp_path):
    result = main("--check", "--clinic", str(tmp_path / "nowhere.toml"))
    assert result.returncode == 1
    assert "nowhere.toml" in result.stdout


def test_bad_arguments_say_what_is_expected():
    result = main("--screenshots", "out", "--size", "big")
    assert result.returncode == 2
    assert "expected a size like 1920x1080" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("size", ["1920x1080", "1080x1920"])
def test_screenshots_write_every_screen_and_step(tmp_path, size):
    from kiosk.core.content import load_content
    from kiosk.paths import content_file

    content, _ = load_content(content_file())
    steps = sum(len(t.steps) if t.kind == "steps" else 1 for t in content.topics)
    result = main("--screenshots", str(tmp_path), "--size", size)
    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.glob("*.png"))
    # attract, home, every step, contact, about, staff; then three overlays
    assert len(files) == 2 + steps + 3 + 3
    width, height = (int(n) for n in size.split("x"))
    for file in files:
        image = QImage(str(file))
        assert (image.width(), image.height()) == (width, height), file.name
    assert "Traceback" not in result.stderr
    assert "WARNING" not in result.stderr, result.stderr


def test_hash_pin_reads_standard_input_and_prints_a_hash_that_verifies():
    from kiosk.core.profile import verify_pin

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--hash-pin"],
        input="4826\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0
    stored = result.stdout.strip()
    assert verify_pin("4826", stored) and not verify_pin("4827", stored)
    assert "admin_pin_hash" in result.stderr


def test_hash_pin_refuses_a_pin_that_is_not_digits():
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--hash-pin"],
        input="pass\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "4 to 12 digits" in result.stderr
