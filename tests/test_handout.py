"""The take-home handout PDF: pages, text, fonts, paper, and every way saving can fail.

The PDF is read back with pypdf, as a patient's phone or a clinic PC would read it.
"""

from __future__ import annotations

import errno
import re
import unicodedata
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.app import load_data, run
from kiosk.core.profile import ClinicProfile, load_profile

pypdf = pytest.importorskip("pypdf")

ROOT = Path(__file__).resolve().parents[1]
GW = ROOT / "assets" / "clinic" / "examples" / "gw-hospital.toml"


def languages_present() -> list[str]:
    """English and every language with a translation source in translations/."""
    from kiosk.core import translations as tx

    found = ["en"]
    for lang in tx.translated_languages():
        if (paths.translations() / lang.ts_name).exists():
            found.append(lang.code)
    return found


@pytest.fixture(scope="module")
def loaded():
    return load_data(None)


def write(tmp_path: Path, loaded, language: str, profile: ClinicProfile | None = None) -> Path:
    from kiosk.ui.handout import write_handout

    target = tmp_path / f"handout-{language}.pdf"
    problems = write_handout(target, loaded.content, profile or loaded.profile, language)
    assert problems == []
    return target


def page_texts(path: Path) -> list[str]:
    """Each page's text as a reader sees it: ligatures ("ﬁ") undone, one space between words."""
    pages = pypdf.PdfReader(path).pages
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in pages]


def glyphs_by_font(path: Path) -> dict[str, int]:
    """Base font name -> how many glyphs the pages draw with it (Qt writes two bytes a glyph)."""
    from pypdf.generic import ContentStream

    reader = pypdf.PdfReader(path)
    counts: dict[str, int] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        font = ""
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = str(fonts[operands[0]].get_object()["/BaseFont"])
            elif operator == b"Tj":
                shown = operands[0]
                raw = getattr(shown, "original_bytes", None) or bytes(shown)
                counts[font] = counts.get(font, 0) + len(raw) // 2
    return counts


def font_files(path: Path) -> dict[str, bool]:
    """Base font name -> whether the font program is embedded in the PDF."""
    fonts: dict[str, bool] = {}
    for page in pypdf.PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


@pytest.mark.parametrize("language", languages_present())
def test_handout_in_each_language(qapp, tmp_path: Path, loaded, language: str, record_property):
    from kiosk.core import translations as tx
    from kiosk.ui.handout import CONTEXT, WORDS, translator_for

    target = write(tmp_path, loaded, language)
    translate, _ = translator_for(language)
    assert translate is not None
    texts = page_texts(target)
    record_property("pages", len(texts))
    record_property("bytes", target.stat().st_size)
    # Three pages in English; other scripts run longer, but stay a short handout.
    assert len(texts) == 3 if language == "en" else 3 <= len(texts) <= 5
    whole = "".join(texts)
    flat = "".join(whole.split())  # extraction may break lines anywhere

    def shown(text: str) -> bool:
        # Qt's PDF maps a few CJK ideographs to the radical that shares their glyph (骨 -> ⻣).
        wanted = "".join(unicodedata.normalize("NFKC", text).split())
        pattern = "".join(
            f"(?:{re.escape(c)}|[\u2e80-\u2fdf])" if "\u4e00" <= c <= "\u9fff" else re.escape(c)
            for c in wanted
        )
        return re.search(pattern, flat) is not None

    content = loaded.content
    questions = content.topic("questions").questions
    if tx.language(language).rtl:
        # Qt's PDF maps only a letter's plain form back to text, never its joined forms, so
        # text extraction gives most of shaped Arabic back as nothing: count the glyphs drawn
        # in the Arabic font instead. The questions alone hold this many letters (the pages
        # were looked at as images).
        letters = sum("\u0600" <= c <= "\u06ff" for q in questions for c in translate("content", q))
        drawn = glyphs_by_font(target)
        arabic = sum(count for font, count in drawn.items() if "Arabic" in font)
        assert arabic >= letters > 200, drawn
    else:
        assert shown(translate(CONTEXT, WORDS["title"]))
        assert shown(translate("content", content.topic("kyphoplasty").title))
        assert all(shown(translate("content", q)) for q in questions)
    for phone in loaded.profile.phones:
        assert phone.number in whole
    assert texts[-1].count("202-444-") >= 1  # the contact details end the handout
    fonts = font_files(target)
    assert fonts and all(fonts.values()), f"fonts not embedded: {fonts}"


def test_english_pages_hold_what_they_should(qapp, tmp_path: Path, loaded) -> None:
    texts = page_texts(write(tmp_path, loaded, "en"))
    assert "Your take-home notes" in texts[0]
    assert "A balloon lifts the bone." in texts[0]
    assert "Spinal cord" in texts[0]  # picture labels are real text
    assert "Compare the two" in texts[1] and "Will I be awake?" in texts[1]
    assert "This is general information." in texts[1]
    assert "Questions to ask" in texts[2] and "How to reach us" in texts[2]
    assert "In an emergency, call 911." in texts[2]
    assert "Page 3 of 3" in texts[2]


def test_paper_follows_the_profile(qapp, tmp_path: Path, loaded) -> None:
    from dataclasses import replace

    sizes = {}
    for paper in ("a4", "letter"):
        profile = replace(loaded.profile, paper_size=paper)
        (tmp_path / paper).mkdir()
        target = write(tmp_path / paper, loaded, "en", profile)
        box = pypdf.PdfReader(target).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"a4": (595, 842), "letter": (612, 792)}


def test_a_profile_without_phones_still_makes_a_handout(qapp, tmp_path: Path, loaded) -> None:
    profile, _ = load_profile(GW)
    text = "".join(page_texts(write(tmp_path, loaded, "en", profile)))
    assert "900 23rd Street NW" in text
    assert "The George Washington University Hospital" in text


def test_ticked_questions_come_out_ticked(qapp, loaded) -> None:
    from kiosk.ui.handout import KIND, TICKED, build_handout

    handout, problems = build_handout(
        loaded.content, loaded.profile, "en", checked={"What are my risks?"}
    )
    assert handout is not None and not problems
    boxes = []
    block = handout.document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.stringProperty(KIND) == "box":
                boxes.append(fmt.boolProperty(TICKED))
            fragments += 1
        block = block.next()
    assert len(boxes) == len(loaded.content.topic("questions").questions)
    assert boxes.count(True) == 1 and boxes[5] is True  # "What are my risks?" is the 6th


# --- bad paths ------------------------------------------------------------------------------


def test_missing_folder(qapp, tmp_path: Path, loaded) -> None:
    from kiosk.ui.handout import write_handout

    problems = write_handout(tmp_path / "no" / "h.pdf", loaded.content, loaded.profile, "en")
    assert problems and "does not exist" in problems[0]


def test_read_only_folder(qapp, tmp_path: Path, loaded, monkeypatch) -> None:
    from kiosk.ui import handout

    # Root may write anywhere, so the folder's answer is simulated.
    monkeypatch.setattr(handout.os, "access", lambda path, mode: False)
    problems = handout.write_handout(tmp_path / "h.pdf", loaded.content, loaded.profile, "en")
    assert problems and "read-only" in problems[0]
    assert not list(tmp_path.iterdir())


def test_full_folder_leaves_no_half_file(qapp, tmp_path: Path, loaded, monkeypatch) -> None:
    from kiosk.ui import handout

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(handout.os, "replace", full)
    problems = handout.write_handout(tmp_path / "h.pdf", loaded.content, loaded.profile, "en")
    assert problems and "No space left on device" in problems[0]
    assert not list(tmp_path.iterdir())  # neither the handout nor its temporary file


def test_a_truncated_file_is_caught(tmp_path: Path) -> None:
    from kiosk.ui.handout import _check_written

    broken = tmp_path / "h.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj")
    assert "full" in _check_written(broken)[0]


def test_missing_font(qapp, loaded) -> None:
    from kiosk.core import translations as tx
    from kiosk.ui.handout import build_handout

    if "zh" not in languages_present():
        pytest.skip("no Chinese translation yet")
    handout, problems = build_handout(
        loaded.content, loaded.profile, "zh", families=["DejaVu Sans"]
    )
    assert handout is None
    assert "no font for some characters (Simplified Chinese)" in problems[0]
    assert str(paths.fonts()) in problems[0]
    assert tx.language("zh").rtl is False


def test_unknown_language(qapp, loaded) -> None:
    from kiosk.ui.handout import build_handout

    handout, problems = build_handout(loaded.content, loaded.profile, "xx")
    assert handout is None and "unknown language" in problems[0]


# --- the command line -------------------------------------------------------------------------


def test_command_line_writes_the_pdf(qapp, tmp_path: Path, capsys) -> None:
    target = tmp_path / "handout.pdf"
    assert run(["--handout", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert "Wrote the handout (en)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("where", "message"),
    [("missing/handout.pdf", "does not exist"), (".", "cannot save the handout")],
)
def test_command_line_bad_path(qapp, tmp_path: Path, capsys, where: str, message: str) -> None:
    code = run(["--handout", str(tmp_path / where)])
    err = capsys.readouterr().err
    assert code == 1
    assert message in err and "Traceback" not in err


def test_command_line_missing_font(qapp, tmp_path: Path, capsys, monkeypatch) -> None:
    from kiosk.ui import handout

    original = handout.handout_font
    monkeypatch.setattr(handout, "handout_font", lambda families=None: original(["DejaVu Sans"]))
    if "zh" not in languages_present():
        pytest.skip("no Chinese translation yet")
    code = run(["--handout", str(tmp_path / "h.pdf"), "--lang", "zh"])
    err = capsys.readouterr().err
    assert code == 1 and "no font for some characters" in err and "Traceback" not in err
    assert not (tmp_path / "h.pdf").exists()
