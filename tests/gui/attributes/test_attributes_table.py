"""Project ▸ Attributes…: the table of every document's attributes, driven by keyboard and buttons."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from accord.core.attributes import attribute_types, attributes_of
from accord.core.project import Project
from accord.gui.attributes.dialog import AttributesDialog


@pytest.fixture
def table(window, qtbot):
    window.actions_by_id["attributes"].trigger()
    dialog = window.findChild(AttributesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def on_disk(sample_copy, document="01-maya"):
    with Project.open(sample_copy) as project:
        return attributes_of(project.db, document)


def cell(dialog, document, key):
    row = next(i for i, (_id, name) in enumerate(dialog.model.documents) if name == document)
    return dialog.model.index(row, dialog.model.keys.index(key))


def type_into(dialog, index, text):
    """Go to a cell and type over it, as a user does: the first key opens the editor, Enter commits."""
    dialog.activateWindow()
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(index)
    QTest.keyClick(dialog.table, text[0])
    editors = [e for e in dialog.table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "typing did not open an editor"
    editor = editors[0]
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def test_the_table_shows_every_document_and_attribute(table):
    names = [name for _id, name in table.model.documents]
    assert names[:2] == ["01-maya", "02-tomasz"] and len(names) == 4
    assert {"age", "site"} <= set(table.model.keys)
    assert table.model.data(cell(table, "01-maya", "age")) == "34"


def test_edit_a_cell_with_the_keyboard_then_undo_and_redo(table, sample_copy):
    index = cell(table, "01-maya", "age")
    type_into(table, index, "35")
    assert on_disk(sample_copy)["age"] == "35"
    assert table.model.data(cell(table, "01-maya", "age")) == "35"
    assert table.table.currentIndex() == index  # the cursor stays on the cell
    QTest.keyClick(table.table, Qt.Key_Z, Qt.ControlModifier)
    assert on_disk(sample_copy)["age"] == "34"
    assert table.model.data(cell(table, "01-maya", "age")) == "34"
    QTest.keyClick(table.table, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert on_disk(sample_copy)["age"] == "35"


def test_delete_clears_a_value_and_undo_brings_it_back(table, sample_copy):
    table.table.setFocus()
    table.table.setCurrentIndex(cell(table, "02-tomasz", "site"))
    before = on_disk(sample_copy, "02-tomasz")["site"]
    QTest.keyClick(table.table, Qt.Key_Delete)
    assert "site" not in on_disk(sample_copy, "02-tomasz")
    assert table.model.data(cell(table, "02-tomasz", "site")) == ""
    QTest.keyClick(table.table, Qt.Key_Z, Qt.ControlModifier)
    assert on_disk(sample_copy, "02-tomasz")["site"] == before


def test_a_new_date_attribute_takes_dates_only(table, answers, sample_copy):
    answers.text = ["interviewed"]
    answers.item = 2  # date
    table.buttons["add"].click()
    assert attribute_types(table.session.db)["interviewed"] == "date"
    assert table.model.headerData(table.model.keys.index("interviewed"), Qt.Horizontal) == "interviewed (date)"
    type_into(table, cell(table, "01-maya", "interviewed"), "5 March")
    assert "interviewed" not in on_disk(sample_copy)
    assert "Accord" in answers.asked  # the user was told why
    type_into(table, cell(table, "01-maya", "interviewed"), "2024-03-05")
    assert on_disk(sample_copy)["interviewed"] == "2024-03-05"


def test_change_a_type_and_remove_a_whole_attribute(table, answers, sample_copy):
    table.table.setCurrentIndex(cell(table, "01-maya", "age"))
    answers.item = 1  # number
    table.buttons["type"].click()
    assert attribute_types(table.session.db)["age"] == "number"
    assert table.model.headerData(table.model.keys.index("age"), Qt.Horizontal) == "age (number)"
    type_into(table, cell(table, "01-maya", "age"), "old")
    assert on_disk(sample_copy)["age"] == "34"
    table.table.setCurrentIndex(cell(table, "01-maya", "site"))
    table.buttons["remove"].click()
    assert "Remove attribute" in answers.asked
    assert "site" not in table.model.keys and "site" not in on_disk(sample_copy)
    QTest.keyClick(table.table, Qt.Key_Z, Qt.ControlModifier)
    assert "site" in table.model.keys and "site" in on_disk(sample_copy)


def test_the_document_list_opens_one_document_s_attributes(window, qtbot, sample_copy):
    document_id = window.documents.current_document_id()
    window.documents.attributesRequested.emit(document_id)
    dialog = window.findChild(AttributesDialog)
    qtbot.waitExposed(dialog)
    assert [d for d, _name in dialog.model.documents] == [document_id]
    type_into(dialog, dialog.model.index(0, dialog.model.keys.index("site")), "Harbour")
    assert on_disk(sample_copy)["site"] == "Harbour"
    dialog.only.setChecked(False)
    assert len(dialog.model.documents) == 4


def test_the_table_follows_changes_made_elsewhere(table, window, qtbot, sample_copy):
    with Project.open(sample_copy) as other:  # another program
        from accord.core.attributes import set_attribute
        with other.command("Set"):
            set_attribute(other.db, "03-leila", "site", "Elsewhere")
    qtbot.waitUntil(lambda: table.model.data(cell(table, "03-leila", "site")) == "Elsewhere", timeout=3000)
