"""PyInstaller's own QtGui hook, minus Qt plugins a desktop Accord never loads (see accord.spec).

Leaving a plugin out here also leaves out the shared libraries only it needs, because
PyInstaller resolves the plugins' dependencies after the hooks ran.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Linux only (the names do not occur elsewhere):
# - platformthemes/libqgtk3: would bundle the build machine's GTK 3, GLib, Pango and Cairo
#   (~20 MB), which then clash with the user's GTK modules, themes and GIO modules. Without it
#   Qt uses its own GNOME theme and dialogs (the xdg-desktop-portal theme stays available).
# - eglfs / linuxfb / vnc / vkkhrdisplay / minimalegl platforms and the EGL device
#   integrations: for embedded devices and kiosks without a window system.
LEFT_OUT = {
    "libqgtk3.so",
    "libqeglfs.so", "libqlinuxfb.so", "libqvnc.so", "libqvkkhrdisplay.so", "libqminimalegl.so",
}
LEFT_OUT_FOLDERS = {"egldeviceintegrations"}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, dest) for source, dest in binaries
    if PurePath(source).name not in LEFT_OUT and PurePath(dest).name not in LEFT_OUT_FOLDERS
]
