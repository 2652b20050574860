"""The shape of the house, checked: small modules, rooms by feature, imports pointing one way,
and every library the code imports declared in pyproject.toml (see docs/ARCHITECTURE.md)."""

import ast
import importlib.metadata
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "accord"
MAX_LINES = 500


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path) -> set[str]:
    """Every module name `module` imports, relative imports resolved, inside functions too."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def test_no_module_is_over_500_lines():
    long = {name: n for name, path in _modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}, "split these along their responsibilities"


def test_imports_point_one_way_core_then_cli_and_gui():
    wrong = []
    for name, path in _modules().items():
        imported = _imports(name, path)
        if name.startswith("accord.core"):
            wrong += [(name, i) for i in imported if re.match(r"accord\.(gui|cli)\b", i)]
        if name.startswith("accord.gui"):
            wrong += [(name, i) for i in imported if re.match(r"accord\.cli\b", i)]
    assert wrong == []


def test_no_two_modules_import_each_other():
    modules = _modules()
    edges = {name: {i for i in _imports(name, path) if i in modules} for name, path in modules.items()}
    circles = sorted((a, b) for a in edges for b in edges[a]
                     if a < b and a in edges[b] and not b.startswith(f"{a}.") and not a.startswith(f"{b}."))
    assert circles == []


def test_rooms_are_folders_not_name_prefixes():
    """Three modules sharing a prefix (comparison_*.py) are a room not yet built."""
    crowded = []
    for folder in {path.parent for path in _modules().values()}:
        prefixes = Counter(p.stem.split("_")[0] for p in folder.glob("*.py") if "_" in p.stem.strip("_"))
        crowded += [f"{folder.relative_to(ROOT)}/{prefix}_*" for prefix, n in prefixes.items() if n >= 3]
    assert crowded == []


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_library_the_code_imports_is_declared():
    """In the dependencies, or in an optional feature's extra (such as accord[similar]), never in the
    test or bundle extras alone: code that imports an extra's library says how to install it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    features = [r for extra, requirements in project.get("optional-dependencies", {}).items()
                if extra not in ("test", "bundle") for r in requirements]
    declared = {_requirement_name(r) for r in project["dependencies"] + features}
    providers = importlib.metadata.packages_distributions()
    missing = {}
    for name, path in _modules().items():
        for imported in _imports(name, path):
            top = imported.split(".")[0]
            if top in sys.stdlib_module_names or top in ("accord", "__future__"):
                continue
            distributions = {d.lower().replace("_", "-") for d in providers.get(top, [top])}
            if not distributions & declared:
                missing.setdefault(top, []).append(name)
    assert missing == {}, "add these to [project] dependencies in pyproject.toml"
