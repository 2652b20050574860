"""accord.core must work without Qt: every module imports with PySide6 blocked."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import accord.core

CORE_DIR = Path(accord.core.__file__).parent

_SCRIPT = r"""
import importlib, json, pkgutil, sys, traceback

BLOCKED = ("PySide6", "shiboken6")

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"blocked by test: {name}")
        return None

sys.meta_path.insert(0, BlockQt())

import accord.core

results = {}
def onerror(name):
    results[name] = "".join(traceback.format_exception(*sys.exc_info())[-1:])

for info in pkgutil.walk_packages(accord.core.__path__, "accord.core.", onerror=onerror):
    try:
        importlib.import_module(info.name)
        results.setdefault(info.name, "ok")
    except BaseException as error:
        results[info.name] = f"{type(error).__name__}: {error}"

print(json.dumps({
    "results": results,
    "qt_loaded": sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED),
    "gui_loaded": sorted(m for m in sys.modules if m.startswith("accord.gui")),
}))
"""


@pytest.fixture(scope="module")
def imported():
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120,
        env=dict(os.environ, PYTHONPATH=str(CORE_DIR.parent.parent), QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_walk_found_the_core_modules(imported):
    names = set(imported["results"])
    expected = {f"accord.core.{m}" for m in (
        "project", "schema", "history", "codebook", "codings", "documents", "coders",
        "memos", "attributes", "search", "spans", "lookup", "errors", "clock",
    )}
    assert expected <= names


def test_no_core_module_needs_qt(imported):
    blocked = {name: outcome for name, outcome in imported["results"].items()
               if "blocked by test" in outcome or "PySide6" in outcome or "shiboken6" in outcome}
    assert blocked == {}
    assert imported["qt_loaded"] == []
    assert imported["gui_loaded"] == []


def test_every_core_module_imports_without_qt(imported):
    failed = {name: outcome for name, outcome in imported["results"].items() if outcome != "ok"}
    assert failed == {}


def test_block_really_blocks():
    """The blocker itself works: importing PySide6 under it fails."""
    script = _SCRIPT.split("import accord.core")[0] + "\ntry:\n    import PySide6\nexcept ImportError as e:\n" \
        "    print('blocked' if 'blocked by test' in str(e) else 'other')\nelse:\n    print('imported')\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "blocked"


_FORBIDDEN = re.compile(r"PySide6|shiboken6|accord\.gui|from\s+\.\.gui\b|from\s+\.\.\s+import\s+gui\b")


def test_core_sources_never_mention_qt_or_gui():
    sources = sorted(CORE_DIR.rglob("*.py"))
    assert len(sources) >= 14
    offenders = {}
    for source in sources:
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if _FORBIDDEN.search(line):
                offenders[f"{source.relative_to(CORE_DIR)}:{number}"] = line.strip()
    assert offenders == {}


def test_walk_covers_every_source_file(imported):
    """Every .py file under accord/core was imported (none skipped by the walk)."""
    expected = set()
    for source in CORE_DIR.rglob("*.py"):
        parts = source.relative_to(CORE_DIR).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts:
            expected.add("accord.core." + ".".join(parts))
    assert expected <= set(imported["results"])
