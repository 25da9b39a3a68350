"""Widgets: window, router, pages, illustrations, theme and icons."""
