"""The plan of a merge, decided before anything is written (`plan_merge` -> `MergePlan`): the
requested coder renames checked, the codes matched, and for each source coder whether it is a target
coder or is to be added under its (possibly new) name (`CoderPlan`). A name is not enough to make two
coders one person (the rules are in the package docstring); a source coder whose name is taken by what
looks like another coder raises `CoderClash`, naming a free name to rename it to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from ..errors import InvalidValue
from .matching import DocumentMatch, covered, free_name, match_codes
from .provenance import merge_history
from .report import Clash, CoderClash, clash_message
from .source import Source, SourceCoder


@dataclass(frozen=True)
class CoderPlan:
    source: SourceCoder
    name: str  # its name in the target
    target_id: int | None  # None: to be added


@dataclass(frozen=True)
class MergePlan:
    """What a merge will bring in, and as which target items."""

    documents: dict[int, DocumentMatch]  # source document id -> its match
    codes: dict[int, int]  # source code id -> target id, for the codes the target has
    code_names: dict[int, str]  # source code id -> the name it is added under, where its own is taken
    coders: list[CoderPlan]  # in the source's order


def plan_merge(db: Database, source: Source, documents: dict[int, DocumentMatch],
               rename_coders: Mapping[str, str]) -> MergePlan:
    """Check the renames, match the codes and decide on the coders; InvalidValue (CoderClash) if they do not fit."""
    renames = checked_renames(source, rename_coders)
    codes = match_codes(db, source)  # source code id -> target id; missing: not yet created
    return MergePlan(documents, codes.ids, codes.names, plan_coders(db, source, renames, documents, codes.ids))


def checked_renames(source: Source, renames: Mapping[str, str]) -> dict[str, str]:
    names = [c.name for c in source.coders]
    checked: dict[str, str] = {}
    for old, new in renames.items():
        if old not in names:
            known = ", ".join(repr(n) for n in names) or "none"
            raise InvalidValue(f"{source.path}: has no coder named {old!r} to rename (its coders: {known})")
        new = new.strip()
        if not new:
            raise InvalidValue(f"the new name for coder {old!r} is blank")
        checked[old] = new
    wanted: dict[str, str] = {}
    for name in names:
        final = checked.get(name, name)
        if final in wanted:
            raise InvalidValue(
                f"{source.path}: coders {wanted[final]!r} and {name!r} would both be named {final!r} in the target; "
                "give them different names")
        wanted[final] = name
    return checked


def plan_coders(db: Database, source: Source, renames: dict[str, str],
                matches: dict[int, DocumentMatch], code_ids: dict[int, int]) -> list[CoderPlan]:
    """Decide, before anything is written, which source coders are target coders; raise CoderClash otherwise."""
    existing = {name: (coder_id, created_at)
                for coder_id, name, created_at in db.execute("SELECT id, name, created_at FROM coders")}
    plans, clashes = [], []
    for coder in source.coders:
        name = renames.get(coder.name, coder.name)
        if name not in existing:
            plans.append(CoderPlan(coder, name, None))
            continue
        target_id, target_created_at = existing[name]
        incoming = _translated_codings(source, coder.id, matches, code_ids)
        present = _codings_by_place(db, target_id)
        adds_nothing = all(place is not None and covered(present.get(place, []), start, end, memo)
                           for place, start, end, memo in incoming)
        same_row = target_created_at == coder.created_at
        if adds_nothing or (same_row and _all_still_in_source(present, incoming)):
            plans.append(CoderPlan(coder, name, target_id))
        else:
            clashes.append(Clash(coder.name, name, _free_coder_name(db, source, coder.name),
                                 _previous_name(db, source, coder.name, name)))
    if clashes:
        raise CoderClash(clash_message(source.path, clashes), source.path, clashes)
    return plans


Place = tuple[int, int]  # (target document id, target code id)


def _translated_codings(source: Source, coder_id: int, matches: dict[int, DocumentMatch],
                        code_ids: dict[int, int]) -> list[tuple[Place | None, int, int, str]]:
    """A source coder's transferable codings, placed in the target (None: on a document or code still to add)."""
    result = []
    for coding in source.codings:
        if coding.coder_id != coder_id:
            continue
        match = matches[coding.document_id]
        if match.how == "name":
            continue  # skipped anyway
        code_id = code_ids.get(coding.code_id)
        place = (match.target_id, code_id) if match.target_id is not None and code_id is not None else None
        result.append((place, coding.start, coding.end, coding.memo))
    return result


def _codings_by_place(db: Database, coder_id: int) -> dict[Place, list[tuple[int, int, str]]]:
    grouped: dict[Place, list[tuple[int, int, str]]] = {}
    for document_id, code_id, start, end, memo in db.execute(
        'SELECT document_id, code_id, start, "end", memo FROM codings WHERE coder_id = ?', [coder_id]
    ):
        grouped.setdefault((document_id, code_id), []).append((start, end, memo))
    return grouped


def _all_still_in_source(present: dict[Place, list[tuple[int, int, str]]],
                         incoming: list[tuple[Place | None, int, int, str]]) -> bool:
    """Whether each of the target coder's codings lies within one of the source coder's."""
    spans: dict[Place, list[tuple[int, int]]] = {}
    for place, start, end, _memo in incoming:
        if place is not None:
            spans.setdefault(place, []).append((start, end))
    return all(
        any(s <= start and end <= e for s, e in spans.get(place, []))
        for place, codings in present.items() for start, end, _memo in codings
    )


def _free_coder_name(db: Database, source: Source, name: str) -> str:
    taken = {row[0] for row in db.execute("SELECT name FROM coders")} | {c.name for c in source.coders}
    return free_name(name, source, taken)


def _previous_name(db: Database, source: Source, source_name: str, name: str) -> str | None:
    for record in reversed(merge_history(db)):
        about, coders = record.get("source"), record.get("coders")
        if not isinstance(about, dict) or not isinstance(coders, dict):
            continue
        if about.get("title") == source.title and about.get("created_at") == source.created_at:
            previous = coders.get(source_name)
            if isinstance(previous, str) and previous != name:
                return previous
    return None
