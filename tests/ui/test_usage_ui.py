"""Usage figures in the running app: a scripted visit by taps, the charts, the command line,
and faults injected while the window is up."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.core import usage
from kiosk.core.usage import DB_NAME, UsageStore
from kiosk.ui.router import Location
from kiosk.ui.usage_recorder import UsageRecorder
from kiosk.ui.widgets.common import Tile
from kiosk.ui.widgets.usage_charts import UsageCharts, render_report, topic_names

ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """Recording on, into a temporary data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SPINE_KIOSK_USAGE", "on")
    monkeypatch.setenv("SPINE_KIOSK_DATA", str(folder))
    return folder


@pytest.fixture
def counted(make_window, data):
    """The real window, counting, with a clock the test moves."""
    windows = []

    def make(**kwargs):
        window = make_window(**kwargs)
        assert window.usage is not None, "recording should be on"
        window.usage.clock = FakeClock()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.usage.close()


def rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT kind, screen, topic, step, seconds, detail FROM events ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def tile(window, name: str) -> Tile:
    (found,) = [t for t in window.findChildren(Tile) if t.accessibleName() == name]
    return found


def click(qtbot, widget: QAbstractButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def scripted_visit(window, qtbot, topic: str = "Balloon kyphoplasty", steps: int = 3) -> None:
    """Tap a topic, read ``steps`` steps (4, 5, 6… seconds each), go home, open Contact."""
    clock = window.usage.clock
    click(qtbot, tile(window, topic))
    page = window.router.current_page()
    for step in range(steps):
        clock.wait(4 + step)
        if step < steps - 1:
            click(qtbot, page.next_button)
    click(qtbot, window.home_button)
    clock.wait(2)
    click(qtbot, tile(window, "Contact us"))
    clock.wait(9)


def test_a_visit_by_taps_is_recorded(counted, qtbot, data):
    window = counted()
    recorder = window.usage
    assert rows_or_none(data) is None  # nothing until someone does something
    scripted_visit(window, qtbot)
    recorder.read_aloud_used()
    recorder.take_home_used("qr")
    recorder.idle_reset()
    window.router.home()  # what the reset shows: Home (or the attract screen), no new visit
    assert recorder.store.flush()
    assert rows(data / DB_NAME) == [
        ("visit_start", "", "", None, None, ""),
        ("language", "", "", None, None, "en"),
        ("text_size", "", "", None, None, "1.00"),
        ("screen", "steps", "kyphoplasty", 1, 4, ""),
        ("screen", "steps", "kyphoplasty", 2, 5, ""),
        ("screen", "steps", "kyphoplasty", 3, 6, ""),
        ("screen", "home", "", None, 2, ""),
        ("read_aloud", "contact", "", None, None, ""),
        ("take_home", "contact", "", None, None, "qr"),
        ("screen", "contact", "", None, 9, ""),
        ("visit_end", "", "", None, None, "idle"),
        ("idle_reset", "", "", None, None, ""),
    ]


def rows_or_none(data: Path) -> list[tuple] | None:
    return rows(data / DB_NAME) if (data / DB_NAME).exists() else None


def test_settings_reset_between_visits_do_not_start_a_visit(tmp_path):
    store = UsageStore(tmp_path)
    clock = FakeClock()
    recorder = UsageRecorder(store, "es", 1.3, clock=clock)
    recorder.language_changed("en")  # the idle reset puts the defaults back
    recorder.text_size_changed(1.0)
    recorder.screen_shown(Location("attract"))
    recorder.screen_shown(Location("home"))
    assert recorder.visit is None
    recorder.screen_shown(Location("steps", "compare", 0))
    clock.wait(3)
    recorder.screen_shown(Location("admin"))  # staff, not a patient: not counted
    clock.wait(60)
    recorder.close()
    assert rows(tmp_path / DB_NAME) == [
        ("visit_start", "", "", None, None, ""),
        ("language", "", "", None, None, "en"),
        ("text_size", "", "", None, None, "1.00"),
        ("screen", "steps", "compare", 1, 3, ""),
        ("visit_end", "", "", None, None, "exit"),
    ]


def test_the_recorder_never_raises(tmp_path):
    class Broken:
        def record(self, *args, **kwargs):
            raise RuntimeError("disk on fire")

        def close(self):
            raise RuntimeError("still on fire")

    recorder = UsageRecorder(Broken())  # type: ignore[arg-type]
    recorder.screen_shown(Location("steps", "compare", 0))
    recorder.read_aloud_used()
    recorder.idle_reset()
    recorder.close()


def test_a_scripted_day_shows_in_the_charts_as_in_the_database(counted, qtbot, data, tmp_path):
    window = counted()
    recorder = window.usage
    for topic, steps in (
        ("Balloon kyphoplasty", 3),
        ("Vertebroplasty", 2),
        ("Balloon kyphoplasty", 5),
        ("Risks and recovery", 1),
    ):
        scripted_visit(window, qtbot, topic, steps)
        recorder.idle_reset()
        window.router.home()
    recorder.language_changed("es")  # outside a visit: the next one starts in Spanish
    scripted_visit(window, qtbot, "Spine fractures", 2)
    recorder.text_size_changed(1.3)
    recorder.idle_reset()
    assert recorder.store.flush()

    png = tmp_path / "charts.png"
    charts = render_report(recorder.store, png, names=topic_names(window.ctx.content))
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1920, 1080)

    conn = sqlite3.connect(data / DB_NAME)
    visits = conn.execute("SELECT COUNT(*) FROM events WHERE kind = 'visit_start'").fetchone()[0]
    per_topic = dict(
        conn.execute(
            "SELECT CASE WHEN topic != '' THEN topic ELSE screen END, COUNT(DISTINCT visit) "
            "FROM events WHERE kind = 'screen' AND screen != 'home' GROUP BY 1"
        ).fetchall()
    )
    seconds = dict(
        conn.execute(
            "SELECT CASE WHEN topic != '' THEN topic ELSE screen END, "
            "1.0 * SUM(seconds) / COUNT(DISTINCT visit) "
            "FROM events WHERE kind = 'screen' AND screen != 'home' GROUP BY 1"
        ).fetchall()
    )
    languages = dict(
        conn.execute(
            "SELECT detail, COUNT(DISTINCT visit) FROM events WHERE kind = 'language' GROUP BY 1"
        ).fetchall()
    )
    conn.close()
    assert visits == 5
    assert per_topic == {
        "kyphoplasty": 2,
        "vertebroplasty": 1,
        "risks": 1,
        "fractures": 1,
        "contact": 5,
    }

    panels = {panel.key: panel for panel in charts.panels}
    names = topic_names(window.ctx.content)
    assert f"{visits} visits" in charts.headline
    assert sum(bar.value for bar in panels["days"].bars) == visits
    assert {bar.label: bar.value for bar in panels["topics"].bars} == {
        names[key]: count for key, count in per_topic.items()
    }
    assert {bar.label: bar.value for bar in panels["time"].bars} == {
        names[key]: pytest.approx(value) for key, value in seconds.items()
    }
    assert {bar.label: bar.value for bar in panels["languages"].bars} == {
        "English": languages["en"],
        "Spanish": languages["es"],
    }
    assert {bar.label: bar.value for bar in panels["tools"].bars} == {
        "Read aloud": 0,
        "Take home": 0,
        "Larger text": 1,
    }
    # What was painted: every number of every chart, as text on the screen.
    drawn = set(charts.drawn)
    for key in ("topics", "time", "languages", "tools"):
        for bar in panels[key].bars:
            assert bar.text in drawn, (key, bar)
    assert charts.headline in drawn
    assert [bar.text for bar in panels["days"].bars if bar.value] == [str(visits)]
    assert str(visits) in drawn


def test_charts_with_no_figures_say_so(qtbot):
    charts = UsageCharts()
    qtbot.addWidget(charts)
    charts.refresh(None)
    charts.resize(1366, 768)
    charts.grab()
    assert "Usage figures are switched off." in charts.drawn
    assert "Nothing recorded yet" in charts.drawn


def test_about_says_what_is_counted(window, qtbot):
    window.router.go("about")
    texts = [label.text() for label in window.router.current_page().findChildren(QLabel)]
    assert "What this screen counts" in texts
    assert any("never keeps your name" in text for text in texts)


# -- faults with the app running ---------------------------------------------------------------


def earlier_visit(folder: Path) -> list[tuple]:
    store = UsageStore(folder)
    store.record(usage.VISIT_START, 7)
    store.record(usage.SCREEN, 7, screen="steps", topic="compare", step=1, seconds=30)
    assert store.flush()
    store.close()
    return rows(folder / DB_NAME)


def test_corrupt_database_at_start_the_app_counts_in_a_new_one(counted, qtbot, data):
    data.mkdir()
    (data / DB_NAME).write_bytes(b"this is not a database" * 500)
    window = counted()
    scripted_visit(window, qtbot)
    assert window.usage.store.flush()
    (aside,) = window.usage.store.moved_aside
    assert aside.read_bytes() == b"this is not a database" * 500
    assert rows(data / DB_NAME)[0][0] == "visit_start"
    assert window.router.location.page == "contact"  # the app carried on


def test_locked_database_pages_still_change_and_nothing_is_lost(counted, qtbot, data):
    before = earlier_visit(data)
    window = counted()
    window.usage.store._busy_ms = 20  # noqa: SLF001 (a short wait keeps the test quick)
    lock = sqlite3.connect(data / DB_NAME, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        scripted_visit(window, qtbot)  # every tap still changes the page at once
        assert window.router.location.page == "contact"
        assert not window.usage.store.flush(timeout=5)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    window.usage.idle_reset()
    assert window.usage.store.flush()
    after = rows(data / DB_NAME)
    assert after[: len(before)] == before
    assert [row[0] for row in after].count("screen") == 1 + 5
    assert window.usage.store.moved_aside == []


def test_data_folder_removed_while_running(counted, qtbot, data):
    window = counted()
    scripted_visit(window, qtbot)
    assert window.usage.store.flush()
    for name in os.listdir(data):
        os.remove(data / name)
    data.rmdir()
    window.usage.idle_reset()
    window.router.home()
    scripted_visit(window, qtbot, "Vertebroplasty", 2)
    window.usage.idle_reset()
    assert window.usage.store.flush()
    kinds = [row[0] for row in rows(data / DB_NAME)]
    assert kinds.count("visit_start") == 1  # the second visit, in a new file


def test_database_replaced_by_a_folder_while_running(counted, qtbot, data):
    window = counted()
    scripted_visit(window, qtbot)
    assert window.usage.store.flush()
    for name in os.listdir(data):
        os.remove(data / name)
    (data / DB_NAME).mkdir()
    window.usage.idle_reset()
    assert window.usage.store.flush()
    assert any(path.is_dir() for path in window.usage.store.moved_aside)
    assert rows(data / DB_NAME)[-1][0] == "idle_reset"


# -- the command line --------------------------------------------------------------------------


def main(*args: str, data: Path, usage_switch: str = "on") -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SPINE_KIOSK_DATA": str(data),
        "SPINE_KIOSK_USAGE": usage_switch,
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT.parent,
    )


def test_usage_report_writes_a_csv(tmp_path):
    data = tmp_path / "data"
    earlier_visit(data)
    out = tmp_path / "report.csv"
    result = main("--usage-report", str(out), data=data)
    assert result.returncode == 0, result.stderr
    assert "Wrote 2 usage events" in result.stdout
    with out.open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert list(table[0]) == list(usage.CSV_COLUMNS)
    assert [(r["visit"], r["event"], r["topic"], r["seconds"]) for r in table] == [
        ("1", "visit_start", "", ""),
        ("1", "screen", "compare", "30"),
    ]


def test_usage_report_of_a_corrupt_database_fails_clearly(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_NAME).write_bytes(b"garbage" * 1000)
    result = main("--usage-report", str(tmp_path / "report.csv"), data=data)
    assert result.returncode == 1
    assert "cannot export the usage figures" in result.stderr


@pytest.mark.slow
def test_screenshots_record_nothing(tmp_path):
    data = tmp_path / "data"
    result = main("--screenshots", str(tmp_path / "shots"), "--size", "1366x768", data=data)
    assert result.returncode == 0, result.stderr
    assert not (data / DB_NAME).exists()
