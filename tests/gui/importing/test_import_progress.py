"""Importing a large file from the import dialog: a progress dialog with Cancel, for reading and for storing."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton  # noqa: E402

import accord.core.importers as importers  # noqa: E402
import accord.core.importing as importing  # noqa: E402
import accord.core.text_spool as text_spool  # noqa: E402
from accord.core.coders import add_coder  # noqa: E402
from accord.core.documents import list_documents  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.widgets import progress_window  # noqa: E402
from accord.gui.importing.dialog import ImportDialog  # noqa: E402
from accord.gui.i18n import integer  # noqa: E402
from accord.gui.session import Session  # noqa: E402

TURNS = "Interviewer: And after that?\nMaya: We waited – for weeks, in the café by the station.\n"


@pytest.fixture
def session(qtbot):
    project = Project.in_memory(title="Large files")
    with project.command("x"):
        add_coder(project.db, "Ana")
    yield Session(project)
    project.close()


@pytest.fixture
def large(tmp_path, monkeypatch) -> Path:
    """A file read as large (in 2 KB chunks), each chunk taking a moment, so that Cancel can be pressed."""
    monkeypatch.setattr(importers, "LARGE_TEXT_BYTES", 2048)
    monkeypatch.setattr(importers, "CHUNK_BYTES", 2048)
    monkeypatch.setattr(text_spool, "CHUNK_BYTES", 2048)
    monkeypatch.setattr(progress_window, "SHOW_AFTER_MS", 0)
    path = tmp_path / "long interview.txt"
    path.write_text(TURNS * 3000, encoding="utf-8")  # 260 KB: 130 chunks
    return path


def slow_down(monkeypatch, module, name: str) -> None:
    """Make each chunk that `module.name` yields take 10 ms."""
    real = getattr(module, name)

    def slowly(*args, **kwargs):
        for chunk in real(*args, **kwargs):
            time.sleep(0.01)
            yield chunk

    monkeypatch.setattr(module, name, slowly)


def press_cancel_when_shown(qtbot, seen: dict, after_ms: int = 300) -> None:
    """Once the progress dialog is up, note what it shows and press its Cancel button."""
    def press() -> None:
        progress = next(w for w in top_level_widgets() if isinstance(w, QProgressDialog) and w.isVisible())
        seen.update(label=progress.labelText(), value=progress.value(), maximum=progress.maximum())
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(after_ms, press)


def top_level_widgets():
    return QApplication.topLevelWidgets()


def spools() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("accord-import-*"))


def test_reading_a_large_file_shows_progress_and_can_be_cancelled(qtbot, session, large, monkeypatch):
    slow_down(monkeypatch, importing, "read_chunks")
    before = spools()
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict = {}
    press_cancel_when_shown(qtbot, seen)

    dialog.add_paths([large])

    assert seen["label"] == "Reading long interview.txt…"
    assert 0 < seen["value"] < seen["maximum"]
    assert dialog.paths == []  # the cancelled file is not listed
    assert spools() - before == set()  # no spool of the cancelled file is left (earlier tests' may go meanwhile)
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in top_level_widgets())


def test_reading_a_large_file_to_the_end(qtbot, session, large):
    dialog = ImportDialog(session, [str(large)])
    qtbot.addWidget(dialog)
    assert dialog.paths == [large]
    assert dialog.table.item(0, 1).text() == integer(len(TURNS * 3000))  # grouped as the locale writes it
    assert dialog.prepared_of(large).read_text() == TURNS * 3000
    assert dialog.text_preview.toPlainText().startswith("Interviewer: And after that?")
    assert dialog.import_all()[0].ok
    assert [d.name for d in list_documents(session.db)] == ["long interview"]


def test_cancelling_the_import_keeps_the_files_stored_before(qtbot, session, large, tmp_path, monkeypatch):
    small = tmp_path / "short note.txt"
    small.write_text("Observed on Monday.\n", encoding="utf-8")
    dialog = ImportDialog(session, [str(small), str(large), str(small.with_name("later.txt"))])
    qtbot.addWidget(dialog)
    dialog.show()
    slow_down(monkeypatch, text_spool.TextSpool, "chunks")
    seen: dict = {}
    press_cancel_when_shown(qtbot, seen)

    outcomes = dialog.import_all()

    assert seen["label"] == "Preparing long interview.txt…  (2 of 2)"
    assert [o.ok for o in outcomes] == [True, False, False]
    assert outcomes[1].message == "not imported: cancelled"
    assert "file not found" in outcomes[2].message  # later.txt was never there
    assert [d.name for d in list_documents(session.db)] == ["short note"]
    assert dialog.table.item(1, 3).text() == "✗ not imported: cancelled"
    assert session.project.history is None or session.project.history.undo_label == "Import short note.txt"
