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


# -- coding memos -----------------------------------------------------------------------------------
def _coding_memos(records: list[dict]) -> list[dict]:
    return [r for r in records if r["on"] == "coding"]


def test_memos_lists_coding_memos_with_their_coding(accord, sample):
    listed = accord("memos", sample, "--json").json
    assert [r["on"] for r in listed[:1]] == ["project"] and listed[0]["coding"] is None
    of_codings = _coding_memos(listed)
    with_memo = [c for c in accord("codings", sample, "--json").json if c["memo"]]
    assert len(of_codings) == len(with_memo) == 12
    assert {(r["coding"]["id"], r["doc"], r["code"], r["coder"], r["coding"]["start"], r["coding"]["end"],
             r["coding"]["text"], r["text"]) for r in of_codings} == {
        (c["id"], c["doc"], c["code"], c["coder"], c["start"], c["end"], c["text"], c["memo"]) for c in with_memo}
    assert all(MEMO_FIELDS <= set(r) and r["id"] is None and r["title"] == "" for r in of_codings)
    tomasz = next(r for r in of_codings if r["text"].startswith("Contradicts"))
    assert (tomasz["doc"], tomasz["code"], tomasz["coder"]) == ("02-tomasz", "Loneliness", "Ana")
    assert tomasz["coding"]["text"].startswith("Okay, maybe I am not always fine.")

    text = accord("memos", sample).out
    assert "About this sample" in text and "Memos of codings (12):" in text
    line = next(l for l in text.splitlines() if "Contradicts" in l)
    span = f"{tomasz['coding']['start']}–{tomasz['coding']['end']}"
    assert line.split()[:5] == [str(tomasz["coding"]["id"]), "02-tomasz", "Loneliness", "Ana", span]
    assert "“Okay, maybe" in line


def test_memo_filters_include_coding_memos(accord, sample):
    by_doc = accord("memos", sample, "--doc", "02-tomasz", "--json").json
    assert [r["on"] for r in by_doc] == ["coding"] * 3 and {r["doc"] for r in by_doc} == {"02-tomasz"}
    by_code = accord("memos", sample, "--code", "Othering", "--json").json
    assert [r["on"] for r in by_code] == ["coding"] * 3 and {r["code"] for r in by_code} == {"Othering"}
    assert accord("memo", "add", sample, "Is this one code?", "--code", "Othering").status == 0
    by_code = accord("memos", sample, "--code", "Othering", "--json").json
    assert [r["on"] for r in by_code] == ["code"] + ["coding"] * 3
    assert accord("memos", sample, "--code", "Family support", "--json").json[0]["coder"] == "Ana"
    assert accord("memos", sample, "--code", "Settling in").out.strip() == "No memos."  # Loneliness's parent
    text = accord("memos", sample, "--doc", "02-tomasz").out
    assert text.startswith("Memos of codings (3):") and "01-maya" not in text


def test_a_new_coding_memo_is_listed(accord, project):
    assert accord("memos", project).out.strip() == "No memos."
    assert accord("code", "apply", project, "--doc", "interview-1", "--code", "Care", "--quote", "The nurse is kind",
                  "--memo", "warmth, not competence").status == 0
    [record] = accord("memos", project, "--doc", "interview-1", "--json").json
    assert (record["on"], record["text"], record["code"], record["coder"]) == (
        "coding", "warmth, not competence", "Care", "alice")
    assert record["coding"]["text"] == "The nurse is kind"
