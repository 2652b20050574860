"""The classic "retrieval" printout: every segment coded with one code, document by document.

    retrieval = retrieve(db, "Support", subcodes=True, coders=("Ana",))
    write_retrieval(retrieval, "txt", Path("support.txt"))     # or "docx"
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ... import __version__
from ..clock import now
from ..codebook import get_code
from ..errors import InvalidValue
from ..turn_times import clock
from .build import build_report
from .model import ReportOptions, safe_colour

RETRIEVAL_FORMATS = ("txt", "docx")
WIDTH = 78


@dataclass
class RetrievedSegment:
    """A coded passage; when several coders coded exactly the same span with the code, one entry names them all."""

    coding_ids: list[int]
    code_path: str
    coder: str                   # "Ana" or "Ana, Ben"
    speaker: str
    start: int
    end: int
    text: str
    memo: str
    time: float | None = None    # seconds: the start of the timed transcript turn it is in, else None

    @property
    def quoted(self) -> str:
        """The text as printed: "[0:01:02] " before it when the passage has a time."""
        return f"[{clock(self.time)}] {self.text}" if self.time is not None else self.text


@dataclass
class RetrievedDocument:
    name: str
    attributes: dict[str, str]
    segments: list[RetrievedSegment]


@dataclass
class Retrieval:
    project: str
    code_path: str
    color: str
    description: str
    definition: str
    subcodes: bool
    coders: list[str]              # the coders whose codings are included
    filtered_coders: bool
    generated_at: str
    documents: list[RetrievedDocument] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Passages listed (a passage coded identically by several coders counts once)."""
        return sum(len(d.segments) for d in self.documents)

    @property
    def codings(self) -> int:
        return sum(len(s.coding_ids) for d in self.documents for s in d.segments)


def retrieve(db: Database, code: str | int, *, subcodes: bool = False, coders: Iterable[str | int] = (),
             documents: Iterable[str | int] = (), memos: bool = False) -> Retrieval:
    """The segments coded with `code` (and its sub-codes), in document order."""
    coders, documents = tuple(coders), tuple(documents)
    main = get_code(db, code.strip() if isinstance(code, str) else code)
    model = build_report(db, ReportOptions(codes=(main.id,), coders=coders, documents=documents, quotes=0,
                                           memos=memos, segments=True, agreement=False))
    wanted = {c.path for c in model.codes if subcodes or c.id == main.id}
    entry = model.code(main.id)
    attributes = {d.name: d.attributes for d in model.documents}
    grouped: dict[str, list[RetrievedSegment]] = {}
    same_span: dict[tuple, RetrievedSegment] = {}
    for s in model.segments or []:
        if s.code_path not in wanted:
            continue
        key = (s.document, s.code_path, s.start, s.end)
        if key in same_span:  # another coder coded exactly this passage with this code
            seen = same_span[key]
            seen.coding_ids.append(s.coding_id)
            seen.coder += f", {s.coder}"
            if s.memo:
                seen.memo = "\n".join(m for m in (seen.memo, f"{s.coder}: {s.memo}") if m)
            continue
        memo = f"{s.coder}: {s.memo}" if s.memo and len(model.coders) > 1 else s.memo
        same_span[key] = RetrievedSegment([s.coding_id], s.code_path, s.coder, s.speaker, s.start, s.end, s.text,
                                          memo, s.time)
        grouped.setdefault(s.document, []).append(same_span[key])
    return Retrieval(
        project=model.title, code_path=entry.path, color=safe_colour(entry.color, "#9e9e9e"),
        description=entry.description, definition=entry.definition, subcodes=subcodes,
        coders=model.coder_names, filtered_coders=bool(coders), generated_at=now(),
        documents=[RetrievedDocument(name, attributes.get(name, {}), items) for name, items in grouped.items()],
    )


def _summary(r: Retrieval) -> str:
    parts = [f"{r.total:,} segment{'s' if r.total != 1 else ''} in {len(r.documents):,} "
             f"document{'s' if len(r.documents) != 1 else ''}"]
    if r.codings != r.total:
        parts[0] += f" ({r.codings:,} codings)"
    parts.append("with sub-codes" if r.subcodes else "without sub-codes")
    parts.append(("coders: " if len(r.coders) != 1 else "coder: ") + (", ".join(r.coders) or "none"))
    return " · ".join(parts)


def _cite(s: RetrievedSegment, r: Retrieval) -> str:
    parts = [s.speaker] if s.speaker else []
    parts.append(f"characters {s.start:,}–{s.end:,}")
    parts.append(f"coded by {s.coder}")
    if r.subcodes:
        parts.append(s.code_path)
    return " · ".join(parts)


# -- plain text --------------------------------------------------------------------
def render_text(r: Retrieval) -> str:
    lines = [f"Retrieved segments: {r.code_path}", f"Project: {r.project}", _summary(r),
             f"Generated {r.generated_at} by Accord {__version__}"]
    if r.definition:
        lines += ["", *textwrap.wrap("Definition: " + " ".join(r.definition.split()), WIDTH)]
    lines += ["", "=" * WIDTH]
    if not r.documents:
        lines += ["", "No segments are coded with this code."]
    number = 0
    for document in r.documents:
        heading = f"{document.name} ({len(document.segments)} segment{'s' if len(document.segments) != 1 else ''})"
        lines += ["", heading, "-" * min(WIDTH, max(len(heading), 20))]
        for s in document.segments:
            number += 1
            lines += ["", f"[{number}] {_cite(s, r)}"]
            for paragraph in s.quoted.replace("\r\n", "\n").split("\n"):
                lines += textwrap.wrap(paragraph, WIDTH, initial_indent="    ", subsequent_indent="    ",
                                       break_on_hyphens=False) or [""]
            if s.memo:
                lines += textwrap.wrap("Memo: " + " ".join(s.memo.split()), WIDTH, initial_indent="    ",
                                       subsequent_indent="    ")
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


# -- Word ------------------------------------------------------------------------------
def retrieval_docx(r: Retrieval) -> bytes:
    from .docx_report import heading, muted, new_document, save, swatch
    from .docx_xml import Body, R, paragraph, text_paragraphs

    document = new_document(f"{r.code_path} — retrieved segments", subject="Retrieved segments")
    body = Body()
    body.add(paragraph([R("RETRIEVED SEGMENTS", bold=True, size=9, colour="5F6670")], after=0),
             paragraph([swatch(r.color), R(r.code_path)], style="Title"),
             muted(f"{r.project} · {_summary(r)} · generated {r.generated_at[:10]} with Accord {__version__}",
                   size=9.5))
    if r.description:
        body.add(*text_paragraphs(r.description))
    if r.definition:
        body.add(paragraph([R("Definition: ", bold=True), R(" ".join(r.definition.split()))]))
    if not r.documents:
        body.add(paragraph([R("No segments are coded with this code.", italic=True, colour="5F6670")]))
    number = 0
    for d in r.documents:
        count = f"{len(d.segments)} segment{'s' if len(d.segments) != 1 else ''}"
        body.add(heading(f"{d.name} ({count})", 1))
        if d.attributes:
            body.add(muted(" · ".join(f"{k}: {v}" for k, v in d.attributes.items())))
        for s in d.segments:
            number += 1
            body.add(*text_paragraphs(s.quoted, style="Quote", rule=r.color),
                     paragraph([R(f"[{number}] {_cite(s, r)}", size=8.5, colour="5F6670")], after=6, indent=0.6))
            if s.memo:
                body.add(paragraph([R(f"Memo: {s.memo}", size=8.5, colour="6B5300")], after=6, indent=0.6))
    body.into(document)
    return save(document, f"{r.project} · retrieved segments: {r.code_path} · Accord {__version__}")


def write_retrieval(r: Retrieval, fmt: str, out: str | Path) -> Path:
    from ..files import write_atomically
    from .output import check_file

    if fmt not in RETRIEVAL_FORMATS:
        raise InvalidValue(f"unknown retrieval format {fmt!r} (choose from {', '.join(RETRIEVAL_FORMATS)})")
    out = Path(out)
    check_file(out)
    data = render_text(r).encode("utf-8") if fmt == "txt" else retrieval_docx(r)
    write_atomically(out, data)
    return out
