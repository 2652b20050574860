"""The codebook tree, driven as a user would (offscreen): keys, the count column, drag and drop."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402

from PySide6.QtCore import QMimeData, QModelIndex, Qt  # noqa: E402

from accord.core.codebook import get_code  # noqa: E402
from accord.gui.widgets import dialogs  # noqa: E402
from accord.gui.codebook.model import CODES_MIME, COUNT_COLUMN, SPAN_MIME, span_mime  # noqa: E402

from codebook_helpers import names_in_view  # noqa: E402


# -- keys and the count column -----------------------------------------------------

def test_enter_activates_the_current_code(pane, project, qtbot):
    pane.select_code(project.ids["Hardship"])
    pane.view.setFocus()
    with qtbot.waitSignal(pane.codeActivated) as blocker:
        qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert blocker.args == [project.ids["Hardship"]]


def test_f2_starts_inline_editing(pane, project, qtbot):
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    pane.select_code(project.ids["Hardship"])
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    assert pane.view.state() == QAbstractItemView.State.EditingState
    editor = pane.view.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Money worries")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: get_code(project.db, project.ids["Hardship"]).name == "Money worries", timeout=1000)
    assert (0, "Money worries") in names_in_view(pane)


def test_delete_key_asks_to_delete_the_current_code(pane, project, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, **k: asked.append(text) or False)
    pane.select_code(project.ids["Hardship"])
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert asked and "Hardship" in asked[0]
    assert get_code(project.db, project.ids["Hardship"])


def test_a_collapsed_code_counts_its_sub_codes(pane, project):
    support = project.ids["Support"]
    delegate = pane.view.itemDelegate()
    from PySide6.QtWidgets import QStyleOptionViewItem

    def shown_text():
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, pane.model.index_of(support, COUNT_COLUMN))
        return option.text

    assert shown_text() == "1"
    pane.view.collapse(pane.model.index_of(support))
    assert shown_text() == "3"


# -- drag and drop --------------------------------------------------------------------

def test_drop_on_a_code_makes_it_the_parent(pane, project):
    ids, model = project.ids, pane.model
    mime = model.mimeData([model.index_of(ids["Hardship"])])
    assert mime.hasFormat(CODES_MIME)
    target = model.index_of(ids["Support"])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert get_code(project.db, ids["Hardship"]).parent_id == ids["Support"]
    assert names_in_view(pane)[3:] == [(0, "Support"), (1, "Family"), (1, "Neighbours"), (1, "Hardship")]
    assert project.history.undo_label.startswith("Move code “Hardship”")


def test_drop_between_rows_reorders(pane, project):
    ids, model = project.ids, pane.model
    # Hardship above Settling in (row 0 at the top level)
    model.dropMimeData(model.mimeData([model.index_of(ids["Hardship"])]), Qt.DropAction.MoveAction, 0, 0,
                       QModelIndex())
    assert [n for d, n in names_in_view(pane) if d == 0] == ["Hardship", "Settling in", "Support"]
    # Loneliness below Community (row 2 under Settling in): it moves down one place
    parent = model.index_of(ids["Settling in"])
    model.dropMimeData(model.mimeData([model.index_of(ids["Loneliness"])]), Qt.DropAction.MoveAction, 2, 0, parent)
    assert [n for d, n in names_in_view(pane) if d == 1][:2] == ["Community", "Loneliness"]
    # Family out to the top level, between Settling in and Support
    model.dropMimeData(model.mimeData([model.index_of(ids["Family"])]), Qt.DropAction.MoveAction, 2, 0,
                       QModelIndex())
    assert get_code(project.db, ids["Family"]).parent_id is None
    assert [n for d, n in names_in_view(pane) if d == 0] == ["Hardship", "Settling in", "Family", "Support"]


def test_drop_on_empty_space_moves_to_the_end_of_the_top_level(pane, project):
    ids, model = project.ids, pane.model
    assert model.dropMimeData(model.mimeData([model.index_of(ids["Family"], 0), model.index_of(ids["Family"], 1)]),
                              Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert [n for d, n in names_in_view(pane) if d == 0] == ["Settling in", "Support", "Hardship", "Family"]


def test_a_code_cannot_be_dropped_into_itself(pane, project):
    ids, model = project.ids, pane.model
    mime = model.mimeData([model.index_of(ids["Support"])])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of(ids["Family"]))
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of(ids["Support"]))
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of(ids["Family"]))
    assert get_code(project.db, ids["Support"]).parent_id is None


def test_move_keeps_the_moved_code_current_and_collapsed_codes_collapsed(pane, project):
    ids, model = project.ids, pane.model
    pane.select_code(ids["Hardship"])
    pane.view.collapse(model.index_of(ids["Settling in"]))
    model.dropMimeData(model.mimeData([model.index_of(ids["Hardship"])]), Qt.DropAction.MoveAction, -1, -1,
                       model.index_of(ids["Support"]))
    assert pane.current_code_id() == ids["Hardship"]
    assert not pane.view.isExpanded(model.index_of(ids["Settling in"]))
    assert pane.view.isExpanded(model.index_of(ids["Support"]))


def test_span_drop_on_a_code_emits_span_dropped(pane, project, qtbot):
    ids, model = project.ids, pane.model
    mime = QMimeData()
    mime.setData(SPAN_MIME, json.dumps({"document_id": ids["doc"], "start": 3, "end": 17}).encode())
    assert SPAN_MIME in model.mimeTypes()
    target = model.index_of(ids["Neighbours"])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())  # not between rows
    with qtbot.waitSignal(pane.spanDropped) as blocker:
        assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert blocker.args == [ids["Neighbours"], ids["doc"], 3, 17]
    assert span_mime(1, 2, 3).hasFormat(SPAN_MIME)


def test_a_span_dragged_from_another_widget_is_accepted_by_the_tree(pane, project, qtbot):
    """Real drag events (without QDrag, which cannot run offscreen) reach the model."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    ids, view = project.ids, pane.view
    mime = span_mime(ids["doc"], 5, 9)
    pos = view.visualRect(pane.model.index_of(ids["Community"])).center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, actions, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    with qtbot.waitSignal(pane.spanDropped) as blocker:
        QApplication.sendEvent(view.viewport(), QDropEvent(pos.toPointF(), actions, mime, buttons, modifiers))
    assert blocker.args == [ids["Community"], ids["doc"], 5, 9]

    # a code dragged onto another through the same events becomes its sub-code
    mime = pane.model.mimeData([pane.model.index_of(ids["Hardship"])])
    pos = view.visualRect(pane.model.index_of(ids["Support"])).center()
    for event in (QDragEnterEvent(pos, actions, mime, buttons, modifiers),
                  QDragMoveEvent(pos, actions, mime, buttons, modifiers),
                  QDropEvent(pos.toPointF(), actions, mime, buttons, modifiers)):
        QApplication.sendEvent(view.viewport(), event)
    assert get_code(project.db, ids["Hardship"]).parent_id == ids["Support"]
