"""Exporting a whole project as a REFI-QDA project (.qdpx): a zip of project.qde and Sources/.

What goes where:

* coders -> <Users> (a consensus coder is a coder like any other, so a user too);
* the code tree -> <CodeBook> (colour, and all five texts in <Description>: see code_text);
* each document -> a <TextSource> whose text is `Sources/<guid>.txt`, UTF-8 without a
  byte-order mark, byte for byte the stored text, so positions need no conversion;
* each coding -> a <PlainTextSelection> (start and end in code points, end exclusive)
  holding one <Coding> by its coder; the coding's memo is the selection's <Description>;
* memos -> <Notes>, referenced (<NoteRef>) from their document, code or the project;
* attributes -> a Text <Variable> per key, a <VariableValue> on each document, and a
  <Case> per document with its values (tools read variables from one or the other).

Transcript turn times are not exported: REFI-QDA 1.5 gives a <TextSource> no place for times
(only a <Transcript> inside an <AudioSource>/<VideoSource> has <SyncPoint timeStamp>s, and
that needs the media file, which Accord does not hold); the speakers stay in the text itself.

GUIDs are stable (a code's is the one stored with it, the others see guids), and the zip's
timestamps fixed, so exporting an unchanged project twice gives identical files.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..attributes import all_attributes
from ..codebook import list_codes
from ..coders import list_coders
from ..codings import codings_of_document
from ..documents import document_text, list_documents
from ..memos import all_memos
from ..project import Project
from ..files import write_atomically
from .codebook_qdc import (
    ORIGIN, PROJECT_NS, PROJECT_XSD, XSI_NS, ExportSummary, add_codes, check_target, project_seed, refi_code_guid,
)
from .guids import stable_guid
from .xml_write import Element, Writer, xml_datetime

QDE_NAME = "project.qde"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_SELECTION_NAME_LENGTH = 100


def project_archive(project: Project) -> tuple[dict[str, bytes], ExportSummary]:
    """{member name: bytes} of the .qdpx, and what it holds."""
    db = project.db
    seed = project_seed(db)

    def guid(kind: str, ident) -> str:
        return stable_guid(seed, kind, ident)

    root = Element("Project", {
        "xmlns": PROJECT_NS,
        "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{PROJECT_NS} {PROJECT_XSD}",
        "name": project.title or "Accord project",
        "origin": ORIGIN,
        "creationDateTime": xml_datetime(project.meta("created_at")),
    })
    coders = list_coders(db)
    coder_guid = {coder.id: guid("coder", coder.id) for coder in coders}
    if coders:
        users = root.add("Users")
        for coder in coders:
            users.add("User", {"guid": coder_guid[coder.id], "name": coder.name})

    memos = all_memos(db)
    memo_guid = {memo.id: guid("memo", memo.id) for memo in memos}
    code_notes: dict[int, list[str]] = {}
    document_notes: dict[int, list[str]] = {}
    project_notes: list[str] = []
    for memo in memos:
        if memo.code_id is not None:
            code_notes.setdefault(memo.code_id, []).append(memo_guid[memo.id])
        elif memo.document_id is not None:
            document_notes.setdefault(memo.document_id, []).append(memo_guid[memo.id])
        else:
            project_notes.append(memo_guid[memo.id])

    code_guid = {code.id: refi_code_guid(code.guid) for code in list_codes(db)}
    codebook = Element("CodeBook")
    code_count = add_codes(db, codebook, code_notes)
    if code_count:
        root.children.append(codebook)

    attributes = all_attributes(db)
    keys = sorted({key for values in attributes.values() for key in values})
    variable_guid = {key: guid("variable", key) for key in keys}
    if keys:
        variables = root.add("Variables")
        for key in keys:
            variables.add("Variable", {"guid": variable_guid[key], "name": key, "typeOfVariable": "Text"})

    documents = list_documents(db)
    document_guid = {document.id: guid("document", document.id) for document in documents}
    with_attributes = [document for document in documents if attributes.get(document.id)]
    if with_attributes:
        cases = root.add("Cases")
        for document in with_attributes:
            case = cases.add("Case", {"guid": guid("case", document.id), "name": document.name})
            _add_values(case, attributes[document.id], variable_guid)
            case.add("SourceRef", {"targetGUID": document_guid[document.id]})

    members: dict[str, bytes] = {}
    coding_count = 0
    if documents:
        sources = root.add("Sources")
        for document in documents:
            text = document_text(db, document.id)
            member = f"Sources/{document_guid[document.id]}.txt"
            members[member] = text.encode("utf-8", "surrogatepass")
            source = sources.add("TextSource", {
                "guid": document_guid[document.id],
                "name": document.name,
                "plainTextPath": f"internal://{document_guid[document.id]}.txt",
                "creationDateTime": xml_datetime(document.imported_at),
            })
            for coding in codings_of_document(db, document.id):
                coding_count += 1
                user = coder_guid.get(coding.coder_id)
                created = xml_datetime(coding.created_at)
                selection = source.add("PlainTextSelection", {
                    "guid": guid("selection", coding.id),
                    "name": _selection_name(text[coding.start:coding.end]),
                    "startPosition": str(coding.start),
                    "endPosition": str(coding.end),
                    "creatingUser": user,
                    "creationDateTime": created,
                })
                if coding.memo:
                    selection.add("Description", text=coding.memo)
                tag = selection.add("Coding", {"guid": guid("coding", coding.id), "creatingUser": user,
                                               "creationDateTime": created})
                tag.add("CodeRef", {"targetGUID": code_guid[coding.code_id]})
            for note_guid in document_notes.get(document.id, []):
                source.add("NoteRef", {"targetGUID": note_guid})
            _add_values(source, attributes.get(document.id, {}), variable_guid)

    if memos:
        notes = root.add("Notes")
        for memo in memos:
            note = notes.add("Note", {
                "guid": memo_guid[memo.id],
                "name": memo.title,
                "creatingUser": coder_guid.get(memo.coder_id) if memo.coder_id is not None else None,
                "creationDateTime": xml_datetime(memo.created_at),
                "modifyingUser": coder_guid.get(memo.coder_id) if memo.coder_id is not None else None,
                "modifiedDateTime": xml_datetime(memo.updated_at),
            })
            note.add("PlainTextContent", text=memo.text)

    description = project.meta("description")
    if description:
        root.add("Description", text=description)
    for note_guid in project_notes:
        root.add("NoteRef", {"targetGUID": note_guid})

    writer = Writer()
    qde = writer.document(root)
    summary = ExportSummary(
        path="", kind="project", codes=code_count, coders=len(coders), documents=len(documents),
        codings=coding_count, memos=len(memos), variables=len(keys), replaced_characters=writer.replaced,
    )
    return {QDE_NAME: qde, **members}, summary


def export_qdpx(project: Project, path: str | Path, *, overwrite: bool = False) -> ExportSummary:
    """Write the whole project to `path` as a REFI-QDA 1.0 project (.qdpx)."""
    path = Path(path)
    check_target(path, overwrite=overwrite, project_path=project.path)
    members, summary = project_archive(project)

    def write(target: Path) -> None:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for name, data in members.items():
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)

    write_atomically(path, write)
    return ExportSummary(**{**summary.as_dict(), "path": str(path), "bytes": path.stat().st_size})


def _add_values(parent: Element, values: dict[str, str], variable_guid: dict[str, str]) -> None:
    for key, value in sorted(values.items()):
        element = parent.add("VariableValue")
        element.add("VariableRef", {"targetGUID": variable_guid[key]})
        element.add("TextValue", text=value)


def _selection_name(covered: str) -> str:
    """What other tools show for a selection (ATLAS.ti names quotations by their text)."""
    words = " ".join(covered.split())
    if len(words) <= _SELECTION_NAME_LENGTH:
        return words
    return words[:_SELECTION_NAME_LENGTH - 1] + "…"
