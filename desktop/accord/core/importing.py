"""Turning files into documents: read, normalise, optionally join broken lines, find turns, store.

Two steps, so that the import dialog can show what was read before anything is written:

    prepared = prepare_document(path)                   # read and normalise; nothing written
    existing = duplicate_of(project.db, prepared)        # a document with the same text, or None
    document = store_prepared(project, prepared.joined())  # one command (one transaction)

Both steps stream. Reading puts the normalised text in a temporary file (a
TextSpool), large plain-text files a chunk at a time; storing reads the spool
line by line, joins lines if asked, finds the speaker turns and builds the
final text as UTF-8 bytes, which SQLite takes as they are. So memory holds the
final text once, plus a chunk and the longest line, never a copy per step.
Both steps take a Progress: they report how far they are and stop, having
written nothing, when it is cancelled. A file that fails leaves nothing behind.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .documents import Document, find_by_sha256, free_document_name, insert_document
from .errors import AccordError, Cancelled
from .importers import large_text_format, read_chunks, read_head, read_source
from .importers.base import failure, has_visible_text
from .importers.encoding import candidate_decodings
from .importers.transcripts import Transcript
from .linejoin import BrokenLineFinder, LineJoin, joined_lines
from .normalise import Normaliser
from .progress import Progress
from .text_spool import TextSpool, split_lines
from .turns import TurnFinder

_BATCH_CHARS = 1 << 20  # lines are encoded and hashed in batches of about this size


@dataclass(frozen=True)
class PreparedDocument:
    """A file read and normalised, not yet stored: what a preview shows."""

    path: Path
    name: str
    format: str
    notes: dict
    spool: TextSpool = field(repr=False)
    unjoined_length: int  # characters, as read
    join_offsets: array = field(repr=False)  # every line break found mid-sentence
    broken_lines: list[LineJoin]  # the first of them, with their lines, for previews
    joined_length_change: int = 0  # what joining them all does to the length
    join: bool = False  # store with those lines joined
    sha256: str = ""  # of the text as read (not joined)
    speakers: tuple[str, ...] = ()  # the speakers of the turns found, in order of first appearance
    ignored_speakers: frozenset[str] = frozenset()  # labels not to store as speakers (see without_speakers)
    # A transcript (WebVTT, SRT, timestamped text) brings its own turns, with times; the text is its text.
    transcript: Transcript | None = field(default=None, repr=False)

    @property
    def broken_count(self) -> int:
        return len(self.join_offsets)

    @property
    def length(self) -> int:
        """Characters of the text as it will be stored."""
        return self.unjoined_length + (self.joined_length_change if self.join else 0)

    def joined(self) -> PreparedDocument:
        """The same document, to be stored with every line broken mid-sentence joined."""
        if not self.broken_count or self.join:
            return self
        return replace(self, join=True, notes=dict(self.notes, lines_joined=self.broken_count))

    def without_speakers(self, names: Iterable[str]) -> PreparedDocument:
        """The same document, to be stored without these labels as speakers (their lines are text)."""
        return replace(self, ignored_speakers=frozenset(names))

    def stored_sha256(self) -> str:
        """The SHA-256 of the text as it will be stored (joining lines changes it)."""
        if not self.join or not self.broken_count:
            return self.sha256
        digest = hashlib.sha256()
        separator = b""
        for line in self.lines():
            digest.update(separator + line.encode("utf-8"))
            separator = b"\n"
        return digest.hexdigest()

    def lines(self, progress: Progress | None = None) -> Iterator[str]:
        """The lines of the text as it will be stored (joined if asked), each without its "\\n"."""
        lines = split_lines(self.spool.chunks(progress))
        return joined_lines(lines, self.join_offsets) if self.join else lines

    def head(self, characters: int) -> str:
        """The beginning of the text as it will be stored, for a preview."""
        taken: list[str] = []
        count = 0
        for line in self.lines():
            taken.append(line)
            count += len(line) + 1
            if count > characters:
                break
        return "\n".join(taken)[:characters]

    def read_text(self) -> str:
        """The whole text as it will be stored (in memory: for small documents and tests)."""
        return "\n".join(self.lines())


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of a batch."""

    path: Path
    document: Document | None
    message: str
    duplicate_of: Document | None = None  # set when skipped: the document that has the same text

    @property
    def ok(self) -> bool:
        return self.document is not None

    @property
    def skipped(self) -> bool:
        """Not imported because the project already has its text."""
        return self.duplicate_of is not None


def duplicate_of(db, prepared: PreparedDocument) -> Document | None:
    """The document that already has the text `prepared` would store, or None (an index lookup by hash)."""
    return find_by_sha256(db, prepared.stored_sha256())


def prepare_document(path: str | Path, progress: Progress | None = None) -> PreparedDocument:
    """Read and normalise a file into a spool, finding the lines broken mid-sentence; writes nothing."""
    path = Path(path)
    progress = progress or Progress()
    progress.start(f"Reading {path.name}")
    text_format = large_text_format(path)
    if text_format is None:
        raw, transcript = read_source(path)
        notes = {"source_format": raw.format}
        if raw.encoding:
            notes["encoding"] = raw.encoding
        if raw.notes:
            notes["reader_notes"] = list(raw.notes)
        if transcript is not None:
            notes["transcript"] = {"kind": transcript.kind, "cues": transcript.cues, "turns": len(transcript.turns),
                                   "speakers": transcript.speakers}
        return _spooled(path, raw.format, [raw.text], notes, transcript)
    # A large plain-text file: the encoding is judged from its start; if the rest does not
    # fit, the next likeliest encoding is tried from the beginning.
    for decoding in candidate_decodings(read_head(path), whole=False):
        notes = {"source_format": text_format, "encoding": decoding.encoding}
        if decoding.notes:
            notes["reader_notes"] = list(decoding.notes)
        try:
            return _spooled(path, text_format, read_chunks(path, decoding, progress), notes)
        except UnicodeDecodeError:
            progress.start(f"Reading {path.name} again as another encoding")
    raise AssertionError("the Latin-1 fallback decodes any bytes")


def _spooled(path: Path, text_format: str, pieces: Iterable[str], notes: dict,
             transcript: Transcript | None = None) -> PreparedDocument:
    spool = TextSpool()
    try:
        normaliser = Normaliser()
        broken = BrokenLineFinder()
        turns = TurnFinder(dialogue_dashes=text_format != "md")
        digest = hashlib.sha256()  # the spool holds the text as stored unjoined: "\n".join of its lines
        visible = False

        def normalised() -> Iterator[str]:
            nonlocal visible
            for piece in pieces:
                text = normaliser.feed(piece)
                spool.write(text)
                digest.update(text.encode("utf-8"))
                visible = visible or has_visible_text(text)
                yield text
            rest, report = normaliser.finish()
            spool.write(rest)
            digest.update(rest.encode("utf-8"))
            visible = visible or has_visible_text(rest)
            notes["normalisation"] = report.as_dict()
            yield rest

        length = 0
        for line in split_lines(normalised()):
            broken.feed(line)
            turns.feed(line)
            length += len(line) + 1
        spool.close()
    except OSError as problem:  # reading the file maps its own errors: this is the spool's disk
        spool.discard()
        raise failure(path.name, f"no room for a temporary copy of the text ({problem.strerror or problem})") \
            from problem
    except BaseException:
        spool.discard()
        raise
    if not visible:
        spool.discard()
        raise failure(path.name, "the file has no text")
    if transcript is not None:  # its turns are one line each: there are no broken lines to join
        return PreparedDocument(path, path.stem, text_format, notes, spool, length - 1, array("q"), [],
                                sha256=digest.hexdigest(), speakers=tuple(transcript.speakers),
                                transcript=transcript)
    return PreparedDocument(path, path.stem, text_format, notes, spool, length - 1, broken.offsets,
                            broken.examples, broken.length_change, sha256=digest.hexdigest(),
                            speakers=tuple(turns.speakers()))


@dataclass(frozen=True)
class BuiltDocument:
    """A prepared document's final text as UTF-8, with its length, hash and turns: one INSERT away."""

    prepared: PreparedDocument
    utf8: bytearray = field(repr=False)
    length: int
    sha256: str
    turns: TurnFinder | TranscriptTurns = field(repr=False)


def build_document(prepared: PreparedDocument, progress: Progress | None = None) -> BuiltDocument:
    """Assemble the text to store (joins applied) and find its turns; touches no project."""
    progress = progress or Progress()
    progress.start(f"Preparing {prepared.path.name}")
    # In Markdown a dash opens a list item, not a line of dialogue.
    turns = TurnFinder(dialogue_dashes=prepared.format != "md", ignored_speakers=prepared.ignored_speakers)
    utf8, digest = bytearray(), hashlib.sha256()
    length = -1  # no "\n" before the first line
    batch: list[str] = []
    batch_chars = 0
    separator = b""  # between one batch of lines and the next, the "\n" that "\n".join leaves out

    def flush() -> None:
        nonlocal separator
        data = separator + "\n".join(batch).encode("utf-8")
        separator = b"\n"
        utf8.extend(data)
        digest.update(data)
        batch.clear()

    for line in prepared.lines(progress):
        turns.feed(line)
        batch.append(line)
        batch_chars += len(line)
        length += len(line) + 1
        if batch_chars >= _BATCH_CHARS:
            flush()
            batch_chars = 0
    if batch:
        flush()
    if prepared.transcript is not None:
        if length != len(prepared.transcript.text):  # the turns' offsets are into the transcript's text
            raise failure(prepared.path.name, "its text changed on the way in; please report this file")
        turns = TranscriptTurns(prepared.transcript, prepared.ignored_speakers)
    return BuiltDocument(prepared, utf8, length, digest.hexdigest(), turns)


class TranscriptTurns:
    """A transcript's own turns (speakers and times from the file), in TurnFinder's shape for storing."""

    def __init__(self, transcript: Transcript, ignored_speakers: Iterable[str] = ()) -> None:
        ignored = {name.casefold() for name in ignored_speakers}
        self._turns = [turn for turn in transcript.turns if turn.speaker.casefold() not in ignored]

    def rows(self) -> Iterator[tuple]:
        """(start, end, label_end, speaker, time_start, time_end) tuples, in order."""
        return (turn.row() for turn in self._turns)

    def speakers(self) -> list[str]:
        return list(dict.fromkeys(turn.speaker for turn in self._turns if turn.speaker))


def store_built(project, built: BuiltDocument, *, name: str | None = None) -> Document:
    """Store a built document as one command; the name gets a suffix if it is taken."""
    prepared = built.prepared
    with project.command(f"Import {prepared.path.name}"):
        return insert_document(
            project.db,
            free_document_name(project.db, name or prepared.name),
            built.utf8,
            built.length,
            built.sha256,
            source_name=prepared.path.name,
            source_format=prepared.format,
            notes=prepared.notes,
            turns=built.turns.rows(),
        )


def store_prepared(project, prepared: PreparedDocument, *, name: str | None = None,
                   progress: Progress | None = None) -> Document:
    """Build and store a prepared document as one command."""
    return store_built(project, build_document(prepared, progress), name=name)


def import_files(project, paths: Iterable[str | Path], *, join_broken_lines: bool = False,
                 allow_duplicates: bool = False, progress: Progress | None = None) -> list[ImportOutcome]:
    """Import each file on its own: one failing file does not stop (or touch) the others.

    A file whose text the project already has (from an earlier import or from a file
    before it in this batch) is skipped, unless `allow_duplicates`.
    `progress` follows each file's steps (their names say which file); cancelling it
    stops the batch with Cancelled, the files stored before it staying imported.
    """
    outcomes = []
    for path in map(Path, paths):
        try:
            prepared = prepare_document(path, progress)
            if join_broken_lines:
                prepared = prepared.joined()
            existing = None if allow_duplicates else duplicate_of(project.db, prepared)
            if existing is not None:
                prepared.spool.discard()
                outcomes.append(ImportOutcome(path, None, duplicate_message(existing), existing))
                continue
            document = store_prepared(project, prepared, progress=progress)
        except Cancelled:
            raise
        except AccordError as error:
            outcomes.append(ImportOutcome(path, None, str(error)))
            continue
        outcomes.append(ImportOutcome(path, document, _summary(document)))
    return outcomes


def duplicate_message(existing: Document) -> str:
    return f'already in the project as "{existing.name}"'


def _summary(document: Document) -> str:
    notes = document.import_notes
    parts = [f"imported as {document.name!r}", f"{document.length:,} characters"]
    if notes.get("encoding"):
        parts.append(f"encoding {notes['encoding']}")
    if notes.get("lines_joined"):
        parts.append(f"{notes['lines_joined']} broken lines joined")
    return ", ".join(parts)
