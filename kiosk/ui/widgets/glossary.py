"""Tap to explain: the medical words in a step, and a big plain definition for each.

Words from the content's ``[glossary]`` that appear in the step's text are underlined in the
text and repeated as a row of big buttons under it. Links inside the text would be small,
close together and easy to miss with a finger; buttons are as big as every other target.
Tapping one opens the definition over the page; one tap anywhere closes it.

Terms and definitions go through the content translator like every content string, so a
term is found in the translated text by its translated spelling.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLayout, QLayoutItem, QVBoxLayout, QWidget

from kiosk.ui import icons
from kiosk.ui.speech import split_sentences
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import button, label, set_button, set_icon


@dataclass(frozen=True)
class Term:
    word: str  # as written in the (translated) glossary
    definition: str


def _pattern(word: str) -> re.Pattern[str]:
    # Scripts written without spaces (Chinese) have no word edges to look for.
    spaced = any(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)
    escaped = re.escape(word)
    if spaced:
        # A plain plural ("discs", "discos") is the same word to a patient.
        escaped = rf"(?<!\w){escaped}s?(?!\w)"
    return re.compile(escaped, re.IGNORECASE)


def find_terms(text: str, glossary: Iterable[Term]) -> tuple[list[Term], list[tuple[int, int]]]:
    """The glossary terms in ``text`` (in reading order) and where they are.

    A longer term wins over a shorter one inside it ("compression fracture" over "fracture").
    """
    spans: list[tuple[int, int, Term]] = []
    for term in sorted(glossary, key=lambda t: -len(t.word)):
        if not term.word.strip():
            continue
        for match in _pattern(term.word).finditer(text):
            start, end = match.span()
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, term))
    spans.sort(key=lambda s: s[0])
    terms: list[Term] = []
    for _, _, term in spans:
        if term not in terms:
            terms.append(term)
    return terms, [(s, e) for s, e, _ in spans]


def marked_html(
    text: str,
    terms: Iterable[Term],
    highlight: int = -1,
    mark: str = "#FFE27A",
    on_mark: str = "#000000",
) -> str:
    """``text`` as rich text: glossary words underlined, sentence ``highlight`` marked."""
    glossary = list(terms)
    parts = []
    for index, sentence in enumerate(split_sentences(text)):
        _, spans = find_terms(sentence, glossary)
        pieces, at = [], 0
        for start, end in spans:
            pieces.append(html.escape(sentence[at:start]))
            pieces.append(f"<u>{html.escape(sentence[start:end])}</u>")
            at = end
        pieces.append(html.escape(sentence[at:]))
        body = "".join(pieces)
        if index == highlight:
            body = f'<span style="background-color:{mark}; color:{on_mark};">{body}</span>'
        parts.append(body)
    return " ".join(parts)


class FlowLayout(QLayout):
    """Lays widgets out in rows, wrapping to the next row when one is full.

    Follows the layout direction, so right-to-left languages fill rows from the right.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.spacing_px = 16

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rtl = self.parentWidget() is not None and (
            self.parentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        )
        x, y, row_height = 0, area.y(), 0
        gap = self.spacing_px
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > 0 and x + width > area.width():
                x, y, row_height = 0, y + row_height + gap, 0
            if move:
                left = area.right() - x - width + 1 if rtl else area.x() + x
                item.setGeometry(QRect(QPoint(left, y), QSize(width, hint.height())))
            x += width + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()


class TermButtons(QWidget):
    """One big button for each glossary word in the text; ``on_open(term)`` on a tap."""

    def __init__(self, on_open: Callable[[Term], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_open = on_open
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.buttons: list = []
        self.terms: list[Term] = []
        self._theme: Theme | None = None

    def set_terms(self, terms: list[Term]) -> None:
        if terms == self.terms:
            return
        self.terms = list(terms)
        while len(self.buttons) < len(terms):
            b = button("term")
            index = len(self.buttons)
            b.clicked.connect(lambda _=False, i=index: self._open(i))
            self.flow.addWidget(b)
            self.buttons.append(b)
        for i, b in enumerate(self.buttons):
            if i < len(terms):
                set_button(b, terms[i].word)
                b.setAccessibleDescription(self.tr("What this word means"))
            b.setVisible(i < len(terms))
        self.setVisible(bool(terms))
        self._apply_icons()
        self.flow.invalidate()
        self.updateGeometry()

    def _open(self, index: int) -> None:
        if index < len(self.terms):
            self.on_open(self.terms[index])

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.flow.spacing_px = theme.px("gap")
        self._apply_icons()
        self.flow.invalidate()

    def _apply_icons(self) -> None:
        if self._theme is None:
            return
        size = self._theme.px("icon")
        for b in self.buttons:
            set_icon(b, icons.icon("mdi6.book-open-variant", self._theme.colors.accent))
            b.setIconSize(QSize(size, size))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)


class DefinitionPopup(QWidget):
    """A word and its meaning in big type over the page; one tap anywhere closes it."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.word = label("definition-term")
        self.definition = label("definition")
        self.close_button = button("primary")
        self.close_button.clicked.connect(self.close_popup)
        column = QVBoxLayout(self.card)
        column.addWidget(self.word)
        column.addWidget(self.definition)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.column = column
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        for child in (self.word, self.definition):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        page.installEventFilter(self)
        self.term: Term | None = None
        self.hide()

    def open_term(self, term: Term) -> None:
        self.term = term
        self.word.setText(term.word)
        self.definition.setText(term.definition)
        self.card.setAccessibleName(term.word)
        self.card.setAccessibleDescription(term.definition)
        self.retranslate()
        self.setGeometry(self.parentWidget().rect())
        self._fit()
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_popup(self) -> None:
        self.hide()
        self.term = None

    def retranslate(self) -> None:
        set_button(self.close_button, self.tr("Close"))

    def apply_theme(self, theme: Theme) -> None:
        gap = theme.px("gap")
        self.column.setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2)
        self.column.setSpacing(gap)
        self.outer.setContentsMargins(gap, gap, gap, gap)
        size = theme.px("icon")
        self.close_button.setIcon(icons.icon("mdi6.close", theme.colors.on_primary))
        self.close_button.setIconSize(QSize(size, size))
        self._fit()

    def _fit(self) -> None:
        parent = self.parentWidget()
        margin = self.outer.contentsMargins().left() * 2
        width = min(parent.width() - margin, max(round(parent.width() * 0.7), 320))
        self.card.setFixedWidth(max(1, width))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self._fit()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # One tap anywhere closes it: the card has nothing else to do.
        self.close_popup()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.close_popup()  # the word shown is in the old language
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()
