"""What to compare: the options of an agreement run and the coders, codes and documents they select."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from sqlite_utils import Database

from ..codebook import PATH_SEPARATOR, list_codes, resolve_code
from ..coders import CODER, coders_with_codings, resolve_coder
from ..documents import resolve_document
from ..errors import InvalidValue

Ref = str | int
BOOTSTRAP_UNITS = ("document", "turn")


@dataclass(frozen=True)
class AgreementOptions:
    """Options of `compute_agreement` (all optional).

    coders: the coders to compare, by name or id, in the order pairs are named
        ("A|B"); default: every coder of role `coder` with at least one coding, by id
        (a consensus is compared only when named).
    codes: exactly these codes (sub-codes are NOT included); default: every code.
    documents: only these documents; default: every document, in project order.
    trim_whitespace: move each coding's ends inward past whitespace first.
    overlap: the share of |s ∩ t| / (max end − min start) at which two segments
        match in MAXQDA-style segment matching (0 < overlap ≤ 1).
    bootstrap: resamples for intervals (0: no bootstrap).
    bootstrap_unit: what the bootstrap resamples: "document" (default) or "turn" (speaker
        turns; a choice for studies of a few long transcripts, see `turn_units`).
    seed: the seed of the bootstrap's random numbers.
    """

    coders: tuple[Ref, ...] | None = None
    codes: tuple[Ref, ...] | None = None
    documents: tuple[Ref, ...] | None = None
    trim_whitespace: bool = False
    overlap: float = 0.9
    bootstrap: int = 0
    seed: int = 1
    bootstrap_unit: str = "document"

    def check(self) -> None:
        if not isinstance(self.overlap, (int, float)) or not 0 < self.overlap <= 1:
            raise InvalidValue(f"the overlap must be a share above 0 and at most 1, not {self.overlap!r}")
        if not isinstance(self.bootstrap, int) or self.bootstrap < 0:
            raise InvalidValue(f"the number of bootstrap resamples must be 0 or more, not {self.bootstrap!r}")
        if self.bootstrap_unit not in BOOTSTRAP_UNITS:
            raise InvalidValue(f"the bootstrap resamples documents or turns ({' or '.join(BOOTSTRAP_UNITS)}), "
                               f"not {self.bootstrap_unit!r}")
        for name in ("coders", "codes", "documents"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, (str, int)) or not hasattr(value, "__iter__")):
                raise InvalidValue(f"{name} must be a list of names or ids, not {value!r}")

    def overlap_fraction(self) -> Fraction:
        """The overlap as an exact fraction (0.9 is 9/10, not the float just above it)."""
        return Fraction(repr(float(self.overlap))).limit_denominator(10**9)


@dataclass(frozen=True)
class Selection:
    """Ids, display names and lengths of what an agreement run compares."""

    coder_ids: tuple[int, ...]
    coder_names: tuple[str, ...]
    code_ids: tuple[int, ...]
    code_names: tuple[str, ...]  # the name, or the path where two codes share a name
    all_codes: bool  # no code filter: every code of the codebook
    document_ids: tuple[int, ...]
    document_names: tuple[str, ...]
    document_lengths: np.ndarray  # int64, in document order
    all_documents: bool

    @property
    def pairs(self) -> list[tuple[int, int]]:
        m = len(self.coder_ids)
        return [(i, j) for i in range(m) for j in range(i + 1, m)]

    def pair_key(self, i: int, j: int) -> str:
        return f"{self.coder_names[i]}|{self.coder_names[j]}"


def _unique(refs, resolve) -> list[int]:
    ids: list[int] = []
    for ref in refs:
        found = resolve(ref)
        if found not in ids:
            ids.append(found)
    return ids


def code_keys(db: Database, code_ids: list[int]) -> dict[int, str]:
    """How reports name codes: the name, or the full path when another code has the same name."""
    codes = {code.id: code for code in list_codes(db)}
    counts = Counter(code.name for code in codes.values())

    def path(cid: int) -> str:
        names = []
        while cid is not None:
            names.append(codes[cid].name)
            cid = codes[cid].parent_id
        return PATH_SEPARATOR.join(reversed(names))

    return {cid: (codes[cid].name if counts[codes[cid].name] == 1 else path(cid)) for cid in code_ids}


def resolve_selection(db: Database, options: AgreementOptions) -> Selection:
    options.check()
    if options.coders is None:  # "all coders": those who code, not a consensus (compared only when named)
        coder_rows = [(c.id, c.name) for c in coders_with_codings(db) if c.role == CODER]
    else:
        ids = _unique(options.coders, lambda ref: resolve_coder(db, ref))
        names = dict(db.execute(f"SELECT id, name FROM coders WHERE id IN ({','.join('?' * len(ids))})", ids))
        coder_rows = [(cid, names[cid]) for cid in ids]
    if len(coder_rows) < 2:
        raise InvalidValue("agreement needs at least two coders"
                           + ("" if options.coders is not None else
                              " with codings (a consensus coder is compared only when named)"))

    if options.codes is None:
        code_ids = [code.id for code in list_codes(db)]
    else:
        code_ids = _unique(options.codes, lambda ref: resolve_code(db, ref))
    keys = code_keys(db, code_ids)

    rows = db.execute("SELECT id, name, length FROM documents ORDER BY position, id").fetchall()
    if options.documents is not None:
        wanted = _unique(options.documents, lambda ref: resolve_document(db, ref))
        by_id = {row[0]: row for row in rows}
        rows = [by_id[doc_id] for doc_id in wanted]
    return Selection(
        coder_ids=tuple(r[0] for r in coder_rows),
        coder_names=tuple(r[1] for r in coder_rows),
        code_ids=tuple(code_ids),
        code_names=tuple(keys[cid] for cid in code_ids),
        all_codes=options.codes is None,
        document_ids=tuple(r[0] for r in rows),
        document_names=tuple(r[1] for r in rows),
        document_lengths=np.array([r[2] for r in rows], dtype=np.int64),
        all_documents=options.documents is None,
    )
