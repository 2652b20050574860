"""The table exports: CSV (one file per table) and XLSX (one sheet per table)."""

import csv

import openpyxl
import pytest

from accord.core.codings import segments
from accord.core.documents import document_text
from accord.core.errors import InvalidValue
from accord.core.reports import ReportOptions, build_report, write_report
from accord.core.reports.tables import csv_paths
from accord.core.spreadsheet_cells import safe_cell
from report_helpers import FORMULA, agreement_model

NAMES = ["codebook", "segments", "code_document", "code_coder", "code_speaker", "cooccurrence", "documents", "coders"]


def _read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_csv_into_a_folder(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(segments=True, agreement=False))
    out = tmp_path / "tables"
    written = write_report(model, "csv", out)
    assert [p.name for p in written] == [f"{name}.csv" for name in NAMES]
    assert all(p.parent == out for p in written)

    codebook = _read(out / "codebook.csv")
    assert [r["path"] for r in codebook] == [c.path for c in model.codes]
    assert [int(r["codings"]) for r in codebook] == [c.codings for c in model.codes]
    assert [int(r["codings: Ana"]) + int(r["codings: Ben"]) for r in codebook] == [c.codings for c in model.codes]
    assert codebook[0]["definition"].startswith("Talk about the overall process")

    rows = _read(out / "segments.csv")
    reference = {s.id: s for s in segments(sample.db)}
    assert len(rows) == len(reference) == model.total_codings
    texts = {d.name: document_text(sample.db, d.id) for d in model.documents}
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert row["text"] == texts[row["document"]][start:end] == reference[int(row["coding id"])].text
        assert row["code path"].endswith(row["code"])
        assert row["memo"] == ""  # no --memos

    frequencies = _read(out / "code_document.csv")
    assert list(frequencies[0]) == ["code", "code id", *model.document_names, "total"]
    for row, code in zip(frequencies, model.codes):
        assert sum(int(row[d]) for d in model.document_names) == int(row["total"]) == code.codings

    documents = _read(out / "documents.csv")
    assert documents[1]["origin"] == "Łódź, Poland"
    coders = _read(out / "coders.csv")
    assert [(r["coder"], int(r["codings"])) for r in coders] == [("Ana", 82), ("Ben", 79)]


def test_csv_with_a_prefix(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(segments=True, agreement=False))
    written = write_report(model, "csv", tmp_path / "study.csv")
    assert [p.name for p in written] == [f"study-{name}.csv" for name in NAMES]
    assert csv_paths(tmp_path / "x.CSV", ["a"]) == {"a": tmp_path / "x-a.csv"}


def test_csv_memos_on_request(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(segments=True, memos=True))
    write_report(model, "csv", tmp_path)
    rows = _read(tmp_path / "segments.csv")
    assert sum(1 for r in rows if r["memo"]) == 12


def test_csv_round_trips_hostile_text(hostile, tmp_path):
    model = build_report(hostile.db, ReportOptions(segments=True, memos=True))
    write_report(model, "csv", tmp_path)
    rows = _read(tmp_path / "segments.csv")
    assert {r["text"] for r in rows} == {s.text for s in model.segments}
    assert any("\n" in r["text"] for r in rows)  # a line break inside a quoted field
    assert [r["name"] for r in _read(tmp_path / "codebook.csv")] == [safe_cell(c.name) for c in model.codes]


def test_csv_refuses_a_file_as_folder(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(segments=True))
    (tmp_path / "taken").write_text("x")
    with pytest.raises(InvalidValue):
        write_report(model, "csv", tmp_path / "taken")
    with pytest.raises(InvalidValue):
        write_report(model, "csv", tmp_path / "missing" / "deeper")


def test_xlsx_has_one_sheet_per_table(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(segments=True, memos=True, agreement=False))
    out = tmp_path / "report.xlsx"
    write_report(model, "xlsx", out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Codebook", "Coded segments", "Codes by document", "Codes by coder",
                               "Codes by speaker", "Co-occurrence", "Documents", "Coders"]
    codebook = book["Codebook"]
    assert codebook.max_row == len(model.codes) + 1
    header = [c.value for c in codebook[1]]
    assert header[:3] == ["id", "path", "name"]
    for row, code in zip(codebook.iter_rows(min_row=2, values_only=True), model.codes):
        assert row[1] == code.path and row[header.index("codings")] == code.codings
    colour = codebook.cell(row=2, column=header.index("colour") + 1)
    assert colour.fill.fgColor.rgb.endswith(model.codes[0].color.lstrip("#").upper())
    segments_sheet = book["Coded segments"]
    assert segments_sheet.max_row == model.total_codings + 1
    assert segments_sheet.freeze_panes == "A2"
    assert sum(1 for r in segments_sheet.iter_rows(min_row=2, values_only=True) if r[-1]) == 12


def test_xlsx_keeps_formulas_as_text(hostile, tmp_path):
    model = build_report(hostile.db, ReportOptions(segments=True))
    out = tmp_path / "report.xlsx"
    write_report(model, "xlsx", out)
    sheet = openpyxl.load_workbook(out)["Codebook"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "'" + FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)
    names = [c.value for c in sheet["C"][1:]]
    assert "bell and nul inside" in names  # control characters dropped


def test_agreement_sheet(sample, tmp_path):
    model = agreement_model(sample.db, segments=True)
    write_report(model, "xlsx", tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx")["Agreement"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("code", "agreement", "kappa", "alpha", "alpha low", "alpha high", "units")
    assert rows[1][:4] == ("Settling in/Loneliness", 0.984, 0.67, 0.67)
    assert rows[-1][0] == "All codes"


def test_tables_need_the_segments(sample, tmp_path):
    model = build_report(sample.db)
    written = write_report(model, "csv", tmp_path)
    assert "segments.csv" not in [p.name for p in written]


def test_xlsx_large_tables_are_plain_but_safe(hostile, tmp_path, monkeypatch):
    from accord.core.reports import tables

    monkeypatch.setattr(tables, "STYLED_ROWS", 0)
    model = build_report(hostile.db, ReportOptions(segments=True))
    write_report(model, "xlsx", tmp_path / "plain.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "plain.xlsx")["Codebook"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "'" + FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)
    assert sheet.max_row == len(model.codes) + 1
