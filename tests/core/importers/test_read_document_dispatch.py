"""Dispatch by suffix, and failures: every problem is an ImportFailed naming the file."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.core.errors import AccordError, ImportFailed
from accord.core.importers import SUPPORTED_SUFFIXES, RawText, read_document

from importer_samples import RTF_SAMPLE, docx_bytes, odt_bytes, pdf_bytes, write


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm", ".odt", ".rtf",
                                  ".vtt", ".srt")


def test_import_failed_is_an_accord_error():
    assert issubclass(ImportFailed, AccordError)


def test_suffix_is_case_insensitive(tmp_path):
    assert read_document(write(tmp_path / "NOTES.TXT", b"hello")).format == "txt"


def test_accepts_str_paths(tmp_path):
    assert read_document(str(write(tmp_path / "a.txt", b"hello"))).text == "hello"


def test_raw_text_is_frozen():
    raw = RawText("x", "txt", "utf-8")
    assert raw.notes == ()
    with pytest.raises(AttributeError):
        raw.text = "y"  # type: ignore[misc]


@pytest.mark.parametrize(("name", "problem"), [
    ("picture.png", r"unsupported file type '\.png'"),
    ("README", r"unsupported file type \(no extension\)"),
    ("old.doc", r"unsupported file type '\.doc'"),
])
def test_unknown_suffix(tmp_path, name, problem):
    with pytest.raises(ImportFailed, match=rf"^{name}: {problem}; supported: \.txt, "):
        read_document(write(tmp_path / name, b"data"))


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file(tmp_path, suffix):
    with pytest.raises(ImportFailed, match=rf"^empty{suffix}: the file is empty$"):
        read_document(write(tmp_path / f"empty{suffix}", b""))


@pytest.mark.parametrize("content", [
    b"   \n\t\r\n", b"\x00" + b" " * 20, codecs.BOM_UTF8, b"<html><head><title>t</title></head></html>",
])
def test_file_without_visible_text(tmp_path, content):
    suffix = ".html" if content.startswith(b"<html") else ".txt"
    with pytest.raises(ImportFailed, match=rf"^blank{suffix}: no text found"):
        read_document(write(tmp_path / f"blank{suffix}", content))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFailed, match=r"^gone\.txt: file not found$"):
        read_document(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ImportFailed, match=r"^folder\.txt: "):
        read_document(tmp_path / "folder.txt")


# --- robustness: random and damaged input --------------------------------------------

MAGIC_PREFIXES = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"{\\rtf1 ", b"<html><meta charset=utf-8>",
                  codecs.BOM_UTF8, codecs.BOM_UTF16_LE]


def _read_or_fail(path) -> None:
    try:
        raw = read_document(path)
    except ImportFailed as error:
        message = str(error)
        assert message.startswith(f"{path.name}: ") and "\n" not in message
    else:
        assert isinstance(raw, RawText) and isinstance(raw.text, str)


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(SUPPORTED_SUFFIXES), prefix=st.sampled_from(MAGIC_PREFIXES),
       data=st.binary(max_size=600))
def test_random_bytes_give_raw_text_or_import_failed(tmp_path, suffix, prefix, data):
    _read_or_fail(write(tmp_path / f"random{suffix}", prefix + data))


@pytest.fixture(scope="module")
def valid_samples() -> dict[str, bytes]:
    from odf.text import P

    return {
        ".docx": docx_bytes(lambda document: document.add_paragraph("Interviewer: hello there")),
        ".odt": odt_bytes(lambda document: document.text.addElement(P(text="Interviewer: hello there"))),
        ".pdf": pdf_bytes(["Interviewer: hello there"]),
        ".rtf": RTF_SAMPLE,
        ".html": b"<html><body><p>Interviewer: hello</p><p>there</p></body></html>",
    }


@settings(max_examples=120, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".docx", ".odt", ".pdf", ".rtf", ".html"]), edits=st.data())
def test_damaged_documents_give_raw_text_or_import_failed(tmp_path, valid_samples, suffix, edits):
    data = bytearray(valid_samples[suffix])
    for _ in range(edits.draw(st.integers(1, 4), label="edits")):
        position = edits.draw(st.integers(0, len(data) - 1), label="position")
        data[position] = edits.draw(st.integers(0, 255), label="byte")
    if edits.draw(st.booleans(), label="truncate"):
        del data[edits.draw(st.integers(1, len(data)), label="cut at"):]
    _read_or_fail(write(tmp_path / f"damaged{suffix}", bytes(data)))
