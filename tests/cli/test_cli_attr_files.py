"""`accord attr import` and `accord attr export`, end to end on files the tests write."""

from openpyxl import Workbook, load_workbook


def test_import_a_csv_dry_run_first_then_for_real(project, accord, tmp_path):
    sheet = tmp_path / "people.csv"
    sheet.write_text("Participant;age;site;joined\ninterview-1;34;North;2024-03-01\ninterview-2;;South;\n"
                     "somebody;50;East;2020-01-01\n", encoding="utf-8")
    dry = accord("--json", "attr", "import", project, sheet, "--dry-run").json
    assert dry["dry_run"] is True and dry["set"] == 4
    assert [m["doc"] for m in dry["matched"]] == ["interview-1", "interview-2"]
    assert dry["unmatched_rows"] == [
        {"row": 4, "key": "somebody", "reason": "no document has this name or source file name"}]
    assert dry["empty_cells"] == [{"row": 3, "doc": "interview-2", "key": "age"},
                                  {"row": 3, "doc": "interview-2", "key": "joined"}]
    assert dry["types"] == {"age": "number", "site": "text", "joined": "date"}
    assert accord("--json", "attrs", project).json == []
    done = accord("--json", "attr", "import", project, sheet).json
    assert done["dry_run"] is False and done["set"] == 4
    assert {(r["doc"], r["key"], r["value"], r["type"]) for r in accord("--json", "attrs", project).json} == {
        ("interview-1", "age", "34", "number"), ("interview-1", "site", "North", "text"),
        ("interview-1", "joined", "2024-03-01", "date"), ("interview-2", "site", "South", "text")}
    again = accord("attr", "import", project, sheet)
    assert again.status == 0 and "Set 0 values (4 already so)" in again.out and "Row 4 not imported" in again.out


def test_import_an_xlsx_with_a_key_column(project, accord, tmp_path):
    workbook = Workbook()
    workbook.active.append(["site", "who", "score"])
    workbook.active.append(["Clinic", "Interview-2", 2.5])
    workbook.save(tmp_path / "s.xlsx")
    result = accord("--json", "attr", "import", project, tmp_path / "s.xlsx", "--key-column", "who").json
    assert result["matched"] == [{"row": 2, "key": "Interview-2", "doc": "interview-2", "by": "name"}]
    assert result["types"] == {"site": "text", "score": "number"}


def test_export_then_import_round_trip(project, accord, fails, tmp_path):
    for doc, key, value in [("interview-1", "note", "=1+1"), ("interview-2", "note", "-5"),
                            ("interview-1", "age", "-3.25"), ("interview-1", "seen", "2024-02-29")]:
        assert accord("attr", "set", project, doc, key, value).status == 0
    assert accord("attr", "type", project, "age", "number").status == 0
    assert accord("attr", "type", project, "seen", "date").status == 0
    before = accord("--json", "attrs", project).json
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"attributes{suffix}"
        assert accord("--json", "attr", "export", project, out).json == {"file": str(out), "documents": 2}
        fails("attr", "export", project, out, match="already exists; add --force")
        assert accord("attr", "export", project, out, "--force").status == 0
        for key in ("note", "age", "seen"):
            for doc in ("interview-1", "interview-2"):
                accord("attr", "remove", project, doc, key)
        result = accord("--json", "attr", "import", project, out).json
        assert result["unmatched_rows"] == [] and result["set"] == 4
        assert accord("--json", "attrs", project).json == before
    cells = list(load_workbook(tmp_path / "attributes.xlsx").active.iter_rows(values_only=True))
    assert cells[1][1] == -3.25 and cells[1][2] == "'=1+1"  # a number stays a number; a formula is text


def test_bad_input_changes_nothing(project, accord, fails, tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text("document,age\ninterview-1,34\n", encoding="utf-8")
    fails("attr", "import", project, sheet, "--key-column", "nobody", match="no column named 'nobody'")
    fails("attr", "import", project, tmp_path / "missing.csv", match="missing.csv")
    fails("attr", "export", project, tmp_path / "out.ods", match="a .csv or .xlsx file")
    assert accord("attr", "set", project, "interview-2", "age", "40").status == 0
    assert accord("attr", "type", project, "age", "number").status == 0
    sheet.write_text("document,age\ninterview-1,34\ninterview-2,forty\n", encoding="utf-8")
    fails("attr", "import", project, sheet,
          match="s.csv: row 3, column 'age': 'forty' is not a number, but 'age' is a number attribute")
    assert accord("--json", "attrs", project).json == [
        {"doc": "interview-2", "key": "age", "value": "40", "type": "number"}]
