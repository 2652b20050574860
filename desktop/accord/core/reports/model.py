"""The content of a codebook report, as plain data: no queries, no formatting, no file writing.

This module owns the report's data classes (`ReportOptions` with its limits, the entries for coders,
documents, codes, quotes and segments, `Cooccurrence` and `ReportModel`) and `safe_colour`, the rule
for the colours they carry; `build.build_report` fills a `ReportModel` and every renderer (HTML,
Markdown, DOCX, CSV/XLSX) and the GUI read only it. Counts are of codings (a code applied by a coder
to a span), restricted to the chosen codes, coders and documents. A code's own counts do not include
its sub-codes; `codings_with_subcodes` does.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import InvalidValue
from ..language import check_language
from ..turn_times import clock
from .agreement import AgreementSection

# Colours for coders that have none of their own (distinct from each other, readable as bars).
CODER_PALETTE = ("#3b6ea5", "#d9822b", "#4f9a5a", "#b5475c", "#7a5aa6", "#5f8f96", "#a08436", "#6d6d6d")
DEFAULT_QUOTES = 3
MAX_QUOTES = 1000
MAX_RESAMPLES = 100_000


@dataclass(frozen=True)
class ReportOptions:
    """What goes into a report. Empty selections mean "all"."""

    codes: tuple[str | int, ...] = ()       # roots of sub-trees (each with everything below it)
    coders: tuple[str | int, ...] = ()
    documents: tuple[str | int, ...] = ()
    quotes: int = DEFAULT_QUOTES            # example quotes per code
    memos: bool = False                     # project, document, code and coding memos
    segments: bool = False                  # every coded segment (for the CSV/XLSX tables)
    agreement: bool = True                  # the agreement section, when it can be computed
    resamples: int | None = None            # bootstrap resamples for the agreement intervals (0: none;
                                            # None: 1,000, or 200 for projects of over 20,000 codings)
    language: str = "en"                    # the report's language (core/language.py), not the interface's

    def __post_init__(self):
        check_language(self.language)
        if not 0 <= self.quotes <= MAX_QUOTES:
            raise InvalidValue(f"the number of quotes must be between 0 and {MAX_QUOTES}, not {self.quotes}")
        if self.resamples is not None and not 0 <= self.resamples <= MAX_RESAMPLES:
            raise InvalidValue(f"the number of resamples must be between 0 and {MAX_RESAMPLES:,}, not {self.resamples}")


@dataclass
class MemoEntry:
    id: int
    title: str
    text: str
    author: str          # the coder who wrote it, or ""
    created_at: str
    updated_at: str


@dataclass
class CoderEntry:
    id: int
    name: str
    color: str           # its own colour, or one from CODER_PALETTE
    codings: int
    documents: int


@dataclass
class DocumentEntry:
    id: int
    name: str
    length: int          # characters
    source_name: str
    attributes: dict[str, str]
    codings: int
    codes: int           # distinct codes applied in it
    memos: list[MemoEntry] = field(default_factory=list)


@dataclass
class Quote:
    coding_id: int
    document: str
    speaker: str         # the speaker of the turn the quote starts in, or ""
    start: int
    end: int
    text: str
    coder: str
    memo: str            # the coding's memo ("" unless memos were asked for)
    time: float | None = None  # seconds: the start of the timed transcript turn it is in, else None

    @property
    def clock(self) -> str:
        """The time as "0:01:02" for the templates; "" when the quote has none."""
        return clock(self.time)


@dataclass
class CodeEntry:
    id: int
    parent_id: int | None   # None also when the parent is outside the chosen sub-trees
    name: str
    path: str               # "Parent/Child" from the top of the codebook
    depth: int              # 0 for the top of the report's tree
    number: str             # outline number in the report: "1", "1.2", ...
    color: str
    description: str
    definition: str
    inclusion: str
    exclusion: str
    example: str
    codings: int
    documents: int
    codings_with_subcodes: int
    by_coder: dict[str, int]                 # coder name -> codings (every chosen coder, in order)
    documents_by_coder: dict[str, int]       # coder name -> documents coded with it
    by_document: dict[str, int]              # document name -> codings (only documents with some)
    quotes: list[Quote] = field(default_factory=list)
    memos: list[MemoEntry] = field(default_factory=list)


@dataclass
class SegmentRow:
    """One coded segment, for the tables export."""

    coding_id: int
    document: str
    code: str
    code_path: str
    coder: str
    start: int
    end: int
    speaker: str
    text: str
    memo: str
    time: float | None = None    # seconds (the timed transcript turn it is in), else None


@dataclass
class Cooccurrence:
    """In how many places two codes overlap (core/analysis/relations: the coders' codings taken together)."""

    code_ids: list[int]                      # the codes of the matrix, in codebook order
    matrix: list[list[int]]                  # symmetric; the diagonal is 0
    pairs: list[tuple[int, int, int]]        # (code a, code b, count), most frequent first


@dataclass
class SpeakerCounts:
    """Codings per code and speaker: a coding counts once for each speaker whose turns it touches."""

    speakers: list[str]                      # in order of first turn
    counts: dict[int, dict[str, int]]        # code id -> speaker -> codings (only non-zero)

    def of(self, code_id: int, speaker: str) -> int:
        return self.counts.get(code_id, {}).get(speaker, 0)


@dataclass
class ReportModel:
    title: str
    description: str
    generated_at: str
    accord_version: str
    options: ReportOptions
    filters: list[str]                      # human-readable statements of the options in force
    coders: list[CoderEntry]
    documents: list[DocumentEntry]
    attribute_keys: list[str]
    codes: list[CodeEntry]
    total_codings: int
    cooccurrence: Cooccurrence
    project_memos: list[MemoEntry] = field(default_factory=list)
    agreement: AgreementSection | None = None
    segments: list[SegmentRow] | None = None   # only with ReportOptions(segments=True)
    by_speaker: SpeakerCounts | None = None    # None when no document of the report has speaker turns

    # -- convenience for renderers and a GUI -------------------------------
    def code(self, code_id: int) -> CodeEntry:
        return self._codes_by_id()[code_id]

    def _codes_by_id(self) -> dict[int, CodeEntry]:
        cached = getattr(self, "_by_id", None)
        if cached is None or len(cached) != len(self.codes):
            cached = {c.id: c for c in self.codes}
            object.__setattr__(self, "_by_id", cached)
        return cached

    @property
    def coder_names(self) -> list[str]:
        return [c.name for c in self.coders]

    @property
    def document_names(self) -> list[str]:
        return [d.name for d in self.documents]

    @property
    def has_memos(self) -> bool:
        return bool(self.project_memos or any(d.memos for d in self.documents) or any(c.memos for c in self.codes)
                    or any(q.memo for c in self.codes for q in c.quotes))

    def to_dict(self) -> dict[str, Any]:
        """Everything as JSON-ready dicts and lists."""
        data = asdict(self)
        data.pop("_by_id", None)
        data["options"] = {k: list(v) if isinstance(v, tuple) else v for k, v in data["options"].items()}
        return data


def safe_colour(colour: str, fallback: str) -> str:
    """A colour as '#rrggbb' (lower case), or the fallback: colours go into styles and files unescaped."""
    colour = (colour or "").strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", colour):
        colour = "#" + "".join(ch * 2 for ch in colour[1:])
    return colour.lower() if re.fullmatch(r"#[0-9a-fA-F]{6}", colour) else fallback
