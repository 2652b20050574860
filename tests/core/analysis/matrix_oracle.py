"""The code matrix worked out the slow, obvious way: sets of character positions (tests only).

Every measure of core/analysis/matrix.py, from a plain list of codings: a column is a set
of (document, offset) characters (a document, all documents for a coder, the documents
of an attribute value, or a speaker's turns); a coding counts in a column when it shares a
character with it; coverage and words look at the union of the row's coding characters.
"""

import re

WORD = re.compile(r"\w+(?:['’]\w+)*")


def chars(document, start, end):
    return {(document, i) for i in range(start, end)}


def word_sets(texts: dict[str, str]) -> list[set]:
    return [chars(doc, m.start(), m.end()) for doc, text in texts.items() for m in WORD.finditer(text)]


def oracle(measure: str, rows: list[str], domains: dict[str, set], codings: list[dict],
           texts: dict[str, str], subcodes: bool, coder_of_column: dict[str, str] | None = None) -> list[list]:
    """cells[row][column]; `codings` are dicts with code (a path), coder, doc, start, end.

    `coder_of_column`: for coder columns, only that coder's codings count in it.
    """
    words = word_sets(texts) if measure == "words" else []
    cells = []
    for row in rows:
        mine = [c for c in codings if c["code"] == row or (subcodes and c["code"].startswith(row + "/"))]
        line = []
        for column, domain in domains.items():
            theirs = [c for c in mine if coder_of_column is None or c["coder"] == coder_of_column[column]]
            spans = [chars(c["doc"], c["start"], c["end"]) & domain for c in theirs]
            union = set().union(*spans)
            if measure == "count":
                line.append(sum(1 for s in spans if s))
            elif measure == "presence":
                line.append(int(any(spans)))
            elif measure == "coverage":
                line.append(100.0 * len(union) / len(domain) if domain else 0.0)
            else:
                line.append(sum(1 for w in words if w & union))
        cells.append(line)
    return cells


def document_domains(texts: dict[str, str]) -> dict[str, set]:
    return {doc: chars(doc, 0, len(text)) for doc, text in texts.items()}


def speaker_domains(turns: list[tuple[str, int, int, str]]) -> dict[str, set]:
    """turns: (doc, start, end, speaker) in text order (documents in their order)."""
    domains: dict[str, set] = {}
    for doc, start, end, speaker in turns:
        domains.setdefault(speaker, set()).update(chars(doc, start, end))
    return domains


def same(found: list[list], expected: list[list]) -> bool:
    """Equal shapes and values (percentages to 1e-9)."""
    return len(found) == len(expected) and all(
        len(a) == len(b) and all(abs(x - y) <= 1e-9 for x, y in zip(a, b)) for a, b in zip(found, expected))
