"""Issue #19: the semantic backend on a model made by the test, its cache in the project, and its errors."""

import pytest

pytest.importorskip("model2vec")

from accord.core.codebook import create_code  # noqa: E402
from accord.core.codings import apply_code  # noqa: E402
from accord.core.documents import add_document  # noqa: E402
from accord.core.errors import Cancelled  # noqa: E402
from accord.core.progress import Progress  # noqa: E402
from accord.core.similar import models  # noqa: E402
from accord.core.similar.finder import backend_for, similar_to_code  # noqa: E402
from accord.core.similar.semantic import (  # noqa: E402
    SemanticBackend, SemanticUnavailable, build_cache, cached_vectors, drop_cache, model_id, text_key,
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
    cached = cached_vectors(study.db, identity, [text_key(t) for t in texts])
    assert len(cached) == len(texts)
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


def test_the_chosen_model_is_remembered(model, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(tmp_path / "config"))
    assert models.chosen_model() is None
    models.choose_model(model)
    assert models.chosen_model() == model.resolve()
