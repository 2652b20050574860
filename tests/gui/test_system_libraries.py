"""`accord gui` on X11 first checks the system libraries Qt's xcb plugin needs, and names the apt line if any is missing."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from accord.gui import system_libraries
from accord.gui.system_libraries import APT_LINE, SONAMES, check_before_qt, would_use_xcb

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


def never(soname):
    raise AssertionError(f"looked for {soname} although Qt will not use xcb")


@pytest.mark.parametrize("environ, platform, expected", [
    (X11, "linux", True),
    ({**X11, "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({**X11, "QT_QPA_PLATFORM": " XCB "}, "linux", True),
    ({**X11, "XDG_SESSION_TYPE": "x11"}, "linux", True),
    ({**X11, "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({**X11, "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({**X11, "QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({**X11, "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),  # Qt picks Wayland
    ({}, "linux", False),  # no display: Qt says so itself
    ({"DISPLAY": ""}, "linux", False),
    (X11, "darwin", False),
    (X11, "win32", False),
])
def test_only_a_start_on_x11_is_checked(environ, platform, expected):
    assert would_use_xcb(environ, platform) is expected


def test_a_missing_library_gives_the_apt_line_and_names_it():
    text = check_before_qt(X11, "linux", loads=lambda soname: soname not in ("libxcb-cursor.so.0", "libEGL.so.1"))
    assert "(libEGL.so.1, libxcb-cursor.so.0)" in text
    assert f"\n    {APT_LINE}\n" in text
    assert APT_LINE.startswith("sudo apt-get install libegl1 ")


def test_nothing_missing_or_not_x11_lets_qt_start():
    looked = []
    assert check_before_qt(X11, "linux", loads=lambda soname: looked.append(soname) or True) is None
    assert looked == list(SONAMES)
    assert check_before_qt({**X11, "QT_QPA_PLATFORM": "offscreen"}, "linux", loads=never) is None
    assert check_before_qt({**X11, "QT_QPA_PLATFORM": "wayland"}, "linux", loads=never) is None


def test_every_package_named_provides_a_checked_library_and_the_line_is_in_the_readme():
    assert set(system_libraries.PACKAGES) <= set(SONAMES.values())
    assert APT_LINE in (ROOT / "README.md").read_text(encoding="utf-8")


_BLOCKED_QT_RUN = r"""
import json, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"blocked by test: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
from accord.gui import system_libraries
system_libraries._loads = lambda soname: soname != "libxcb-icccm.so.4"
from accord.cli.main import main
status = main(["gui", "--sample"])
print(json.dumps({"status": status, "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))}))
"""


def test_accord_gui_exits_1_with_the_apt_line_before_qt_is_imported(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(DISPLAY=":99", ACCORD_DATA_DIR=str(tmp_path / "data"), ACCORD_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", _BLOCKED_QT_RUN], env=env, capture_output=True, text=True, check=False,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"status": 1, "qt": []}
    assert "not installed (libxcb-icccm.so.4)" in done.stderr and APT_LINE in done.stderr
    assert not (tmp_path / "data").exists()  # the sample was not even built


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("readelf"), reason="Linux, readelf")
def test_the_list_covers_what_the_installed_xcb_plugin_links_against():
    """Each library the wheel's libqxcb.so (and the Qt libraries it loads) needs from the system is checked."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    shipped = {p.name for p in (qt / "lib").iterdir()}
    everywhere = ("libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "ld-linux", "libz.so", "libzstd.so",
                  "libpthread.so", "libdl.so", "librt.so")
    files = [qt / "plugins" / "platforms" / "libqxcb.so"] + [
        qt / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Core", "DBus", "Widgets")]
    needed = set()
    for file in files:
        dynamic = subprocess.run(["readelf", "-d", str(file)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[", 1)[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line}
    from_system = {n for n in needed if n not in shipped and not n.startswith(everywhere)}
    assert from_system - set(SONAMES) == set()
