"""code apply, coding remove / recode / resize, codings, cooccurrence."""

import pytest

from cli_helpers import INTERVIEW_1, INTERVIEW_2, add_documents

CODING_FIELDS = {"id", "doc", "code", "coder", "start", "end", "text"}


def apply(accord, project, *args):
    return accord("code", "apply", project, *args, "--json").json


def codings(accord, project, *args):
    return accord("codings", project, *args, "--json").json


def test_apply_by_offsets(accord, project):
    coding = apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--start", "2", "--end", "7")
    assert CODING_FIELDS <= set(coding)
    assert coding == {"id": 1, "doc": "interview-1", "code": "Trust", "coder": "alice", "start": 2, "end": 7,
                      "text": "trust", "memo": "", "time": None, "origin": ""}
    assert codings(accord, project) == [coding]
    text = accord("code", "apply", project, "--doc", "2", "--code", "3", "--start", "0", "--end", "7").out
    assert "Added coding 2: 'Care' by 'alice' in 'interview-2' [0, 7)" in text


def test_apply_by_quote_and_occurrence(accord, project):
    first = apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust")
    assert (first["start"], first["end"], first["text"]) == (2, 7, "trust")
    second = apply(accord, project, "--doc", "interview-1", "--code", "Care", "--quote", "trust", "--occurrence", "2")
    assert (second["start"], second["end"]) == (63, 68)
    assert INTERVIEW_1[63:68] == "trust"


def test_quote_occurrences_may_overlap(accord, tmp_path):
    path = tmp_path / "p.accord"
    accord("new", path, "--coder", "ann")
    add_documents(path, d="aaaa")
    accord("code", "add", path, "A")
    coding = apply(accord, path, "--doc", "d", "--code", "A", "--quote", "aa", "--occurrence", "2")
    assert (coding["start"], coding["end"]) == (1, 3)


def test_astral_characters_are_one_code_point(accord, project):
    """Emoji (outside the BMP) and CJK count as one offset each, as Python's str does."""
    coding = apply(accord, project, "--doc", "interview-2", "--code", "Care", "--quote", "nurse 😀 more than the 医生")
    start = INTERVIEW_2.index("nurse")
    assert (coding["start"], coding["end"]) == (start, start + len("nurse 😀 more than the 医生"))
    assert coding["end"] - coding["start"] == 24
    assert coding["text"] == "nurse 😀 more than the 医生"
    by_offsets = apply(accord, project, "--doc", "interview-2", "--code", "Trust",
                       "--start", str(coding["start"] + 6), "--end", str(coding["start"] + 7))
    assert by_offsets["text"] == "😀"
    assert [c["text"] for c in codings(accord, project)] == ["nurse 😀 more than the 医生", "😀"]
    assert "“😀”" in accord("codings", project, "--code", "Trust").out


def test_apply_merges_overlapping_codings(accord, project):
    apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--start", "0", "--end", "10", "--memo", "one")
    merged = apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--start", "5", "--end", "18",
                   "--memo", "two")
    assert (merged["start"], merged["end"], merged["text"]) == (0, 18, "I trust my doctor.")
    assert merged["memo"] == "one\ntwo"
    assert len(codings(accord, project)) == 1
    text = accord("code", "apply", project, "--doc", "interview-1", "--code", "Trust", "--start", "15",
                  "--end", "20").out
    assert "merged with an overlapping coding" in text


def test_default_coder(accord, fails, project, tmp_path):
    path = tmp_path / "nobody.accord"
    accord("new", path)
    add_documents(path, d="some text")
    accord("code", "add", path, "C")
    fails("code", "apply", path, "--doc", "d", "--code", "C", "--start", "0", "--end", "4",
          match="no coders yet; add one with: accord coder add")
    accord("coder", "add", project, "bob")
    message = fails("code", "apply", project, "--doc", "interview-1", "--code", "Trust", "--start", "0",
                    "--end", "4", match="--coder")
    assert "'alice'" in message and "'bob'" in message
    coding = apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--start", "0", "--end", "4",
                   "--coder", "bob")
    assert coding["coder"] == "bob"


def test_unknown_coder_is_not_created(accord, fails, project):
    fails("code", "apply", project, "--doc", "interview-1", "--code", "Trust", "--start", "0", "--end", "4",
          "--coder", "zed", match="no coder named 'zed'; add the coder first with: accord coder add")
    assert [c["name"] for c in accord("coders", project, "--json").json] == ["alice"]


@pytest.mark.parametrize("args, status, message", [
    (["--doc", "nobody", "--code", "Trust", "--start", "0", "--end", "1"], 1, "no document named 'nobody'"),
    (["--doc", "interview-1", "--code", "Nope", "--start", "0", "--end", "1"], 1, "no code named 'Nope'"),
    (["--doc", "99", "--code", "Trust", "--start", "0", "--end", "1"], 1, "no document named '99'"),
    (["--doc", "interview-1", "--code", "Trust", "--start", "0", "--end", "999"], 1,
     f"end 999 is past the end of the text ({len(INTERVIEW_1)} characters)"),
    (["--doc", "interview-1", "--code", "Trust", "--start", "-1", "--end", "3"], 1, "start -1"),
    (["--doc", "interview-1", "--code", "Trust", "--start", "9", "--end", "3"], 1, "start 9 is after end 3"),
    (["--doc", "interview-1", "--code", "Trust", "--start", "3", "--end", "3"], 1, "empty"),
    (["--doc", "interview-1", "--code", "Trust", "--quote", "zebra"], 1,
     "'zebra' does not occur in document 'interview-1'"),
    (["--doc", "interview-1", "--code", "Trust", "--quote", "trust", "--occurrence", "3"], 1,
     "'trust' occurs 2 times in document 'interview-1'"),
    (["--doc", "interview-1", "--code", "Trust", "--quote", "trust", "--occurrence", "0"], 2, "count from 1"),
    (["--doc", "interview-1", "--code", "Trust", "--quote", ""], 2, "needs some text"),
    (["--doc", "interview-1", "--code", "Trust", "--quote", "trust", "--start", "1"], 2, "not both"),
    (["--doc", "interview-1", "--code", "Trust", "--start", "1"], 2, "--start S --end E"),
    (["--doc", "interview-1", "--code", "Trust", "--start", "1", "--end", "4", "--occurrence", "2"], 2,
     "--occurrence goes with --quote"),
    (["--doc", "interview-1", "--code", "Trust", "--start", "one", "--end", "4"], 2, "invalid int value"),
    (["--code", "Trust", "--start", "1", "--end", "4"], 2, "--doc"),
])
def test_apply_errors(accord, fails, project, args, status, message):
    apply(accord, project, "--doc", "interview-2", "--code", "Care", "--start", "0", "--end", "7")
    before = accord("codings", project, "--json").out
    fails("code", "apply", project, *args, status=status, match=message)
    assert accord("codings", project, "--json").out == before


def test_coding_remove(accord, fails, project):
    coding = apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust")
    assert accord("coding", "remove", project, str(coding["id"]), "--json").json == coding
    assert codings(accord, project) == []
    fails("coding", "remove", project, str(coding["id"]), match=f"no coding with id {coding['id']}")
    fails("coding", "remove", project, "first", status=2, match="invalid coding id value")
    fails("coding", "remove", project, "99999999999999999999", status=2, match="is not a coding id")


def test_coding_recode(accord, fails, project):
    coding = apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust")
    recoded = accord("coding", "recode", project, str(coding["id"]), "--code", "Trust/Doctors", "--json").json
    assert recoded == dict(coding, code="Doctors")
    assert "Recoded" in accord("coding", "recode", project, str(coding["id"]), "--code", "Care").out
    fails("coding", "recode", project, str(coding["id"]), "--code", "Nope", match="no code named 'Nope'")
    fails("coding", "recode", project, "77", "--code", "Care", match="no coding with id 77")
    fails("coding", "recode", project, str(coding["id"]), status=2, match="--code")


def test_coding_resize(accord, fails, project):
    coding = apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust")
    resized = accord("coding", "resize", project, str(coding["id"]), "--start", "0", "--end", "18", "--json").json
    assert (resized["start"], resized["end"], resized["text"]) == (0, 18, "I trust my doctor.")
    fails("coding", "resize", project, str(coding["id"]), "--start", "5", "--end", "2", match="start 5 is after end 2")
    fails("coding", "resize", project, str(coding["id"]), "--start", "0", "--end", "500", match="end 500")
    fails("coding", "resize", project, "77", "--start", "0", "--end", "5", match="no coding with id 77")
    assert "Resized" in accord("coding", "resize", project, str(coding["id"]), "--start", "2", "--end", "7").out


def test_codings_filters(accord, fails, project):
    accord("coder", "add", project, "bob")
    apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust", "--coder", "alice")
    apply(accord, project, "--doc", "interview-1", "--code", "Doctors", "--quote", "my doctor", "--coder", "bob")
    apply(accord, project, "--doc", "interview-2", "--code", "Care", "--quote", "nurse", "--coder", "bob")

    def spans(*args):
        return [(c["doc"], c["code"], c["coder"], c["text"]) for c in codings(accord, project, *args)]

    assert len(spans()) == 3
    assert spans("--doc", "interview-2") == [("interview-2", "Care", "bob", "nurse")]
    assert spans("--code", "Trust") == [("interview-1", "Trust", "alice", "trust")]
    assert spans("--code", "Trust", "--subcodes") == [("interview-1", "Trust", "alice", "trust"),
                                                      ("interview-1", "Doctors", "bob", "my doctor")]
    assert [s[3] for s in spans("--coder", "bob")] == ["my doctor", "nurse"]
    assert spans("--coder", "bob", "--doc", "interview-1", "--code", "Doctors") == [
        ("interview-1", "Doctors", "bob", "my doctor")]
    lines = accord("codings", project).out.splitlines()
    assert lines[0].split() == ["ID", "DOCUMENT", "CODE", "CODER", "START", "END", "TEXT"]
    assert len(lines) == 4 and all(line.index("“") == lines[1].index("“") for line in lines[1:])
    assert accord("codings", project, "--coder", "alice", "--doc", "interview-2").out.strip() == "No codings."
    fails("codings", project, "--subcodes", status=2, match="--subcodes goes with --code")
    fails("codings", project, "--coder", "zed", match="no coder named 'zed'")
    fails("codings", project, "--code", "Nope", match="no code named 'Nope'")
    fails("codings", project, "--doc", "nobody", match="no document named 'nobody'")


def test_cooccurrence(accord, fails, project):
    accord("coder", "add", project, "bob")
    apply(accord, project, "--doc", "interview-1", "--code", "Trust", "--start", "0", "--end", "18", "--coder", "alice")
    apply(accord, project, "--doc", "interview-1", "--code", "Doctors", "--quote", "doctor", "--coder", "alice")
    apply(accord, project, "--doc", "interview-1", "--code", "Care", "--quote", "my doctor", "--coder", "bob")
    pairs = accord("cooccurrence", project, "--json").json
    counts = {(p["code_a"], p["code_b"]): p["count"] for p in pairs}
    assert counts == {("Trust", "Doctors"): 1, ("Trust", "Care"): 1, ("Doctors", "Care"): 1}
    alone = accord("cooccurrence", project, "--coder", "alice", "--json").json
    assert [(p["code_a"], p["code_b"], p["count"]) for p in alone] == [("Trust", "Doctors", 1)]
    assert accord("cooccurrence", project, "--coder", "bob", "--json").json == []
    assert accord("cooccurrence", project, "--coder", "bob").out.strip() == "No two codes co-occur (overlapping)."
    lines = accord("cooccurrence", project).out.splitlines()
    assert lines[0].split() == ["CODE", "A", "CODE", "B", "PLACES"] and len(lines) == 4
    assert "Trust/Doctors" in accord("cooccurrence", project).out
    fails("cooccurrence", project, "--coder", "zed", match="no coder named 'zed'")
