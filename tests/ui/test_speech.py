"""Read aloud, with Qt's "mock" speech engine (conftest sets SPINE_KIOSK_SPEECH_ENGINE=mock).

The mock engine speaks each word on a short timer and has voices for en_GB, en_US, nb_NO,
nn_NO and fi_FI only, so it serves for "a voice for this language" and "no voice for it".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt

from kiosk.ui.speech import (
    IDLE,
    NO_ENGINE,
    NO_VOICE,
    PAUSED,
    SPEAKING,
    UNAVAILABLE,
    Speaker,
    split_sentences,
)

STEP_1 = (
    "Your spine is a stack of small bones. Each one is called a vertebra (VER-tuh-bruh). "
    "Soft pads called discs sit between them."
)


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def steps_page(window, topic: str = "fractures", step: int = 0):
    window.router.go("steps", topic, step)
    return window.router.current_page()


def test_sentences_split_in_every_shipped_script():
    assert split_sentences(STEP_1) == [
        "Your spine is a stack of small bones.",
        "Each one is called a vertebra (VER-tuh-bruh).",
        "Soft pads called discs sit between them.",
    ]
    assert split_sentences("脊柱由小骨头组成。每块叫椎骨。") == [
        "脊柱由小骨头组成。",
        "每块叫椎骨。",
    ]
    assert split_sentences("هل تشعر بألم؟ اسأل طبيبك.") == ["هل تشعر بألم؟", "اسأل طبيبك."]
    assert split_sentences("Heading\nBody text. More.") == ["Heading", "Body text.", "More."]


def test_listen_reads_the_step_in_english_and_marks_each_sentence(window, qtbot):
    page = steps_page(window)
    speaker = window.speaker
    marked: list[int] = []
    speaker.sentenceChanged.connect(marked.append)
    tap(qtbot, page.listen.main)
    assert speaker.state == SPEAKING
    assert speaker.locale.language() == QLocale.Language.English
    assert speaker.voice_name  # a real voice was chosen
    assert speaker.sentences == split_sentences(STEP_1)
    assert page.listen.main.accessibleName() == "Pause"
    assert page.listen.stop_button.isVisible()
    # The sentence being read is marked on screen.
    assert window.theme.colors.mark in page.text.text()
    with qtbot.waitSignal(speaker.finished, timeout=20_000):
        pass
    assert marked[:3] == [0, 1, 2] and marked[-1] == -1
    assert speaker.state == IDLE
    assert window.theme.colors.mark not in page.text.text()
    assert page.listen.main.accessibleName() == "Listen"


def test_pause_resume_and_stop(window, qtbot):
    page = steps_page(window)
    tap(qtbot, page.listen.main)
    tap(qtbot, page.listen.main)
    assert window.speaker.state == PAUSED
    assert page.listen.main.accessibleName() == "Continue"
    tap(qtbot, page.listen.main)
    assert window.speaker.state == SPEAKING
    tap(qtbot, page.listen.stop_button)
    assert window.speaker.state == IDLE
    assert not page.listen.stop_button.isVisible()


def test_speech_stops_on_a_new_step_a_new_page_and_a_new_language(window, qtbot):
    page = steps_page(window)
    tap(qtbot, page.listen.main)
    tap(qtbot, page.next_button)
    assert window.speaker.state == IDLE and window.speaker.sentences == []

    tap(qtbot, page.listen.main)
    assert window.speaker.state == SPEAKING
    tap(qtbot, window.home_button)
    assert window.speaker.state == IDLE

    home = window.router.current_page()
    tap(qtbot, home.listen.main)
    assert window.speaker.state == SPEAKING
    assert window.speaker.sentences[0] == home.title()
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.speaker.state == IDLE


def test_reset_stops_speech_and_restores_the_rate(window, qtbot):
    page = steps_page(window)
    window.speaker.set_rate("slow")
    tap(qtbot, page.listen.main)
    window.accessibility.reset()
    assert window.speaker.state == IDLE
    assert window.speaker.rate_name == "normal"


def test_a_language_with_no_voice_says_so(window, qtbot):
    page = steps_page(window)
    QLocale.setDefault(QLocale("es"))
    try:
        tap(qtbot, page.listen.main)
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert window.speaker.state == UNAVAILABLE and window.speaker.problem == NO_VOICE
    assert page.listen.note.isVisible()
    assert "no voice for this language" in page.listen.note.text()
    assert not page.listen.stop_button.isVisible()
    # Leaving the page clears the note for the next patient.
    tap(qtbot, page.next_button)
    assert not page.listen.note.isVisible()


def test_the_voice_follows_the_language(qtbot):
    speaker = Speaker("mock")
    with qtbot.waitSignal(speaker.finished, timeout=20_000):
        speaker.speak("Hei. Tämä on testi.", QLocale("fi"))
        assert speaker.state == SPEAKING
        assert speaker._engine.locale().language() == QLocale.Language.Finnish
    speaker.speak("Hello.", QLocale("en_GB"))
    assert speaker._engine.locale().language() == QLocale.Language.English
    speaker.stop()


def test_no_engine_is_shown_not_hidden(window, qtbot):
    window.speaker.engine_name = "no-such-engine"  # before first use, as on a bare machine
    page = steps_page(window)
    tap(qtbot, page.listen.main)
    assert window.speaker.state == UNAVAILABLE and window.speaker.problem == NO_ENGINE
    assert page.listen.note.isVisible()
    assert "cannot read aloud" in page.listen.note.text()
    assert page.listen.main.accessibleName() == "Listen"  # still there, still says what it is
    assert not window.speaker.engine_available()


def test_the_engine_is_made_only_when_needed(window):
    assert window.speaker._engine is None
