"""Analyse ▸ Code relations on the sample: the heat map, the options, a click listing a cell's places."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from accord.core.analysis.relations import places, relations
from accord.gui.analysis.matrix_model import shade
from accord.gui.analysis.relations_view import RelationsWindow


def _open(window, qtbot) -> RelationsWindow:
    window.actions_by_id["code_relations"].trigger()
    view = window.findChild(RelationsWindow)
    assert view is not None
    qtbot.waitExposed(view)
    return view


def _cell(view, a, b):
    ids = view.model.relations.code_ids
    return view.model.index(ids.index(a), ids.index(b))


def test_the_table_follows_the_options(window, qtbot):
    view = _open(window, qtbot)
    db = window.session.db
    assert view.model.relations.matrix == relations(db).matrix
    a, b, n = relations(db).pairs[0]
    index = _cell(view, a, b)
    assert index.data() == str(n) and _cell(view, b, a).data() == str(n)
    top = max(v for line in view.model.relations.matrix for v in line)
    assert index.data(Qt.BackgroundRole) == shade(n, top)
    assert view.model.index(0, 0).data() == ""  # the diagonal is blank
    view.mode.setCurrentIndex(view.mode.findData("turn"))
    assert view.model.relations.matrix == relations(db, within="turn").matrix
    assert relations(db, within="turn").pairs != relations(db).pairs
    view.mode.setCurrentIndex(view.mode.findData("near"))
    assert view.distance.isEnabled()
    view.distance.setValue(300)
    assert view.model.relations.matrix == relations(db, near=300).matrix
    view.coders.item(1).setCheckState(Qt.Unchecked)  # Ana only
    assert view.model.relations.matrix == relations(db, near=300, coders=["Ana"]).matrix
    view.mode.setCurrentIndex(view.mode.findData("paragraph"))
    assert not view.distance.isEnabled()
    view.coders.item(0).setCheckState(Qt.Unchecked)
    assert view.model.relations.pairs == [] and "Tick at least one coder" in view.message.text()
    view.coders.item(0).setCheckState(Qt.Checked)
    view.coders.item(1).setCheckState(Qt.Checked)
    view.mode.setCurrentIndex(view.mode.findData("turn"))
    folder = Path(os.environ.get("ACCORD_SCREENSHOTS") or "/tmp")
    view.grab().save(str(folder / "relations_view.png"))


def test_clicking_a_cell_lists_its_places_in_the_dock(window, qtbot):
    view = _open(window, qtbot)
    db = window.session.db
    view.mode.setCurrentIndex(view.mode.findData("turn"))
    a, b, n = relations(db, within="turn").pairs[0]
    view.table.scrollTo(_cell(view, a, b))
    rect = view.table.visualRect(_cell(view, a, b))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())
    panel = window.segments
    expected = places(db, a, b, within="turn")
    assert panel.model.rowCount() == n == len(expected) > 0
    assert "same speaker turn" in panel.title.text()
    assert window.segments_dock.isVisible()
    # A click on the diagonal lists nothing new.
    title = panel.title.text()
    view.table.scrollTo(view.model.index(0, 0))
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert panel.title.text() == title
    # The same window comes back, and it follows changes to the project.
    window.actions_by_id["code_relations"].trigger()
    assert window.findChildren(RelationsWindow) == [view]
