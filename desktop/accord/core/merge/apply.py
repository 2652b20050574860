"""Writing a merge plan into the target (`apply_plan`), inside the caller's command: the coders to
add (keeping the source row's `created_at`, which marks them as the same coder in later merges), the
missing codes under their matched parents with their GUIDs (a renamed or moved code is reported, and
keeps the target's name and place), the unmatched documents with their turns, the attributes
the target lacks, the codings (joined with an overlapping one of the same coder and code, as when
coding by hand) and the memos, each counted in the `MergeReport`; then, if anything changed, the
provenance record. It adds and never removes.
"""

from __future__ import annotations

import json
import re

from sqlite_utils import Database

from ..clock import now
from ..codebook import PATH_SEPARATOR, code_path, create_code, free_code_guid, get_code
from ..coders import add_coder
from ..codings import apply_code
from ..documents import add_document, document_length, free_document_name
from ..spans import check_span
from .matching import DocumentMatch, covered
from .plan import CoderPlan, MergePlan
from .provenance import record_provenance
from .report import MergeReport
from .source import Source, SourceDocument

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def apply_plan(db: Database, source: Source, plan: MergePlan, report: MergeReport) -> None:
    """Write what the plan decided into the target, counting it in `report`; the caller's command wraps it."""
    code_ids = dict(plan.codes)  # completed with the codes created
    coder_ids = _merge_coders(db, source, plan.coders, report)
    _merge_codes(db, source, code_ids, plan.code_names, report)
    document_ids = _merge_documents(db, source, plan.documents, report)
    _merge_codings(db, source, plan.documents, document_ids, code_ids, coder_ids, report)
    _merge_memos(db, source, document_ids, code_ids, coder_ids, report)
    if report.changed:
        record_provenance(db, source, {p.source.name: p.name for p in plan.coders}, report)


def _merge_coders(db: Database, source: Source, plans: list[CoderPlan], report: MergeReport) -> dict[int, int]:
    coder_ids = {}
    for plan in plans:
        if plan.name != plan.source.name:
            report.coders_renamed += 1
            report.renamed_coders[plan.source.name] = plan.name
        if plan.target_id is not None:
            coder_ids[plan.source.id] = plan.target_id
            report.coders_matched += 1
            continue
        coder = add_coder(db, plan.name, plan.source.color, plan.source.role)
        # The same created_at marks the row as the same coder in later merges of this source.
        db.execute("UPDATE coders SET created_at = ? WHERE id = ?", [plan.source.created_at, coder.id])
        coder_ids[plan.source.id] = coder.id
        report.coders_added += 1
        report.added_coders.append(plan.name)
    return coder_ids


def _merge_codes(db: Database, source: Source, code_ids: dict[int, int], names: dict[int, str],
                 report: MergeReport) -> None:
    for code in source.codes:  # parents come first
        parent = code_ids[code.parent_id] if code.parent_id is not None else None
        if code.id in code_ids:
            report.codes_matched += 1
            target = get_code(db, code_ids[code.id])
            if target.name != code.path[-1] or target.parent_id != parent:
                # The same code (by GUID) renamed or moved: the target keeps its name and place.
                report.renamed_codes[code_path(db, target.id)] = PATH_SEPARATOR.join(code.path)
            continue
        color = code.color if _COLOUR.fullmatch(code.color or "") else None
        name = names.get(code.id, code.path[-1])
        created = create_code(db, name, parent=parent, color=color, guid=free_code_guid(db, code.guid),
                              **code.texts)
        db.execute("UPDATE codes SET created_at = ? WHERE id = ?", [code.created_at, created.id])
        code_ids[code.id] = created.id
        report.codes_added += 1
        report.added_codes.append(PATH_SEPARATOR.join(code.path))
        if name != code.path[-1]:
            report.warnings.append(
                f"code {PATH_SEPARATOR.join(code.path)!r} of the source is not the target's code of that path, "
                f"which the source renamed; added as {code_path(db, created.id)!r}")


def _merge_documents(db: Database, source: Source, matches: dict[int, DocumentMatch],
                     report: MergeReport) -> dict[int, int]:
    """Add the unmatched documents and the attributes the target lacks; source id -> target id."""
    skipped = _count_by_document(source)
    document_ids = {}
    for document in source.documents:
        match = matches[document.id]
        if match.how == "add":
            name = free_document_name(db, document.name)
            try:
                notes = json.loads(document.import_notes or "{}")
            except ValueError:
                notes = {}
            added = add_document(db, name, source.texts[document.id], source_name=document.source_name,
                                 source_format=document.source_format, notes=notes if isinstance(notes, dict) else {},
                                 turns=source.turns.get(document.id, []))
            db.execute("UPDATE documents SET imported_at = ? WHERE id = ?", [document.imported_at, added.id])
            document_ids[document.id] = added.id
            report.documents_added += 1
            report.added_documents.append(name)
            if name != document.name:
                report.warnings.append(
                    f"document {document.name!r} was added as {name!r}: the target's {document.name!r} "
                    "has the text of another document")
        else:
            document_ids[document.id] = match.target_id
            if match.how == "hash":
                report.documents_matched_by_hash += 1
            else:
                report.documents_matched_by_name += 1
                count = skipped.get(document.id, 0)
                report.warnings.append(
                    f"document {document.name!r} matched by name but its text differs — its codings were not "
                    f"merged ({count} skipped)")
        _merge_attributes(db, document, document_ids[document.id], source.attributes.get(document.id, {}), report)
    return document_ids


def _count_by_document(source: Source) -> dict[int, int]:
    counts: dict[int, int] = {}
    for coding in source.codings:
        counts[coding.document_id] = counts.get(coding.document_id, 0) + 1
    return counts


def _merge_attributes(db: Database, document: SourceDocument, target_id: int, attributes: dict[str, str],
                      report: MergeReport) -> None:
    present = dict(db.execute("SELECT key, value FROM attributes WHERE document_id = ?", [target_id]).fetchall())
    for key, value in attributes.items():
        if key not in present:
            db.execute("INSERT INTO attributes(document_id, key, value) VALUES (?, ?, ?)", [target_id, key, value])
            report.attributes_added += 1
        elif present[key] != value:
            report.warnings.append(
                f"document {document.name!r}: attribute {key!r} is {present[key]!r} in the target and {value!r} "
                "in the source; kept the target's")


def _merge_codings(db: Database, source: Source, matches: dict[int, DocumentMatch], document_ids: dict[int, int],
                   code_ids: dict[int, int], coder_ids: dict[int, int], report: MergeReport) -> None:
    for coding in source.codings:
        if matches[coding.document_id].how == "name":
            report.codings_skipped += 1
            continue
        document_id = document_ids[coding.document_id]
        code_id, coder_id = code_ids[coding.code_id], coder_ids[coding.coder_id]
        around = [
            tuple(row) for row in db.execute(
                'SELECT start, "end", memo FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? '
                'AND start <= ? AND "end" >= ?',
                [document_id, code_id, coder_id, coding.end, coding.start],
            )
        ]
        if covered(around, coding.start, coding.end, coding.memo):
            report.codings_already_present += 1
            continue
        report.codings_added += 1
        if coding.start < coding.end and any(s < coding.end and e > coding.start for s, e, _ in around):
            # Overlaps a coding of the same coder and code: joined with it, as when coding by hand.
            apply_code(db, document_id, code_id, coder_id, coding.start, coding.end, coding.memo, coding.origin)
        else:  # a coding of its own, with the date it was first made
            check_span(coding.start, coding.end, document_length(db, document_id), allow_empty=True)
            db.execute(
                'INSERT INTO codings(document_id, code_id, coder_id, start, "end", memo, created_at, origin) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [document_id, code_id, coder_id, coding.start, coding.end, coding.memo, coding.created_at or now(),
                 coding.origin],
            )


def _merge_memos(db: Database, source: Source, document_ids: dict[int, int], code_ids: dict[int, int],
                 coder_ids: dict[int, int], report: MergeReport) -> None:
    for memo in source.memos:
        document_id = document_ids[memo.document_id] if memo.document_id is not None else None
        code_id = code_ids[memo.code_id] if memo.code_id is not None else None
        if db.execute(
            "SELECT 1 FROM memos WHERE document_id IS ? AND code_id IS ? AND title = ? AND text = ?",
            [document_id, code_id, memo.title, memo.text],
        ).fetchone():
            report.memos_already_present += 1
            continue
        coder_id = coder_ids.get(memo.coder_id) if memo.coder_id is not None else None
        db.execute(
            "INSERT INTO memos(document_id, code_id, coder_id, title, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [document_id, code_id, coder_id, memo.title, memo.text, memo.created_at, memo.updated_at],
        )
        report.memos_added += 1
