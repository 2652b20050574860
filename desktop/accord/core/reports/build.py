"""Building the report model from a project: `build_report(db, ReportOptions(...))` resolves the
selections, reads the codings once and counts them (by code, coder and document), lays out the
codebook (paths, outline numbers, depths, counts with sub-codes), picks the quotes, counts the
co-occurrences, describes the filters in force and adds the agreement section; the result is a
`ReportModel` that every renderer and the GUI read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from operator import itemgetter

from sqlite_utils import Database

from ... import __version__
from ..attributes import all_attributes
from ..clock import now
from ..codebook import Code, code_tree, descendant_ids, resolve_code
from ..coders import CODER, list_coders, resolve_coder
from ..documents import list_documents, resolve_document
from ..language import Report, fill, using
from ..memos import all_memos
from ..turn_times import TurnTimes
from ..analysis.relations import relations
from ..analysis.speakers import speaker_pieces, speakers_in_order
from .agreement_engine import agreement_section
from .model import (
    CODER_PALETTE, CodeEntry, CoderEntry, Cooccurrence, DocumentEntry, MemoEntry, Quote, ReportModel, ReportOptions,
    SegmentRow, SpeakerCounts, safe_colour,
)
from .quotes import TextCache, Turns, pick_quotes


def build_report(db: Database, options: ReportOptions | None = None, *, title: str | None = None) -> ReportModel:
    """Read the project into a ReportModel. Unknown codes, coders or documents raise NotFound.

    The text the model holds (the methods paragraph, the filters) is in `options.language`.
    """
    options = options or ReportOptions()
    with using(options.language):
        return _build(db, options, title)


def _build(db: Database, options: ReportOptions, title: str | None) -> ReportModel:
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
    else:  # "all coders" means those who code: a consensus is reported only when named
        coder_list = [c for c in all_coders if c.role == CODER] or all_coders
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
    if options.codes or options.documents or len(coder_list) != len(all_coders):
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

    texts = TextCache(db)
    turns = Turns(db)
    times = TurnTimes(db)
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
                  texts.slice(row[1], row[4], row[5]), coder_name[row[3]], row[6] if options.memos else "",
                  times.time(row[1], row[4], row[5]))
            for row in pick_quotes(rows_of_code.get(code.id, []), options.quotes)
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
                       row[6] if options.memos else "", times.time(row[1], row[4], row[5]))
            for row in rows
        ]

    model = ReportModel(
        title=title or meta.get("title", ""),
        description=meta.get("description", ""),
        generated_at=now(),
        accord_version=__version__,
        options=options,
        filters=_describe_filters(options, tree, coder_list, document_list, all_coders, len(all_documents)),
        coders=coders,
        documents=documents,
        attribute_keys=attribute_keys,
        codes=codes,
        total_codings=len(rows),
        cooccurrence=_cooccurrence(db, code_ids, [c.id for c in coder_list], [d.id for d in document_list]),
        project_memos=[_memo(m, author) for m in memos if m.document_id is None and m.code_id is None],
        segments=segments,
        by_speaker=_by_speaker(db, code_ids, [c.id for c in coder_list], [d.id for d in document_list]),
    )
    if options.agreement and len(coder_list) > 1:
        model.agreement = agreement_section(db, options, model)
    return model


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


def _cooccurrence(db: Database, code_ids: list[int], coder_ids: list[int], document_ids: list[int]) -> Cooccurrence:
    """Places where two codes overlap: the one definition of core/analysis/relations."""
    if not code_ids:
        return Cooccurrence([], [], [])
    found = relations(db, coders=coder_ids, documents=document_ids, codes=code_ids)
    index = {code_id: i for i, code_id in enumerate(found.code_ids)}
    order = [index[c] for c in code_ids]   # the report's order (codebook order as well)
    matrix = [[found.matrix[i][j] for j in order] for i in order]
    return Cooccurrence(list(code_ids), matrix, found.pairs)


def _by_speaker(db: Database, code_ids: list[int], coder_ids: list[int],
                document_ids: list[int]) -> SpeakerCounts | None:
    """Codings per code and speaker (each coding once per speaker it touches); None without turns."""
    speakers = speakers_in_order(db, document_ids)
    if not speakers:
        return None
    seen: set[tuple[int, str]] = set()
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for piece in speaker_pieces(db, coder_ids=coder_ids, document_ids=document_ids, code_ids=code_ids):
        if (piece.coding_id, piece.speaker) not in seen:
            seen.add((piece.coding_id, piece.speaker))
            row = counts[piece.code_id]
            row[piece.speaker] = row.get(piece.speaker, 0) + 1
    return SpeakerCounts(speakers, dict(counts))


def _describe_filters(options: ReportOptions, tree, coders, documents, all_coders: list,
                      all_documents: int) -> list[str]:
    filters = []
    if options.codes:
        filters.append(fill(Report.tr("Codes: %1 and their sub-codes (%2)"), ", ".join(str(c) for c in options.codes),
                            Report.tr("%Ln code(s)", "", len(tree))))
    if options.coders:
        filters.append(fill(Report.tr("Coders: %1 (of %2)"), ", ".join(c.name for c in coders), len(all_coders)))
    elif len(coders) != len(all_coders):
        left_out = [c.name for c in all_coders if c not in coders]
        filters.append(fill(Report.tr("Coders: %1 (consensus left out: %2)"), ", ".join(c.name for c in coders),
                            ", ".join(left_out)))
    if options.documents:
        filters.append(fill(Report.tr("Documents: %1 (of %2)"), ", ".join(d.name for d in documents), all_documents))
    return filters
