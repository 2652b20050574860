"""Analyse ▸ Auto-code on the sample: preview, untick one passage, code the rest, undo; the
"Code these hits…" button of the find-in-all dock, and the speaker mode."""

import os
from pathlib import Path

from accord.core.analysis.autocode import Autocode, plan_autocode
from accord.gui.analysis.autocode_dialog import AutocodeDialog
from PySide6.QtCore import QPoint, Qt

FOLDER = Path(os.environ.get("ACCORD_SCREENSHOTS") or "/tmp")


def _codings(window):
    return window.session.db.execute(
        'SELECT document_id, code_id, coder_id, start, "end", memo FROM codings ORDER BY id').fetchall()


def _open(window, qtbot) -> AutocodeDialog:
    window.actions_by_id["autocode"].trigger()
    dialog = window.findChild(AutocodeDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _untick(qtbot, dialog, row):
    item = dialog.table.item(row, 0)
    rect = dialog.table.visualItemRect(item)
    # The tick box sits at the cell's left edge.
    qtbot.mouseClick(dialog.table.viewport(), Qt.LeftButton, pos=rect.topLeft() + QPoint(10, rect.height() // 2))


def test_preview_untick_apply_and_undo(window, qtbot):
    dialog = _open(window, qtbot)
    assert dialog.coder.currentData() == window.session.coder_id  # the window's coder by default
    qtbot.keyClicks(dialog.search, "work")
    dialog.extend.setCurrentIndex(dialog.extend.findData("sentence"))
    dialog.code.set_path("Work and study")
    assert not dialog.apply_button.isEnabled()  # nothing previewed yet
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    expected = plan_autocode(window.session.db, Autocode(search="work", extend="sentence"))
    assert dialog.table.rowCount() == len(expected) > 3
    shown = [dialog.table.item(r, 2).text() for r in range(3)]  # each with the words around it
    assert all(f"[{' '.join(p.text.split())}]" in row and row.startswith("…") for row, p in zip(shown, expected))
    assert dialog.apply_button.text() == f"Code {len(expected)} passages"
    _untick(qtbot, dialog, 1)
    assert dialog.table.item(1, 0).checkState() == Qt.Unchecked
    assert dialog.apply_button.text() == f"Code {len(expected) - 1} passages"
    dialog.grab().save(str(FOLDER / "autocode_dialog.png"))
    before = _codings(window)
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    after = _codings(window)
    code_id = window.session.db.execute("SELECT id FROM codes WHERE name = 'Work and study'").fetchone()[0]
    mine = {(d, s, e) for d, c, k, s, e, _m in after if c == code_id and k == window.session.coder_id}
    unticked = expected[1]
    assert not any(d == unticked.document_id and s <= unticked.start and unticked.end <= e for d, s, e in mine)
    for p in expected[:1] + expected[2:]:
        assert any(d == p.document_id and s <= p.start and p.end <= e for d, s, e in mine), p
    assert "added" in dialog.message.text() and dialog.table.rowCount() == 0
    assert window.session.undo_label.startswith("Auto-code")
    window.actions_by_id["undo"].trigger()
    assert _codings(window) == before


def test_changing_the_search_clears_the_preview_and_errors_show_in_the_dialog(window, qtbot):
    dialog = _open(window, qtbot)
    qtbot.keyClicks(dialog.search, "people")
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert dialog.table.rowCount() > 0
    qtbot.keyClicks(dialog.search, "x")
    assert dialog.table.rowCount() == 0 and not dialog.apply_button.isEnabled()
    dialog.regex.setChecked(True)
    dialog.search.setText("(oops")
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert "regular expression" in dialog.message.text() and dialog.table.rowCount() == 0


def test_speaker_mode_lists_the_speakers_and_codes_their_turns(window, qtbot):
    dialog = _open(window, qtbot)
    dialog.by_speaker.setChecked(True)
    assert not dialog.search.isVisible() and dialog.speaker.isVisible() and not dialog.extend.isVisible()
    names = [dialog.speaker.itemText(i) for i in range(dialog.speaker.count())]
    assert "Maya" in names and "Interviewer" in names
    dialog.speaker.setCurrentIndex(dialog.speaker.findData("Maya"))
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    expected = plan_autocode(window.session.db, Autocode(speaker="Maya"))
    assert dialog.table.rowCount() == len(expected) > 0
    dialog.grab().save(str(FOLDER / "autocode_speaker.png"))


def test_code_these_hits_opens_the_dialog_with_the_search(window, qtbot):
    panel = window.search_panel
    assert not panel.code_hits.isEnabled()
    panel.run("cafe")
    assert panel.code_hits.isEnabled()
    window.search_dock.show()
    window.search_dock.raise_()
    qtbot.mouseClick(panel.code_hits, Qt.LeftButton)
    dialog = window.findChild(AutocodeDialog)
    qtbot.waitExposed(dialog)
    assert dialog.search.text() == "cafe" and dialog.by_text.isChecked()
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == \
        [h.document for h in panel.run("cafe")]
    window.resize(1200, 800)
    window.grab().save(str(FOLDER / "autocode_search_panel.png"))


def test_with_the_speaker_filter_set_the_dialog_opens_on_that_speakers_turns(window, qtbot):
    combo = window.documents.speaker
    index = combo.findText("Maya")
    assert index > 0
    combo.setCurrentIndex(index)
    dialog = _open(window, qtbot)
    assert dialog.by_speaker.isChecked() and dialog.speaker.currentData() == "Maya"
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert dialog.table.rowCount() == len(plan_autocode(window.session.db, Autocode(speaker="Maya")))


def test_a_change_to_the_project_clears_the_preview_and_new_codes_are_offered(window, qtbot):
    from accord.core.codebook import create_code

    dialog = _open(window, qtbot)
    qtbot.keyClicks(dialog.search, "people")
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert dialog.table.rowCount() > 0
    window.session.run("Add code", create_code, "Crowds")
    assert dialog.table.rowCount() == 0 and not dialog.apply_button.isEnabled()
    assert dialog.code.set_path("Crowds") and dialog.within.findData("Crowds") > 0
