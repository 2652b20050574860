"""Starting the desktop application: `accord gui [PROJECT] [--sample]` or `accord-gui`."""

import argparse
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..logs import setup_logging
from ..resources import resources_dir


class _OpenFiles(QObject):
    """macOS hands a double-clicked .accord file to the app as a FileOpen event, not an argument."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            self.window.open_project(event.file())
            return True
        return False


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accord gui", description="Open Accord's coding workbench.")
    parser.add_argument("project", nargs="?", help="an .accord project to open")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample project")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window and quit (for docs/tests)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging()
    from .workbench.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Accord")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("accord")  # Wayland links the windows to accord.desktop (icon, name)
    icon = resources_dir() / "icons" / "accord.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow()
    app.installEventFilter(_OpenFiles(window))
    window.show()
    if args.sample:
        window.open_sample()
    elif args.project:
        window.open_project(args.project)
    if args.screenshot:
        def shoot() -> None:
            from ..core.files import write_atomically
            from .widgets.png import png_bytes

            write_atomically(args.screenshot, png_bytes(window.grab()))
            window.close()

        QTimer.singleShot(300, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
