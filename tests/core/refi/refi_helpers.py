"""Helpers for the REFI-QDA tests: building files that mimic other tools, and reading projects back.

Imported as a plain module (tests/core/refi is on sys.path).
"""

from __future__ import annotations

import os
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

from accord.core.attributes import set_attribute
from accord.core.codebook import code_path, create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.memos import add_memo
from accord.core.project import Project, set_meta


def _shared() -> Path:
    configured = os.environ.get("ACCORD_REFI_SHARED")
    if configured:
        return Path(configured)
    beside_repo = Path(__file__).resolve().parents[4] / "shared" / "refi-qda"
    return beside_repo if beside_repo.is_dir() else Path("/work/shared/refi-qda")


SHARED = _shared()
SAMPLES = SHARED / "samples"
# REFI's MIT-licensed schemas, copied next to the tests (see schemas/README.md).
SCHEMAS = Path(__file__).resolve().parent / "schemas"
needs_schemas = pytest.mark.skipif(not (SCHEMAS / "Project.xsd").is_file(),
                                   reason=f"REFI-QDA schemas not found in {SCHEMAS}")
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"REFI-QDA samples not found in {SAMPLES}")

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"


def new_guid() -> str:
    return str(uuid.uuid4()).upper()


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def validation_errors(xml: bytes, schema_name: str) -> list[str]:
    """Messages of lxml's validation against one of the shared schemas ([] when valid)."""
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / schema_name)))
    document = etree.fromstring(xml)
    if schema.validate(document):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


# -- building files -------------------------------------------------------------------
def attr(value) -> str:
    return quoteattr(str(value))


def selection_xml(start: int, end: int, code_guid: str, user_guid: str | None = None, *, name: str | None = None,
                  description: str | None = None) -> str:
    user = f" creatingUser={attr(user_guid)}" if user_guid else ""
    label = f" name={attr(name)}" if name is not None else ""
    inner = f"<Description>{description}</Description>" if description else ""
    return (f'<PlainTextSelection guid="{new_guid()}"{label} startPosition="{start}" endPosition="{end}"{user}>'
            f'{inner}<Coding guid="{new_guid()}"{user}><CodeRef targetGUID="{code_guid}"/></Coding>'
            "</PlainTextSelection>")


def text_source_xml(guid: str, name: str, selections: list[str], *, path: str | None = None,
                    inline: str | None = None) -> str:
    where = f' plainTextPath="{path or f"internal://{guid}.txt"}"' if inline is None else ""
    content = f"<PlainTextContent>{inline}</PlainTextContent>" if inline is not None else ""
    return f'<TextSource guid="{guid}" name={attr(name)}{where}>{content}{"".join(selections)}</TextSource>'


def project_xml(*, origin: str | None, codes: str = "", users: str = "", sources: str = "", extra: str = "",
                namespace: str = PROJECT_NS, name: str = "Mimic") -> str:
    origin_attr = f" origin={attr(origin)}" if origin is not None else ""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n',
             f'<Project xmlns="{namespace}" name={attr(name)}{origin_attr}>']
    if users:
        parts.append(f"<Users>{users}</Users>")
    if codes:
        parts.append(f"<CodeBook><Codes>{codes}</Codes></CodeBook>")
    if sources:
        parts.append(f"<Sources>{sources}</Sources>")
    parts.append(extra)
    parts.append("</Project>")
    return "".join(parts)


def write_qdpx(path: Path, qde: str | bytes, sources: dict[str, bytes] | None = None, *,
               qde_name: str = "project.qde", extra: dict[str, bytes] | None = None) -> Path:
    """A .qdpx: the project XML and Sources/<name> members."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (sources or {}).items():
            archive.writestr(f"Sources/{name}", data)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


# -- reading a project back --------------------------------------------------------------
def codings_of(db) -> set[tuple]:
    """(document, code path, coder, start, end, text, memo) of every coding."""
    rows = db.execute(
        'SELECT d.name, c.code_id, p.name, c.start, c."end", substr(d.text, c.start + 1, c."end" - c.start), c.memo '
        "FROM codings c JOIN documents d ON d.id = c.document_id JOIN coders p ON p.id = c.coder_id").fetchall()
    return {(doc, code_path(db, code), coder, start, end, text, memo)
            for doc, code, coder, start, end, text, memo in rows}


def covered_texts(db, document: str | None = None) -> list[str]:
    sql = ('SELECT substr(d.text, c.start + 1, c."end" - c.start) FROM codings c '
           "JOIN documents d ON d.id = c.document_id")
    params = []
    if document is not None:
        sql += " WHERE d.name = ?"
        params.append(document)
    return sorted(row[0] for row in db.execute(sql + " ORDER BY c.start", params))


def tricky_project() -> Project:
    """Characters outside the BMP, memos everywhere, odd names, a consensus coder, nested codes."""
    project = Project.in_memory(title="Tricky & <odd> \"title\"")
    db = project.db
    with project.command("build"):
        set_meta(db, "description", "A project\r\nwith a CR LF and\ttab.")
        for name in ("Ana", "Ben", "Consensus"):
            add_coder(db, name)
        one = add_document(db, "astral 😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 first 😀😀 then text.\nNext line 🎉 ends")
        two = add_document(db, "plain & <simple>", "Just \"quoted\" text & more.")
        top = create_code(db, "Feelings & \"moods\"", color="#AABBCC", description="Top level.\n\nTwo paragraphs.",
                          definition="What people feel.", example="I felt 😀.")
        mid = create_code(db, "Joy", parent=top.id, inclusion="Only joy.", exclusion="Not relief.")
        deep = create_code(db, "Big/small joy", parent=mid.id)
        create_code(db, "Only a definition", definition="Defined.")
        create_code(db, "Looks labelled", description="Text\n\nDefinition: inside the description only")
        text = db.execute("SELECT text FROM documents WHERE id = ?", [one.id]).fetchone()[0]
        start = text.index("😀😀")
        apply_code(db, one.id, deep.id, "Ana", start, start + 2, memo="two emoji\r\nand a CR LF")
        apply_code(db, one.id, top.id, "Ben", 0, len(text))
        apply_code(db, one.id, mid.id, "Consensus", text.index("🎉"), len(text), memo="<end> & \"done\"")
        apply_code(db, two.id, top.id, "Consensus", 5, 13)
        add_memo(db, "Project memo\twith tab", title="About")
        add_memo(db, "On the document 😀", title="", document=one.id, coder="Ben")
        add_memo(db, "On the code", title="Code memo", code=deep.id, coder="Consensus")
        add_memo(db, "", title="Empty memo")
        set_attribute(db, one.id, "age", " 34 ")
        set_attribute(db, one.id, "site & place", "North <1>")
        set_attribute(db, two.id, "age", "")
    return project
