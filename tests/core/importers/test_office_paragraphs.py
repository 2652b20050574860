"""DOCX and ODT interviews keep a blank line between paragraphs, as a .txt interview has them."""

from __future__ import annotations

from odf.text import P

from accord.core.importers import read_document
from accord.core.importing import prepare_document
from accord.core.turns import detect_turns

from importer_samples import docx_bytes, odt_bytes, write

TURNS = [
    "Interviewer: How did it start?",
    "Maya: Slowly. Then all at once.",
    "Interviewer: And now?",
    "Maya: Better.",
]
AS_TXT = "\n\n".join(TURNS)  # how the same interview reads from a .txt file


def _docx(tmp_path, paragraphs):
    def build(document):
        for text in paragraphs:
            document.add_paragraph(text)
    return write(tmp_path / "interview.docx", docx_bytes(build))


def _odt(tmp_path, paragraphs):
    def build(document):
        for text in paragraphs:
            document.text.addElement(P(text=text))
    return write(tmp_path / "interview.odt", odt_bytes(build))


def test_docx_paragraphs_are_separated_by_a_blank_line(tmp_path):
    assert read_document(_docx(tmp_path, TURNS)).text == AS_TXT


def test_odt_paragraphs_are_separated_by_a_blank_line(tmp_path):
    assert read_document(_odt(tmp_path, TURNS)).text == AS_TXT


def test_empty_paragraphs_used_as_spacing_give_one_blank_line(tmp_path):
    spaced = ["", TURNS[0], "", "", "   ", TURNS[1], TURNS[2], "", TURNS[3], ""]
    assert read_document(_docx(tmp_path, spaced)).text == AS_TXT
    assert read_document(_odt(tmp_path, spaced)).text == AS_TXT


def test_a_docx_interview_reads_like_the_same_txt_interview(tmp_path):
    txt = tmp_path / "same.txt"
    txt.write_text(AS_TXT + "\n", encoding="utf-8")
    from_docx, from_txt = prepare_document(_docx(tmp_path, TURNS)), prepare_document(txt)
    assert from_docx.read_text() == from_txt.read_text().rstrip("\n")
    assert from_docx.speakers == from_txt.speakers == ("Interviewer", "Maya")
    assert [t.speaker for t in detect_turns(from_docx.read_text())] == ["Interviewer", "Maya"] * 2
