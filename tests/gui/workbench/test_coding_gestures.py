"""Coding gestures that never code by accident, driven by mouse and keyboard on a small project.

One click on a code only shows it; coding is a double-click, Enter, the Code
button, a code dragged onto the selection, the selection's context menu (or
the number keys, Quick code and a span dropped on a code, tested elsewhere).
Selections lose the white space at their ends unless the setting keeps it.
"""

import json

import pytest
from accord.cli.main import main
from accord.core import codebook, codings
from accord.core.codings import apply_code
from accord.gui.codebook.model import span_mime
from accord.gui.workbench.coding_controller import ONLY_WHITE_SPACE
from accord.gui.workbench.coding_gestures import CLICK_HINT
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

TEXT = ("Interviewer: How did you cope?\n\n"
        "Maria:   My sister came over every Sunday, which helped more than anything.  \n\n"
        "Interviewer: And work?\n\n"
        "Maria: I went back to the office in March.\n")
PASSAGE = "My sister came over every Sunday,"


@pytest.fixture
def gestures_window(qtbot, answers, tmp_path):
    from accord.gui.workbench.mainwindow import MainWindow

    source, path = tmp_path / "maria.txt", tmp_path / "maria.accord"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["new", str(path), "--coder", "Ana"]) == 0
    assert main(["import", str(path), str(source)]) == 0
    for args in (["Support"], ["Family", "--parent", "Support"], ["Work"]):
        assert main(["code", "add", str(path), *args]) == 0
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(path)
    qtbot.waitExposed(window)
    yield window
    window.close()


def coded(window) -> list[tuple[str, int, int]]:
    return sorted((s.code, s.start, s.end) for s in codings.segments(window.session.db))


def code_point(window, name: str) -> QPoint:
    tree = window.codebook.view
    index = window.codebook.model.index_of(codebook.resolve_code(window.session.db, name), 0)
    tree.scrollTo(index)
    return tree.visualRect(index).center()


def click_code(qtbot, window, name: str) -> None:
    qtbot.mouseClick(window.codebook.view.viewport(), Qt.LeftButton, pos=code_point(window, name))


def double_click_code(qtbot, window, name: str) -> None:
    viewport, point = window.codebook.view.viewport(), code_point(window, name)
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.LeftButton, pos=point)


def with_spaces() -> tuple[int, int]:
    """The passage with the spaces before it (after "Maria:") and the space after it."""
    start = TEXT.index(PASSAGE)
    return start - 3, start + len(PASSAGE) + 1


def char_point(window, offset: int) -> QPoint:
    """The middle of the character at a code-point offset, in the text view's viewport."""
    text_view = window.view.text_view
    cursor = QTextCursor(text_view.document())
    cursor.setPosition(offset)
    left = text_view.cursorRect(cursor)
    cursor.setPosition(offset + 1)
    right = text_view.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


# -- one click never codes -------------------------------------------------------------------

def test_one_click_on_a_code_with_a_selection_present_creates_no_coding(gestures_window, qtbot):
    window = gestures_window
    window.view.select_span(*with_spaces())
    history = window.session.undo_label
    click_code(qtbot, window, "Work")
    assert coded(window) == []
    assert window.session.undo_label == history
    assert window.codebook.current_code_id() == codebook.resolve_code(window.session.db, "Work")
    assert "Work" in window.codebook.definition.toPlainText()  # it shows the code
    assert window.statusBar().currentMessage() == CLICK_HINT  # and says how to code


def test_a_leftover_find_hit_and_a_click_to_browse_codes_nothing(gestures_window, qtbot):
    window = gestures_window
    assert window.view.find_text("office")
    assert window.view.selection_span() is not None
    for name in ("Support", "Family", "Work"):
        click_code(qtbot, window, name)
    assert coded(window) == []


def test_click_to_apply_is_a_setting_off_by_default(gestures_window, qtbot):
    window = gestures_window
    action = window.actions_by_id["click_to_apply"]
    assert not action.isChecked()
    action.trigger()
    window.view.select_span(TEXT.index(PASSAGE), TEXT.index(PASSAGE) + len(PASSAGE))
    click_code(qtbot, window, "Family")
    start = TEXT.index(PASSAGE)
    assert coded(window) == [("Family", start, start + len(PASSAGE))]


# -- deliberate gestures ---------------------------------------------------------------------

def test_double_click_codes_the_trimmed_selection(gestures_window, qtbot):
    window = gestures_window
    window.view.select_span(*with_spaces())
    double_click_code(qtbot, window, "Family")
    start = TEXT.index(PASSAGE)
    assert coded(window) == [("Family", start, start + len(PASSAGE))]
    assert window.session.undo_label == "Apply code Family"


def test_keeping_white_space_is_a_setting(gestures_window, qtbot):
    window = gestures_window
    window.actions_by_id["trim"].trigger()  # on by default: now off
    window.view.select_span(*with_spaces())
    double_click_code(qtbot, window, "Family")
    assert coded(window) == [("Family", *with_spaces())]


def test_a_selection_of_only_white_space_codes_nothing_and_says_so(gestures_window, qtbot):
    window = gestures_window
    gap = TEXT.index("\n\n")
    window.view.select_span(gap, gap + 2)
    double_click_code(qtbot, window, "Work")
    assert coded(window) == []
    assert window.statusBar().currentMessage() == ONLY_WHITE_SPACE


def test_enter_and_the_code_button_code_the_selection(gestures_window, qtbot):
    window = gestures_window
    button = window.codebook.code_button
    assert not button.isEnabled()  # nothing selected: nothing to code
    office = TEXT.index("the office")
    window.view.select_span(office, office + len("the office"))
    click_code(qtbot, window, "Work")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.LeftButton)
    assert coded(window) == [("Work", office, office + len("the office"))]
    cope = TEXT.index("How did you cope?")
    window.view.select_span(cope, cope + len("How did you cope?"))
    click_code(qtbot, window, "Support")
    qtbot.keyClick(window.codebook.view, Qt.Key_Return)
    assert ("Support", cope, cope + len("How did you cope?")) in coded(window)


def test_a_code_dragged_onto_the_selection_codes_it(gestures_window, qtbot):
    window = gestures_window
    window.view.select_span(*with_spaces())
    model, viewport = window.codebook.model, window.view.text_view.viewport()
    family = codebook.resolve_code(window.session.db, "Family")
    mime = model.mimeData([model.index_of(family)])
    point = QPointF(char_point(window, TEXT.index(PASSAGE) + 3))
    enter = QDragEnterEvent(point.toPoint(), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, drop)
    start = TEXT.index(PASSAGE)
    assert coded(window) == [("Family", start, start + len(PASSAGE))]
    assert codebook.get_code(window.session.db, family).parent_id is not None  # the code did not move

    plain = QMimeData()
    plain.setData("application/x-accord-codes", QByteArray(json.dumps([family]).encode()))
    window.view.text_view.setTextCursor(QTextCursor(window.view.text_view.document()))  # no selection
    refused = QDragEnterEvent(point.toPoint(), Qt.MoveAction, plain, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, refused)
    assert not refused.isAccepted()


def test_the_selection_dropped_on_a_code_codes_it_trimmed(gestures_window, qtbot):
    window = gestures_window
    tree = window.codebook.view
    start, end = with_spaces()
    mime = span_mime(window.view.document_id, start, end)
    point = code_point(window, "Work")
    QApplication.sendEvent(tree.viewport(), QDragEnterEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    move = QDragMoveEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(tree.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(tree.viewport(), QDropEvent(QPointF(point), Qt.CopyAction, mime, Qt.LeftButton,
                                                       Qt.NoModifier))
    assert coded(window) == [("Work", TEXT.index(PASSAGE), TEXT.index(PASSAGE) + len(PASSAGE))]


# -- the selection's context menu ---------------------------------------------------------------

def right_click_menu(window, monkeypatch, offset: int) -> QMenu:
    from accord.gui.workbench import coding_gestures

    shown = []
    monkeypatch.setattr(coding_gestures, "popup", lambda menu, position: shown.append(menu))
    point = char_point(window, offset)
    viewport = window.view.text_view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    assert len(shown) == 1
    return shown[0]


def test_the_selection_menu_codes_with_a_new_code(gestures_window, monkeypatch, qtbot):
    from accord.gui.codebook.new_code import NewCodeDialog

    window = gestures_window
    window.codebook.select_code(codebook.resolve_code(window.session.db, "Support"))  # a category
    window.view.select_span(*with_spaces())
    menu = right_click_menu(window, monkeypatch, TEXT.index(PASSAGE) + 3)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:4] == ["Code with “Support”", "Quick code…", "Code with a new code…", "In-vivo code"]
    offered = {}

    def fill(dialog):
        offered["parent"] = dialog.parent_box.currentData()
        qtbot.keyClicks(dialog.name, "Sister")
        qtbot.keyClicks(dialog.definition, "Help from a sister")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewCodeDialog, "exec", fill)
    next(a for a in menu.actions() if a.text() == "Code with a new code…").trigger()
    sister = codebook.get_code(window.session.db, "Sister")
    support = codebook.resolve_code(window.session.db, "Support")
    assert offered["parent"] == support and sister.parent_id == support  # inside the current category
    assert sister.definition == "Help from a sister"
    start = TEXT.index(PASSAGE)
    assert coded(window) == [("Sister", start, start + len(PASSAGE))]
    window.actions_by_id["undo"].trigger()  # one step: the code and its coding
    assert coded(window) == [] and "Sister" not in {c.name for c in codebook.list_codes(window.session.db)}


def test_the_selection_menu_codes_with_the_current_code(gestures_window, monkeypatch):
    window = gestures_window
    window.codebook.select_code(codebook.resolve_code(window.session.db, "Work"))
    office = TEXT.index("the office")
    window.view.select_span(office, office + len("the office"))
    menu = right_click_menu(window, monkeypatch, office + 2)
    next(a for a in menu.actions() if a.text() == "Code with “Work”").trigger()
    assert coded(window) == [("Work", office, office + len("the office"))]


# -- codings are selected by clicking their text --------------------------------------------------

def test_a_click_in_highlighted_text_selects_the_shortest_coding_there(gestures_window, qtbot):
    window = gestures_window
    db, document = window.session.db, window.view.document_id
    ana = window.session.coder_id
    start = TEXT.index(PASSAGE)
    long = window.session.run("x", apply_code, document, codebook.resolve_code(db, "Support"), ana,
                              start, start + len(PASSAGE))
    short = window.session.run("y", apply_code, document, codebook.resolve_code(db, "Family"), ana,
                               start + 3, start + 9)  # "sister"
    viewport = window.view.text_view.viewport()
    with qtbot.waitSignal(window.view.codingClicked) as clicked:
        qtbot.mouseClick(viewport, Qt.LeftButton, pos=char_point(window, start + 5))
    assert clicked.args == [short.id] and window.view.selected_coding_id == short.id
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=char_point(window, start + 20))  # only the long one here
    assert window.view.selected_coding_id == long.id
    assert window.actions_by_id["remove_coding"].isEnabled()
    other = TEXT.index("office")
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=char_point(window, other))  # no coding: lets go
    assert window.view.selected_coding_id is None
    assert window.view.selection_span() is None


def test_a_drag_that_starts_in_highlighted_text_still_selects_text(gestures_window, qtbot):
    window = gestures_window
    start = TEXT.index(PASSAGE)
    window.session.run("x", apply_code, window.view.document_id,
                       codebook.resolve_code(window.session.db, "Support"), window.session.coder_id,
                       start, start + len(PASSAGE))
    viewport = window.view.text_view.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=char_point(window, start))
    qtbot.mouseMove(viewport, char_point(window, start + 12))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=char_point(window, start + 12))
    assert window.view.selected_coding_id is None
    assert window.view.selection_span() is not None


# -- the Coding menu is enabled only when there is something to act on ------------------------------

def test_coding_menu_items_are_disabled_when_there_is_nothing_to_act_on(gestures_window, qtbot):
    window = gestures_window
    acts = window.actions_by_id
    on_selection = ("quick_code", "in_vivo", "code_with_new_code")
    on_coding = ("remove_coding", "recode", "coding_memo")
    assert not any(acts[a].isEnabled() for a in on_selection + on_coding)
    assert acts["new_code"].isEnabled()
    start = TEXT.index(PASSAGE)
    window.view.select_span(start, start + len(PASSAGE))
    assert all(acts[a].isEnabled() for a in on_selection)
    assert not any(acts[a].isEnabled() for a in on_coding)
    double_click_code(qtbot, window, "Family")
    qtbot.mouseClick(window.view.text_view.viewport(), Qt.LeftButton, pos=char_point(window, start + 5))
    assert all(acts[a].isEnabled() for a in on_coding)
    acts["remove_coding"].trigger()
    assert coded(window) == []
    assert not any(acts[a].isEnabled() for a in on_coding)
