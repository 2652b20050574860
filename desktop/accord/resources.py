"""Where Accord's bundled files (sample project, icons, report templates) are.

In a source checkout they are in `resources/` beside `desktop/`; a frozen
bundle (PyInstaller) unpacks them next to the program; ACCORD_RESOURCES
overrides both.
"""

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    candidates = []
    if os.environ.get("ACCORD_RESOURCES"):
        candidates.append(Path(os.environ["ACCORD_RESOURCES"]))
    if getattr(sys, "_MEIPASS", None):
        candidates.append(Path(sys._MEIPASS) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if (candidate / "sample").is_dir():
            return candidate
    raise FileNotFoundError(
        "Accord's resources folder was not found (looked in: " + ", ".join(map(str, candidates)) + ")"
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
