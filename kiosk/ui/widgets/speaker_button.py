"""The big "Listen" button every page has: read aloud, pause, resume, stop.

One :class:`~kiosk.ui.speech.Speaker` serves the whole app; each page has its own button
that asks it to read that page's text. A button shows the speaker's state only while the
speaker is reading *its* text. When the machine cannot speak (no engine, or no voice for the
language), the button says so under itself, in the patient's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import icons
from kiosk.ui.speech import (
    ENGINE_ERROR,
    IDLE,
    NO_ENGINE,
    PAUSED,
    SPEAKING,
    UNAVAILABLE,
    Speaker,
)
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import button, label, set_button


def page_text(page: QWidget) -> str:
    """What a page shows, to read aloud: its title, then its visible plain-text labels, one
    per line, in the order they were made (the reading order of every page).

    Labels inside a Listen button (its own note) are left out.
    """
    title = getattr(page, "title", None)
    lines = [title()] if callable(title) and title() else []
    for widget in page.findChildren(QLabel):
        if not (widget.isVisibleTo(page) and widget.text().strip()):
            continue
        if widget.textFormat() == Qt.TextFormat.RichText or _inside(widget, SpeakerButton):
            continue
        lines.append(widget.text().strip())
    return "\n".join(lines)


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


class SpeakerButton(QWidget):
    """Listen / Pause / Resume, a Stop button while reading, and a note when it cannot read.

    ``text`` returns what to read (already translated) when the patient presses Listen.
    """

    def __init__(
        self,
        speaker: Speaker | None,
        text: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self._text = text
        self._theme: Theme | None = None
        self._note_shown = False
        self.main = button("speak")
        self.main.clicked.connect(self._pressed)
        self.stop_button = button("speak")
        self.stop_button.clicked.connect(self.stop)
        self.note = label("small")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.main)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        self.row = row
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)
        self.column = column
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if speaker is not None:
            speaker.stateChanged.connect(self._refresh)
        self._refresh()

    # -- public -------------------------------------------------------------------------

    def state(self) -> str:
        """The speaker's state as this button sees it ("idle" unless reading our text)."""
        if self.speaker is None:
            return UNAVAILABLE if self._note_shown else IDLE
        return self.speaker.state if self.speaker.owner is self else IDLE

    def stop(self) -> None:
        if self.speaker is not None and self.speaker.owner is self:
            self.speaker.stop()
        self._note_shown = False
        self._refresh()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        gap = theme.px("gap")
        self.row.setSpacing(gap)
        self.column.setSpacing(gap // 2)
        self._refresh()

    # -- behaviour ----------------------------------------------------------------------

    def _pressed(self) -> None:
        speaker = self.speaker
        state = self.state()
        if speaker is None:
            self._note_shown = True
        elif state == SPEAKING:
            speaker.pause()
        elif state == PAUSED:
            speaker.resume()
        else:
            speaker.speak(self._text(), owner=self)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        state = self.state()
        if state == SPEAKING:
            words, glyph = self.tr("Pause"), "mdi6.pause"
        elif state == PAUSED:
            words, glyph = self.tr("Continue"), "mdi6.play"
        elif state == UNAVAILABLE:
            words, glyph = self.tr("Listen"), "mdi6.volume-off"
        else:
            words, glyph = self.tr("Listen"), "mdi6.volume-high"
        set_button(self.main, words)
        self.main.setAccessibleDescription(self.tr("Reads this page aloud"))
        set_button(self.stop_button, self.tr("Stop"))
        self.stop_button.setVisible(state in (SPEAKING, PAUSED))
        self.note.setText(self._note_text() if state == UNAVAILABLE else "")
        self.note.setVisible(state == UNAVAILABLE)
        if self._theme is not None:
            color = self._theme.colors.on_secondary
            size = self._theme.px("icon")
            self.main.setIcon(icons.icon(glyph, color))
            self.stop_button.setIcon(icons.icon("mdi6.stop", color))
            for b in (self.main, self.stop_button):
                b.setIconSize(QSize(size, size))

    def _note_text(self) -> str:
        problem = self.speaker.problem if self.speaker is not None else NO_ENGINE
        if problem in (NO_ENGINE, ENGINE_ERROR):
            return self.tr("Sorry, this computer cannot read aloud. Please ask at the front desk.")
        return self.tr("Sorry, this computer has no voice for this language.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # What was being read is in the old language: stop it, and forget an old note.
            self.stop()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: ANN001
        # The page went away (navigation, reset): its text must not go on being read.
        if self.speaker is not None and self.speaker.owner is self:
            self.speaker.stop()
        self._note_shown = False
        super().hideEvent(event)
