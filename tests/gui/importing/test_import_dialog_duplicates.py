"""The import dialog: files already in the project start unticked, detected speakers can be unticked."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from accord.core.documents import document_text, list_documents, speakers, turns_of  # noqa: E402
from accord.gui.importing.dialog import ImportDialog  # noqa: E402
from small_session import TEXT, small_session  # noqa: E402

TALK = (
    "Interviewer: How was the first winter?\n\n"
    "Maya: Cold.\n\n"
    "Ambassador: a word she used for her neighbour.\n\n"
    "Interviewer: And then?\n\n"
    "Maya: Warmer.\n\n"
    "Ambassador: again, the neighbour.\n"
)
NEWS = "Edition: Europe\nBy: Ana Ruiz\n\nTalks resumed.\nAmbassador: the envoy will attend.\n"


@pytest.fixture
def session(qtbot):
    return small_session()  # has "Interview 1", whose text is TEXT


def open_import(qtbot, session, paths) -> ImportDialog:
    dialog = ImportDialog(session, [str(p) for p in paths])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def write(folder: Path, name: str, text: str, **kwargs) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8", **kwargs)
    return path


def tick_state(dialog: ImportDialog, row: int) -> Qt.CheckState:
    return dialog.table.item(row, 0).checkState()


def status(dialog: ImportDialog, row: int) -> str:
    return dialog.table.item(row, 3).text()


def press_space_on(qtbot, view, index) -> None:
    """What a keyboard user does to flip a tick box: go to the item, press Space."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_a_file_already_in_the_project_is_marked_and_left_unticked(qtbot, session, tmp_path):
    copy = write(tmp_path, "copy of interview 1.txt", TEXT, newline="\r\n")  # the same text once normalised
    new = write(tmp_path, "new.txt", "Something not in the project yet.\n")
    dialog = open_import(qtbot, session, [copy, new])
    assert tick_state(dialog, 0) == Qt.CheckState.Unchecked
    assert tick_state(dialog, 1) == Qt.CheckState.Checked
    assert status(dialog, 0).startswith('already in the project as "Interview 1"')
    assert "tick it to import it anyway" in status(dialog, 0)
    assert dialog.summary_label.text() == "2 files · 1 ready · 1 already in the project · 1 unticked"
    dialog.table.selectRow(0)
    assert dialog.preview.duplicate_label.isVisible()
    assert dialog.preview.duplicate_label.text() == (
        'Already in the project as "Interview 1". Tick it in the list above to import it anyway.')
    dialog.table.selectRow(1)
    assert not dialog.preview.duplicate_label.isVisible()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcomes = dialog.outcomes
    assert [o.ok for o in outcomes] == [False, True]
    assert outcomes[0].skipped and outcomes[0].duplicate_of.name == "Interview 1"
    assert status(dialog, 0) == '✗ not imported: already in the project as "Interview 1"'
    assert [d.name for d in list_documents(session.db)] == ["Interview 1", "new"]


def test_ticking_a_duplicate_imports_it_anyway(qtbot, session, tmp_path):
    copy = write(tmp_path, "again.txt", TEXT)
    dialog = open_import(qtbot, session, [copy])
    assert not dialog.import_button.isEnabled()  # nothing ticked
    press_space_on(qtbot, dialog.table, dialog.table.model().index(0, 0))
    assert tick_state(dialog, 0) == Qt.CheckState.Checked and dialog.included(copy)
    assert dialog.import_button.isEnabled()
    assert dialog.preview.duplicate_label.text().endswith("Ticked: it will be imported anyway.")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcomes[0].ok
    assert [d.name for d in list_documents(session.db)] == ["Interview 1", "again"]
    assert document_text(session.db, "again") == TEXT


def test_a_second_identical_file_in_the_list_starts_unticked(qtbot, session, tmp_path):
    first = write(tmp_path, "a.txt", "The same words.\n")
    second = write(tmp_path, "b.txt", "The same words.\n")
    dialog = open_import(qtbot, session, [first, second])
    assert [tick_state(dialog, row) for row in range(2)] == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert dialog.duplicate_of(second) == "same text as a.txt, above"
    dialog.import_all()
    assert [d.name for d in list_documents(session.db)] == ["Interview 1", "a"]


def test_the_preview_lists_speakers_and_an_unticked_one_is_not_stored(qtbot, session, tmp_path):
    talk = write(tmp_path, "talk.txt", TALK)
    dialog = open_import(qtbot, session, [talk])
    dialog.table.selectRow(0)
    listed = dialog.preview.speaker_list
    assert dialog.preview.speakers_box.isVisible()
    assert [listed.item(i).text() for i in range(listed.count())] == ["Interviewer", "Maya", "Ambassador"]
    assert all(listed.item(i).checkState() == Qt.CheckState.Checked for i in range(listed.count()))
    assert "3 speakers" in status(dialog, 0)

    press_space_on(qtbot, listed, listed.model().index(2, 0))  # untick "Ambassador"
    assert listed.item(2).checkState() == Qt.CheckState.Unchecked
    assert dialog.speakers_of(talk) == ["Interviewer", "Maya"]
    assert "2 speakers" in status(dialog, 0)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    document = dialog.outcomes[0].document
    assert speakers(session.db, document.id) == ["Interviewer", "Maya"]
    text = document_text(session.db, document.id)
    last = turns_of(session.db, document.id)[-1]
    assert text[last.start:last.end] == "Maya: Warmer.\n\nAmbassador: again, the neighbour."
    assert not listed.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable  # imported: nothing to change


def test_a_news_article_lists_no_speakers(qtbot, session, tmp_path):
    news = write(tmp_path, "news.txt", NEWS)
    dialog = open_import(qtbot, session, [news])
    dialog.table.selectRow(0)
    assert dialog.preview.speaker_list.count() == 0
    assert not dialog.preview.speakers_box.isVisible()
    assert status(dialog, 0) == "Ready"
    document = dialog.import_all()[0].document
    assert turns_of(session.db, document.id) == []


def click_tick_box(qtbot, view, index) -> None:
    """A mouse click on the item's tick box, where the style draws it."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = view.visualRect(index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_tick_boxes_follow_the_mouse(qtbot, session, tmp_path):
    copy = write(tmp_path, "again.txt", TEXT)
    talk = write(tmp_path, "talk.txt", TALK)
    dialog = open_import(qtbot, session, [copy, talk])
    click_tick_box(qtbot, dialog.table, dialog.table.model().index(0, 0))
    assert dialog.included(copy) and tick_state(dialog, 0) == Qt.CheckState.Checked
    click_tick_box(qtbot, dialog.table, dialog.table.model().index(0, 0))
    assert not dialog.included(copy)
    dialog.table.selectRow(1)
    listed = dialog.preview.speaker_list
    click_tick_box(qtbot, listed, listed.model().index(1, 0))  # untick "Maya"
    assert dialog.speakers_of(talk) == ["Interviewer", "Ambassador"]
    dialog.import_all()
    assert [d.name for d in list_documents(session.db)] == ["Interview 1", "talk"]
    assert speakers(session.db, "talk") == ["Interviewer", "Ambassador"]
