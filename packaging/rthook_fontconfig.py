"""PyInstaller run-time hook: a font configuration for Linux machines that have none.

The bundle carries its own libfontconfig (PyInstaller copies it with Qt), but fontconfig
reads its configuration from /etc/fonts, which a minimal system (no fontconfig-config
package) does not have: it then prints "Fontconfig error: Cannot load default config file"
on every start. The app brings its own fonts (assets/fonts, registered by kiosk/ui/i18n.py),
so a configuration that only names the usual system font folders is enough.
"""

import os
import sys

if (
    sys.platform.startswith("linux")
    and "FONTCONFIG_FILE" not in os.environ
    and not os.path.exists("/etc/fonts/fonts.conf")
):
    os.environ["FONTCONFIG_FILE"] = os.path.join(sys._MEIPASS, "fontconfig", "fonts.conf")
