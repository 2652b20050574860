"""docs, doc rename, doc delete, attr set, attrs, search."""

import hashlib

from cli_helpers import INTERVIEW_1, INTERVIEW_2


def test_docs_json(accord, project):
    documents = accord("docs", project, "--json").json
    assert [d["name"] for d in documents] == ["interview-1", "interview-2"]
    first = documents[0]
    assert {"id", "name", "length", "sha256"} <= set(first)
    assert first["length"] == len(INTERVIEW_1)
    assert first["sha256"] == hashlib.sha256(INTERVIEW_1.encode("utf-8")).hexdigest()
    assert documents[1]["length"] == len(INTERVIEW_2)  # code points, not UTF-16 units or bytes
    assert first["codings"] == 0


def test_docs_text_is_an_aligned_table(accord, project):
    lines = accord("docs", project).out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "CHARACTERS", "CODINGS", "SOURCE"]
    assert len(lines) == 3
    column = lines[0].index("NAME")
    assert lines[1][column:].startswith("interview-1") and lines[2][column:].startswith("interview-2")


def test_docs_of_an_empty_project(accord, tmp_path):
    path = tmp_path / "empty.accord"
    accord("new", path)
    assert "No documents" in accord("docs", path).out


def test_doc_rename(accord, fails, project):
    renamed = accord("doc", "rename", project, "interview-1", "Anna", "--json").json
    assert renamed["name"] == "Anna" and renamed["id"] == 1
    assert accord("doc", "rename", project, "2", "Ben").status == 0  # by id
    assert [d["name"] for d in accord("docs", project, "--json").json] == ["Anna", "Ben"]
    fails("doc", "rename", project, "Anna", "Ben", match="'Ben' already exists")
    fails("doc", "rename", project, "Anna", "   ", match="needs a name")
    fails("doc", "rename", project, "nobody", "X", match="no document named 'nobody'")


def test_doc_delete_needs_yes(accord, fails, project):
    accord("code", "apply", project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust")
    accord("code", "apply", project, "--doc", "interview-1", "--code", "Care", "--quote", "nurse")
    message = fails("doc", "delete", project, "interview-1", match="2 codings")
    assert "--yes" in message
    result = accord("doc", "delete", project, "interview-1", "--yes", "--json").json
    assert result["codings_removed"] == 2 and result["deleted"]["name"] == "interview-1"
    assert [d["name"] for d in accord("docs", project, "--json").json] == ["interview-2"]
    assert accord("codings", project, "--json").json == []
    fails("doc", "delete", project, "interview-1", "--yes", match="no document named 'interview-1'")


def test_doc_delete_text(accord, project):
    result = accord("doc", "delete", project, "interview-2", "--yes")
    assert result.status == 0 and "Deleted document 'interview-2'" in result.out


def test_attributes(accord, fails, project):
    assert accord("attr", "set", project, "interview-1", "age", "34", "--json").json == {
        "doc": "interview-1", "key": "age", "value": "34", "type": "text"}
    accord("attr", "set", project, "interview-1", "site", "North")
    accord("attr", "set", project, "2", "age", "51")
    accord("attr", "set", project, "interview-1", "age", "35")  # replaces
    assert accord("attrs", project, "--json").json == [
        {"doc": "interview-1", "key": "age", "value": "35", "type": "text"},
        {"doc": "interview-1", "key": "site", "value": "North", "type": "text"},
        {"doc": "interview-2", "key": "age", "value": "51", "type": "text"},
    ]
    assert accord("attrs", project, "--doc", "interview-2", "--json").json == [
        {"doc": "interview-2", "key": "age", "value": "51", "type": "text"}]
    text = accord("attrs", project).out.splitlines()
    assert text[0].split() == ["DOCUMENT", "age", "site"]
    assert text[1].split() == ["interview-1", "35", "North"]
    assert accord("attrs", project, "--doc", "interview-1").out.splitlines()[0].split() == ["KEY", "VALUE"]
    fails("attr", "set", project, "nobody", "age", "3", match="no document named 'nobody'")
    fails("attr", "set", project, "interview-1", " ", "3", match="needs a name")
    fails("attrs", project, "--doc", "nobody", match="no document named 'nobody'")


def test_no_attributes(accord, project):
    assert accord("attrs", project).out.strip() == "No attributes."
    assert "has no attributes" in accord("attrs", project, "--doc", "interview-1").out


def test_search(accord, project):
    hits = accord("search", project, "TRUST", "--json").json
    assert [(h["doc"], h["start"], h["end"]) for h in hits] == [
        ("interview-1", 2, 7), ("interview-1", 63, 68), ("interview-2", 26, 31)]
    assert set(hits[0]) == {"doc", "start", "end", "context"}
    assert "trust" in hits[0]["context"]
    cafe = accord("search", project, "cafe", "--json").json  # accents ignored
    assert len(cafe) == 1 and INTERVIEW_2[cafe[0]["start"]:cafe[0]["end"]] == "café"
    assert accord("search", project, "zebra", "--json").json == []
    assert "No matches" in accord("search", project, "zebra").out
    lines = accord("search", project, "nurse").out.splitlines()
    assert lines[0].split() == ["DOCUMENT", "START", "END", "CONTEXT"] and len(lines) == 3
