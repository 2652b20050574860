"""The workbench as a user drives it: open the sample, select text, code it every way, undo, check the file."""

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from accord.core import codebook, codings, documents
from accord.core.coders import list_coders
from accord.core.documents import document_text, list_documents
from accord.core.project import Project


def coding_rows(path):
    with Project.open(path) as project:
        return sorted((s.document, s.code, s.coder, s.start, s.end) for s in codings.segments(project.db))


def select_words(window, words: str) -> tuple[int, int]:
    """Select the first occurrence of `words` in the shown document; returns its code-point span."""
    text = document_text(window.session.db, window.view.document_id)
    start = text.index(words)
    window.view.select_span(start, start + len(words))
    assert window.view.selection_span() == (start, start + len(words))
    return start, start + len(words)


def code_id(window, name):
    return codebook.resolve_code(window.session.db, name)


def test_opens_on_the_sample_with_documents_codebook_and_highlights(window):
    assert window.documents.list.count() == 4
    assert window.view.document_id == list_documents(window.session.db)[0].id
    assert window.codebook.model.rowCount() >= 4
    assert "sample study" in window.windowTitle()
    assert window.coder_box.currentText() == "Ana"
    assert re.search(r"\b\d+ coding(s|\(s\)) in this document", window.status.text())  # "(s)" until English plurals load


def test_click_a_code_codes_the_selection_and_undo_redo_restore_it(window, qtbot, sample_copy):
    before = coding_rows(sample_copy)
    start, end = select_words(window, "The first week was honestly lovely")
    window.codebook.select_code(code_id(window, "Routines and places"))
    window.codebook.codeActivated.emit(code_id(window, "Routines and places"))
    after = coding_rows(sample_copy)
    added = set(after) - set(before)
    assert added == {("01-maya", "Routines and places", "Ana", start, end)}
    window.actions_by_id["undo"].trigger()
    assert coding_rows(sample_copy) == before
    window.actions_by_id["redo"].trigger()
    assert coding_rows(sample_copy) == after


def test_number_keys_apply_the_favourite_codes(window, qtbot, sample_copy):
    start, end = select_words(window, "Can you describe the first few weeks?")
    window.view.setFocus()
    QTest.keyClick(window.view.text_view, Qt.Key_2)
    favourite = window.codebook.favourite_code(2)
    name = codebook.get_code(window.session.db, favourite).name
    assert ("01-maya", name, "Ana", start, end) in coding_rows(sample_copy)


def test_quick_code_palette_picks_a_code_by_typing(window, qtbot, sample_copy, monkeypatch):
    from accord.gui.workbench import quick_code

    start, end = select_words(window, "How did that feel?")
    target = code_id(window, "Loneliness")
    monkeypatch.setattr(quick_code.QuickCodePalette, "choose", lambda self: target)
    window.actions_by_id["quick_code"].trigger()
    assert ("01-maya", "Loneliness", "Ana", start, end) in coding_rows(sample_copy)


def test_in_vivo_creates_a_code_named_after_the_words(window, sample_copy):
    start, end = select_words(window, "a car full of boxes")
    window.actions_by_id["in_vivo"].trigger()
    assert ("01-maya", "a car full of boxes", "Ana", start, end) in coding_rows(sample_copy)


def test_a_span_dropped_on_a_code_is_coded(window, sample_copy):
    target = code_id(window, "Deskilling")
    document = window.view.document_id
    text = document_text(window.session.db, document)
    assert text[19].isspace() and not text[10].isspace() and not text[18].isspace()
    window.codebook.spanDropped.emit(target, document, 10, 20)
    assert ("01-maya", "Deskilling", "Ana", 10, 19) in coding_rows(sample_copy)  # the space at its end is left out


def test_switching_coder_codes_as_the_other_coder_and_filters_the_view(window, sample_copy):
    ben = [c for c in list_coders(window.session.db) if c.name == "Ben"][0]
    window.coder_box.setCurrentIndex(window.coder_box.findData(ben.id))
    window.coder_box.activated.emit(window.coder_box.currentIndex())
    assert window.session.coder_id == ben.id
    start, end = select_words(window, "Naïve in what way?")
    window.codebook.codeActivated.emit(code_id(window, "First impressions"))
    assert ("01-maya", "First impressions", "Ben", start, end) in coding_rows(sample_copy)
    window.show_box.setCurrentIndex(window.show_box.findData("me"))
    window.show_box.activated.emit(window.show_box.currentIndex())
    assert window.session.visible_coders == frozenset({ben.id})


def test_merge_two_codes_from_the_tree(window, answers, monkeypatch, sample_copy):
    from accord.gui.codebook import dialogs as code_dialogs

    source, target = code_id(window, "Deskilling"), code_id(window, "Workplace relationships")
    moving = codebook.count_codings(window.session.db, source)
    kept = codebook.count_codings(window.session.db, target)
    monkeypatch.setattr(code_dialogs, "ask_merge_target", lambda parent, codes, source_id: target)
    assert window.codebook.merge_code(source)
    with Project.open(sample_copy) as project:
        names = [c.name for c in codebook.list_codes(project.db)]
        assert "Deskilling" not in names
        assert 0 < codebook.count_codings(project.db, "Workplace relationships") <= moving + kept


def test_retrieved_segments_list_the_current_code_and_jump_to_the_text(window, qtbot):
    window.codebook.select_code(code_id(window, "Support"))
    model = window.segments.model
    expected = codings.segments(window.session.db, code="Support", include_subcodes=True)
    assert model.rowCount() == len(expected) > 0
    last = expected[-1]
    window.segments.jumpRequested.emit(last.document_id, last.start, last.end)
    assert window.view.document_id == last.document_id
    assert window.view.selection_span() == (last.start, last.end)


def test_find_in_all_documents_lists_hits_that_jump(window):
    window.actions_by_id["find_all"].trigger()
    hits = window.search_panel.run("Kettlebridge")
    assert hits and window.search_panel.model.rowCount() == len(hits)
    window.search_panel.jumpRequested.emit(hits[-1].document_id, hits[-1].start, hits[-1].end)
    assert window.view.selection_span() == (hits[-1].start, hits[-1].end)


def test_delete_document_asks_and_can_be_undone(window, answers, sample_copy):
    first = list_documents(window.session.db)[0]
    answers.confirm = False
    window.actions_by_id["delete_document"].trigger()
    assert len(list_documents(window.session.db)) == 4
    answers.confirm = True
    window.actions_by_id["delete_document"].trigger()
    assert [d.name for d in list_documents(window.session.db)] == ["02-tomasz", "03-leila", "04-focus-group"]
    assert window.documents.list.count() == 3
    window.actions_by_id["undo"].trigger()
    assert list_documents(window.session.db)[0].name == first.name
    assert any(row[0] == first.name for row in coding_rows(sample_copy))


def test_bad_project_file_gives_a_message_and_keeps_the_current_one(window, answers, tmp_path):
    bad = tmp_path / "notes.accord"
    bad.write_text("not a project")
    assert not window.open_project(bad)
    assert "Cannot open project" in answers.asked
    assert window.session is not None and window.documents.list.count() == 4


def test_close_project_shows_the_welcome_page_with_the_recent_project(window, sample_copy):
    window.actions_by_id["close"].trigger()
    assert window.session is None
    assert window.stack.currentWidget() is window.welcome
    assert not window.actions_by_id["import"].isEnabled()
    assert window.welcome.recent.count() == 1
    assert str(sample_copy.resolve()) in window.welcome.recent.item(0).data(Qt.UserRole)


def test_screenshot_of_the_workbench(window, qtbot, tmp_path):
    window.resize(1400, 860)
    window.codebook.select_code(code_id(window, "Loneliness"))
    qtbot.wait(50)
    shot = tmp_path / "workbench.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 20_000


def _caret_point(view, offset):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    text_view = view.text_view
    cursor = QTextCursor(text_view.document())
    cursor.setPosition(view._state.offsets.to_qt(offset))
    rect = text_view.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def test_mouse_selection_then_a_double_click_on_a_code_is_read_back_by_the_cli(window, qtbot, sample_copy, capsys):
    """A user drags over words with the mouse and double-clicks a code; `accord codings --json` shows exactly them."""
    import json

    from accord.cli.main import main

    text = document_text(window.session.db, window.view.document_id)
    start = text.index("Strange. Quiet.")
    end = start + len("Strange. Quiet.")
    viewport = window.view.text_view.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=_caret_point(window.view, start))
    qtbot.mouseMove(viewport, _caret_point(window.view, end))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=_caret_point(window.view, end))
    assert window.view.selection_span() == (start, end)
    assert f"Selection {start}–{end}" in window.status.text()

    tree = window.codebook.view
    index = window.codebook.model.index_of(code_id(window, "Loneliness"), 0)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(index).center())
    qtbot.mouseDClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(index).center())

    capsys.readouterr()
    assert main(["codings", str(sample_copy), "--doc", "01-maya", "--code", "Loneliness", "--coder", "Ana",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"start": start, "end": end, "text": "Strange. Quiet."}.items() <= next(
        r for r in rows if r["start"] == start).items()


ASTRAL = "Leila: Ruth texted 👍🏠 then 👩‍👩‍👧 — 漢字 and 𝒜𝒷𝒸.\nالحمد لله، it went well 😀.\n"


def test_astral_text_coded_in_the_gui_reads_back_exactly_through_the_cli(qtbot, answers, tmp_path, capsys):
    import json

    from accord.cli.main import main
    from accord.gui.workbench.mainwindow import MainWindow

    source = tmp_path / "astral.txt"
    source.write_text(ASTRAL, encoding="utf-8")
    path = tmp_path / "astral.accord"
    assert main(["new", str(path), "--coder", "Ana"]) == 0
    assert main(["import", str(path), str(source)]) == 0
    assert main(["code", "add", str(path), "Emoji"]) == 0
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(path)
    for words in ("👍🏠 then 👩‍👩‍👧 — 漢字 and 𝒜𝒷", "الحمد لله، it went well 😀"):
        start = ASTRAL.index(words)
        end = start + len(words)
        viewport = window.view.text_view.viewport()
        qtbot.mousePress(viewport, Qt.LeftButton, pos=_caret_point(window.view, start))
        qtbot.mouseMove(viewport, _caret_point(window.view, end))
        qtbot.mouseRelease(viewport, Qt.LeftButton, pos=_caret_point(window.view, end))
        assert window.view.selection_span() == (start, end)
        window.codebook.codeActivated.emit(codebook.resolve_code(window.session.db, "Emoji"))
    window.close()
    capsys.readouterr()
    assert main(["codings", str(path), "--json"]) == 0
    texts = [row["text"] for row in json.loads(capsys.readouterr().out)]
    assert texts == ["👍🏠 then 👩‍👩‍👧 — 漢字 and 𝒜𝒷", "الحمد لله، it went well 😀"]


def test_merge_asks_for_a_new_name_when_a_coder_name_is_taken(window, answers, tmp_path):
    from accord.core.project import Project

    other = tmp_path / "stranger.accord"
    with Project.create(other, coder="Ben") as project, project.command("work"):
        doc = documents.add_document(project.db, "01-maya",
                                     document_text(window.session.db, "01-maya"))
        codebook.create_code(project.db, "Loneliness")
        codings.apply_code(project.db, doc.id, "Loneliness", "Ben", 0, 12)
    answers.open_paths = [str(other)]
    answers.text = ["Ben (stranger)"]
    window.merge_projects()
    assert "Coder name taken" in answers.asked
    names = [c.name for c in list_coders(window.session.db)]
    assert "Ben (stranger)" in names and names.count("Ben") == 1
    assert window.coder_box.findText("Ben (stranger)") >= 0


def test_a_second_window_on_the_same_project_opens_it_read_only(window, qtbot, answers, sample_copy):
    from accord.gui.workbench.mainwindow import MainWindow

    second = MainWindow()
    qtbot.addWidget(second)
    answers.choice = 0  # "Open read-only"
    assert second.open_project(sample_copy)
    assert "Project in use" in answers.asked
    assert second.session.project.read_only
    assert "(read-only)" in second.windowTitle()
    assert not second.actions_by_id["quick_code"].isEnabled()
    assert not second.actions_by_id["import"].isEnabled()
    assert second.actions_by_id["export_qdpx"].isEnabled()
    # The first window keeps writing; the second sees its work after a refresh.
    select_words(window, "Naïve in what way?")
    window.codebook.codeActivated.emit(code_id(window, "First impressions"))
    second.documents.refresh()
    assert second.documents.list.count() == 4
    second.close()
    assert window.session.project.lock is not None


def test_cancel_on_a_locked_project_keeps_the_window_empty(window, qtbot, answers, sample_copy):
    from accord.gui.workbench.mainwindow import MainWindow

    second = MainWindow()
    qtbot.addWidget(second)
    answers.choice = None
    assert not second.open_project(sample_copy)
    assert second.session is None
    second.close()
