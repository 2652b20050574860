"""Every user-visible string literal in gui/ is wrapped for translation (or marked `# not text: why`)."""

import ast
import textwrap

from tests.i18n.literals import _Finder, untranslated


def test_every_gui_literal_is_translated_or_marked():
    left = untranslated()
    assert not left, "untranslated text (wrap it in self.tr()/translate(), see gui/i18n.py):\n" + "\n".join(
        f"  gui/{path}:{line}: {text!r}" for path, line, text in left[:40])


def _found(code: str) -> list[str]:
    finder = _Finder()
    finder.visit(ast.parse(textwrap.dedent(code)))
    return [text for _, text in finder.found]


def test_the_check_finds_bare_text_and_f_strings():
    assert _found('label.setText("Open a project")') == ["Open a project"]
    assert _found('box.setTitle(f"Codes of {name}")') == ["Codes of {}"]
    assert _found('QLabel("Coders:")') == ["Coders:"]


def test_the_check_leaves_translated_text_and_keys_alone():
    assert _found('''
        """A docstring is not shown."""
        label.setText(self.tr("Open a project"))
        QCoreApplication.translate("Menus", "Undo")
        settings.value("window/geometry")
        if mode == "Merge all":
            row["Name"] = 1
        log.info("Opened %s", path)
        widget.setObjectName("codebook-pane")
        kind = "utf-8"
    ''') == []
