"""Issue #19 in the window: find passages like a code or a selection, then accept, reject or open each."""

from PySide6.QtCore import Qt

from accord.core import codebook
from accord.core.codings import segments


def _wait_for_suggestions(window, qtbot):
    qtbot.waitUntil(lambda: "finding" not in window.similar.title.text(), timeout=10_000)
    assert window.similar.model.rows, window.similar.title.text()
    return window.similar


def _codings_of(window, code):
    return {(s.document_id, s.start, s.end) for s in segments(window.session.db, code=code,
                                                                coder=window.session.coder_id)}


def test_a_codes_context_menu_finds_passages_and_enter_codes_one_undoably(window, qtbot):
    db = window.session.db
    support = codebook.resolve_code(db, "Support")
    menu = window.codebook.context_menu_for(support)
    next(a for a in menu.actions() if a.text() == "Find similar passages").trigger()
    panel = _wait_for_suggestions(window, qtbot)
    assert window.similar_dock.isVisible() and "Support" in panel.title.text()
    assert panel.code_box.currentData() == support
    first = panel.current().unit
    before = _codings_of(window, "Support")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key_Return)
    after = _codings_of(window, "Support")
    assert len(after - before) == 1 and (first.document_id, first.start, first.end) in after
    assert first not in [s.unit for s, _ in panel.model.rows]
    window.actions_by_id["undo"].trigger()
    assert _codings_of(window, "Support") == before


def test_delete_rejects_and_a_double_click_opens_the_passage(window, qtbot):
    window.codebook.select_code(codebook.resolve_code(window.session.db, "Support"))
    window.actions_by_id["find_similar"].trigger()  # no selection: like the current code
    panel = _wait_for_suggestions(window, qtbot)
    count, first = len(panel.model.rows), panel.current().unit
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key_Delete)
    assert len(panel.model.rows) == count - 1 and panel.current().unit != first
    second = panel.current().unit
    assert "Matched:" in panel.detail.text()
    rect = panel.view.visualRect(panel.view.currentIndex())
    qtbot.mouseClick(panel.view.viewport(), Qt.LeftButton, pos=rect.center())  # Qt opens on a pressed row only
    qtbot.mouseDClick(panel.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.view.document_id == second.document_id
    assert window.view.selection_span() == (second.start, second.end)


def test_the_selection_menu_finds_passages_like_the_selected_text(window, qtbot, monkeypatch):
    from accord.gui.workbench import coding_gestures

    window.view.select_span(0, 80)
    shown = []
    monkeypatch.setattr(coding_gestures, "popup", lambda menu, position: shown.append(menu))
    window._selection_menu(window.view.mapToGlobal(window.view.rect().center()))
    next(a for a in shown[0].actions() if a.text() == "Find similar passages").trigger()
    panel = _wait_for_suggestions(window, qtbot)
    document = window.view.document_id
    assert all((s.because.document_id, s.because.start, s.because.end) == (document, 0, 80)
               for s, _ in panel.model.rows)
    assert not any(s.unit.document_id == document and s.unit.start < 80 for s, _ in panel.model.rows)
    window.similar.grab().save(str(__import__("pathlib").Path("/tmp/similar_panel.png")))


def test_larger_passages_and_the_codes_definition_are_asked_about_from_the_boxes_above_the_list(window, qtbot):
    from accord.core.similar.units import project_units

    db = window.session.db
    support = codebook.resolve_code(db, "Support")
    window.codebook.select_code(support)
    panel = window.similar
    assert not panel.definition_box.isEnabled()  # nothing asked about a code yet
    window.actions_by_id["find_similar"].trigger()
    _wait_for_suggestions(window, qtbot)
    sentences = {(u.document_id, u.start, u.end) for u in project_units(db, "sentence")}
    assert all((s.unit.document_id, s.unit.start, s.unit.end) in sentences for s, _ in panel.model.rows)
    panel.unit_box.setFocus()
    qtbot.keyClick(panel.unit_box, Qt.Key_Down)  # "Paragraphs": asked again at once
    _wait_for_suggestions(window, qtbot)
    paragraphs = {(u.document_id, u.start, u.end) for u in project_units(db, "paragraph")}
    assert all((s.unit.document_id, s.unit.start, s.unit.end) in paragraphs for s, _ in panel.model.rows)
    assert panel.definition_box.isEnabled()
    qtbot.mouseClick(panel.definition_box, Qt.LeftButton)  # the definition is asked about too
    _wait_for_suggestions(window, qtbot)
    assert any(s.because.document_id == 0 for s, _ in panel.model.rows)  # matched with the definition
