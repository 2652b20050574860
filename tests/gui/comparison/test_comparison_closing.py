"""The Compare coders window closes from the keyboard (Esc, Ctrl+W) and keeps short Undo/Redo labels."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QToolBar  # noqa: E402

from accord.core.coders import add_coder  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.comparison.window import ComparisonWindow  # noqa: E402
from accord.gui.session import Session  # noqa: E402
from accord.gui.widgets.background import wait_for_jobs  # noqa: E402


@pytest.fixture
def session(sample_copy):
    project = Project.open(sample_copy, undo=True)
    session = Session(project)
    yield session
    wait_for_jobs()
    session.close()


@pytest.fixture
def window(qtbot, session):
    window = ComparisonWindow(session)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focused(window):
    """Where a key press goes: the focused widget inside the window (the window if none)."""
    widget = window.focusWidget()
    return widget if widget is not None and window.isAncestorOf(widget) else window


@pytest.mark.parametrize("tab", [0, 1])
def test_escape_closes_the_window(window, qtbot, tab):
    window.tabs.setCurrentIndex(tab)
    window.tabs.currentWidget().setFocus()
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_ctrl_w_closes_the_window(window, qtbot):
    qtbot.keyClick(focused(window), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_other_keys_leave_it_open(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_W)
    qtbot.keyClick(window, Qt.Key.Key_Escape, Qt.KeyboardModifier.ShiftModifier)
    assert window.isVisible()


def test_undo_button_keeps_its_label(window, session):
    bar = window.findChild(QToolBar, "comparisonToolbar")
    button = bar.widgetForAction(window.undo_action)
    session.run("Add coder Somebody", add_coder, "Somebody")
    assert button.text() == "Undo"
    assert "Add coder Somebody" in button.toolTip()
