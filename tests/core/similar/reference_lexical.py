"""The lexical backend as it was before units were skipped by their mass: a full scan of every word's
postings for every query. Kept as the oracle the fast path must agree with, bit for bit."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

NAME = "lexical-reference"
_WORD = re.compile(r"[^\W_]+")
_K1, _B = 1.2, 0.75  # the usual BM25 constants


def words(text: str) -> list[str]:
    """The words of a text, folded: lower case, accents removed, one-letter words dropped."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [word for word in _WORD.findall(folded) if len(word) > 1 or word.isdigit()]


class LexicalBackend:
    """BM25 scores of queries against a fixed list of unit texts."""

    name = NAME

    def __init__(self, texts: Sequence[str]):
        self.vocabulary: dict[str, int] = {}
        unit_ids: list[int] = []
        term_ids: list[int] = []
        counts: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.float64)
        for unit, text in enumerate(texts):
            tokens = words(text)
            lengths[unit] = len(tokens)
            for word, count in Counter(tokens).items():
                unit_ids.append(unit)
                term_ids.append(self.vocabulary.setdefault(word, len(self.vocabulary)))
                counts.append(count)
        # Postings sorted by term: postings of term t are [pointers[t], pointers[t + 1]).
        terms = np.asarray(term_ids, dtype=np.int64)
        order = np.argsort(terms, kind="stable")
        self._units = np.asarray(unit_ids, dtype=np.int64)[order]
        self._counts = np.asarray(counts, dtype=np.float64)[order]
        frequencies = np.bincount(terms, minlength=len(self.vocabulary))
        self._pointers = np.concatenate([[0], np.cumsum(frequencies)])
        self._size = len(texts)
        self._average_length = float(lengths.mean()) if len(texts) and lengths.sum() else 1.0
        self._lengths = lengths
        n = max(self._size, 1)
        self._idf = np.log1p((n - frequencies + 0.5) / (frequencies + 0.5))
        # Each posting's share of a score does not depend on the query: worked out once.
        posting_terms = np.repeat(np.arange(len(self.vocabulary)), frequencies)
        norm = _K1 * (1 - _B + _B * lengths[self._units] / self._average_length)
        self._weights = self._idf[posting_terms] * self._counts * (_K1 + 1) / (self._counts + norm)

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """A (queries × units) array of normalised scores, 0 where a query shares no word with a unit."""
        result = np.zeros((len(queries), self._size), dtype=np.float64)
        for row, query in enumerate(queries):
            result[row] = self._query_scores(query)
        return result

    def best_matches(self, queries: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each unit's best score over the queries, and which query gave it (the first, on a tie)."""
        best = np.zeros(self._size, dtype=np.float64)
        which = np.zeros(self._size, dtype=np.int64)
        for row, query in enumerate(queries):
            score = self._query_scores(query)
            better = score > best
            best[better] = score[better]
            which[better] = row
        return best, which

    def _query_scores(self, query: str) -> np.ndarray:
        """The query's score for every unit: only the postings of its words are read (a unit appears
        once in a word's postings, so adding them in place is exact)."""
        frequency = Counter(words(query))
        known = {word: self.vocabulary[word] for word in frequency if word in self.vocabulary}
        summed = np.zeros(self._size)
        for term in known.values():
            begin, end = self._pointers[term], self._pointers[term + 1]
            summed[self._units[begin:end]] += self._weights[begin:end]
        return summed / self._self_score(frequency, known) if known else summed

    def _self_score(self, frequency: Counter, known: dict[str, int]) -> float:
        """The score the query would get against a unit that is the query itself."""
        norm = _K1 * (1 - _B + _B * frequency.total() / self._average_length)
        return float(sum(self._idf[term] * frequency[word] * (_K1 + 1) / (frequency[word] + norm)
                         for word, term in known.items())) or 1.0
