"""The translation files: complete, placeholder-consistent, current, compiled in sync. No Qt."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.core import translations as tx
from kiosk.core.content import load_content
from kiosk.core.profile import LANGUAGE_CODES, load_profile

LANGS = tx.translated_languages()


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content(paths.content_file())
    assert not problems
    return loaded


def messages(lang: tx.Language) -> list[tx.Message]:
    return tx.read_ts(paths.translations() / lang.ts_name)


def test_the_shipped_languages_are_the_ones_a_profile_may_offer():
    assert tuple(lang.code for lang in tx.LANGUAGES) == LANGUAGE_CODES
    assert [lang.code for lang in LANGS] == ["es", "zh", "vi", "ar"]
    assert [lang.rtl for lang in tx.LANGUAGES] == [False, False, False, False, True]
    assert tx.language("zh").locale == "zh_CN"  # Simplified, as Qt names it
    assert tx.language("zh_CN") is tx.language("zh")
    with pytest.raises(KeyError):
        tx.language("fr")


@pytest.mark.parametrize("lang", LANGS, ids=lambda lang: lang.code)
def test_every_translation_is_complete_and_keeps_placeholders_and_numbers(lang, content):
    profile, _ = load_profile(None)
    problems = tx.check_ts(
        paths.translations() / lang.ts_name,
        [(tx.CONTENT_CONTEXT, text) for text, _ in tx.content_strings(content)]
        + [(tx.CLINIC_CONTEXT, text) for text, _ in tx.clinic_strings(profile)],
    )
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("lang", LANGS, ids=lambda lang: lang.code)
def test_translations_are_in_the_language_not_copies_of_the_english(lang):
    found = [m for m in messages(lang) if m.finished]
    # Names and codes may stay as they are ("Spine Kiosk", "%1 s", "Vitamin D"), sentences may not.
    copied = [m.source for m in found if m.translation == m.source and len(m.source) > 14]
    assert not copied
    script = {
        "zh": r"[\u4e00-\u9fff]",
        "ar": r"[\u0600-\u06ff]",
        "vi": r"[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]",
    }.get(lang.code)
    if script:
        names = {"Spine Kiosk", "Vitamin D"}  # the same in every language
        sentences = [m for m in found if " " in m.source and m.source not in names]
        without = [m.source for m in sentences if not re.search(script, m.translation.lower())]
        # A few short Vietnamese labels need no tone mark ("Trang %1 / %2"); sentences do.
        assert len(without) <= (len(sentences) // 20 if lang.code == "vi" else 0), without


def test_the_pronunciation_hints_of_the_english_are_not_carried_over():
    for lang in LANGS:
        for message in messages(lang):
            assert not re.search(r"\b[A-Z]{2,}-[a-z]+-", message.translation), message.translation
            assert "Say it" not in message.translation


def test_check_finds_unfinished_entries_placeholders_and_numbers(tmp_path):
    ts = tmp_path / "kiosk_es.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>StepsPage</name>
<message><source>Step %1 of %2</source><translation>Paso %1</translation></message>
<message><source>Next</source><translation type="unfinished"></translation></message>
<message><source>Old</source><translation type="vanished">Viejo</translation></message>
</context>
<context><name>content</name>
<message><source>In an emergency, call 911.</source>
<translation>Llame al nueve uno uno.</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    problems = tx.check_ts(ts, [("content", "Missing text")])
    text = "\n".join(map(str, problems))
    assert "placeholders differ" in text and "['%1', '%2']" in text
    assert "not translated yet" in text and "Next" in text
    assert "911 must appear" in text
    assert "missing: run `python tools/i18n.py extract`" in text
    assert "Old" not in text  # vanished entries do not count
    assert all(p.line for p in problems if "missing" not in p.message)


def test_content_strings_cover_everything_a_patient_reads(content):
    texts = {text for text, _ in tx.content_strings(content)}
    topic = content.topic("kyphoplasty")
    assert topic.title in texts and topic.summary in texts
    assert all(step.text in texts and step.alt in texts for step in topic.steps)
    compare = content.topic("compare")
    assert compare.intro in texts and set(compare.columns) <= texts
    assert all(row.label in texts and set(row.cells) <= texts for row in compare.rows)
    assert set(content.topic("questions").questions) <= texts
    assert set(content.labels.values()) <= texts
    assert set(content.glossary) <= texts and set(content.glossary.values()) <= texts
    assert set(content.disclaimer) <= texts
    assert {source.name for source in content.sources} <= texts
    assert len(texts) == len(tx.content_strings(content))  # each once


def test_the_generated_module_is_valid_python_that_lupdate_can_read(content):
    source = tx.noop_module([("content", [('Say "hi"\\now\n', "key")])])
    namespace: dict = {}
    exec(compile(source, "generated", "exec"), namespace)  # noqa: S102  (our own output)
    assert 'QT_TRANSLATE_NOOP(\'content\', "Say \\"hi\\"\\\\now\\n")' in source


def test_review_status_is_recorded_and_says_not_yet(tmp_path):
    for lang in LANGS:
        review = tx.review_status(paths.translations(), lang.code)
        assert not review.reviewed  # nobody qualified has reviewed them yet
    assert tx.review_status(paths.translations(), "en").reviewed
    (tmp_path / "review.toml").write_text(
        '[es]\nreviewed_by = "A. Pérez, certified medical translator"\nreviewed_on = 2027-01-15\n',
        encoding="utf-8",
    )
    review = tx.review_status(tmp_path, "es")
    assert review.reviewed and review.reviewed_on == "2027-01-15"
    (tmp_path / "review.toml").write_text("not toml [", encoding="utf-8")
    assert not tx.review_status(tmp_path, "es").reviewed


def test_check_translations_notes_unreviewed_languages_without_failing(content):
    problems, notes = tx.check_translations(paths.translations(), content)
    assert not problems
    assert len(notes) == len(LANGS)
    assert all("not yet reviewed by a qualified medical translator" in note for note in notes)


def test_pseudo_translation_is_longer_marked_and_keeps_placeholders():
    text = "Step %1 of %2: call 911"
    result = tx.pseudo(text)
    assert result.startswith("[") and result.endswith("]")
    assert tx.placeholders(result) == ["%1", "%2"] and "911" in result
    assert 1.35 * len(text) <= len(result) <= 1.6 * len(text) + 4
    assert tx.pseudo("") == ""


@pytest.mark.skipif(tx.lrelease() is None, reason="lrelease comes with PySide6")
def test_compiling_is_done_once_and_again_when_a_source_changes(tmp_path):
    source, target = tmp_path / "ts", tmp_path / "qm"
    source.mkdir()
    shutil.copy(paths.translations() / "kiosk_es.ts", source)
    assert [p.name for p in tx.compile_stale(source, target)] == ["kiosk_es.qm"]
    assert tx.compile_stale(source, target) == []  # current: nothing to do
    ts = source / "kiosk_es.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("Siguiente", "Adelante"), "utf-8")
    assert not tx.is_current(ts, target / "kiosk_es.qm")
    assert [p.name for p in tx.compile_stale(source, target)] == ["kiosk_es.qm"]


@pytest.mark.skipif(tx.lrelease() is None, reason="lrelease comes with PySide6")
def test_a_current_translation_is_known_without_hashing_it(tmp_path):
    """The usual start reads no source and loads no OpenSSL (3 MB) to know it is current."""
    source, target = tmp_path / "ts", tmp_path / "qm"
    source.mkdir()
    shutil.copy(paths.translations() / "kiosk_es.ts", source)
    tx.compile_stale(source, target)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.core import translations as tx\n"
        f"assert tx.compile_stale(Path({str(source)!r}), Path({str(target)!r})) == []\n"
        "print(sorted({'hashlib', '_hashlib', 'subprocess'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.skipif(tx.lrelease() is None, reason="lrelease comes with PySide6")
def test_a_touched_but_unchanged_source_is_not_compiled_again(tmp_path):
    source, target = tmp_path / "ts", tmp_path / "qm"
    source.mkdir()
    shutil.copy(paths.translations() / "kiosk_es.ts", source)
    ts, qm = source / "kiosk_es.ts", target / "kiosk_es.qm"
    tx.compile_stale(source, target)
    stamp = tx.stamp_path(qm)
    digest = stamp.read_text(encoding="ascii").split()[0]
    assert digest == tx.source_hash(ts)
    later = ts.stat().st_mtime_ns + 5_000_000_000
    os.utime(ts, ns=(later, later))  # as a checkout does
    assert tx.is_current(ts, qm)
    assert tx.compile_stale(source, target) == []
    assert stamp.read_text(encoding="ascii").split() == [digest, str(ts.stat().st_size), str(later)]
    stamp.write_text(digest + "\n", encoding="ascii")  # a stamp of the hash alone still counts
    assert tx.compile_stale(source, target) == []
    ts.write_text(ts.read_text(encoding="utf-8").replace("Siguiente", "Adelante"), "utf-8")
    os.utime(ts, ns=(later, later))  # a change is found by its size even at the same time
    assert not tx.is_current(ts, qm)


def test_no_compiled_translation_is_committed():
    assert not list(paths.translations().glob("*.qm"))
    ignore = (paths.root() / ".gitignore").read_text(encoding="utf-8")
    assert "*.qm" in ignore.split()


def test_the_data_strings_file_is_build_output():
    generated = paths.root() / "build" / "i18n" / "data_strings.py"
    assert not generated.exists() or "/build/" in (paths.root() / ".gitignore").read_text()
    assert Path(tx.__file__).read_text(encoding="utf-8").count("import PySide6") == 0
