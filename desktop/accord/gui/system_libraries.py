"""Before Qt starts on X11: are the system libraries its xcb platform plugin needs installed?

The PySide6 wheel brings Qt but not the X11, OpenGL, font and D-Bus libraries
that `libqxcb.so` links against. Without one of them Qt aborts with a message
about "xcb-cursor" whatever the missing library is, so `accord gui` looks
first and names the one apt line that installs them all. No Qt is imported
here: the check has to run before Qt is loaded.

The list is what `ldd` reports for PySide6's `Qt/plugins/platforms/libqxcb.so`
(and `libQt6Widgets`) outside the wheel, less what every Debian system has
(libc, libstdc++, zlib, zstd).
"""

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# Each soname Qt's xcb plugin needs, and the Debian/Ubuntu package that provides it.
SONAMES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

# The packages to name: the rest of SONAMES come with these as their dependencies
# (checked on a clean Debian 12 with --no-install-recommends).
PACKAGES = (
    "libegl1", "libgl1", "libfontconfig1", "libglib2.0-0", "libdbus-1-3", "libx11-xcb1", "libxkbcommon-x11-0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0",
    "libxcb-sync1", "libxcb-xfixes0",
)
APT_LINE = "sudo apt-get install " + " ".join(PACKAGES)  # not text: a shell command


def would_use_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """True when Qt would start on X11: Linux, QT_QPA_PLATFORM unset or "xcb", and a DISPLAY to show on.

    Offscreen, Wayland, VNC and the rest need none of these libraries, so they are not checked;
    nor is a Wayland session with QT_QPA_PLATFORM unset, where Qt starts on Wayland (its DISPLAY
    is XWayland's), so that a missing X11 library never stops a window that would have opened.
    """
    if not platform.startswith("linux") or not environ.get("DISPLAY") or getattr(sys, "frozen", False):
        return False  # a frozen bundle carries its own copies of some of these, found where Qt looks
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen == "xcb":
        return True
    wayland_session = environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" and environ.get("WAYLAND_DISPLAY")
    return chosen == "" and not wayland_session


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(loads: Callable[[str], bool] | None = None) -> list[str]:
    """The sonames that cannot be loaded (each tried as Qt's loader would find it)."""
    loads = loads or _loads
    return [soname for soname in SONAMES if not loads(soname)]


def message(missing: list[str]) -> str:
    return (f"Accord cannot open its window: Qt needs system libraries that are not installed "  # not text: printed before Qt is loaded
            f"({', '.join(missing)}).\n"
            f"On Debian or Ubuntu, install them with:\n\n    {APT_LINE}\n\n"
            f"On other systems, install the packages that provide these files.")


def check_before_qt(environ: Mapping[str, str] | None = None, platform: str | None = None,
                    loads: Callable[[str], bool] | None = None) -> str | None:
    """What to tell the user instead of starting Qt, or None when Qt can start (or is not going to use xcb)."""
    if not would_use_xcb(os.environ if environ is None else environ, platform or sys.platform):
        return None
    missing = missing_libraries(loads)
    return message(missing) if missing else None
