"""Large plain-text files stream: the same document as reading them whole, with progress, cancel and bounded memory."""

import codecs
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import accord.core.importers as importers
import accord.core.text_spool as text_spool
from accord.core.documents import document_text, list_documents, sha256_of, turns_of
from accord.core.errors import Cancelled, ImportFailed
from accord.core.importing import build_document, import_files, prepare_document, store_prepared
from accord.core.linejoin import find_broken_lines, join_lines
from accord.core.normalise import normalise_text
from accord.core.progress import Progress
from accord.core.turns import detect_turns


def read_in_chunks(monkeypatch, chunk: int = 7, head: int = 16, spool_chunk: int = 5) -> None:
    """Treat every .txt/.md file as large: its encoding judged from `head` bytes, read `chunk` bytes at a time."""
    monkeypatch.setattr(importers, "LARGE_TEXT_BYTES", head)
    monkeypatch.setattr(importers, "CHUNK_BYTES", chunk)
    monkeypatch.setattr(text_spool, "CHUNK_BYTES", spool_chunk)


def check_same_as_whole(path: Path, expected_raw: str, text_format: str = "txt") -> None:
    """What the streamed read gives equals normalising, joining and finding turns on the whole text."""
    text, report = normalise_text(expected_raw)
    prepared = prepare_document(path)
    assert prepared.read_text() == text
    assert prepared.length == len(text)
    assert prepared.notes["normalisation"] == report.as_dict()
    joins = find_broken_lines(text)
    assert list(prepared.join_offsets) == [join.offset for join in joins]
    assert [(j.before, j.after) for j in prepared.broken_lines] == [(j.before[-200:], j.after[:200]) for j in joins]

    built = build_document(prepared)
    assert bytes(built.utf8).decode("utf-8") == text
    assert (built.length, built.sha256) == (len(text), sha256_of(text))
    assert list(built.turns.turns()) == detect_turns(text, dialogue_dashes=text_format != "md")

    joined_text = join_lines(text)
    joined = prepared.joined()
    assert joined.read_text() == joined_text
    assert joined.length == len(joined_text)
    joined_built = build_document(joined)
    assert list(joined_built.turns.turns()) == detect_turns(joined_text, dialogue_dashes=text_format != "md")


PIECES = st.sampled_from([
    "Maya: ", "Interviewer: ", "Q: ", "- ", "— ", "MAYA: ", "and then the", "went", "exam-", "ple", "End.",
    "\r\n", "\n", "\r", "\n\n", " ", "\t", "e\u0301", "😀", "café", "שלום", "\ufeff", "\u2028", "\f", "12",
])
TRANSCRIPTS = st.lists(PIECES, min_size=1, max_size=40).map("".join).filter(lambda t: any(c.isalpha() for c in t))


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=TRANSCRIPTS, chunk=st.integers(1, 12), spool_chunk=st.integers(1, 12),
       text_format=st.sampled_from(["txt", "md"]))
def test_streamed_read_equals_whole_read(monkeypatch, raw, chunk, spool_chunk, text_format):
    """Wherever the chunks cut (inside a CRLF, an emoji's UTF-8, a combining sequence), the document is the same."""
    read_in_chunks(monkeypatch, chunk=chunk, head=64, spool_chunk=spool_chunk)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"t.{text_format}"
        path.write_bytes(raw.encode("utf-8"))
        check_same_as_whole(path, raw.removeprefix("\ufeff") if raw.startswith("\ufeff") else raw, text_format)


@pytest.mark.parametrize(("data", "raw", "encoding"), [
    pytest.param(codecs.BOM_UTF16_LE + "Maya: olá 😀\r\nQ: sí\r\n".encode("utf-16-le") * 9,
                 "Maya: olá 😀\r\nQ: sí\r\n" * 9, "utf-16-le", id="utf-16-bom"),
    pytest.param(codecs.BOM_UTF8 + "Ana: ç\rBen: ß\r".encode() * 9, "Ana: ç\rBen: ß\r" * 9, "utf-8-sig", id="bom-lone-cr"),
    # The start is plain ASCII: UTF-8 is tried first, fails at the é, and the file is read again as cp1252.
    pytest.param(b"Ana: plain words here\n" * 5 + "Ben: café – ok\n".encode("cp1252"),
                 "Ana: plain words here\n" * 5 + "Ben: café – ok\n", "cp1252", id="cp1252-after-ascii"),
])
def test_encodings_across_chunks(monkeypatch, tmp_path, data, raw, encoding):
    read_in_chunks(monkeypatch)
    path = tmp_path / "interview.txt"
    path.write_bytes(data)
    prepared = prepare_document(path)
    assert prepared.notes["encoding"] == encoding
    check_same_as_whole(path, raw)


def test_a_bom_file_with_bad_bytes_further_on_keeps_what_it_can(monkeypatch, tmp_path):
    read_in_chunks(monkeypatch)
    path = tmp_path / "damaged.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Ana: fine text to start with\n" + b"\xff\xfe" + b"Ben: fim\n")
    prepared = prepare_document(path)
    assert prepared.read_text() == "Ana: fine text to start with\n\ufffd\ufffdBen: fim\n"
    assert prepared.notes["reader_notes"] == ["some bytes could not be decoded and were replaced by �"]


def test_nul_bytes_and_lone_cr_in_a_large_file(monkeypatch, tmp_path):
    read_in_chunks(monkeypatch, head=4096)
    path = tmp_path / "old mac.txt"
    path.write_bytes(b"Ma\x00ya: it was cold\rAna: and then\rwe left.\r" * 20)
    check_same_as_whole(path, "Ma\x00ya: it was cold\rAna: and then\rwe left.\r" * 20)
    text = prepare_document(path).read_text()
    assert "\x00" not in text and "\r" not in text and text.count("\n") == 60


def test_binary_data_is_refused_by_its_start(monkeypatch, tmp_path):
    read_in_chunks(monkeypatch, chunk=4096, head=64)
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFailed, match=r"photo\.txt: does not look like a text file"):
        prepare_document(path)


def spools() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("accord-import-*"))


class CancelAfter(Progress):
    """The user presses Cancel once the job has reported `updates` times."""

    def __init__(self, updates: int):
        super().__init__()
        self.updates_left = updates

    def update(self, fraction: float) -> None:
        self.updates_left -= 1
        if self.updates_left <= 0:
            self.cancel()
        super().update(fraction)


def long_file(tmp_path) -> Path:
    path = tmp_path / "long.txt"
    path.write_text("Interviewer: and then?\nMaya: we went on\nwith the work.\n" * 200, encoding="utf-8")
    return path


def test_cancelling_a_read_stops_it_and_leaves_no_spool(monkeypatch, tmp_path):
    read_in_chunks(monkeypatch, chunk=256, head=256, spool_chunk=256)
    before = spools()
    progress = CancelAfter(3)
    with pytest.raises(Cancelled, match="Reading long.txt: cancelled"):
        prepare_document(long_file(tmp_path), progress)
    assert 0 < progress.fraction < 1
    assert spools() == before


def test_cancelling_the_store_writes_nothing(monkeypatch, tmp_path, project, dump):
    read_in_chunks(monkeypatch, chunk=256, head=256, spool_chunk=256)
    prepared = prepare_document(long_file(tmp_path))
    before = dump(project.db)
    with pytest.raises(Cancelled):
        store_prepared(project, prepared, progress=CancelAfter(3))
    assert dump(project.db) == before
    assert project.history.undo_label is None
    document = store_prepared(project, prepared)  # the same prepared file can still be stored
    assert document_text(project.db, document.id) == prepared.read_text()
    assert len(turns_of(project.db, document.id)) == 400


def test_progress_reaches_the_end(monkeypatch, tmp_path, project):
    read_in_chunks(monkeypatch, chunk=256, head=256, spool_chunk=256)
    seen = []

    class Watching(Progress):
        def update(self, fraction):
            seen.append((self.step, fraction))
            super().update(fraction)

    store_prepared(project, prepare_document(long_file(tmp_path), Watching()), progress=Watching())
    reading = [f for step, f in seen if step == "Reading long.txt"]
    storing = [f for step, f in seen if step == "Preparing long.txt"]
    assert len(reading) > 10 and reading == sorted(reading) and reading[-1] == 1.0
    assert len(storing) > 10 and storing == sorted(storing) and storing[-1] == 1.0


def test_the_spool_goes_with_the_prepared_document(tmp_path):
    before = spools()
    prepared = prepare_document(long_file(tmp_path))
    assert spools() - before == {prepared.spool.path}
    del prepared
    assert spools() == before


# A 50 MB transcript, imported in a process of its own, whose peak memory is measured. The
# peak comes from /proc with the high-water mark reset just before the import: ru_maxrss
# would include the file's writing and, in a child, whatever peak its parent had reached.
MEMORY_SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from accord.core.importing import import_files
    from accord.core.project import Project

    source, target, megabytes = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    turn = ("Interviewer: And what happened after that, in the weeks when the clinic was closed?\\n"
            "María: Honestly – it was hard. We waited, we called, nobody answered; my sister drove "
            "me twice to the city, which is two hours each way, and the café by the station "
            "became our second home. 😀 I still remember the smell of it.\\n")
    with source.open("w", encoding="utf-8") as out:
        for _ in range(megabytes * 1_000_000 // len(turn.encode())):
            out.write(turn)
    project = Project.create(target, coder="Ana")

    def kib(key):
        return int(Path("/proc/self/status").read_text().split(key + ":")[1].split()[0])

    Path("/proc/self/clear_refs").write_text("5")  # the peak so far := now
    before = kib("VmRSS")
    outcome = import_files(project, [source])[0]
    peak = kib("VmHWM")
    print(json.dumps({"ok": outcome.ok, "message": outcome.message, "before_kib": before, "peak_kib": peak,
                      "file_bytes": source.stat().st_size, "length": outcome.document.length}))
""")


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc to reset the peak")
def test_a_50_mb_text_imports_in_bounded_memory(tmp_path):
    """Peak memory grows by a small multiple of the file (it was 15 times before streaming)."""
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(tmp_path / "big.txt"), str(tmp_path / "big.accord"), "50"],
        capture_output=True, text=True, timeout=240, check=True,
    )
    report = json.loads(result.stdout)
    assert report["ok"], report["message"]
    assert report["length"] > 45_000_000
    growth = (report["peak_kib"] - report["before_kib"]) * 1024
    assert growth < 5 * report["file_bytes"], f"import took {growth / 1e6:.0f} MB for a 50 MB file"
    with_document = list_documents_in(tmp_path / "big.accord")
    assert with_document == [("big", report["length"])]


def list_documents_in(path: Path) -> list[tuple[str, int]]:
    from accord.core.project import Project

    with Project.open(path) as project:
        return [(d.name, d.length) for d in list_documents(project.db)]


def test_import_files_imports_a_large_file_like_a_small_one(monkeypatch, tmp_path, project):
    small = import_files(project, [long_file(tmp_path)])[0].document
    read_in_chunks(monkeypatch, chunk=100, head=100, spool_chunk=100)
    skipped = import_files(project, [long_file(tmp_path)])[0]  # read in chunks, the same text: a duplicate
    assert skipped.duplicate_of == small and skipped.document is None
    large = import_files(project, [long_file(tmp_path)], allow_duplicates=True)[0].document
    assert (large.sha256, large.length) == (small.sha256, small.length)
    assert turns_of(project.db, large.id) == turns_of(project.db, small.id)


def test_a_full_temporary_disk_is_a_clear_import_failure(monkeypatch, tmp_path):
    def no_room(self, text):
        raise OSError(28, "No space left on device")

    before = spools()
    monkeypatch.setattr(text_spool.TextSpool, "write", no_room)
    with pytest.raises(ImportFailed, match=r"^long\.txt: no room for a temporary copy of the text "
                                           r"\(No space left on device\)$"):
        prepare_document(long_file(tmp_path))
    assert spools() == before
