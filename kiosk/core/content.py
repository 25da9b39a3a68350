"""The education content: model, loader and validation. No Qt here.

The English source lives in ``assets/content/en.toml``; every string a patient sees is
there, never in widget code. Translations (later) map these English strings through Qt's
translator at display time, so the model keeps the source text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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
