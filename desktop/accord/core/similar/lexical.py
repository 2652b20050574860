"""The lexical backend: Okapi BM25 over the units, with numpy; no model, always available.

Words are compared case- and accent-blind ("Café" matches "cafe"). A query's
score against each unit is divided by the score the query would get against a
copy of itself, so scores of different queries (the segments of one code) can be
compared and the best one kept: 1.0 is "as close as the passage itself".

Asked for only the best few units (`best_matches_above`), a query skips what
provably cannot reach them (the "floor": the best few scores found so far):
- units lighter than the floor: a unit's score is at most the sum of all its
  posting weights (its "mass"), so units are kept in order of mass and a query
  reads only the prefix of each word's postings that can still reach the floor;
- postings of the query's commonest words (MaxScore): words whose largest weights
  add up to less than half the floor cannot lift a unit to it by themselves, so
  only the other words' postings are read, and the few units they bring near the
  floor are scored in full from their own word lists.
Every score is summed in the same order (the unit's words by word id), whichever
way it is reached, so a score is the same to the last bit as in a full scan.
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
_MARGIN = 1e-9  # relative slack on the bounds, far above float64 rounding of a sum of a few hundred terms
# The commonest words are left to the full scoring while their largest weights add up to less than this
# share of the floor: a unit then needs the rest (1 - share) from the other words to be scored in full.
# Lower reads more postings, higher scores more units in full; 0.4 was fastest on the benchmark project.
_SPARE_SHARE = 0.4


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
        units, terms, counts, lengths = self._postings(texts)
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
        self._minus_mass = -mass[self._by_rank]  # ascending, for np.searchsorted
        rank = np.empty(self._size, dtype=np.int64)
        rank[self._by_rank] = np.arange(self._size)
        ranks = rank[units]
        del units, rank
        # By word: postings sorted by word, then rank; those of word t are [pointers[t], pointers[t + 1]).
        order = np.lexsort((ranks, terms))
        self._ranks = ranks[order]  # int64, as np.bincount wants them
        del ranks
        self._weights = counts[order]
        del counts, order, terms
        self._pointers = np.concatenate([[0], np.cumsum(frequencies)])
        self._top_weight = np.zeros(len(self.vocabulary))  # each word's largest weight
        used = frequencies > 0
        self._top_weight[used] = np.maximum.reduceat(self._weights, self._pointers[:-1][used])
        # By unit: each rank's words in word order (a stable sort of the word-sorted postings by rank).
        by_unit = np.argsort(self._ranks, kind="stable")
        self._unit_terms = np.repeat(np.arange(len(self.vocabulary), dtype=np.int32), frequencies)[by_unit]
        self._unit_weights = self._weights[by_unit]
        del by_unit
        self._unit_pointers = np.concatenate([[0], np.cumsum(np.bincount(self._ranks, minlength=self._size))])

    def _postings(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(unit, word, count) of every word in every unit, and each unit's length in words."""
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
        if not parts:
            return np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0), lengths
        return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
                np.concatenate([p[2] for p in parts]), lengths)

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """A (queries × units) array of normalised scores, 0 where a query shares no word with a unit."""
        result = np.zeros((len(queries), self._size), dtype=np.float64)
        for row, query in enumerate(queries):
            known, self_score = self._prepare(query)
            result[row, self._by_rank] = self._summed(known, self._size) / self_score
        return result

    def best_matches(self, queries: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each unit's best score over the queries, and which query gave it (the first, on a tie)."""
        best, which, _ = self.best_matches_above(queries, None)
        return best, which

    def best_matches_above(self, queries: Sequence[str], enough: int | None,
                           skip: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, float]:
        """As best_matches, and a floor: every unit whose best score is at least the floor has its exact
        best score and query; every other unit scores below the floor (its best may be shown lower).
        With `enough`, the floor is as high as keeps at least that many units at or above it; with
        None it is 0 (every unit scored). Units marked in `skip` (a boolean per unit) are never
        scored: they show 0 and do not count towards `enough`."""
        skipped = skip[self._by_rank] if skip is not None else np.zeros(self._size, dtype=bool)
        best_by_rank, which_by_rank, floor = self._best([self._prepare(q) for q in queries], enough, skipped)
        best = np.zeros(self._size, dtype=np.float64)
        which = np.zeros(self._size, dtype=np.int64)
        best[self._by_rank], which[self._by_rank] = best_by_rank, which_by_rank
        return best, which, floor

    def _best(self, asked, enough: int | None, skipped: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
        """Best scores and queries by rank, and the floor. The floor only rises: after each query it is
        the `enough`-th best score so far (real scores, so at least that many units reach it), and each
        query skips only what cannot reach the floor of that moment, which is at most the final one:
        so every (unit, query) score at or above the final floor has been computed."""
        best = np.zeros(self._size, dtype=np.float64)
        which = np.zeros(self._size, dtype=np.int64)
        high = np.zeros(0, dtype=np.int64)  # ranks whose best is at or above the floor (once there is one)
        floor = 0.0
        # Queries with the fewest words first: units like them score high soonest, which raises the floor.
        for row in sorted(range(len(asked)), key=lambda r: len(asked[r][0])):
            known, self_score = asked[row]
            if not known:
                continue
            candidates, summed = self._candidates(known, floor * self_score * (1 - _MARGIN))
            kept = ~skipped[candidates]
            candidates, summed = candidates[kept], summed[kept]
            score = summed / self_score
            before = best[candidates]
            better = (score > before) | ((score == before) & (row < which[candidates]))  # a tie: the first query
            raised = candidates[better]
            best[raised], which[raised] = score[better], row
            if enough is None:
                continue
            high = np.union1d(high, raised) if floor > 0 else np.flatnonzero(best > 0)
            if high.size >= enough:
                floor = float(np.partition(best[high], high.size - enough)[high.size - enough])
                high = high[best[high] >= floor]
        return best, which, floor

    def _candidates(self, known: list[int], threshold: float) -> tuple[np.ndarray, np.ndarray]:
        """The ranks that may score at least `threshold` (before dividing by the self-score) with the
        query's words `known`, and their exact sums; at threshold 0, every rank that shares a word."""
        reach = int(np.searchsorted(self._minus_mass, -threshold, side="right"))  # heavy enough
        common = sorted(known, key=lambda term: self._top_weight[term])
        room = np.cumsum(self._top_weight[common])
        spare = int(np.searchsorted(room, _SPARE_SHARE * threshold, side="left")) if threshold > 0 else 0
        rest = sorted(common[spare:])
        partial = self._summed(rest, reach)
        if not spare:  # every word read: the sums are exact
            candidates = np.flatnonzero(partial >= threshold) if threshold > 0 else np.flatnonzero(partial)
            return candidates, partial[candidates]
        # The spare words add at most `room` to a unit: units short of threshold - room by then are out.
        candidates = np.flatnonzero(partial >= (threshold - room[spare - 1]) * (1 - _MARGIN))
        return candidates, self._rescored(candidates, known)

    def _summed(self, known: list[int], reach: int) -> np.ndarray:
        """The sum of the words' weights for each rank below `reach`, adding the words in word order."""
        begins = self._pointers[known]
        ends = self._pointers[np.asarray(known, dtype=np.int64) + 1]
        if reach < self._size:  # a word's postings are in rank order: keep those below reach
            ends = np.array([begin + int(np.searchsorted(self._ranks[begin:end], reach))
                             for begin, end in zip(begins, ends)], dtype=np.int64)
        pieces = [slice(begin, end) for begin, end in zip(begins, ends) if end > begin]
        if not pieces:
            return np.zeros(reach)
        # np.bincount adds its weights in the order given: word by word, as a scan of each word would.
        return np.bincount(np.concatenate([self._ranks[p] for p in pieces]),
                           weights=np.concatenate([self._weights[p] for p in pieces]), minlength=reach)

    def _rescored(self, candidates: np.ndarray, known: list[int]) -> np.ndarray:
        """The full sum of the query's words for each candidate rank, from the rank's own word list:
        position by position (its words are in word order), adding 0 for a word the query lacks."""
        asked = np.zeros(len(self.vocabulary))
        asked[known] = 1.0
        begins = self._unit_pointers[candidates]
        lengths = self._unit_pointers[candidates + 1] - begins
        longest_first = np.argsort(-lengths, kind="stable")
        begins, shorter = begins[longest_first], -lengths[longest_first]  # ascending, for np.searchsorted
        summed = np.zeros(len(candidates))
        for position in range(int(-shorter[0]) if len(shorter) else 0):
            still = int(np.searchsorted(shorter, -position, side="left"))  # units with a word at `position`
            at = begins[:still] + position
            summed[:still] += self._unit_weights[at] * asked[self._unit_terms[at]]
        result = np.empty(len(candidates))
        result[longest_first] = summed
        return result

    def _prepare(self, query: str) -> tuple[list[int], float]:
        """The query's known words (by word id) and its self-score."""
        frequency = Counter(words(query))
        known = {word: self.vocabulary[word] for word in frequency if word in self.vocabulary}
        return sorted(known.values()), self._self_score(frequency, known)

    def _self_score(self, frequency: Counter, known: dict[str, int]) -> float:
        """The score the query would get against a unit that is the query itself."""
        norm = _K1 * (1 - _B + _B * frequency.total() / self._average_length)
        return float(sum(self._idf[term] * frequency[word] * (_K1 + 1) / (frequency[word] + norm)
                         for word, term in known.items())) or 1.0
