"""Find user-visible string literals in gui/ that are not wrapped for translation.

A literal counts as text when, once HTML tags and %-placeholders are taken out,
it still holds a word of two letters or more that is not identifier-like. It is
left alone when it is a translation call's argument, a docstring, a key
(subscripts, dict keys, comparisons, settings and property names), a log line,
a style sheet or a key sequence. What is left must be translated, or allowed
explicitly: its line ends with a comment `# not text: <why>` (a file format's
name, a symbol, a sample).

Run as a script to list what is left: python tests/i18n/literals.py [folder]
"""

import ast
import re
import sys
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "desktop" / "accord" / "gui"

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}
# Calls whose string arguments are keys, code or markup, never prose.
KEY_CALLS = {
    "getattr", "setattr", "hasattr", "setObjectName", "setProperty", "property", "findChild", "findChildren",
    "value", "setValue", "contains", "remove", "beginGroup", "Signal", "Slot", "setStyleSheet", "QKeySequence",
    "fromString", "startswith", "endswith", "split", "rsplit", "replace", "strip", "join", "get", "pop", "index",
    "encode", "decode", "QColor", "fromTheme", "QIcon", "icon", "resource", "resources_path", "isoformat",
    "strftime", "toString", "compile", "match", "search", "sub", "fullmatch", "inherits", "setdefault",
    "debug", "info", "warning", "error", "exception", "critical", "getLogger", "environ", "getenv", "format_exc",
    "QSettings", "QFont", "setFamily", "QRegularExpression", "setDefaultSuffix", "setSuffix", "setPrefix",
    "setInputMask", "QUrl", "fromLocalFile", "Path", "open", "with_suffix", "glob", "rglob",
    "execute", "select", "setFormat", "QTime", "QDate", "QDateTime", "fromisoformat", "mimeData", "hasFormat",
    "setData", "data", "setAccessibleName", "addItem",
}
IDENTIFIER = re.compile(r"^[\w.\-/:+*#%@$=,;|&<>()\[\]{}'\"!?~^ ]*$")
WORD = re.compile(r"[^\W\d_]{2,}")
TAG = re.compile(r"<[^>]*>|&\w+;|%\d|%n|%\(\w+\)[sd]|%[sd]|\{[^}]*\}")

ALLOW_MARK = "# not text:"


def _is_prose(text: str) -> bool:
    stripped = TAG.sub(" ", text)
    words = WORD.findall(stripped)
    if not words:
        return False
    if " " not in stripped.strip() and not stripped.strip()[:1].isupper():
        return False  # identifier-like: "utf-8", "text/plain", "accord_window"
    if re.fullmatch(r"[A-Z][A-Za-z]*\+[\w+]+", stripped.strip()):
        return False  # a key sequence: "Ctrl+Shift+K"
    return True


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class _Finder(ast.NodeVisitor):
    def __init__(self):
        self.skipped: set[int] = set()
        self.found: list[tuple[int, str]] = []

    def _skip(self, node):
        for child in ast.walk(node):
            self.skipped.add(id(child))

    def visit_Module(self, node):
        self._skip_docstring(node)
        self.generic_visit(node)

    def _skip_docstring(self, node):
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self._skip(body[0])

    def visit_FunctionDef(self, node):
        self._skip_docstring(node)
        for default in node.args.defaults + node.args.kw_defaults:
            if default is not None and not _looks_visible_default(node, default):
                self._skip(default)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self._skip_docstring(node)
        self.generic_visit(node)

    def visit_Call(self, node):
        name = _name(node.func)
        if name in TRANSLATING or name in KEY_CALLS:
            self._skip(node)
        for keyword in node.keywords:
            if keyword.arg in {"encoding", "errors", "mode", "kind", "key", "name", "objectName", "suffix", "sep"}:
                self._skip(keyword.value)
        self.generic_visit(node)

    def visit_Subscript(self, node):
        self._skip(node.slice)
        self.generic_visit(node)

    def visit_Compare(self, node):
        self._skip(node)

    def visit_Dict(self, node):
        for key in node.keys:
            if key is not None:
                self._skip(key)
        self.generic_visit(node)

    def visit_Constant(self, node):
        if id(node) in self.skipped or not isinstance(node.value, str):
            return
        if _is_prose(node.value):
            self.found.append((node.lineno, node.value))

    def visit_JoinedStr(self, node):
        if id(node) in self.skipped:
            return
        text = "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)
        if _is_prose(text):
            self.found.append((node.lineno, text))
        self._skip(node)


def _looks_visible_default(function, default) -> bool:
    return False  # defaults are keys and modes; visible defaults are rare and get a tr() at the call


def untranslated(folder: Path = GUI) -> list[tuple[str, int, str]]:
    """Every (gui-relative path, line, literal) that looks like text and is not translated or allowed."""
    results = []
    for path in sorted(folder.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        finder = _Finder()
        finder.visit(ast.parse(source))
        relative = path.relative_to(GUI).as_posix()
        for line, text in finder.found:
            if ALLOW_MARK not in lines[line - 1]:
                results.append((relative, line, text))
    return results


if __name__ == "__main__":
    where = GUI / sys.argv[1] if len(sys.argv) > 1 else GUI
    left = untranslated(where)
    for relative, line, text in left:
        print(f"{relative}:{line}: {text!r}")
    print(f"{len(left)} literal(s) left", file=sys.stderr)
