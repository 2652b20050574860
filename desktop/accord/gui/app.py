"""Starting the desktop application: `accord gui [PROJECT] [--sample]` or `accord-gui`.

Qt is imported only once `system_libraries` has found what its X11 plugin needs:
without them Qt would abort with a misleading message about xcb-cursor.
"""

import argparse
import sys

from .. import __version__
from ..logs import setup_logging
from ..resources import resources_dir
from .system_libraries import check_before_qt


def _open_files_filter(window):
    """macOS hands a double-clicked .accord file to the app as a FileOpen event, not an argument."""
    from PySide6.QtCore import QEvent, QObject

    class OpenFiles(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.FileOpen:
                window.open_project(event.file())
                return True
            return False

    return OpenFiles(window)


def _parser() -> argparse.ArgumentParser:
    # The command line speaks English, like the rest of the CLI (and Qt's translators are not loaded yet).
    parser = argparse.ArgumentParser(prog="accord gui", description="Open Accord's coding workbench.")  # not text: CLI
    parser.add_argument("project", nargs="?", help="an .accord project to open")  # not text: CLI
    parser.add_argument("--sample", action="store_true", help="open the bundled sample project")  # not text: CLI
    parser.add_argument("--screenshot", metavar="PNG",  # not text: CLI
                        help="save a picture of the window and quit (for docs/tests)")  # not text: CLI
    parser.add_argument("--lang", metavar="CODE",  # not text: CLI
                        help="interface language for this run, e.g. de; overrides Settings ▸ Language")  # not text: CLI
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    problem = check_before_qt()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    setup_logging()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .workbench.mainwindow import MainWindow

    if args.lang and args.lang not in i18n.LANGUAGES:
        known = ", ".join(i18n.LANGUAGES)
        print(f"accord gui: no interface language {args.lang!r}; choose one of {known}", file=sys.stderr)  # not text: CLI
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.translators = i18n.install(app, args.lang)  # before any window exists; kept so they live as long as app
    app.setApplicationName("Accord")  # not text: the name
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("accord")  # Wayland links the windows to accord.desktop (icon, name)
    icon = resources_dir() / "icons" / "accord.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow()
    app.installEventFilter(_open_files_filter(window))
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
