"""Issue #19: the semantic backend on a model made by the test, its cache in the project, and its errors."""

import random

import numpy as np
import pytest

pytest.importorskip("model2vec")

from accord.core.codebook import create_code  # noqa: E402
from accord.core.codings import apply_code  # noqa: E402
from accord.core.documents import add_document  # noqa: E402
from accord.core.errors import Cancelled  # noqa: E402
from accord.core.progress import Progress  # noqa: E402
from accord.core.similar import models, semantic  # noqa: E402
from accord.core.similar.finder import backend_for, similar_to_code  # noqa: E402
from accord.core.similar.semantic import (  # noqa: E402
    SemanticBackend, SemanticUnavailable, build_cache, drop_cache, model_id, quantised, text_key,
)
from accord.core.similar.units import project_units  # noqa: E402
from tiny_model import make_tiny_model  # noqa: E402

TEXT = ("I am so lonely since the move. The rent keeps going up. "
        "Nobody visits and I feel isolated. We grew tomatoes and flowers. Wages do not cover the bills.")


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    return make_tiny_model(tmp_path_factory.mktemp("model") / "tiny")


@pytest.fixture
def study(project):
    with project.command("set up"):
        add_document(project.db, "one", TEXT)
        create_code(project.db, "Loneliness")
        start = TEXT.index("I am so lonely")
        apply_code(project.db, "one", "Loneliness", "ann", start, start + len("I am so lonely since the move."))
    return project


def test_meaning_finds_a_passage_that_shares_no_word_with_the_code(study, model):
    found = similar_to_code(study.db, "Loneliness", backend=backend_for(study.db, "semantic", model), top=1)
    assert [s.unit.text for s in found] == ["Nobody visits and I feel isolated."]
    lexical = similar_to_code(study.db, "Loneliness", top=5)
    assert "Nobody visits and I feel isolated." not in [s.unit.text for s in lexical]


def test_the_cache_is_built_once_used_and_dropped_for_another_model(study, model, tmp_path):
    texts = [u.text for u in project_units(study.db)]
    assert build_cache(study, model, texts) == len(texts)
    assert build_cache(study, model, texts) == 0  # nothing new
    identity = model_id(model)
    cached = {key for (key,) in study.db.execute("SELECT text_hash FROM similar_vectors WHERE model = ?", [identity])}
    assert cached == {text_key(t) for t in texts}
    backend = SemanticBackend(texts, model, study.db)  # reads the cache: same vectors as fresh ones
    fresh = SemanticBackend(texts, model)
    assert backend.units == pytest.approx(fresh.units, abs=1e-6)
    assert study.history.undo_label == "set up"  # the cache is not an undoable change
    other = make_tiny_model(tmp_path / "other", seed=1)
    build_cache(study, other, texts[:2])
    assert {m for (m,) in study.db.execute("SELECT DISTINCT model FROM similar_vectors")} == {model_id(other)}
    assert drop_cache(study) == 2


def test_a_cancelled_build_keeps_the_batches_it_wrote(study, model, monkeypatch):
    from accord.core.similar import semantic

    monkeypatch.setattr(semantic, "_BATCH", 2)
    texts = [u.text for u in project_units(study.db)]
    progress = Progress()
    calls = []
    original = progress.update

    def cancel_after_first(fraction):
        calls.append(fraction)
        original(fraction)
        progress.cancel()

    progress.update = cancel_after_first
    with pytest.raises(Cancelled):
        build_cache(study, model, texts, progress)
    assert study.db.execute("SELECT count(*) FROM similar_vectors").fetchone()[0] == 2


def test_a_folder_without_a_model_says_what_to_do(study, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(tmp_path / "config"))
    with pytest.raises(SemanticUnavailable, match="not a model2vec model folder.*Settings ▸ Similar passages"):
        backend_for(study.db, "semantic", tmp_path)
    with pytest.raises(SemanticUnavailable, match="no model .* yet.*--model FOLDER"):
        backend_for(study.db, "semantic")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "model.safetensors").write_bytes(b"not a tensor file")
    (damaged / "tokenizer.json").write_text("{")
    with pytest.raises(SemanticUnavailable, match="damaged: the model could not be read.*download it again"):
        backend_for(study.db, "semantic", damaged)
    assert study.db.execute("SELECT count(*) FROM similar_vectors").fetchone()[0] == 0  # nothing written


def test_the_chosen_model_is_remembered(model, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(tmp_path / "config"))
    assert models.chosen_model() is None
    models.choose_model(model)
    assert models.chosen_model() == model.resolve()


WORDS = ["lonely", "alone", "isolated", "nobody", "rent", "money", "cost", "pay", "wages", "bills", "garden",
         "tomatoes", "plants", "flowers", "spring"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(1, 6))) for _ in range(count)]


@pytest.mark.parametrize("block", [3, 4096])  # many blocks, and one block for all units
def test_best_matches_are_the_best_of_all_scores_block_by_block(model, monkeypatch, block):
    monkeypatch.setattr(semantic, "_BLOCK", block)
    units, queries = _texts(50, 1), _texts(7, 2) + ["lonely"] * 2  # a repeated query: ties go to the first
    backend = SemanticBackend(units, model)
    scores = backend.scores(queries)
    best, which = backend.best_matches(queries)
    assert best == pytest.approx(scores.max(axis=0), abs=1e-6)
    assert all(scores[which[u], u] == pytest.approx(best[u], abs=1e-6) for u in range(len(units)))
    assert all(which[u] <= min(np.flatnonzero(scores[:, u] >= best[u] - 1e-6)) for u in range(len(units)))
    assert len(queries) - 1 not in which  # the second "lonely" never wins: the first one does
    empty, _ = backend.best_matches([])
    assert empty.shape == (50,) and np.all(empty == -np.inf)


def test_the_floor_keeps_the_same_best_units_with_their_queries(model, monkeypatch):
    monkeypatch.setattr(semantic, "_BLOCK", 4)
    units, queries = _texts(60, 3), _texts(5, 4)
    backend = SemanticBackend(units, model)
    full_best, full_which = backend.best_matches(queries)
    skip = np.zeros(len(units), dtype=bool)
    skip[::7] = True
    best, which, floor = backend.best_matches_above(queries, 10, skip)
    assert np.all(best[skip] == 0)
    kept = np.flatnonzero(~skip)
    assert np.sum(best[kept] >= floor) >= 10
    assert floor == pytest.approx(np.sort(full_best[kept])[-10], abs=1e-6)
    reached = np.flatnonzero((best >= floor) & ~skip)
    assert best[reached] == pytest.approx(full_best[reached], abs=1e-6)
    assert list(which[reached]) == list(full_which[reached])
    _, _, none = backend.best_matches_above(queries, 100, skip)  # fewer units than asked for: no floor
    assert none == 0.0


def test_units_read_from_the_cache_are_those_embedded(study, model):
    texts = [u.text for u in project_units(study.db)]
    texts = texts + texts[:2]  # the same text twice: one cached row fills both
    build_cache(study, model, texts[:3])  # some cached, the rest embedded when the backend is built
    mixed = SemanticBackend(texts, model, study.db)
    assert (mixed.units == SemanticBackend(texts, model).units).all()
    keys = [key for (key,) in study.db.execute("SELECT text_hash FROM similar_vectors")]
    assert len(keys) == 3 == len(set(keys))


def test_rounding_to_int8_is_unchanged():
    vectors = np.random.default_rng(5).normal(size=(40, 16)).astype(np.float32)
    vectors[3] = 0  # no words known: a zero vector stays zero
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    expected = np.round(vectors / np.where(norms == 0, 1, norms) * 127.0).astype(np.int8)
    assert (quantised(vectors) == expected).all()
    assert not quantised(vectors)[3].any()
