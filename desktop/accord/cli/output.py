"""Output of the `accord` command line: JSON records and aligned text tables.

The JSON field names are a contract that scripts rely on; see `accord.cli.main`.
Documents, codes and coders appear by name in codings and memos.
"""

import json
import sys
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..core.codebook import Code, get_code
from ..core.coders import Coder, get_coder
from ..core.codings import Coding, Segment
from ..core.documents import Document, document_text, get_document
from ..core.memos import Memo
from ..core.progress import Progress
from ..core.search import SearchHit
from ..core.turn_times import TurnTimes


@dataclass
class Result:
    """What a command has to say: JSON for --json, text otherwise, and how it ended."""

    data: Any
    text: str
    status: int = 0
    error: str | None = None  # one line for stderr (the command still printed its result)


# -- JSON records -----------------------------------------------------------
def document_record(document: Document, codings: int | None = None) -> dict:
    record = {
        "id": document.id,
        "name": document.name,
        "length": document.length,
        "sha256": document.sha256,
        "source_name": document.source_name,
    }
    if codings is not None:
        record["codings"] = codings
    return record


def code_records(codes: list[Code], counts: dict[int, int] | None = None) -> list[dict]:
    """Records for codes, with parent names and paths computed from the codes given plus `codes`' parents."""
    by_id = {code.id: code for code in codes}

    def path(code: Code) -> str:
        names = [code.name]
        while code.parent_id is not None and code.parent_id in by_id:
            code = by_id[code.parent_id]
            names.append(code.name)
        return "/".join(reversed(names))

    records = []
    for code in codes:
        parent = by_id.get(code.parent_id) if code.parent_id is not None else None
        record = {
            "id": code.id,
            "name": code.name,
            "parent": parent.name if parent else None,
            "color": code.color,
            "description": code.description,
            "path": path(code),
            "definition": code.definition,
            "inclusion": code.inclusion,
            "exclusion": code.exclusion,
            "example": code.example,
            "guid": code.guid,
        }
        if counts is not None:
            record["codings"] = counts.get(code.id, 0)
        records.append(record)
    return records


def code_record(db, code: Code, codings: int | None = None) -> dict:
    """One code's record; its ancestors are looked up for the parent name and path."""
    chain = [code]
    while chain[-1].parent_id is not None:
        chain.append(get_code(db, chain[-1].parent_id))
    record = code_records(chain)[0]
    if codings is not None:
        record["codings"] = codings
    return record


def coder_record(coder: Coder) -> dict:
    return {"id": coder.id, "name": coder.name, "color": coder.color, "role": coder.role}


def coding_record(db, coding: Coding) -> dict:
    text = document_text(db, coding.document_id)
    return {
        "id": coding.id,
        "doc": get_document(db, coding.document_id).name,
        "code": get_code(db, coding.code_id).name,
        "coder": get_coder(db, coding.coder_id).name,
        "start": coding.start,
        "end": coding.end,
        "text": text[coding.start:coding.end],
        "memo": coding.memo,
        "time": TurnTimes(db).time(coding.document_id, coding.start, coding.end),  # as in segment_record
        "origin": coding.origin,  # '' by hand, 'suggestion' or 'autocode' (core/codings.py ORIGINS)
    }


def segment_record(segment: Segment, time: float | None = None) -> dict:
    """A segment; "time" is the start (seconds) of the timed transcript turn it is in, else null."""
    return {
        "id": segment.id,
        "doc": segment.document,
        "code": segment.code,
        "coder": segment.coder,
        "start": segment.start,
        "end": segment.end,
        "text": segment.text,
        "memo": segment.memo,
        "time": time,
        "origin": segment.origin,  # '' by hand, 'suggestion' or 'autocode' (core/codings.py ORIGINS)
    }


def memo_record(db, memo: Memo) -> dict:
    """A memo on the project, a document or a code ("on"); "coding" is for coding memos only."""
    return {
        "id": memo.id,
        "on": "document" if memo.document_id is not None else "code" if memo.code_id is not None else "project",
        "title": memo.title,
        "text": memo.text,
        "doc": get_document(db, memo.document_id).name if memo.document_id is not None else None,
        "code": get_code(db, memo.code_id).name if memo.code_id is not None else None,
        "coder": get_coder(db, memo.coder_id).name if memo.coder_id is not None else None,
        "created_at": memo.created_at,
        "updated_at": memo.updated_at,
        "coding": None,
    }


def coding_memo_record(segment: Segment) -> dict:
    """A coding's memo in the shape of `memo_record`: no memo id of its own; the coding under "coding"."""
    return {
        "id": None,
        "on": "coding",
        "title": "",
        "text": segment.memo,
        "doc": segment.document,
        "code": segment.code,
        "coder": segment.coder,
        "created_at": None,
        "updated_at": None,
        "coding": {"id": segment.id, "start": segment.start, "end": segment.end, "text": segment.text},
    }


def hit_record(hit: SearchHit) -> dict:
    return {"doc": hit.document, "start": hit.start, "end": hit.end, "context": hit.context}


# -- text ----------------------------------------------------------------------
def width(text: str) -> int:
    """Columns the text takes in a terminal: wide (CJK, emoji) characters take two, marks none."""
    columns = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        columns += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return columns


def one_line(text: str) -> str:
    return " ".join(text.split())


def clip(text: str, columns: int = 60) -> str:
    """The text on one line, cut to at most `columns` columns with an ellipsis."""
    text = one_line(text)
    if width(text) <= columns:
        return text
    kept, used = [], 0
    for ch in text:
        used += width(ch)
        if used > columns - 1:
            break
        kept.append(ch)
    return "".join(kept) + "…"


def table(headers: list[str], rows: list[list[Any]], *, right: tuple[int, ...] = ()) -> str:
    """Rows in aligned columns under a header; columns listed in `right` are right-aligned."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - width(cell))
            last = i == len(row) - 1
            parts.append(pad + cell if i in right else (cell if last else cell + pad))
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def quoted(text: str, columns: int = 60) -> str:
    return "“" + clip(text, columns) + "”"


def count(n: int, word: str) -> str:
    """"1 coding", "1,234 codings"."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def coding_text(record: dict) -> str:
    """A coding record on one line, as the commands that change a coding report it."""
    return (f"coding {record['id']}: {record['code']!r} by {record['coder']!r} in {record['doc']!r} "
            f"[{record['start']}, {record['end']}) {quoted(record['text'])}")


# -- writing -------------------------------------------------------------------
def _utf(stream) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("-", "").startswith("utf")


def write_result(result: Result, as_json: bool) -> None:
    stdout = sys.stdout
    if not _utf(stdout) and hasattr(stdout, "reconfigure"):
        stdout.reconfigure(errors="backslashreplace")
    if as_json:
        stdout.write(json.dumps(result.data, ensure_ascii=not _utf(stdout), indent=2) + "\n")
    elif result.text:
        stdout.write(result.text.rstrip("\n") + "\n")
    stdout.flush()
    if result.error:
        fail(result.error)


def fail(message: str) -> None:
    """The one line on stderr that every failure prints."""
    stderr = sys.stderr
    if not _utf(stderr) and hasattr(stderr, "reconfigure"):
        stderr.reconfigure(errors="backslashreplace")
    stderr.write(f"accord: error: {one_line(message)}\n")
    stderr.flush()


class TerminalProgress(Progress):
    """A progress line on stderr ("Reading interview.txt…  42%"), redrawn in place; only on a terminal."""

    def __init__(self, stream=None) -> None:
        super().__init__()
        self._stream = stream or sys.stderr
        self._shown = ""

    def start(self, step: str) -> None:
        super().start(step)
        self._draw()

    def update(self, fraction: float) -> None:
        super().update(fraction)
        self._draw()

    def finish(self) -> None:
        """Clear the line, so that the command's result starts on a clean one."""
        if self._shown:
            self._stream.write("\r" + " " * len(self._shown) + "\r")
            self._stream.flush()
            self._shown = ""

    def _draw(self) -> None:
        line = f"{self.step}…  {self.fraction:4.0%}"
        if line != self._shown:
            padding = " " * max(0, len(self._shown) - len(line))
            self._stream.write("\r" + line + padding)
            self._stream.flush()
            self._shown = line
