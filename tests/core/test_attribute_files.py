"""Document attributes from and to spreadsheets: matching, types, empty cells, clashes and round trips."""

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from accord.core import attributes
from accord.core.attribute_files.cells import Quoted, cell_value, decode_text, encode_text
from accord.core.attribute_files import export_attributes
from accord.core.attribute_files import import_attributes, plan_import
from accord.core.documents import add_document
from accord.core.errors import AccordError, ImportFailed, InvalidValue
from accord.core.project import Project


@pytest.fixture
def project():
    with Project.in_memory() as project:
        with project.command("documents"):
            add_document(project.db, "01-maya", "Maya's interview.", source_name="Maya Interview.docx")
            add_document(project.db, "02-tomasz", "Tomasz's interview.", source_name="tomasz.txt")
            add_document(project.db, "03-lena", "Lena's interview.")
        yield project


def write_csv(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path, rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def imported(project, path, key_column=None):
    with project.command("import"):
        return import_attributes(project.db, path, key_column)


def test_rows_match_by_name_or_source_file_and_types_are_inferred(project, tmp_path):
    sheet = write_csv(tmp_path / "people.csv", "Participant;age;site;joined\n"
                      "01-maya;34;North;2024-03-01\n"
                      "Maya Interview;;;\n"
                      "TOMASZ.TXT;41.5;South;2023-12-24\n"
                      "nobody;50;East;2020-01-01\n")
    plan = plan_import(project.db, sheet)
    assert plan.key_column == "Participant"
    assert [(m.row, m.doc, m.by) for m in plan.matched] == [(2, "01-maya", "name"), (4, "02-tomasz", "source file")]
    assert [(u.row, u.key) for u in plan.unmatched] == [(3, "Maya Interview"), (5, "nobody")]
    assert "already row 2" in plan.unmatched[0].reason
    assert plan.types == {"age": "number", "site": "text", "joined": "date"}
    imported(project, sheet)
    assert attributes.attributes_of(project.db, "02-tomasz") == {"age": "41.5", "joined": "2023-12-24",
                                                                 "site": "South"}
    assert attributes.attribute_types(project.db)["joined"] == "date"


def test_source_file_name_without_extension_and_a_given_key_column(project, tmp_path):
    sheet = write_csv(tmp_path / "s.csv", "code,file\nA,maya interview\nB,tomasz\n")
    plan = plan_import(project.db, sheet, key_column="FILE")
    assert [m.doc for m in plan.matched] == ["01-maya", "02-tomasz"]
    assert plan.types == {"code": "text"}
    with pytest.raises(InvalidValue, match="no column named 'who'; the columns are 'code', 'file'"):
        plan_import(project.db, sheet, key_column="who")


def test_empty_cells_are_reported_and_keep_the_value(project, tmp_path):
    with project.command("set"):
        attributes.set_attribute(project.db, "01-maya", "site", "North")
    plan = plan_import(project.db, write_csv(tmp_path / "s.csv", "document\tsite\tage\n01-maya\t\t30\n03-lena\tWest\t \n"))
    assert plan.empty_cells == [(2, "01-maya", "site"), (3, "03-lena", "age")]
    assert [(c.doc, c.key, c.old, c.new) for c in plan.changes] == [
        ("03-lena", "site", None, "West"), ("01-maya", "age", None, "30")]
    imported(project, plan.path)
    assert attributes.attributes_of(project.db, "01-maya") == {"age": "30", "site": "North"}


def test_an_existing_type_must_keep_fitting(project, tmp_path):
    with project.command("type"):
        attributes.add_attribute_key(project.db, "age", "number")
    sheet = write_csv(tmp_path / "s.csv", "document,age\n01-maya,34\n02-tomasz,about 40\n")
    with pytest.raises(InvalidValue, match=r"row 3, column 'age': 'about 40' is not a number"):
        imported(project, sheet)
    assert attributes.all_attributes(project.db) == {}
    # an existing text attribute takes numbers as text; a differently cased header finds it
    with project.command("type"):
        attributes.add_attribute_key(project.db, "Code", "text")
    plan = plan_import(project.db, write_csv(tmp_path / "t.csv", "document,code\n01-maya,7\n"))
    assert plan.types == {"Code": "text"} and plan.new_keys == []


def test_undo_takes_the_whole_import_back(project, tmp_path):
    imported(project, write_csv(tmp_path / "s.csv", "document,age,site\n01-maya,1,a\n02-tomasz,2,b\n"))
    assert len(attributes.all_attributes(project.db)) == 2
    project.undo()
    assert attributes.all_attributes(project.db) == {} and attributes.attribute_keys(project.db) == []


def test_cp1252_csv_and_xlsx_cells(project, tmp_path):
    sheet = write_csv(tmp_path / "s.csv", "document;ville\n01-maya;Besançon\n", encoding="cp1252")
    imported(project, sheet)
    assert attributes.attributes_of(project.db, "01-maya") == {"ville": "Besançon"}
    book = write_xlsx(tmp_path / "s.xlsx", [["Name", "age", "seen", "score", "flag"],
                                            ["02-tomasz", 41, datetime(2024, 3, 1), 2.5, True],
                                            [None, None, None, None, None],
                                            ["03-lena", 38.0, date(2023, 1, 2), "n/a", False]])
    plan = plan_import(project.db, book)
    assert plan.types == {"age": "number", "seen": "date", "score": "text", "flag": "text"}
    imported(project, book)
    assert attributes.attributes_of(project.db, "03-lena") == {"age": "38", "flag": "FALSE", "score": "n/a",
                                                               "seen": "2023-01-02"}


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"document,,x\n01-maya,5,1\n", "column 2 holds values but has no name"),
    (b"document,a,a\n01-maya,5,1\n", "two columns are named 'a'"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
])
def test_bad_files_change_nothing(project, tmp_path, content, message):
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes(content)
    with pytest.raises(AccordError, match=message):
        imported(project, sheet)
    assert attributes.attribute_keys(project.db) == []


def test_a_damaged_workbook_and_a_wrong_suffix(project, tmp_path):
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ImportFailed, match="bad.xlsx: is not an Excel workbook"):
        plan_import(project.db, tmp_path / "bad.xlsx")
    with pytest.raises(ImportFailed, match="from a .csv or .xlsx file"):
        plan_import(project.db, tmp_path / "bad.ods")


def test_export_writes_numbers_dates_and_formula_safe_text(project, tmp_path):
    with project.command("set"):
        attributes.add_attribute_key(project.db, "age", "number")
        attributes.add_attribute_key(project.db, "seen", "date")
        attributes.set_attribute(project.db, "01-maya", "age", "-3.5")
        attributes.set_attribute(project.db, "01-maya", "seen", "2024-03-01")
        attributes.set_attribute(project.db, "01-maya", "note", "=HYPERLINK(\"x\")")
        attributes.set_attribute(project.db, "02-tomasz", "id", "007")
    export_attributes(project.db, tmp_path / "a.xlsx")
    rows = list(load_workbook(tmp_path / "a.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("document", "age", "id", "note", "seen")
    assert rows[1] == ("01-maya", -3.5, None, "'=HYPERLINK(\"x\")", datetime(2024, 3, 1))
    assert rows[2] == ("02-tomasz", None, "'007", None, None)
    assert rows[3] == ("03-lena", None, None, None, None)
    export_attributes(project.db, tmp_path / "a.csv")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()[1] == \
        "01-maya,-3.5,,\"'=HYPERLINK(\"\"x\"\")\",2024-03-01"
    with pytest.raises(InvalidValue, match="a .csv or .xlsx file"):
        export_attributes(project.db, tmp_path / "a.txt")


def test_the_cell_convention_reads_back_what_it_writes():
    for text in ["=1+1", "-5", "'=1", "''-5", "'hello", " =x", "007", "2024-01-01", "plain", "'"]:
        back = cell_value(encode_text(text, True))
        assert back == text, text
    assert isinstance(decode_text("'42"), Quoted) and not isinstance(decode_text("42"), Quoted)


_texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(str.strip)
_values = st.one_of(
    st.tuples(st.just("text"), _texts | st.sampled_from(["=1+1", "-5", "+x", "@a", "'=q", "007", "2024-02-29"])),
    st.tuples(st.just("number"), st.integers(-10**15, 10**15).map(str)  # XLSX keeps 15 digits, as Excel
              # 15 significant digits: what a spreadsheet holds (openpyxl writes 16, Excel shows 15)
              | st.floats(-1e300, 1e300).map(lambda f: repr(float(f"{f:.15g}")))),
    st.tuples(st.just("date"), st.dates().map(date.isoformat)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(columns=st.lists(st.lists(st.one_of(st.none(), _values), min_size=3, max_size=3), min_size=1, max_size=3),
       suffix=st.sampled_from([".csv", ".xlsx"]))
def test_round_trip_into_a_fresh_project(tmp_path, columns, suffix):
    """Export, then import into a project with the same documents: the same values and types."""
    def fresh():
        project = Project.in_memory()
        with project.command("documents"):
            for name in ("a", "b", "c"):
                add_document(project.db, name, name)
        return project

    with fresh() as source, fresh() as target:
        with source.command("values"):
            for number, cells in enumerate(columns):
                kinds = {kind for kind, _v in filter(None, cells)}
                kind = kinds.pop() if len(kinds) == 1 else "text"
                attributes.add_attribute_key(source.db, f"k{number}", kind)
                for name, cell in zip("abc", cells):
                    if cell is not None:
                        attributes.set_attribute(source.db, name, f"k{number}", cell[1])
        path = tmp_path / f"round{suffix}"
        export_attributes(source.db, path)
        with target.command("import"):
            import_attributes(target.db, path)
        assert attributes.all_attributes(target.db) == attributes.all_attributes(source.db)
        with_values = {k for values in attributes.all_attributes(source.db).values() for k in values}
        source_types = {k: t for k, t in attributes.attribute_types(source.db).items() if k in with_values}
        target_types = attributes.attribute_types(target.db)
        assert {k: t for k, t in target_types.items() if k in with_values} == source_types
        assert target_types.keys() == attributes.attribute_types(source.db).keys()  # an empty column too


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_line_breaks_and_tabs_in_values_come_back(project, tmp_path, suffix):
    values = {"01-maya": "two\nlines", "02-tomasz": "tab\there\r\nx", "03-lena": "\tstarts with a tab"}
    with project.command("set"):
        for name, value in values.items():
            attributes.set_attribute(project.db, name, "note", value)
    export_attributes(project.db, tmp_path / f"notes{suffix}")
    with project.command("clear"):
        attributes.remove_attribute_key(project.db, "note")
    plan = imported(project, tmp_path / f"notes{suffix}")
    assert {name: attributes.attributes_of(project.db, name)["note"] for name in values} == values
    assert plan.unmatched == [] and len(plan.changes) == 3


def test_utf16_tab_separated_and_numbers_as_names(project, tmp_path):
    with project.command("document"):
        add_document(project.db, "7", "Participant seven.")
    sheet = write_csv(tmp_path / "u.csv", "\ufeffdoc\tville\n03-lena\tZürich\n", encoding="utf-16-le")
    imported(project, sheet)
    assert attributes.attributes_of(project.db, "03-lena") == {"ville": "Zürich"}
    book = write_xlsx(tmp_path / "n.xlsx", [["participant", 2024.0], [7.0, "yes"]])
    plan = plan_import(project.db, book)
    assert [m.doc for m in plan.matched] == ["7"] and plan.types == {"2024": "text"}


def test_a_file_whose_rows_match_no_document_changes_nothing(tmp_path):
    from accord.core.attribute_files.plan import import_attributes
    from accord.core.documents import add_document
    from accord.core.errors import InvalidValue
    from accord.core.project import Project

    sheet = tmp_path / "people.csv"
    sheet.write_text("x,y\n1,2\n", encoding="utf-8")
    project = Project.in_memory(undo=False)
    with project.command("set up"):
        add_document(project.db, "one", "Some text.")
    before = list(project.db.conn.iterdump())
    with pytest.raises(InvalidValue, match="people.csv: no row names a document .*--key-column"):
        with project.command("import"):
            import_attributes(project.db, sheet)
    assert list(project.db.conn.iterdump()) == before
