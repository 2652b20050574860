"""Per-user folders (platformdirs) and the list of recent projects. No Qt here."""

import json
import os
from pathlib import Path

import platformdirs

from .core.files import write_atomically

APP = "Accord"
MAX_RECENT = 10


def config_dir() -> Path:
    return Path(os.environ.get("ACCORD_CONFIG_DIR") or platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(os.environ.get("ACCORD_DATA_DIR") or platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(os.environ.get("ACCORD_LOG_DIR") or platformdirs.user_log_dir(APP, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.ini"


def _recent_file() -> Path:
    return config_dir() / "recent.json"


def recent_projects() -> list[Path]:
    """Recently opened projects that still exist, newest first."""
    try:
        paths = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(p) for p in paths if isinstance(p, str) and Path(p).exists()]


def remember_project(path: Path) -> None:
    path = Path(path).resolve()
    paths = [path] + [p for p in recent_projects() if p.resolve() != path]
    target = _recent_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, json.dumps([str(p) for p in paths[:MAX_RECENT]], indent=1).encode("utf-8"))
    except OSError:
        pass  # a read-only home folder must not stop anyone from working
