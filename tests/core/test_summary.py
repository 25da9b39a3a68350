"""The take-home QR summary: content, size in every language, and an exact round trip.

Plain pytest, no QApplication: translations are read straight from the Qt Linguist ``.ts``
sources, so every language present in ``translations/`` is measured as it ships.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
import segno
import textstat

from kiosk import paths
from kiosk.core.content import MAX_SUMMARY_POINTS, Content, load_content
from kiosk.core.profile import ClinicProfile, Phone, load_profile
from kiosk.core.summary import MAX_QR_VERSION, qr_version, summary_for

ROOT = Path(__file__).resolve().parents[2]
PROFILES = {
    "default": None,
    "gw-hospital": ROOT / "assets" / "clinic" / "examples" / "gw-hospital.toml",
}
PHONE_CONTEXT = "TakeHomePanel"  # the widget that translates "Phone: %1"


def ts_files() -> dict[str, Path]:
    """Language code -> its .ts source, for every translation present (e.g. kiosk_es.ts)."""
    found: dict[str, Path] = {}
    for path in sorted(paths.translations().glob("*.ts")):
        code = path.stem.rsplit("_", 1)[-1]
        if code != "en":
            found[code] = path
    return found


def ts_messages(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for every non-empty translation in a .ts file."""
    messages: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is not None and translation.text:
                messages[(name, source)] = translation.text
    return messages


def translator(language: str) -> tuple[Callable[[str], str], str]:
    """The content translator and the translated phone line for ``language``."""
    if language == "en":
        return (lambda text: text), "Phone: %1"
    messages = ts_messages(ts_files()[language])
    phone = messages.get((PHONE_CONTEXT, "Phone: %1"), "Phone: %1")
    return (lambda text: messages.get(("content", text), text)), phone


LANGUAGES = ["en", *ts_files()]


@pytest.fixture(scope="module")
def content() -> Content:
    loaded, problems = load_content(paths.content_file())
    assert not problems
    return loaded


@pytest.fixture(scope="module", params=list(PROFILES))
def profile(request) -> ClinicProfile:
    loaded, problems = load_profile(PROFILES[request.param])
    assert not problems
    return loaded


def decode_matrix(text: str) -> str:
    """Encode ``text`` as the kiosk does, then read it back from pixels with ZXing."""
    zxingcpp = pytest.importorskip("zxingcpp")
    code = segno.make(text, error="m", micro=False)
    scale, quiet = 4, 4
    rows = [bytes(0 if dark else 255 for dark in row) for row in code.matrix]
    side = (len(rows) + 2 * quiet) * scale
    white = bytes([255]) * side
    pixels = bytearray()
    pixels += white * quiet * scale
    for row in rows:
        line = bytes([255]) * quiet * scale
        line += b"".join(bytes([value]) * scale for value in row)
        line += bytes([255]) * quiet * scale
        pixels += line * scale
    pixels += white * quiet * scale
    image = memoryview(bytes(pixels)).cast("B", (side, side))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, "the QR code did not decode"
    return found[0].text


# --- the shipped content ----------------------------------------------------------------------


def test_every_topic_has_short_key_points(content: Content) -> None:
    for topic in content.topics:
        assert 1 <= len(topic.summary_points) <= MAX_SUMMARY_POINTS, topic.id


def test_key_points_are_plain_language(content: Content) -> None:
    text = " ".join(
        point if point.endswith((".", "?")) else f"{point}."
        for topic in content.topics
        for point in topic.summary_points
    )
    assert textstat.flesch_kincaid_grade(text) <= 6.0


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_summary_fits_a_small_qr_with_every_point(
    content: Content, profile: ClinicProfile, language: str, record_property
) -> None:
    translate, phone = translator(language)
    versions = {}
    for topic in content.topics:
        summary = summary_for(topic, profile, translate=translate, phone_line=phone)
        versions[topic.id] = summary.version
        assert summary.version <= MAX_QR_VERSION, (topic.id, summary.text)
        assert summary.version == qr_version(summary.text)
        # Only the clinic's name may go to keep it small: every key point stays.
        assert set(summary.left_out) <= {"clinic name"}, (topic.id, summary.left_out)
        for point in topic.summary_points:
            assert translate(point) in summary.text
    record_property("qr_versions", versions)


@pytest.mark.parametrize("language", LANGUAGES)
def test_summary_decodes_back_to_the_exact_text(content: Content, language: str) -> None:
    translate, phone = translator(language)
    profile, _ = load_profile(None)
    for topic in content.topics:
        text = summary_for(topic, profile, translate=translate, phone_line=phone).text
        assert decode_matrix(text) == text


# --- what goes in, in what order ----------------------------------------------------------------


def test_english_summary_reads_as_a_note(content: Content) -> None:
    profile, _ = load_profile(None)
    summary = summary_for(content.topic("kyphoplasty"), profile)
    assert summary.text == (
        "Balloon kyphoplasty\n"
        "- A balloon lifts the bone. Cement fills the space.\n"
        "- Many go home the same day.\n"
        "MedStar Georgetown University Hospital\n"
        "Phone: 202-444-5478"
    )
    assert summary.left_out == ()


def test_translate_and_phone_line_are_used(content: Content) -> None:
    profile, _ = load_profile(None)
    summary = summary_for(
        content.topic("fractures"),
        profile,
        translate=lambda text: f"<{text}>",
        phone_line="Tel. %1 (clinic)",
    )
    lines = summary.text.splitlines()
    assert lines[0] == "<Spine fractures>"
    assert lines[1] == "- <A weak spine bone can break and sink.>"
    assert lines[-1] == "Tel. 202-444-5478 (clinic)"


def test_without_a_phone_the_address_is_given(content: Content) -> None:
    profile, _ = load_profile(PROFILES["gw-hospital"])
    text = summary_for(content.topic("risks"), profile).text
    assert text.endswith("900 23rd Street NW, Washington, DC 20037")


def test_a_profile_with_nothing_still_gives_the_topic(content: Content) -> None:
    text = summary_for(content.topic("risks"), ClinicProfile()).text
    assert text.splitlines()[0] == "Risks and recovery"


def test_too_long_drops_the_name_then_points_never_the_phone(content: Content) -> None:
    profile = ClinicProfile(
        name="A Very Long Clinic Name " * 6, phones=(Phone("Main", "202-444-5478"),)
    )
    topic = content.topic("questions")
    summary = summary_for(topic, profile)
    assert summary.left_out == ("clinic name",)
    assert summary.version <= MAX_QR_VERSION
    tight = summary_for(topic, profile, max_version=3)
    assert tight.left_out == ("clinic name", "key point 3", "key point 2")
    assert tight.text.endswith("Phone: 202-444-5478")
    impossible = summary_for(topic, profile, max_version=1)
    assert impossible.version > 1  # gives its best rather than nothing
    assert "202-444-5478" in impossible.text


# --- the content file's checks ------------------------------------------------------------------

MINIMAL = """
[meta]
last_reviewed = 2026-11-22
[sources.s]
name = "S"
covers = "c"
[labels]
x = "X"
[glossary]
x = "An x."
[disclaimer]
paragraphs = ["General information only."]
[[topic]]
id = "t"
kind = "checklist"
title = "T"
summary = "x"
icon = "mdi6.bone"
sources = ["s"]
questions = ["Q?"]
"""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("summary_points = []", "empty list"),
        ('summary_points = ["a", "b", "c", "d"]', "at most 3"),
        (f'summary_points = ["{"x" * 61}"]', "61 characters"),
        ('summary_points = ["ok", 3]', "expected text"),
        ('summary_points = "one"', "expected a list"),
        ('summary_picture = "no_such_scene"', "unknown picture"),
    ],
)
def test_bad_key_points_are_reported(tmp_path: Path, extra: str, message: str) -> None:
    file = tmp_path / "en.toml"
    file.write_text(MINIMAL.replace('questions = ["Q?"]', f'questions = ["Q?"]\n{extra}'))
    loaded, problems = load_content(file, known_pictures={"collapse"})
    assert any(message in problem.message for problem in problems), problems
    assert any("summary_p" in problem.key for problem in problems)
    assert loaded.topics  # the topic still shows


def test_good_key_points_load(tmp_path: Path) -> None:
    file = tmp_path / "en.toml"
    extra = 'summary_points = ["One.", "Two."]\nsummary_picture = "collapse"'
    file.write_text(MINIMAL.replace('questions = ["Q?"]', f'questions = ["Q?"]\n{extra}'))
    loaded, problems = load_content(file, known_pictures={"collapse"})
    assert problems == []
    assert loaded.topics[0].summary_points == ("One.", "Two.")
    assert loaded.topics[0].summary_picture == "collapse"
