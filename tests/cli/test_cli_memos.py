"""memo add, memos."""

MEMO_FIELDS = {"id", "title", "text", "doc", "code", "coder", "created_at", "updated_at"}


def test_memos(accord, fails, project):
    on_project = accord("memo", "add", project, "Overall impressions", "--title", "First", "--json").json
    assert MEMO_FIELDS <= set(on_project)
    assert (on_project["title"], on_project["text"], on_project["doc"], on_project["code"]) == (
        "First", "Overall impressions", None, None)
    on_doc = accord("memo", "add", project, "Anna is nervous", "--doc", "interview-1", "--json").json
    assert on_doc["doc"] == "interview-1" and on_doc["code"] is None
    on_code = accord("memo", "add", project, "Split this code?", "--code", "Trust/Doctors", "--json").json
    assert on_code["code"] == "Doctors" and on_code["doc"] is None
    assert "Added memo 4 on code 'Care'" in accord("memo", "add", project, "Rename?", "--code", "Care").out

    assert [m["text"] for m in accord("memos", project, "--json").json] == [
        "Overall impressions", "Anna is nervous", "Split this code?", "Rename?"]
    assert accord("memos", project, "--doc", "interview-1", "--json").json == [on_doc]
    assert accord("memos", project, "--code", "Doctors", "--json").json == [on_code]
    assert accord("memos", project, "--doc", "interview-2", "--json").json == []
    lines = accord("memos", project).out.splitlines()
    assert lines[0].split() == ["ID", "ON", "TITLE", "TEXT"] and len(lines) == 5
    assert "document 'interview-1'" in lines[2] and "project" in lines[1]
    assert accord("memos", project, "--doc", "interview-2").out.strip() == "No memos."

    fails("memo", "add", project, "x", "--doc", "nobody", match="no document named 'nobody'")
    fails("memo", "add", project, "x", "--code", "Nope", match="no code named 'Nope'")
    fails("memo", "add", project, "x", "--doc", "interview-1", "--code", "Care", status=2, match="not allowed")
    fails("memos", project, "--doc", "nobody", match="no document named 'nobody'")
    fails("memos", project, "--doc", "interview-1", "--code", "Care", status=2, match="not allowed")


def test_memos_follow_merged_and_deleted_codes(accord, project):
    accord("memo", "add", project, "about care", "--code", "Care")
    accord("code", "merge", project, "Care", "Trust")
    assert accord("memos", project, "--json").json[0]["code"] == "Trust"
    accord("doc", "delete", project, "interview-1", "--yes")
    accord("memo", "add", project, "gone soon", "--doc", "interview-2")
    accord("doc", "delete", project, "interview-2", "--yes")
    assert [m["text"] for m in accord("memos", project, "--json").json] == ["about care"]
