"""Full-text search over documents: SQLite FTS5 finds the documents, a regex finds the places.

FTS5 (unicode61, diacritics removed) narrows the search to documents that
contain every word (as a prefix); the exact offsets are then found with a regular
expression that, like FTS, ignores case and accents, so "cafe" finds "café".
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sqlite_utils import Database

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document: str
    start: int
    end: int
    context: str  # the match with some text around it, on one line


def search(db: Database, query: str, *, limit: int = 1000, context: int = 40) -> list[SearchHit]:
    # a run of underscores is a word to Python but a separator to FTS: treat it as punctuation
    words = [w for w in _WORD.findall(query) if w.strip("_")]
    if not query.strip():
        return []
    if words:
        fts_query = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
        candidates = db.execute(
            "SELECT d.id, d.name, d.text FROM documents_fts f JOIN documents d ON d.id = f.rowid "
            "WHERE documents_fts MATCH ? ORDER BY d.position, d.id",
            [f"text : ({fts_query})"],
        )
        pattern = _pattern(tuple(words))
    else:  # punctuation only: FTS has no token to look for, scan the texts
        candidates = db.execute("SELECT id, name, text FROM documents ORDER BY position, id")
        pattern = re.compile(re.escape(query.strip()))
    hits: list[SearchHit] = []
    for document_id, name, text in candidates:
        for match in pattern.finditer(text):
            hits.append(SearchHit(document_id, name, match.start(), match.end(), _context(text, match, context)))
            if len(hits) >= limit:
                return hits
    return hits


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    """The words in order (the last may be a prefix), separated by non-word characters, accents ignored."""
    return re.compile(r"\b" + r"\W+".join(_accent_blind(w) for w in words), re.IGNORECASE)


def _accent_blind(word: str) -> str:
    return "".join(_letter_class(ch) for ch in word)


def _letter_class(ch: str) -> str:
    base = _base(ch)
    variants = _VARIANTS.get(base.lower())
    if not variants:
        return re.escape(ch)
    return "[" + "".join(re.escape(v) for v in sorted(variants | {ch})) + "]"


def _base(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed else ch


def _build_variants() -> dict[str, set[str]]:
    """For each base letter, the precomposed letters (Latin, Greek, Cyrillic ranges) built on it."""
    variants: dict[str, set[str]] = {}
    for code_point in list(range(0x00C0, 0x0250)) + list(range(0x0370, 0x0500)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code_point)
        base = _base(ch)
        if base != ch and base.isalpha():
            variants.setdefault(base.lower(), {base.lower(), base.upper()}).update({ch, ch.lower(), ch.upper()})
    return {k: {v for v in vs if len(v) == 1} for k, vs in variants.items()}


_VARIANTS = _build_variants()


def _context(text: str, match: re.Match, width: int) -> str:
    start = max(0, match.start() - width)
    end = min(len(text), match.end() + width)
    snippet = text[start:end].replace("\n", " ")
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
