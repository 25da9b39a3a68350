"""Contact: the clinic's name, large phone numbers, address, hours and a QR contact card.

Every part is optional in a clinic profile; what is missing is left out and the page still
looks finished (with no phone number, it points the patient to the front desk).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.vcard import vcard_for
from kiosk.ui import icons
from kiosk.ui.i18n import tr_clinic
from kiosk.ui.pages.base import Page, PageContext, scroll_area
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import label
from kiosk.ui.widgets.qrcode import QrCode
from kiosk.ui.widgets.speaker_button import SpeakerButton, page_text

# Small enough that the card stays a low QR version (11 for the default profile), which an
# ordinary phone camera reads from the screen; the phone numbers and address always fit.
QR_MAX_BYTES = 260


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame, QVBoxLayout(frame)


class ContactPage(Page):
    NAME = "contact"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        profile = ctx.profile
        self.name = label("heading")
        self.department = label("subheading")
        self.cards: list[QVBoxLayout] = []
        self.icons: list[tuple[QLabel, str]] = []

        details = QVBoxLayout()
        self.listen = SpeakerButton(ctx.speaker, lambda: page_text(self))
        details.addWidget(self.listen)
        details.addWidget(self.name)
        details.addWidget(self.department)

        self.phones = []  # (label, number, note) per phone
        for _phone in profile.phones:
            frame, box = _card()
            widgets = (label("subheading"), label("phone", wrap=False), label("small"))
            widgets[1].setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            for widget in widgets:
                box.addWidget(widget)
            self.phones.append(widgets)
            self.cards.append(box)
            details.addWidget(frame)
        self.no_phone = label("subheading")
        details.addWidget(self.no_phone)

        self.address_heading, self.address = label("subheading"), label()
        self.hours_heading, self.hours = label("subheading"), label()
        for heading, body, lines, icon in (
            (self.address_heading, self.address, profile.address, "address"),
            (self.hours_heading, self.hours, profile.hours, "hours"),
        ):
            if not lines:
                continue
            frame, box = _card()
            row = QGridLayout()
            glyph = QLabel()
            self.icons.append((glyph, icon))
            row.addWidget(glyph, 0, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(heading, 0, 1)
            row.addWidget(body, 1, 1)
            row.setColumnStretch(1, 1)
            box.addLayout(row)
            self.cards.append(box)
            details.addWidget(frame)
        details.addStretch(1)

        # The QR card is worth showing only if it carries a way to reach the clinic.
        self.qr = QrCode()
        self.qr_caption = label("small")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.qr_box = QWidget()
        qr_column = QVBoxLayout(self.qr_box)
        qr_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(self.qr_caption)
        qr_column.addStretch(1)
        if profile.phones or profile.address:
            self.qr.set_text(vcard_for(profile, max_bytes=QR_MAX_BYTES))

        inner = QWidget()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, inner)
        self.row.addLayout(details, 3)
        self.row.addWidget(self.qr_box, 2)
        self.details = details
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(inner))
        # Hide what the profile leaves out (only now that the widgets have a parent).
        self.name.setHidden(not profile.name)
        self.department.setHidden(not profile.department)
        self.no_phone.setHidden(bool(profile.phones))
        self.qr_box.setHidden(not (profile.phones or profile.address))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contact us")

    def retranslate(self) -> None:
        profile = self.ctx.profile
        self.name.setText(profile.name)
        self.department.setText(tr_clinic(profile.department))
        for (name, number, note), phone in zip(self.phones, profile.phones, strict=True):
            name.setText(tr_clinic(phone.label))
            # Read left to right in every language (isolated from the text around it), but
            # placed where a line starts: at the right in Arabic.
            number.setText(f"\u2066{phone.number}\u2069")
            number.setAccessibleName(f"{name.text()}: {phone.number}")
            note.setText(tr_clinic(phone.note))
            note.setHidden(not phone.note)
        self.no_phone.setText(self.tr("Please ask at the front desk. We are happy to help."))
        self.address_heading.setText(self.tr("Address"))
        self.address.setText("\n".join(profile.address))
        self.hours_heading.setText(self.tr("Opening hours"))
        self.hours.setText("\n".join(tr_clinic(line) for line in profile.hours))
        self.qr_caption.setText(
            self.tr("Point your phone's camera at this square to save our contact details.")
        )
        self.qr.setAccessibleName(self.tr("QR code with the clinic's contact card"))

    def apply_theme(self, theme: Theme) -> None:
        gap, margin = theme.px("gap"), theme.px("margin")
        self.row.setContentsMargins(margin, margin // 2, margin, margin)
        self.row.setSpacing(gap * 2)
        self.details.setSpacing(gap)
        self.listen.apply_theme(theme)
        for box in self.cards:
            box.setContentsMargins(gap, gap, gap, gap)
        for glyph, name in self.icons:
            glyph.setPixmap(icons.icon(name, theme.colors.accent).pixmap(theme.px("icon")))
        self.qr.set_side(round(360 * theme.scale))
        self._orient()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._orient()

    def _orient(self) -> None:
        portrait = self.height() > self.width()
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
