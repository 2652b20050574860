"""Codebook ▸ Import codebook…: the preview dialog, driven as a user drives it (issue #17)."""

import os
from pathlib import Path

from accord.core import codebook
from accord.core.codebook_files import read_codebook
from accord.gui.codebook.import_dialog import ImportCodebookDialog
from PySide6.QtCore import Qt


def write_book(tmp_path, text: str) -> Path:
    path = tmp_path / "book.csv"
    path.write_text(text, encoding="utf-8")
    return path


def open_dialog(qtbot, session, path) -> ImportCodebookDialog:
    dialog = ImportCodebookDialog(session, read_codebook(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def groups(dialog) -> dict[str, list[str]]:
    tree = dialog.tree
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j).text(0)
                                           for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


BOOK = ("Name,Parent,Definition\n"
        "Settling in,,\n"
        "Support,,somebody else's meaning\n"
        "Money,Hardship,Not enough of it\n"
        "Rent,Money,\n")


def test_the_preview_lists_what_is_new_what_exists_and_what_conflicts(qtbot, session, pane, tmp_path):
    dialog = open_dialog(qtbot, session, write_book(tmp_path, BOOK))
    assert groups(dialog) == {"To add (2)": ["Hardship/Money", "Hardship/Money/Rent"],
                              "Conflicts (1)": ["Support"],
                              "Already in the codebook (1)": ["Settling in"]}
    assert "2 codes to add · 1 already in the codebook · 1 conflict" in dialog.summary.text()
    conflict = dialog.tree.topLevelItem(1).child(0)
    assert conflict.child(0).text(0) == "definition"
    assert "somebody else's meaning" in conflict.child(0).text(1)
    shots = Path(os.environ.get("ACCORD_SCREENSHOTS") or tmp_path)
    dialog.grab().save(str(shots / "codebook_import_dialog.png"))
    before = session.db.execute("SELECT count(*) FROM codes").fetchone()[0]
    assert before == 7  # the preview wrote nothing

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_plan.added == ["Hardship/Money", "Hardship/Money/Rent"]
    assert codebook.get_code(session.db, "Support").definition == ""  # the conflict was skipped
    pane.view.expandAll()
    assert (2, "Rent") in [(d, n) for d, n in names_in(pane)]
    session.undo()  # one step takes the whole import back
    assert session.db.execute("SELECT count(*) FROM codes").fetchone()[0] == before


def names_in(pane):
    from codebook_helpers import names_in_view

    return names_in_view(pane)


def test_conflicts_are_updated_only_when_the_box_is_ticked(qtbot, session, tmp_path):
    dialog = open_dialog(qtbot, session, write_book(tmp_path, "Name,Definition\nSupport,new meaning\n"))
    assert not dialog.import_button.isEnabled()  # nothing new, and conflicts are skipped
    dialog.update_box.click()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result_plan.updated == ["Support"]
    assert codebook.get_code(session.db, "Support").definition == "new meaning"


def test_cancel_writes_nothing(qtbot, session, tmp_path):
    dialog = open_dialog(qtbot, session, write_book(tmp_path, BOOK))
    dialog.update_box.click()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.result_plan is None
    assert session.db.execute("SELECT count(*) FROM codes").fetchone()[0] == 7
    assert session.undo_label == "set up"  # the fixture's own step: nothing was recorded since


def test_a_file_with_nothing_new_says_so(qtbot, session, tmp_path):
    dialog = open_dialog(qtbot, session, write_book(tmp_path, "Name\nSettling in\nHardship\n"))
    assert "Nothing to import" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and not dialog.update_box.isEnabled()
