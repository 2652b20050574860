"""The retrieval printout: every segment of one code, document by document (txt and docx)."""

import io

import docx
import pytest

from accord.core.codebook import descendant_ids, resolve_code
from accord.core.codings import segments
from accord.core.errors import InvalidValue, NotFound
from accord.core.reports.retrieval import render_text, retrieval_docx, retrieve, write_retrieval
from report_helpers import SCRIPT


def test_one_code_without_its_sub_codes(sample):
    found = retrieve(sample.db, "Loneliness")
    expected = segments(sample.db, code="Loneliness")
    assert found.code_path == "Settling in/Loneliness"
    assert found.codings == len(expected) == 16
    assert sum(len(s.coding_ids) for d in found.documents for s in d.segments) == 16
    assert [d.name for d in found.documents] == ["01-maya", "02-tomasz", "03-leila", "04-focus-group"]
    listed = {i for d in found.documents for s in d.segments for i in s.coding_ids}
    assert listed == {s.id for s in expected}
    text = render_text(found)
    assert text.startswith("Retrieved segments: Settling in/Loneliness\n")
    for segment in expected:
        assert " ".join(segment.text.split()[:4]) in " ".join(text.split())


def test_sub_codes_and_coders(sample):
    db = sample.db
    found = retrieve(db, "Support", subcodes=True, coders=["Ben"])
    ids = descendant_ids(db, resolve_code(db, "Support"))
    expected = [s for s in segments(db, coder="Ben") if s.code_id in ids]
    assert found.codings == found.total == len(expected)
    assert found.coders == ["Ben"]
    assert {s.code_path for d in found.documents for s in d.segments} > {"Support/Family support"}
    assert "with sub-codes" in render_text(found)


def test_identical_spans_of_two_coders_are_listed_once(sample):
    found = retrieve(sample.db, "Support", subcodes=True)
    shared = [s for d in found.documents for s in d.segments if len(s.coding_ids) == 2]
    assert shared and all(s.coder == "Ana, Ben" for s in shared)
    assert found.codings == found.total + len(shared)


def test_docx_and_txt_files(sample, tmp_path):
    found = retrieve(sample.db, "Othering", memos=True)
    write_retrieval(found, "txt", tmp_path / "o.txt")
    write_retrieval(found, "docx", tmp_path / "o.docx")
    document = docx.Document(str(tmp_path / "o.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{d.name} ({len(d.segments)} segment{'s' if len(d.segments) != 1 else ''})"
                        for d in found.documents]
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert len(quotes) >= found.total
    assert (tmp_path / "o.txt").read_text(encoding="utf-8") == render_text(found)
    with pytest.raises(InvalidValue):
        write_retrieval(found, "pdf", tmp_path / "o.pdf")


def test_unknown_code(sample):
    with pytest.raises(NotFound):
        retrieve(sample.db, "Nope")


def test_hostile(hostile):
    found = retrieve(hostile.db, SCRIPT, subcodes=True, memos=True)
    assert found.total >= 3
    document = docx.Document(io.BytesIO(retrieval_docx(found)))
    assert SCRIPT in document.paragraphs[1].text
    assert "memo <script>" in render_text(found)
