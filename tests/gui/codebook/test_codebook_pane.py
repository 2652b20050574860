"""The codebook pane, driven as a user would (offscreen)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402

from accord.core.codebook import code_tree, create_code, get_code, update_code_texts  # noqa: E402
from accord.core.codings import apply_code  # noqa: E402
from accord.core.coders import add_coder  # noqa: E402
from accord.core.documents import add_document  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.codebook import dialogs as code_dialogs  # noqa: E402
from accord.gui.widgets import dialogs  # noqa: E402
from accord.gui.codebook.model import (  # noqa: E402
    CODES_MIME, COUNT_COLUMN, SPAN_MIME, span_mime,
)
from accord.gui.codebook.pane import PLACEHOLDER, CodebookPane  # noqa: E402
from accord.gui.session import Session  # noqa: E402

TEXT = "Honestly, it was harder than I expected. The flat was cold. My sister called every evening. " * 4


@pytest.fixture
def project():
    project = Project.in_memory()
    db = project.db
    with project.command("set up"):
        ana = add_coder(db, "Ana")
        ben = add_coder(db, "Ben")
        doc = add_document(db, "Interview 01", TEXT)
        settling = create_code(db, "Settling in", color="#4e79a7", description="the first months")
        lonely = create_code(db, "Loneliness", parent=settling.id, color="#76b7b2")
        community = create_code(db, "Community", parent=settling.id, color="#59a14f")
        support = create_code(
            db, "Support", color="#9c755f", description="help the participant received from others",
            inclusion="practical or emotional help named by the participant",
            exclusion="help the participant gave", example="My sister called every evening.",
        )
        family = create_code(db, "Family", parent=support.id, color="#edc948")
        create_code(db, "Neighbours", parent=support.id, color="#b07aa1")
        hardship = create_code(db, "Hardship", color="#e15759")
        apply_code(db, doc.id, lonely.id, ana.id, 0, 8)
        apply_code(db, doc.id, lonely.id, ben.id, 0, 8)
        apply_code(db, doc.id, community.id, ana.id, 10, 20)
        apply_code(db, doc.id, family.id, ana.id, 60, 90)
        apply_code(db, doc.id, family.id, ana.id, 150, 170)
        apply_code(db, doc.id, support.id, ben.id, 60, 90)
        apply_code(db, doc.id, hardship.id, ana.id, 41, 59)
    project.ids = {c.name: c.id for c, _ in code_tree(db)} | {"doc": doc.id, "ana": ana.id, "ben": ben.id}
    yield project
    project.close()


@pytest.fixture
def session(project, qtbot):
    return Session(project)


@pytest.fixture
def pane(session, qtbot):
    pane = CodebookPane(session)
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def names_in_view(pane) -> list[tuple[int, str]]:
    """(depth, name) of every visible row, top to bottom."""
    rows, model, view = [], pane.model, pane.view

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            if view.isRowHidden(row, parent):
                continue
            index = model.index(row, 0, parent)
            rows.append((depth, index.data()))
            if view.isExpanded(index):
                walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return rows


def click(qtbot, pane, code_id, column=0):
    index = pane.model.index_of(code_id, column)
    pane.view.scrollTo(index)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=pane.view.visualRect(index).center())


def count_shown(pane, code_id) -> int:
    return pane.model.index_of(code_id, COUNT_COLUMN).data()


# -- showing the codebook --------------------------------------------------------

def test_tree_shows_codes_expanded_with_counts(pane, project):
    ids = project.ids
    assert names_in_view(pane) == [
        (0, "Settling in"), (1, "Loneliness"), (1, "Community"),
        (0, "Support"), (1, "Family"), (1, "Neighbours"), (0, "Hardship"),
    ]
    assert pane.model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    assert pane.model.headerData(1, Qt.Orientation.Horizontal) == "Codings"
    assert count_shown(pane, ids["Loneliness"]) == 2
    assert count_shown(pane, ids["Family"]) == 2
    assert count_shown(pane, ids["Support"]) == 1
    assert pane.model.total_count(ids["Support"]) == 3
    icon = pane.model.index_of(ids["Support"]).data(Qt.ItemDataRole.DecorationRole)
    assert QColor(icon.pixmap(12, 12).toImage().pixelColor(6, 6)).name() == "#9c755f"
    assert pane.current_code_id() is None
    assert PLACEHOLDER in pane.definition.toPlainText()


def test_quick_keys_are_the_first_nine_codes_in_tree_order(pane, project):
    ids = project.ids
    assert pane.favourite_code(1) == ids["Settling in"]
    assert pane.favourite_code(2) == ids["Loneliness"]
    assert pane.favourite_code(4) == ids["Support"]
    assert pane.favourite_code(7) == ids["Hardship"]
    assert pane.favourite_code(8) is None and pane.favourite_code(0) is None
    assert "Quick key: 4" in pane.model.index_of(ids["Support"]).data(Qt.ItemDataRole.ToolTipRole)


def test_click_emits_activated_and_current_and_shows_definition(pane, project, qtbot):
    support = project.ids["Support"]
    activated, current = [], []
    pane.codeActivated.connect(activated.append)
    pane.currentCodeChanged.connect(current.append)
    click(qtbot, pane, support)
    assert activated == [support] and current == [support]
    assert pane.current_code_id() == support
    text = pane.definition.toPlainText()
    assert "Support — help the participant received from others" in text
    assert "Include: practical or emotional help" in text
    assert "Exclude: help the participant gave" in text
    assert "Example: “My sister called every evening.”" in text

    # clicking the count column activates the code too
    with qtbot.waitSignal(pane.codeActivated) as blocker:
        click(qtbot, pane, project.ids["Family"], column=COUNT_COLUMN)
    assert blocker.args == [project.ids["Family"]]


def test_enter_activates_the_current_code(pane, project, qtbot):
    pane.select_code(project.ids["Hardship"])
    pane.view.setFocus()
    with qtbot.waitSignal(pane.codeActivated) as blocker:
        qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert blocker.args == [project.ids["Hardship"]]


def test_current_code_changed_reports_minus_one_when_the_code_goes(pane, project, qtbot, monkeypatch):
    pane.select_code(project.ids["Hardship"])
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(pane.currentCodeChanged) as blocker:
        assert pane.delete_code(project.ids["Hardship"])
    assert blocker.args == [-1]
    assert PLACEHOLDER in pane.definition.toPlainText()


def test_filter_keeps_ancestors_of_matches(pane, project, qtbot):
    qtbot.keyClicks(pane.filter, "fam")
    assert names_in_view(pane) == [(0, "Support"), (1, "Family")]
    pane.filter.clear()
    qtbot.keyClicks(pane.filter, "ONELI")
    assert names_in_view(pane) == [(0, "Settling in"), (1, "Loneliness")]
    pane.filter.clear()
    assert len(names_in_view(pane)) == 7


def test_filter_restores_collapsed_codes_when_cleared(pane, project, qtbot):
    pane.view.collapse(pane.model.index_of(project.ids["Support"]))
    qtbot.keyClicks(pane.filter, "fam")
    assert (1, "Family") in names_in_view(pane)
    pane.filter.clear()
    assert not pane.view.isExpanded(pane.model.index_of(project.ids["Support"]))
    assert pane.view.isExpanded(pane.model.index_of(project.ids["Settling in"]))


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


# -- editing the codebook ---------------------------------------------------------

def test_rename_through_dialog_changes_db_and_tree_keeping_view_state(pane, project, qtbot, monkeypatch):
    ids = project.ids
    pane.view.collapse(pane.model.index_of(ids["Settling in"]))
    pane.select_code(ids["Family"])
    resets = []
    pane.model.modelReset.connect(lambda: resets.append(1))
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, default="": "Kin")
    assert pane.rename_code(ids["Family"])
    assert get_code(project.db, ids["Family"]).name == "Kin"
    assert (1, "Kin") in names_in_view(pane)
    assert not resets  # a rename does not reset the tree
    assert pane.current_code_id() == ids["Family"]
    assert not pane.view.isExpanded(pane.model.index_of(ids["Settling in"]))
    assert "Kin" in pane.definition.toPlainText()


def test_rename_cancelled_changes_nothing(pane, project, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: None)
    assert not pane.rename_code(project.ids["Family"])
    assert project.history.undo_label == "set up"


def test_inline_rename_and_name_clash_reports_error(pane, project, session, qtbot):
    index = pane.model.index_of(project.ids["Hardship"])
    assert pane.model.setData(index, "Hardships")
    assert get_code(project.db, project.ids["Hardship"]).name == "Hardships"
    with qtbot.waitSignal(session.error):
        assert not pane.model.setData(index, "Support")
    assert get_code(project.db, project.ids["Hardship"]).name == "Hardships"


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


def test_new_code_and_sub_code(pane, project, monkeypatch):
    answers = iter(["Identity", "Language"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(answers))
    identity = pane.new_code()
    language = pane.new_code(identity)
    assert get_code(project.db, language).parent_id == identity
    assert names_in_view(pane)[-2:] == [(0, "Identity"), (1, "Language")]
    assert pane.current_code_id() == language


def test_recolour_and_edit_definition(pane, project, monkeypatch):
    hardship = project.ids["Hardship"]
    monkeypatch.setattr(code_dialogs, "ask_colour", lambda parent, initial: "#123456")
    assert pane.recolour_code(hardship)
    assert get_code(project.db, hardship).color == "#123456"
    assert pane.model.index_of(hardship).data(Qt.ItemDataRole.UserRole + 2) == "#123456"

    seen = {}

    def edit(parent, code):
        seen["code"] = code
        return {"description": "things going wrong", "definition": "", "inclusion": "money, housing",
                "exclusion": "", "example": "The heating bills were a shock"}

    monkeypatch.setattr(code_dialogs, "edit_code_texts", edit)
    pane.select_code(hardship)
    assert pane.edit_definition()
    assert seen["code"].id == hardship
    code = get_code(project.db, hardship)
    assert (code.description, code.inclusion) == ("things going wrong", "money, housing")
    text = pane.definition.toPlainText()
    assert "Hardship — things going wrong" in text and "Example: “The heating bills were a shock”" in text


def test_merge_moves_codings_after_confirmation(pane, project, monkeypatch):
    ids, db = project.ids, project.db
    offered, asked = {}, {}
    monkeypatch.setattr(code_dialogs, "ask_merge_target",
                        lambda parent, codes, source: offered.update(codes=codes, source=source) or ids["Support"])
    monkeypatch.setattr(dialogs, "confirm",
                        lambda parent, title, text, **k: asked.setdefault("text", text) and True)
    assert pane.merge_code(ids["Family"])
    assert offered["source"] == ids["Family"]
    assert "2 codings" in asked["text"] and "Support" in asked["text"]
    assert db.execute("SELECT count(*) FROM codes WHERE id = ?", [ids["Family"]]).fetchone()[0] == 0
    codings = db.execute("SELECT count(*) FROM codings WHERE code_id = ?", [ids["Support"]]).fetchone()[0]
    assert codings == 3
    assert (1, "Family") not in names_in_view(pane)
    assert count_shown(pane, ids["Support"]) == 3
    assert pane.current_code_id() == ids["Support"]


def test_merge_cancelled_at_confirmation_keeps_everything(pane, project, monkeypatch):
    monkeypatch.setattr(code_dialogs, "ask_merge_target", lambda *a: project.ids["Support"])
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    assert not pane.merge_code(project.ids["Family"])
    assert get_code(project.db, project.ids["Family"]).name == "Family"


def test_delete_after_confirmation_names_codings_of_sub_codes(pane, project, monkeypatch):
    ids, asked = project.ids, []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, **k: asked.append(text) or False)
    assert not pane.delete_code(ids["Support"])
    assert "2 sub-codes" in asked[0] and "3 codings" in asked[0]
    assert (0, "Support") in names_in_view(pane)

    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    assert pane.delete_code(ids["Support"])
    assert [n for _, n in names_in_view(pane)] == ["Settling in", "Loneliness", "Community", "Hardship"]
    assert project.db.execute("SELECT count(*) FROM codings").fetchone()[0] == 4


def test_context_menu_offers_the_commands(pane, project, monkeypatch):
    texts = [a.text() for a in pane.context_menu_for(project.ids["Family"]).actions() if a.text()]
    assert texts == ["New code…", "New sub-code…", "Rename…", "Change colour…", "Edit definition…",
                     "Merge into…", "Delete…"]
    assert [a.text() for a in pane.context_menu_for(None).actions() if a.text()][0] == "New code…"
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Cousins")
    menu = pane.context_menu_for(project.ids["Family"])
    next(a for a in menu.actions() if a.text() == "New sub-code…").trigger()
    assert get_code(project.db, "Cousins").parent_id == project.ids["Family"]


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


def test_delete_key_asks_to_delete_the_current_code(pane, project, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, **k: asked.append(text) or False)
    pane.select_code(project.ids["Hardship"])
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert asked and "Hardship" in asked[0]
    assert get_code(project.db, project.ids["Hardship"])


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


# -- undo, counts -------------------------------------------------------------------------

def test_undo_restores_the_tree(pane, project, session, monkeypatch):
    before = names_in_view(pane)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    pane.delete_code(project.ids["Settling in"])
    assert len(names_in_view(pane)) == 4
    session.undo()
    assert names_in_view(pane) == before
    assert count_shown(pane, project.ids["Loneliness"]) == 2
    session.redo()
    assert len(names_in_view(pane)) == 4


def test_counts_update_without_reset_when_a_coding_is_applied(pane, project, session, qtbot):
    ids = project.ids
    resets, changed = [], []
    pane.model.modelReset.connect(lambda: resets.append(1))
    pane.model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.internalId(), a.column(), b.column())))
    session.run("Code", apply_code, ids["doc"], ids["Neighbours"], ids["ana"], 100, 120)
    assert count_shown(pane, ids["Neighbours"]) == 1
    assert pane.model.total_count(ids["Support"]) == 4
    assert not resets
    assert changed and all(first == last == COUNT_COLUMN for _, first, last in changed)
    assert {cid for cid, _, _ in changed} == {ids["Neighbours"], ids["Support"]}


def test_counts_follow_the_visible_coders(pane, project, session):
    ids = project.ids
    session.set_visible_coders(frozenset({ids["ben"]}))
    assert count_shown(pane, ids["Loneliness"]) == 1
    assert count_shown(pane, ids["Family"]) == 0
    assert count_shown(pane, ids["Support"]) == 1
    session.set_visible_coders(None)
    assert count_shown(pane, ids["Family"]) == 2


def test_definition_edit_link_and_empty_definition(pane, project, monkeypatch):
    pane.select_code(project.ids["Neighbours"])
    assert "No definition yet" in pane.definition.toPlainText()
    calls = []
    monkeypatch.setattr(code_dialogs, "edit_code_texts", lambda parent, code: calls.append(code.id))
    from PySide6.QtCore import QUrl

    pane.definition.anchorClicked.emit(QUrl("accord:edit-definition"))
    assert calls == [project.ids["Neighbours"]]


def test_dialogs_build_and_answer(qtbot, project):
    from accord.gui.codebook.dialogs import CodeTextsDialog, MergeTargetDialog

    tree = code_tree(project.db)
    dialog = MergeTargetDialog(tree, project.ids["Support"])
    qtbot.addWidget(dialog)
    dialog.select(project.ids["Family"])  # a sub-code of the source: not offered
    assert dialog.target_id() is None
    dialog.select(project.ids["Hardship"])
    assert dialog.target_id() == project.ids["Hardship"]
    dialog.filter.setText("lone")
    dialog.select(project.ids["Loneliness"])
    assert dialog.target_id() == project.ids["Loneliness"]

    texts = CodeTextsDialog(get_code(project.db, project.ids["Support"]))
    qtbot.addWidget(texts)
    texts.fields["definition"].setPlainText("  Help received.  ")
    answer = texts.texts()
    assert answer["definition"] == "Help received."
    assert answer["exclusion"] == "help the participant gave"


def test_right_click_opens_the_menu_for_that_code(pane, project, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(CodebookPane, "context_menu_for",
                        lambda self, code_id: shown.append(code_id) or _FakeMenu())
    index = pane.model.index_of(project.ids["Community"])
    pane.view.customContextMenuRequested.emit(pane.view.visualRect(index).center())
    assert shown == [project.ids["Community"]]
    assert pane.current_code_id() == project.ids["Community"]
    pane.view.customContextMenuRequested.emit(QPoint(5, pane.view.viewport().height() - 5))
    assert shown[-1] is None


class _FakeMenu:
    def exec(self, *_):
        return None

    def deleteLater(self):
        return None


def test_screenshot(qtbot, tmp_path):
    """A realistic codebook at 320x700, saved to /tmp/codebook_pane.png (light) and _dark.png."""
    project = Project.in_memory()
    db = project.db
    codebook = {
        ("Settling in", "#4e79a7", "the first months in the new town"): [
            ("Loneliness", "#76b7b2"), ("Community", "#59a14f"), ("Housing", "#9c755f")],
        ("Support", "#f28e2b", "help the participant received from others"): [
            ("Family", "#edc948"), ("Neighbours", "#b07aa1"), ("Colleagues", "#ff9da7")],
        ("Hardship", "#e15759", "things that went wrong or were hard to bear"): [
            ("Money", "#ff9da7"), ("Health", "#bab0ac"), ("Bureaucracy", "#4e79a7")],
        ("Identity", "#59a14f", "who the participant feels they are now"): [
            ("Language", "#76b7b2"), ("Belonging", "#edc948"), ("Giving back", "#b07aa1")],
    }
    text = "Maya: It felt like starting over, but in a good way, mostly. " * 60
    with project.command("set up"):
        coder = add_coder(db, "Ana")
        doc = add_document(db, "Interview 01 — Maya", text)
        n = 0
        for (name, colour, description), children in codebook.items():
            parent = create_code(db, name, color=colour, description=description)
            for child, child_colour in children:
                code = create_code(db, child, parent=parent.id, color=child_colour)
                for _ in range((len(child) * 7) % 11 + 1):
                    apply_code(db, doc.id, code.id, coder.id, n, n + 5)
                    n += 7
        update_code_texts(db, "Support", inclusion="practical or emotional help named by the participant",
                          exclusion="help the participant gave (→ Giving back)",
                          example="My sister called every evening.")
    session = Session(project)
    pane = CodebookPane(session)
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.select_code(get_code(db, "Support").id)
    pane.view.collapse(pane.model.index_of(get_code(db, "Identity").id))
    qtbot.wait(10)
    assert pane.grab().save("/tmp/codebook_pane.png")

    dark = QPalette()
    for role, colour in [(QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#333333"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#2f65ca"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.PlaceholderText, "#8a8a8a"), (QPalette.ColorRole.Link, "#6ea8fe")]:
        dark.setColor(role, QColor(colour))
    pane.setPalette(dark)
    qtbot.wait(10)
    assert pane.grab().save("/tmp/codebook_pane_dark.png")
    session.close()
