"""Project ▸ Coders…: add, rename, recolour, make a consensus and delete coders by mouse, each one undoable step."""

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from accord.core.coders import list_coders  # noqa: E402
from accord.core.codings import codings_of_document  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.session import Session  # noqa: E402
from accord.gui.workbench import coders_dialog  # noqa: E402
from accord.gui.workbench.coders_dialog import COLOUR_COLUMN, CodersDialog  # noqa: E402


@pytest.fixture
def session(sample_copy):
    session = Session(Project.open(sample_copy, undo=True))
    yield session
    session.close()


@pytest.fixture
def dialog(qtbot, session, answers):
    dialog = CodersDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def table(dialog) -> list[tuple[str, ...]]:
    return [tuple(dialog.table.item(row, column).text() for column in range(3))
            for row in range(dialog.table.rowCount())]


def roles(session) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in list_coders(session.db)]


def click(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_the_coders_with_their_roles_and_codings(dialog):
    assert table(dialog) == [("Ana", "Coder", "82"), ("Ben", "Coder", "79")]


def test_add_rename_and_make_a_consensus_by_mouse_then_undo(qtbot, dialog, session, answers):
    answers.text = ["Gold"]
    click(qtbot, dialog.add_button)
    assert dialog.current().name == "Gold"
    click(qtbot, dialog.role_button)
    assert roles(session)[-1] == ("Gold", "consensus")
    assert table(dialog)[-1] == ("Gold", "Consensus", "0")
    assert dialog.role_button.text() == "Make &coder"

    answers.text = ["Reference"]
    row = dialog.table.visualItemRect(dialog.table.item(2, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert roles(session)[-1] == ("Reference", "consensus")

    session.undo()
    assert table(dialog)[-1] == ("Gold", "Consensus", "0")  # the table follows Undo
    session.undo()
    assert table(dialog)[-1] == ("Gold", "Coder", "0")


def test_delete_asks_names_the_codings_and_cancel_keeps_everything(qtbot, dialog, session, answers):
    dialog.select("Ben")
    answers.confirm = False
    click(qtbot, dialog.delete_button)
    assert "Delete coder" in answers.asked
    assert [c.name for c in list_coders(session.db)] == ["Ana", "Ben"]

    answers.confirm = True
    click(qtbot, dialog.delete_button)
    assert table(dialog) == [("Ana", "Coder", "82")]
    document = session.db.execute("SELECT id FROM documents ORDER BY id").fetchone()[0]
    assert all(c.coder_id == 1 for c in codings_of_document(session.db, document))
    session.undo()
    assert table(dialog) == [("Ana", "Coder", "82"), ("Ben", "Coder", "79")]


def test_a_name_already_taken_is_refused_with_a_message(qtbot, dialog, session, answers):
    errors = []
    session.error.connect(errors.append)
    answers.text = ["Ana"]
    click(qtbot, dialog.add_button)
    assert errors and "a coder named 'Ana' already exists" in errors[0]
    assert [c.name for c in list_coders(session.db)] == ["Ana", "Ben"]


def colours(dialog) -> list[str]:
    return [dialog.table.item(row, COLOUR_COLUMN).text() for row in range(dialog.table.rowCount())]


def test_colour_button_recolours_the_coder_with_a_swatch_and_undo_restores_it(qtbot, dialog, session, monkeypatch):
    offered = []
    monkeypatch.setattr(coders_dialog, "ask_colour", lambda parent, initial: offered.append(initial) or "#a1b2c3")
    assert colours(dialog) == ["automatic", "automatic"]
    assert dialog.table.item(1, COLOUR_COLUMN).icon().isNull()
    dialog.select("Ben")
    click(qtbot, dialog.colour_button)
    assert offered == ["#d9822b"]  # the colour reports already draw Ben in
    assert [(c.name, c.color) for c in list_coders(session.db)] == [("Ana", ""), ("Ben", "#a1b2c3")]
    assert colours(dialog) == ["automatic", "#a1b2c3"]
    assert not dialog.table.item(1, COLOUR_COLUMN).icon().isNull()
    assert session.undo_label == "Colour coder Ben"

    session.undo()
    assert colours(dialog) == ["automatic", "automatic"]
    assert [c.color for c in list_coders(session.db)] == ["", ""]


def test_cancelling_the_colour_changes_nothing(qtbot, dialog, session, monkeypatch):
    monkeypatch.setattr(coders_dialog, "ask_colour", lambda parent, initial: None)
    click(qtbot, dialog.colour_button)
    assert [c.color for c in list_coders(session.db)] == ["", ""]
    assert session.undo_label is None


def test_deleting_a_coder_with_codings_needs_a_confirmation_naming_them(qtbot, dialog, session, monkeypatch):
    asked = []
    monkeypatch.setattr(coders_dialog.dialogs, "confirm", lambda parent, title, text, **kw: asked.append(text) or False)
    dialog.select("Ana")
    click(qtbot, dialog.delete_button)
    assert len(asked) == 1  # "coding(s)" until English plural forms are loaded
    assert re.fullmatch(r"Delete coder Ana and their 82 coding(s|\(s\))\? \(Undo brings them back\.\)", asked[0])
    assert [c.name for c in list_coders(session.db)] == ["Ana", "Ben"]
