"""Each interface language, loaded for real: every action of the registry is triggered on the sample
project and every dialog or window it opens is checked for English left showing and for text cut off
at 1366×768.

Modal dialogs are shown, checked and closed instead of waiting for a person (QDialog.exec and
QMessageBox.exec are replaced); file pickers answer "cancel". Set ACCORD_SHOTS=folder to keep a
picture of every screen checked, per language, to look at.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QFileDialog, QGroupBox, QLabel,
                               QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget)

from accord.gui import i18n
from accord.gui.workbench.actions import ACTIONS, MENUS
from accord.resources import resource

SCREEN = (1366, 768)
LANGUAGES = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
# Actions that would end the run or replace the project under test.
NOT_TRIGGERED = {"new", "open", "open_sample", "close", "quit", "restore_backup"}


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def translated_sources(code: str) -> dict[str, str]:
    """Source text → translation, for every message whose translation differs from its source.

    A source that is also the translation of another message ("Coder" is French for "Code") is left out:
    seeing it proves nothing.
    """
    found, translations = {}, set()
    for message in ET.parse(resource("i18n", f"accord_{code}.ts")).getroot().iter("message"):
        if message.get("numerus") == "yes":
            continue
        source, translation = message.findtext("source"), message.findtext("translation") or ""
        translations.add(_plain(translation))
        if translation and _plain(translation) != _plain(source):
            found[_plain(source)] = translation
    return {source: text for source, text in found.items() if source not in translations}


def _texts(root: QWidget):
    """(widget, shown text) of every visible label, button, group box and tab under `root`."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield widget, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield widget, widget.tabText(index)
        if isinstance(widget, (QDialog, QMainWindow)) and widget.windowTitle():
            yield widget, widget.windowTitle()


def _cut_off(widget: QWidget) -> bool:
    """True when a one-line label or a button is narrower than its text needs."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.width() == 0:
            return False
        return widget.sizeHint().width() > widget.width() + 1
    if isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QToolBar):
        return widget.sizeHint().width() > widget.width() + 1 and widget.width() > 0
    return False


class Screens:
    """Checks each window it is given, and remembers every problem found."""

    def __init__(self, code: str, english: dict[str, str], shots: Path | None):
        self.code, self.english, self.shots = code, english, shots
        self.problems: list[str] = []
        self.seen = 0

    def check(self, top: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.seen += 1
        name = f"{where} ({type(top).__name__})"
        least = top.minimumSizeHint()
        if least.width() > SCREEN[0] or least.height() > SCREEN[1]:
            self.problems.append(f"{name}: needs {least.width()}×{least.height()}, more than {SCREEN[0]}×{SCREEN[1]}")
        if top.width() > SCREEN[0] or top.height() > SCREEN[1]:  # as a window manager fits it to the screen
            top.resize(min(top.width(), SCREEN[0]), min(top.height(), SCREEN[1]))
            QApplication.processEvents()
        for widget, text in _texts(top):
            plain = _plain(text)
            if plain in self.english:
                self.problems.append(f"{name}: {plain!r} is shown in English")
            if _cut_off(widget):
                self.problems.append(f"{name}: {plain!r} is cut off ({widget.width()} px for "
                                     f"{widget.sizeHint().width()})")
        if self.shots:
            self.shots.mkdir(parents=True, exist_ok=True)
            slug = re.sub(r"\W+", "_", where)
            top.grab().save(str(self.shots / f"{self.seen:03d}-{slug}.png"))


@pytest.fixture
def modal_checked(monkeypatch, answers):
    """Modal dialogs are laid out, checked by `screens.check` and closed, instead of waiting."""
    holder = {}

    def shown_then_closed(dialog, *args):
        dialog.show()  # at the size the dialog gives itself, as exec() would show it
        holder["screens"].check(dialog, holder["where"] + " ▸ " + (dialog.windowTitle() or "dialog"))
        dialog.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", shown_then_closed)
    monkeypatch.setattr(QMessageBox, "exec", shown_then_closed)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    return holder


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_action_and_dialog_speaks_the_language_and_fits(code, qtbot, qapp, sample_copy, modal_checked,
                                                             tmp_path):
    from accord.gui.workbench.mainwindow import MainWindow

    shots = Path(os.environ["ACCORD_SHOTS"]) / code if os.environ.get("ACCORD_SHOTS") else None
    screens = Screens(code, translated_sources(code), shots)
    modal_checked["screens"] = screens
    translators = i18n.install(qapp, code)
    try:
        assert translators, f"no translation loaded for {code}"
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        assert window.open_project(sample_copy)
        qtbot.waitExposed(window)
        modal_checked["where"] = "main window"
        screens.check(window, "main window")
        titles = [menu.title() for menu in window.menus.values()]
        english_titles = {title for title in titles if _plain(title) in screens.english}  # "Analyse" is French too
        assert len(titles) == len(MENUS) and not english_titles, f"menus left in English: {english_titles}"
        toolbar = window.findChild(QToolBar, "main-toolbar")
        assert toolbar.sizeHint().width() <= SCREEN[0], "the toolbar does not fit at 1366 px"
        for spec in ACTIONS:
            action = window.actions_by_id[spec.id]
            assert _plain(action.text()) != _plain(spec.label) or _plain(spec.label) not in screens.english, \
                f"{spec.id}: {action.text()!r} is English"
            if spec.id in NOT_TRIGGERED or not action.isEnabled():
                continue
            before = set(QApplication.topLevelWidgets())
            modal_checked["where"] = _plain(action.text())
            action.trigger()
            for top in set(QApplication.topLevelWidgets()) - before:
                if top.isVisible() and top is not window:
                    screens.check(top, modal_checked["where"])
                    top.close()
        window.similar_dock.show()
        window.similar_dock.raise_()  # its header holds four boxes in a row
        qtbot.wait(10)
        screens.check(window, "main window, similar passages")
        window.close()
    finally:
        i18n.uninstall(qapp, translators)
    assert screens.seen >= 15, f"only {screens.seen} screens were checked"
    assert not screens.problems, "\n".join(screens.problems[:60])
