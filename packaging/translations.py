"""Extract, check and compile Accord's translations with Qt's own tools.

    python packaging/translations.py update    # pyside6-lupdate: new strings into resources/i18n/*.ts
    python packaging/translations.py release   # pyside6-lrelease: .ts → .qm (checked in, so no build step)
    python packaging/translations.py add xx    # start a new language (then add it to gui/i18n.py LANGUAGES)
    python packaging/translations.py todo de OUT.json    # the unfinished messages, for a translator
    python packaging/translations.py apply de IN.json    # their translations back into accord_de.ts

A todo/apply file maps context → source text → translation (a list of forms
for a plural message).

The sources are every module of gui/ and the core modules that mark report
text for translation (they call `QT_TRANSLATE_NOOP(`, `Report.tr(` or
`Methods.tr(` of core/language.py). Locations are left out of the .ts files so that moving code
does not change them. See resources/i18n/README.md.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop" / "accord"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "es", "fr", "pt_BR")
# English is the source language; its file holds only the plural forms ("%n code(s)" → "1 code", "2 codes").
ALL = ("en",) + LANGUAGES
MARKS = ("translate(\"", "QT_TRANSLATE_NOOP(\"", "Report.tr(", "Methods.tr(")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (a venv's bin/), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6-Essentials in this Python ({sys.executable}).")
    return found


def sources() -> list[Path]:
    gui = sorted((SOURCE / "gui").rglob("*.py"))
    marked = [path for path in sorted((SOURCE / "core").rglob("*.py"))
              if any(mark in path.read_text(encoding="utf-8") for mark in MARKS)]
    return gui + marked


TEMPLATES = ROOT / "resources" / "templates"
TEMPLATE_WORDS = SOURCE / "core" / "reports" / "template_words.py"
# t("…") and tn("…", n) in a Jinja template: a Python-style string literal as the first argument.
TEMPLATE_CALL = re.compile(r"""\b(tn?)\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")


def template_words_source() -> str:
    """core/reports/template_words.py: the bundled templates' t()/tn() texts, where lupdate can read them."""
    texts: dict[str, bool] = {}  # text → is a plural (tn)
    for template in sorted(TEMPLATES.glob("*.j2")):
        for call, literal in TEMPLATE_CALL.findall(template.read_text(encoding="utf-8")):
            texts.setdefault(ast.literal_eval(literal), call == "tn")
    lines = ['"""The texts of the bundled report templates (their t() and tn() calls), for pyside6-lupdate.',
             "",
             "Made by `python packaging/translations.py update`; do not edit. Jinja templates cannot be",
             "read by lupdate, so their texts are listed here under the report's context; a plural is",
             "written as a `tr` call with a count, the only form lupdate reads as one.",
             '"""', "", "from ..language import QT_TRANSLATE_NOOP, Report", "", "TEXTS = ("]
    lines += [f'    QT_TRANSLATE_NOOP("Report", {json.dumps(text, ensure_ascii=False)}),'
              for text, plural in texts.items() if not plural]
    lines += [")", "", "", "def plurals() -> tuple[str, ...]:", "    return ("]
    lines += [f'        Report.tr({json.dumps(text, ensure_ascii=False)}, "", 2),'
              for text, plural in texts.items() if plural]
    return "\n".join(lines + ["    )", ""])


def ts_file(code: str, folder: Path = I18N) -> Path:
    return folder / f"accord_{code}.ts"


def update(codes=ALL, folder: Path = I18N) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if folder == I18N:
        TEMPLATE_WORDS.write_text(template_words_source(), encoding="utf-8")
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for code in codes:
        plural_only = ["-pluralonly"] if code == "en" else []
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *plural_only,
                        "-source-language", "en", "-target-language", code, *files,
                        "-ts", str(ts_file(code, folder))], cwd=ROOT, check=True)


def release(codes=ALL, folder: Path = I18N) -> None:
    for code in codes:
        source = ts_file(code, folder)
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
                       check=True)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def todo(code: str) -> dict[str, dict[str, str | list[str]]]:
    """Context → source → "" (or a list of empty forms) for every unfinished message of `code`."""
    wanted: dict[str, dict] = {}
    for context, message in _messages(ET.parse(ts_file(code))):
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            forms = translation.findall("numerusform")
            wanted.setdefault(context, {})[message.findtext("source")] = [""] * len(forms) if forms else ""
    return wanted


def apply(code: str, done: dict[str, dict[str, str | list[str]]]) -> int:
    """Write the translations in `done` into accord_<code>.ts; returns how many were filled."""
    path = ts_file(code)
    tree = ET.parse(path)
    filled = 0
    for context, message in _messages(tree):
        text = done.get(context, {}).get(message.findtext("source"))
        if not text:
            continue
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        if forms:
            values = text if isinstance(text, list) else [text] * len(forms)
            if len(values) != len(forms) or not all(values):
                raise SystemExit(f"{context}: {message.findtext('source')!r} needs {len(forms)} plural forms")
            for form, value in zip(forms, values):
                form.text = value
        else:
            translation.text = text if isinstance(text, str) else text[0]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    body = path.read_text(encoding="utf-8")
    path.write_text(body.replace("?>\n<TS", "?>\n<!DOCTYPE TS>\n<TS", 1), encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"update", "release", "add", "todo", "apply"}:
        print(__doc__)
        return 2
    if argv[0] == "todo":
        Path(argv[2]).write_text(json.dumps(todo(argv[1]), ensure_ascii=False, indent=1), encoding="utf-8")
    elif argv[0] == "apply":
        print(apply(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8"))), "translation(s) filled")
    elif argv[0] == "add":
        update((argv[1],))
    elif argv[0] == "update":
        update()
    else:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
