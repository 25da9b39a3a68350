"""``python -m kiosk``: the same entry point as main.py (used by the supervisor)."""

import sys

from kiosk.app import main

sys.exit(main())
