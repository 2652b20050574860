"""The quick-code palette (Ctrl+K), driven through its widget."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from accord.core.codebook import code_tree, get_code  # noqa: E402
from accord.gui.workbench.quick_code import QuickCodePalette, rank  # noqa: E402
from small_session import code_id, rows, small_session  # noqa: E402


@pytest.fixture
def session(qtbot):
    return small_session()


# -- quick-code palette -------------------------------------------------------
def open_palette(qtbot, session) -> QuickCodePalette:
    palette = QuickCodePalette(session)
    qtbot.addWidget(palette)
    palette.show()
    return palette


def test_rank_prefers_word_starts():
    assert rank("Fear", "fear") == (0, 0)
    assert rank("Fear of failure", "fe") == (1, 0)
    assert rank("Negative feedback", "fe") == (2, 9)
    assert rank("Safety", "fe") == (3, 2)
    assert rank("Anger", "fe") is None


def test_palette_lists_every_code_with_its_parent_path(qtbot, session):
    palette = open_palette(qtbot, session)
    assert rows(palette) == ["Emotions", "Fear of failure", "Anger", "Safety", "Negative feedback", "Feelings"]
    anger = palette.list.item(2)
    assert anger.data(Qt.ItemDataRole.UserRole + 1) == "Emotions"
    assert palette.list.currentRow() == 0


def test_palette_filters_as_you_type_word_starts_first(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "FE")
    assert rows(palette) == ["Fear of failure", "Feelings", "Negative feedback", "Safety", "Create code “FE”"]
    qtbot.keyClicks(palette.search, "e")
    assert rows(palette) == ["Feelings", "Negative feedback", "Create code “FEe”"]


def test_palette_enter_picks_the_highlighted_code(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "fe")
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert palette.result() == QDialog.DialogCode.Accepted
    assert palette.picked_code_id == code_id(session, "Feelings")
    assert not palette.isVisible()


def test_palette_escape_cancels(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "ang")
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert palette.result() == QDialog.DialogCode.Rejected
    assert palette.picked_code_id is None


def test_palette_exact_name_offers_no_creation(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "  anger ")
    assert rows(palette) == ["Anger"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "emotions/anger")
    assert rows(palette) == ["Anger"]


def test_palette_creates_a_code_when_none_matches(qtbot, session):
    palette = open_palette(qtbot, session)
    before = len(code_tree(session.db))
    qtbot.keyClicks(palette.search, "Hope")
    assert rows(palette) == ["Create code “Hope”"]
    qtbot.keyClick(palette.search, Qt.Key.Key_Enter)
    assert palette.result() == QDialog.DialogCode.Accepted
    created = get_code(session.db, palette.picked_code_id)
    assert (created.name, created.parent_id) == ("Hope", None)
    assert len(code_tree(session.db)) == before + 1
    assert session.undo_label == "New code “Hope”"


def test_palette_create_row_is_last_and_reachable_with_up(qtbot, session):
    palette = open_palette(qtbot, session)
    qtbot.keyClicks(palette.search, "fear")
    assert rows(palette)[-1] == "Create code “fear”"
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)  # wraps round to the last row
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert get_code(session.db, palette.picked_code_id).name == "fear"


def test_palette_choose_runs_modally_and_returns_the_id(qtbot, session):
    palette = QuickCodePalette(session)
    qtbot.addWidget(palette)

    def type_and_pick():
        qtbot.keyClicks(palette.search, "safe")
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_and_pick)
    assert palette.choose() == code_id(session, "Safety")


def test_palette_shows_why_a_code_cannot_be_created(qtbot, session):
    session.project.read_only = True  # every command now fails with a message
    palette = open_palette(qtbot, session)
    errors = []
    session.error.connect(errors.append)
    qtbot.keyClicks(palette.search, "Hope")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert palette.isVisible() and palette.picked_code_id is None
    assert errors and palette.error_label.text() == errors[0]
