"""The translation files: complete, in step with the code, faithful to placeholders, compiled."""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py: the update/release tool)

LANGUAGES = translations.LANGUAGES
PLACEHOLDER = re.compile(r"%(?:\d|n)")
MNEMONIC = re.compile(r"(?<!&)&(?![&\s]|[a-zA-Z]+;|#\d+;)")  # not "&&", "A & B", "&nbsp;"


def messages(code: str):
    """(context, source, translation forms, numerus, type) of every message of accord_<code>.ts."""
    for context in ET.parse(translations.ts_file(code)).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source"), forms, message.get("numerus") == "yes", translation.get("type")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What pyside6-lupdate finds in the code today, in a German file made from nothing."""
    folder = tmp_path_factory.mktemp("i18n")
    translations.update(("de",), folder)
    return {(context, source) for context, source, *_ in _parse(folder / "accord_de.ts")}


def _parse(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_of_the_code_is_in_the_file(code, extracted):
    present = {(context, source) for context, source, *_ in messages(code)}
    missing = sorted(extracted - present)
    assert not missing, f"accord_{code}.ts lacks {len(missing)} message(s), e.g. {missing[:5]}: " \
                        "run python packaging/translations.py update, then translate them"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated(code):
    unfinished = [(context, source) for context, source, forms, _, kind in messages(code)
                  if kind in {"unfinished", "vanished", "obsolete"} or not all(forms)]
    assert not unfinished, f"accord_{code}.ts has {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_and_one_mnemonic(code):
    wrong = []
    for context, source, forms, numerus, _ in messages(code):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            have = sorted(set(PLACEHOLDER.findall(form)))
            # a plural's singular form may say "one" instead of %n
            if have != wanted and not (numerus and set(have) == set(wanted) - {"%n"}):
                wrong.append((context, source, form))
            if MNEMONIC.search(source) and len(MNEMONIC.findall(form)) != 1:
                wrong.append((context, source, form))
    assert not wrong, f"{len(wrong)} translation(s) lose a placeholder or the mnemonic: {wrong[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_most_messages_read_differently_from_english(code):
    same = [source for _, source, forms, numerus, _ in messages(code) if not numerus and forms[0] == source]
    total = sum(1 for _ in messages(code))
    assert len(same) < 0.1 * total, f"{len(same)} of {total} messages of {code} are the English text"


def test_english_file_holds_the_plural_forms_only():
    found = list(messages("en"))
    assert found and all(numerus for *_, numerus, _ in found)
    assert all(kind is None and len(forms) == 2 for *_, forms, _, kind in found)


@pytest.mark.parametrize("code", ("en",) + LANGUAGES)
def test_compiled_files_are_up_to_date(code, tmp_path):
    source = translations.ts_file(code)
    (tmp_path / source.name).write_bytes(source.read_bytes())
    translations.release((code,), tmp_path)
    assert (tmp_path / f"accord_{code}.qm").read_bytes() == source.with_suffix(".qm").read_bytes(), \
        f"accord_{code}.qm is older than its .ts: run python packaging/translations.py release"


def test_the_tool_and_the_application_know_the_same_languages():
    from accord.gui.i18n import LANGUAGES as NAMED, SOURCE_LANGUAGE

    assert sorted(set(NAMED) - {SOURCE_LANGUAGE}) == sorted(LANGUAGES)
    for code in ("en",) + LANGUAGES:
        assert translations.ts_file(code).exists() and translations.ts_file(code).with_suffix(".qm").exists()


def _marked_texts():
    """(file, line, text) of every literal the code hands to tr(), translate() or QT_TRANSLATE_NOOP()."""
    import ast

    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                yield path.relative_to(ROOT), node.lineno, text.value


def test_lupdate_sees_every_marked_text(extracted):
    """A tr() inside an f-string or other place lupdate cannot read would stay English in every language."""
    sources = {source for _, source in extracted}
    unseen = [(str(path), line, text) for path, line, text in _marked_texts() if text not in sources]
    assert not unseen, f"{len(unseen)} marked text(s) pyside6-lupdate does not extract, e.g. {unseen[:6]}"
