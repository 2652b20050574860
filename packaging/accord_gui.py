"""Entry point of the frozen app (PyInstaller runs this; see packaging/accord.spec).

The bundle's program is the workbench: `Accord [PROJECT] [--sample] [--screenshot PNG]`,
the same arguments as `accord-gui`.

With ACCORD_BUNDLE_SELFTEST=REPORT.json set it opens no window: it loads what a
freezing tool can miss (modules imported by name, parsing libraries imported on first
use, Qt image plugins, the bundled resources), writes what it found to REPORT.json and
exits; tests/packaging/test_bundle.py uses it.
"""

import os
import sys


def self_test(report: str) -> int:
    import importlib
    import json
    from pathlib import Path

    result: dict = {"frozen": bool(getattr(sys, "frozen", False)), "errors": {}}

    def attempt(key: str, action):
        try:
            return action()
        except Exception as exc:  # reported, not raised: the test shows every problem at once
            result["errors"][key] = f"{type(exc).__name__}: {exc}"
            return None

    wanted = os.environ.get("ACCORD_BUNDLE_SELFTEST_MODULES", "")
    result["modules"] = {
        name: attempt(name, lambda name=name: importlib.import_module(name) and "ok")
        for name in wanted.split(",") if name
    }

    from accord.cli import main as cli
    from accord.core.importers import SUPPORTED_SUFFIXES, _reader, read_document
    from accord.resources import resources_dir

    result["cli_families"] = attempt("cli", lambda: [m.__name__ for m in cli.FAMILIES])
    attempt("cli parser", cli.build_parser)
    result["readers"] = {s: attempt(s, lambda s=s: _reader(s).__module__) for s in SUPPORTED_SUFFIXES}
    documents = os.environ.get("ACCORD_BUNDLE_SELFTEST_DOCS")
    result["documents"] = {
        path.name: attempt(path.name, lambda path=path: read_document(path).text)
        for path in (sorted(Path(documents).iterdir()) if documents else [])
    }
    result["resources"] = attempt("resources", lambda: str(resources_dir()))

    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    result["image_formats"] = sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats())
    icon = QIcon(str(Path(result["resources"] or ".") / "icons" / "accord.svg"))
    result["svg_icon"] = not icon.pixmap(64, 64).isNull()
    Path(report).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if os.environ.get("ACCORD_BUNDLE_SELFTEST"):
        sys.exit(self_test(os.environ["ACCORD_BUNDLE_SELFTEST"]))
    from accord.gui.app import main

    sys.exit(main())
