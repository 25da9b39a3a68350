"""The supervisor restarts the UI after a crash, stops when asked, and gives up politely."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.supervisor import MAX_FAILURES, RESTART_CODE, RestartPolicy, supervise

ROOT = Path(__file__).resolve().parent.parent


def test_policy_stops_on_purpose_and_restarts_on_request():
    policy = RestartPolicy()
    assert policy.after_exit(0, 0.0) is None
    assert policy.after_exit(RESTART_CODE, 0.0) == 0.0


def test_policy_backs_off_then_gives_up_within_a_minute():
    policy = RestartPolicy()
    waits = [policy.after_exit(-9, float(t)) for t in range(MAX_FAILURES - 1)]
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert policy.after_exit(-11, 10.0) is None


def test_policy_forgives_old_failures():
    policy = RestartPolicy()
    for t in range(MAX_FAILURES - 1):
        policy.after_exit(1, float(t))
    assert policy.after_exit(1, 500.0) == 1.0, "failures a minute ago no longer count"


class FakeChild:
    def __init__(self, code: int, pid: int) -> None:
        self.code, self.pid = code, pid

    def wait(self) -> int:
        return self.code

    def poll(self) -> int:
        return self.code


def test_supervise_restarts_until_the_ui_closes_on_purpose(caplog):
    caplog.set_level(logging.INFO)
    codes = iter([-9, RESTART_CODE, -11, 0])
    started, slept = [], []

    def start(command):
        started.append(command)
        return FakeChild(next(codes), 100 + len(started))

    assert supervise(["--kiosk"], start=start, sleep=slept.append) == 0
    assert len(started) == 4
    assert started[0][-1] == "--no-supervisor" and "--kiosk" in started[0]
    assert slept == [1.0, 0.0, 2.0]
    assert "closed on purpose" in caplog.text


def test_supervise_gives_up_after_repeated_crashes(caplog):
    def start(command):
        return FakeChild(-11, 1)

    assert supervise(["--kiosk"], start=start, sleep=lambda s: None) == 1
    assert "giving up" in caplog.text


@pytest.mark.slow
def test_killed_ui_comes_back(tmp_path):
    """kill -9 the UI process: the supervisor starts a new one within seconds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SPINE_KIOSK_DATA": str(tmp_path)}
    supervisor = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--kiosk"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        started = re.compile(r"started the UI, process (\d+)")

        def next_pid() -> int:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                line = supervisor.stderr.readline()
                match = started.search(line)
                if match:
                    return int(match.group(1))
            raise AssertionError("the supervisor did not start the UI")

        first = next_pid()
        time.sleep(1.0)  # let it get on screen
        os.kill(first, signal.SIGKILL)
        killed_at = time.monotonic()
        second = next_pid()
        assert second != first
        assert time.monotonic() - killed_at < 5.0
        log = (tmp_path / "logs" / "spine-kiosk.log").read_text(encoding="utf-8")
        assert "exited with code -9" in log
    finally:
        supervisor.send_signal(signal.SIGTERM)
        supervisor.wait(timeout=20)
    assert supervisor.returncode == 0
