"""The lexical backend: Okapi BM25 over the units, with numpy; no model, always available.

Words are compared case- and accent-blind ("Café" matches "cafe"). A query's
score against each unit is divided by the score the query would get against a
copy of itself, so scores of different queries (the segments of one code) can be
compared and the best one kept: 1.0 is "as close as the passage itself".

Asked for only the best few units (`best_matches_above`), a query skips the units
that provably cannot reach them: a unit's score for a query is at most the sum of
all its posting weights (its "mass") over the query's self-score, so units are kept
in order of mass and each query reads only the prefix of every word's postings
that can still reach the floor (the best few scores found so far). Scores that are computed are computed in the same
order as a full scan, so they are the same to the last bit.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

NAME = "lexical"
_WORD = re.compile(r"[^\W_]+")
_K1, _B = 1.2, 0.75  # the usual BM25 constants
_CHUNK = 8192  # units tokenised into Python lists at a time, then packed into numpy (keeps the build's peak low)
_MARGIN = 1e-9  # relative slack on the mass bound, far above float64 rounding of a sum of a few hundred terms


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
        self._size = len(texts)
        lengths = np.zeros(self._size, dtype=np.float64)
        parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for begin in range(0, self._size, _CHUNK):
            unit_ids: list[int] = []
            term_ids: list[int] = []
            counts: list[int] = []
            for unit in range(begin, min(begin + _CHUNK, self._size)):
                tokens = words(texts[unit])
                lengths[unit] = len(tokens)
                for word, count in Counter(tokens).items():
                    unit_ids.append(unit)
                    term_ids.append(self.vocabulary.setdefault(word, len(self.vocabulary)))
                    counts.append(count)
            parts.append((np.asarray(unit_ids, np.int32), np.asarray(term_ids, np.int32),
                           np.asarray(counts, np.float64)))
        units = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.int32)
        terms = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, np.int32)
        counts = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0)
        del parts
        frequencies = np.bincount(terms, minlength=len(self.vocabulary))
        n = max(self._size, 1)
        self._idf = np.log1p((n - frequencies + 0.5) / (frequencies + 0.5))
        self._average_length = float(lengths.mean()) if self._size and lengths.sum() else 1.0
        # Each posting's share of a score does not depend on the query: worked out once.
        norm = _K1 * (1 - _B + _B * lengths[units] / self._average_length)
        counts = self._idf[terms] * counts * (_K1 + 1) / (counts + norm)  # now the weights, in place of counts
        del norm
        # Units ranked by mass (the sum of their weights), heaviest first; postings hold ranks.
        mass = np.bincount(units, weights=counts, minlength=self._size)
        self._by_rank = np.argsort(-mass, kind="stable").astype(np.int32)  # rank -> unit
        self._mass = mass[self._by_rank]  # descending
        rank = np.empty(self._size, dtype=np.int32)
        rank[self._by_rank] = np.arange(self._size, dtype=np.int32)
        ranks = rank[units]
        del units, rank
        # Postings sorted by term, then rank: postings of term t are [pointers[t], pointers[t + 1]).
        order = np.lexsort((ranks, terms))
        self._ranks = ranks[order]
        del ranks
        self._weights = counts[order]
        del counts, order, terms
        self._pointers = np.concatenate([[0], np.cumsum(frequencies)])

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """A (queries × units) array of normalised scores, 0 where a query shares no word with a unit."""
        result = np.zeros((len(queries), self._size), dtype=np.float64)
        for row, query in enumerate(queries):
            result[row, self._by_rank] = self._query_scores(query)
        return result

    def best_matches(self, queries: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each unit's best score over the queries, and which query gave it (the first, on a tie)."""
        best, which, _ = self.best_matches_above(queries, None)
        return best, which

    def best_matches_above(self, queries: Sequence[str], enough: int | None) -> tuple[np.ndarray, np.ndarray, float]:
        """As best_matches, and a floor: every unit whose best score is at least the floor has its exact
        best score and query; every other unit scores below the floor (its best may be shown lower).
        With `enough`, the floor is as high as keeps at least that many units at or above it; with
        None it is 0 (every unit scored)."""
        best_by_rank, which_by_rank, floor = self._best([self._prepare(query) for query in queries], enough)
        best = np.zeros(self._size, dtype=np.float64)
        which = np.zeros(self._size, dtype=np.int64)
        best[self._by_rank], which[self._by_rank] = best_by_rank, which_by_rank
        return best, which, floor

    def _best(self, asked, enough: int | None) -> tuple[np.ndarray, np.ndarray, float]:
        """Best scores and queries by rank, and the floor. The floor only rises: after each query it is
        the `enough`-th best score so far (real scores, so at least that many units reach it), and each
        query reads only the ranks heavy enough to reach the floor of that moment, which is at most
        the final one: so every (unit, query) score at or above the final floor has been computed."""
        best = np.zeros(self._size, dtype=np.float64)
        which = np.zeros(self._size, dtype=np.int64)
        descending, floor = -self._mass, 0.0
        for row, (known, self_score) in enumerate(asked):
            if not known:
                continue
            # Units lighter than floor × self-score cannot reach the floor with this query.
            reach = int(np.searchsorted(descending, -floor * self_score * (1 - _MARGIN), side="right"))
            score = self._summed(known, reach) / self_score
            better = score > best[:reach]
            best[:reach][better] = score[better]
            which[:reach][better] = row
            if enough is not None:
                high = best[best >= floor] if floor > 0 else best
                if high.size >= enough:
                    floor = float(np.partition(high, high.size - enough)[high.size - enough])
        return best, which, floor

    def _summed(self, known: list[int], reach: int) -> np.ndarray:
        """Sum of the query's weights for ranks below `reach`, word by word (a rank appears once in
        a word's postings, so adding them in place is exact)."""
        summed = np.zeros(reach)
        for term in known:
            begin, end = self._pointers[term], self._pointers[term + 1]
            if reach < self._size:
                end = begin + int(np.searchsorted(self._ranks[begin:end], reach))
            summed[self._ranks[begin:end]] += self._weights[begin:end]
        return summed

    def _query_scores(self, query: str) -> np.ndarray:
        """The query's score for every unit, by rank."""
        known, self_score = self._prepare(query)
        return self._summed(known, self._size) / self_score

    def _prepare(self, query: str) -> tuple[list[int], float]:
        """The query's known words (in the order they first occur) and its self-score."""
        frequency = Counter(words(query))
        known = {word: self.vocabulary[word] for word in frequency if word in self.vocabulary}
        return list(known.values()), self._self_score(frequency, known)

    def _self_score(self, frequency: Counter, known: dict[str, int]) -> float:
        """The score the query would get against a unit that is the query itself."""
        norm = _K1 * (1 - _B + _B * frequency.total() / self._average_length)
        return float(sum(self._idf[term] * frequency[word] * (_K1 + 1) / (frequency[word] + norm)
                         for word, term in known.items())) or 1.0
