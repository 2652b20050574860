"""The content of a codebook report, as plain data: no formatting, no file writing.

`build_report(db, ReportOptions(...))` reads the project once and returns a
`ReportModel`; every renderer (HTML, Markdown, DOCX, CSV/XLSX) and a GUI read
only the model. Counts are of codings (a code applied by a coder to a span),
restricted to the chosen codes, coders and documents. A code's own counts do
not include its sub-codes; `codings_with_subcodes` does.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlite_utils import Database

from ... import __version__
from ..attributes import all_attributes
from ..clock import now
from ..codebook import Code, code_tree, descendant_ids, resolve_code
from ..coders import list_coders, resolve_coder
from ..documents import list_documents, resolve_document
from ..errors import InvalidValue
from ..memos import all_memos

# Colours for coders that have none of their own (distinct from each other, readable as bars).
CODER_PALETTE = ("#3b6ea5", "#d9822b", "#4f9a5a", "#b5475c", "#7a5aa6", "#5f8f96", "#a08436", "#6d6d6d")
DEFAULT_QUOTES = 3
MAX_QUOTES = 1000
RESAMPLES, RESAMPLES_LARGE, LARGE = 1000, 200, 20_000  # the default number of resamples, by codings
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

    def __post_init__(self):
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


@dataclass
class Cooccurrence:
    """How often two codes were applied by the same coder to overlapping spans."""

    code_ids: list[int]                      # the codes of the matrix, in codebook order
    matrix: list[list[int]]                  # symmetric; the diagonal is 0
    pairs: list[tuple[int, int, int]]        # (code a, code b, count), most frequent first


@dataclass
class AgreementRow:
    code: str            # "" for the overall row
    path: str
    code_id: int | None
    percent: float | None        # agreement as a fraction, 0..1
    kappa: float | None
    alpha: float | None
    alpha_low: float | None      # the interval of alpha (e.g. 95 % bootstrap)
    alpha_high: float | None
    units: int | None = None     # units coded by at least one coder (e.g. characters), when known
    kappa_low: float | None = None   # the interval of kappa (the overall row's pooled kappa)
    kappa_high: float | None = None


@dataclass
class AgreementSection:
    """Inter-coder agreement, read from `accord.core.agreement` (see agreement_section)."""

    coders: list[str]
    unit: str
    rows: list[AgreementRow]
    overall: AgreementRow | None
    methods: str
    interval: str = "95 % interval"       # the heading of the alpha interval column
    notes: list[str] = field(default_factory=list)
    kappa_label: str = "Cohen's κ"        # or "Fleiss' κ" with more than two coders
    references: list[str] = field(default_factory=list)  # the works the methods paragraph cites, in full


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


# -- building -----------------------------------------------------------------
def build_report(db: Database, options: ReportOptions | None = None, *, title: str | None = None) -> ReportModel:
    """Read the project into a ReportModel. Unknown codes, coders or documents raise NotFound."""
    options = options or ReportOptions()
    meta = dict(db.execute("SELECT key, value FROM project").fetchall())

    # Selections (resolved first, so that a typo fails before any work).
    tree = code_tree(db)
    if options.codes:
        chosen: set[int] = set()
        for ref in options.codes:
            chosen.update(descendant_ids(db, resolve_code(db, _ref(ref))))
        tree = [(code, depth) for code, depth in tree if code.id in chosen]
    all_coders = list_coders(db)
    if options.coders:
        wanted_coders = {resolve_coder(db, _ref(ref)) for ref in options.coders}
        coder_list = [c for c in all_coders if c.id in wanted_coders]
    else:
        coder_list = all_coders
    all_documents = list_documents(db)
    if options.documents:
        wanted_documents = {resolve_document(db, _ref(ref)) for ref in options.documents}
        document_list = [d for d in all_documents if d.id in wanted_documents]
    else:
        document_list = all_documents

    code_ids = [code.id for code, _ in tree]
    code_set = set(code_ids)
    coder_ids = {c.id for c in coder_list}
    document_ids = {d.id for d in document_list}
    coder_name = {c.id: c.name for c in coder_list}
    document_name = {d.id: d.name for d in document_list}
    document_order = {d.id: index for index, d in enumerate(document_list)}

    # Every coding in the selection: (id, document, code, coder, start, end, memo), in report order.
    rows = db.execute('SELECT id, document_id, code_id, coder_id, start, "end", memo FROM codings').fetchall()
    if options.codes or options.coders or options.documents:
        rows = [row for row in rows if row[2] in code_set and row[3] in coder_ids and row[1] in document_ids]
    rows.sort(key=itemgetter(1, 4, 5, 0))
    if [d.id for d in document_list] != sorted(document_ids):  # documents were reordered: keep their order
        rows.sort(key=lambda r: document_order[r[1]])  # stable: starts stay in order

    # Counts: one pass in C (Counter over tuples), then over the distinct combinations.
    combos = Counter((row[2], row[3], row[1]) for row in rows)   # (code, coder, document) -> codings
    by_code: Counter[int] = Counter()
    by_code_coder: Counter[tuple[int, int]] = Counter()
    by_code_document: dict[int, dict[int, int]] = defaultdict(dict)
    documents_of_code_coder: Counter[tuple[int, int]] = Counter()
    coder_codings: Counter[int] = Counter()
    coder_documents: dict[int, set[int]] = defaultdict(set)
    document_codings: Counter[int] = Counter()
    document_codes: dict[int, set[int]] = defaultdict(set)
    for (code_id, coder_id, document_id), n in combos.items():
        by_code[code_id] += n
        by_code_coder[code_id, coder_id] += n
        per_document = by_code_document[code_id]
        per_document[document_id] = per_document.get(document_id, 0) + n
        documents_of_code_coder[code_id, coder_id] += 1
        coder_codings[coder_id] += n
        coder_documents[coder_id].add(document_id)
        document_codings[document_id] += n
        document_codes[document_id].add(code_id)
    rows_of_code: dict[int, list[tuple]] = defaultdict(list)
    if options.quotes:
        for row in rows:
            rows_of_code[row[2]].append(row)

    texts = _TextCache(db)
    turns = _Turns(db)
    paths = _paths(tree, db)
    depths = _relative_depths(tree, code_set)
    numbers = _outline_numbers(tree, code_set)
    below = _with_subcodes(tree, code_set, by_code)
    memos = all_memos(db) if options.memos else []
    author = {c.id: c.name for c in all_coders}

    codes = []
    for code, _ in tree:
        quotes = [
            Quote(row[0], document_name[row[1]], turns.speaker(row[1], row[4], row[5]), row[4], row[5],
                  texts.slice(row[1], row[4], row[5]), coder_name[row[3]], row[6] if options.memos else "")
            for row in _pick_quotes(rows_of_code.get(code.id, []), options.quotes)
        ]
        per_document = by_code_document.get(code.id, {})
        codes.append(CodeEntry(
            id=code.id,
            parent_id=code.parent_id if code.parent_id in code_set else None,
            name=code.name, path=paths[code.id], depth=depths[code.id], number=numbers[code.id],
            color=safe_colour(code.color, "#9e9e9e"), description=code.description, definition=code.definition,
            inclusion=code.inclusion, exclusion=code.exclusion, example=code.example,
            codings=by_code[code.id], documents=len(per_document),
            codings_with_subcodes=below[code.id],
            by_coder={c.name: by_code_coder[code.id, c.id] for c in coder_list},
            documents_by_coder={c.name: documents_of_code_coder[code.id, c.id] for c in coder_list},
            by_document={document_name[d]: per_document[d]
                         for d in sorted(per_document, key=document_order.__getitem__)},
            quotes=quotes,
            memos=[_memo(m, author) for m in memos if m.code_id == code.id],
        ))

    coders = [
        CoderEntry(c.id, c.name, safe_colour(c.color, CODER_PALETTE[index % len(CODER_PALETTE)]),
                   coder_codings[c.id], len(coder_documents[c.id]))
        for index, c in enumerate(coder_list)
    ]
    attributes = all_attributes(db)
    documents = [
        DocumentEntry(d.id, d.name, d.length, d.source_name, attributes.get(d.id, {}), document_codings[d.id],
                      len(document_codes[d.id]),
                      [_memo(m, author) for m in memos if m.document_id == d.id])
        for d in document_list
    ]
    attribute_keys = sorted({k for d in documents for k in d.attributes})

    segments = None
    if options.segments:
        code_name = {code.id: code.name for code, _ in tree}
        segments = [
            SegmentRow(row[0], document_name[row[1]], code_name[row[2]], paths[row[2]], coder_name[row[3]],
                       row[4], row[5], turns.speaker(row[1], row[4], row[5]), texts.slice(row[1], row[4], row[5]),
                       row[6] if options.memos else "")
            for row in rows
        ]

    model = ReportModel(
        title=title or meta.get("title", ""),
        description=meta.get("description", ""),
        generated_at=now(),
        accord_version=__version__,
        options=options,
        filters=_describe_filters(options, tree, coder_list, document_list, len(all_coders), len(all_documents)),
        coders=coders,
        documents=documents,
        attribute_keys=attribute_keys,
        codes=codes,
        total_codings=len(rows),
        cooccurrence=_cooccurrence(rows, code_ids),
        project_memos=[_memo(m, author) for m in memos if m.document_id is None and m.code_id is None],
        segments=segments,
    )
    if options.agreement and len(coder_list) > 1:
        from .agreement import agreement_section

        model.agreement = agreement_section(db, options, model)
    return model


def safe_colour(colour: str, fallback: str) -> str:
    """A colour as '#rrggbb' (lower case), or the fallback: colours go into styles and files unescaped."""
    colour = (colour or "").strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", colour):
        colour = "#" + "".join(ch * 2 for ch in colour[1:])
    return colour.lower() if re.fullmatch(r"#[0-9a-fA-F]{6}", colour) else fallback


def _ref(ref: str | int) -> str | int:
    return ref.strip() if isinstance(ref, str) else ref


def _memo(memo, author: dict[int, str]) -> MemoEntry:
    return MemoEntry(memo.id, memo.title, memo.text, author.get(memo.coder_id, ""), memo.created_at, memo.updated_at)


def _paths(tree: list[tuple[Code, int]], db: Database) -> dict[int, str]:
    """Full codebook paths, also for codes whose ancestors are outside the selection."""
    names = {row[0]: (row[1], row[2]) for row in db.execute("SELECT id, parent_id, name FROM codes")}
    paths: dict[int, str] = {}

    def path(code_id: int) -> str:
        if code_id not in paths:
            parent_id, name = names[code_id]
            paths[code_id] = name if parent_id is None else f"{path(parent_id)}/{name}"
        return paths[code_id]

    for code, _ in tree:
        path(code.id)
    return paths


def _relative_depths(tree: list[tuple[Code, int]], chosen: set[int]) -> dict[int, int]:
    """Depth counting only ancestors that are in the report."""
    depths: dict[int, int] = {}
    for code, _ in tree:  # parents come before their children
        depths[code.id] = depths[code.parent_id] + 1 if code.parent_id in chosen else 0
    return depths


def _outline_numbers(tree: list[tuple[Code, int]], chosen: set[int]) -> dict[int, str]:
    numbers: dict[int, str] = {}
    children: Counter = Counter()
    for code, _ in tree:
        parent = code.parent_id if code.parent_id in chosen else None
        children[parent] += 1
        prefix = numbers[parent] + "." if parent is not None else ""
        numbers[code.id] = f"{prefix}{children[parent]}"
    return numbers


def _with_subcodes(tree: list[tuple[Code, int]], chosen: set[int], counts: Counter) -> dict[int, int]:
    totals = {code.id: counts[code.id] for code, _ in tree}
    for code, _ in reversed(tree):  # children before their parents
        if code.parent_id in chosen:
            totals[code.parent_id] += totals[code.id]
    return totals


def _pick_quotes(rows: list[tuple], limit: int) -> list[tuple]:
    """Up to `limit` codings, spread over documents (one from each in turn), no two overlapping.

    `rows` are in report order (document, then start), so documents come as runs;
    only as many runs are read as the rounds need.
    """
    if limit <= 0 or not rows:
        return []
    runs: list[list[tuple]] = []
    picked: list[tuple] = []
    for _, run in groupby(rows, key=itemgetter(1)):
        run = list(run)
        runs.append(run)
        picked.append(run[0])  # the first quote of a document cannot overlap one from another document
        if len(picked) == limit:
            return picked
    positions = [1] * len(runs)
    while len(picked) < limit:
        progress = False
        for i, run in enumerate(runs):
            while positions[i] < len(run):
                row = run[positions[i]]
                positions[i] += 1
                if not any(p[1] == row[1] and p[4] < row[5] and row[4] < p[5] for p in picked):
                    picked.append(row)
                    progress = True
                    break
            if len(picked) == limit:
                break
        if not progress:
            break
    first = {run[0][1]: index for index, run in enumerate(runs)}
    return sorted(picked, key=lambda r: (first[r[1]], r[4], r[5], r[0]))


def _cooccurrence(rows: list[tuple], code_ids: list[int]) -> Cooccurrence:
    """Pairs of codings by the same coder, in the same document, whose spans overlap.

    `rows` are in document order, then by start: one sweep keeps, for each coder of
    the current document, the codings that may still overlap the next one.
    """
    index = {code_id: i for i, code_id in enumerate(code_ids)}
    matrix = [[0] * len(code_ids) for _ in code_ids]
    counts: Counter[tuple[int, int]] = Counter()
    current, active = None, {}
    for row in rows:
        if row[1] != current:
            current, active = row[1], {}
        coder = row[3]
        earlier = active.get(coder)
        if earlier:
            start, end, code = row[4], row[5], row[2]
            earlier = [o for o in earlier if o[5] > start]
            for other in earlier:
                if other[2] != code and other[4] < end:
                    counts[(other[2], code) if other[2] < code else (code, other[2])] += 1
            earlier.append(row)
            active[coder] = earlier
        else:
            active[coder] = [row]
    for (a, b), n in counts.items():
        matrix[index[a]][index[b]] = matrix[index[b]][index[a]] = n
    pairs = sorted(((a, b, n) for (a, b), n in counts.items()), key=lambda p: (-p[2], index[p[0]], index[p[1]]))
    return Cooccurrence(list(code_ids), matrix, pairs)


def _describe_filters(options: ReportOptions, tree, coders, documents, all_coders: int,
                      all_documents: int) -> list[str]:
    filters = []
    if options.codes:
        filters.append(f"Codes: {', '.join(str(c) for c in options.codes)} and their sub-codes "
                       f"({len(tree)} code{'s' if len(tree) != 1 else ''})")
    if options.coders:
        filters.append(f"Coders: {', '.join(c.name for c in coders)} (of {all_coders})")
    if options.documents:
        filters.append(f"Documents: {', '.join(d.name for d in documents)} (of {all_documents})")
    return filters


class _TextCache:
    """Document texts, each read once, only when a quote or segment needs it."""

    def __init__(self, db: Database):
        self.db = db
        self.texts: dict[int, str] = {}

    def slice(self, document_id: int, start: int, end: int) -> str:
        text = self.texts.get(document_id)
        if text is None:
            text = self.texts[document_id] = self.db.execute(
                "SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        return text[start:end]


class _Turns:
    """The speaker at a position, from each document's turns (read when first needed)."""

    def __init__(self, db: Database):
        self.db = db
        self.turns: dict[int, tuple[list[int], list[tuple[int, int, str]]]] = {}

    def speaker(self, document_id: int, start: int, end: int) -> str:
        if document_id not in self.turns:
            rows = self.db.execute(
                'SELECT start, "end", speaker FROM turns WHERE document_id = ? ORDER BY start', [document_id]
            ).fetchall()
            self.turns[document_id] = ([r[0] for r in rows], rows)
        starts, rows = self.turns[document_id]
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < rows[i][1]:
            return rows[i][2]
        if i + 1 < len(rows) and rows[i + 1][0] < end:  # starts in the gap before a turn
            return rows[i + 1][2]
        return ""


# -- agreement -----------------------------------------------------------------
def agreement_from_json(data: dict, model: ReportModel | None = None) -> AgreementSection:
    """Read the agreement engine's JSON (see AGREEMENT_SHAPE) into an AgreementSection."""
    paths = {c.id: c.path for c in model.codes} if model else {}
    names = {c.id: c.name for c in model.codes} if model else {}

    def row(item: dict) -> AgreementRow:
        interval = item.get("alpha_ci") or item.get("alpha_interval") or [None, None]
        code_id = item.get("code_id")
        name = item.get("code") or names.get(code_id, "")
        return AgreementRow(
            code=name, path=item.get("path") or paths.get(code_id, name), code_id=code_id,
            percent=_number(item.get("percent_agreement", item.get("percent"))),
            kappa=_number(item.get("kappa")), alpha=_number(item.get("alpha")),
            alpha_low=_number(item.get("alpha_low", interval[0])),
            alpha_high=_number(item.get("alpha_high", interval[1])),
            units=item.get("units", item.get("n")),
            kappa_low=_number((item.get("kappa_ci") or [None, None])[0]),
            kappa_high=_number((item.get("kappa_ci") or [None, None])[1]),
        )

    rows = [row(item) for item in data.get("codes", [])]
    if model is not None:  # codebook order, only codes in the report
        order = {c.id: i for i, c in enumerate(model.codes)}
        rows = sorted((r for r in rows if r.code_id is None or r.code_id in order),
                      key=lambda r: order.get(r.code_id, len(order)))
    overall = data.get("overall")
    return AgreementSection(
        coders=list(data.get("coders", model.coder_names if model else [])),
        unit=str(data.get("unit", "")),
        rows=rows,
        overall=row(overall) if overall else None,
        methods=str(data.get("methods", "")),
        interval=str(data.get("interval", "95 % interval")),
        notes=[str(n) for n in data.get("notes", [])],
        kappa_label=str(data.get("kappa_label", "Cohen's κ")),
        references=[str(r) for r in data.get("references", [])],
    )


def _number(value) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# What the renderers read about agreement (reports.agreement makes it from the engine's result).
# Fractions are 0..1; any figure may be null (undefined, e.g. no variation). "units": characters
# coded by at least one coder (two coders only). The overall row is the pooled kappa.
AGREEMENT_SHAPE = {
    "coders": ["Ana", "Ben"],
    "unit": "character",
    "kappa_label": "Cohen's κ",
    "interval": "α 95 % interval",
    "codes": [{"code_id": 3, "code": "Loneliness", "path": "Settling in/Loneliness",
               "percent_agreement": 0.984, "kappa": 0.67, "alpha": 0.67, "alpha_ci": [0.50, 0.92],
               "units": 841}],
    "overall": {"percent_agreement": 0.99, "kappa": 0.71, "kappa_ci": [0.66, 0.75], "alpha": None},
    "methods": "Two coders (Ana and Ben) coded 4 documents ... independently ...",
    "references": ["Cohen, J. (1960). A coefficient of agreement for nominal scales. ..."],
    "notes": ["Used by one coder only: Housing and money (Ana)."],
}
