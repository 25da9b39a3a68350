"""Spine Kiosk entry point: see kiosk/app.py for the start-up sequence."""

import sys

from kiosk.app import main

sys.exit(main())
