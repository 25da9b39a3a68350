#!/bin/sh
# The `spine-kiosk` command: runs the bundle installed under /opt (a script, not a symbolic
# link, so the bundle always finds its own folder whatever the caller's directory).
exec /opt/spine-kiosk/spine-kiosk "$@"
