"""The usage store: what it keeps, the figures, CSV, pruning, and every fault it survives."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.core import usage
from kiosk.core.usage import DB_NAME, UsageStore, read_figures

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 15)


def rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT day, visit, kind, screen, topic, step, seconds, detail FROM events ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def make_store(tmp_path):
    stores = []

    def make(folder: Path | None = None, **kwargs) -> UsageStore:
        kwargs.setdefault("today", lambda: TODAY)
        kwargs.setdefault("busy_ms", 50)
        kwargs.setdefault("retry_seconds", 0.05)
        store = UsageStore(folder or tmp_path / "data", **kwargs)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


def visit(store: UsageStore, topics=(("kyphoplasty", 3, 10),), language="en") -> int:
    """One visit as the recorder writes it: start, language, text size, screens, end."""
    number = usage.new_visit_id()
    store.record(usage.VISIT_START, number)
    store.record(usage.LANGUAGE, number, detail=language)
    store.record(usage.TEXT_SIZE, number, detail="1.00")
    for topic, steps, seconds in topics:
        for step in range(1, steps + 1):
            store.record(
                usage.SCREEN, number, screen="steps", topic=topic, step=step, seconds=seconds
            )
    store.record(usage.VISIT_END, number, detail="idle")
    return number


# -- what is kept ----------------------------------------------------------------------------


def test_a_visit_is_written_with_the_day_only(make_store):
    store = make_store()
    number = visit(store, (("kyphoplasty", 2, 7.4),), language="es")
    assert store.flush()
    assert rows(store.path) == [
        ("2026-03-15", number, "visit_start", "", "", None, None, ""),
        ("2026-03-15", number, "language", "", "", None, None, "es"),
        ("2026-03-15", number, "text_size", "", "", None, None, "1.00"),
        ("2026-03-15", number, "screen", "steps", "kyphoplasty", 1, 7, ""),
        ("2026-03-15", number, "screen", "steps", "kyphoplasty", 2, 7, ""),
        ("2026-03-15", number, "visit_end", "", "", None, None, "idle"),
    ]


def test_no_free_text_no_names_no_time_of_day(make_store):
    store = make_store()
    store.record(usage.SCREEN, 1, screen="steps", topic="Maria Lopez, 12 Elm St", seconds=5)
    store.record(usage.TAKE_HOME, 1, detail="my phone is 555 0100")
    store.record("typed_text", 1, detail="hello")
    store.record(usage.SCREEN, 1, screen="home", seconds=99999)
    assert store.flush()
    assert rows(store.path) == [
        ("2026-03-15", 1, "screen", "steps", "", None, 5, ""),
        ("2026-03-15", 1, "take_home", "", "", None, None, ""),
        ("2026-03-15", 1, "screen", "home", "", None, usage.MAX_SECONDS, ""),
    ]
    conn = sqlite3.connect(store.path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(events)")]
    conn.close()
    assert columns == ["id", "day", "visit", "kind", "screen", "topic", "step", "seconds", "detail"]


def test_the_database_is_in_wal_mode(make_store):
    store = make_store()
    visit(store)
    assert store.flush()
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


# -- reading -----------------------------------------------------------------------------------


def test_figures_count_visits_topics_time_languages_and_tools(make_store):
    day = [TODAY - timedelta(days=2)]
    store = make_store(today=lambda: day[0])
    first = visit(store, (("kyphoplasty", 3, 10), ("compare", 1, 30)), language="es")
    store.record(usage.READ_ALOUD, first, screen="steps", topic="kyphoplasty")
    day[0] = TODAY
    second = visit(store, (("kyphoplasty", 1, 20),))
    store.record(usage.TAKE_HOME, second, detail="qr")
    store.record(usage.TEXT_SIZE, second, detail="1.30")
    store.record(usage.SCREEN, second, screen="contact", seconds=12)
    store.record(usage.IDLE_RESET, second)
    visit(store, (("vertebroplasty", 2, 5),), language="es")
    assert store.flush()

    figures = store.figures()
    assert figures.first_day == TODAY - timedelta(days=29)
    assert figures.last_day == TODAY
    per_day = dict(figures.visits_per_day)
    assert len(per_day) == 30
    assert per_day[TODAY - timedelta(days=2)] == 1
    assert per_day[TODAY] == 2
    assert figures.total_visits == 3
    topics = {t.key: (t.visits, t.average_seconds) for t in figures.topics}
    assert topics == {
        "kyphoplasty": (2, 25.0),  # (30 + 20) / 2 visits
        "compare": (1, 30.0),
        "contact": (1, 12.0),
        "vertebroplasty": (1, 10.0),
    }
    assert figures.topics[0].key == "kyphoplasty"
    assert figures.languages == (("es", 2), ("en", 1))
    assert figures.read_aloud_visits == 1
    assert figures.take_home_visits == 1
    assert figures.larger_text_visits == 1
    assert figures.idle_resets == 1
    assert figures.problem == ""


def test_figures_leave_out_older_days(make_store):
    day = [TODAY - timedelta(days=30)]
    store = make_store(today=lambda: day[0])
    visit(store)
    day[0] = TODAY
    assert store.flush()
    assert store.figures().total_visits == 0
    assert store.figures(days=31).total_visits == 1


def test_figures_without_a_database_say_so(tmp_path):
    figures = read_figures(tmp_path / "nothing" / DB_NAME, today=TODAY)
    assert figures.total_visits == 0
    assert "No usage figures" in figures.problem


def test_csv_export_opens_with_the_csv_module(make_store, tmp_path):
    store = make_store()
    visit(store, (("kyphoplasty", 2, 9),), language="vi")
    visit(store, (("compare", 1, 40),))
    assert store.flush()
    out = tmp_path / "usage.csv"
    assert store.export_csv(out) == 11
    with out.open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert list(table[0]) == [
        "date",
        "visit",
        "event",
        "screen",
        "topic",
        "step",
        "seconds",
        "detail",
    ]
    assert len(table) == 11
    assert {row["date"] for row in table} == {"2026-03-15"}
    assert [row["visit"] for row in table] == ["1"] * 6 + ["2"] * 5  # small numbers, in order
    screens = [row for row in table if row["event"] == "screen"]
    assert [(r["topic"], r["step"], r["seconds"]) for r in screens] == [
        ("kyphoplasty", "1", "9"),
        ("kyphoplasty", "2", "9"),
        ("compare", "1", "40"),
    ]
    assert [r["detail"] for r in table if r["event"] == "language"] == ["vi", "en"]


def test_csv_export_of_an_empty_folder_has_the_header(tmp_path):
    out = tmp_path / "usage.csv"
    assert usage.export_csv(tmp_path / DB_NAME, out) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [",".join(usage.CSV_COLUMNS)]


def test_rows_older_than_the_retention_period_are_pruned(make_store):
    day = [TODAY - timedelta(days=100)]
    store = make_store(retention_days=90, today=lambda: day[0])
    old = visit(store)
    day[0] = TODAY - timedelta(days=90)  # exactly 90 days old: kept
    kept = visit(store)
    assert store.flush()
    assert {row[1] for row in rows(store.path)} == {old, kept}
    day[0] = TODAY  # the writer prunes when the day changes
    new = visit(store)
    assert store.flush()
    assert {row[1] for row in rows(store.path)} == {kept, new}


def test_pruning_happens_when_the_store_opens(make_store, tmp_path):
    store = make_store(today=lambda: TODAY - timedelta(days=400))
    visit(store)
    store.close()
    store = make_store(retention_days=365)
    visit(store)
    assert store.flush()
    assert {row[0] for row in rows(store.path)} == {TODAY.isoformat()}


# -- faults ----------------------------------------------------------------------------------


def earlier_rows(make_store) -> tuple[Path, list[tuple]]:
    store = make_store()
    visit(store)
    visit(store, (("compare", 1, 20),))
    assert store.flush()
    store.close()
    return store.path, rows(store.path)


def test_locked_database_events_wait_then_are_written(make_store):
    path, before = earlier_rows(make_store)
    lock = sqlite3.connect(path, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    store = make_store()
    visit(store)  # returns at once: the writer is the one that waits
    assert not store.flush(timeout=5)
    assert rows(path) == before  # readers still read under WAL
    lock.execute("ROLLBACK")
    lock.close()
    assert store.flush()
    after = rows(path)
    assert after[: len(before)] == before
    assert len(after) == len(before) + 7
    assert store.moved_aside == []


def test_a_lock_that_never_ends_moves_the_file_aside(make_store):
    path, before = earlier_rows(make_store)
    lock = sqlite3.connect(path, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    store = make_store(lock_patience=0)
    number = visit(store)
    assert store.flush()
    lock.execute("ROLLBACK")
    lock.close()
    (aside,) = store.moved_aside
    assert "locked" in aside.name
    assert rows(aside) == before
    assert {row[1] for row in rows(path)} == {number}


def test_full_database_starts_a_new_one(make_store):
    path, before = earlier_rows(make_store)
    opened = []

    def tiny(db: Path) -> sqlite3.Connection:
        conn = usage.open_database(db)
        if not opened:  # the first file cannot grow; the new one can
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
        opened.append(db)
        return conn

    store = make_store(connect=tiny)
    for _ in range(200):
        visit(store)
    assert store.flush()
    (aside,) = store.moved_aside
    assert "full" in aside.name
    assert rows(aside)[: len(before)] == before
    assert integrity(aside) == "ok"
    assert integrity(path) == "ok"
    assert len(rows(path)) + len(rows(aside)) == len(before) + 200 * 7


def test_read_only_database_starts_a_new_one(make_store):
    path, before = earlier_rows(make_store)
    opened = []

    def read_only(db: Path) -> sqlite3.Connection:
        opened.append(db)
        if len(opened) == 1:
            uri = f"{db.resolve().as_uri()}?mode=ro"
            return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        return usage.open_database(db)

    store = make_store(connect=read_only)
    number = visit(store)
    assert store.flush()
    (aside,) = store.moved_aside
    assert "readonly" in aside.name
    assert rows(aside) == before
    assert {row[1] for row in rows(path)} == {number}


def test_a_folder_where_the_file_should_be_is_moved_aside(make_store, tmp_path):
    (tmp_path / "data" / DB_NAME).mkdir(parents=True)
    store = make_store()
    number = visit(store)
    assert store.flush()
    (aside,) = store.moved_aside
    assert aside.is_dir()
    assert {row[1] for row in rows(store.path)} == {number}


def test_corrupt_file_is_moved_aside_and_kept(make_store, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    garbage = os.urandom(8192)
    (folder / DB_NAME).write_bytes(garbage)
    store = make_store()
    number = visit(store)
    assert store.flush()
    (aside,) = store.moved_aside
    assert "corrupt" in aside.name
    assert aside.read_bytes() == garbage
    assert {row[1] for row in rows(store.path)} == {number}
    assert store.figures().total_visits == 1


def test_a_damaged_page_is_found_at_open(make_store):
    path, _ = earlier_rows(make_store)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # scribble over the table's pages, keep the header
        handle.seek(page_size)
        handle.write(b"\xff" * page_size * 2)
    store = make_store()
    number = visit(store)
    assert store.flush()
    (aside,) = store.moved_aside
    assert "corrupt" in aside.name
    assert {row[1] for row in rows(path)} == {number}


def test_missing_folder_is_created_even_while_running(make_store, tmp_path):
    folder = tmp_path / "not" / "yet" / "there"
    store = make_store(folder)
    visit(store)
    assert store.flush()
    for name in os.listdir(folder):
        os.remove(folder / name)
    folder.rmdir()
    number = visit(store)
    assert store.flush()
    assert {row[1] for row in rows(store.path)} == {number}


def test_nothing_writable_keeps_counting_in_memory_then_catches_up(make_store, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    store = make_store(blocker / "data", reopen_seconds=3600)
    first = visit(store)
    assert not store.flush()  # handled, but only in memory
    assert store.in_memory
    assert "cannot be saved" in store.figures().problem
    blocker.unlink()
    store._reopen_seconds = 0  # the folder works again: next write carries everything over
    second = visit(store)
    assert store.flush()
    assert not store.in_memory
    assert [row[1] for row in rows(store.path)] == [first] * 7 + [second] * 7


WRITER = """
import sys
from pathlib import Path
from kiosk.core import usage

store = usage.UsageStore(Path(sys.argv[1]), retry_seconds=0.01)
written = 0
while True:
    number = usage.new_visit_id()
    for step in range(50):
        store.record(usage.SCREEN, number, screen="steps", topic="kyphoplasty", step=1, seconds=3)
    if store.flush():
        written += 50
        print(written, flush=True)
"""


@pytest.mark.slow
def test_killed_while_writing_keeps_every_committed_row(tmp_path):
    folder = tmp_path / "data"
    before = 0
    for round_ in range(3):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        confirmed = 0
        for line in process.stdout:
            confirmed = int(line)
            if confirmed >= 1000:
                break
        os.kill(process.pid, signal.SIGKILL)  # mid-write: the writer never stops writing
        process.wait(timeout=30)
        process.stdout.close()
        assert confirmed >= 1000, f"round {round_}: the writer never confirmed"
        path = folder / DB_NAME
        assert integrity(path) == "ok"
        count = len(rows(path))
        assert count >= before + confirmed  # every confirmed row of every run is there
        before = count
        assert list(folder.glob("usage-*")) == []  # nothing had to be moved aside


def test_events_wait_for_a_quiet_moment_unless_a_flush_asks(make_store):
    # Taps come in bursts; the writer waits for the screen to go quiet before it writes.
    store = make_store(quiet_seconds=60)
    store.record(usage.SCREEN, 1, screen="steps", topic="compare", step=1, seconds=4)
    store.record(usage.SCREEN, 1, screen="steps", topic="compare", step=2, seconds=5)
    assert not store.path.exists() or rows(store.path) == []
    assert store.flush(timeout=10)  # a flush (and closing) writes at once
    assert [row[6] for row in rows(store.path)] == [4, 5]


def test_a_burst_bigger_than_the_backlog_limit_is_written_whole(make_store):
    store = make_store()
    for step in range(usage.MAX_PENDING + 5000):
        store.record(usage.SCREEN, 1, screen="steps", topic="compare", step=1, seconds=step % 60)
    assert store.flush()
    assert len(rows(store.path)) == usage.MAX_PENDING + 5000
