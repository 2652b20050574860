"""Links to files in a dialog's status line: `link(path, text)` writes one, `open_url(url)` follows one.

The report and retrieve dialogs say where they saved something with a
rich-text line whose links open the file or its folder with the desktop's
program for it. Both open them through `open_url`, looked up in this module
when a link is followed, so tests replace it here once for every dialog.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's program for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


def link(path: Path, text: str) -> str:
    """An <a> to a local file or folder, its text escaped."""
    return f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{escape(str(text))}</a>'
