"""`accord agreement --export` and `accord report -f csv|xlsx` write no cell a spreadsheet would run."""

import csv

import openpyxl
import pytest

from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.project import Project

LINK = '=HYPERLINK("http://x","y")'
INDEED = "- Indeed, it was hard"
TEXT = INDEED + " and then it was fine, mostly."


@pytest.fixture
def traps(tmp_path):
    """A project file: Ana and Ben code LINK on opposite halves (a negative kappa); "+1+1" and "@SUM(A1)" once."""
    path = tmp_path / "traps.accord"
    with Project.create(path) as project, project.command("Build a project of formula traps"):
        db = project.db
        for name in ("Ana", "Ben"):
            add_coder(db, name)
        add_document(db, "interview", TEXT)
        link, plus, at = (create_code(db, name) for name in (LINK, "+1+1", "@SUM(A1)"))
        half = len(TEXT) // 2
        apply_code(db, "interview", link.id, "Ana", 0, len(INDEED))
        apply_code(db, "interview", link.id, "Ben", half, len(TEXT))
        apply_code(db, "interview", plus.id, "Ana", half, len(TEXT))
        apply_code(db, "interview", at.id, "Ben", 0, 10)
    return path


def _rows(path, encoding="utf-8"):
    with open(path, newline="", encoding=encoding) as handle:
        return list(csv.DictReader(handle))


def test_agreement_export_csv(accord, traps, tmp_path):
    out = tmp_path / "agreement.csv"
    assert accord("agreement", traps, "--export", out).status == 0
    rows = [r for r in _rows(out, "utf-8-sig") if r["level"] == "code" and r["scope"] == "pooled"]
    assert {r["code"] for r in rows} == {"'" + LINK, "'+1+1", "'@SUM(A1)"}
    link = next(r for r in rows if r["code"] == "'" + LINK)
    assert float(link["cohen_kappa"]) < 0 and int(link["characters"]) == len(TEXT)


def test_agreement_export_xlsx(accord, traps, tmp_path):
    out = tmp_path / "agreement.xlsx"
    assert accord("agreement", traps, "--export", out).status == 0
    sheet = openpyxl.load_workbook(out)["Agreement"]
    header = [c.value for c in sheet[1]]
    codes = {r[1].value: r for r in sheet.iter_rows(min_row=2) if r[1].value and "All codes" not in r[1].value}
    assert set(codes) == {"'" + LINK, "'+1+1", "'@SUM(A1)"}
    assert all(r[1].data_type == "s" for r in codes.values())
    kappa = codes["'" + LINK][header.index("Cohen's κ")]
    assert kappa.data_type == "n" and kappa.value < 0


def test_report_csv_tables(accord, traps, tmp_path):
    out = tmp_path / "tables"
    assert accord("report", traps, "-f", "csv", "-o", out).status == 0
    assert [r["name"] for r in _rows(out / "codebook.csv")] == ["'" + LINK, "'+1+1", "'@SUM(A1)"]
    indeed = next(r for r in _rows(out / "segments.csv") if r["coder"] == "Ana" and r["code"] == "'" + LINK)
    assert indeed["text"] == "'" + INDEED and (int(indeed["start"]), int(indeed["end"])) == (0, len(INDEED))


def test_report_xlsx(accord, traps, tmp_path):
    out = tmp_path / "report.xlsx"
    assert accord("report", traps, "-f", "xlsx", "-o", out).status == 0
    book = openpyxl.load_workbook(out)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if c.data_type == "f"]
    texts = {c.value: c for c in cells if isinstance(c.value, str)}
    assert {"'" + LINK, "'+1+1", "'@SUM(A1)", "'" + INDEED} <= set(texts)
    assert all(c.data_type == "s" for c in texts.values())
    segments = book["Coded segments"]
    header = [c.value for c in segments[1]]
    row = next(r for r in segments.iter_rows(min_row=2) if r[header.index("text")].value == "'" + INDEED)
    assert row[header.index("end")].data_type == "n" and row[header.index("end")].value == len(INDEED)
