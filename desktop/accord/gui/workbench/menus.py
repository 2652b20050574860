"""The main window's menu bar and toolbar, built from the action registry (actions.py).

Menus get a separator above each action in `GROUP_STARTS`; the toolbar one
between actions of different menus. The View menu ends with a toggle per dock
(`QDockWidget.toggleViewAction`), added when a project's workbench is built and
removed when it is torn down, so a dock closed with its × can come back.
Undo and Redo keep short toolbar labels ("Undo", "Redo": their icon text) while
the menu item and the tooltip name the change, so the toolbar does not jump.
Labels, tips and menu names are English in the registry (the keys code compares)
and translated here, under the contexts "Actions" and "Menus" they are marked with.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMainWindow, QMenu, QToolBar

from ..i18n import fill
from .actions import ACTIONS, GROUP_STARTS, MENUS

VIEW_MENU = "&View"


def label(spec) -> str:
    """An action's label in the interface language (mnemonic & included)."""
    return QCoreApplication.translate("Actions", spec.label)


def tip(spec) -> str:
    return QCoreApplication.translate("Actions", spec.tip) if spec.tip else ""


def build_menus(window: QMainWindow) -> dict[str, QMenu]:
    """Every registry action as a QAction in its menu (window.actions_by_id), with the handler connected."""
    menus = {name: window.menuBar().addMenu(QCoreApplication.translate("Menus", name)) for name in MENUS}
    for spec in ACTIONS:
        action = QAction(label(spec), window)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setToolTip(f"{tip(spec)} ({spec.shortcut})" if spec.shortcut else tip(spec))  # the key stays as it is
        action.setStatusTip(tip(spec))
        action.setCheckable(spec.checkable)
        handler = getattr(window, spec.handler)
        if spec.checkable:
            action.toggled.connect(handler)
        else:  # `triggered` sends a "checked" flag the handlers must not mistake for an id
            action.triggered.connect(lambda _checked=False, run=handler: run())
        if spec.id in GROUP_STARTS:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        window.actions_by_id[spec.id] = action
        if spec.id == "open_sample":
            window.recent_menu = QMenu(QCoreApplication.translate("Menus", "Open &recent"), window)
            window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
            menus[spec.menu].addMenu(window.recent_menu)
    for spec_id, short in (("undo", QCoreApplication.translate("Menus", "Undo")),
                           ("redo", QCoreApplication.translate("Menus", "Redo"))):
        window.actions_by_id[spec_id].setIconText(short)  # the toolbar's label, whatever the menu says
    window.menus = menus
    window.dock_actions = []
    return menus


def build_toolbar(window: QMainWindow) -> QToolBar:
    """The toolbar: the registry's toolbar actions, then who is coding and whose codings show."""
    bar = QToolBar(QCoreApplication.translate("Menus", "Main"))
    bar.setObjectName("main-toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    menu = None
    for spec in ACTIONS:
        if spec.toolbar:
            if menu is not None and spec.menu != menu:
                bar.addSeparator()
            menu = spec.menu
            bar.addAction(window.actions_by_id[spec.id])
    bar.addSeparator()
    bar.addWidget(QLabel(QCoreApplication.translate("Menus", " Coding as: ")))
    window.coder_box = QComboBox()
    window.coder_box.setToolTip(QCoreApplication.translate("Menus", "Who is coding now: new codings are theirs"))
    window.coder_box.setMinimumContentsLength(10)
    bar.addWidget(window.coder_box)
    bar.addWidget(QLabel(QCoreApplication.translate("Menus", "  Show: ")))
    window.show_box = QComboBox()
    window.show_box.setToolTip(QCoreApplication.translate("Menus", "Whose codings the text, the counts and the "
                                                     "retrieved segments show"))
    window.show_box.setMinimumContentsLength(12)
    bar.addWidget(window.show_box)
    window.addToolBar(bar)
    return bar


def add_dock_toggles(window: QMainWindow, docks: list[QDockWidget]) -> None:
    """A View menu item per dock: ticked while it shows; choosing it shows (or hides) the dock."""
    remove_dock_toggles(window)
    view = window.menus[VIEW_MENU]
    window.dock_actions = [view.addSeparator()]
    for dock in docks:
        toggle = dock.toggleViewAction()
        panel = QCoreApplication.translate("Menus", "Show or hide the “%1” panel")
        toggle.setStatusTip(fill(panel, dock.windowTitle()))
        view.addAction(toggle)
        window.dock_actions.append(toggle)


def remove_dock_toggles(window: QMainWindow) -> None:
    for action in window.dock_actions:
        window.menus[VIEW_MENU].removeAction(action)
    window.dock_actions = []


def show_undo_redo(window: QMainWindow, undo: str | None, redo: str | None) -> None:
    """Name the change to undo and to redo in the menu and the tooltips; the toolbar keeps "Undo" and "Redo"."""
    for spec_id, verb, named, change, shortcut, nothing in (
        ("undo", QCoreApplication.translate("Menus", "&Undo"), QCoreApplication.translate("Menus", "&Undo %1"), undo,
         "Ctrl+Z", QCoreApplication.translate("Menus", "Nothing to undo")),
        ("redo", QCoreApplication.translate("Menus", "&Redo"), QCoreApplication.translate("Menus", "&Redo %1"), redo,
         "Ctrl+Shift+Z", QCoreApplication.translate("Menus", "Nothing to redo")),
    ):
        action = window.actions_by_id[spec_id]
        action.setText(fill(named, change) if change else verb)
        plain = named.replace("&", "")
        action.setToolTip(f"{fill(plain, change)} ({shortcut})" if change else nothing)
