"""Hostile and broken files: a clear error (or a warning for what is skipped), and the project unchanged."""

import time
import tracemalloc
import zipfile

import pytest

from accord.core import codings as codings_module
from accord.core.project import Project
from accord.core.refi import RefiError, import_refi, read_refi
from accord.core.refi.safety import Limits, SafeZip
from accord.core.sample import build_sample
from refi_helpers import CODEBOOK_NS, covered_texts, new_guid, project_xml, selection_xml, text_source_xml, write_qdpx

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="11111111-1111-1111-1111-111111111111" name="&lol9;" isCodable="true"/></Codes></CodeBook>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="11111111-1111-1111-1111-111111111111" name="leak" isCodable="true"><Description>&secret;</Description>
</Code></Codes></CodeBook>
"""

CODE = new_guid()
CODES = f'<Code guid="{CODE}" name="Code" isCodable="true"/>'


@pytest.fixture(scope="module")
def _sample_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("sample") / "s.accord"
    build_sample(path)
    with Project.open(path) as project:  # fold the WAL into the file so its bytes are the whole project
        project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


@pytest.fixture
def busy_project(_sample_bytes, tmp_path):
    """A project with content, on disk."""
    path = tmp_path / "busy.accord"
    path.write_bytes(_sample_bytes)
    project = Project.open(path)
    yield project
    project.close()


def refused(project, path, match: str, dump) -> str:
    """Import must fail with RefiError matching `match` and change nothing."""
    before = dump(project.db)
    with pytest.raises(RefiError, match=match) as caught:
        import_refi(project, path)
    assert dump(project.db) == before
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_billion_laughs_is_refused(busy_project, tmp_path, dump):
    path = tmp_path / "laughs.qdc"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    started = time.perf_counter()
    refused(busy_project, path, "entities", dump)
    assert time.perf_counter() - started < 2


def test_an_external_entity_is_refused(busy_project, tmp_path, dump):
    path = tmp_path / "xxe.qdc"
    path.write_text(EXTERNAL_ENTITY, encoding="utf-8")
    refused(busy_project, path, "entities", dump)
    inside = write_qdpx(tmp_path / "xxe.qdpx", EXTERNAL_ENTITY.replace("CodeBook", "Project").replace(
        "codebook", "project").replace("<Project ", '<Project name="x" '))
    message = refused(busy_project, inside, "entities", dump)
    assert "root:" not in message  # nothing of /etc/passwd shows up


def test_an_external_dtd_is_not_fetched(busy_project, tmp_path, dump):
    path = tmp_path / "dtd.qdc"
    path.write_text('<?xml version="1.0"?><!DOCTYPE CodeBook SYSTEM "http://example.invalid/evil.dtd">'
                    f'<CodeBook xmlns="{CODEBOOK_NS}"><Codes>{CODES}</Codes></CodeBook>', encoding="utf-8")
    # defusedxml never fetches external DTDs; the file itself is harmless and is read.
    report = import_refi(busy_project, path)
    assert report.codes_created == 1


@pytest.mark.parametrize("member", ["../evil.txt", "Sources/../../evil.txt", "/tmp/evil.txt", "C:\\evil.txt",
                                    "..\\evil.txt"])
def test_zip_slip_paths_are_refused(busy_project, tmp_path, dump, member):
    path = write_qdpx(tmp_path / "slip.qdpx", project_xml(origin="x", codes=CODES), extra={member: b"pwned"})
    refused(busy_project, path, "unsafe path", dump)
    assert not (tmp_path.parent / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory):
    """A .qdpx whose source is 200 MB of one letter (about 200 KB compressed)."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.qdpx"
    guid = new_guid()
    qde = project_xml(origin="x", codes=CODES, sources=text_source_xml(guid, "Big", [selection_xml(0, 5, CODE)]))
    chunk = b"a" * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("project.qde", qde)
        with archive.open(f"Sources/{guid}.txt", "w", force_zip64=True) as member:
            for _ in range(200):
                member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    return path


def test_a_zip_bomb_is_refused_quickly_without_inflating_it(busy_project, zip_bomb, dump):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        refused(busy_project, zip_bomb, "zip bomb", dump)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 2
    assert peak < 20 * 1024 * 1024


def test_zip_limits(tmp_path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for index in range(5):
            archive.writestr(f"f{index}.txt", b"x" * 1000)
    with pytest.raises(RefiError, match="5 files"):
        SafeZip(path, Limits(max_members=4))
    with pytest.raises(RefiError, match="would unpack to"):
        SafeZip(path, Limits(max_source=999, max_xml=999))
    with pytest.raises(RefiError, match="archive would unpack"):
        SafeZip(path, Limits(max_total=4999))
    with pytest.raises(RefiError, match="zip bomb"):
        SafeZip(path, Limits(ratio_floor=100, max_ratio=2))
    with SafeZip(path, Limits(max_total=5000)) as archive:
        assert archive.read("f0.txt", 1000) == b"x" * 1000
        with pytest.raises(RefiError, match="limit"):
            archive.read("f1.txt", 999)


def test_a_member_that_lies_about_its_size_is_not_read_past_it(tmp_path):
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", b"y" * 100_000)
    data = bytearray(path.read_bytes())
    # Claim 10 bytes in both the local header and the central directory (offsets 22 and 46+24).
    central = data.rindex(b"PK\x01\x02")
    data[22:26] = (10).to_bytes(4, "little")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with SafeZip(path) as archive, pytest.raises(RefiError):
        archive.read("a.txt", 1_000_000)


def test_a_missing_source_is_skipped_with_a_warning(busy_project, tmp_path):
    here, gone, outside = new_guid(), new_guid(), new_guid()
    sources = (text_source_xml(here, "Here", [selection_xml(0, 5, CODE)])
               + text_source_xml(gone, "Gone", [selection_xml(0, 5, CODE), selection_xml(6, 9, CODE)])
               + text_source_xml(outside, "Outside", [], path="relative:///C:/Users/x/secret.txt"))
    path = write_qdpx(tmp_path / "missing.qdpx", project_xml(origin="x", codes=CODES, sources=sources),
                      {f"{here}.txt": b"Hello there"})
    documents_before = busy_project.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    report = import_refi(busy_project, path)
    assert report.documents_created == 1 and report.codings_added == 1
    assert busy_project.db.execute("SELECT count(*) FROM documents").fetchone()[0] == documents_before + 1
    assert covered_texts(busy_project.db, "Here") == ["Hello"]
    assert any("'Gone' skipped" in w and "missing from the archive" in w and "2 codings" in w
               for w in report.warnings)
    assert any("'Outside' skipped" in w and "outside the file" in w for w in report.warnings)


def test_selections_outside_the_text_are_skipped(tmp_path):
    guid = new_guid()
    sources = text_source_xml(guid, "Short", [selection_xml(0, 5, CODE), selection_xml(3, 500, CODE),
                                              selection_xml(-2, 1, CODE), selection_xml(4, 2, CODE),
                                              selection_xml(2, 2, CODE)])
    path = write_qdpx(tmp_path / "bad.qdpx", project_xml(origin="x", codes=CODES, sources=sources),
                      {f"{guid}.txt": b"Short text"})
    project = Project.in_memory()
    report = import_refi(project, path)
    assert covered_texts(project.db) == ["Short"]
    assert "3 selections outside the text of their source skipped" in report.warnings
    assert "1 empty selection skipped" in report.warnings


@pytest.mark.parametrize("content, match", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"not xml at all", "not well-formed"),
    (b"<html><body>hi</body></html>", "not a REFI-QDA file"),
    (b"<CodeBook><Codes><Code", "not well-formed"),
    (b"PK\x03\x04 this is no zip", "not a valid .qdpx"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not well-formed"),
])
def test_broken_files_get_a_clear_error(busy_project, tmp_path, dump, content, match):
    path = tmp_path / "broken.qdpx"
    path.write_bytes(content)
    refused(busy_project, path, match, dump)


def test_archives_without_one_project_file(busy_project, tmp_path, dump):
    empty = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("Sources/a.txt", b"text")
    refused(busy_project, empty, "no project.qde", dump)
    two = write_qdpx(tmp_path / "two.qdpx", project_xml(origin="x"), extra={"other.qde": b"<Project/>"})
    refused(busy_project, two, "2 .qde files", dump)
    codebook = write_qdpx(tmp_path / "cb.qdpx", f'<CodeBook xmlns="{CODEBOOK_NS}"><Codes>{CODES}</Codes></CodeBook>')
    refused(busy_project, codebook, "holds a <Project>", dump)


def test_no_such_file_or_a_folder(busy_project, tmp_path, dump):
    refused(busy_project, tmp_path / "nothing.qdpx", "no such file", dump)
    refused(busy_project, tmp_path, "folder", dump)


def test_a_binary_source_is_skipped(tmp_path):
    guid = new_guid()
    path = write_qdpx(tmp_path / "bin.qdpx", project_xml(origin="x", codes=CODES, sources=text_source_xml(
        guid, "Binary", [selection_xml(0, 5, CODE)])), {f"{guid}.txt": bytes(range(256)) * 20})
    project = Project.in_memory()
    report = import_refi(project, path)
    assert report.documents_created == 0
    assert any("'Binary' skipped" in w for w in report.warnings)


def test_a_failure_while_writing_leaves_the_project_unchanged(busy_project, tmp_path, dump, monkeypatch):
    guid = new_guid()
    path = write_qdpx(tmp_path / "ok.qdpx", project_xml(origin="x", codes=CODES, sources=text_source_xml(
        guid, "New", [selection_xml(0, 5, CODE), selection_xml(6, 9, CODE)])), {f"{guid}.txt": b"Brand new text"})
    before = dump(busy_project.db)
    calls = []
    real = codings_module.apply_code

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)

    monkeypatch.setattr("accord.core.refi.import_.apply_code", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        import_refi(busy_project, path)
    assert dump(busy_project.db) == before


def test_read_refi_only_reads(tmp_path):
    guid = new_guid()
    path = write_qdpx(tmp_path / "r.qdpx", project_xml(origin="Tool 1", codes=CODES, sources=text_source_xml(
        guid, "T", [selection_xml(0, 5, CODE)])), {f"{guid}.txt": b"Hello world"})
    refi = read_refi(path)
    assert refi.kind == "project" and refi.origin == "Tool 1"
    assert [s.name for s in refi.sources] == ["T"] and refi.sources[0].text_bytes == b"Hello world"


def test_codes_nested_absurdly_deep_are_refused(busy_project, tmp_path, dump):
    depth = 5000
    path = tmp_path / "deep.qdc"
    path.write_text(f'<CodeBook xmlns="{CODEBOOK_NS}"><Codes>'
                    + f'<Code guid="{CODE}" name="x" isCodable="true">' * depth + "</Code>" * depth
                    + "</Codes></CodeBook>", encoding="utf-8")
    refused(busy_project, path, "nested more than", dump)
