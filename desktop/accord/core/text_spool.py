"""A text held in a temporary file (UTF-8) instead of memory, written once and read as often as needed.

An import reads a file, normalises it and spools the result, so that the file is
read once, the preview and the final store read the spool, and a large text
waiting in the import dialog costs disk, not memory. The file is removed when the
spool is garbage-collected (or at exit).
"""

from __future__ import annotations

import codecs
import os
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

from .progress import Progress

CHUNK_BYTES = 1 << 20


class TextSpool:
    def __init__(self) -> None:
        descriptor, name = tempfile.mkstemp(prefix="accord-import-", suffix=".txt")
        self.path = Path(name)
        self._file = os.fdopen(descriptor, "wb")
        self._removal = weakref.finalize(self, _remove, self._file, self.path)

    def write(self, text: str) -> None:
        self._file.write(text.encode("utf-8"))

    def close(self) -> None:
        """Done writing."""
        self._file.close()

    def discard(self) -> None:
        self._removal()

    def chunks(self, progress: Progress | None = None) -> Iterator[str]:
        """The text, a chunk at a time; progress follows the bytes read."""
        size = max(1, self.path.stat().st_size)
        decoder = codecs.getincrementaldecoder("utf-8")()
        with self.path.open("rb") as file:
            while data := file.read(CHUNK_BYTES):
                yield decoder.decode(data)
                if progress is not None:
                    progress.update(file.tell() / size)
        yield decoder.decode(b"", final=True)


def _remove(file, path: Path) -> None:
    file.close()
    try:
        path.unlink(missing_ok=True)
    except OSError:  # Windows: still open in a reader; the temp folder is cleaned eventually
        pass


def split_lines(chunks: Iterable[str]) -> Iterator[str]:
    """The lines of the text the chunks make up, each without its "\\n" (as str.split("\\n") gives them)."""
    partial = ""
    for chunk in chunks:
        lines = (partial + chunk).split("\n") if partial else chunk.split("\n")
        partial = lines.pop()
        yield from lines
    yield partial
