"""The attract screen: shown when the kiosk is idle, it cycles through the topics' pictures
and calls "Touch to start" in every language the clinic offers. Any touch goes Home.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.art import SCENES
from kiosk.ui.pages.base import Page, PageContext, tr_content
from kiosk.ui.router import Location
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import label
from kiosk.ui.widgets.illustration import IllustrationView

# The one line shown in every language at once, so it cannot come from the current
# translation: each entry is written in its own language.
TOUCH_TO_START = {
    "en": "Touch the screen to start",
    "es": "Toque la pantalla para empezar",
    "zh": "请轻触屏幕开始",
    "vi": "Chạm vào màn hình để bắt đầu",
    "ar": "المس الشاشة للبدء",
}

PICTURE_MS = 7000  # how long each picture stays


class AttractPage(Page):
    NAME = "attract"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pictures = [self._picture_of(topic) for topic in ctx.content.topics]
        self.pictures = [p for p in self.pictures if p[0]]
        self.index = 0
        self.clinic = label("title")
        self.clinic.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.topic = label("heading")
        self.topic.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.picture = IllustrationView()
        # The whole screen is one big "start" button: the picture must not take the touch.
        self.picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.picture.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calls = []
        for code in ctx.profile.languages or ("en",):
            call = label("subheading")
            call.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            call.setText(TOUCH_TO_START.get(code, TOUCH_TO_START["en"]))
            # Each call keeps its own direction, whatever the current language is.
            call.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
            )
            self.calls.append(call)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.clinic)
        self.column.addWidget(self.picture, 1)
        self.column.addWidget(self.topic)
        for call in self.calls:
            self.column.addWidget(call)
        self.timer = QTimer(self)
        self.timer.setInterval(PICTURE_MS)
        self.timer.timeout.connect(self.next_picture)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAccessibleName(TOUCH_TO_START["en"])

    @staticmethod
    def _picture_of(topic) -> tuple[str, str]:  # noqa: ANN001
        """A topic's most telling picture: its first animated step, else its first step."""
        steps = topic.steps
        if not steps:
            return "", ""
        animated = [s.picture for s in steps if s.picture in SCENES and SCENES[s.picture].animated]
        return (animated or [steps[0].picture])[0], topic.title

    def show_location(self, location: Location) -> None:
        super().show_location(location)
        self.index = -1
        self.next_picture()
        self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001
        self.timer.stop()
        self.picture.stop()
        super().hideEvent(event)

    def next_picture(self) -> None:
        if not self.pictures:
            return
        self.index = (self.index + 1) % len(self.pictures)
        scene, _ = self.pictures[self.index]
        self.picture.set_scene(scene)
        self.picture.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # set_scene offers it for Tab
        self.picture.set_labels({k: tr_content(v) for k, v in self.ctx.content.labels.items()})
        if self.picture.is_animated():
            self.picture.play()
        else:
            self.picture.progress = 1.0
        self.retranslate()

    def retranslate(self) -> None:
        self.clinic.setText(self.ctx.profile.name)
        self.clinic.setHidden(not self.ctx.profile.name)
        if self.pictures:
            self.topic.setText(tr_content(self.pictures[self.index][1]))

    def apply_theme(self, theme: Theme) -> None:
        margin, gap = theme.px("margin"), theme.px("gap")
        self.column.setContentsMargins(margin, margin, margin, margin)
        self.column.setSpacing(gap // 2)
        font = self.font()
        font.setPixelSize(theme.px("label"))
        self.picture.set_font(font)

    # Any touch, click or key starts a visit.
    def event(self, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.TouchBegin,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
        ):
            QTimer.singleShot(0, self.ctx.router.home)
            event.accept()
            return True
        return super().event(event)
