"""Read aloud: a small wrapper around QtTextToSpeech that speaks a page sentence by sentence.

Why a wrapper: the kiosk needs things the bare engine does not give.

- The engine is created on first use, never at start-up (it loads plug-ins and, on Linux,
  talks to speech-dispatcher), so a kiosk that never reads aloud never pays for it.
- A voice is picked for the language of the text (``QLocale``); a machine with no engine or
  no voice for that language is a *state* the button shows in the patient's language, never
  a silent failure.
- Text is spoken one sentence at a time, so the page can highlight the sentence being read,
  and pause / resume / stop work the same on every engine.
- The default rate is a little slow: many patients are older, hard of hearing, or listening
  in a second language.

Signals:
    stateChanged(str): one of the ``IDLE``, ``SPEAKING``, ``PAUSED``, ``UNAVAILABLE`` names.
    sentenceChanged(int): index of the sentence now being read (-1 when none is).
    finished(): the whole text was read to its end (not emitted on stop()).
"""

from __future__ import annotations

import logging
import os
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

if TYPE_CHECKING:
    # Imported only when speech is first used: the module pulls in QtMultimedia, which
    # costs start-up time and memory a kiosk that never reads aloud should not pay.
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

IDLE, SPEAKING, PAUSED, UNAVAILABLE = "idle", "speaking", "paused", "unavailable"
# Why speech is unavailable (``Speaker.problem``).
NO_ENGINE, NO_VOICE, ENGINE_ERROR = "no-engine", "no-voice", "engine-error"

ENGINE_VARIABLE = "SPINE_KIOSK_SPEECH_ENGINE"

# Qt's rate runs from -1.0 (slowest) to 1.0 (fastest); 0.0 is the engine's normal pace.
RATES = {"slow": -0.45, "normal": -0.2, "fast": 0.15}
DEFAULT_RATE = "normal"  # already a little slower than the engine's own normal

# Ends of sentences in the shipped scripts: Latin and Vietnamese, Chinese, Arabic.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s+|(?<=[。！？])")


def _tts() -> type[QTextToSpeech]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech


def split_sentences(text: str) -> list[str]:
    """``text`` cut into sentences, each stripped; empty pieces are dropped."""
    pieces: list[str] = []
    for paragraph in text.split("\n"):
        pieces += [s.strip() for s in _SENTENCE_END.split(paragraph)]
    return [s for s in pieces if s]


class Speaker(QObject):
    """One voice for the whole app; pages share it (see :class:`SpeakerButton`).

    ``engine_name`` picks a QtTextToSpeech plug-in ("mock" in tests, "speechd", "sapi",
    "darwin"...); ``None`` takes the platform's default. It can be changed until the first
    time something is spoken.
    """

    stateChanged = Signal(str)  # noqa: N815  (Qt naming for signals)
    sentenceChanged = Signal(int)  # noqa: N815
    finished = Signal()

    def __init__(self, engine_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # SPINE_KIOSK_SPEECH_ENGINE picks the engine for a whole run ("mock" in the tests, so
        # a test that taps Listen never talks to the machine's real speech service).
        self.engine_name = engine_name or os.environ.get(ENGINE_VARIABLE) or None
        self._engine: QTextToSpeech | None = None
        self._engine_checked = False
        self._state = IDLE
        self.problem = ""  # NO_ENGINE, NO_VOICE or ENGINE_ERROR while UNAVAILABLE
        self.owner: object | None = None  # who asked for the current text (a button)
        self.sentences: list[str] = []
        self.index = -1
        self.locale = QLocale()
        self.voice_name = ""
        self.rate_name = DEFAULT_RATE

    # -- public API ---------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    def speak(self, text: str, locale: QLocale | None = None, owner: object = None) -> None:
        """Read ``text`` from its first sentence, in ``locale`` (default: the app's language).

        Anything being read is stopped first. If the machine cannot speak this language the
        state becomes UNAVAILABLE and :attr:`problem` says why.
        """
        self.stop()
        self.owner = owner
        self.locale = QLocale(locale) if locale is not None else QLocale()
        self.problem = ""
        engine = self._ensure_engine()
        if engine is None:
            self._unavailable(NO_ENGINE)
            return
        if not self._choose_voice(engine, self.locale):
            self._unavailable(NO_VOICE)
            return
        engine.setRate(RATES[self.rate_name])
        self.sentences = split_sentences(text)
        if not self.sentences:
            return
        self._set_state(SPEAKING)
        self._say(0)

    def pause(self) -> None:
        if self._state == SPEAKING and self._engine is not None:
            self._set_state(PAUSED)
            self._engine.pause(_tts().BoundaryHint.Immediate)

    def resume(self) -> None:
        if self._state == PAUSED and self._engine is not None:
            self._set_state(SPEAKING)
            if self._engine.state() == _tts().State.Paused:
                self._engine.resume()
            else:  # the engine finished the sentence while we were paused
                self._say(self.index + 1)

    def stop(self) -> None:
        """Stop at once and forget the text; safe to call at any time."""
        self.sentences, self.owner = [], None
        if self._engine is not None:
            tts = _tts()
            if self._engine.state() in (
                tts.State.Speaking,
                tts.State.Synthesizing,
                tts.State.Paused,
            ):
                self._engine.stop(tts.BoundaryHint.Immediate)
        self._set_index(-1)
        if self._state != IDLE:
            self.problem = ""
            self._set_state(IDLE)

    def reset(self) -> None:
        """Back to how the next patient should find it: silent, at the default rate."""
        self.stop()
        self.rate_name = DEFAULT_RATE

    def set_rate(self, name: str) -> None:
        """One of :data:`RATES`' names; takes effect from the next sentence."""
        if name in RATES:
            self.rate_name = name
            if self._engine is not None:
                self._engine.setRate(RATES[name])

    def engine_available(self) -> bool:
        """Whether a speech engine can be created (creates it on first call)."""
        return self._ensure_engine() is not None

    # -- engine -------------------------------------------------------------------------

    def _ensure_engine(self) -> QTextToSpeech | None:
        if self._engine_checked:
            return self._engine
        self._engine_checked = True
        tts = _tts()
        engines = tts.availableEngines()
        name = self.engine_name
        if (name is None and not engines) or (name is not None and name not in engines):
            # Creating one anyway would only log Qt warnings and fail.
            log.warning("no speech engine %s (available: %s)", name or "", engines or "none")
            return None
        engine = tts(name, self) if name else tts(self)
        if engine.state() == tts.State.Error:
            log.warning("speech engine %s failed: %s", engine.engine(), engine.errorString())
            engine.deleteLater()
            return None
        engine.stateChanged.connect(self._on_engine_state)
        self._engine = engine
        log.info("speech engine %s", engine.engine())
        return engine

    def _choose_voice(self, engine: QTextToSpeech, locale: QLocale) -> bool:
        """Set the engine to a voice for ``locale``'s language; False if it has none."""
        language = locale.language()
        candidates = [loc for loc in engine.availableLocales() if loc.language() == language]
        if not candidates:
            log.info("no voice for %s in %s", locale.name(), engine.engine())
            return False
        # The same territory if there is one (es_MX), then the language's main one (es_ES).
        main_territory = QLocale(language).territory()
        candidates.sort(
            key=lambda loc: (
                loc.territory() != locale.territory(),
                loc.territory() != main_territory,
            )
        )
        engine.setLocale(candidates[0])
        voices = engine.availableVoices()
        if not voices:
            return False
        # Engines list their plain voice first and variants ("Spanish+Adam") after.
        voice = next((v for v in voices if "+" not in v.name()), voices[0])
        engine.setVoice(voice)
        self.voice_name = voice.name()
        return True

    def _say(self, index: int) -> None:
        if self._engine is None or not 0 <= index < len(self.sentences):
            self._done()
            return
        self._set_index(index)
        self._engine.say(self.sentences[index])

    def _on_engine_state(self, state: QTextToSpeech.State) -> None:
        tts = _tts()
        if state == tts.State.Error:
            log.warning("speech failed: %s", self._engine.errorString() if self._engine else "")
            self.sentences = []
            self._set_index(-1)
            self._unavailable(ENGINE_ERROR)
        elif state == tts.State.Ready and self._state == SPEAKING and self.sentences:
            self._say(self.index + 1)

    def _done(self) -> None:
        self.sentences, self.owner = [], None
        self._set_index(-1)
        self._set_state(IDLE)
        self.finished.emit()

    # -- state --------------------------------------------------------------------------

    def _unavailable(self, problem: str) -> None:
        self.problem = problem
        self._set_state(UNAVAILABLE)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _set_index(self, index: int) -> None:
        if index != self.index:
            self.index = index
            self.sentenceChanged.emit(index)
