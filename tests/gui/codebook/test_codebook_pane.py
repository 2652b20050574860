"""The codebook pane, driven as a user would (offscreen).

The tree's keys, its count column and drag and drop are in test_codebook_tree.py.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from accord.core.codebook import code_tree, create_code, get_code, update_code_texts  # noqa: E402
from accord.core.codings import apply_code  # noqa: E402
from accord.core.coders import add_coder  # noqa: E402
from accord.core.documents import add_document  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.codebook import dialogs as code_dialogs  # noqa: E402
from accord.gui.widgets import dialogs  # noqa: E402
from accord.gui.codebook.model import COUNT_COLUMN  # noqa: E402
from accord.gui.codebook.new_code import NewCodeDialog  # noqa: E402
from accord.gui.codebook.pane import PLACEHOLDER, CodebookPane  # noqa: E402
from accord.gui.session import Session  # noqa: E402

from codebook_helpers import names_in_view  # noqa: E402


def click(qtbot, pane, code_id, column=0):
    index = pane.model.index_of(code_id, column)
    pane.view.scrollTo(index)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=pane.view.visualRect(index).center())


def double_click(qtbot, pane, code_id, column=0):
    index = pane.model.index_of(code_id, column)
    pane.view.scrollTo(index)
    point = pane.view.visualRect(index).center()
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def fill_and_create(qtbot, dialog, name, definition=""):
    """Type into the real New code dialog and press Create (its exec, not shown)."""
    qtbot.keyClicks(dialog.name, name)
    if definition:
        qtbot.keyClicks(dialog.definition, definition)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog.result()


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


def test_one_click_only_shows_the_code_and_never_activates_it(pane, project, qtbot):
    support = project.ids["Support"]
    activated, clicked, current = [], [], []
    pane.codeActivated.connect(activated.append)
    pane.codeClicked.connect(clicked.append)
    pane.currentCodeChanged.connect(current.append)
    click(qtbot, pane, support)
    assert activated == [] and clicked == [support] and current == [support]
    assert pane.current_code_id() == support
    text = pane.definition.toPlainText()
    assert "Support — help the participant received from others" in text
    assert "Include: practical or emotional help" in text
    assert "Exclude: help the participant gave" in text
    assert "Example: “My sister called every evening.”" in text
    click(qtbot, pane, project.ids["Family"], column=COUNT_COLUMN)  # the count column too
    assert activated == [] and pane.current_code_id() == project.ids["Family"]


def test_double_click_and_the_code_button_activate_the_code(pane, project, qtbot):
    support, family = project.ids["Support"], project.ids["Family"]
    index = pane.model.index_of(support)
    with qtbot.waitSignal(pane.codeActivated) as blocker:
        double_click(qtbot, pane, support)
    assert blocker.args == [support]
    assert pane.view.isExpanded(index)  # the double-click coded; it did not fold the category
    pane.select_code(family)
    with qtbot.waitSignal(pane.codeActivated) as blocker:
        qtbot.mouseClick(pane.code_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [family]


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


def test_new_code_and_sub_code(pane, project, monkeypatch, qtbot):
    answers = iter(["Identity", "Language"])
    monkeypatch.setattr(NewCodeDialog, "exec", lambda dialog: fill_and_create(qtbot, dialog, next(answers)))
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


def test_context_menu_offers_the_commands(pane, project, monkeypatch, qtbot):
    texts = [a.text() for a in pane.context_menu_for(project.ids["Family"]).actions() if a.text()]
    assert texts == ["New code…", "New sub-code…", "Rename…", "Change colour…", "Edit definition…",
                     "Find similar passages", "Merge into…", "Delete…"]
    assert [a.text() for a in pane.context_menu_for(None).actions() if a.text()][0] == "New code…"
    monkeypatch.setattr(NewCodeDialog, "exec", lambda dialog: fill_and_create(qtbot, dialog, "Cousins"))
    menu = pane.context_menu_for(project.ids["Family"])
    next(a for a in menu.actions() if a.text() == "New sub-code…").trigger()
    assert get_code(project.db, "Cousins").parent_id == project.ids["Family"]


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
