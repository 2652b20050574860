"""The memo editor and a coding's memo dialog, driven through their widgets."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QLabel  # noqa: E402

from accord.core.codings import apply_code, get_coding  # noqa: E402
from accord.core.documents import list_documents  # noqa: E402
from accord.core.memos import add_memo, get_memo, memos_of  # noqa: E402
from accord.gui.memos.coding_memo import CodingMemoDialog, edit_coding_memo  # noqa: E402
from accord.gui.memos.editor import MemoEditor  # noqa: E402
from small_session import TEXT, code_id, small_session  # noqa: E402


@pytest.fixture
def session(qtbot):
    return small_session()


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
