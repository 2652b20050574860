"""“New code…”: one dialog with name, parent (the current category first), colour and definition."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from accord.core.codebook import code_tree, get_code
from accord.core.palette import PALETTE
from accord.gui.codebook import dialogs as code_dialogs
from accord.gui.codebook.new_code import TOP_LEVEL, NewCodeDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def scripted(monkeypatch, qtbot, name="", definition="", inside=None, colour=None, seen=None):
    """Replace the dialog's exec: note what it offers, then type, choose and press Create like a user."""

    def run(dialog):
        if seen is not None:
            seen.update(parent=dialog.parent_box.currentData(), parent_text=dialog.parent_box.currentText(),
                        colour=dialog.colour, ok=dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        if inside is not None:
            dialog.parent_box.setCurrentIndex(dialog.parent_box.findData(inside))
        if colour is not None:
            monkeypatch.setattr(code_dialogs, "ask_colour", lambda parent, initial: colour)
            qtbot.mouseClick(dialog.colour_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.definition, definition)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            return 0
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewCodeDialog, "exec", run)


def test_name_parent_colour_and_definition_in_one_dialog_one_undo_step(pane, project, monkeypatch, qtbot):
    support = project.ids["Support"]
    scripted(monkeypatch, qtbot, name="  Siblings ", definition="Brothers and sisters", inside=support,
             colour="#123abc")
    code_id = pane.new_code()
    code = get_code(project.db, code_id)
    assert (code.name, code.parent_id, code.color, code.definition) == (
        "Siblings", support, "#123abc", "Brothers and sisters")
    assert pane.current_code_id() == code_id
    assert project.history.undo_label == "New code “Siblings”"
    project.undo()
    assert "Siblings" not in {c.name for c, _ in code_tree(project.db)}


def test_the_current_category_is_offered_as_the_parent(pane, project, monkeypatch, qtbot):
    ids, seen = project.ids, {}
    scripted(monkeypatch, qtbot, name="Cousins", seen=seen)
    pane.select_code(ids["Support"])  # a category: inside it
    cousins = pane.new_code()
    assert seen["parent"] == ids["Support"] and seen["parent_text"].strip() == "Support"
    assert get_code(project.db, cousins).parent_id == ids["Support"]
    pane.select_code(ids["Loneliness"])  # a code without sub-codes: beside it, in its category
    scripted(monkeypatch, qtbot, name="Isolation", seen=seen)
    assert get_code(project.db, pane.new_code()).parent_id == ids["Settling in"]
    pane.view.selectionModel().clearCurrentIndex()
    scripted(monkeypatch, qtbot, name="Work", seen=seen)
    assert get_code(project.db, pane.new_code()).parent_id is None
    assert seen["parent_text"] == TOP_LEVEL


def test_the_colour_offered_is_one_not_in_use_and_a_name_is_needed(pane, project, monkeypatch, qtbot):
    seen = {}
    in_use = {c.color for c, _ in code_tree(project.db)}
    scripted(monkeypatch, qtbot, name="   ", seen=seen)  # no name: Create stays disabled
    assert pane.new_code() is None
    assert seen["ok"] is False
    assert seen["colour"] in PALETTE and seen["colour"] not in in_use
    assert project.history.undo_label == "set up"
    scripted(monkeypatch, qtbot, name="Money")
    assert get_code(project.db, pane.new_code()).color == seen["colour"]


def test_context_menu_new_code_and_sub_code_entries(pane, project, monkeypatch, qtbot):
    ids = project.ids
    scripted(monkeypatch, qtbot, name="Landlord")
    menu = pane.context_menu_for(ids["Hardship"])
    next(a for a in menu.actions() if a.text() == "New sub-code…").trigger()
    assert get_code(project.db, pane.current_code_id()).parent_id == ids["Hardship"]
