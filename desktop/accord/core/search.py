"""Full-text search over documents: SQLite FTS5 finds the documents, a regex finds the places.

FTS5 (unicode61, diacritics removed) narrows the search to documents that
contain the words as a phrase (the last as a prefix); the exact offsets are then
found with a regular expression that, like FTS, ignores case and accents, so
"cafe" finds "café".

The index (`text_fts`, see schema.py) holds each document in overlapping chunks of
a million bytes, so that indexing a long text takes bounded memory; a chunk's rowid
shifted right is its document. A phrase is found in the chunk it starts in, which
runs 4,000 bytes (at least 1,000 characters) into the next one (so a longer match,
words far apart with punctuation between them, could be missed near a chunk's end).
A word or character cut at a chunk's edge may make a document a candidate without a
match: harmless, since the regex over the whole text decides what is a hit.
"""

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sqlite_utils import Database

from .schema import SEARCH_ROWID_SHIFT

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
    if not query.strip() or limit <= 0:
        return []
    if words:
        # One phrase, its last word a prefix: exactly what the regex below looks for.
        phrase = '"' + " ".join(words).replace('"', '""') + '"*'
        candidates = db.execute(
            "SELECT id, name FROM documents WHERE id IN (SELECT DISTINCT rowid >> ? FROM text_fts "
            "WHERE text_fts MATCH ?) ORDER BY position, id",
            [SEARCH_ROWID_SHIFT, phrase],
        ).fetchall()
        pattern, at_word_start = _pattern(tuple(words)), True
    else:  # punctuation only: FTS has no token to look for, scan the texts
        candidates = db.execute("SELECT id, name FROM documents ORDER BY position, id").fetchall()
        pattern, at_word_start = re.compile(re.escape(query.strip())), False
    hits: list[SearchHit] = []
    for document_id, name in candidates:
        # Texts are read one at a time, and only until the limit is reached.
        text = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        for match in _matches(pattern, text, at_word_start):
            hits.append(SearchHit(document_id, name, match.start(), match.end(), _context(text, match, context)))
            if len(hits) >= limit:
                return hits
    return hits


def _matches(pattern: re.Pattern, text: str, at_word_start: bool) -> Iterator[re.Match]:
    """Non-overlapping matches; with at_word_start, only those that begin a word.

    Checking the word start here rather than with a word-boundary assertion keeps the
    regex engine's fast scan for the first character.
    """
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if at_word_start and start > 0 and _is_word_char(text[start - 1]):
            position = start + 1
            continue
        yield match
        position = match.end() if match.end() > start else start + 1


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    """The words in order (the last may be a prefix), separated by non-word characters.

    Each letter becomes a class of its cases and accented forms, so no
    IGNORECASE is needed (it would slow the scan down several times).
    """
    return re.compile(r"\W+".join(_accent_blind(w) for w in words))


def _accent_blind(word: str) -> str:
    return "".join(_letter_class(ch) for ch in word)


def _letter_class(ch: str) -> str:
    forms = {ch} | {c for c in (ch.lower(), ch.upper()) if len(c) == 1}
    forms |= _VARIANTS.get(_base(ch).lower(), set())
    if len(forms) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(v) for v in sorted(forms)) + "]"


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
