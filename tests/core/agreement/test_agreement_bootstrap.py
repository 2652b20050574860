"""The seeded bootstrap over documents."""

import numpy as np
import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from agreement_helpers import insert, make_project

ROUNDS = 200


@pytest.fixture(scope="module")
def project():
    rng = np.random.default_rng(7)
    documents = {f"doc{k}": "z" * 200 for k in range(12)}
    p = make_project(documents, coders=("A", "B", "C"), codes=("X", "Y"))
    for name in documents:
        for _ in range(3):
            s = int(rng.integers(0, 150))
            e = s + int(rng.integers(10, 50))
            for coder in ("A", "B", "C"):
                insert(p.db, name, "X", coder, max(0, s + int(rng.integers(-5, 6))), min(200, e + int(rng.integers(-5, 6))))
    insert(p.db, "doc0", "Y", "A", 0, 10)
    yield p
    p.close()


def summary(result, code="X", figure="unitizing_alpha_binary_2019"):
    return result.pair(code, "A", "B")["bootstrap"][figure]


def test_reproducible_with_a_seed(project):
    one = compute_agreement(project.db, AgreementOptions(bootstrap=ROUNDS, seed=3))
    two = compute_agreement(project.db, AgreementOptions(bootstrap=ROUNDS, seed=3))
    other = compute_agreement(project.db, AgreementOptions(bootstrap=ROUNDS, seed=4))
    assert summary(one) == summary(two)
    assert summary(one) != summary(other)


def test_interval_and_chances(project):
    result = compute_agreement(project.db, AgreementOptions(bootstrap=ROUNDS))
    point = result.pair("X", "A", "B")["unitizing_alpha_binary_2019"]
    for figure in ("unitizing_alpha_binary_2019", "krippendorff_alpha", "cohen_kappa"):
        s = summary(result, figure=figure)
        assert s["resamples"] == ROUNDS and s["defined"] == ROUNDS
        low, high = s["ci95"]
        assert -1 <= low <= high <= 1
        assert 0 <= s["p_below_0.800"] <= 1 and 0 <= s["p_below_0.667"] <= 1
        assert s["p_below_0.667"] <= s["p_below_0.800"]
    low, high = summary(result)["ci95"]
    assert low <= point <= high
    group = result.all_coders("X")["bootstrap"]
    assert set(group) == {"krippendorff_alpha", "fleiss_kappa", "unitizing_alpha_binary_2019"}
    overall = result.overall()["pairs"]["A|B"]["bootstrap"]["pooled_kappa"]
    assert overall["defined"] == ROUNDS


def test_undefined_in_resamples_is_reported(project):
    result = compute_agreement(project.db, AgreementOptions(bootstrap=ROUNDS))
    s = summary(result, code="Y", figure="cohen_kappa")  # only A used Y, in one document
    assert 0 < s["defined"] <= ROUNDS  # kappa is 0 when doc0 is drawn, undefined otherwise
    s = result.pair("Y", "B", "C")["bootstrap"]["cohen_kappa"]
    assert s["defined"] == 0 and s["ci95"] is None and s["ci95_undefined_reason"]


def test_perfect_agreement_never_falls_below():
    p = make_project({f"d{k}": "q" * 30 for k in range(5)})
    for k in range(5):
        for coder in ("A", "B"):
            insert(p.db, f"d{k}", "X", coder, k, k + 10)
    s = compute_agreement(p.db, AgreementOptions(bootstrap=50)).pair("X", "A", "B")["bootstrap"]
    assert s["krippendorff_alpha"]["ci95"] == [1.0, 1.0]
    assert s["krippendorff_alpha"]["p_below_0.800"] == 0.0


def test_no_bootstrap_by_default(project):
    assert "bootstrap" not in compute_agreement(project.db).pair("X", "A", "B")


def test_small_studies_are_warned_about(project):
    assert compute_agreement(project.db, AgreementOptions(bootstrap=20)).warnings == ()  # 12 documents
    p = make_project({f"d{k}": "q" * 30 for k in range(4)})
    for k in range(4):
        insert(p.db, f"d{k}", "X", "A", 0, 10)
        insert(p.db, f"d{k}", "X", "B", 2, 12)
    result = compute_agreement(p.db, AgreementOptions(bootstrap=20))
    assert len(result.warnings) == 1 and "only 4 documents are unreliable" in result.warnings[0]
    assert result.to_json()["warnings"] == list(result.warnings)
    plain = compute_agreement(p.db)  # no intervals, nothing to warn about
    assert plain.warnings == () and "warnings" not in plain.to_json()
