"""A topic told in steps: one picture and one to three sentences a step.

Next / Back buttons, a step indicator, swipes left and right, and arrow keys all move
between steps (the router owns the step number). A short slide eases each new step in; it
moves real widgets, so a tap during it lands where the finger is.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QPropertyAnimation,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QMouseEvent, QResizeEvent, QTouchEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content import Topic
from kiosk.ui import icons
from kiosk.ui.pages.base import Page, PageContext, scroll_area, tr_content
from kiosk.ui.router import Location
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import button, label, set_button, set_icon
from kiosk.ui.widgets.glossary import DefinitionPopup, Term, TermButtons, find_terms, marked_html
from kiosk.ui.widgets.illustration import IllustrationView, palette_for_theme
from kiosk.ui.widgets.speaker_button import SpeakerButton
from kiosk.ui.widgets.stepdots import StepDots
from kiosk.ui.widgets.take_home import TakeHomeButton

log = logging.getLogger(__name__)

SLIDE_MS = 160
PRERENDER_DELAY_MS = 50  # after a page change, before drawing ahead


class SwipeDetector(QObject):
    """Watches touches and mouse drags over ``page`` and reports horizontal swipes.

    Installed on the application, so it sees a touch however Qt routes it (to the window, a
    scroll area's viewport, or as a synthesized mouse event); it only observes, so a tap still
    reaches its button. Drags that start on an animated picture belong to the picture (they
    scrub it), not to the swipe.
    """

    def __init__(self, page: StepsPage) -> None:
        super().__init__(page)
        self.page = page
        self._start: QPointF | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # An exception escaping an application-wide filter takes the whole app down.
        try:
            self._observe(event)
        except Exception:
            log.exception("swipe detection failed")
            self._start = None
        return False

    def _observe(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) and (
            not isinstance(event, QMouseEvent)
            or event.source() != Qt.MouseEventSource.MouseEventNotSynthesized
            or event.button() != Qt.MouseButton.LeftButton
        ):
            return  # touch is handled as touch; right and middle buttons never swipe
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress):
            # The same touch is offered to the window and then to widgets: take the first.
            if self._start is None:
                position = self._position(event)
                if position is not None and self._starts_swipe(position):
                    self._start = position
        elif kind in (QEvent.Type.TouchEnd, QEvent.Type.MouseButtonRelease):
            start, self._start = self._start, None
            end = self._position(event)
            if start is not None and end is not None:
                self._finish(start, end)
        elif kind == QEvent.Type.TouchCancel:
            self._start = None

    @staticmethod
    def _position(event: QEvent) -> QPointF | None:
        if isinstance(event, QTouchEvent):
            points = event.points()
            return points[0].globalPosition() if points else None
        if isinstance(event, QMouseEvent):
            return event.globalPosition()
        return None

    def _starts_swipe(self, position: QPointF) -> bool:
        page = self.page
        point = page.mapFromGlobal(position.toPoint())
        if not page.isVisible() or not page.rect().contains(point):
            return False
        widget = page.childAt(point)
        while widget is not None and widget is not page:
            if isinstance(widget, IllustrationView) and widget.is_animated():
                return False
            widget = widget.parentWidget()
        return True

    def _finish(self, start: QPointF, end: QPointF) -> None:
        dx, dy = end.x() - start.x(), end.y() - start.y()
        threshold = max(60.0, self.page.width() * 0.06)
        if abs(dx) < threshold or abs(dx) < 1.5 * abs(dy):
            return
        forward = dx < 0  # finger moves left: the next step comes in from the right
        if self.page.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward = not forward
        if forward:
            self.page.ctx.router.next_step()
        else:
            self.page.ctx.router.previous_step()


class StepsPage(Page):
    NAME = "steps"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.topic: Topic | None = None
        self._previous_step = 0

        self.picture = IllustrationView()
        self.play_button = button()
        self.play_button.clicked.connect(self.picture.play)
        self.hint = label("small")
        self.listen = SpeakerButton(ctx.speaker, lambda: self._plain)
        self.text = label()
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Rich text only to underline glossary words and mark the sentence being read.
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self._plain = ""  # the step's text in the current language
        self._terms: list[Term] = []
        self._reading = -1  # the sentence being read aloud, or -1
        self.terms = TermButtons(self._open_term)
        if ctx.speaker is not None:
            ctx.speaker.sentenceChanged.connect(self._on_sentence)

        self.back_button = button("nav")
        self.next_button = button("primary")
        self.dots = StepDots()
        self.step_label = label("step", wrap=False)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button.clicked.connect(ctx.router.back)
        self.next_button.clicked.connect(self._next)

        # The body slides; the footer stays put.
        self.stage = QWidget()
        self.body = QWidget(self.stage)
        self.body_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        picture_column = QVBoxLayout()
        picture_column.addWidget(self.picture, 1)
        scrub_row = QHBoxLayout()
        scrub_row.addWidget(self.play_button)
        scrub_row.addWidget(self.hint, 1)
        self.scrub_row = QWidget()
        self.scrub_row.setLayout(scrub_row)
        # Hidden on still pictures but keeping its room: the picture is the same size on
        # every step, so the next step's picture drawn ahead fits it, and it does not jump.
        policy = self.scrub_row.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.scrub_row.setSizePolicy(policy)
        picture_column.addWidget(self.scrub_row)
        text_holder = QWidget()
        text_column = QVBoxLayout(text_holder)
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(self.listen)
        text_column.addWidget(self.text)
        text_column.addWidget(self.terms)
        text_column.addStretch(1)
        self.text_column = text_column
        self.text_area = scroll_area(text_holder)
        self.body_layout.addLayout(picture_column, 3)
        self.body_layout.addWidget(self.text_area, 2)

        progress = QVBoxLayout()
        progress.addStretch(1)
        progress.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        progress.addWidget(self.step_label)
        progress.addStretch(1)
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.back_button, 1)
        self.take_home = TakeHomeButton(ctx)
        self.footer.addWidget(self.take_home)
        self.footer.addLayout(progress, 1)
        self.footer.addWidget(self.next_button, 1)

        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.stage, 1)
        self.outer.addLayout(self.footer)

        self.slide = QPropertyAnimation(self.body, b"pos", self)
        self.slide.setDuration(SLIDE_MS)
        self.slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.swipes = SwipeDetector(self)
        self.definition = DefinitionPopup(self)
        ctx.router.changed.connect(self._on_router_changed)

    # -- router interface ---------------------------------------------------------------

    def step_count(self, location: Location) -> int:
        return len(self.ctx.content.topic(location.topic).steps)

    def show_location(self, location: Location) -> None:
        topic = self.ctx.content.topic(location.topic)
        same_topic = self.topic is topic
        direction = location.step - self._previous_step if same_topic else 0
        self.topic = topic
        self.take_home.set_topic(topic)
        self._previous_step = location.step
        self.definition.close_popup()
        self.picture.set_scene(topic.steps[location.step].picture)
        super().show_location(location)
        if self.picture.is_animated():
            self.picture.play()
        # Draw the next step's picture while the patient reads this one.
        QTimer.singleShot(PRERENDER_DELAY_MS, self._prerender_next)
        self.text_area.verticalScrollBar().setValue(0)
        self._slide_in(direction)

    def start_over(self) -> None:
        super().start_over()
        self.topic = None
        self._previous_step = 0
        self._reading = -1
        self.definition.close_popup()
        self.finish_animations()

    def title(self) -> str:
        return tr_content(self.topic.title) if self.topic else ""

    # -- strings and sizes --------------------------------------------------------------

    def retranslate(self) -> None:
        if self.topic is None:
            return
        step_number, count = self.location.step, len(self.topic.steps)
        step = self.topic.steps[step_number]
        self._plain = tr_content(step.text)
        glossary = [
            Term(tr_content(word), tr_content(meaning))
            for word, meaning in self.ctx.content.glossary.items()
        ]
        self._terms, _ = find_terms(self._plain, glossary)
        self.terms.set_terms(self._terms)
        self._reading = -1
        self._render_text()
        self.text.setAccessibleName(self._plain)
        self.picture.set_labels({k: tr_content(v) for k, v in self.ctx.content.labels.items()})
        self.picture.set_alt_text(tr_content(step.alt))
        self.scrub_row.setVisible(self.picture.is_animated())
        set_button(self.play_button, self.tr("Play"))
        self.hint.setText(self.tr("Or slide your finger across the picture."))
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(step_number + 1)).replace("%2", str(count))
        )
        self.dots.set_steps(count, step_number)
        self.dots.setAccessibleName(self.step_label.text())
        set_button(self.back_button, self.tr("Back"))
        last = step_number + 1 == count
        set_button(self.next_button, self.tr("Done") if last else self.tr("Next"))
        self._set_icons()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the reading order: picture, its play button, Listen, the glossary
        words, then Back and Next (buttons made later would otherwise come last)."""
        chain = [
            self.picture,
            self.play_button,
            self.listen.main,
            self.listen.stop_button,
            *self.terms.buttons,
            self.back_button,
            self.next_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _render_text(self) -> None:
        theme = getattr(self, "_theme", None)
        colors = theme.colors if theme is not None else None
        self.text.setText(
            marked_html(
                self._plain,
                self._terms,
                self._reading,
                colors.mark if colors else "#FFE27A",
                colors.on_mark if colors else "#000000",
            )
        )

    def _on_sentence(self, index: int) -> None:
        """Mark the sentence the voice is reading, if it is reading this page's Listen."""
        speaker = self.ctx.speaker
        reading = index if speaker is not None and speaker.owner is self.listen else -1
        if reading != self._reading:
            self._reading = reading
            self._render_text()

    def _open_term(self, term: Term) -> None:
        self.definition.open_term(term)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        gap, margin = theme.px("gap"), theme.px("margin")
        self.outer.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.outer.setSpacing(gap)
        self.body_layout.setSpacing(gap * 2)
        self.footer.setSpacing(gap)
        self.dots.set_metrics(theme.px("gap") // 2, theme.colors.accent, theme.colors.border)
        font = self.font()
        font.setPixelSize(theme.px("label"))
        self.picture.set_font(font)
        self.text.setStyleSheet(f"font-size: {round(theme.px('body') * 1.1)}px;")
        self.picture.set_palette(palette_for_theme(theme.name))
        self.picture.focus_color = QColor(theme.colors.focus)
        self.listen.apply_theme(theme)
        self.terms.apply_theme(theme)
        self.definition.apply_theme(theme)
        self.text_column.setSpacing(gap)
        self._render_text()
        self._set_icons()
        self._orient()

    def _set_icons(self) -> None:
        theme = getattr(self, "_theme", None)
        if theme is None:
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        last = self.topic is not None and self.location.step + 1 == len(self.topic.steps)
        size = theme.px("icon")
        set_icon(self.back_button, icons.icon("next" if rtl else "back", theme.colors.on_secondary))
        self.take_home.apply_theme(size, theme.colors.on_secondary)
        set_icon(
            self.next_button,
            icons.icon("done" if last else ("back" if rtl else "next"), theme.colors.on_primary),
        )
        set_icon(self.play_button, icons.icon("play", theme.colors.on_secondary))
        for b in (self.back_button, self.next_button, self.play_button):
            b.setIconSize(QSize(size, size))
        # The forward arrow reads best after the word.
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
        )

    # -- behaviour ----------------------------------------------------------------------

    def _next(self) -> None:
        if self.topic and self.location.step + 1 >= len(self.topic.steps):
            self.ctx.router.home()
        else:
            self.ctx.router.next_step()

    def _on_router_changed(self, location: Location) -> None:
        if location.page == "home":
            # Draw each topic's first picture while the patient chooses one.
            QTimer.singleShot(PRERENDER_DELAY_MS, self._prerender_first_steps)

    def _prerender_first_steps(self) -> None:
        if self.ctx.router.location.page != "home":
            return
        for topic in self.ctx.content.topics:
            if topic.kind == "steps" and topic.steps:
                self.picture.prerender(topic.steps[0].picture)

    def _prerender_next(self) -> None:
        if self.topic is None or not self.isVisible():
            return
        following = self.location.step + 1
        if following < len(self.topic.steps):
            self.picture.prerender(self.topic.steps[following].picture)

    def finish_animations(self) -> None:
        """Jump the slide and the picture to their ends (screenshots, tests)."""
        self.slide.stop()
        self.body.move(0, 0)
        self.picture.stop()
        self.picture.progress = 1.0

    def _orient(self) -> None:
        portrait = self.height() > self.width() * 1.05
        self.body_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.body_layout.setStretch(0, 3 if not portrait else 5)
        self.body_layout.setStretch(1, 2 if not portrait else 3)
        self._place_take_home(portrait)

    def _place_take_home(self, portrait: bool) -> None:
        """In the footer where it is wide enough; under the words in a narrow portrait."""
        footer_index = self.footer.indexOf(self.take_home)
        if portrait and footer_index >= 0:
            self.footer.removeWidget(self.take_home)
            self.text_column.insertWidget(
                self.text_column.count() - 1, self.take_home, 0, Qt.AlignmentFlag.AlignLeft
            )
        elif not portrait and footer_index < 0:
            self.text_column.removeWidget(self.take_home)
            self.footer.insertWidget(1, self.take_home)

    def _slide_in(self, direction: int) -> None:
        self.slide.stop()
        if direction == 0 or not self.isVisible():
            self.body.move(0, 0)
            return
        offset = round(self.stage.width() * 0.08) * (1 if direction > 0 else -1)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            offset = -offset
        self.slide.setStartValue(QPoint(offset, 0))
        self.slide.setEndValue(QPoint(0, 0))
        self.slide.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._orient()

    def eventFilter(
        self, obj: QObject, event: QEvent
    ) -> bool:  # the stage keeps the body full size
        if obj is self.stage and event.type() == QEvent.Type.Resize:
            self.body.resize(self.stage.size())
        return False

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.stage.installEventFilter(self)
        self.body.resize(self.stage.size())
        # Swipes are watched only while the page is shown: every event of the app passes
        # an application-wide filter, and on the other pages it would only cost time.
        QApplication.instance().installEventFilter(self.swipes)

    def hideEvent(self, event) -> None:  # noqa: ANN001
        QApplication.instance().removeEventFilter(self.swipes)
        super().hideEvent(event)
