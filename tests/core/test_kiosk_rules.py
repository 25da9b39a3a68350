"""Idle policy and PIN lock-out, on a fake clock."""

from kiosk.core.kiosk import IdlePolicy, IdleState, PinLock


def test_idle_goes_active_countdown_expired():
    policy = IdlePolicy(idle_seconds=90, countdown_seconds=15)
    policy.touch(1000.0)
    assert policy.state(1089.9) is IdleState.ACTIVE
    assert policy.state(1090.0) is IdleState.COUNTDOWN
    assert policy.seconds_left(1090.0) == 15
    assert policy.seconds_left(1100.5) == 5
    assert policy.state(1104.99) is IdleState.COUNTDOWN
    assert policy.state(1105.0) is IdleState.EXPIRED
    assert policy.seconds_left(2000.0) == 0


def test_a_touch_during_the_countdown_starts_over():
    policy = IdlePolicy(idle_seconds=90, countdown_seconds=15)
    policy.touch(0.0)
    assert policy.state(95.0) is IdleState.COUNTDOWN
    policy.touch(95.0)
    assert policy.state(96.0) is IdleState.ACTIVE
    assert policy.state(185.0) is IdleState.COUNTDOWN


def test_three_wrong_pins_are_free_then_the_lock_grows():
    lock = PinLock(free_tries=3, first_lock=30, longest_lock=120)
    for _ in range(2):
        lock.record(False, 0.0)
        assert lock.locked_for(0.0) == 0
    lock.record(False, 0.0)
    assert lock.locked_for(0.0) == 30
    lock.record(False, 31.0)
    assert lock.locked_for(31.0) == 60
    lock.record(False, 100.0)
    assert lock.locked_for(100.0) == 120
    lock.record(False, 300.0)
    assert lock.locked_for(300.0) == 120, "never longer than the longest lock"


def test_the_right_pin_clears_the_lock():
    lock = PinLock()
    for _ in range(4):
        lock.record(False, 0.0)
    lock.record(True, 100.0)
    assert lock.failures == 0 and lock.locked_for(100.0) == 0
