"""The reference for the bundle-size budget: a bare PySide6 window, frozen like the app."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello")
label.show()
if "--quit" in sys.argv:
    sys.exit(0)
sys.exit(app.exec())
