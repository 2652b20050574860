"""cuα and (c|u)α straight from their definition, section by section, with exact fractions.

Independent of the engine: it builds each coder's sections (units and gaps) one
character at a time, intersects every pair of sections of different coders, fills
the coincidence matrices and the expected matrices cell by cell. Tiny texts only.
"""

from __future__ import annotations

from fractions import Fraction

from agreement_helpers import merged

GAP = None


def sections(length: int, spans_by_code: dict[str, list[tuple[int, int]]]) -> list[tuple[str | None, int, int]]:
    """One coder's sections: (code, start, end) per merged unit, and (GAP, start, end) per uncoded run."""
    out = [(code, s, e) for code, spans in spans_by_code.items() for s, e in merged(spans)]
    coded = [False] * length
    for _, s, e in out:
        for k in range(s, e):
            coded[k] = True
    run = None
    for k in range(length + 1):
        if k < length and not coded[k]:
            run = k if run is None else run
        elif run is not None:
            out.append((GAP, run, k))
            run = None
    return out


def _alpha(observed: dict, self_pairs: dict, values: list):
    total = sum(observed.values())
    if total == 0:
        return None
    row = {c: sum(observed.get((c, k), 0) for k in values) for c in values}
    s = sum(self_pairs.values())
    if total * total <= s:
        return None
    expected_off = sum(total * row[c] * row[k] / (total * total - s) for c in values for k in values if c != k)
    observed_off = sum(v for (c, k), v in observed.items() if c != k)
    if expected_off == 0:
        return None
    return 1 - Fraction(observed_off) / expected_off


def across_codes_reference(length: int, coders: list[dict[str, list[tuple[int, int]]]]) -> tuple:
    """(cuα, (c|u)α) for one text; None where undefined."""
    m = len(coders)
    secs = [sections(length, c) for c in coders]
    observed: dict = {}
    both: dict = {}
    for i in range(m):
        for j in range(m):
            if i == j:
                continue
            for c, s1, e1 in secs[i]:
                for k, s2, e2 in secs[j]:
                    overlap = max(0, min(e1, e2) - max(s1, s2))
                    if overlap:
                        observed[(c, k)] = observed.get((c, k), 0) + Fraction(overlap, m - 1)
                        if c is not GAP and k is not GAP:
                            both[(c, k)] = both.get((c, k), 0) + Fraction(overlap, m - 1)
    self_pairs: dict = {}
    both_self: dict = {}
    for i in range(m):
        for c, s, e in secs[i]:
            self_pairs[c] = self_pairs.get(c, 0) + ((e - s) if c is GAP else (e - s) ** 2)
            if c is not GAP:  # the section's share of the code-by-code coincidences
                share = sum(Fraction(max(0, min(e, e2) - max(s, s2)), m - 1)
                            for j in range(m) if j != i for k, s2, e2 in secs[j] if k is not GAP)
                both_self[c] = both_self.get(c, 0) + share ** 2
    values = sorted({c for c, _ in observed} | {k for _, k in observed}, key=str)
    codes = [v for v in values if v is not GAP]
    return _alpha(observed, self_pairs, values), _alpha(both, both_self, codes)
