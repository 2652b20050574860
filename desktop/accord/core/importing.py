"""Turning files into documents: read, normalise, optionally join broken lines, find turns, store.

Reading and cleaning happen before anything is written, so a file that fails
leaves nothing behind; storing one file is one command (one transaction).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .documents import Document, TurnRecord, add_document, free_document_name
from .errors import AccordError, ImportFailed
from .importers import read_document
from .linejoin import LineJoin, find_broken_lines, join_lines
from .normalise import normalise_text
from .turns import detect_turns


@dataclass(frozen=True)
class PreparedDocument:
    """A file read and normalised, not yet stored: what a preview shows."""

    path: Path
    name: str
    text: str
    format: str
    notes: dict
    broken_lines: list[LineJoin] = field(default_factory=list)

    def joined(self, joins: Iterable[LineJoin] | None = None) -> "PreparedDocument":
        """The same document with the broken lines (all found, or the ones given) joined."""
        chosen = list(self.broken_lines if joins is None else joins)
        if not chosen:
            return self
        notes = dict(self.notes, lines_joined=len(chosen))
        return PreparedDocument(self.path, self.name, join_lines(self.text, chosen), self.format, notes, [])


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of a batch."""

    path: Path
    document: Document | None
    message: str

    @property
    def ok(self) -> bool:
        return self.document is not None


def prepare_document(path: str | Path) -> PreparedDocument:
    path = Path(path)
    raw = read_document(path)
    text, report = normalise_text(raw.text)
    if not text.strip():
        raise ImportFailed(f"{path.name}: the file has no text")
    notes = {"source_format": raw.format, "normalisation": report.as_dict()}
    if raw.encoding:
        notes["encoding"] = raw.encoding
    if raw.notes:
        notes["reader_notes"] = list(raw.notes)
    return PreparedDocument(path, path.stem, text, raw.format, notes, find_broken_lines(text))


def store_prepared(project, prepared: PreparedDocument, *, name: str | None = None) -> Document:
    """Store a prepared document as one command; the name gets a suffix if it is taken."""
    # In Markdown a dash opens a list item, not a line of dialogue.
    found = detect_turns(prepared.text, dialogue_dashes=prepared.format != "md")
    turns = [TurnRecord(t.start, t.end, t.label_end, t.speaker) for t in found]
    with project.command(f"Import {prepared.path.name}"):
        return add_document(
            project.db,
            free_document_name(project.db, name or prepared.name),
            prepared.text,
            source_name=prepared.path.name,
            source_format=prepared.format,
            notes=prepared.notes,
            turns=turns,
        )


def import_files(project, paths: Iterable[str | Path], *, join_broken_lines: bool = False,
                 progress: Callable[[int, Path], None] | None = None) -> list[ImportOutcome]:
    """Import each file on its own: one failing file does not stop (or touch) the others."""
    outcomes = []
    for index, path in enumerate(map(Path, paths)):
        if progress:
            progress(index, path)
        try:
            prepared = prepare_document(path)
            if join_broken_lines:
                prepared = prepared.joined()
            document = store_prepared(project, prepared)
        except AccordError as error:
            outcomes.append(ImportOutcome(path, None, str(error)))
            continue
        outcomes.append(ImportOutcome(path, document, _summary(document)))
    return outcomes


def _summary(document: Document) -> str:
    notes = document.import_notes
    parts = [f"imported as {document.name!r}", f"{document.length:,} characters"]
    if notes.get("encoding"):
        parts.append(f"encoding {notes['encoding']}")
    if notes.get("lines_joined"):
        parts.append(f"{notes['lines_joined']} broken lines joined")
    return ", ".join(parts)
