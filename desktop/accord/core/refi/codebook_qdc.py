"""Exporting the codebook as a REFI-QDA codebook (.qdc), and the code tree shared with .qdpx."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from sqlite_utils import Database

from ... import __version__
from ..codebook import code_tree
from ..files import write_atomically
from .code_text import compose
from .errors import RefiError
from .xml_write import Element, Writer

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
CODEBOOK_XSD = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
PROJECT_XSD = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
ORIGIN = f"Accord {__version__}"


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: str
    kind: str  # "codebook" or "project"
    codes: int
    coders: int = 0
    documents: int = 0
    codings: int = 0
    memos: int = 0
    variables: int = 0
    bytes: int = 0
    replaced_characters: int = 0  # characters XML cannot hold, written as U+FFFD

    def as_dict(self) -> dict:
        return asdict(self)


def project_seed(db: Database) -> str:
    """What makes this project's GUIDs its own: its creation time (never changes)."""
    row = db.execute("SELECT value FROM project WHERE key = 'created_at'").fetchone()
    return row[0] if row else ""


def refi_code_guid(guid: str) -> str:
    """A code's stored GUID as written to a REFI file: upper case, as REFI's examples write them.

    The stored GUID, not one derived from the code's id, so export -> import -> export keeps it.
    """
    return guid.upper()


def add_codes(db: Database, parent: Element, note_refs: dict[int, list[str]] | None = None) -> int:
    """Append <Codes> with the whole code tree to `parent`; returns the number of codes."""
    tree = code_tree(db)
    if not tree:
        return 0
    codes = parent.add("Codes")
    elements: dict[int | None, Element] = {None: codes}
    for code, _depth in tree:
        element = elements[code.parent_id].add("Code", {
            "guid": refi_code_guid(code.guid),
            "name": code.name,
            "isCodable": "true",
            "color": code.color or None,
        })
        description = compose(code.description, definition=code.definition, inclusion=code.inclusion,
                              exclusion=code.exclusion, example=code.example)
        if description:
            element.add("Description", text=description)
        for note_guid in (note_refs or {}).get(code.id, []):
            element.add("NoteRef", {"targetGUID": note_guid})
        elements[code.id] = element
    return len(tree)


def codebook_document(db: Database) -> tuple[bytes, int, int]:
    """The .qdc bytes, the number of codes, and the characters replaced for XML."""
    root = Element("CodeBook", {
        "xmlns": CODEBOOK_NS,
        "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{CODEBOOK_NS} {CODEBOOK_XSD}",
        "origin": ORIGIN,
    })
    count = add_codes(db, root)
    if not count:
        raise RefiError("the codebook is empty: there is nothing to export as .qdc")
    writer = Writer()
    return writer.document(root), count, writer.replaced


def export_qdc(db: Database, path: str | Path, *, overwrite: bool = False,
               project_path: Path | None = None) -> ExportSummary:
    """Write the codebook to `path` as a REFI-QDA 1.0 codebook."""
    path = Path(path)
    check_target(path, overwrite=overwrite, project_path=project_path)
    data, count, replaced = codebook_document(db)
    write_atomically(path, data)
    return ExportSummary(str(path), "codebook", count, bytes=len(data), replaced_characters=replaced)


def check_target(path: Path, *, overwrite: bool, project_path: Path | None) -> None:
    if not path.parent.is_dir():
        raise RefiError(f"{path}: folder {path.parent} does not exist")
    if path.is_dir():
        raise RefiError(f"{path}: is a folder; give a file name")
    if project_path is not None and path.exists() and path.resolve() == Path(project_path).resolve():
        raise RefiError(f"{path}: is the project itself; choose another file name")
    if path.exists() and not overwrite:
        raise RefiError(f"{path}: already exists")
