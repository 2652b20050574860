"""`accord codebook import|export` end to end, on files the tests write (issue #17)."""

import json

import pytest
from accord.core.lock import ProjectLock


def codes(accord, project):
    return {c["path"]: c for c in accord("--json", "codes", project).json}


def test_import_adds_reports_and_a_second_import_adds_nothing(accord, project, tmp_path):
    book = tmp_path / "book.csv"
    book.write_text("Code;Parent;Definition;Colour\n"
                    "Trust;;;\n"
                    "Nurses;Trust;Talk of nurses;#AABBCC\n"
                    "Fear;;Being afraid;\n", encoding="utf-8")
    first = accord("--json", "codebook", "import", project, book)
    assert first.status == 0, first.err
    assert first.json == {"added": ["Trust/Nurses", "Fear"], "existing": ["Trust"], "conflicts": [],
                          "updated": [], "warnings": [], "dry_run": False}
    after = codes(accord, project)
    assert after["Trust/Nurses"]["definition"] == "Talk of nurses"
    assert after["Trust/Nurses"]["color"] == "#aabbcc"
    again = accord("--json", "codebook", "import", project, book).json
    assert again["added"] == [] and sorted(again["existing"]) == ["Fear", "Trust", "Trust/Nurses"]
    assert codes(accord, project) == after


def test_dry_run_changes_nothing_and_works_while_the_window_has_the_project(accord, project, tmp_path):
    book = tmp_path / "book.csv"
    book.write_text("Path\nTrust > Patients\n", encoding="utf-8")
    before = project.read_bytes()
    with ProjectLock.acquire(project):
        result = accord("--json", "codebook", "import", project, book, "--dry-run")
    assert result.status == 0, result.err
    assert result.json["added"] == ["Trust/Patients"] and result.json["dry_run"] is True
    assert project.read_bytes() == before


def test_conflicts_are_skipped_unless_update_is_given(accord, project, tmp_path):
    assert accord("code", "set", project, "Care", "--definition", "old").status == 0
    book = tmp_path / "book.csv"
    book.write_text("name,definition,example\nCare,new meaning,\n", encoding="utf-8")
    skipped = accord("--json", "codebook", "import", project, book).json
    assert skipped["conflicts"] == [{"path": "Care", "fields": {"definition": {"project": "old",
                                                                               "file": "new meaning"}}}]
    assert skipped["updated"] == [] and codes(accord, project)["Care"]["definition"] == "old"
    text = accord("codebook", "import", project, book).out
    assert "Care: definition differ" in text and "--update" in text
    updated = accord("--json", "codebook", "import", project, book, "--update").json
    assert updated["updated"] == ["Care"]
    assert codes(accord, project)["Care"]["definition"] == "new meaning"


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "docx"])
def test_export_then_import_into_an_empty_project_gives_the_same_codebook(accord, project, tmp_path, suffix):
    assert accord("code", "add", project, "=cmd|' /C calc'!A0", "--parent", "Doctors",
                  "--definition", "Ça va — 日本語", "--example", "-5 days").status == 0
    out = tmp_path / f"book.{suffix}"
    result = accord("--json", "codebook", "export", project, out)
    assert result.status == 0, result.err
    assert result.json == {"file": str(out), "codes": 4}
    empty = tmp_path / "empty.accord"
    assert accord("new", empty).status == 0
    assert accord("--json", "codebook", "import", empty, out).json["conflicts"] == []

    def shape(path):
        return {p: {k: c[k] for k in ("name", "parent", "color", "definition", "example", "description")}
                for p, c in codes(accord, path).items()}

    assert shape(empty) == shape(project)
    assert "Trust/Doctors/=cmd|' /C calc'!A0" in shape(empty)


def test_export_refuses_to_replace_a_file_without_force(accord, fails, project, tmp_path):
    out = tmp_path / "book.csv"
    out.write_text("keep me", encoding="utf-8")
    fails("codebook", "export", project, out, match="--force")
    assert out.read_text(encoding="utf-8") == "keep me"
    assert accord("codebook", "export", project, out, "--force").status == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Path,Name,Parent")


@pytest.mark.parametrize("name, content, problem", [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"  \n\n", "is empty"),
    ("noname.csv", b"Definition,Colour\nx,#ffffff\n", "no Name"),
    ("book.pdf", b"%PDF-1.4", "use .csv, .xlsx or .docx"),
    ("fake.xlsx", b"this is not a zip", "not a readable Excel"),
    ("fake.docx", b"this is not a zip", "not a readable Word"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "save it as .xlsx"),
    ("header.csv", b"Name,Definition\n", "lists no codes"),
    ("binary.csv", bytes(range(256)) * 4, "binary"),
])
def test_a_bad_file_gets_one_line_naming_it_and_changes_nothing(fails, project, tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    line = fails("codebook", "import", project, path, match=problem)
    assert name in line


def test_export_to_an_unknown_format_fails_cleanly(fails, project, tmp_path):
    fails("codebook", "export", project, tmp_path / "book.pdf", match="use .csv, .xlsx or .docx")
    assert not (tmp_path / "book.pdf").exists()


def test_text_output_lists_what_was_added(accord, project, tmp_path):
    book = tmp_path / "book.csv"
    book.write_text("Name,Parent\nNurses,Trust\n", encoding="utf-8")
    out = accord("codebook", "import", project, book, "--dry-run").out
    assert out.splitlines()[0].startswith("Would add 1 code; 0 already there; 0 conflicts.")
    assert "  + Trust/Nurses" in out
    assert json.loads(accord("--json", "codebook", "import", project, book).out)["added"] == ["Trust/Nurses"]
