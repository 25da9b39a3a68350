"""The shipped English content and the content loader (plain pytest, no QApplication)."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import textstat

from kiosk import paths
from kiosk.core.content import Content, Topic, load_content, sentences

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "docs" / "illustrations.md"

TOPIC_IDS = ["fractures", "kyphoplasty", "vertebroplasty", "compare", "risks", "questions"]
MAX_GRADE = 6.0


# --- what the content is checked against ------------------------------------------------------


def catalogue_scenes() -> dict[str, tuple[str, ...]]:
    """Scene name -> label keys, from the scene table in docs/illustrations.md."""
    scenes: dict[str, tuple[str, ...]] = {}
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"`\w+`", cells[0]):
            labels = tuple(label.strip() for label in cells[3].split(",") if label.strip())
            scenes[cells[0].strip("`")] = labels
    return scenes


def scene_labels() -> dict[str, tuple[str, ...]]:
    """The registered scenes when the art package is importable, else the documented ones."""
    try:
        from kiosk.ui.art import SCENES
    except ImportError:
        return catalogue_scenes()
    return {name: scene.labels for name, scene in SCENES.items()}


def mdi6_icon_exists() -> Callable[[str], bool]:
    """Checks "mdi6.name" against qtawesome's charmap file, without starting Qt."""
    spec = importlib.util.find_spec("qtawesome")
    assert spec is not None and spec.submodule_search_locations
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    charmaps = sorted(fonts.glob("materialdesignicons6-webfont-charmap*.json"))
    assert charmaps, f"no Material Design Icons 6 charmap in {fonts}"
    names = set(json.loads(charmaps[0].read_text(encoding="utf-8")))
    return lambda icon: icon.startswith("mdi6.") and icon.removeprefix("mdi6.") in names


@pytest.fixture(scope="module")
def shipped() -> Content:
    labels = scene_labels()
    content, problems = load_content(
        paths.content_file(),
        known_pictures=labels.keys(),
        known_icons=mdi6_icon_exists(),
        scene_labels=labels,
    )
    assert problems == [], "\n".join(str(problem) for problem in problems)
    return content


def as_sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."


def page_text(topic: Topic) -> str:
    """Everything a patient reads on one topic page, as running text."""
    if topic.kind == "steps":
        return " ".join(step.text for step in topic.steps)
    parts = [topic.intro, *topic.columns, *topic.questions]
    for row in topic.rows:
        parts += [row.label, *row.cells]
    return " ".join(as_sentence(part) for part in parts if part)


def every_patient_string(content: Content) -> list[str]:
    strings: list[str] = [*content.labels.values(), *content.glossary.values()]
    strings += content.disclaimer
    for topic in content.topics:
        strings += [topic.title, topic.summary, topic.intro, *topic.columns, *topic.questions]
        strings += [text for step in topic.steps for text in (step.text, step.alt)]
        strings += [text for row in topic.rows for text in (row.label, *row.cells)]
    return strings


# --- the shipped content ----------------------------------------------------------------------


def test_shipped_content_loads_without_problems(shipped: Content) -> None:
    assert shipped.last_reviewed == "2026-11-22"


def test_topics_in_home_order(shipped: Content) -> None:
    assert [topic.id for topic in shipped.topics] == TOPIC_IDS
    kinds = {topic.id: topic.kind for topic in shipped.topics}
    assert kinds["compare"] == "compare"
    assert kinds["questions"] == "checklist"
    assert {kinds[i] for i in ("fractures", "kyphoplasty", "vertebroplasty", "risks")} == {"steps"}


def test_steps_are_short(shipped: Content) -> None:
    for topic in shipped.topics:
        if topic.kind == "steps":
            assert 5 <= len(topic.steps) <= 9, topic.id
        for number, step in enumerate(topic.steps, start=1):
            assert 1 <= len(sentences(step.text)) <= 3, f"{topic.id} step {number}: {step.text}"
            assert step.alt, f"{topic.id} step {number} has no alt text"


def test_key_pictures(shipped: Content) -> None:
    pictures = {topic.id: [step.picture for step in topic.steps] for topic in shipped.topics}
    assert "collapse" in pictures["fractures"]
    assert {"balloon_inflate", "cement_fill"} <= set(pictures["kyphoplasty"])
    assert "vp_cement" in pictures["vertebroplasty"]
    compare = shipped.topic("compare")
    assert compare.columns == ("Balloon kyphoplasty", "Vertebroplasty")
    assert compare.column_pictures == ("kp_done", "vp_cement")
    assert len(compare.rows) >= 6


def test_every_catalogue_label_has_text(shipped: Content) -> None:
    needed = {label for labels in catalogue_scenes().values() for label in labels}
    assert needed, "could not read the scene table in docs/illustrations.md"
    assert sorted(needed - shipped.labels.keys()) == []


def pages(content: Content) -> dict[str, str]:
    result = {topic.id: page_text(topic) for topic in content.topics}
    result["disclaimer"] = " ".join(content.disclaimer)
    result["glossary"] = " ".join(content.glossary.values())
    return result


@pytest.mark.parametrize("page", [*TOPIC_IDS, "disclaimer", "glossary"])
def test_readability(shipped: Content, page: str, record_property) -> None:
    text = pages(shipped)[page]
    grade = textstat.flesch_kincaid_grade(text)
    record_property("flesch_kincaid_grade", grade)
    assert grade <= MAX_GRADE, f"{page}: Flesch-Kincaid grade {grade} > {MAX_GRADE}"


def test_readability_summary(shipped: Content) -> None:
    """All grades in one message, so a failing run shows the whole picture."""
    grades = {page: textstat.flesch_kincaid_grade(text) for page, text in pages(shipped).items()}
    summary = ", ".join(f"{page} {grade}" for page, grade in grades.items())
    assert max(grades.values()) <= MAX_GRADE, f"Flesch-Kincaid grades: {summary}"


def test_known_source_errors_are_not_repeated(shipped: Content) -> None:
    text = " ".join(every_patient_string(shipped)).lower()
    for wrong in (
        "within the spinal cord",
        "compressed within",
        "vertebrate",
        "increase your recovery time",
        "increase recovery time",
        "longer recovery",
    ):
        assert wrong not in text
    assert "behind" in page_text(shipped.topic("fractures")).lower()  # where the cord really is


def test_no_marketing_words(shipped: Content) -> None:
    text = " ".join(every_patient_string(shipped))
    for word in ("world-class", "fellowship", "board-certified", "advanced", "best"):
        assert not re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE), word


def test_one_spelling_of_anesthesia(shipped: Content) -> None:
    assert "anaesthe" not in " ".join(every_patient_string(shipped)).lower()


def test_glossary_terms(shipped: Content) -> None:
    required = [
        "vertebra",
        "vertebral body",
        "disc",
        "spinal cord",
        "osteoporosis",
        "fluoroscopy",
        "sedation",
        "anesthesia",
        "general anesthesia",
        "local anesthesia",
        "outpatient",
        "bone cement",
        "compression fracture",
        "kyphoplasty",
        "vertebroplasty",
        "MRI",
        "X-ray",
        "bone scan",
    ]
    assert [term for term in required if term not in shipped.glossary] == []


def test_sources_and_disclaimer(shipped: Content) -> None:
    names = [source.name for source in shipped.sources]
    for short in (
        "MedStar Georgetown",
        "GW Hospital",
        "NHS North Bristol",
        "NICE TA279",
        "NICE IPG166",
        "Medtronic Kyphon",
        "Emory Healthcare",
    ):
        assert any(name.startswith(short) for name in names), short
    assert all(topic.sources for topic in shipped.topics)
    disclaimer = " ".join(shipped.disclaimer)
    assert "911" in disclaimer
    assert "not medical advice" in disclaimer
    assert "911" in page_text(shipped.topic("risks"))


def test_checklist_asks_the_brief_questions(shipped: Content) -> None:
    questions = shipped.topic("questions").questions
    assert len(questions) >= 11
    assert all(question.endswith("?") for question in questions)


# --- broken files -----------------------------------------------------------------------------

MINIMAL = """\
[meta]
last_reviewed = "2026-11-22"

[sources.a]
name = "Source A"
covers = "Everything"

[labels]
vertebra = "Vertebra"
disc = "Disc"

[glossary]
vertebra = "A bone of the spine."

[disclaimer]
paragraphs = ["General information only."]

[[topic]]
id = "one"
kind = "steps"
title = "One"
summary = "The first topic"
icon = "mdi6.bone"
sources = ["a"]

[[topic.step]]
picture = "spine_side"
text = "A short step. It has two sentences."
alt = "A spine."

[[topic]]
id = "two"
kind = "compare"
title = "Two"
summary = "A comparison"
icon = "mdi6.bone"
sources = ["a"]
intro = "How they differ."
columns = ["Left", "Right"]
column_pictures = ["spine_side", "spine_side"]

[[topic.row]]
label = "Size"
cells = ["Big", "Small"]

[[topic]]
id = "three"
kind = "checklist"
title = "Three"
summary = "Questions"
icon = "mdi6.bone"
sources = ["a"]
questions = [
    "Why?",
    "How?",
]
"""


def load(tmp_path: Path, text: str) -> tuple[Path, Content, list]:
    path = tmp_path / "content.toml"
    path.write_text(text, encoding="utf-8")
    content, problems = load_content(
        path,
        known_pictures={"spine_side"},
        known_icons=lambda icon: icon == "mdi6.bone",
        scene_labels={"spine_side": ("vertebra", "disc")},
    )
    return path, content, problems


def line_of(text: str, snippet: str) -> int:
    return text[: text.index(snippet)].count("\n") + 1


def test_minimal_file_is_clean(tmp_path: Path) -> None:
    _, content, problems = load(tmp_path, MINIMAL)
    assert problems == []
    assert [topic.id for topic in content.topics] == ["one", "two", "three"]
    assert content.topic("three").questions == ("Why?", "How?")


# (what is broken, text replaced, replacement, key of the expected problem)
BROKEN = [
    ("syntax error", 'title = "One"', 'title = "One', ""),
    ("missing title", 'title = "One"\n', "", "topic.0.title"),
    ("wrong type", 'title = "One"', "title = 5", "topic.0.title"),
    (
        "unknown key",
        'summary = "The first topic"',
        'summary = "x"\ncolour = "red"',
        "topic.0.colour",
    ),
    ("unknown top-level key", "[meta]", 'theme = "dark"\n[meta]', "theme"),
    ("unknown kind", 'kind = "steps"', 'kind = "slides"', "topic.0.kind"),
    ("unknown icon", 'icon = "mdi6.bone"', 'icon = "mdi6.spine"', "topic.0.icon"),
    (
        "four sentences",
        "A short step. It has two sentences.",
        "One. Two. Three. Four.",
        "topic.0.step.0.text",
    ),
    ("empty text", "A short step. It has two sentences.", "  ", "topic.0.step.0.text"),
    (
        "unknown picture",
        'picture = "spine_side"',
        'picture = "spine_sideways"',
        "topic.0.step.0.picture",
    ),
    ("missing label", 'disc = "Disc"\n', "", "labels.disc"),
    ("unknown source id", 'sources = ["a"]', 'sources = ["b"]', "topic.0.sources.0"),
    ("bad compare row", '["Big", "Small"]', '["Big"]', "topic.1.row.0.cells"),
    (
        "column pictures",
        '["spine_side", "spine_side"]',
        '["spine_side"]',
        "topic.1.column_pictures",
    ),
    ("duplicate id", 'id = "two"', 'id = "one"', "topic.1.id"),
    (
        "empty checklist",
        'questions = [\n    "Why?",\n    "How?",\n]',
        "questions = []",
        "topic.2.questions",
    ),
    ("question not text", '"How?"', "42", "topic.2.questions.1"),
    ("bad date", '"2026-11-22"', '"22/11/2026"', "meta.last_reviewed"),
    (
        "no disclaimer",
        '[disclaimer]\nparagraphs = ["General information only."]\n',
        "",
        "disclaimer",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "key"), [case[1:] for case in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_broken_file_gives_a_problem(tmp_path: Path, old: str, new: str, key: str) -> None:
    assert old in MINIMAL
    text = MINIMAL.replace(old, new, 1)
    path, content, problems = load(tmp_path, text)
    assert isinstance(content, Content)
    assert problems, "no problem reported"
    assert all(problem.file == str(path) for problem in problems)
    assert key in [problem.key for problem in problems], [str(p) for p in problems]
    assert all(problem.line is None or problem.line >= 1 for problem in problems)


@pytest.mark.parametrize(
    "topics", ["topic = 5\n", "topic = []\n", ""], ids=["number", "empty", "none"]
)
def test_no_topics(tmp_path: Path, topics: str) -> None:
    text = topics + MINIMAL.split("[[topic]]")[0]
    _, content, problems = load(tmp_path, text)
    assert content.topics == ()
    assert content.glossary == {"vertebra": "A bone of the spine."}
    assert "topic" in [problem.key for problem in problems]


def test_problem_lines_point_at_the_key(tmp_path: Path) -> None:
    text = MINIMAL.replace('picture = "spine_side"', 'picture = "nope"')
    _, _, problems = load(tmp_path, text)
    assert [(p.key, p.line) for p in problems] == [
        ("topic.0.step.0.picture", line_of(text, 'picture = "nope"'))
    ]
    text = MINIMAL.replace('"How?"', "42")
    _, _, problems = load(tmp_path, text)
    assert [(p.key, p.line) for p in problems] == [("topic.2.questions.1", line_of(text, "42"))]


def test_syntax_error_has_its_line(tmp_path: Path) -> None:
    text = MINIMAL.replace('title = "Two"', "title = Two")
    _, content, problems = load(tmp_path, text)
    assert content.topics == ()
    assert [(p.key, p.line) for p in problems] == [("", line_of(text, "title = Two"))]
    assert "TOML" in problems[0].message


def test_a_broken_topic_leaves_the_others(tmp_path: Path) -> None:
    text = MINIMAL.replace('kind = "steps"', 'kind = "slides"')
    _, content, _ = load(tmp_path, text)
    assert [topic.id for topic in content.topics] == ["two", "three"]


@pytest.mark.parametrize("data", [b"\xff\xfe not text", None], ids=["not utf-8", "missing"])
def test_unreadable_file(tmp_path: Path, data: bytes | None) -> None:
    path = tmp_path / "content.toml"
    if data is not None:
        path.write_bytes(data)
    content, problems = load_content(path)
    assert content.topics == ()
    assert [(p.file, p.key) for p in problems] == [(str(path), "")]


@pytest.mark.parametrize(
    "value", ["5", "[]", "{}", '""', "[1, {}]", "true", "1979-05-27", "{a = 1}"]
)
def test_any_value_of_any_type_never_raises(tmp_path: Path, value: str) -> None:
    """Put ``value`` in place of every value in turn, and delete every line in turn."""
    lines = MINIMAL.splitlines()
    for index, line in enumerate(lines):
        for variant in (re.sub(r"=.*$", f"= {value}", line), ""):
            if variant == line:
                continue
            text = "\n".join([*lines[:index], variant, *lines[index + 1 :]])
            _, content, _ = load(tmp_path, text)
            assert isinstance(content, Content)
