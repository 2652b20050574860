"""Importing a REFI-QDA codebook or project into a project, as one command.

Everything is read, decoded, normalised and converted first (`read_refi`, then `_prepare`); only then does
one `project.command` write it all. A hostile or broken file fails before anything is written, and a failure
while writing rolls the whole import back, so the project is either unchanged or has all of the import.

Matching, so that importing into a project that has content (or the same file twice) adds, not duplicates:

* codes by their GUID, then by their path (names as Accord stores them); a code that exists
  keeps its name, place, colour and texts here, and only gets texts it lacks;
* users (coders) by name;
* documents by the SHA-256 of their normalised text: codings of a text the project
  already has go onto that document; codings equal to existing ones merge into them;
* memos by target, title and text; attributes by document and key (kept; differences reported;
  a value that does not fit the attribute's type here left out, and said).

What cannot be imported is reported as a warning, never silently dropped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from ..attributes import set_attribute
from ..codebook import TEXT_FIELDS, code_with_guid, create_code, free_code_guid
from ..coders import ensure_coder
from ..codings import apply_code
from ..documents import TurnRecord, add_document, free_document_name, sha256_of
from ..errors import AccordError, InvalidValue
from ..memos import add_memo
from ..project import Project, set_meta
from ..turns import detect_turns
from . import positions
from .code_text import split
from .read import RefiCode, RefiFile, RefiTextSource, decode_text, read_refi

FALLBACK_CODER = "Unknown coder"
_COLOUR_CHARS = frozenset("0123456789abcdefABCDEF")


@dataclass
class ImportReport:
    """What an import did, and what it could not do."""

    path: str
    kind: str  # "codebook" or "project"
    origin: str = ""
    codes_created: int = 0
    codes_matched: int = 0
    coders_created: int = 0
    coders_matched: int = 0
    documents_created: int = 0
    documents_matched: int = 0
    codings_added: int = 0
    codings_merged: int = 0  # equal to (or overlapping) codings already there
    memos_added: int = 0
    attributes_set: int = 0
    position_unit: str = ""
    remarks: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        parts = [f"{_n(self.codes_created, 'code')} added"]
        if self.codes_matched:
            parts[-1] += f" ({self.codes_matched} already there)"
        if self.kind == "project":
            parts.append(f"{_n(self.documents_created, 'document')} added"
                         + (f" ({self.documents_matched} already there)" if self.documents_matched else ""))
            parts.append(f"{_n(self.coders_created, 'coder')} added"
                         + (f" ({self.coders_matched} already there)" if self.coders_matched else ""))
            parts.append(f"{_n(self.codings_added, 'coding')} added"
                         + (f" ({self.codings_merged} merged with existing ones)" if self.codings_merged else ""))
            parts.append(f"{_n(self.memos_added, 'memo')} added")
            parts.append(f"{_n(self.attributes_set, 'attribute')} set")
        return "; ".join(parts)


def import_refi(project: Project, path: str | Path) -> ImportReport:
    """Import a .qdc (codes only) or .qdpx/.qde (everything Accord can hold) into `project`."""
    path = Path(path)
    refi = read_refi(path)
    report = ImportReport(str(path), refi.kind, refi.origin)
    report.remarks.extend(refi.remarks)
    report.warnings.extend(refi.warnings)
    _report_skipped(refi.skipped, report)
    prepared = _prepare(refi, report) if refi.kind == "project" else []
    label = "codebook" if refi.kind == "codebook" else "project"
    with project.command(f"Import REFI-QDA {label} {path.name}"):
        _Writer(project.db, refi, report).write(prepared)
    return report


# -- preparing: everything that can fail, before the project is touched ---------------
@dataclass
class _Coding:
    start: int
    end: int
    code_guid: str
    user_guid: str
    created: str | None
    memo: str


@dataclass
class _Document:
    source: RefiTextSource
    text: positions.SourceText
    encoding: str
    codings: list[_Coding] = field(default_factory=list)


def _prepare(refi: RefiFile, report: ImportReport) -> list[_Document]:
    documents: list[_Document] = []
    for source in refi.sources:
        label = f"source {source.name!r}"
        if source.inline_text is not None:
            raw, encoding = source.inline_text, "xml"
        elif source.text_bytes is None:
            coded = len(source.codings) + sum(len(s.codings) for s in source.selections)
            lost = f"; its {_n(coded, 'coding')} cannot be imported" if coded else ""
            report.warnings.append(f"{label} skipped: {source.missing}{lost}")
            continue
        else:
            try:
                raw, encoding = decode_text(source.text_bytes, source.name)
            except AccordError as error:
                report.warnings.append(f"{label} skipped: {error}")
                continue
        text = positions.SourceText(raw)
        if not text.text.strip():
            report.warnings.append(f"{label} skipped: it has no text")
            continue
        documents.append(_Document(source, text, encoding))

    unit, _scores = positions.choose_unit(refi.origin, [
        (document.text.raw, [positions.Selection(s.start, s.end, s.name) for s in document.source.selections])
        for document in documents
    ])
    affected = any(unit.affects(document.text.raw) for document in documents)
    report.position_unit = unit.label if affected else positions.CODE_POINTS.label
    habit = positions.prior_unit(refi.origin)
    if affected and (unit != positions.CODE_POINTS or unit != habit):
        why = (f"as {refi.origin or 'the tool that wrote the file'} counts" if unit == habit else
               f"they fit the texts better than {habit.label}")
        report.remarks.append(f"selection positions read as {unit.label} ({why})")

    notes = {note.guid: note for note in refi.notes}
    outside = Counter()
    for document in documents:
        mapper = positions.UnitMap(document.text.raw, unit)
        length = len(document.text.text)
        for coding in document.source.codings:  # the whole source is coded
            memo = _join(_note_texts(coding.note_guids, notes))
            document.codings.append(_Coding(0, length, coding.code_guid, coding.user_guid, coding.created, memo))
        for selection in document.source.selections:
            start = mapper.to_raw(selection.start, end=False)
            end = mapper.to_raw(selection.end, end=True)
            if start is None or end is None or start.index > end.index:
                outside["outside"] += 1
                continue
            begin = document.text.to_text(start.index, end=False)
            finish = document.text.to_text(end.index, end=True)
            if begin >= finish:
                outside["empty"] += 1
                continue
            if not selection.codings:
                outside["uncoded"] += 1
            for coding in selection.codings:
                memo = _join([selection.description, *_note_texts(selection.note_guids + coding.note_guids, notes)])
                document.codings.append(_Coding(begin, finish, coding.code_guid, coding.user_guid or
                                                document.source.user_guid, coding.created, memo))
    if outside["outside"]:
        report.warnings.append(f"{_n(outside['outside'], 'selection')} outside the text of their source skipped")
    if outside["empty"]:
        report.warnings.append(f"{_n(outside['empty'], 'empty selection')} skipped")
    if outside["uncoded"]:
        report.warnings.append(f"{_n(outside['uncoded'], 'selection')} without any code skipped "
                               "(Accord keeps only coded text)")
    return documents


def _note_texts(guids: list[str], notes: dict) -> list[str]:
    return [notes[guid].text for guid in guids if guid in notes and notes[guid].text]


def _join(texts: list[str]) -> str:
    kept: list[str] = []
    for text in texts:
        if text and text not in kept:
            kept.append(text)
    return "\n".join(kept)


# -- writing ---------------------------------------------------------------------------
class _Writer:
    def __init__(self, db: Database, refi: RefiFile, report: ImportReport):
        self.db = db
        self.refi = refi
        self.report = report
        self.codes: dict[str, int] = {}  # file GUID -> code id
        self.seen_codes: set[int] = set()  # codes this import created or matched
        self.coders: dict[str, int] = {}  # file GUID -> coder id
        self.existing_coders = {row[0] for row in db.execute("SELECT name FROM coders")}

    def write(self, documents: list[_Document]) -> None:
        for user in self.refi.users:
            self.coders[user.guid] = self._coder(user.name)
        self._codes(self.refi.codes, None, ())
        if self.refi.kind == "codebook":
            return
        document_ids = self._documents(documents)
        self._codings(documents, document_ids)
        self._memos(document_ids)
        self._attributes(document_ids)
        if self.refi.description and not self.db.execute(
                "SELECT 1 FROM project WHERE key = 'description' AND value != ''").fetchone():
            set_meta(self.db, "description", self.refi.description)

    # coders
    def _coder(self, name: str) -> int:
        coder = ensure_coder(self.db, name)
        if name.strip() in self.existing_coders:
            self.report.coders_matched += 1
        else:
            self.report.coders_created += 1
            self.existing_coders.add(name.strip())
        return coder.id

    def _coder_for(self, guid: str) -> int:
        if guid in self.coders:
            return self.coders[guid]
        fallback = self.refi.creating_user if not guid else ""
        if fallback in self.coders:
            self.coders[guid] = self.coders[fallback]
            return self.coders[guid]
        if guid:
            name = f"User {guid[:8].upper()}"
            self._warn_once(f"user {guid} is not among the file's users; their work is under coder {name!r}")
        else:
            name = FALLBACK_CODER
            self._warn_once(f"codings without a user were given the coder {FALLBACK_CODER!r}")
        self.coders[guid] = self._coder(name)
        return self.coders[guid]

    # codes
    def _codes(self, codes: list[RefiCode], parent_id: int | None, path: tuple[str, ...]) -> None:
        for code in codes:
            name = " ".join(code.name.split()) or "Unnamed code"
            texts = {k: v for k, v in split(code.description).items() if k in TEXT_FIELDS and v}
            code_id = self._same_code(code.guid, parent_id, name, path)
            if code_id is not None:
                if code_id in self.seen_codes:
                    self._warn_once(f"the file has two codes at {'/'.join(path + (name,))!r}; merged into one")
                else:
                    self.report.codes_matched += 1
                self._fill_texts(code_id, texts)
            else:
                code_id = create_code(self.db, name, parent=parent_id, color=_colour(code.color),
                                      guid=free_code_guid(self.db, code.guid), **texts).id
                self.report.codes_created += 1
            self.seen_codes.add(code_id)
            if code.guid:
                self.codes[code.guid] = code_id
            if not code.codable:
                self.report.remarks.append(f"code {'/'.join(path + (name,))!r} is not codable in the file; "
                                           "imported as an ordinary code")
            self._codes(code.children, code_id, path + (name,))

    def _same_code(self, guid: str, parent_id: int | None, name: str, path: tuple[str, ...]):
        """The project's code this one is: the one with its GUID (kept as and where it is here), else by path."""
        here = code_with_guid(self.db, guid)
        if here is None:
            sql = "SELECT id FROM codes WHERE parent_id IS ? AND name = ?"
            found = self.db.execute(sql, [parent_id, name]).fetchone()
            return found[0] if found else None
        if here.name != name:
            self.report.remarks.append(f"code {'/'.join(path + (name,))!r} is {here.name!r} here (same GUID)")
        return here.id

    def _fill_texts(self, code_id: int, texts: dict[str, str]) -> None:
        current = dict(zip(TEXT_FIELDS, self.db.execute(
            f"SELECT {', '.join(TEXT_FIELDS)} FROM codes WHERE id = ?", [code_id]).fetchone()))
        for field_name, value in texts.items():
            if not current[field_name]:
                self.db.execute(f"UPDATE codes SET {field_name} = ? WHERE id = ?", [value, code_id])

    # documents
    def _documents(self, documents: list[_Document]) -> dict[str, int]:
        existing = dict(self.db.execute("SELECT sha256, min(id) FROM documents GROUP BY sha256").fetchall())
        ids: dict[str, int] = {}
        file_name = Path(self.refi.path).name
        for document in documents:
            text = document.text.text
            found = existing.get(sha256_of(text))
            if found is not None:
                ids[document.source.guid] = found
                self.report.documents_matched += 1
                continue
            notes = {
                "source_format": "refi-qda",
                "refi": {"file": file_name, "origin": self.refi.origin, "guid": document.source.guid,
                         "position_unit": self.report.position_unit},
                "encoding": document.encoding,
                "normalisation": document.text.report.as_dict(),
            }
            turns = [TurnRecord(t.start, t.end, t.label_end, t.speaker) for t in detect_turns(text)]
            name = free_document_name(self.db, document.source.name.strip() or "Untitled source")
            if name != document.source.name.strip():
                self.report.remarks.append(f"source {document.source.name!r} imported as {name!r} "
                                           "(the name was taken)")
            created = add_document(self.db, name, text, source_name=file_name, source_format="refi-qda",
                                   notes=notes, turns=turns)
            ids[document.source.guid] = created.id
            self.report.documents_created += 1
        return ids

    # codings
    def _codings(self, documents: list[_Document], document_ids: dict[str, int]) -> None:
        unknown = 0
        before = self.db.execute("SELECT count(*) FROM codings").fetchone()[0]
        applied = 0
        for document in documents:
            document_id = document_ids[document.source.guid]
            for coding in document.codings:
                code_id = self.codes.get(coding.code_guid)
                if code_id is None:
                    unknown += 1
                    continue
                coder_id = self._coder_for(coding.user_guid or document.source.user_guid)
                last = self.db.execute("SELECT ifnull(max(id), 0) FROM codings").fetchone()[0]
                placed = apply_code(self.db, document_id, code_id, coder_id, coding.start, coding.end, coding.memo)
                applied += 1
                stamp = _timestamp(coding.created)
                if placed.id > last and stamp:
                    self.db.execute("UPDATE codings SET created_at = ? WHERE id = ?", [stamp, placed.id])
        added = self.db.execute("SELECT count(*) FROM codings").fetchone()[0] - before
        self.report.codings_added = added
        self.report.codings_merged = applied - added
        if unknown:
            self.report.warnings.append(f"{_n(unknown, 'coding')} with a code the codebook does not have skipped")

    # memos
    def _memos(self, document_ids: dict[str, int]) -> None:
        targets: dict[str, tuple[str, object]] = {}
        used_by_codings = set()
        for source in self.refi.sources:
            for selection in source.selections:
                used_by_codings.update(selection.note_guids)
                for coding in selection.codings:
                    used_by_codings.update(coding.note_guids)
            for coding in source.codings:
                used_by_codings.update(coding.note_guids)
            for guid in source.note_guids:
                targets.setdefault(guid, ("document", source.guid))
        for code in _walk(self.refi.codes):
            for guid in code.note_guids:
                targets.setdefault(guid, ("code", code.guid))
        for guid in self.refi.project_note_guids:
            targets.setdefault(guid, ("project", None))
        orphaned = 0
        coded = 0
        for note in self.refi.notes:
            coded += note.coded
            kind, target = targets.get(note.guid, ("project", None))
            if note.guid in used_by_codings and note.guid not in targets:
                continue  # became part of a coding's memo
            document_id = code_id = None
            if kind == "document":
                document_id = document_ids.get(target)
                orphaned += document_id is None
            elif kind == "code":
                code_id = self.codes.get(target)
            coder_id = self._coder_for(note.user_guid) if note.user_guid else None
            if self.db.execute(
                "SELECT 1 FROM memos WHERE document_id IS ? AND code_id IS ? AND title = ? AND text = ?",
                [document_id, code_id, note.name, note.text],
            ).fetchone():
                continue
            memo = add_memo(self.db, note.text, title=note.name, document=document_id, code=code_id, coder=coder_id)
            created, modified = _timestamp(note.created), _timestamp(note.modified)
            if created or modified:
                self.db.execute("UPDATE memos SET created_at = ?, updated_at = ? WHERE id = ?",
                                [created or memo.created_at, modified or created or memo.updated_at, memo.id])
            self.report.memos_added += 1
        if orphaned:
            self.report.warnings.append(f"{_n(orphaned, 'note')} on skipped sources kept as project memos")
        if coded:
            self.report.warnings.append(f"{_n(coded, 'coding')} inside notes skipped (Accord codes documents only)")

    # attributes
    def _attributes(self, document_ids: dict[str, int]) -> None:
        names = {variable.guid: variable.name for variable in self.refi.variables}
        values: dict[int, dict[str, str]] = {}

        def collect(document_id: int | None, pairs: list[tuple[str, str]]) -> None:
            if document_id is None:
                return
            for guid, value in pairs:
                key = (names.get(guid) or "").strip()
                if key:
                    values.setdefault(document_id, {}).setdefault(key, value)

        for source in self.refi.sources:
            collect(document_ids.get(source.guid), source.values)
        empty_cases = 0
        for case in self.refi.cases:
            empty_cases += not case.source_guids
            for source_guid in case.source_guids:
                collect(document_ids.get(source_guid), case.values)
        conflicts = mistyped = 0
        sql = "SELECT value FROM attributes WHERE document_id = ? AND key = ?"
        for document_id, pairs in values.items():
            for key, value in pairs.items():
                row = self.db.execute(sql, [document_id, key]).fetchone()
                if row is not None:
                    conflicts += row[0] != value
                    continue
                try:  # a value that does not fit the attribute's type here (text for a number) is left out
                    set_attribute(self.db, document_id, key, value)
                    self.report.attributes_set += 1
                except InvalidValue:
                    mistyped += 1
        for count, verb, rest in ((conflicts, ("differs", "differ"), "from the project's; kept the project's"),
                                  (mistyped, ("does not", "do not"), "fit the attribute's type here; left out")):
            if count:
                self.report.warnings.append(f"{_n(count, 'attribute value')} {verb[count > 1]} {rest}")
        if empty_cases:
            self.report.warnings.append(f"{_n(empty_cases, 'case')} without a text source skipped")

    def _warn_once(self, message: str) -> None:
        if message not in self.report.warnings:
            self.report.warnings.append(message)


def _walk(codes: list[RefiCode]):
    for code in codes:
        yield code
        yield from _walk(code.children)


def _colour(value: str | None) -> str | None:
    """#rrggbb from what a file says (#RGB is widened); None (Accord picks one) if unusable."""
    value = (value or "").strip()
    if len(value) == 4 and value[0] == "#" and set(value[1:]) <= _COLOUR_CHARS:
        value = "#" + "".join(ch * 2 for ch in value[1:])
    if len(value) == 7 and value[0] == "#" and set(value[1:]) <= _COLOUR_CHARS:
        return value.lower()
    return None


def _timestamp(value: str | None) -> str | None:
    """An xsd:dateTime as Accord stores times (UTC, to the second); None if unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


_SKIPPED = {  # counter key: (one, several, why)
    "PDFSource": ("PDF source", "PDF sources", "Accord imports text sources only"),
    "PictureSource": ("picture source", "picture sources", "Accord imports text sources only"),
    "AudioSource": ("audio source", "audio sources", "Accord imports text sources only"),
    "VideoSource": ("video source", "video sources", "Accord imports text sources only"),
    "Set": ("set", "sets", "Accord has no sets"), "Graph": ("graph", "graphs", "Accord has no graphs"),
    "Link": ("link", "links", "Accord has no links"),
    "selections without valid positions": ("selection without valid positions", "selections without valid positions", ""),
    "codings without a code": ("coding without a code", "codings without a code", ""),
    "case members that are codes or selections": ("case member that is a code or selection",
                                                  "case members that are codes or selections",
                                                  "Accord's cases are documents"),
}


def _report_skipped(skipped: Counter, report: ImportReport) -> None:
    for key, (one, several, why) in _SKIPPED.items():
        count = skipped.get(key, 0)
        if not count:
            continue
        message = f"{_n(count, one, several)} skipped"
        codings = skipped.get(f"{key} codings", 0)
        if codings:
            message += f" with {_n(codings, 'coding')}"
        report.warnings.append(message + (f" ({why})" if why else ""))


def _n(count: int, one: str, several: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else several or one + 's'}"
