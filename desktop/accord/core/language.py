"""The language of report text, without Qt: catalogues read from Qt's .ts files, plurals and numbers.

The interface is translated by Qt (gui/i18n.py); a codebook report can be
written in another language than the interface (`accord report --lang de`),
and core never imports Qt. So core marks its report text the way lupdate
reads it and looks translations up here:

    Report.tr("Coders")                        # context "Report"; lupdate reads Class.tr(...)
    Methods.tr("%Ln code(s)", "", n)           # a plural: the form is picked by the language's rule
    QT_TRANSLATE_NOOP("Methods", "Pooled κ")   # data, translated where it is shown
    fill(Report.tr("Memo on %1"), name)        # numbered placeholders, filled after translation

(`Methods.tr(text, "", n)` rather than `translate("Methods", text, "", n)`: pyside6-lupdate
marks a message as plural only for a `tr` call with a count.)

The language is chosen per report build with `using(code)` (a ContextVar, so
threads and tasks do not see each other's choice); the default is English.
A catalogue is resources/i18n/accord_<code>.ts, finished translations only;
a message without one stays English. %n is the count, %Ln the count with the
language's digit grouping (as in Qt).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de", "es", "fr", "pt_BR")   # the languages Accord has (as gui/i18n.LANGUAGES)
# (decimal point, digit group separator) of each language, as its readers write numbers in prose.
SEPARATORS = {"en": (".", ","), "de": (",", "."), "es": (",", "."), "fr": (",", "\u202f"), "pt_BR": (",", ".")}
SKIPPED = {"unfinished", "vanished", "obsolete"}
# English plurals that "(s)" cannot make (the source text is the key); used while no accord_en.ts has them.
ENGLISH_FORMS = {
    "%Ln of which was/were used by at least one coder":
        ("%Ln of which was used by at least one coder", "%Ln of which were used by at least one coder"),
    "%Ln coding(s) of zero length was/were left out.":
        ("%Ln coding of zero length was left out.", "%Ln codings of zero length were left out."),
    "%Ln was/were accepted one by one by a coder from similar-passage suggestions that Accord computed on the "
    "coder's own computer": tuple(f"%Ln {verb} accepted one by one by a coder from similar-passage suggestions that "
                                  "Accord computed on the coder's own computer" for verb in ("was", "were")),
    "%Ln was/were made by auto-coding (every match of a text search or every turn of a speaker, coded at once at "
    "a coder's request)": tuple(f"%Ln {verb} made by auto-coding (every match of a text search or every turn of a "
                                "speaker, coded at once at a coder's request)" for verb in ("was", "were")),
    "the other %Ln was/were coded by hand": ("the other %Ln was coded by hand", "the other %Ln were coded by hand"),
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, so lupdate finds it)
    """Mark `text` for translation under `context`; it is translated where it is shown."""
    return text


def plural_form(code: str, n: int) -> int:
    """Which numerus form of `code` a count takes (Qt's rules: French and Brazilian Portuguese say 0 in the singular)."""
    if code.split("_")[0] == "fr" or code == "pt_BR":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


@dataclass(frozen=True)
class Catalog:
    """The finished translations of one language: (context, source, disambiguation) → forms."""

    code: str = SOURCE_LANGUAGE
    messages: dict = field(default_factory=dict)

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms is None and self.code == SOURCE_LANGUAGE and n >= 0:
            forms = _english_forms(text)
        if not forms:
            result = text
        elif n >= 0:
            result = forms[min(plural_form(self.code, n), len(forms) - 1)]
        else:
            result = forms[0]
        if n >= 0:
            result = result.replace("%Ln", integer(n, self.code)).replace("%n", str(n))
        return result


def _english_forms(text: str) -> tuple[str, str]:
    if text in ENGLISH_FORMS:
        return ENGLISH_FORMS[text]
    return text.replace("(s)", ""), text.replace("(s)", "s")


def read_ts(path: Path, code: str) -> Catalog:
    """The finished messages of a Qt .ts file (numerus messages keep all their forms)."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in SKIPPED:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            if forms and all(forms):
                messages[name, message.findtext("source") or "", message.findtext("comment") or ""] = forms
    return Catalog(code, messages)


def ts_path(code: str, folder: Path | None = None) -> Path:
    if folder is None:
        from ..resources import resource

        return resource("i18n", f"accord_{code}.ts")
    return Path(folder) / f"accord_{code}.ts"


def check_language(code: str) -> str:
    if code not in LANGUAGES:
        from .errors import InvalidValue

        raise InvalidValue(f"unknown report language {code!r} (choose from {', '.join(LANGUAGES)})")
    return code


def catalog(code: str = SOURCE_LANGUAGE, folder: Path | None = None) -> Catalog:
    """The catalogue of `code` (from resources/i18n, or `folder`); empty when it has no .ts file yet."""
    path = ts_path(check_language(code), folder)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return Catalog(code)
    return _cached(str(path), code, stamp)


@lru_cache(maxsize=16)
def _cached(path: str, code: str, stamp: int) -> Catalog:  # the stamp makes an edited file load again
    return read_ts(Path(path), code)


_CURRENT: ContextVar[Catalog] = ContextVar("accord_report_language", default=Catalog())


@contextmanager
def using(language: str | Catalog = SOURCE_LANGUAGE, folder: Path | None = None):
    """Within the block, `translate` and the number helpers speak `language` (a code or a Catalog)."""
    chosen = language if isinstance(language, Catalog) else catalog(language, folder)
    token = _CURRENT.set(chosen)
    try:
        yield chosen
    finally:
        _CURRENT.reset(token)


def current() -> str:
    """The code of the language in force (see `using`)."""
    return _CURRENT.get().code


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """`text` in the language in force; with n ≥ 0 a plural message, its %n / %Ln replaced by n."""
    return _CURRENT.get().translate(context, text, disambiguation, n)


class Report:
    """Context "Report": headings, labels and notes of the codebook report."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Report", text, disambiguation, n)


class Methods:
    """Context "Methods": the agreement figures' names, definitions and the methods paragraph."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Methods", text, disambiguation, n)


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values) -> str:
    """`text` with %1, %2, … replaced by `values`, in one pass (a value holding "%2" stays as it is)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                            else m.group(0), text)


# -- numbers in prose ------------------------------------------------------------------------
def _separators(code: str | None) -> tuple[str, str]:
    return SEPARATORS.get(code or current(), SEPARATORS[SOURCE_LANGUAGE])


def _localise(text: str, code: str | None) -> str:
    point, group = _separators(code)
    if (point, group) == (".", ","):
        return text
    return text.translate(str.maketrans({",": group, ".": point}))


def integer(n: int, code: str | None = None) -> str:
    """A whole number with digit grouping: 12,345 in English, 12.345 in German."""
    return _localise(f"{int(n):,}", code)


def decimal(value: float, places: int = 2, code: str | None = None, grouping: bool = False) -> str:
    """A number with `places` decimals in the language's way (0.85 / 0,85); negative with a true minus (−)."""
    text = f"{value:,.{places}f}" if grouping else f"{value:.{places}f}"
    return _localise(text, code).replace("-", "−")


def localise(text: str, code: str | None = None) -> str:
    """English-formatted figures (1,234.5) in the language's separators (1.234,5 in German)."""
    return _localise(text, code)
