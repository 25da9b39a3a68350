"""Anonymous usage figures: a local SQLite store that can never stop or slow the kiosk.

What is kept (and nothing else): the day (no time of day), a random number per visit that
ties its events together, and which of a fixed set of events happened — screen shown and the
whole seconds spent on it, language, text size, read aloud used, take-home used, idle reset,
visit start and end. Screen, topic, language and detail values must look like identifiers
(``[a-z0-9_.-]``, short); anything else is dropped before it reaches the disk, so free text
and names cannot be stored even by mistake.

Writes happen on one background thread fed by a queue: :meth:`UsageStore.record` only puts
a tuple on the queue, so a page change never waits on the disk. The thread owns its
connection (SQLite in WAL mode, ``synchronous=FULL``): every committed batch survives the
process being killed, and a kill mid-write leaves the database readable.

Faults are handled on that thread, logged, and never raised to the caller:

- locked: SQLite's busy timeout, then the batch waits in memory and is retried; a lock that
  outlasts ``lock_patience`` seconds is treated like a bad file;
- full, read-only, corrupt, not a database, cannot be opened: the file (with its ``-wal``
  and ``-shm``) is moved aside under a timestamped name, kept for clinic IT, and a new
  database is started;
- the data folder is missing: it is created, also when it disappears while running;
- nothing can be written at all: the figures are kept in memory for this run and the
  folder is tried again every few minutes.

Reading (:func:`read_figures`, :func:`export_csv`) uses its own read-only connection.
"""

from __future__ import annotations

import contextlib
import csv
import logging
import os
import queue
import random
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

DB_NAME = "usage.sqlite3"
SCHEMA_VERSION = 1

VISIT_START = "visit_start"
VISIT_END = "visit_end"
SCREEN = "screen"
LANGUAGE = "language"
TEXT_SIZE = "text_size"
READ_ALOUD = "read_aloud"
TAKE_HOME = "take_home"
IDLE_RESET = "idle_reset"
KINDS = frozenset(
    (VISIT_START, VISIT_END, SCREEN, LANGUAGE, TEXT_SIZE, READ_ALOUD, TAKE_HOME, IDLE_RESET)
)

# Screen names, topic ids, language codes, take-home kinds, text scales: short identifiers.
TOKEN = re.compile(r"[A-Za-z0-9_.-]{1,40}")
MAX_SECONDS = 900  # one screen left alone for longer than this says nothing about reading
MAX_PENDING = 10_000  # events held in memory while the disk is unavailable
# The writer waits for a quiet moment before it writes: a tap brings an event, and writing
# it at once (the writer's Python holding the interpreter lock, the disk's sync) competed
# with drawing the page the tap asked for, about 2 ms of every page change on two cores.
QUIET_SECONDS = 0.5
MAX_DELAY_SECONDS = 5.0  # however busy the screen, nothing waits longer than this
FIGURE_DAYS = 30

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,                -- YYYY-MM-DD, local date; no time of day is kept
    visit INTEGER NOT NULL,           -- random number shared by one visit's events
    kind TEXT NOT NULL,
    screen TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    step INTEGER,                     -- 1-based, as the patient sees it
    seconds INTEGER,                  -- whole seconds on the screen (screen events)
    detail TEXT NOT NULL DEFAULT ''   -- language code, text scale, take-home kind, end reason
)""",
    "CREATE INDEX IF NOT EXISTS events_day ON events (day)",
)
INSERT = (
    "INSERT INTO events (day, visit, kind, screen, topic, step, seconds, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
Row = tuple[str, int, str, str, str, int | None, int | None, str]

# SQLite result codes (https://www.sqlite.org/rescode.html).
SQLITE_BUSY, SQLITE_LOCKED = 5, 6


def new_visit_id() -> int:
    """A random number for one visit: it ties events together and identifies no one."""
    return random.getrandbits(53)


def clean_token(value: object) -> str:
    """``value`` as a short identifier, or "" when it is not one (free text never passes)."""
    text = str(value) if value is not None else ""
    return text if TOKEN.fullmatch(text) else ""


def _clean(
    day: str,
    visit: int,
    kind: str,
    screen: str,
    topic: str,
    step: int | None,
    seconds: float | None,
    detail: str,
) -> Row | None:
    if kind not in KINDS:
        return None
    step_value = int(step) if isinstance(step, int) and 0 < step < 1000 else None
    seconds_value = None
    if seconds is not None:
        seconds_value = max(0, min(MAX_SECONDS, round(float(seconds))))
    return (
        day,
        int(visit),
        kind,
        clean_token(screen),
        clean_token(topic),
        step_value,
        seconds_value,
        clean_token(detail),
    )


def _is_locked(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


def _fault_name(error: BaseException) -> str:
    """A word for the moved-aside file name: why it was moved."""
    text = str(error).lower()
    for word, name in (
        ("locked", "locked"),
        ("full", "full"),
        ("readonly", "readonly"),
        ("read-only", "readonly"),
        ("not a database", "corrupt"),
        ("malformed", "corrupt"),
        ("corrupt", "corrupt"),
        ("unable to open", "unopenable"),
    ):
        if word in text:
            return name
    return "bad"


def open_database(path: Path) -> sqlite3.Connection:
    """The default way the writer opens its database (tests pass their own to inject faults)."""
    return sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)


class _Flush:
    """A marker put on the queue: the writer sets ``done`` once it has handled what came before."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.written = False


_STOP = object()


def _is_marker(entry: object) -> bool:
    return entry is _STOP or isinstance(entry, _Flush)


class UsageStore:
    """The usage database in ``folder``, written by one background thread.

    Every public method is safe to call from the UI thread and returns at once (except
    :meth:`flush` and :meth:`close`, which wait, with a timeout, for the writer).
    """

    def __init__(
        self,
        folder: Path,
        retention_days: int = 365,
        *,
        today: Callable[[], date] = date.today,
        connect: Callable[[Path], sqlite3.Connection] = open_database,
        busy_ms: int = 1000,
        lock_patience: float = 120.0,
        retry_seconds: float = 5.0,
        reopen_seconds: float = 300.0,
        quiet_seconds: float = QUIET_SECONDS,
    ) -> None:
        self.folder = Path(folder)
        self.path = self.folder / DB_NAME
        self.retention_days = max(1, int(retention_days))
        self.in_memory = False  # True when nothing could be written to the folder
        self.moved_aside: list[Path] = []  # bad files kept for clinic IT, oldest first
        self._today = today
        self._connect = connect
        self._busy_ms = busy_ms
        self._lock_patience = lock_patience
        self._retry_seconds = retry_seconds
        self._reopen_seconds = reopen_seconds
        self._quiet_seconds = quiet_seconds
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._conn: sqlite3.Connection | None = None
        self._locked_since: float | None = None
        self._memory_since = 0.0
        self._pruned_on = ""
        self._dropped = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="usage-writer", daemon=True)
        self._thread.start()

    # -- the UI side: put on the queue and return ------------------------------------------

    def record(
        self,
        kind: str,
        visit: int,
        *,
        screen: str = "",
        topic: str = "",
        step: int | None = None,
        seconds: float | None = None,
        detail: str = "",
    ) -> None:
        """Queue one event, stamped with today's date; never blocks, never raises."""
        if self._closed:
            return
        try:
            day = self._today().isoformat()
        except Exception:  # a broken clock must not break the kiosk
            log.exception("usage: no date for an event")
            return
        self._queue.put((day, visit, kind, screen, topic, step, seconds, detail))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every event queued so far is written; True if all of it reached the file."""
        if not self._thread.is_alive():
            return False
        marker = _Flush()
        self._queue.put(marker)
        return marker.done.wait(timeout) and marker.written

    def close(self, timeout: float = 2.0) -> None:
        """Write what is queued (for at most ``timeout`` seconds) and stop the writer."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning(
                "usage: the writer did not finish in %.1f s; queued events may be lost", timeout
            )

    # -- reading ---------------------------------------------------------------------------

    def figures(self, days: int = FIGURE_DAYS) -> UsageFigures:
        """The last ``days`` days of figures, read from the file (what is committed)."""
        if self.in_memory:
            return UsageFigures.empty(
                self._today(),
                days,
                "Usage figures cannot be saved in the data folder; see the log.",
            )
        return read_figures(self.path, days, self._today())

    def export_csv(self, out: Path) -> int:
        return export_csv(self.path, out)

    # -- the writer thread -----------------------------------------------------------------

    def _until_quiet(self) -> list[object]:
        """What else arrives before a quiet moment (or a flush or stop asks for the write)."""
        more: list[object] = []
        deadline = time.monotonic() + MAX_DELAY_SECONDS
        while (wait := min(self._quiet_seconds, deadline - time.monotonic())) > 0:
            try:
                entry = self._queue.get(timeout=wait)
            except queue.Empty:
                break
            more.append(entry)
            if _is_marker(entry):
                break
        return more

    def _run(self) -> None:
        pending: list[Row] = []
        while True:
            try:
                item = self._queue.get(timeout=self._retry_seconds if pending else None)
            except queue.Empty:
                item = None
            items = [] if item is None else [item]
            if item is not None and not _is_marker(item):
                items += self._until_quiet()
            while True:
                try:
                    items.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = False
            flushes: list[_Flush] = []
            for entry in items:
                if entry is _STOP:
                    stop = True
                elif isinstance(entry, _Flush):
                    flushes.append(entry)
                else:
                    row = _safe_clean(entry)
                    if row is not None:
                        pending.append(row)
            if pending or self.in_memory:
                try:
                    if self._write(pending):
                        pending = []
                except Exception:  # the last line of defence: the writer must keep running
                    log.exception("usage: unexpected error while writing")
            if len(pending) > MAX_PENDING:  # held back by a lock: keep the newest
                self._dropped += len(pending) - MAX_PENDING
                log.warning(
                    "usage: %d events dropped while the disk was unavailable", self._dropped
                )
                del pending[: len(pending) - MAX_PENDING]
            for marker in flushes:
                marker.written = not pending and not self.in_memory
                marker.done.set()
            if stop:
                break
        self._disconnect()

    def _write(self, rows: list[Row]) -> bool:
        """Write ``rows``; False when they must wait (locked). Faults move the file aside."""
        if self.in_memory and time.monotonic() - self._memory_since > self._reopen_seconds:
            self._leave_memory()
        if not rows:
            return True
        try:
            self._insert(rows)
            self._locked_since = None
            return True
        except sqlite3.OperationalError as error:
            if not _is_locked(error):
                return self._recover(error, rows)
            now = time.monotonic()
            if self._locked_since is None:
                self._locked_since = now
                log.warning("usage: database is locked; events wait in memory (%s)", error)
            if now - self._locked_since < self._lock_patience:
                return False
            return self._recover(error, rows)
        except (sqlite3.Error, OSError) as error:
            return self._recover(error, rows)

    def _recover(self, error: BaseException, rows: list[Row]) -> bool:
        """Move the bad file aside and write ``rows`` to a new one (or to memory)."""
        log.error("usage: database %s is unusable (%s); starting a new one", self.path, error)
        self._locked_since = None
        self._disconnect()
        self._move_aside(_fault_name(error))
        try:
            self._insert(rows)
            return True
        except (sqlite3.Error, OSError) as second:
            log.error(
                "usage: cannot write usage figures in %s (%s); keeping them in memory until "
                "the folder works again",
                self.folder,
                second,
            )
            self._disconnect()
            self._enter_memory()
            self._insert(rows)
            return True

    def _insert(self, rows: list[Row]) -> None:
        conn = self._connection()
        with _transaction(conn):
            conn.executemany(INSERT, rows)

    def _connection(self) -> sqlite3.Connection:
        if self._conn is not None and not self.in_memory and not self.path.is_file():
            log.warning("usage: %s disappeared; starting a new database", self.path)
            self._disconnect()
        if self._conn is None:
            self._conn = self._open()
        today = self._today().isoformat()
        if self._pruned_on != today:
            self._prune(self._conn, today)
        return self._conn

    def _open(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        conn = self._connect(self.path)
        try:
            _prepare(conn, self._busy_ms)
        except BaseException:
            conn.close()
            raise
        log.info("usage: recording anonymous usage figures in %s", self.path)
        return conn

    def _prune(self, conn: sqlite3.Connection, today: str) -> None:
        cutoff = (date.fromisoformat(today) - timedelta(days=self.retention_days)).isoformat()
        with _transaction(conn):
            removed = conn.execute("DELETE FROM events WHERE day < ?", (cutoff,)).rowcount
        if removed:
            log.info("usage: pruned %d events older than %s", removed, cutoff)
        self._pruned_on = today

    def _disconnect(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                log.debug("usage: closing a broken connection failed", exc_info=True)
            self._conn = None

    def _move_aside(self, reason: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"usage-{reason}-{stamp}.sqlite3"
        number = 1
        while target.exists():
            number += 1
            target = self.folder / f"usage-{reason}-{stamp}-{number}.sqlite3"
        moved = False
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if not (source.exists() or source.is_symlink()):
                continue
            try:
                os.replace(source, f"{target}{suffix}")
                moved = moved or suffix == ""
            except OSError as error:
                log.error("usage: could not move %s aside: %s", source, error)
        if moved:
            self.moved_aside.append(target)
            log.warning("usage: kept the old database as %s", target)

    def _enter_memory(self) -> None:
        self.in_memory = True
        self._memory_since = time.monotonic()
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        for statement in SCHEMA:
            conn.execute(statement)
        self._conn = conn

    def _leave_memory(self) -> None:
        """Try the data folder again; on success, carry the rows kept in memory over."""
        self._memory_since = time.monotonic()
        memory = self._conn
        try:
            disk = self._open()
        except (sqlite3.Error, OSError) as error:
            log.debug("usage: the data folder still cannot be used: %s", error)
            return
        try:
            rows = memory.execute(
                "SELECT day, visit, kind, screen, topic, step, seconds, detail FROM events "
                "ORDER BY id"
            ).fetchall()
            with _transaction(disk):
                disk.executemany(INSERT, rows)
        except sqlite3.Error as error:
            log.debug("usage: the data folder still cannot be written: %s", error)
            disk.close()
            return
        memory.close()
        self._conn = disk
        self.in_memory = False
        log.info("usage: the data folder works again; %d events carried over", len(rows))


def _safe_clean(entry: object) -> Row | None:
    try:
        return _clean(*entry)  # type: ignore[misc]
    except (TypeError, ValueError):
        log.warning("usage: dropped a malformed event %r", entry)
        return None


def _prepare(conn: sqlite3.Connection, busy_ms: int) -> None:
    """Pragmas, a quick check that the file is sound, and the schema."""
    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("usage: journal mode is %s, not WAL", mode)
    # FULL: a committed batch survives a power cut too, and the cost is on the writer thread.
    conn.execute("PRAGMA synchronous = FULL")
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed: {result}")
    with _transaction(conn):
        # Statement by statement: executescript() would commit the open transaction.
        for statement in SCHEMA:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, ROLLBACK on error (the connection is in autocommit mode)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # The failed statement may have ended the transaction already; its error is the one
        # that matters and is raised.
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# ------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class TopicFigure:
    """One topic (or Contact, About...): visits that opened it, average seconds per visit."""

    key: str
    visits: int
    average_seconds: float


@dataclass(frozen=True)
class UsageFigures:
    """What the admin charts show, as numbers; built by :func:`read_figures`."""

    first_day: date
    last_day: date
    visits_per_day: tuple[tuple[date, int], ...]  # every day in the range, zeros included
    topics: tuple[TopicFigure, ...] = ()  # most visits first
    languages: tuple[tuple[str, int], ...] = ()  # code, visits; most first
    read_aloud_visits: int = 0
    take_home_visits: int = 0
    larger_text_visits: int = 0
    idle_resets: int = 0
    problem: str = ""  # why the figures could not be read, for the admin screen

    @property
    def total_visits(self) -> int:
        return sum(count for _, count in self.visits_per_day)

    @classmethod
    def empty(cls, today: date, days: int = FIGURE_DAYS, problem: str = "") -> UsageFigures:
        first = today - timedelta(days=days - 1)
        per_day = tuple((first + timedelta(days=n), 0) for n in range(days))
        return cls(first, today, per_day, problem=problem)


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    conn.execute("PRAGMA busy_timeout = 200")
    return conn


def read_figures(path: Path, days: int = FIGURE_DAYS, today: date | None = None) -> UsageFigures:
    """The last ``days`` days of figures in the database at ``path``; never raises."""
    today = today or date.today()
    if not Path(path).is_file():
        return UsageFigures.empty(today, days, "No usage figures have been recorded yet.")
    try:
        conn = _read_only(Path(path))
        try:
            return _query(conn, today, days)
        finally:
            conn.close()
    except sqlite3.Error as error:
        log.warning("usage: cannot read figures from %s: %s", path, error)
        return UsageFigures.empty(today, days, f"The usage figures cannot be read: {error}.")


def _query(conn: sqlite3.Connection, today: date, days: int) -> UsageFigures:
    first = today - timedelta(days=days - 1)
    span = (first.isoformat(), today.isoformat())
    where = "day BETWEEN ? AND ?"
    per_day = dict(
        conn.execute(
            f"SELECT day, COUNT(DISTINCT visit) FROM events WHERE kind = ? AND {where} "
            "GROUP BY day",
            (VISIT_START, *span),
        ).fetchall()
    )
    visits_per_day = tuple(
        (first + timedelta(days=n), per_day.get((first + timedelta(days=n)).isoformat(), 0))
        for n in range(days)
    )
    topics = tuple(
        TopicFigure(key, visits, float(average or 0))
        for key, visits, average in conn.execute(
            "SELECT subject, COUNT(*), AVG(total) FROM ("
            "  SELECT visit, CASE WHEN topic != '' THEN topic ELSE screen END AS subject,"
            "         SUM(COALESCE(seconds, 0)) AS total"
            f"  FROM events WHERE kind = ? AND screen NOT IN ('', 'home') AND {where}"
            "  GROUP BY visit, subject"
            ") GROUP BY subject ORDER BY COUNT(*) DESC, subject",
            (SCREEN, *span),
        ).fetchall()
    )
    languages = tuple(
        conn.execute(
            f"SELECT detail, COUNT(DISTINCT visit) FROM events WHERE kind = ? AND detail != '' "
            f"AND {where} GROUP BY detail ORDER BY COUNT(DISTINCT visit) DESC, detail",
            (LANGUAGE, *span),
        ).fetchall()
    )

    def visits_with(kind: str, extra: str = "") -> int:
        return conn.execute(
            f"SELECT COUNT(DISTINCT visit) FROM events WHERE kind = ? AND {where} {extra}",
            (kind, *span),
        ).fetchone()[0]

    idle = conn.execute(
        f"SELECT COUNT(*) FROM events WHERE kind = ? AND {where}", (IDLE_RESET, *span)
    ).fetchone()[0]
    return UsageFigures(
        first_day=first,
        last_day=today,
        visits_per_day=visits_per_day,
        topics=topics,
        languages=languages,
        read_aloud_visits=visits_with(READ_ALOUD),
        take_home_visits=visits_with(TAKE_HOME),
        larger_text_visits=visits_with(TEXT_SIZE, "AND CAST(detail AS REAL) > 1.0"),
        idle_resets=idle,
    )


CSV_COLUMNS = ("date", "visit", "event", "screen", "topic", "step", "seconds", "detail")


def export_csv(path: Path, out: Path) -> int:
    """Write every event in the database at ``path`` to ``out`` as CSV; returns the row count.

    Visits are numbered 1, 2, 3… in the order they happened (the stored random numbers are
    too long for a spreadsheet to keep exactly). Raises ``sqlite3.Error`` or ``OSError``
    when the database cannot be read or the file cannot be written: the command line says so.
    """
    out = Path(out)
    rows = []
    if Path(path).is_file():
        conn = _read_only(Path(path))
        try:
            rows = conn.execute(
                "SELECT day, visit, kind, screen, topic, step, seconds, detail FROM events "
                "ORDER BY id"
            ).fetchall()
        finally:
            conn.close()
    numbers: dict[int, int] = {}
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for day, visit, kind, screen, topic, step, seconds, detail in rows:
            number = numbers.setdefault(visit, len(numbers) + 1)
            writer.writerow(
                (
                    day,
                    number,
                    kind,
                    screen,
                    topic,
                    "" if step is None else step,
                    "" if seconds is None else seconds,
                    detail,
                )
            )
    return len(rows)
