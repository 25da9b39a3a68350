"""The education content: model, loader and validation. No Qt here.

The English source lives in ``assets/content/en.toml``; every string a patient sees is
there, never in widget code. Translations (later) map these English strings through Qt's
translator at display time, so the model keeps the source text.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast, get_args

from kiosk.core.problems import Problem

TopicKind = Literal["steps", "compare", "checklist"]


@dataclass(frozen=True)
class Step:
    """One screen of a topic: a picture and one to three short sentences."""

    picture: str  # a scene name from kiosk.ui.art
    text: str
    alt: str  # what the picture shows, for screen readers


@dataclass(frozen=True)
class CompareRow:
    label: str
    cells: tuple[str, ...]  # one per compare column


@dataclass(frozen=True)
class Topic:
    id: str
    kind: TopicKind
    title: str
    summary: str  # one short line under the title on the Home tile
    icon: str  # a qtawesome icon name, e.g. "mdi6.bone"
    sources: tuple[str, ...]  # Source ids
    intro: str = ""  # compare / checklist: a sentence above the table or list
    steps: tuple[Step, ...] = ()  # kind == "steps"
    columns: tuple[str, ...] = ()  # kind == "compare": column headings
    column_pictures: tuple[str, ...] = ()  # kind == "compare": one scene per column
    rows: tuple[CompareRow, ...] = ()  # kind == "compare"
    questions: tuple[str, ...] = ()  # kind == "checklist"
    # "Take this home": the key points the QR code and the handout carry, and the handout's
    # picture for the topic (a scene name, or "" for none).
    summary_points: tuple[str, ...] = ()
    summary_picture: str = ""


@dataclass(frozen=True)
class Source:
    id: str
    name: str  # the short name shown on the About screen
    covers: str  # what was taken from it


@dataclass(frozen=True)
class Content:
    last_reviewed: str  # ISO date, e.g. "2026-11-01"
    topics: tuple[Topic, ...]
    sources: tuple[Source, ...]
    labels: dict[str, str] = field(default_factory=dict)  # illustration label key -> text
    glossary: dict[str, str] = field(default_factory=dict)  # term -> plain definition
    disclaimer: tuple[str, ...] = ()  # paragraphs for the About screen

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


# --- Loading and checking ---------------------------------------------------------------------

MAX_SENTENCES = 3
# The take-home QR code must stay small in every language (see kiosk/core/summary.py):
# a few short points, each a line on a phone screen.
MAX_SUMMARY_POINTS = 3
MAX_SUMMARY_POINT_CHARS = 60

_TOP_KEYS = ("meta", "sources", "labels", "glossary", "disclaimer", "topic")
_TOPIC_KEYS = (
    "id",
    "kind",
    "title",
    "summary",
    "icon",
    "sources",
    "summary_points",
    "summary_picture",
)
_KIND_KEYS: dict[str, tuple[str, ...]] = {
    "steps": ("step",),
    "compare": ("intro", "columns", "column_pictures", "row"),
    "checklist": ("intro", "questions"),
}
_ANY_KIND_KEYS = ("step", "intro", "columns", "column_pictures", "row", "questions")
_TYPE_NAMES: dict[type, str] = {
    str: "text",
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    list: "a list",
    dict: "a table",
    datetime.date: "a date",
    datetime.datetime: "a date and time",
    datetime.time: "a time",
}


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences: runs ending in . ! or ? followed by a space or the end.

    Content avoids abbreviations with full stops ("e.g.", "Dr."), so this simple rule is exact
    for it.
    """
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [part for part in parts if re.search(r"\w", part)]


def load_content(
    path: Path,
    known_pictures: Collection[str] | None = None,
    known_icons: Callable[[str], bool] | None = None,
    scene_labels: Mapping[str, tuple[str, ...]] | None = None,
) -> tuple[Content, list[Problem]]:
    """Read and check a content file. Never raises for a bad file.

    ``known_pictures`` are the scene names a step may use, ``known_icons`` tells whether an
    icon name exists, and ``scene_labels`` maps a scene name to the label keys it draws (each
    must have a text in ``[labels]``). A check is skipped when its argument is ``None``.
    Returns whatever could be read, plus one :class:`Problem` per thing to fix; topics that
    have nothing to show are left out, so the app can always start.
    """
    file = str(path)
    try:
        if path.is_dir():  # Windows says "permission denied" for a folder
            return _EMPTY, [Problem(file, "", "expected the content file, but this is a folder")]
        raw = path.read_bytes()
    except FileNotFoundError:
        return _EMPTY, [Problem(file, "", "the content file does not exist")]
    except OSError as error:
        reason = error.strerror or error
        return _EMPTY, [Problem(file, "", f"cannot read the content file ({reason})")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = "not a text file saved as UTF-8: save it as UTF-8 in your editor"
        return _EMPTY, [Problem(file, "", message, line)]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line = _split_location(str(error))
        return _EMPTY, [Problem(file, "", f"not valid TOML: {message}", line)]
    except RecursionError:  # absurdly deep nesting: tomllib reads lists recursively
        return _EMPTY, [Problem(file, "", "not valid TOML: nested too deeply to read")]
    checker = _Checker(file, text, known_pictures, known_icons, scene_labels)
    return checker.content(data), checker.problems


_EMPTY = Content(last_reviewed="", topics=(), sources=())


def _split_location(message: str) -> tuple[str, int | None]:
    """Take tomllib's "(at line N, column M)" out of ``message``: the line goes into Problem."""
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
    if not match:
        return message, None
    return f"{message[: match.start()]} at column {match.group(2)}", int(match.group(1))


def _join(path: str, key: str | int) -> str:
    return f"{path}.{key}" if path else str(key)


def _count(items: Collection[object], noun: str) -> str:
    return f"{len(items)} {noun}" if len(items) == 1 else f"{len(items)} {noun}s"


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


_HEADER = re.compile(r"^\s*\[(\[)?\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=\s*(\[\s*(#.*)?$)?""")
_ITEM = re.compile(r"""^\s*["'{\[0-9tf-]""")


def _key_lines(text: str) -> dict[str, int]:
    """Map each dotted key path (``topic.2.step.0.text``) to the line that defines it.

    A light line scan, good enough for the content file's plain layout: table headers, array
    tables, ``key = value`` lines and multi-line lists with one item per line.
    """
    lines: dict[str, int] = {}
    array_counts: dict[str, int] = {}  # resolved array-table path -> index of its last entry
    table = ""
    open_list: str | None = None  # path of a multi-line list being read
    list_index = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if open_list is not None:
            if line.strip().startswith("]"):
                open_list = None
            elif _ITEM.match(line):
                lines.setdefault(_join(open_list, list_index), number)
                list_index += 1
            continue
        if header := _HEADER.match(line):
            parts = [part.strip().strip("\"'") for part in header.group(2).split(".")]
            resolved = ""
            for part in parts[:-1]:
                resolved = _join(resolved, part)
                if resolved in array_counts:
                    resolved = _join(resolved, array_counts[resolved])
            resolved = _join(resolved, parts[-1])
            if header.group(1):
                array_counts[resolved] = array_counts.get(resolved, -1) + 1
                resolved = _join(resolved, array_counts[resolved])
            table = resolved
            lines.setdefault(table, number)
        elif key := _KEY.match(line):
            path = _join(table, key.group(1).strip("\"'"))
            lines.setdefault(path, number)
            if key.group(2):
                open_list, list_index = path, 0
    return lines


class _Checker:
    """Turns parsed TOML into a :class:`Content`, collecting a Problem for each fault."""

    def __init__(
        self,
        file: str,
        text: str,
        known_pictures: Collection[str] | None,
        known_icons: Callable[[str], bool] | None,
        scene_labels: Mapping[str, tuple[str, ...]] | None,
    ) -> None:
        self.file = file
        self.lines = _key_lines(text)
        self.known_pictures = known_pictures
        self.known_icons = known_icons
        self.scene_labels = scene_labels
        self.problems: list[Problem] = []
        self.pictures_used: list[tuple[str, str]] = []  # (key path, scene name)

    # -- reporting

    def add(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.file, key, message, self.line(key)))

    def line(self, key: str) -> int | None:
        """The line of ``key``, or of the nearest enclosing key the scan found."""
        parts = key.split(".")
        while parts:
            found = self.lines.get(".".join(parts))
            if found is not None:
                return found
            parts.pop()
        return None

    # -- typed getters: each reports a problem and returns an empty value when it must

    def value(self, table: Mapping[str, Any], key: str, path: str, kind: type) -> Any:
        """``table[key]`` if it is a ``kind``; ``None`` (and a problem) if missing or wrong."""
        where = _join(path, key)
        if key not in table:
            self.add(where, f"missing: expected {_TYPE_NAMES[kind]}")
            return None
        value = table[key]
        if not isinstance(value, kind):
            self.add(where, f"expected {_TYPE_NAMES[kind]}, found {_type_name(value)}")
            return None
        return value

    def text(self, table: Mapping[str, Any], key: str, path: str) -> str:
        value = self.value(table, key, path, str)
        if value is None:
            return ""
        if not value.strip():
            self.add(_join(path, key), "empty text: write something here")
        return value.strip()

    def texts(self, table: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        """A list of non-empty texts; wrong items are reported and left out."""
        values = self.value(table, key, path, list)
        result: list[str] = []
        for index, item in enumerate(values or ()):
            where = _join(_join(path, key), index)
            if not isinstance(item, str):
                self.add(where, f"expected text, found {_type_name(item)}")
            elif not item.strip():
                self.add(where, "empty text: write something here or remove the item")
            else:
                result.append(item.strip())
        return tuple(result)

    def table(self, table: Mapping[str, Any], key: str, path: str) -> dict[str, Any]:
        return self.value(table, key, path, dict) or {}

    def tables(
        self, table: Mapping[str, Any], key: str, path: str
    ) -> list[tuple[str, dict[str, Any]]]:
        """An array of tables, as (key path, table) pairs; non-tables are reported."""
        result: list[tuple[str, dict[str, Any]]] = []
        for index, item in enumerate(self.value(table, key, path, list) or ()):
            where = _join(_join(path, key), index)
            if isinstance(item, dict):
                result.append((where, item))
            else:
                self.add(
                    where, f"expected a table ([[{_join(path, key)}]]), found {_type_name(item)}"
                )
        return result

    def text_table(self, table: Mapping[str, Any], key: str) -> dict[str, str]:
        """A table of name = text pairs, such as [labels] and [glossary]."""
        result: dict[str, str] = {}
        for name, value in self.table(table, key, "").items():
            if isinstance(value, str) and value.strip():
                result[name] = value.strip()
            elif isinstance(value, str):
                self.add(_join(key, name), "empty text: write something here")
            else:
                self.add(_join(key, name), f"expected text, found {_type_name(value)}")
        return result

    def unknown_keys(self, table: Mapping[str, Any], allowed: Collection[str], path: str) -> None:
        for key in table:
            if key not in allowed:
                expected = ", ".join(allowed)
                self.add(_join(path, key), f"unknown key; expected one of: {expected}")

    def picture(self, table: Mapping[str, Any], key: str, path: str) -> str:
        name = self.text(table, key, path)
        if name:
            self.check_picture(name, _join(path, key))
        return name

    def check_picture(self, name: str, where: str) -> None:
        if self.known_pictures is not None and name not in self.known_pictures:
            self.add(where, f"unknown picture {name!r}: use a scene from docs/illustrations.md")
        self.pictures_used.append((where, name))

    # -- the file, part by part

    def content(self, data: Mapping[str, Any]) -> Content:
        self.unknown_keys(data, _TOP_KEYS, "")
        last_reviewed = self.last_reviewed(data)
        sources = self.sources(data)
        labels = self.text_table(data, "labels")
        glossary = self.text_table(data, "glossary")
        disclaimer: tuple[str, ...] = ()
        if (disclaimer_table := self.value(data, "disclaimer", "", dict)) is not None:
            self.unknown_keys(disclaimer_table, ("paragraphs",), "disclaimer")
            disclaimer = self.texts(disclaimer_table, "paragraphs", "disclaimer")
        known_sources = {source.id for source in sources}
        topics: list[Topic] = []
        for path, raw in self.tables(data, "topic", ""):
            topic = self.topic(raw, path, known_sources)
            if topic is None:
                continue
            if any(other.id == topic.id for other in topics):
                self.add(_join(path, "id"), f"duplicate topic id {topic.id!r}; ids must differ")
                continue
            topics.append(topic)
        if "topic" in data and not topics:
            self.add("topic", "no usable topic: the Home screen would be empty")
        self.check_labels(labels)
        return Content(
            last_reviewed=last_reviewed,
            topics=tuple(topics),
            sources=tuple(sources),
            labels=labels,
            glossary=glossary,
            disclaimer=disclaimer,
        )

    def last_reviewed(self, data: Mapping[str, Any]) -> str:
        meta = self.value(data, "meta", "", dict)
        if meta is None:
            return ""
        self.unknown_keys(meta, ("last_reviewed",), "meta")
        if "last_reviewed" not in meta:
            self.add("meta.last_reviewed", "missing: expected a date such as 2026-11-22")
            return ""
        value = meta["last_reviewed"]
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except (TypeError, ValueError):
            self.add("meta.last_reviewed", f"expected a date such as 2026-11-22, found {value!r}")
            return ""

    def sources(self, data: Mapping[str, Any]) -> list[Source]:
        result: list[Source] = []
        for source_id, raw in self.table(data, "sources", "").items():
            path = _join("sources", source_id)
            if not isinstance(raw, dict):
                self.add(path, f"expected a table ([{path}]), found {_type_name(raw)}")
                continue
            self.unknown_keys(raw, ("name", "covers"), path)
            result.append(
                Source(source_id, self.text(raw, "name", path), self.text(raw, "covers", path))
            )
        return result

    def topic(
        self, raw: Mapping[str, Any], path: str, known_sources: Collection[str]
    ) -> Topic | None:
        """One [[topic]]; ``None`` when it has no usable id, kind or title, or nothing to show."""
        topic_id = self.text(raw, "id", path)
        kind = self.text(raw, "kind", path)
        if kind and kind not in get_args(TopicKind):
            self.add(
                _join(path, "kind"),
                f"unknown kind {kind!r}; expected one of: steps, compare, checklist",
            )
            kind = ""
        # With a bad kind, any kind's keys may be meant: only report keys no kind knows.
        kind_keys = _KIND_KEYS[kind] if kind else _ANY_KIND_KEYS
        self.unknown_keys(raw, _TOPIC_KEYS + kind_keys, path)
        title = self.text(raw, "title", path)
        summary = self.text(raw, "summary", path)
        icon = self.text(raw, "icon", path)
        if icon and self.known_icons is not None and not self.known_icons(icon):
            self.add(
                _join(path, "icon"),
                f"unknown icon {icon!r}: use a qtawesome name such as mdi6.bone",
            )
        cited = self.texts(raw, "sources", path)
        if "sources" in raw and isinstance(raw["sources"], list) and not raw["sources"]:
            self.add(_join(path, "sources"), "empty list: cite at least one source id")
        for index, source_id in enumerate(cited):
            if source_id not in known_sources:
                self.add(
                    _join(_join(path, "sources"), index),
                    f"unknown source id {source_id!r}: add it to [sources]",
                )
        points = self.summary_points(raw, path)
        picture = self.picture(raw, "summary_picture", path) if "summary_picture" in raw else ""
        if not topic_id or not kind or not title:  # no title: a blank Home tile and page
            return None
        topic = Topic(
            topic_id,
            cast(TopicKind, kind),
            title,
            summary,
            icon,
            cited,
            summary_points=points,
            summary_picture=picture,
        )
        if kind == "steps":
            return self.steps(topic, raw, path)
        if kind == "compare":
            return self.compare(topic, raw, path)
        return self.checklist(topic, raw, path)

    def summary_points(self, raw: Mapping[str, Any], path: str) -> tuple[str, ...]:
        """Optional; when given, 1 to MAX_SUMMARY_POINTS short texts (the QR must stay small)."""
        if "summary_points" not in raw:
            return ()
        points = self.texts(raw, "summary_points", path)
        where = _join(path, "summary_points")
        if isinstance(raw["summary_points"], list) and not raw["summary_points"]:
            self.add(where, "empty list: give 1 to 3 key points, or leave the key out")
        if len(points) > MAX_SUMMARY_POINTS:
            self.add(
                where,
                f"{len(points)} points: give at most {MAX_SUMMARY_POINTS}, "
                "so the take-home QR code stays small",
            )
            points = points[:MAX_SUMMARY_POINTS]
        for index, point in enumerate(points):
            if len(point) > MAX_SUMMARY_POINT_CHARS:
                self.add(
                    _join(where, index),
                    f"{len(point)} characters: keep a key point to "
                    f"{MAX_SUMMARY_POINT_CHARS} or fewer, so the take-home QR code stays small",
                )
        return points

    def steps(self, topic: Topic, raw: Mapping[str, Any], path: str) -> Topic | None:
        steps: list[Step] = []
        for where, step in self.tables(raw, "step", path):
            self.unknown_keys(step, ("picture", "text", "alt"), where)
            picture = self.picture(step, "picture", where)
            text = self.text(step, "text", where)
            alt = self.text(step, "alt", where)
            count = len(sentences(text))
            if text and not 1 <= count <= MAX_SENTENCES:
                self.add(
                    _join(where, "text"),
                    f"{count} sentences: a step has 1 to {MAX_SENTENCES}; split it into two steps",
                )
            if text:
                steps.append(Step(picture, text, alt))
        if not steps:
            self.add(_join(path, "step"), "no steps: add at least one [[topic.step]]")
            return None
        return replace(topic, steps=tuple(steps))

    def compare(self, topic: Topic, raw: Mapping[str, Any], path: str) -> Topic | None:
        intro = self.text(raw, "intro", path) if "intro" in raw else ""
        columns = self.texts(raw, "columns", path)
        if "columns" in raw and len(columns) < 2:
            self.add(_join(path, "columns"), "a comparison needs at least 2 columns")
        pictures: tuple[str, ...] = ()
        if "column_pictures" in raw:
            pictures = self.texts(raw, "column_pictures", path)
            if len(pictures) != len(columns):
                self.add(
                    _join(path, "column_pictures"),
                    f"{_count(pictures, 'picture')} for {_count(columns, 'column')}: "
                    "give one per column",
                )
                pictures = ()
            for index, name in enumerate(pictures):
                self.check_picture(name, _join(_join(path, "column_pictures"), index))
        rows: list[CompareRow] = []
        for where, row in self.tables(raw, "row", path):
            self.unknown_keys(row, ("label", "cells"), where)
            label = self.text(row, "label", where)
            cells = self.texts(row, "cells", where)
            if "cells" in row and len(cells) != len(columns):
                self.add(
                    _join(where, "cells"),
                    f"{_count(cells, 'cell')} for {_count(columns, 'column')}: give one per column",
                )
            elif label and cells:
                rows.append(CompareRow(label, cells))
        if len(columns) < 2 or not rows:
            if "row" in raw and not rows:
                self.add(_join(path, "row"), "no usable rows: add at least one [[topic.row]]")
            return None
        return replace(
            topic, intro=intro, columns=columns, column_pictures=pictures, rows=tuple(rows)
        )

    def checklist(self, topic: Topic, raw: Mapping[str, Any], path: str) -> Topic | None:
        intro = self.text(raw, "intro", path) if "intro" in raw else ""
        questions = self.texts(raw, "questions", path)
        if not questions:
            if "questions" in raw:
                self.add(_join(path, "questions"), "no questions: a checklist needs at least one")
            return None
        return replace(topic, intro=intro, questions=questions)

    def check_labels(self, labels: Mapping[str, str]) -> None:
        """Every label key drawn by a picture in use must have a text in [labels]."""
        if self.scene_labels is None:
            return
        missing: dict[str, str] = {}  # label key -> the first picture that needs it
        for where, name in self.pictures_used:
            for key in self.scene_labels.get(name, ()):
                if key not in labels:
                    missing.setdefault(key, f"{name!r} ({where})")
        for key, user in missing.items():
            self.add(_join("labels", key), f"missing label text, needed by the picture {user}")
