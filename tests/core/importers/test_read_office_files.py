"""Word (.docx), OpenDocument (.odt) and RTF."""

from __future__ import annotations

import pytest
from odf.office import Annotation
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, List, ListItem, Note, NoteBody, NoteCitation, P, S, Span, Tab

from accord.core.errors import ImportFailed
from accord.core.importers import read_document

from importer_samples import RTF_SAMPLE, docx_bytes, odt_bytes, w_xml, write, zip_bytes

# --- docx -----------------------------------------------------------------------------


def _interview_docx(document) -> None:
    document.add_heading("Interview 1", 1)
    document.add_paragraph("Q: How did it start?")
    document.add_paragraph("")
    document.add_paragraph("A: Ünïcödé – “quotes”, naïve café.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "A1"
    table.cell(0, 1).text = "B1"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "merged"
    document.add_paragraph("After the table")


def test_docx_paragraphs_and_tables_in_body_order(tmp_path):
    raw = read_document(write(tmp_path / "interview.docx", docx_bytes(_interview_docx)))
    assert raw.text == (
        "Interview 1\n\nQ: How did it start?\n\nA: Ünïcödé – “quotes”, naïve café.\n\n"
        "A1\n\nB1\n\nmerged\n\nAfter the table"
    )
    assert (raw.format, raw.encoding, raw.notes) == ("docx", None, ())


def test_docx_runs_tabs_breaks_and_nested_tables(tmp_path):
    def build(document):
        run = document.add_paragraph().add_run("before tab")
        run.add_tab()
        run.add_text("after tab")
        run.add_break()
        run.add_text("next line")
        outer = document.add_table(rows=1, cols=1)
        outer.cell(0, 0).text = "outer"
        outer.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "inner"

    raw = read_document(write(tmp_path / "runs.docx", docx_bytes(build)))
    assert raw.text.startswith("before tab\tafter tab\nnext line\n\nouter\n\ninner")


def test_docx_tracked_changes_hyperlinks_and_content_controls(tmp_path):
    def build(document):
        paragraph = document.add_paragraph("Kept ")
        paragraph._p.append(w_xml('<w:ins w:id="1" w:author="x"><w:r><w:t>inserted</w:t></w:r></w:ins>'))
        paragraph._p.append(w_xml(
            '<w:del w:id="2" w:author="x"><w:r><w:delText>deleted</w:delText></w:r></w:del>'
        ))
        paragraph._p.append(w_xml(
            '<w:hyperlink w:anchor="x"><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink>'
        ))
        paragraph._p.addnext(w_xml(
            "<w:sdt><w:sdtContent><w:p><w:r><w:t>In a control</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ))

    raw = read_document(write(tmp_path / "tracked.docx", docx_bytes(build)))
    assert raw.text == "Kept inserted link\n\nIn a control"


def test_docx_text_boxes_are_skipped_with_a_note(tmp_path):
    def build(document):
        document.add_paragraph("Body text")
        document.add_paragraph().add_run()._r.append(w_xml(
            "<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict>"
        ))

    raw = read_document(write(tmp_path / "boxes.docx", docx_bytes(build)))
    assert "Box text" not in raw.text and raw.text.startswith("Body text")
    assert raw.notes == ("text boxes were not imported",)


def test_docx_truncated_zip(tmp_path):
    data = docx_bytes(_interview_docx)
    with pytest.raises(ImportFailed, match=r"^interview\.docx: not a valid \.docx file \(zip is damaged\)$"):
        read_document(write(tmp_path / "interview.docx", data[: len(data) // 2]))


def test_docx_that_is_another_zip(tmp_path):
    with pytest.raises(ImportFailed, match=r"^other\.docx: not a valid \.docx file"):
        read_document(write(tmp_path / "other.docx", zip_bytes({"readme.txt": b"hello"})))


def test_old_word_or_encrypted_docx(tmp_path):
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(ImportFailed, match=r"^old\.docx: .*password-protected or an old Word \.doc file"):
        read_document(write(tmp_path / "old.docx", ole2))


def test_docx_with_only_empty_paragraphs(tmp_path):
    data = docx_bytes(lambda document: document.add_paragraph("   "))
    with pytest.raises(ImportFailed, match=r"^blank\.docx: no text found"):
        read_document(write(tmp_path / "blank.docx", data))


# --- odt ------------------------------------------------------------------------------


def _interview_odt(document) -> None:
    document.text.addElement(H(outlinelevel=1, text="Interview 2"))
    paragraph = P(text="Hello")
    paragraph.addElement(S(c=3))
    paragraph.addElement(Span(text="world"))
    paragraph.addElement(Tab())
    paragraph.addText("tabbed")
    paragraph.addElement(LineBreak())
    paragraph.addText("next line")
    note = Note(noteclass="footnote", id="n1")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="footnote body"))
    note.addElement(body)
    paragraph.addElement(note)
    paragraph.addText(" after the note")
    comment = Annotation()
    comment.addElement(P(text="a comment"))
    paragraph.addElement(comment)
    document.text.addElement(paragraph)
    items = List()
    item = ListItem()
    item.addElement(P(text="list item"))
    items.addElement(item)
    document.text.addElement(items)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for text in ("cell 1", "cell 2"):
        cell = TableCell()
        cell.addElement(P(text=text))
        row.addElement(cell)
    table.addElement(row)
    document.text.addElement(table)
    document.text.addElement(P(text="Çà et là"))


def test_odt_paragraphs_headings_lists_tables_in_order(tmp_path):
    raw = read_document(write(tmp_path / "interview.odt", odt_bytes(_interview_odt)))
    assert raw.text == (
        "Interview 2\n\nHello   world\ttabbed\nnext line after the note\n\nlist item\n\ncell 1\n\ncell 2\n\nÇà et là"
    )
    assert (raw.format, raw.encoding) == ("odt", None)


ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
CONTENT_WITH_TRACKED_CHANGES = b"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
  <office:body>
    <office:text>
      <text:tracked-changes>
        <text:changed-region text:id="ct1">
          <text:deletion><text:p>deleted words</text:p></text:deletion>
        </text:changed-region>
      </text:tracked-changes>
      <text:p>Kept<text:change text:change-id="ct1"/>   text
        across  source lines</text:p>
      <text:section><text:h>In a section</text:h></text:section>
    </office:text>
  </office:body>
</office:document-content>"""


def test_odt_skips_tracked_deletions_and_collapses_xml_whitespace(tmp_path):
    data = zip_bytes({"mimetype": ODT_MIMETYPE, "content.xml": CONTENT_WITH_TRACKED_CHANGES})
    raw = read_document(write(tmp_path / "tracked.odt", data))
    assert raw.text == "Kept text across source lines\n\nIn a section"


def test_odt_truncated_zip(tmp_path):
    data = odt_bytes(_interview_odt)
    with pytest.raises(ImportFailed, match=r"^interview\.odt: not a valid \.odt file \(zip is damaged\)$"):
        read_document(write(tmp_path / "interview.odt", data[: len(data) // 2]))


@pytest.mark.parametrize(("members", "problem"), [
    ({"mimetype": ODT_MIMETYPE}, r"no content\.xml"),
    ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"},
     "not an OpenDocument text document"),
    ({"mimetype": ODT_MIMETYPE, "content.xml": b"<office:document-content"}, r"damaged \.odt file"),
    ({"mimetype": ODT_MIMETYPE, "content.xml": b"\x00garbage",
      "META-INF/manifest.xml": b"<manifest:encryption-data/>"}, "password-protected"),
    ({"mimetype": ODT_MIMETYPE, "content.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>'},
     r"damaged \.odt file"),
])
def test_odt_broken_packages(tmp_path, members, problem):
    with pytest.raises(ImportFailed, match=rf"^bad\.odt: .*{problem}"):
        read_document(write(tmp_path / "bad.odt", zip_bytes(members)))


# --- rtf ------------------------------------------------------------------------------


def test_rtf_text_with_escapes_unicode_and_surrogate_pairs(tmp_path):
    raw = read_document(write(tmp_path / "letter.rtf", RTF_SAMPLE))
    assert raw.text == "Café naïve — dash\nEmoji 😀 here\nBold end"
    assert (raw.format, raw.encoding) == ("rtf", None)


def test_rtf_declared_code_page(tmp_path):
    data = rb"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2\par}"
    assert read_document(write(tmp_path / "ru.rtf", data)).text == "Привет\n"


def test_rtf_with_raw_utf8_bytes(tmp_path):
    data = "{\\rtf1\\ansi Olá, ação\\par}".encode("utf-8")
    assert read_document(write(tmp_path / "raw.rtf", data)).text == "Olá, ação\n"


def test_file_named_rtf_that_is_not_rtf(tmp_path):
    with pytest.raises(ImportFailed, match=r"^fake\.rtf: not an RTF file"):
        read_document(write(tmp_path / "fake.rtf", b"just some text"))


def test_rtf_with_no_text(tmp_path):
    with pytest.raises(ImportFailed, match=r"^empty\.rtf: no text found"):
        read_document(write(tmp_path / "empty.rtf", rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par}"))
