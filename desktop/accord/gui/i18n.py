"""The interface language: Qt translators, the language setting, and the helpers translated text needs.

Translations are Qt's own: `self.tr()` or `QCoreApplication.translate(context,
…)` in the code, `.ts` files in resources/i18n/ (made by `python
packaging/translations.py`, which runs pyside6-lupdate and pyside6-lrelease),
and the compiled `.qm` files beside them, loaded here at start-up with Qt's own
`qtbase_*.qm` so that standard buttons speak the same language.

Placeholders are numbered (`%1`, `%2`) so that a translation can reorder them;
`fill()` puts the values in. Plurals are Qt's: `QCoreApplication.translate(
"Context", "%n code(s)", "", n)` (not `self.tr(…, n)`, which PySide looks up
under the subclass's name first and so misses in mixins and subclasses).
The language follows the system unless Settings ▸ Language names one; the
choice is read once, at start-up.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..appdirs import settings_file
from ..resources import resource

SOURCE_LANGUAGE = "en"
# Code → the language's own name, as its speakers look for it in a list.
LANGUAGES: dict[str, str] = {
    "en": "English",  # not text: a language's own name
    "de": "Deutsch",  # not text: a language's own name
    "es": "Español",  # not text: a language's own name
    "fr": "Français",  # not text: a language's own name
    "pt_BR": "Português (Brasil)",  # not text: a language's own name
}
SETTING = "interface/language"  # "" or missing: follow the system

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values) -> str:
    """`text` with %1, %2, … replaced by `values`, in one pass (a value holding "%2" stays as it is)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                            else m.group(0), text)


def number(value: float, decimals: int = 2) -> str:
    """A decimal number as the interface's locale writes it (0,85 in German, 0.85 in English)."""
    return QLocale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """A whole number with the locale's digit grouping (12.345 in German)."""
    return QLocale().toString(int(value))


def settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.IniFormat)


def chosen_language() -> str:
    """The language picked in Settings ▸ Language, or "" to follow the system."""
    value = str(settings().value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def choose_language(code: str) -> None:
    """Store the language for the next start ("" follows the system)."""
    store = settings()
    store.setValue(SETTING, code if code in LANGUAGES else "")
    store.sync()


def system_language() -> str:
    """The first of the system's preferred languages that Accord has, else English."""
    for name in QLocale.system().uiLanguages():
        if code := _supported(name):
            return code
    return SOURCE_LANGUAGE


def _supported(name: str) -> str:
    """The LANGUAGES code for a locale name ("de-AT", "pt_PT", "fr"), or "" if Accord lacks that language."""
    code = name.replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0]
    if base == "pt":
        return "pt_BR"  # the one Portuguese Accord has
    return base if base in LANGUAGES else ""


def active_language() -> str:
    return chosen_language() or system_language()


def current_language() -> str:
    """The language the interface speaks in this run (the one `install` chose), as a LANGUAGES code."""
    return _supported(QLocale().name()) or SOURCE_LANGUAGE  # QLocale's default follows `install`


def translation_file(code: str):
    return resource("i18n", f"accord_{code}.qm")


def install(app, code: str | None = None) -> list[QTranslator]:
    """Load Accord's and Qt's translations of `code` (default: the active language) into `app`.

    Returns the installed translators (a caller that switches languages removes
    them with `uninstall`). English, the source language, has only its plural
    forms ("1 code", "2 codes"). The default QLocale follows, so numbers and
    dates are written the same way as the words.
    """
    code = code or active_language()
    QLocale.setDefault(QLocale(code))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(translation_file(code))):
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def uninstall(app, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE))


def translate(context: str, text: str) -> str:
    """For text defined as data (QT_TRANSLATE_NOOP) and looked up later under its context."""
    return QCoreApplication.translate(context, text)
