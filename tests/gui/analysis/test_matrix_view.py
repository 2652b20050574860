"""Analyse ▸ Matrix on the sample: the heat map, a click listing a cell's passages, and the exports."""

import csv
import os
from pathlib import Path

from PySide6.QtCore import Qt

from accord.core.analysis.matrix import code_matrix
from accord.gui.analysis.matrix_model import shade
from accord.gui.analysis.matrix_view import MatrixWindow
from accord.gui.widgets import dialogs


def _open(window, qtbot) -> MatrixWindow:
    window.actions_by_id["matrix"].trigger()
    matrix = window.findChild(MatrixWindow)
    assert matrix is not None
    qtbot.waitExposed(matrix)
    return matrix


def _click(qtbot, matrix, row, column):
    view = matrix.table
    rect = view.visualRect(matrix.model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def test_choices_change_the_table_and_the_colours(window, qtbot):
    matrix = _open(window, qtbot)
    assert matrix.model.matrix.columns == ["01-maya", "02-tomasz", "03-leila", "04-focus-group"]
    matrix.columns.setCurrentIndex(matrix.columns.findData("speakers"))
    matrix.measure.setCurrentIndex(matrix.measure.findData("coverage"))
    expected = code_matrix(window.session.db, cols="speakers", measure="coverage")
    assert matrix.model.matrix.cells == expected.cells
    top = max(v for line in expected.cells for v in line)
    row, column = next((r, c) for r, line in enumerate(expected.cells) for c, v in enumerate(line) if v == top)
    assert matrix.model.index(row, column).data(Qt.BackgroundRole) == shade(top, top)
    assert matrix.model.index(0, 0).data(Qt.BackgroundRole).name() == "#ffffff"  # the interviewer codes nothing
    matrix.coders.item(1).setCheckState(Qt.Unchecked)  # Ana only
    assert matrix.model.matrix.cells == code_matrix(window.session.db, cols="speakers", measure="coverage",
                                                    coders=["Ana"]).cells
    matrix.columns.setCurrentIndex(matrix.columns.findData("attr:age"))
    matrix.bins.setText("30,45")
    matrix.bins.editingFinished.emit()
    assert matrix.model.matrix.columns == ["<30", "30–45", "≥45", "(none)"]
    folder = Path(os.environ.get("ACCORD_SCREENSHOTS") or "/tmp")
    matrix.columns.setCurrentIndex(matrix.columns.findData("speakers"))
    matrix.grab().save(str(folder / "matrix_view.png"))


def test_clicking_a_cell_lists_its_segments_in_the_dock(window, qtbot):
    matrix = _open(window, qtbot)
    matrix.subcodes.setChecked(True)
    _click(qtbot, matrix, 0, 0)  # Settling in (with sub-codes) × 01-maya
    expected = code_matrix(window.session.db, cols="documents", subcodes=True).cells[0][0]
    panel = window.segments
    assert panel.model.rowCount() == expected > 0
    assert "Settling in · 01-maya" in panel.title.text()
    assert {row[0] for row in panel.model.rows} == {"01-maya"}


def test_exports_table_and_pictures(window, qtbot, monkeypatch, tmp_path):
    matrix = _open(window, qtbot)
    targets = iter([tmp_path / "m.csv", tmp_path / "m.xlsx", tmp_path / "m.png", tmp_path / "m.svg"])
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args, **kwargs: str(next(targets)))
    qtbot.mouseClick(matrix.export_table, Qt.LeftButton)
    qtbot.mouseClick(matrix.export_table, Qt.LeftButton)
    qtbot.mouseClick(matrix.export_image, Qt.LeftButton)
    qtbot.mouseClick(matrix.export_image, Qt.LeftButton)
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Code", "01-maya", "02-tomasz", "03-leila", "04-focus-group"]
    assert [int(v) for v in rows[1][1:]] == matrix.model.matrix.cells[0]
    assert (tmp_path / "m.xlsx").stat().st_size > 0
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"
    svg = (tmp_path / "m.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "01-maya" in svg
    assert "m.svg" in matrix.message.text()
