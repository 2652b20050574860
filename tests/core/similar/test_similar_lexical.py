"""Issue #19: the lexical backend's BM25 scores, against a brute-force computation of the same formula."""

import math
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.core.similar.lexical import LexicalBackend, words

UNITS = ["I felt so lonely after the move.", "The café was always busy.", "Nobody visits; I am alone and lonely.",
         "Work was fine, the café too.", "Lonely, lonely, lonely."]


def _brute_force(units, query, k1=1.2, b=0.75):
    tokens = [words(u) for u in units]
    n, average = len(units), sum(map(len, tokens)) / len(units)
    df = Counter(w for t in tokens for w in set(t))

    def score(doc_tokens, query_tokens):
        tf = Counter(doc_tokens)
        total = 0.0
        for word in set(query_tokens):
            if word not in df:
                continue
            idf = math.log(1 + (n - df[word] + 0.5) / (df[word] + 0.5))
            norm = k1 * (1 - b + b * len(doc_tokens) / average)
            total += idf * tf[word] * (k1 + 1) / (tf[word] + norm)
        return total

    query_tokens = words(query)
    self_score = score(query_tokens, query_tokens) or 1.0
    return [score(t, query_tokens) / self_score for t in tokens]


def test_words_are_folded_case_and_accent_blind():
    assert words("Café, CAFE and naïve — a I 7") == ["cafe", "cafe", "and", "naive", "7"]


@pytest.mark.parametrize("query", ["lonely", "alone and lonely", "Cafe busy", "nothing matches", "the the the"])
def test_scores_equal_the_brute_force_formula(query):
    got = LexicalBackend(UNITS).scores([query])[0]
    assert got == pytest.approx(_brute_force(UNITS, query))


def test_a_unit_asked_about_with_its_own_text_scores_one():
    backend = LexicalBackend(UNITS)
    scores = backend.scores(UNITS)
    for i in range(len(UNITS)):
        assert scores[i, i] == pytest.approx(1.0)


@settings(max_examples=100, deadline=None)
@given(units=st.lists(st.text(alphabet="abc é.", max_size=20), min_size=1, max_size=8),
       query=st.text(alphabet="abc é", max_size=12))
def test_random_units_match_the_brute_force_formula(units, query):
    if not any(words(u) for u in units):
        return
    assert LexicalBackend(units).scores([query])[0] == pytest.approx(_brute_force(units, query))
