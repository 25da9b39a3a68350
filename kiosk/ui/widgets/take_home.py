""" "Take this home": a button on every topic page and the panel it opens.

The panel covers the window (a child widget, never a separate window or dialog a patient
could wander into): a big QR code with the topic's short summary and the clinic's phone
number (see :mod:`kiosk.core.summary`), one line saying what to do with it, and a big Close
button; a tap anywhere outside the card, Esc, or any page change closes it too. Where a
printer is set up, a Print button prints the handout (:mod:`kiosk.ui.handout`) straight to
it, with no print dialog.

Signals (for the usage figures): ``TakeHomeButton.used(str)`` with ``"qr"`` when the panel
opens and ``"print"`` when a handout was sent to the printer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.content import Topic
from kiosk.core.summary import Summary, summary_for
from kiosk.ui import icons
from kiosk.ui.pages.base import PageContext, tr_content
from kiosk.ui.widgets.common import button, label, set_button
from kiosk.ui.widgets.qrcode import QrCode

log = logging.getLogger(__name__)


def available_printers() -> list[str]:
    """The names of the printers the system knows (none on most kiosks)."""
    from PySide6.QtPrintSupport import QPrinterInfo  # only asked when the panel opens

    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def make_printer(name: str):  # noqa: ANN201  (a QPrinter; imported lazily)
    """A printer for ``name``, at high resolution, that prints without asking anything."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Spine Kiosk handout")
    return printer


def print_handout(ctx: PageContext, printer_name: str, checked: Sequence[str] = ()) -> list[str]:
    """Print the handout in the language on the screen; returns the problems (none: sent)."""
    from kiosk.ui.handout import build_handout_with, paint_handout

    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    handout, problems = build_handout_with(
        ctx.content,
        ctx.profile,
        QCoreApplication.translate,
        rtl=rtl,
        paper=ctx.profile.paper_size,
        checked=checked,
    )
    if handout is None:
        return problems
    printer = make_printer(printer_name)
    if not printer.isValid():
        return [f"the printer {printer_name!r} is not available"]
    return paint_handout(handout, printer, ctx.profile.paper_size)


class TakeHomeButton(QPushButton):
    """ "Take this home" for one topic page; opens the panel over the whole window.

    ``checked`` (optional) gives the questions the patient ticked, so a printed checklist
    comes out ticked the same way.

    Signals:
        used(str): "qr" when the panel opened, "print" when a handout went to the printer.
    """

    used = Signal(str)

    def __init__(
        self, ctx: PageContext, checked: Callable[[], Sequence[str]] | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.topic: Topic | None = None
        self.checked = checked or (lambda: ())
        self.setProperty("role", "nav")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)
        self.clicked.connect(self.open_panel)
        self.retranslate()

    def set_topic(self, topic: Topic) -> None:
        self.topic = topic

    def retranslate(self) -> None:
        set_button(self, self.tr("Take this home"))

    def apply_theme(self, size: int, color: str) -> None:
        self.setIcon(icons.icon("mdi6.qrcode", color))
        self.setIconSize(QSize(size, size))

    def panel(self) -> TakeHomePanel:
        """The window's one panel (made on first use)."""
        window = self.window()
        panel = window.findChild(TakeHomePanel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if panel is None:
            panel = TakeHomePanel(window, self.ctx)
        return panel

    def open_panel(self) -> None:
        if self.topic is None:
            return
        panel = self.panel()
        panel.open_for(self.topic, self)
        self.used.emit("qr")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TakeHomePanel(QWidget):
    """The full-window panel: QR code, instruction, Print (where possible) and Close."""

    def __init__(self, window: QWidget, ctx: PageContext) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.topic: Topic | None = None
        self.opener: TakeHomeButton | None = None
        self.summary: Summary | None = None
        self.printers: list[str] = []

        self.card = QFrame(self)
        self.card.setProperty("role", "card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.qr = QrCode()
        self.heading = label("heading")
        self.instruction = label()
        self.preview = label()  # what the phone will show, for anyone without one
        self.preview.setProperty("role", "preview")
        self.status = label("small")
        self.print_button = button("nav")
        self.close_button = button("primary")
        self.print_button.clicked.connect(self.print_)
        self.close_button.clicked.connect(self.close_panel)
        for widget in (self, self.print_button, self.close_button):
            widget.installEventFilter(self)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.instruction)
        text.addWidget(self.preview)
        text.addWidget(self.status)
        text.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button, 1)
        buttons.addWidget(self.close_button, 1)
        text.addLayout(buttons)
        self.text_column = text
        self.buttons = buttons
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.card)
        self.row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignCenter)
        self.row.addLayout(text, 1)

        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        ctx.router.changed.connect(self.close_panel)
        resetting = getattr(window, "resetting", None)
        if resetting is not None:  # the kiosk starts over for the next person
            resetting.connect(self.close_panel)
        window.installEventFilter(self)
        self.hide()

    # -- opening and closing ------------------------------------------------------------

    def open_for(self, topic: Topic, opener: TakeHomeButton) -> None:
        self.topic, self.opener = topic, opener
        try:
            self.printers = available_printers()
        except Exception:  # a broken print system must not stop the QR code
            log.exception("could not list the printers")
            self.printers = []
        self.status.clear()
        self.status.hide()
        self.retranslate()
        self._fit()
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            if self.opener is not None and self.opener.isVisible():
                self.opener.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- strings and sizes --------------------------------------------------------------

    def retranslate(self) -> None:
        if self.topic is None:
            return
        self.summary = summary_for(
            self.topic,
            self.ctx.profile,
            translate=tr_content,
            phone_line=self.tr("Phone: %1"),
        )
        if self.summary.left_out:
            log.info("take-home QR for %s left out: %s", self.topic.id, self.summary.left_out)
        self.qr.set_text(self.summary.text)
        self.qr.setAccessibleName(self.tr("QR code with a short summary of this topic"))
        self.heading.setText(tr_content(self.topic.title))
        self.preview.setText("\n".join(self.summary.text.splitlines()[1:]))
        self.instruction.setText(
            self.tr(
                "Point your phone's camera at the square. "
                "Your phone shows a short summary and our phone number."
            )
        )
        set_button(self.close_button, self.tr("Close"))
        set_button(self.print_button, self.tr("Print"))
        self.print_button.setVisible(bool(self.printers))

    def _fit(self) -> None:
        """Cover the window; size the card and the QR code for the window's shape."""
        window = self.parentWidget()
        self.setGeometry(window.rect())
        theme = self.ctx.theme
        gap, margin = theme.px("gap"), theme.px("margin")
        portrait = window.height() > window.width()
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.row.setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2)
        self.row.setSpacing(gap * 2)
        self.text_column.setSpacing(gap)
        self.preview.setStyleSheet(
            f"background: {theme.colors.surface_alt}; color: {theme.colors.text};"
            f"border-radius: {theme.px('radius')}px; padding: {gap}px;"
        )
        self.buttons.setSpacing(gap)
        width = window.width() - 2 * margin
        height = window.height() - 2 * margin
        if portrait:
            side = min(width - 4 * gap, round(height * 0.5))
        else:
            side = min(round(width * 0.45), height - 4 * gap)
        self.qr.set_side(max(200, side))
        self.card.setFixedWidth(width)
        card_height = self.row.totalHeightForWidth(width) if self.row.hasHeightForWidth() else -1
        card_height = max(card_height, self.row.totalSizeHint().height())
        self.card.setFixedHeight(min(height, card_height))
        self.card.move((window.width() - width) // 2, (window.height() - self.card.height()) // 2)
        icon_size = QSize(theme.px("icon"), theme.px("icon"))
        self.close_button.setIcon(icons.icon("close", theme.colors.on_primary))
        self.print_button.setIcon(icons.icon("mdi6.printer", theme.colors.on_secondary))
        for b in (self.close_button, self.print_button):
            b.setIconSize(icon_size)

    # -- behaviour ----------------------------------------------------------------------

    def print_(self) -> None:
        if not self.printers:
            return
        checked = list(self.opener.checked()) if self.opener is not None else []
        self.status.setText(self.tr("Printing..."))
        self.status.show()
        QCoreApplication.processEvents()
        try:
            problems = print_handout(self.ctx, self.printers[0], checked)
        except Exception:  # a printer driver fault must not take the kiosk down
            log.exception("printing the handout failed")
            problems = ["printing failed"]
        if problems:
            for problem in problems:
                log.warning("handout not printed: %s", problem)
            self.status.setText(
                self.tr("Sorry, the printer is not working. Please ask at the front desk.")
            )
        else:
            self.status.setText(self.tr("Printed. Please collect your handout at the printer."))
            if self.opener is not None:
                self.opener.used.emit("print")
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # One tap outside the card closes the panel (a touch arrives as a synthesized click).
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close_panel()
        event.accept()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        try:
            kind = event.type()
            if obj is self.parentWidget() and kind == QEvent.Type.Resize and self.isVisible():
                self._fit()
            elif (
                kind == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and self.isVisible()
            ):
                # Esc closes the panel (as a key press that reaches keyPressEvent) instead of
                # triggering the window's Esc shortcut, Back, behind it.
                event.accept()
                return True
        except Exception:  # never raise out of a Qt virtual
            log.exception("take-home panel: event handling failed")
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
            self._fit()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()
