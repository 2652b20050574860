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
from concurrent.futures import ThreadPoolExecutor
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
        raise SemanticUnavailable(f"{folder}: the model could not be read ({problem}); download it again in "
                                  "Settings ▸ Similar passages, or give the folder of another") from problem


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


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
        have = {key for (key,) in project.db.execute(
            "SELECT text_hash FROM similar_vectors WHERE model = ?", [self.identity])}
        # In key order: each batch then goes in after the last one, at the end of the table's B-tree,
        # instead of into pages all over it (which made writing the 25 MB project's cache 7 times slower).
        self.missing = sorted({key: text for key, text in zip(keys, texts) if key not in have}.items())

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
    batches = build.batches()
    # The next batch is embedded on a thread while this one is written (SQLite and the tokenizer let go
    # of the GIL), so writing the cache costs hardly any time of its own.
    with ThreadPoolExecutor(max_workers=1) as pool:
        coming = pool.submit(build.embed, batches[0]) if batches else None
        for step, batch in enumerate(batches):
            progress.check()
            vectors = coming.result()
            if step + 1 < len(batches):
                coming = pool.submit(build.embed, batches[step + 1])
            build.store(batch, vectors)
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
        self.units = np.zeros((len(texts), self.model.dim), dtype=np.int8)
        found = _read_cache(db, model_id(folder), texts, self.units) if db is not None and len(texts) else \
            np.zeros(len(texts), dtype=bool)
        todo = np.flatnonzero(~found)
        for begin in range(0, len(todo), _BATCH * 16):  # in steps: the floats of all would be 4 times the cache
            rows = todo[begin:begin + _BATCH * 16]
            self.units[rows] = quantised(self.model.encode([texts[i] for i in rows]))

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """A (queries × units) array of cosine similarities (to within the int8 rounding)."""
        asked = self._asked(queries)
        result = np.zeros((len(queries), len(self.units)), dtype=np.float32)
        if len(queries):
            for begin, block in self._blocks():
                result[:, begin:begin + len(block)] = asked @ block.T / _SCALE
        return result

    def best_matches(self, queries: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each unit's best score over the queries, and which query gave it (the first, in a tie)."""
        best, which, _ = self.best_matches_above(queries, None)
        return best, which

    def best_matches_above(self, queries: Sequence[str], enough: int | None,
                           skip: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, float]:
        """As best_matches, and a floor: every unit has its exact best score, but only those at or above the
        floor are sure to have their query (the finder shows no other). With `enough`, the floor is the
        `enough`-th best score of the units not in `skip` (a boolean per unit; those show 0); with None it
        is 0 and every unit has its query."""
        best = np.full(len(self.units), -np.inf, dtype=np.float32)
        which = np.zeros(len(self.units), dtype=np.int64)
        if not len(queries) or not len(self.units):
            return best, which, 0.0
        asked = self._asked(queries)
        # Block by block: each block of units is turned into floats once (in the CPU's cache) and
        # multiplied with all queries; only each unit's best is kept, not the scores.
        for begin, block in self._blocks():
            scores = asked @ block.T
            if enough is None:
                which[begin:begin + len(block)] = scores.argmax(axis=0)  # the first query, in a tie
            np.max(scores, axis=0, out=best[begin:begin + len(block)])
        best /= _SCALE  # after the max: dividing by a positive number keeps the order
        if enough is None:
            return best, which, 0.0
        if skip is not None:
            best[skip] = 0.0
        kept = best if skip is None else best[~skip]
        floor = float(np.partition(kept, kept.size - enough)[kept.size - enough]) if 0 < enough <= kept.size \
            else 0.0
        # Which query gave the best: asked again for the few units that reach the floor.
        needed = np.flatnonzero(best >= floor)
        for begin in range(0, len(needed), _BLOCK):
            rows = needed[begin:begin + _BLOCK]
            which[rows] = (asked @ self.units[rows].astype(np.float32).T).argmax(axis=0)
        return best, which, floor

    def _asked(self, queries: Sequence[str]) -> np.ndarray:
        return _unit_rows(np.asarray(self.model.encode(list(queries)), dtype=np.float32)) if len(queries) \
            else np.zeros((0, self.model.dim), dtype=np.float32)

    def _blocks(self):
        """(first unit, its block as float32) over all units; the same buffer is filled for each block."""
        buffer = np.empty((min(_BLOCK, len(self.units)), self.units.shape[1]), dtype=np.float32)
        for begin in range(0, len(self.units), _BLOCK):
            block = buffer[:min(_BLOCK, len(self.units) - begin)]
            np.copyto(block, self.units[begin:begin + len(block)], casting="unsafe")
            yield begin, block


def _read_cache(db: Database, model: str, texts: Sequence[str], into: np.ndarray) -> np.ndarray:
    """Copy the cached vectors of `texts` into the rows of `into`; which rows were found.

    One pass over the model's rows straight into the matrix: no object per vector, so the memory
    needed while reading is little more than the matrix itself."""
    rows: dict[str, list[int]] = {}
    for row, text in enumerate(texts):
        rows.setdefault(text_key(text), []).append(row)
    found = np.zeros(len(texts), dtype=bool)
    width = into.shape[1]
    for key, blob in db.execute("SELECT text_hash, vector FROM similar_vectors WHERE model = ?", [model]):
        at = rows.get(key)
        if at is not None and len(blob) == width:
            into[at] = np.frombuffer(blob, dtype=np.int8)
            found[at] = True
    return found


# Unit vectors are kept normalised and rounded to int8 (×127): a quarter of float32's memory (the
# 25 MB benchmark project's 464,000 sentences × 256 dimensions take 119 MB), and the cosines move
# by well under 0.01, which does not change a ranking that matters.
_SCALE = 127.0
_BLOCK = 8192  # units turned back into float32 at a time (8 MB for 256 dimensions: in the CPU's cache)


def quantised(vectors) -> np.ndarray:
    matrix = _unit_rows(np.asarray(vectors, dtype=np.float32))  # a new array, worked on in place
    matrix *= _SCALE
    return np.rint(matrix, out=matrix).astype(np.int8)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)
