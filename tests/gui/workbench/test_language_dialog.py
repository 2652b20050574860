"""Settings ▸ Language…: the combo lists the system's language first, then each language by its own name;
OK stores the choice for the next start, and the dialog says so.

Settings are the test's own (tests/conftest.py points ACCORD_CONFIG_DIR at a temporary folder).
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from accord.gui import i18n
from accord.gui.workbench.language_dialog import LanguageDialog


@pytest.fixture
def dialog(qtbot):
    shown = LanguageDialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_lists_the_system_default_first_then_every_language_by_its_own_name(dialog):
    texts = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert texts[0] == f"System default ({i18n.LANGUAGES[i18n.system_language()]})"
    assert texts[1:] == list(i18n.LANGUAGES.values())
    assert "Deutsch" in texts and "Português (Brasil)" in texts
    assert dialog.combo.currentIndex() == 0  # nothing chosen yet: the system's language


def test_says_plainly_that_the_change_waits_for_the_next_start(dialog):
    assert dialog.note.isVisible()
    assert "next starts" in dialog.note.text()


def test_choosing_a_language_by_keyboard_and_ok_stores_it(qtbot, dialog):
    dialog.combo.setFocus()
    for _ in range(dialog.combo.findData("fr")):
        qtbot.keyClick(dialog.combo, Qt.Key.Key_Down)
    assert dialog.combo.currentData() == "fr"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert i18n.chosen_language() == "fr"
    assert i18n.active_language() == "fr"


def test_cancel_changes_nothing(qtbot, dialog):
    i18n.choose_language("es")
    dialog.combo.setCurrentIndex(dialog.combo.findData("de"))
    dialog.reject()
    assert i18n.chosen_language() == "es"


def test_opens_on_the_stored_choice_and_system_default_clears_it(qtbot):
    i18n.choose_language("pt_BR")
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    assert dialog.combo.currentData() == "pt_BR"
    dialog.combo.setCurrentIndex(0)
    dialog.accept()
    assert i18n.chosen_language() == ""
    assert i18n.settings().value(i18n.SETTING) == ""



def test_locale_names_map_to_the_languages_accord_has():
    assert [i18n._supported(name) for name in ("de-AT", "de_DE", "pt-PT", "pt_BR", "fr", "es-419", "en-GB", "ja")] \
        == ["de", "de", "pt_BR", "pt_BR", "fr", "es", "en", ""]
