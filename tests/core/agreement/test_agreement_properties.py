"""Property tests: the engine against brute-force references, and the coefficients' laws.

Random small projects (overlapping and empty codings allowed, written straight into the
table) are compared with per-character references computed with exact fractions, and
with the direct-summation forms of the unitizing alphas.
"""

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.units import load_units
from accord.core.agreement.options import resolve_selection
from accord.core.agreement.unitizing import binary_unitizing_alpha, unitizing_alpha_2004
from agreement_helpers import close, insert, make_project, merged, reference_group, reference_pair

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHARACTER_FIGURES = ("percent_agreement", "cohen_kappa", "krippendorff_alpha", "positive_agreement", "jaccard")


@st.composite
def spans(draw, length):
    out = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, length))
        out.append((start, draw(st.integers(start, length))))
    return out


@st.composite
def projects(draw, max_coders=3):
    lengths = draw(st.lists(st.integers(1, 30), min_size=1, max_size=3))
    coders = draw(st.integers(2, max_coders))
    data = {c: [draw(spans(n)) for n in lengths] for c in "ABC"[:coders]}
    return lengths, data


def build(lengths, data, text=None):
    documents = {f"d{k}": (text or "x" * n)[:n] for k, n in enumerate(lengths)}
    p = make_project(documents, coders=tuple(data))
    for coder, per_doc in data.items():
        for k, doc_spans in enumerate(per_doc):
            for s, e in doc_spans:
                insert(p.db, f"d{k}", "X", coder, s, e)
    return p


def opts(data, **kw):
    return AgreementOptions(coders=tuple(data), **kw)


def pair_of(result, first, second, document=None):
    """The pair's entry (a document where nobody used the code has one too, with "used" false)."""
    try:
        return result.pair("X", first, second, document)
    except Exception:
        return None


@SETTINGS
@given(projects())
def test_engine_matches_character_references(case):
    lengths, data = case
    p = build(lengths, data)
    result = compute_agreement(p.db, opts(data))
    coders = list(data)
    for k, n in enumerate(lengths):
        for i in range(len(coders)):
            for j in range(i + 1, len(coders)):
                first, second = coders[i], coders[j]
                ref = reference_pair(n, data[first][k], data[second][k])
                pair = pair_of(result, first, second, f"d{k}")
                if pair is None:  # nobody used the code in this document
                    assert all(not any(e > s for s, e in data[c][k]) for c in coders)
                    continue
                assert pair["counts"] == ref["counts"]
                assert sum(pair["counts"].values()) == n
                for name in CHARACTER_FIGURES:
                    assert close(pair[name], ref[name]), name
                    assert (pair[name] is None) == (f"{name}_undefined_reason" in pair)
                u = [merged(data[first][k]), merged(data[second][k])]
                assert close(pair["unitizing_alpha_binary_2019"],
                             undefined_as_none(_binary, n, u)), "binary unitizing alpha"
                assert close(pair["unitizing_alpha_2004"], undefined_as_none(_alpha_2004, n, u)), "2004 unitizing alpha"
        used = any(e > s for c in coders for s, e in data[c][k])
        if len(coders) > 2 and used:
            group = result.all_coders("X", f"d{k}")
            ref = reference_group(n, [data[c][k] for c in coders])
            assert close(group["krippendorff_alpha"], ref["krippendorff_alpha"])
            assert close(group["fleiss_kappa"], ref["fleiss_kappa"])
            assert close(group["unitizing_alpha_binary_2019"],
                         undefined_as_none(_binary, n, [merged(data[c][k]) for c in coders]))
    p.close()


def _binary(length, units):
    return binary_unitizing_alpha(length, units)


def _alpha_2004(length, units, cuts=()):
    if not any(units):
        return None
    if all(sum(e - s for s, e in coder) == length for coder in units):  # no gap anywhere: no variation
        return None
    return unitizing_alpha_2004(length, units, cuts=cuts)[2]


def undefined_as_none(function, *args):
    """The direct-summation references divide by zero exactly where the engine reports undefined."""
    try:
        return function(*args)
    except ZeroDivisionError:
        return None


@SETTINGS
@given(projects())
def test_pooled_figures_are_those_of_the_documents_laid_end_to_end(case):
    lengths, data = case
    p = build(lengths, data)
    result = compute_agreement(p.db, opts(data))
    coders = list(data)
    offsets = [sum(lengths[:k]) for k in range(len(lengths))]
    total = sum(lengths)

    def joined(coder):
        return [(s + offsets[k], e + offsets[k]) for k in range(len(lengths)) for s, e in merged(data[coder][k])]

    first, second = coders[0], coders[1]
    pooled = result.pair("X", first, second)
    per_doc = [pair_of(result, first, second, f"d{k}") for k in range(len(lengths))]
    summed = {key: sum((d["counts"][key] if d else (lengths[k] if key == "neither" else 0))
                       for k, d in enumerate(per_doc)) for key in pooled["counts"]}
    assert pooled["counts"] == summed
    ref = reference_pair(total, joined(first), joined(second))
    for name in CHARACTER_FIGURES:
        assert close(pooled[name], ref[name]), name
    units = [joined(first), joined(second)]
    assert close(pooled["unitizing_alpha_binary_2019"], undefined_as_none(_binary, total, units))
    assert close(pooled["unitizing_alpha_2004"], undefined_as_none(_alpha_2004, total, units, offsets[1:]))
    p.close()


@SETTINGS
@given(projects())
def test_symmetric_in_the_coders(case):
    lengths, data = case
    p = build(lengths, data)
    first, second = list(data)[:2]
    forward = compute_agreement(p.db, AgreementOptions(coders=(first, second)))
    backward = compute_agreement(p.db, AgreementOptions(coders=(second, first)))
    for document in [None] + [f"d{k}" for k in range(len(lengths))]:
        a = pair_of(forward, first, second, document)
        b = pair_of(backward, second, first, document)
        if a is None:
            assert b is None
            continue
        assert a["counts"]["only_first"] == b["counts"]["only_second"]
        for name in CHARACTER_FIGURES + ("unitizing_alpha_binary_2019", "unitizing_alpha_2004", "segment_percent"):
            assert close(a[name], b[name]), name
    p.close()


@SETTINGS
@given(projects(max_coders=2))
def test_kappa_between_minus_one_and_one(case):
    lengths, data = case
    p = build(lengths, data)
    result = compute_agreement(p.db, opts(data))
    for code in result.to_json()["pooled_over_documents"]["codes"].values():
        for pair in code["pairs"].values():
            if pair["cohen_kappa"] is not None:
                assert -1 - 1e-12 <= pair["cohen_kappa"] <= 1 + 1e-12
    for doc in result.to_json()["documents"].values():
        for code in doc["codes"].values():
            for pair in code["pairs"].values():
                if pair["cohen_kappa"] is not None:
                    assert -1 - 1e-12 <= pair["cohen_kappa"] <= 1 + 1e-12
                assert pair["percent_agreement"] is not None and 0 <= pair["percent_agreement"] <= 100
    p.close()


@SETTINGS
@given(st.integers(2, 40).flatmap(lambda n: st.tuples(st.just(n), spans(n))))
def test_identical_codings_with_variation_agree_perfectly(case):
    n, codings = case
    covered = sum(1 for x in range(n) if any(s <= x < e for s, e in codings))
    data = {"A": [codings], "B": [codings], "C": [codings]}
    p = build([n], data)
    result = compute_agreement(p.db, opts(data))
    if 0 < covered < n:
        pair = result.pair("X", "A", "B", "d0")
        for name in ("cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019", "unitizing_alpha_2004",
                     "percent_agreement", "segment_percent"):
            assert pair[name] == (100.0 if "percent" in name else 1.0), name
        group = result.all_coders("X", "d0")
        for name in ("krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa",
                     "unitizing_alpha_binary_2019"):
            assert group[name] == 1.0, name
    p.close()


TEXTS = st.text(alphabet=st.sampled_from(" \t\nab\u00a0\u2003é😀"), min_size=1, max_size=30)


@SETTINGS
@given(TEXTS.flatmap(lambda t: st.tuples(st.just(t), spans(len(t)), spans(len(t)))))
def test_trimming_never_increases_coded_length(case):
    text, first, second = case
    data = {"A": [first], "B": [second]}
    p = build([len(text)], data, text=text)
    selection = resolve_selection(p.db, opts(data))
    plain = load_units(p.db, selection)
    trimmed = load_units(p.db, selection, trim=True)
    for coder in (0, 1):
        assert trimmed.lengths[trimmed.coder == coder].sum() <= plain.lengths[plain.coder == coder].sum()
    for s, e in zip(trimmed.start.tolist(), trimmed.end.tolist()):
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert any(ps <= s and e <= pe for ps, pe in zip(plain.start.tolist(), plain.end.tolist()))
    assert trimmed.dropped_zero_length >= plain.dropped_zero_length
    p.close()


@SETTINGS
@given(projects())
def test_zero_length_codings_are_counted(case):
    lengths, data = case
    p = build(lengths, data)
    empty = sum(1 for per_doc in data.values() for doc_spans in per_doc for s, e in doc_spans if s == e)
    assert compute_agreement(p.db, opts(data)).dropped_zero_length == empty
    p.close()


def test_exact_reference_sanity():
    """The brute-force reference itself on a case worked by hand (see test_agreement_exact)."""
    ref = reference_pair(20, [(2, 8), (10, 15)], [(4, 12), (15, 18)])
    assert ref["cohen_kappa"] == Fraction(-1, 99) and ref["krippendorff_alpha"] == Fraction(1, 66)
