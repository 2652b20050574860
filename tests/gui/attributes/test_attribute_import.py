"""Attributes from and to spreadsheets in the GUI: the dialog's Import… and Export… buttons and the preview."""

import os
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from accord.core.attributes import attribute_types, attributes_of, set_attribute_type
from accord.core.project import Project
from accord.gui.attributes.dialog import AttributesDialog
from accord.gui.attributes.import_preview import ImportPreview


@pytest.fixture
def table(window, qtbot):
    window.actions_by_id["attributes"].trigger()
    dialog = window.findChild(AttributesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("ACCORD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def when_previewed(qtbot, act) -> dict:
    """Run `act(preview)` once the modal preview is up (exec() blocks the test until it closes)."""
    seen = {}

    def look():
        previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportPreview) and w.isVisible()]
        if not previews:
            QTimer.singleShot(20, look)
            return
        seen["preview"] = previews[0]
        act(previews[0])

    QTimer.singleShot(0, look)
    return seen


def people_csv(tmp_path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("Participant;wave;interviewed;site\n01-maya;2;2024-03-01;Harbour\n02-tomasz.txt;3;2024-03-08;\n"
                    "Zofia;1;2024-02-01;West\n", encoding="utf-8")
    return path


def on_disk(sample_copy, document):
    with Project.open(sample_copy) as project:
        return attributes_of(project.db, document), attribute_types(project.db)


def rows(preview, tab):
    table = preview.table(tab)
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_import_button_previews_then_imports_as_one_undo_step(table, answers, qtbot, tmp_path, sample_copy):
    answers.open_path = str(people_csv(tmp_path))

    def check_and_import(preview):
        assert preview.key_column.currentText() == "Participant"
        assert "2 of 3 rows match a document" in preview.summary.text()
        assert [preview.tabs.tabText(i) for i in range(preview.tabs.count())] == [
            "Matched documents (2)", "Values to set (5)", "Attributes (3)", "Unmatched rows (1)", "Empty cells (1)"]
        assert rows(preview, 0) == [["2", "01-maya", "01-maya", "name"], ["3", "02-tomasz.txt", "02-tomasz",
                                                                           "source file"]]
        assert ["01-maya", "site", "North", "Harbour"] in rows(preview, 1)
        assert rows(preview, 2) == [["wave", "number", "new"], ["interviewed", "date", "new"],
                                    ["site", "text", "exists"]]
        assert rows(preview, 3)[0][:2] == ["4", "Zofia"]
        assert rows(preview, 4) == [["3", "02-tomasz", "site"]]
        for tab in (1, 3):
            preview.tabs.setCurrentIndex(tab)
            assert preview.grab().save(str(shots(tmp_path) / f"attribute-import-preview-{tab}.png"))
        qtbot.mouseClick(preview.import_button, Qt.LeftButton)

    seen = when_previewed(qtbot, check_and_import)
    assert table.grab().save(str(shots(tmp_path) / "attributes-dialog.png"))
    qtbot.mouseClick(table.buttons["import"], Qt.LeftButton)
    assert "preview" in seen
    values, types = on_disk(sample_copy, "01-maya")
    assert values["wave"] == "2" and values["site"] == "Harbour" and values["interviewed"] == "2024-03-01"
    assert types["wave"] == "number" and types["interviewed"] == "date"
    assert on_disk(sample_copy, "02-tomasz")[0]["site"] == "South"  # an empty cell keeps the value
    assert "wave" in table.model.keys
    assert table.session.undo_label == "Import attributes from people.csv"
    table.activateWindow()
    qtbot.waitUntil(table.isActiveWindow)
    table.table.setFocus()
    QTest.keyClick(table.table, Qt.Key_Z, Qt.ControlModifier)
    values, types = on_disk(sample_copy, "01-maya")
    assert values["site"] == "North" and "wave" not in values and "wave" not in types


def test_cancel_writes_nothing_and_another_key_column_plans_again(table, answers, qtbot, tmp_path, sample_copy):
    answers.open_path = str(people_csv(tmp_path))
    before = on_disk(sample_copy, "01-maya")

    def switch_then_cancel(preview):
        preview.key_column.setCurrentText("site")
        assert "0 of 3 rows match" in preview.summary.text()
        assert not preview.import_button.isEnabled()
        preview.key_column.setCurrentText("Participant")
        assert preview.import_button.isEnabled()
        QTest.keyClick(preview, Qt.Key_Escape)

    seen = when_previewed(qtbot, switch_then_cancel)
    qtbot.mouseClick(table.buttons["import"], Qt.LeftButton)
    assert "preview" in seen and on_disk(sample_copy, "01-maya") == before


def test_a_clash_with_an_attributes_type_is_explained_and_nothing_opens(table, answers, qtbot, tmp_path, sample_copy):
    book = Workbook()
    book.active.append(["document", "age"])
    book.active.append(["01-maya", "thirty"])
    book.save(tmp_path / "ages.xlsx")
    table.session.run("Make age a number", set_attribute_type, "age", "number")
    answers.open_path = str(tmp_path / "ages.xlsx")
    qtbot.mouseClick(table.buttons["import"], Qt.LeftButton)
    assert answers.asked == ["Cannot import attributes"]
    assert on_disk(sample_copy, "01-maya")[0]["age"] == "34"


def test_export_button_writes_what_import_reads_back(table, answers, qtbot, tmp_path, sample_copy):
    answers.save_path = str(tmp_path / "attributes")  # no suffix: an Excel workbook
    qtbot.mouseClick(table.buttons["export"], Qt.LeftButton)
    written = tmp_path / "attributes.xlsx"
    assert written.exists() and answers.suggested == [str(sample_copy.with_name("study attributes.xlsx"))]
    answers.open_path = str(written)

    def nothing_to_do(preview):
        assert "4 of 4 rows match" in preview.summary.text() and "sets 0 values" in preview.summary.text()
        assert not preview.import_button.isEnabled()
        preview.reject()

    seen = when_previewed(qtbot, nothing_to_do)
    qtbot.mouseClick(table.buttons["import"], Qt.LeftButton)
    assert "preview" in seen


def test_the_menu_actions_reuse_the_dialogs(window, answers, qtbot, tmp_path, sample_copy):
    answers.save_path = str(tmp_path / "a.csv")
    window.actions_by_id["export_attributes"].trigger()
    text = Path(answers.save_path).read_text(encoding="utf-8-sig")
    assert text.startswith("document,age,format") and "01-maya,'34," in text  # a text column of numbers
    answers.open_path = answers.save_path
    seen = when_previewed(qtbot, lambda preview: preview.reject())
    window.actions_by_id["import_attributes"].trigger()
    assert "preview" in seen
