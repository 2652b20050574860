"""Every CSV and XLSX writer neutralises text a spreadsheet would run, and keeps numbers as numbers.

The writers: the agreement comparison (write_csv, write_xlsx) and the report's
tables (write_report "csv" and "xlsx", styled and plain).
"""

import csv

import openpyxl
import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.export import write_csv, write_xlsx
from accord.core.attributes import set_attribute
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.project import Project
from accord.core.reports import ReportOptions, build_report, write_report

LINK = '=HYPERLINK("http://x","y")'
HOSTILE_CODES = (LINK, "+1+1", "@SUM(A1)")
INDEED = "- Indeed, it was hard"   # 21 characters: the text of Ana's LINK segment
TEXT = INDEED + " and then it was fine, mostly."
DOCUMENT = "=doc"
ATTRIBUTE = ("-site", "+north")


def build(db) -> None:
    """Ana and @Ben on one document: LINK coded on opposite halves (a negative kappa), the others once each."""
    add_coder(db, "Ana")
    add_coder(db, "@Ben")
    add_document(db, DOCUMENT, TEXT)
    set_attribute(db, DOCUMENT, *ATTRIBUTE)
    link, plus, at = (create_code(db, name) for name in HOSTILE_CODES)
    half = len(TEXT) // 2
    apply_code(db, DOCUMENT, link.id, "Ana", 0, len(INDEED))
    apply_code(db, DOCUMENT, link.id, "@Ben", half, len(TEXT))
    apply_code(db, DOCUMENT, plus.id, "Ana", half, len(TEXT))
    apply_code(db, DOCUMENT, at.id, "@Ben", 0, 10)


@pytest.fixture
def project():
    project = Project.in_memory(undo=False)
    with project.command("Build a project of formula traps"):
        build(project.db)
    yield project
    project.close()


def _neutral(text: str) -> bool:
    return text.startswith("'") and text[1:2] in ("=", "+", "-", "@")


def _csv_rows(path, encoding="utf-8") -> list[list[str]]:
    with open(path, newline="", encoding=encoding) as handle:
        return list(csv.reader(handle))


def _csv_cells(rows) -> set[str]:
    return {cell for row in rows for cell in row}


def _runnable(cells) -> list[str]:
    """CSV cells that start like a formula and are not numbers (negative numbers stay numbers)."""
    def number(text):
        try:
            float(text)
        except ValueError:
            return False
        return True

    return [c for c in cells if c.lstrip()[:1] in ("=", "+", "-", "@") and not number(c)]


def _xlsx_cells(path):
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None]


def _no_formula(cells) -> None:
    assert all(c.data_type != "f" for c in cells)
    texts = [c for c in cells if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in texts)
    assert not [c.value for c in texts if c.value.lstrip()[:1] in ("=", "+", "-", "@")]  # all neutralised


# -- the agreement comparison ---------------------------------------------------------------------
def test_agreement_csv_neutralises_text_and_keeps_numbers(project, tmp_path):
    result = compute_agreement(project.db, AgreementOptions(coders=("Ana", "@Ben")))
    rows = _csv_rows(write_csv(result, tmp_path / "a.csv"), "utf-8-sig")
    header, body = rows[0], rows[1:]
    cells = _csv_cells(body)
    assert {"'" + name for name in HOSTILE_CODES} <= cells
    assert "'@Ben" in cells and "'=doc" in cells and "Ana|@Ben" in cells  # the pair does not start with @
    assert not _runnable(cells) and any(c.startswith("-0.") for c in cells)
    link = next(dict(zip(header, r)) for r in body if r[header.index("code")] == "'" + LINK
                and r[header.index("scope")] == "pooled")
    kappa = float(link["cohen_kappa"])  # the number in the same row is still a plain number
    assert kappa < 0 and link["cohen_kappa"] == repr(kappa)
    assert int(link["characters"]) == len(TEXT)


def test_agreement_xlsx_stores_text_never_a_formula(project, tmp_path):
    result = compute_agreement(project.db, AgreementOptions(coders=("Ana", "@Ben")))
    path = write_xlsx(result, tmp_path / "a.xlsx")
    cells = _xlsx_cells(path)
    _no_formula(cells)
    values = {c.value for c in cells}
    assert {"'" + name for name in HOSTILE_CODES} <= values and "'=doc" in values
    sheet = openpyxl.load_workbook(path)["Agreement"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "'" + LINK)
    kappa = row[header.index("Cohen's κ")]
    assert kappa.data_type == "n" and isinstance(kappa.value, float) and kappa.value < 0
    assert row[header.index("Characters both coded")].data_type == "n"


# -- the report's tables --------------------------------------------------------------------------
def test_report_csv_tables_neutralise_text_and_keep_numbers(project, tmp_path):
    model = build_report(project.db, ReportOptions(segments=True, memos=True))
    written = write_report(model, "csv", tmp_path / "tables")
    cells = set().union(*(_csv_cells(_csv_rows(path)) for path in written))
    assert {"'" + name for name in HOSTILE_CODES} <= cells
    assert {"'=doc", "'@Ben", "'-site", "'+north", "'" + INDEED} <= cells
    assert not _runnable(cells) and any(c.startswith("-0.") for c in cells)

    segments = _csv_rows(tmp_path / "tables" / "segments.csv")
    header = segments[0]
    indeed = next(dict(zip(header, r)) for r in segments[1:] if r[header.index("text")] == "'" + INDEED)
    assert indeed["code"] == "'" + LINK and indeed["document"] == "'=doc"
    assert (int(indeed["start"]), int(indeed["end"])) == (0, len(INDEED))  # numbers unquoted, parse as numbers
    raw = (tmp_path / "tables" / "segments.csv").read_text(encoding="utf-8")
    assert f",0,{len(INDEED)}," in raw

    documents = _csv_rows(tmp_path / "tables" / "documents.csv")
    assert documents[0][-1] == "'-site" and documents[1][:2] == ["'=doc", str(len(TEXT))]


@pytest.mark.parametrize("styled", [True, False])
def test_report_xlsx_stores_text_never_a_formula(project, tmp_path, monkeypatch, styled):
    from accord.core.reports import tables

    if not styled:
        monkeypatch.setattr(tables, "STYLED_ROWS", 0)  # large tables take the plain path
    model = build_report(project.db, ReportOptions(segments=True, memos=True))
    out = tmp_path / "report.xlsx"
    write_report(model, "xlsx", out)
    cells = _xlsx_cells(out)
    _no_formula(cells)
    assert {"'" + name for name in HOSTILE_CODES} | {"'=doc", "'@Ben", "'-site", "'+north", "'" + INDEED} \
        <= {c.value for c in cells}

    sheet = openpyxl.load_workbook(out)["Coded segments"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[header.index("text")].value == "'" + INDEED)
    start, end = row[header.index("start")], row[header.index("end")]
    assert (start.value, end.value) == (0, len(INDEED)) and start.data_type == end.data_type == "n"
