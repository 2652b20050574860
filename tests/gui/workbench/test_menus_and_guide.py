"""The menu bar as a user meets it: groups, the View menu's docks, steady Undo/Redo buttons,
suggested file names when saving, the welcome page after closing, and Help ▸ Getting started."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QToolButton

from accord.core.coders import add_coder
from accord.gui.widgets import dialogs
from accord.gui.workbench import welcome
from accord.gui.workbench.actions import ACTIONS, GROUP_STARTS, MENUS
from accord.gui.workbench.guide import GuideDialog

REAL_ASK_SAVE_FILE = dialogs.ask_save_file  # before the `answers` fixture scripts them
REAL_ASK_SAVE_PROJECT = dialogs.ask_save_project


def shots(tmp_path) -> Path:
    """Where screenshots go: ACCORD_SCREENSHOTS (to look at them), else the test's own folder."""
    folder = Path(os.environ.get("ACCORD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def menu(window, title):
    return window.menus[title]


def test_menus_are_grouped_by_separators(window):
    for title in MENUS:
        items = menu(window, title).actions()
        assert not items[0].isSeparator() and not items[-1].isSeparator(), title
        assert not any(a.isSeparator() and b.isSeparator() for a, b in zip(items, items[1:])), title
    by_action = {action: spec.id for spec in ACTIONS for action in [window.actions_by_id[spec.id]]}
    file_items = menu(window, "&File").actions()
    for index, action in enumerate(file_items):
        if by_action.get(action) in GROUP_STARTS:
            assert file_items[index - 1].isSeparator(), by_action[action]
    assert sum(a.isSeparator() for a in file_items) == 4


def test_the_view_menu_brings_a_closed_dock_back(window, qtbot):
    window.segments_dock.close()
    assert not window.segments_dock.isVisible()
    toggle = next(a for a in menu(window, "&View").actions() if a.text() == "Retrieved segments")
    assert toggle.isCheckable() and not toggle.isChecked()
    toggle.trigger()
    assert window.segments_dock.isVisible()
    assert toggle.isChecked()
    assert any(a.text() == "Find in all documents" for a in menu(window, "&View").actions())


def test_dock_items_leave_the_view_menu_with_the_project_and_come_back_once(window, sample_copy):
    count = len(menu(window, "&View").actions())
    window.close_project()
    assert not any(a.text() == "Retrieved segments" for a in menu(window, "&View").actions())
    assert window.open_project(sample_copy)
    assert len(menu(window, "&View").actions()) == count


def test_the_undo_button_keeps_its_label_while_its_tooltip_names_the_change(window):
    button = window.toolbar.widgetForAction(window.actions_by_id["undo"])
    assert isinstance(button, QToolButton)
    width = button.sizeHint().width()
    window.session.run("Add coder Someone with a long name", add_coder, "Someone with a long name")
    assert button.text() == "Undo"
    assert "Add coder Someone with a long name" in button.toolTip()
    assert "Add coder Someone" in window.actions_by_id["undo"].text()  # the Edit menu still says which
    assert button.sizeHint().width() == width
    window.actions_by_id["undo"].trigger()
    redo = window.toolbar.widgetForAction(window.actions_by_id["redo"])
    assert redo.text() == "Redo" and "Add coder Someone" in redo.toolTip()


def capture_save_dialogs(monkeypatch) -> list[str]:
    """Put the real save questions back, with Qt's file dialog replaced: record the name it starts with."""
    offered = []

    def get_save_file_name(parent, title, folder="", file_filter="", *args, **kwargs):
        offered.append(folder)
        return "", ""

    monkeypatch.setattr(dialogs, "ask_save_file", REAL_ASK_SAVE_FILE)
    monkeypatch.setattr(dialogs, "ask_save_project", REAL_ASK_SAVE_PROJECT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return offered


def test_save_dialogs_suggest_a_name_in_the_projects_folder(window, monkeypatch, qtbot, sample_copy):
    from accord.gui.reports import saving
    from accord.gui.reports.retrieve import RetrieveDialog

    offered = capture_save_dialogs(monkeypatch)
    window.actions_by_id["export_qdc"].trigger()
    window.actions_by_id["export_qdpx"].trigger()
    window.actions_by_id["save_copy"].trigger()
    saving.choose_file(window, saving.format_choice("html"), window.session)
    saving.choose_file(window, saving.format_choice("csv"), window.session)
    retrieve = RetrieveDialog(window.session, code_id=window.codebook.current_code_id(), parent=window)
    qtbot.addWidget(retrieve)
    retrieve.show()
    qtbot.waitUntil(lambda: retrieve.ready, timeout=10_000)
    retrieve.save("txt")
    folder = sample_copy.parent
    code = window.codebook.model.code(window.codebook.current_code_id()).name
    assert offered == [str(folder / name) for name in (
        "study codebook.qdc", "study.qdpx", "study copy.accord", "study codebook report.html",
        "study report tables", f"study segments {code}.txt")]


def test_suggested_names_never_hold_a_path_separator():
    suggested = dialogs.suggested_name("/a/b/p.accord", "segments Work/Life: 2", ".txt")
    assert suggested == str(Path("/a/b/p segments Work-Life- 2.txt"))
    assert dialogs.suggested_name(None, "codebook", ".qdc") == "codebook.qdc"


def test_welcome_page_elides_a_long_path_in_the_middle(qtbot, monkeypatch, tmp_path):
    deep = tmp_path.joinpath(*[f"folder number {n}" for n in range(30)], "the end of it", "study.accord")
    monkeypatch.setattr(welcome, "recent_projects", lambda: [deep])
    page = welcome.WelcomePage()
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    qtbot.waitExposed(page)
    item = page.recent.item(0)
    assert "…" in item.text()
    assert item.text().startswith("study.accord")
    assert item.text().endswith("the end of it")  # the middle goes, both ends stay
    assert item.toolTip() == str(deep)
    assert page.recent.fontMetrics().horizontalAdvance(item.text()) <= page.recent.viewport().width()
    assert page.grab().save(str(shots(tmp_path) / "welcome.png"))


def test_closing_a_project_leaves_no_stale_status_on_the_welcome_page(window):
    window.view.select_span(0, 11)
    window.statusBar().showMessage("Apply code Loneliness", 3000)
    assert window.status.text()
    window.actions_by_id["close"].trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.status.text() == ""
    assert window.statusBar().currentMessage() == ""


def test_help_getting_started_shows_the_guide(window, qtbot, tmp_path):
    window.actions_by_id["getting_started"].trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    for words in ("Getting started with Accord", "Ctrl+K", "Project ▸ Coders…", "Compare coders", "Codebook report"):
        assert words in text, words
    window.actions_by_id["getting_started"].trigger()  # again: the same window, not a second one
    assert window.findChildren(GuideDialog) == [guide]
    assert guide.grab().save(str(shots(tmp_path) / "guide.png"))


def test_screenshots_of_the_menus(window, qtbot, tmp_path):
    for title in MENUS:
        shown = menu(window, title)
        shown.popup(window.mapToGlobal(window.rect().topLeft()))
        qtbot.waitExposed(shown)
        assert shown.grab().save(str(shots(tmp_path) / f"menu-{title.strip('&').lower()}.png"))
        shown.hide()
    assert window.toolbar.grab().save(str(shots(tmp_path) / "toolbar.png"))


def test_on_a_small_screen_the_text_keeps_room_to_read(window, qtbot):
    window.resize(800, 700)
    qtbot.waitUntil(lambda: window.width() <= 800)
    assert window.splitter.sizes()[1] >= 360  # the side panes give way, not the document


@pytest.mark.parametrize("code", ["de", "es", "fr", "pt_BR"])
def test_the_guide_speaks_the_interface_language(qtbot, qapp, code):
    from PySide6.QtCore import QCoreApplication

    from accord.gui import i18n

    translators = i18n.install(qapp, code)
    try:
        guide = GuideDialog()
        qtbot.addWidget(guide)
        text = guide.browser.toPlainText()
        assert "Getting started with Accord" not in text and "Ctrl+K" in text
        # The menu items it names are those of the translated menus.
        coders = QCoreApplication.translate("Actions", "C&oders…").replace("&", "")
        assert coders in text, coders
    finally:
        i18n.uninstall(qapp, translators)
    english = GuideDialog()
    qtbot.addWidget(english)
    assert "Getting started with Accord" in english.browser.toPlainText()
