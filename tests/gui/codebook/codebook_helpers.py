"""Helpers shared by the codebook tests (fixtures are in conftest.py)."""

from PySide6.QtCore import QModelIndex


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
