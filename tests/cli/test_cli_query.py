"""`accord query` and `accord queries` end to end on the sample project, checked against a
recomputation from `accord codings --json` and `accord attrs --json` (per-character sets, here)."""

import pytest
from char_runs import runs



def _expected(codings, docs, first, steps, coders=("Ana", "Ben")):
    """[(doc, start, end)] in document order, from the codings, for and/or/not/near steps."""
    out = []
    for doc in docs:
        def chars(code):
            return set().union(*[set(range(c["start"], c["end"])) for c in codings
                                 if c["doc"] == doc and c["code"] == code and c["coder"] in coders])
        result = chars(first)
        for op, code, distance in steps:
            other = chars(code)
            if op == "and":
                result &= other
            elif op == "or":
                result |= other
            elif op == "not":
                result -= other
            else:
                result = set().union(*[set(range(s, e)) for s, e in runs(result)
                                       if any(s - c - 1 <= distance and c - e <= distance for c in other)])
        out += [(doc, s, e) for s, e in runs(result)]
    return out


STEPS = [
    [("and", "Othering")],
    [("or", "Othering"), ("not", "Language barriers")],
    [("not", "Othering")],
    [("near", "Othering", 300)],
    [("or", "Loneliness"), ("not", "Othering"), ("near", "Language barriers", 500)],
]


@pytest.mark.parametrize("steps", STEPS)
@pytest.mark.parametrize("coder", [None, "Ben"])
def test_query_matches_a_recomputation_from_the_codings(sample, accord, steps, coder):
    codings = accord("codings", sample, "--json").json
    docs = [d["name"] for d in accord("docs", sample, "--json").json]
    argv = ["query", sample, "--code", "Feeling at home", "--json"]
    for op, code, *distance in steps:
        argv += [f"--{op}", code] + (["--distance", str(distance[0])] if distance else [])
    argv += ["--coder", coder] if coder else []
    found = accord(*argv).json
    expected = _expected(codings, docs, "Feeling at home", [(s[0], s[1], s[2] if len(s) > 2 else 0) for s in steps],
                         (coder,) if coder else ("Ana", "Ben"))
    assert expected or coder, "the case should find something"
    assert [(f["doc"], f["start"], f["end"]) for f in found] == expected
    for f in found:
        assert f["codes"] == sorted({c["code"] for c in codings if c["doc"] == f["doc"] and c["start"] < f["end"]
                                     and c["end"] > f["start"] and (coder is None or c["coder"] == coder)})


def test_where_restricts_to_the_documents_that_meet_it(sample, accord):
    attrs = accord("attrs", sample, "--json").json
    young = {a["doc"] for a in attrs if a["key"] == "age" and float(a["value"]) < 35}
    found = accord("query", sample, "--code", "Othering", "--where", "attr:age < 35", "--json").json
    everywhere = accord("query", sample, "--code", "Othering", "--json").json
    assert found and {f["doc"] for f in found} <= young
    assert found == [f for f in everywhere if f["doc"] in young]
    north = accord("query", sample, "--code", "Othering", "--where", "attr:site contains nor", "--json").json
    assert {f["doc"] for f in north} == {a["doc"] for a in attrs if a["key"] == "site" and a["value"] == "North"}


def test_speaker_clips_to_their_turns(sample, accord):
    found = accord("query", sample, "--code", "Feeling at home", "--speaker", "Interviewer", "--json").json
    everything = accord("query", sample, "--code", "Feeling at home", "--json").json
    assert len(found) < len(everything) or not found  # the interviewer says little that is coded
    assert all(any(e["doc"] == f["doc"] and e["start"] <= f["start"] and f["end"] <= e["end"] for e in everything)
               for f in found)


def test_save_list_run_and_delete(sample, accord, fails):
    made = accord("query", sample, "--code", "Othering", "--not", "Feeling at home", "--save", "outsiders",
                  "--json").json
    listed = accord("queries", sample, "--json").json
    assert [q["name"] for q in listed] == ["outsiders"]
    assert listed[0]["query"]["steps"] == [{"op": "not", "code": "Feeling at home", "distance": 0}]
    assert accord("query", sample, "--run", "outsiders", "--json").json == made
    assert "Othering not Feeling at home" in accord("queries", sample).out
    assert accord("queries", sample, "--delete", "outsiders").status == 0
    assert accord("queries", sample, "--json").json == []
    fails("queries", sample, "--delete", "outsiders", match="no saved query 'outsiders'")
    fails("query", sample, "--run", "nothing", match="no saved query")
    fails("query", sample, "--code", "Othering", "--and", "No such code", match="No such code")
    fails("query", sample, "--code", "Othering", "--where", "age=3", match="attr:KEY OP VALUE")
    fails("query", sample, "--code", "Othering", "--distance", "3", status=2, match="--near")
    fails("query", sample, "--run", "x", "--code", "Othering", status=2, match="--run")
