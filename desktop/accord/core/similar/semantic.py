"""The semantic backend: model2vec static embeddings, read from a folder on this machine.

model2vec needs only numpy, tokenizers and safetensors (no torch), and is an
optional extra: `pip install "accord[similar]"`. Nothing here downloads: a model
is a folder the user has (or fetched once through Settings ▸ Similar passages,
models.py). Unit vectors are cached in the project (table similar_vectors, keyed
by the model's id and a hash of the unit's text), so they are computed once; the
rows of any other model are dropped when a model is first used, and the cache can
be dropped whole and rebuilt. Writing it is not an undoable change: the table is
not one of the user tables whose changes the history records.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from ..errors import AccordError
from ..progress import Progress

NAME = "semantic"
_BATCH = 1024  # units embedded (and cached) per step: a step is the unit of progress and of Cancel


class SemanticUnavailable(AccordError):
    """model2vec is not installed, or the model folder cannot be read."""


def model2vec_installed() -> bool:
    return importlib.util.find_spec("model2vec") is not None


def model_id(folder: Path) -> str:
    """The folder's name and a hash of its weights: another model, or changed weights, is another id."""
    weights = folder / "model.safetensors"
    stat = weights.stat()
    return _hashed_id(str(weights.resolve()), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _hashed_id(weights: str, _size: int, _mtime: int) -> str:
    """Hashing a large model takes a second: once per file version (size and time are the key)."""
    folder = Path(weights).parent
    digest = hashlib.sha256()
    with open(weights, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"{folder.name}:{digest.hexdigest()[:16]}:int8"  # the vectors' stored form is part of the id


def load_model(folder: str | Path):
    """The model2vec StaticModel in `folder`, or SemanticUnavailable saying what to do."""
    folder = Path(folder).expanduser()
    try:
        from model2vec import StaticModel
    except ImportError:
        raise SemanticUnavailable(
            "similar passages by meaning need the optional model2vec package: install it with "
            "pip install \"accord[similar]\", or use the lexical backend") from None
    if not (folder / "model.safetensors").is_file() or not (folder / "tokenizer.json").is_file():
        raise SemanticUnavailable(
            f"{folder}: not a model2vec model folder (it needs model.safetensors and tokenizer.json); "
            "download one in Settings ▸ Similar passages, or give the folder of one you have")
    try:
        return StaticModel.from_pretrained(str(folder))
    except Exception as problem:  # the library's own errors vary by version and file
        raise SemanticUnavailable(f"{folder}: the model could not be read ({problem})") from problem


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def cached_vectors(db: Database, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    wanted = list(dict.fromkeys(keys))
    for begin in range(0, len(wanted), 500):  # SQLite's variable limit
        chunk = wanted[begin:begin + 500]
        rows = db.execute(
            f"SELECT text_hash, vector FROM similar_vectors WHERE model = ? AND text_hash IN "
            f"({','.join('?' * len(chunk))})", [model, *chunk])
        found.update((key, np.frombuffer(blob, dtype=np.int8)) for key, blob in rows)
    return found


class CacheBuild:
    """Filling the cache for one model, batch by batch: `embed` needs no project (it may run on a
    thread), `store` writes one batch in its own transaction (so a cancelled build keeps its batches)."""

    def __init__(self, project, folder: str | Path, texts: Sequence[str]):
        self.project = project
        self.folder = Path(folder).expanduser()
        self.model, self.identity = load_model(self.folder), model_id(self.folder)
        with project.command("Drop vectors of other models"):
            project.db.execute("DELETE FROM similar_vectors WHERE model != ?", [self.identity])
        keys = [text_key(t) for t in texts]
        have = cached_vectors(project.db, self.identity, keys)
        self.missing = list({key: text for key, text in zip(keys, texts) if key not in have}.items())

    def batches(self) -> list[list[tuple[str, str]]]:
        return [self.missing[b:b + _BATCH] for b in range(0, len(self.missing), _BATCH)]

    def embed(self, batch: list[tuple[str, str]]) -> np.ndarray:
        return quantised(self.model.encode([text for _, text in batch]))

    def store(self, batch: list[tuple[str, str]], vectors: np.ndarray) -> None:
        with self.project.command("Cache passage vectors"):
            self.project.db.conn.executemany(
                "INSERT OR REPLACE INTO similar_vectors (model, text_hash, vector) VALUES (?, ?, ?)",
                [(self.identity, key, vector.tobytes()) for (key, _), vector in zip(batch, vectors)])


def build_cache(project, folder: str | Path, texts: Sequence[str], progress: Progress | None = None) -> int:
    """Embed and store every text not cached yet for the model in `folder`; returns how many were added."""
    progress = progress or Progress()
    build = CacheBuild(project, folder, texts)
    progress.start(f"Indexing {len(build.missing):,} passages with {build.folder.name}")
    done = 0
    for batch in build.batches():
        progress.check()
        build.store(batch, build.embed(batch))
        done += len(batch)
        progress.update(done / len(build.missing))
    return len(build.missing)


def drop_cache(project) -> int:
    if project.db.execute("SELECT NOT EXISTS (SELECT 1 FROM similar_vectors)").fetchone()[0]:
        return 0  # nothing to drop: no write, so no lock is needed
    with project.command("Drop the similar-passage cache"):
        return project.db.execute("DELETE FROM similar_vectors").rowcount


class SemanticBackend:
    """Cosine similarity of model2vec embeddings; unit vectors come from the cache where it has them."""

    name = NAME

    def __init__(self, texts: Sequence[str], folder: str | Path, db: Database | None = None, *, model=None):
        folder = Path(folder).expanduser()
        self.model = model if model is not None else load_model(folder)
        cached = cached_vectors(db, model_id(folder), [text_key(t) for t in texts]) if db is not None else {}
        vectors = [cached.get(text_key(t)) for t in texts]
        todo = [i for i, v in enumerate(vectors) if v is None]
        if todo:
            for i, vector in zip(todo, quantised(self.model.encode([texts[i] for i in todo]))):
                vectors[i] = vector
        self.units = np.vstack(vectors) if vectors else np.zeros((0, self.model.dim), np.int8)

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """A (queries × units) array of cosine similarities (to within the int8 rounding)."""
        asked = _unit_rows(np.asarray(self.model.encode(list(queries)), dtype=np.float32)) if len(queries) else None
        result = np.zeros((len(queries), len(self.units)), dtype=np.float32)
        for begin in range(0, len(self.units) if asked is not None else 0, _CHUNK):
            chunk = self.units[begin:begin + _CHUNK].astype(np.float32)
            result[:, begin:begin + _CHUNK] = asked @ chunk.T / _SCALE
        return result

    def best_matches(self, queries: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each unit's best score over the queries, and which query gave it."""
        best = np.full(len(self.units), -np.inf, dtype=np.float32)
        which = np.zeros(len(self.units), dtype=np.int64)
        for begin in range(0, len(queries), 32):  # 32 queries × all units at a time
            scores = self.scores(queries[begin:begin + 32])
            top = scores.argmax(axis=0)
            value = scores[top, np.arange(len(self.units))]
            better = value > best
            best[better], which[better] = value[better], top[better] + begin
        return best, which


# Unit vectors are kept normalised and rounded to int8 (×127): a quarter of float32's memory (the
# 25 MB benchmark project's 464,000 sentences × 256 dimensions take 119 MB), and the cosines move
# by well under 0.01, which does not change a ranking that matters.
_SCALE = 127.0
_CHUNK = 65_536  # units turned back into float32 at a time (64 MB for 256 dimensions)


def quantised(vectors) -> np.ndarray:
    return np.round(_unit_rows(np.asarray(vectors, dtype=np.float32)) * _SCALE).astype(np.int8)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)
