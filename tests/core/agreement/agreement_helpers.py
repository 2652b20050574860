"""Helpers for the agreement tests: small in-memory projects and brute-force references.

The references work character by character on tiny texts (fine in tests; the engine
never does) and use the general coefficient functions with exact fractions.
"""

from __future__ import annotations

from fractions import Fraction

from accord.core.agreement.coefficients import Undefined, cohen_kappa, fleiss_kappa, krippendorff_alpha
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.documents import add_document
from accord.core.project import Project


def make_project(documents: dict[str, str], coders=("A", "B"), codes=("X",)) -> Project:
    project = Project.in_memory(undo=False)
    with project.command("setup"):
        for name in coders:
            add_coder(project.db, name)
        for name, text in documents.items():
            add_document(project.db, name, text)
        for name in codes:
            create_code(project.db, name)
    return project


def insert(db, document: str, code: str, coder: str, start: int, end: int) -> int:
    """A coding written straight into the table: overlaps and empty spans allowed (as imports may)."""
    doc = db.execute("SELECT id FROM documents WHERE name = ?", [document]).fetchone()[0]
    code_id = db.execute("SELECT id FROM codes WHERE name = ?", [code]).fetchone()[0]
    coder_id = db.execute("SELECT id FROM coders WHERE name = ?", [coder]).fetchone()[0]
    cursor = db.execute(
        'INSERT INTO codings(document_id, code_id, coder_id, start, "end", created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [doc, code_id, coder_id, start, end, "2024-01-01T00:00:00"],
    )
    return cursor.lastrowid


def coverage(length: int, spans) -> list[int]:
    """1 for each character inside some span, else 0."""
    marks = [0] * length
    for s, e in spans:
        for k in range(max(s, 0), min(e, length)):
            marks[k] = 1
    return marks


def merged(spans) -> list[tuple[int, int]]:
    """Overlapping spans merged, touching ones kept apart, empty ones dropped."""
    out: list[list[int]] = []
    for s, e in sorted(x for x in spans if x[1] > x[0]):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def maybe(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except Undefined:
        return None


def reference_pair(length: int, first, second) -> dict:
    """Character-level figures of two coders, exactly, from per-character values."""
    x, y = coverage(length, first), coverage(length, second)
    a = sum(1 for p, q in zip(x, y) if p and q)
    b = sum(1 for p, q in zip(x, y) if p and not q)
    c = sum(1 for p, q in zip(x, y) if q and not p)
    d = length - a - b - c
    table = [[a, b], [c, d]]
    return {
        "counts": {"both": a, "only_first": b, "only_second": c, "neither": d},
        "percent_agreement": Fraction(100 * (a + d), length) if length else None,
        "cohen_kappa": maybe(cohen_kappa, table, exact=True),
        "krippendorff_alpha": maybe(krippendorff_alpha, list(zip(x, y)), exact=True),
        "positive_agreement": Fraction(2 * a, 2 * a + b + c) if a + b + c else None,
        "jaccard": Fraction(a, a + b + c) if a + b + c else None,
    }


def reference_group(length: int, coders_spans) -> dict:
    """Krippendorff's alpha and Fleiss' kappa over characters for any number of coders."""
    columns = [coverage(length, spans) for spans in coders_spans]
    units = list(zip(*columns))
    counts = [[sum(u), len(u) - sum(u)] for u in units]
    return {
        "krippendorff_alpha": maybe(krippendorff_alpha, units, exact=True),
        "fleiss_kappa": maybe(fleiss_kappa, counts, exact=True),
    }


def close(value, expected, tolerance=1e-9) -> bool:
    if expected is None or value is None:
        return value is None and expected is None
    return abs(value - float(expected)) <= tolerance * max(1.0, abs(float(expected)))
