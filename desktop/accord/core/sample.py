"""Builds the bundled sample project from the plain files in resources/sample/.

The sample is kept as text and JSON (interviews, codebook, quote-anchored
codings) rather than as a binary .accord file, so it is readable, diffable
and always built with the current schema. `sample_project_path` keeps the
user's own copy, the one `accord gui --sample` opens.
"""

import json
from pathlib import Path

from ..resources import resource
from .attributes import set_attribute
from .codebook import TEXT_FIELDS, create_code
from .codings import apply_code
from .coders import add_coder
from .documents import document_text
from .errors import AccordError, ProjectFileError
from .importing import prepare_document, store_prepared
from .memos import add_memo
from .project import Project, set_meta
from .project_file import inspect


def sample_project_path() -> Path:
    """The user's copy of the sample project, built from resources/sample on first use.

    A copy from an older Accord that cannot be opened any more is rebuilt.
    """
    from ..appdirs import data_dir

    path = data_dir() / "sample.accord"
    if path.exists():
        try:
            inspect(path)
            return path
        except ProjectFileError:
            path.rename(path.with_suffix(".accord.old"))
    path.parent.mkdir(parents=True, exist_ok=True)
    return build_sample(path)


def build_sample(path: str | Path, source: Path | None = None) -> Path:
    """Create the sample project at `path` (which must not exist yet)."""
    source = source or resource("sample")
    meta = _load(source / "project.json")
    project = Project.create(path, title=meta["title"])
    try:
        _fill(project, source, meta)
    finally:
        project.close()
    return Path(path)


def _fill(project: Project, source: Path, meta: dict) -> None:
    db = project.db
    names = {}
    for file in sorted((source / "interviews").glob("*.txt")):
        names[file.name] = store_prepared(project, prepare_document(file)).id
    with project.command("Build sample project"):
        set_meta(db, "description", meta.get("description", ""))
        for coder in meta["coders"]:
            add_coder(db, coder)
        for file_name, attributes in meta.get("attributes", {}).items():
            for key, value in attributes.items():
                set_attribute(db, names[file_name], key, value)
        for code in _load(source / "codebook.json")["codes"]:
            _create_tree(db, code, None)
        for coding in _load(source / "codings.json")["codings"]:
            document_id = names[coding["doc"]]
            start = _find(document_text(db, document_id), coding["quote"], coding.get("occurrence", 1), coding["doc"])
            apply_code(db, document_id, coding["code"], coding["coder"], start, start + len(coding["quote"]),
                       memo=coding.get("memo", ""))
        if meta.get("description"):
            add_memo(db, meta["description"], title="About this sample")


def _create_tree(db, code: dict, parent_id: int | None) -> None:
    created = create_code(db, code["name"], parent=parent_id, color=code.get("color"),
                          **{f: code.get(f, "") for f in TEXT_FIELDS})
    for child in code.get("children", []):
        _create_tree(db, child, created.id)


def _find(text: str, quote: str, occurrence: int, document: str) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.find(quote, index + 1)
        if index < 0:
            raise AccordError(f"sample: quote {quote[:40]!r} not found {occurrence}× in {document}")
    return index


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)
