"""Reading documents of every supported format into raw (not yet normalised) text.

    raw = read_document(Path("interview.docx"))

Every failure, whatever library it comes from, surfaces as ImportFailed with a one-line
message naming the file.

Large plain-text files are not read whole: `large_text_format` tells them apart and
`read_chunks` decodes them a chunk at a time, with a decoding chosen from the
file's first bytes (`candidate_decodings(head, whole=False)`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from accord.core.errors import ImportFailed
from accord.core.importers.base import RawText, describe, failure, has_visible_text
from accord.core.importers.encoding import Decoding, check_not_binary
from accord.core.importers.transcripts import TRANSCRIPT_SUFFIXES, Transcript
from accord.core.progress import Progress

__all__ = ["RawText", "SUPPORTED_SUFFIXES", "large_text_format", "read_chunks", "read_document", "read_head",
           "read_source"]

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm", ".odt", ".rtf", *TRANSCRIPT_SUFFIXES,
)


def read_document(path: Path | str) -> RawText:
    """Extract the text of the document at `path`, choosing the reader by file suffix."""
    return read_source(path)[0]


def read_source(path: Path | str) -> tuple[RawText, Transcript | None]:
    """The text of the document at `path`, and its transcript (speakers, times) if it is one.

    .vtt and .srt files are transcripts; a .txt file is one when its content is a
    timestamped transcript. A transcript's RawText holds the transcript's text.
    """
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
        raise failure(name, f"unsupported file type {kind}; supported: {', '.join(SUPPORTED_SUFFIXES)}")
    reader = _reader(suffix)
    data = _read_bytes(path)
    if not data:
        raise failure(name, "the file is empty")
    transcript = None
    try:
        raw = reader(data, name)
        if suffix in TRANSCRIPT_SUFFIXES or suffix == ".txt":
            from accord.core.importers.transcripts import parse_transcript
            transcript = parse_transcript(raw.text, name)
            if transcript is not None:
                raw = RawText(transcript.text, raw.format, raw.encoding, raw.notes)
    except ImportFailed:
        raise
    except Exception as exc:  # last line of defence: library errors the reader did not foresee
        raise failure(name, f"could not be read ({describe(exc)})") from exc
    if not has_visible_text(raw.text):
        raise failure(name, "no text found in the file")
    return raw, transcript


# Plain text from this size on is read in chunks (bounded memory, progress, cancel);
# smaller files are decoded whole, with the whole file as evidence for the encoding.
LARGE_TEXT_BYTES = 4 << 20
CHUNK_BYTES = 1 << 20
_PLAIN_TEXT_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md"}


def large_text_format(path: Path) -> str | None:
    """"txt" or "md" for a plain-text file of LARGE_TEXT_BYTES or more, else None."""
    text_format = _PLAIN_TEXT_FORMATS.get(path.suffix.lower())
    if text_format is None:
        return None
    try:
        return text_format if path.stat().st_size >= LARGE_TEXT_BYTES else None
    except OSError:
        return None  # read_document will say what is wrong


def read_head(path: Path) -> bytes:
    """The first bytes of a large text file: the evidence for its encoding."""
    with _opened(path) as file:
        return file.read(LARGE_TEXT_BYTES)


def read_chunks(path: Path, decoding: Decoding, progress: Progress) -> Iterator[str]:
    """The text of a large file, decoded chunk by chunk; UnicodeDecodeError if `decoding` does not fit."""
    decoder = decoding.decoder()
    with _opened(path) as file:
        size = max(1, path.stat().st_size)
        file.seek(decoding.bom_length)
        first = True
        while data := file.read(CHUNK_BYTES):
            text = decoder.decode(data)
            if first:
                check_not_binary(text, path.name)
                first = False
            yield text
            progress.update(file.tell() / size)
        yield decoder.decode(b"", final=True)


def _reader(suffix: str) -> Callable[[bytes, str], RawText]:
    # Imported on first use: the parsing libraries together take a noticeable part of a
    # second to import, which start-up need not pay. Plain import statements (not
    # importlib) so that freezing tools still find the modules.
    match suffix:
        case ".txt":
            from accord.core.importers.txt import read_txt
            return read_txt
        case ".md" | ".markdown":
            from accord.core.importers.markdown import read_markdown
            return read_markdown
        case ".docx":
            from accord.core.importers.docx import read_docx
            return read_docx
        case ".pdf":
            from accord.core.importers.pdf import read_pdf
            return read_pdf
        case ".html" | ".htm":
            from accord.core.importers.html import read_html
            return read_html
        case ".odt":
            from accord.core.importers.odt import read_odt
            return read_odt
        case ".rtf":
            from accord.core.importers.rtf import read_rtf
            return read_rtf
        case ".vtt" | ".srt":  # decoded as plain text; read_source then parses the cues
            from accord.core.importers.txt import read_txt
            return lambda data, name: replace(read_txt(data, name), format=suffix[1:])
    raise AssertionError(f"no reader for supported suffix {suffix}")


def _read_bytes(path: Path) -> bytes:
    with _opened(path) as file:
        return file.read()


@contextmanager
def _opened(path: Path):
    """The file open for reading; failures to open or read it as ImportFailed."""
    try:
        with path.open("rb") as file:
            yield file
    except FileNotFoundError as exc:
        raise failure(path.name, "file not found") from exc
    except IsADirectoryError as exc:
        raise failure(path.name, "is a folder, not a file") from exc
    except PermissionError as exc:
        raise failure(path.name, "permission denied") from exc
    except OSError as exc:
        raise failure(path.name, f"cannot be read ({exc.strerror or describe(exc)})") from exc
