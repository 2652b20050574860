"""The quick-code palette, the import dialog and the memo editors, driven through their widgets."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel  # noqa: E402

from accord.core.codebook import code_tree, create_code, get_code  # noqa: E402
from accord.core.coders import add_coder  # noqa: E402
from accord.core.codings import apply_code, get_coding  # noqa: E402
from accord.core.documents import add_document, document_text, list_documents  # noqa: E402
from accord.core.errors import ImportFailed  # noqa: E402
from accord.core.memos import add_memo, get_memo, memos_of  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.importing import runner as import_runner  # noqa: E402
from accord.gui.importing.dialog import ImportDialog  # noqa: E402
from accord.gui.memos.coding_memo import CodingMemoDialog, edit_coding_memo  # noqa: E402
from accord.gui.memos.editor import MemoEditor  # noqa: E402
from accord.gui.workbench.quick_code import QuickCodePalette, rank  # noqa: E402
from accord.gui.session import Session  # noqa: E402

TEXT = (
    "INTERVIEWER: How did you cope?\n"
    "MARIA: My sister came over every Sunday, which helped more than anything.\n"
)


@pytest.fixture
def session(qtbot):
    project = Project.in_memory(title="Caregiver interviews")
    with project.command("x"):
        add_coder(project.db, "Ana")
        create_code(project.db, "Emotions")
        create_code(project.db, "Fear of failure", parent="Emotions")
        create_code(project.db, "Anger", parent="Emotions")
        create_code(project.db, "Safety")
        create_code(project.db, "Negative feedback")
        create_code(project.db, "Feelings")
        add_document(project.db, "Interview 1", TEXT)
    return Session(project)


def code_id(session, name: str) -> int:
    return next(code.id for code, _ in code_tree(session.db) if code.name == name)


def rows(widget) -> list[str]:
    return [widget.list.item(i).text() for i in range(widget.list.count())]


# -- quick-code palette -------------------------------------------------------
def open_palette(qtbot, session) -> QuickCodePalette:
    palette = QuickCodePalette(session)
    qtbot.addWidget(palette)
    palette.show()
    return palette


def test_rank_prefers_word_starts():
    assert rank("Fear", "fear") == (0, 0)
    assert rank("Fear of failure", "fe") == (1, 0)
    assert rank("Negative feedback", "fe") == (2, 9)
    assert rank("Safety", "fe") == (3, 2)
    assert rank("Anger", "fe") is None


def test_palette_lists_every_code_with_its_parent_path(qtbot, session):
    palette = open_palette(qtbot, session)
    assert rows(palette) == ["Emotions", "Fear of failure", "Anger", "Safety", "Negative feedback", "Feelings"]
    anger = palette.list.item(2)
    assert anger.data(Qt.ItemDataRole.UserRole + 1) == "Emotions"
    assert palette.list.currentRow() == 0


def test_palette_filters_as_you_type_word_starts_first(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "FE")
    assert rows(palette) == ["Fear of failure", "Feelings", "Negative feedback", "Safety", "Create code “FE”"]
    qtbot.keyClicks(palette.search, "e")
    assert rows(palette) == ["Feelings", "Negative feedback", "Create code “FEe”"]


def test_palette_enter_picks_the_highlighted_code(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "fe")
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert palette.result() == QDialog.DialogCode.Accepted
    assert palette.picked_code_id == code_id(session, "Feelings")
    assert not palette.isVisible()


def test_palette_escape_cancels(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "ang")
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert palette.result() == QDialog.DialogCode.Rejected
    assert palette.picked_code_id is None


def test_palette_exact_name_offers_no_creation(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "  anger ")
    assert rows(palette) == ["Anger"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "emotions/anger")
    assert rows(palette) == ["Anger"]


def test_palette_creates_a_code_when_none_matches(qtbot, session):
    palette = open_palette(qtbot, session)
    before = len(code_tree(session.db))
    qtbot.keyClicks(palette.search, "Hope")
    assert rows(palette) == ["Create code “Hope”"]
    qtbot.keyClick(palette.search, Qt.Key.Key_Enter)
    assert palette.result() == QDialog.DialogCode.Accepted
    created = get_code(session.db, palette.picked_code_id)
    assert (created.name, created.parent_id) == ("Hope", None)
    assert len(code_tree(session.db)) == before + 1
    assert session.undo_label == "New code “Hope”"


def test_palette_create_row_is_last_and_reachable_with_up(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "fear")
    assert rows(palette)[-1] == "Create code “fear”"
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)  # wraps round to the last row
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert get_code(session.db, palette.picked_code_id).name == "fear"


def test_palette_choose_runs_modally_and_returns_the_id(qtbot, session):
    palette = QuickCodePalette(session)
    qtbot.addWidget(palette)

    def type_and_pick():
        qtbot.keyClicks(palette.search, "safe")
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_and_pick)
    assert palette.choose() == code_id(session, "Safety")


def test_palette_shows_why_a_code_cannot_be_created(qtbot, session):
    session.project.read_only = True  # every command now fails with a message
    palette = open_palette(qtbot, session)
    errors = []
    session.error.connect(errors.append)
    qtbot.keyClicks(palette.search, "Hope")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert palette.isVisible() and palette.picked_code_id is None
    assert errors and palette.error_label.text() == errors[0]


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
    assert dialog.table.item(1, 1).text() == f"{len(WIDE):,}"
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


# -- memo editor -------------------------------------------------------------------
def open_memos(qtbot, session, **owner) -> MemoEditor:
    editor = MemoEditor(session, **owner)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_memo_editor_titles_say_whose_memos(qtbot, session):
    assert open_memos(qtbot, session).windowTitle() == "Project memos — Caregiver interviews"
    document = list_documents(session.db)[0]
    assert open_memos(qtbot, session, document_id=document.id).windowTitle() == "Memos on document “Interview 1”"
    anger = code_id(session, "Anger")
    assert open_memos(qtbot, session, code_id=anger).windowTitle() == "Memos on code “Emotions/Anger”"


def test_memo_editor_creates_edits_and_deletes(qtbot, session):
    editor = open_memos(qtbot, session)
    assert editor.memo_ids() == [] and not editor.text_edit.isEnabled()

    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    [memo] = memos_of(session.db)
    assert editor.memo_ids() == [memo.id] and editor.current_memo_id == memo.id
    assert memo.coder_id is not None
    qtbot.keyClicks(editor.title_edit, "Sampling")
    qtbot.keyClicks(editor.text_edit, "Two more carers from the rural clinic.")
    assert get_memo(session.db, memo.id).text == ""  # not written on every keystroke

    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)  # switching saves the first
    saved = get_memo(session.db, memo.id)
    assert (saved.title, saved.text) == ("Sampling", "Two more carers from the rural clinic.")
    assert len(editor.memo_ids()) == 2
    assert editor.list.topLevelItem(0).text(0) == "Sampling"

    qtbot.keyClicks(editor.text_edit, "Check consent forms")
    editor.select_memo(memo.id)  # switching memo saves the one left
    assert [m.text for m in memos_of(session.db)][1] == "Check consent forms"
    assert editor.text_edit.toPlainText() == "Two more carers from the rural clinic."
    assert editor.list.topLevelItem(1).text(0) == "Check consent forms"  # untitled: its first line

    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in memos_of(session.db)] == ["Check consent forms"]
    assert len(editor.memo_ids()) == 1 and editor.text_edit.toPlainText() == "Check consent forms"


def test_memo_editor_saves_on_focus_out_and_close(qtbot, session):
    document = list_documents(session.db)[0]
    with session.project.command("memo"):
        memo = add_memo(session.db, "First thoughts", title="Maria", document=document.id)
    editor = open_memos(qtbot, session, document_id=document.id)
    assert editor.title_edit.text() == "Maria"
    editor.activateWindow()
    editor.text_edit.setFocus()
    qtbot.waitUntil(editor.text_edit.hasFocus, timeout=2000)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_End)
    qtbot.keyClicks(editor.text_edit, ", then doubts.")
    editor.title_edit.setFocus()  # leaving the text saves it
    qtbot.waitUntil(lambda: get_memo(session.db, memo.id).text == "First thoughts, then doubts.", timeout=2000)

    qtbot.keyClicks(editor.title_edit, " (sister)")
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert get_memo(session.db, memo.id).title == "Maria (sister)"
    assert not editor.isVisible()


def test_memo_editor_escape_saves_too(qtbot, session):
    anger = code_id(session, "Anger")
    editor = open_memos(qtbot, session, code_id=anger)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.text_edit, "Often directed at the clinic, rarely at family.")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    [memo] = memos_of(session.db, code=anger)
    assert memo.text == "Often directed at the clinic, rarely at family."
    assert memos_of(session.db) == []  # not a project memo


def test_undo_reverts_a_memo_edit_and_the_editor_follows(qtbot, session):
    with session.project.command("memo"):
        memo = add_memo(session.db, "Original", title="Idea")
    editor = open_memos(qtbot, session)
    editor.text_edit.setPlainText("Rewritten")
    assert editor.save_current()
    assert session.undo_label == "Edit memo"
    assert get_memo(session.db, memo.id).text == "Rewritten"

    session.undo()
    assert get_memo(session.db, memo.id).text == "Original"
    assert editor.text_edit.toPlainText() == "Original"
    session.redo()
    assert editor.text_edit.toPlainText() == "Rewritten"

    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.memo_ids() == []
    session.undo()  # the deleted memo comes back, in the list too
    assert editor.memo_ids() == [memo.id]


# -- a coding's memo --------------------------------------------------------------
@pytest.fixture
def coding(session):
    start = TEXT.index("My sister")
    with session.project.command("code"):
        return apply_code(session.db, "Interview 1", "Feelings", "Ana", start, start + 9)


def _when_dialog_opens(action):
    def run():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CodingMemoDialog) and widget.isVisible():
                action(widget)
                return
        QTimer.singleShot(10, run)

    QTimer.singleShot(0, run)


def test_coding_memo_is_saved(qtbot, session, coding):
    def write(dialog):
        assert "My sister" in dialog.findChild(QLabel, "codingExcerpt").text()
        qtbot.keyClicks(dialog.editor, "Practical support")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    _when_dialog_opens(write)
    assert edit_coding_memo(session, coding.id) is True
    assert get_coding(session.db, coding.id).memo == "Practical support"
    assert session.undo_label == "Edit coding memo"


def test_coding_memo_cancel_and_unchanged_save_nothing(qtbot, session, coding):
    def cancel(dialog):
        qtbot.keyClicks(dialog.editor, "Never mind")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)

    _when_dialog_opens(cancel)
    assert edit_coding_memo(session, coding.id) is False
    assert get_coding(session.db, coding.id).memo == ""

    _when_dialog_opens(lambda dialog: dialog.accept())
    assert edit_coding_memo(session, coding.id) is False


def test_coding_memo_ctrl_enter_saves(qtbot, session, coding):
    dialog = CodingMemoDialog(session, coding.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor, "Line one")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "Line two")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved and dialog.result() == QDialog.DialogCode.Accepted
    assert get_coding(session.db, coding.id).memo == "Line one\nLine two"


def test_coding_memo_of_a_missing_coding_reports_an_error(qtbot, session):
    errors = []
    session.error.connect(errors.append)
    assert edit_coding_memo(session, 999) is False
    assert errors == ["no coding with id 999"]
