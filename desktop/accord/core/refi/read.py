"""Reading .qdc codebooks and .qdpx projects (and bare .qde files) leniently, into plain data.

Nothing here touches a project: `read_refi` returns a `RefiFile` that `import_` writes.
Namespaces are matched by local name, so the 1.0 namespaces, the older
`urn:QDA-XML:codebook:0:4` that ATLAS.ti 9 writes, and files with no namespace at all
read alike. What Accord cannot hold (PDF, picture, audio and video sources, sets,
graphs, links…) is counted and reported as a warning; what a file leaves out
(colours, descriptions, users, an empty <Sets/>) is simply absent.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..errors import AccordError
from .errors import RefiError
from .guids import canonical_guid
from .safety import SafeZip, member_path, parse_xml, read_small_file

KNOWN_NAMESPACES = {
    "urn:QDA-XML:project:1.0", "urn:QDA-XML:codebook:1.0",
    "urn:QDA-XML:project:0:4", "urn:QDA-XML:codebook:0:4",
}
MAX_CODE_DEPTH = 100  # deeper code trees are an attack (or a bug), not a codebook
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"


# -- the data read -------------------------------------------------------------------
@dataclass
class RefiCode:
    guid: str
    name: str
    color: str | None
    description: str
    codable: bool = True
    children: list[RefiCode] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass
class RefiUser:
    guid: str
    name: str


@dataclass
class RefiCoding:
    guid: str
    code_guid: str
    user_guid: str
    created: str | None
    note_guids: list[str] = field(default_factory=list)


@dataclass
class RefiSelection:
    guid: str
    start: int
    end: int
    name: str
    description: str
    user_guid: str
    created: str | None
    codings: list[RefiCoding] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass
class RefiTextSource:
    guid: str
    name: str
    text_bytes: bytes | None  # the plain text file, undecoded
    inline_text: str | None  # <PlainTextContent>
    missing: str | None  # why there is no text, if there is none
    user_guid: str
    created: str | None
    selections: list[RefiSelection] = field(default_factory=list)
    codings: list[RefiCoding] = field(default_factory=list)  # of the whole source
    note_guids: list[str] = field(default_factory=list)
    values: list[tuple[str, str]] = field(default_factory=list)  # (variable guid, value)


@dataclass
class RefiNote:
    guid: str
    name: str
    text: str
    user_guid: str
    created: str | None
    modified: str | None
    coded: int = 0  # selections inside the note (skipped)


@dataclass
class RefiVariable:
    guid: str
    name: str
    type: str


@dataclass
class RefiCase:
    guid: str
    name: str
    values: list[tuple[str, str]]
    source_guids: list[str]


@dataclass
class RefiFile:
    """Everything Accord can use from one REFI-QDA file, and what it had to leave."""

    path: Path
    kind: str  # "codebook" or "project"
    origin: str = ""
    name: str = ""
    namespace: str = ""
    description: str = ""
    creating_user: str = ""
    codes: list[RefiCode] = field(default_factory=list)
    users: list[RefiUser] = field(default_factory=list)
    sources: list[RefiTextSource] = field(default_factory=list)
    notes: list[RefiNote] = field(default_factory=list)
    variables: list[RefiVariable] = field(default_factory=list)
    cases: list[RefiCase] = field(default_factory=list)
    project_note_guids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)  # worth knowing, nothing lost
    skipped: Counter = field(default_factory=Counter)


# -- entry point ---------------------------------------------------------------------
def read_refi(path: str | Path) -> RefiFile:
    """Read a .qdc, .qdpx or .qde file; raises RefiError for anything unsafe or unreadable."""
    path = Path(path)
    if not path.exists():
        raise RefiError(f"{path}: no such file")
    if path.is_dir():
        raise RefiError(f"{path}: is a folder, not a REFI-QDA file")
    if _magic(path).startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return _read_qdpx(path)
    data = read_small_file(path)
    if not data.strip():
        raise RefiError(f"{path}: the file is empty")
    root = parse_xml(data, str(path))
    return _from_root(root, path, archive=None, base="")


def _magic(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(4)
    except OSError as error:
        raise RefiError(f"{path}: cannot read ({error.strerror or error})") from error


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The text of a source or note file (without its byte-order mark) and the encoding read.

    REFI-QDA asks for UTF-8; a BOM (QualCoder and NVivo write one) is dropped and never
    counted in positions. Anything else goes through Accord's usual encoding detection.
    """
    from ..importers.encoding import decode_bytes

    decoded = decode_bytes(data, name)
    return decoded.text, decoded.encoding


def _read_qdpx(path: Path) -> RefiFile:
    with SafeZip(path) as archive:
        qde = _find_qde(archive, path)
        data = archive.read(qde, archive.limits.max_xml)
        root = parse_xml(data, f"{path} ({qde})")
        base = qde.rpartition("/")[0]
        return _from_root(root, path, archive=archive, base=base)


def _find_qde(archive: SafeZip, path: Path) -> str:
    candidates = [name for name in archive.names() if name.lower().endswith(".qde")]
    top = [name for name in candidates if "/" not in name]
    if len(top) == 1:
        return top[0]
    if not top and len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise RefiError(f"{path}: no project.qde inside; not a REFI-QDA project (.qdpx)")
    raise RefiError(f"{path}: {len(candidates)} .qde files inside; a .qdpx holds exactly one project")


# -- helpers -------------------------------------------------------------------------
def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _children(element, name: str) -> list:
    return [child for child in element if _local(child.tag) == name]


def _child(element, name: str):
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _text_of(element, name: str) -> str:
    child = _child(element, name)
    return (child.text or "") if child is not None else ""


def _attr(element, name: str) -> str:
    return element.get(name) or ""


def _refs(element, name: str, attribute: str = "targetGUID") -> list[str]:
    return [canonical_guid(child.get(attribute)) for child in _children(element, name) if child.get(attribute)]


def _integer(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


# -- the document --------------------------------------------------------------------
class _Reader:
    def __init__(self, result: RefiFile, archive: SafeZip | None, base: str):
        self.result = result
        self.archive = archive
        self.base = base

    def warn(self, message: str) -> None:
        if message not in self.result.warnings:
            self.result.warnings.append(message)

    # codes
    def codes(self, codes_element) -> list[RefiCode]:
        return [self.code(element, 1) for element in _children(codes_element, "Code")]

    def code(self, element, depth: int) -> RefiCode:
        if depth > MAX_CODE_DEPTH:
            raise RefiError(f"{self.result.path}: refused: codes nested more than {MAX_CODE_DEPTH} levels deep")
        codable = _attr(element, "isCodable").strip().lower() not in ("false", "0")
        return RefiCode(
            guid=canonical_guid(element.get("guid")),
            name=_attr(element, "name"),
            color=element.get("color"),
            description=_text_of(element, "Description"),
            codable=codable,
            children=[self.code(child, depth + 1) for child in _children(element, "Code")],
            note_guids=_refs(element, "NoteRef"),
        )

    # sources
    def sources(self, sources_element) -> None:
        for element in sources_element:
            kind = _local(element.tag)
            if kind == "TextSource":
                self.result.sources.append(self.text_source(element))
            elif kind in ("PDFSource", "PictureSource", "AudioSource", "VideoSource"):
                self.result.skipped[kind] += 1
                selections = [s for s in element.iter() if _local(s.tag).endswith("Selection")]
                codings = sum(len(_children(s, "Coding")) for s in selections) + len(_children(element, "Coding"))
                self.result.skipped[f"{kind} codings"] += codings

    def text_source(self, element) -> RefiTextSource:
        guid = canonical_guid(element.get("guid"))
        name = _attr(element, "name")
        inline = _child(element, "PlainTextContent")
        text_bytes, missing = None, None
        path = _attr(element, "plainTextPath")
        if inline is not None and not path:
            inline_text = inline.text or ""
        else:
            inline_text = None
            text_bytes, missing = self.load(path, rich=_attr(element, "richTextPath"))
        if not name:
            name = Path(unquote(path.split("://", 1)[-1])).stem if path else f"Source {guid[:8]}"
        source = RefiTextSource(
            guid=guid, name=name, text_bytes=text_bytes, inline_text=inline_text, missing=missing,
            user_guid=canonical_guid(element.get("creatingUser")), created=element.get("creationDateTime"),
            note_guids=_refs(element, "NoteRef"),
            values=[value for value in map(self.variable_value, _children(element, "VariableValue")) if value],
        )
        for selection in element:
            kind = _local(selection.tag)
            if kind == "PlainTextSelection":
                read = self.selection(selection)
                if read is not None:
                    source.selections.append(read)
            elif kind == "Coding":
                coding = self.coding(selection, source.user_guid, source.created)
                if coding is not None:
                    source.codings.append(coding)
        return source

    def load(self, path: str, *, rich: str = "") -> tuple[bytes | None, str | None]:
        """The bytes of an internal:// file, or (None, why not)."""
        if not path:
            if rich:
                return None, f"has only a rich-text file ({rich}), no plain text"
            return None, "has no plain text"
        scheme, _, rest = path.partition("://")
        if scheme.lower() != "internal" or not rest:
            return None, f"its text is outside the file ({path})"
        if self.archive is None:
            return None, f"its text file {path} is not included (a .qde alone has no sources)"
        for name in (rest, unquote(rest)):
            member = self.archive.find(member_path(self.base, f"Sources/{name}")) or self.archive.find(
                member_path(self.base, name))
            if member is not None:
                return self.archive.read(member, self.archive.limits.max_source), None
        return None, f"its text file {path} is missing from the archive"

    def selection(self, element) -> RefiSelection | None:
        start, end = _integer(element.get("startPosition")), _integer(element.get("endPosition"))
        if start is None or end is None:
            self.result.skipped["selections without valid positions"] += 1
            return None
        user = canonical_guid(element.get("creatingUser"))
        created = element.get("creationDateTime")
        selection = RefiSelection(
            guid=canonical_guid(element.get("guid")), start=start, end=end, name=_attr(element, "name"),
            description=_text_of(element, "Description"), user_guid=user, created=created,
            note_guids=_refs(element, "NoteRef"),
        )
        for coding_element in _children(element, "Coding"):
            coding = self.coding(coding_element, user, created)
            if coding is not None:
                selection.codings.append(coding)
        return selection

    def coding(self, element, user: str, created: str | None) -> RefiCoding | None:
        ref = _child(element, "CodeRef")
        if ref is None or not ref.get("targetGUID"):
            self.result.skipped["codings without a code"] += 1
            return None
        return RefiCoding(
            guid=canonical_guid(element.get("guid")),
            code_guid=canonical_guid(ref.get("targetGUID")),
            user_guid=canonical_guid(element.get("creatingUser")) or user,
            created=element.get("creationDateTime") or created,
            note_guids=_refs(element, "NoteRef"),
        )

    # notes, variables, cases
    def note(self, element) -> RefiNote:
        guid = canonical_guid(element.get("guid"))
        inline = _child(element, "PlainTextContent")
        path = _attr(element, "plainTextPath")
        text = ""
        if inline is not None:
            text = inline.text or ""
        elif path:
            data, missing = self.load(path)
            if data is None:
                self.warn(f"note {_attr(element, 'name') or guid!r}: {missing}; kept its title only")
            else:
                try:
                    text = decode_text(data, guid)[0]
                except AccordError as error:
                    self.warn(f"note {_attr(element, 'name') or guid!r}: {error}; kept its title only")
        description = _text_of(element, "Description")
        if description:
            text = f"{description}\n\n{text}" if text else description
        return RefiNote(
            guid=guid, name=_attr(element, "name"), text=text,
            user_guid=canonical_guid(element.get("creatingUser")), created=element.get("creationDateTime"),
            modified=element.get("modifiedDateTime"),
            coded=len(_children(element, "PlainTextSelection")) + len(_children(element, "Coding")),
        )

    def variable_value(self, element) -> tuple[str, str] | None:
        ref = _child(element, "VariableRef")
        if ref is None or not ref.get("targetGUID"):
            return None
        for child in element:
            kind = _local(child.tag)
            if kind.endswith("Value") and kind != "VariableRef":
                value = child.text or ""
                return canonical_guid(ref.get("targetGUID")), value if kind == "TextValue" else value.strip()
        return None

    def case(self, element) -> RefiCase:
        if _children(element, "SelectionRef") or _children(element, "CodeRef"):
            self.result.skipped["case members that are codes or selections"] += (
                len(_children(element, "SelectionRef")) + len(_children(element, "CodeRef")))
        return RefiCase(
            guid=canonical_guid(element.get("guid")), name=_attr(element, "name"),
            values=[value for value in map(self.variable_value, _children(element, "VariableValue")) if value],
            source_guids=_refs(element, "SourceRef"),
        )


def _from_root(root, path: Path, *, archive: SafeZip | None, base: str) -> RefiFile:
    kind = _local(root.tag)
    if kind not in ("Project", "CodeBook"):
        raise RefiError(f"{path}: not a REFI-QDA file (the root element is <{kind}>, "
                        "not <Project> or <CodeBook>)")
    result = RefiFile(path=path, kind="project" if kind == "Project" else "codebook",
                      origin=_attr(root, "origin"), name=_attr(root, "name"), namespace=_namespace(root.tag))
    reader = _Reader(result, archive, base)
    if result.namespace not in KNOWN_NAMESPACES:
        what = f"namespace {result.namespace!r}" if result.namespace else "no namespace"
        reader.warn(f"the file has {what}, not REFI-QDA 1.0's; read it as 1.0")
    elif not result.namespace.endswith(":1.0"):
        result.remarks.append(f"older namespace {result.namespace} (before REFI-QDA 1.0) read as 1.0")
    if kind == "CodeBook" and archive is not None:
        raise RefiError(f"{path}: a zip holding a codebook; a .qdpx holds a <Project>")
    if kind == "CodeBook":
        codes = _child(root, "Codes")
        result.codes = reader.codes(codes) if codes is not None else []
        _count_sets(root, result)
        return result
    _read_project(root, reader)
    return result


def _count_sets(root, result: RefiFile) -> None:
    sets = _child(root, "Sets")
    if sets is not None:
        result.skipped["Set"] += len(_children(sets, "Set"))


def _read_project(root, reader: _Reader) -> None:
    result = reader.result
    result.creating_user = canonical_guid(root.get("creatingUserGUID"))
    users = _child(root, "Users")
    for element in _children(users, "User") if users is not None else []:
        guid = canonical_guid(element.get("guid"))
        name = (_attr(element, "name") or _attr(element, "id")).strip() or f"User {guid[:8].upper()}"
        result.users.append(RefiUser(guid, name))
    codebook = _child(root, "CodeBook")
    codes = _child(codebook, "Codes") if codebook is not None else None
    result.codes = reader.codes(codes) if codes is not None else []
    variables = _child(root, "Variables")
    for element in _children(variables, "Variable") if variables is not None else []:
        result.variables.append(RefiVariable(canonical_guid(element.get("guid")), _attr(element, "name"),
                                             _attr(element, "typeOfVariable") or "Text"))
    cases = _child(root, "Cases")
    result.cases = [reader.case(element) for element in _children(cases, "Case")] if cases is not None else []
    sources = _child(root, "Sources")
    if sources is not None:
        reader.sources(sources)
    notes = _child(root, "Notes")
    result.notes = [reader.note(element) for element in _children(notes, "Note")] if notes is not None else []
    links = _child(root, "Links")
    if links is not None:
        result.skipped["Link"] += len(_children(links, "Link"))
    _count_sets(root, result)
    graphs = _child(root, "Graphs")
    if graphs is not None:
        result.skipped["Graph"] += len(_children(graphs, "Graph"))
    result.description = _text_of(root, "Description")
    result.project_note_guids = _refs(root, "NoteRef")
