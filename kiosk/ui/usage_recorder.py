"""Turns what happens in the app into anonymous usage events (see kiosk/core/usage.py).

Runs on the UI thread and only ever does cheap work: note the time, put a tuple on the
store's queue. Every public method swallows and logs its own errors, because counting must
never break the kiosk.

A *visit* starts with the first thing a person does: a screen other than Home (Home is what
the kiosk shows when nobody is there), read aloud or take-home. It ends with an idle reset
or when the app closes. Screens in :data:`UNCOUNTED` (the attract screen, the admin screen)
are staff or nobody, never a patient, and are not recorded. Language and text-size changes
outside a visit (for example the reset to the defaults for the next person) update the
current setting without starting a visit.

Other features call: :meth:`UsageRecorder.language_changed`,
:meth:`~UsageRecorder.text_size_changed`, :meth:`~UsageRecorder.read_aloud_used`,
:meth:`~UsageRecorder.take_home_used` and :meth:`~UsageRecorder.idle_reset`.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from kiosk import paths
from kiosk.core import usage
from kiosk.core.usage import UsageStore
from kiosk.ui.router import Location

if TYPE_CHECKING:
    from kiosk.core.profile import ClinicProfile
    from kiosk.ui.router import Router

log = logging.getLogger(__name__)

UNCOUNTED = frozenset({"attract", "admin"})

# SPINE_KIOSK_USAGE=off turns recording off (the tests set it; clinic IT may too).
SWITCH = "SPINE_KIOSK_USAGE"

F = TypeVar("F", bound=Callable[..., Any])


def _never_raises(method: F) -> F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except Exception:
            log.exception("usage: %s failed", method.__name__)
            return None

    return wrapper  # type: ignore[return-value]


class UsageRecorder:
    """Records one visit at a time into ``store``."""

    def __init__(
        self,
        store: UsageStore,
        language: str = "en",
        text_scale: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.language = language
        self.text_scale = text_scale
        self.visit: int | None = None
        self.clock = clock
        self._screen: Location | None = None  # the counted screen now shown
        self._since = 0.0

    def attach(self, router: Router) -> None:
        router.changed.connect(self.screen_shown)

    # -- what other features call ----------------------------------------------------------

    @_never_raises
    def screen_shown(self, location: Location) -> None:
        """Router.changed: close the screen that was shown and start timing the new one."""
        now = self.clock()
        self._end_screen(now)
        if location.page in UNCOUNTED:
            return
        if self.visit is None and location.page != "home":
            self._start_visit()
        self._screen = location
        self._since = now

    @_never_raises
    def language_changed(self, code: str) -> None:
        if code == self.language:
            return
        self.language = code
        if self.visit is not None:
            self.store.record(usage.LANGUAGE, self.visit, detail=code)

    @_never_raises
    def text_size_changed(self, scale: float) -> None:
        if abs(scale - self.text_scale) < 0.001:
            return
        self.text_scale = scale
        if self.visit is not None:
            self.store.record(usage.TEXT_SIZE, self.visit, detail=f"{scale:.2f}")

    @_never_raises
    def read_aloud_used(self) -> None:
        self._record_action(usage.READ_ALOUD, "")

    @_never_raises
    def take_home_used(self, kind: str = "qr") -> None:
        """``kind``: how it was taken home, e.g. "qr", "print", "pdf"."""
        self._record_action(usage.TAKE_HOME, kind)

    @_never_raises
    def idle_reset(self) -> None:
        """The kiosk reset itself for the next person: the visit ends."""
        visit = self.visit
        self._end_visit("idle")
        if visit is not None:
            self.store.record(usage.IDLE_RESET, visit)

    @_never_raises
    def close(self) -> None:
        """The app is closing: end the visit and let the store write what is queued."""
        self._end_visit("exit")
        self.store.close()

    # -- inside ----------------------------------------------------------------------------

    def _record_action(self, kind: str, detail: str) -> None:
        if self.visit is None:
            self._start_visit()
        screen = self._screen or Location()
        self.store.record(kind, self.visit, screen=screen.page, topic=screen.topic, detail=detail)

    def _start_visit(self) -> None:
        self.visit = usage.new_visit_id()
        self.store.record(usage.VISIT_START, self.visit)
        self.store.record(usage.LANGUAGE, self.visit, detail=self.language)
        self.store.record(usage.TEXT_SIZE, self.visit, detail=f"{self.text_scale:.2f}")
        if self._screen is not None:
            # The screen the visit started from (Home, usually) starts counting now.
            self._since = self.clock()

    def _end_screen(self, now: float) -> None:
        screen, self._screen = self._screen, None
        if screen is None or self.visit is None:
            return
        self.store.record(
            usage.SCREEN,
            self.visit,
            screen=screen.page,
            topic=screen.topic,
            step=screen.step + 1 if screen.topic else None,
            seconds=now - self._since,
        )

    def _end_visit(self, reason: str) -> None:
        self._end_screen(self.clock())
        if self.visit is not None:
            self.store.record(usage.VISIT_END, self.visit, detail=reason)
        self.visit = None


def enabled() -> bool:
    return os.environ.get(SWITCH, "on").strip().lower() not in ("off", "0", "no", "false")


def start(
    router: Router, profile: ClinicProfile, language: str = "", text_scale: float = 1.0
) -> UsageRecorder | None:
    """The store in the platform's data folder and a recorder attached to ``router``.

    None when recording is switched off; never raises (a kiosk without figures still runs).
    """
    if not enabled():
        log.info("usage: recording is switched off (%s)", SWITCH)
        return None
    try:
        store = UsageStore(paths.data_dir(), profile.usage_retention_days)
        recorder = UsageRecorder(store, language or profile.default_language, text_scale)
        recorder.attach(router)
    except Exception:
        log.exception("usage: recording could not start; the kiosk runs without it")
        return None
    return recorder
