"""Reading codebook files (issue #17): CSV as Excel writes it, XLSX, and Word tables and outlines."""

import docx
import pytest
from accord.core.codebook_files import read_codebook
from accord.core.codebook_files.columns import column_of, decode_cell, encode_cell
from accord.core.errors import ImportFailed
from openpyxl import Workbook


def entries(book):
    return [(e.parts, e.fields) for e in book.entries]


def test_headers_are_matched_case_insensitively_with_synonyms():
    assert [column_of(h) for h in ("CODE", "Code name", "code_name", "Parent code:", "Colour", "color",
                                   "Inclusion criteria", "Examples", "When not to use", "Notes")] == [
        "name", "name", "name", "parent", "colour", "colour", "inclusion", "example", "exclusion", None]


def test_a_windows_1252_csv_with_semicolons_from_excel(tmp_path):
    path = tmp_path / "book.csv"
    path.write_bytes("Code;Parent;Definition\r\nÉmotions;;Ce que l’on ressent\r\nPeur;Émotions;Crainte\r\n"
                     .encode("cp1252"))
    assert entries(read_codebook(path)) == [
        (("Émotions",), {"definition": "Ce que l’on ressent"}),
        (("Émotions", "Peur"), {"definition": "Crainte"}),
    ]


def test_a_utf16_tab_separated_file_as_excel_saves_unicode_text(tmp_path):
    path = tmp_path / "book.txt"
    path.write_bytes("Name\tParent\r\n日本\t\r\nÜber\t日本\r\n".encode("utf-16"))
    assert entries(read_codebook(path)) == [(("日本",), {}), (("日本", "Über"), {})]


def test_paths_with_either_separator_and_parents_named_by_a_later_row(tmp_path):
    path = tmp_path / "book.csv"
    path.write_text("Path,Description\nA > B/C > D,x\n", encoding="utf-8")
    assert entries(read_codebook(path)) == [(("A", "B/C", "D"), {"description": "x"})]
    path.write_text("Path\nA/B/C\n", encoding="utf-8")
    assert entries(read_codebook(path)) == [(("A", "B", "C"), {})]
    path.write_text("Name,Parent\nChild,Mother\nMother,Grandmother\n", encoding="utf-8")
    book = read_codebook(path)
    assert [e.parts for e in book.entries] == [("Grandmother", "Mother", "Child"), ("Grandmother", "Mother")]
    assert [e.loose for e in book.entries] == [True, True]  # "Grandmother" is in no row


def test_a_title_above_the_header_and_commas_in_a_semicolon_file(tmp_path):
    path = tmp_path / "book.csv"
    path.write_text("Our codebook, version 2\n\nName;Definition\nTrust;belief, in others, mostly\n",
                    encoding="utf-8")
    assert entries(read_codebook(path)) == [(("Trust",), {"definition": "belief, in others, mostly"})]


def test_rows_without_a_name_are_left_out_with_a_warning(tmp_path):
    path = tmp_path / "book.csv"
    path.write_text("Name,Definition\nA,x\n,orphan text\n,\n", encoding="utf-8")
    book = read_codebook(path)
    assert entries(book) == [(("A",), {"definition": "x"})]
    assert book.warnings == ["row 3: no code name; left out"]


def test_xlsx_reads_the_first_sheet_that_names_its_codes(tmp_path):
    workbook = Workbook()
    notes = workbook.active
    notes.title = "Notes"
    notes.append(["This workbook holds our codebook"])
    codes = workbook.create_sheet("Codes")
    codes.append([None])
    codes.append(["Name", "Parent", "Colour", "Example"])
    codes.append(["Trust", None, "#FF0000", 42])
    codes.append(["Doctors", "Trust", None, 3.0])
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    assert entries(read_codebook(path)) == [(("Trust",), {"colour": "#FF0000", "example": "42"}),
                                            (("Trust", "Doctors"), {"example": "3"})]


def test_a_word_table_with_codebook_columns(tmp_path):
    document = docx.Document()
    document.add_paragraph("Our codebook")
    other = document.add_table(rows=1, cols=2)
    other.rows[0].cells[0].text = "Version"
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("Code", "Parent", "Definition"), ("Work", "", "jobs"),
                                        ("Pay", "Work", "money")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "book.docx"
    document.save(path)
    assert entries(read_codebook(path)) == [(("Work",), {"definition": "jobs"}),
                                            (("Work", "Pay"), {"definition": "money"})]


def test_a_word_outline_of_headings_and_nested_lists(tmp_path):
    document = docx.Document()
    document.add_paragraph("Codebook", style="Title")
    document.add_heading("Work", level=1)
    document.add_paragraph("Anything about jobs.")
    document.add_paragraph("Second paragraph.")
    document.add_paragraph("Inclusion: paid work only")
    document.add_paragraph("Pay", style="List Bullet")
    document.add_paragraph("Overtime", style="List Bullet 2")
    document.add_paragraph("Bonus", style="List Bullet")
    document.add_heading("Careers", level=2)
    document.add_paragraph("Example: “I became a nurse”")
    document.add_heading("Family", level=1)
    path = tmp_path / "book.docx"
    document.save(path)
    assert entries(read_codebook(path)) == [
        (("Work",), {"definition": "Anything about jobs.\nSecond paragraph.", "inclusion": "paid work only"}),
        (("Work", "Pay"), {}),
        (("Work", "Pay", "Overtime"), {}),
        (("Work", "Bonus"), {}),
        (("Work", "Careers"), {"example": "“I became a nurse”"}),
        (("Family",), {}),
    ]


def test_a_word_document_without_a_codebook_is_refused(tmp_path):
    document = docx.Document()
    document.add_paragraph("Just some prose.")
    path = tmp_path / "prose.docx"
    document.save(path)
    with pytest.raises(ImportFailed, match=r"^prose.docx: holds no codebook"):
        read_codebook(path)


@pytest.mark.parametrize("text", ["=1+1", "'=1+1", "''=x", "'plain", "-5", " @SUM(A1)", "plain", "'", ""])
def test_a_cell_is_formula_safe_and_reads_back_as_it_was(text):
    cell = encode_cell(text)
    assert not cell.lstrip().startswith(("=", "+", "-", "@"))
    assert decode_cell(cell) == text
