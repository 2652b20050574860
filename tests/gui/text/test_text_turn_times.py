"""A transcript turn's time shows in a tooltip when hovering its text (issue #17)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint  # noqa: E402
from PySide6.QtGui import QHelpEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

from accord.core.codebook import create_code  # noqa: E402
from accord.core.coders import add_coder  # noqa: E402
from accord.core.codings import apply_code  # noqa: E402
from accord.core.documents import add_document  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.session import Session  # noqa: E402
from accord.gui.text.pane import DocumentView  # noqa: E402

TEXT = "Maya Patel: Hello 😀 and welcome. Shall we start?\n\nJonas Berg: Yes, let's.\n\nNo times here."
TURNS = [(0, 48, 12, "Maya Patel", 1.0, 5.0), (50, 73, 62, "Jonas Berg", 3723.5, 3725.0)]


def _tip(qtbot, pane, offset: int) -> str:
    view = pane.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(pane._state.offsets.to_qt(offset))
    rect = view.cursorRect(cursor)
    pos = QPoint(rect.left() + 1, rect.center().y())
    QToolTip.hideText()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hovering_a_turn_shows_its_speaker_and_times(qtbot):
    project = Project.in_memory()
    with project.command("setup"):
        coder = add_coder(project.db, "Ana").id
        doc = add_document(project.db, "Meeting", TEXT, turns=TURNS).id
        code = create_code(project.db, "Welcome").id
        start = TEXT.index("welcome")
        apply_code(project.db, doc, code, coder, start, start + len("welcome"))
    pane = DocumentView(Session(project))
    pane.resize(800, 400)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_document(doc)
    assert "Maya Patel · 0:01–0:05" in _tip(qtbot, pane, TEXT.index("start?"))
    assert "Jonas Berg · 1:02:03.5–1:02:05" in _tip(qtbot, pane, TEXT.index("let's"))
    coded = _tip(qtbot, pane, TEXT.index("welcome") + 2)  # a coding's tooltip says when it was said too
    assert "Maya Patel · 0:01–0:05" in coded and "Welcome" in coded
    assert pane._state.turn_time_at(TEXT.index("times here")) is None  # text outside any timed turn
    assert pane._state.turn_time_at(TEXT.index("\n\nJonas")) is None  # the blank line between turns
    QToolTip.hideText()
