"""The import dialog: per-file checks, preview, joining broken lines, importing, driven through its widgets."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog  # noqa: E402

from accord.core.coders import add_coder  # noqa: E402
from accord.core.documents import document_text, list_documents  # noqa: E402
from accord.core.errors import ImportFailed  # noqa: E402
from accord.gui.i18n import integer  # noqa: E402
from accord.gui.importing import runner as import_runner  # noqa: E402
from accord.gui.importing.dialog import ImportDialog  # noqa: E402
from small_session import small_session  # noqa: E402


@pytest.fixture
def session(qtbot):
    return small_session()


# -- import dialog --------------------------------------------------------------
GOOD = (
    "INTERVIEWER: How did you cope in the first months\n"
    "after the diagnosis?\n"
    "MARIA: Honestly, I did not. I kept telling myself it\n"
    "would pass, and my sister came over every Sunday.\n"
)
WIDE = "Résumé of focus group 2.\nParticipants agreed that the clinic was too far away.\n"


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    good = tmp_path / "Interview 3.txt"
    good.write_text(GOOD, encoding="utf-8")
    wide = tmp_path / "Focus group.txt"
    wide.write_text(WIDE, encoding="utf-16")
    bad = tmp_path / "Broken.docx"
    bad.write_bytes(os.urandom(1500))
    return {"good": good, "wide": wide, "bad": bad}


def open_import(qtbot, session, paths) -> ImportDialog:
    dialog = ImportDialog(session, [str(p) for p in paths])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def status(dialog: ImportDialog, row: int) -> str:
    return dialog.table.item(row, 3).text()


def test_import_dialog_prepares_files_and_reports_each(qtbot, session, files):
    dialog = open_import(qtbot, session, [files["good"], files["wide"], files["bad"]])
    assert dialog.table.rowCount() == 3
    assert [dialog.table.item(r, 0).text() for r in range(3)] == ["Interview 3.txt", "Focus group.txt", "Broken.docx"]
    assert "2 lines broken mid-sentence found" in status(dialog, 0)
    assert dialog.table.item(1, 2).text().startswith("utf-16")
    assert dialog.table.item(1, 1).text() == integer(len(WIDE))
    assert status(dialog, 2).startswith("✗ ") and "docx" in status(dialog, 2)
    assert dialog.error_of(files["bad"]) is not None
    assert dialog.import_button.isEnabled()
    assert dialog.summary_label.text() == "3 files · 2 ready · 1 cannot be read"


def test_import_dialog_preview_and_join_checkbox(qtbot, session, files):
    dialog = open_import(qtbot, session, [files["good"], files["wide"], files["bad"]])
    dialog.table.selectRow(0)
    assert dialog.join_checkbox.isVisible() and not dialog.join_checkbox.isChecked()
    assert dialog.join_checkbox.text() == "&Join 2 lines broken mid-sentence"
    assert "first months\nafter" in dialog.text_preview.toPlainText()
    assert "⏎" in dialog.join_preview.toPlainText()

    qtbot.mouseClick(dialog.join_checkbox, Qt.MouseButton.LeftButton)
    assert dialog.join_of(files["good"])
    assert "first months after" in dialog.text_preview.toPlainText()
    assert "will be joined" in status(dialog, 0)

    dialog.table.selectRow(1)  # nothing to join in this one
    assert not dialog.join_checkbox.isVisible() and not dialog.join_preview.isVisible()
    assert dialog.text_preview.toPlainText().startswith("Résumé")
    dialog.table.selectRow(2)
    assert "cannot be imported" in dialog.text_preview.toPlainText()
    dialog.table.selectRow(0)
    assert dialog.join_checkbox.isChecked()  # remembered per file


def test_import_dialog_imports_good_files_only(qtbot, session, files):
    dialog = open_import(qtbot, session, [files["good"], files["wide"], files["bad"]])
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.join_checkbox, Qt.MouseButton.LeftButton)
    finished = []
    dialog.importFinished.connect(finished.append)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    outcomes = dialog.outcomes
    assert finished == [outcomes]
    assert [o.ok for o in outcomes] == [True, True, False]
    assert status(dialog, 0) == "✓ imported as 'Interview 3', 2 lines joined"
    assert status(dialog, 1) == "✓ imported as 'Focus group'"
    assert status(dialog, 2).startswith("✗ ")
    documents = {d.name: d for d in list_documents(session.db)}
    assert set(documents) == {"Interview 1", "Interview 3", "Focus group"}
    assert document_text(session.db, "Interview 3") == GOOD.replace("months\nafter", "months after").replace(
        "it\nwould", "it would"
    )
    assert document_text(session.db, "Focus group") == WIDE
    assert documents["Interview 3"].import_notes["lines_joined"] == 2
    assert documents["Focus group"].import_notes["encoding"].startswith("utf-16")

    # The button now closes the dialog; nothing more can be added.
    assert dialog.import_button.text() == "&Close"
    assert not dialog.cancel_button.isVisible() and not dialog.add_button.isVisible()
    assert dialog.summary_label.text() == "2 of 3 files imported."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.import_all() is outcomes  # importing twice does nothing


def test_import_dialog_keeps_broken_lines_unless_asked(qtbot, session, files):
    dialog = open_import(qtbot, session, [files["good"]])
    dialog.set_join(files["good"], True)
    dialog.set_join(files["good"], False)
    outcomes = dialog.import_all()
    assert outcomes[0].ok
    assert document_text(session.db, outcomes[0].document.id) == GOOD
    assert "lines_joined" not in outcomes[0].document.import_notes


def test_import_dialog_each_file_on_its_own(qtbot, session, files, monkeypatch):
    real = import_runner.store_built

    def failing_for_the_first(project, built, **kwargs):
        if built.prepared.path == files["good"]:
            with project.command("half"):
                add_coder(project.db, "should be rolled back")
                raise ImportFailed(f"{built.prepared.path.name}: disk full")
        return real(project, built, **kwargs)

    monkeypatch.setattr(import_runner, "store_built", failing_for_the_first)
    dialog = open_import(qtbot, session, [files["good"], files["wide"]])
    outcomes = dialog.import_all()
    assert [o.ok for o in outcomes] == [False, True]
    assert outcomes[0].message == "disk full"
    assert status(dialog, 0) == "✗ disk full"
    assert {d.name for d in list_documents(session.db)} == {"Interview 1", "Focus group"}
    assert session.db.execute("SELECT count(*) FROM coders").fetchone()[0] == 1


def test_import_dialog_add_files_button_and_duplicates(qtbot, session, files, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(files["wide"]), str(files["good"])], "")),
    )
    dialog = open_import(qtbot, session, [files["good"]])
    assert dialog.table.rowCount() == 1
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.paths == [files["good"], files["wide"]]  # the good file is not listed twice
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.paths == [files["wide"]]


def test_import_dialog_many_files_with_progress(qtbot, session, tmp_path):
    paths = []
    for n in range(5):
        path = tmp_path / f"note {n}.md"
        path.write_text(f"# Note {n}\n\nSomething observed on day {n}.\n", encoding="utf-8")
        paths.append(path)
    dialog = open_import(qtbot, session, paths)
    assert dialog.table.rowCount() == 5
    assert all(o.ok for o in dialog.import_all())
    assert len(list_documents(session.db)) == 6


def test_import_dialog_empty_then_escape(qtbot, session):
    dialog = open_import(qtbot, session, [])
    assert not dialog.import_button.isEnabled()
    assert dialog.files_stack.currentWidget() is dialog.empty_label
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert list_documents(session.db)[0].name == "Interview 1"
