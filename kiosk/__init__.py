"""Spine Kiosk: patient education about spine compression fractures and their treatment."""

__version__ = "0.1.0"
