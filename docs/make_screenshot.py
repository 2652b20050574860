"""Renders docs/screenshot.png: the workbench on the sample project, a code chosen, a coding selected.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshot.py

The sample's interviews quote text messages with emoji (👍, 🏠): without a colour emoji font
they come out as empty boxes, so the script refuses to run without one (on Debian or Ubuntu:
`sudo apt-get install fonts-noto-color-emoji`).
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCORD_CONFIG_DIR", tempfile.mkdtemp())

from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from accord.core.codebook import resolve_code  # noqa: E402
from accord.core.codings import codings_of_document  # noqa: E402
from accord.core.sample import build_sample  # noqa: E402
from accord.gui.workbench.mainwindow import MainWindow  # noqa: E402


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication([])
    if not any("emoji" in family.lower() for family in QFontDatabase.families()):
        sys.exit("No colour emoji font: the sample's emoji would be empty boxes. "
                 "Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-color-emoji) and run again.")
    project = build_sample(Path(tempfile.mkdtemp()) / "Starting over.accord")
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.open_project(project)
    code = resolve_code(window.session.db, "Loneliness")
    window.codebook.select_code(code)
    coding = next(c for c in codings_of_document(window.session.db, window.view.document_id) if c.code_id == code)
    window.view.select_coding(coding.id)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("screenshot.png"))
