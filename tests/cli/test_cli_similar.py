"""Issue #19 from the command line: `accord similar` on the sample project, end to end."""

import pytest

from cli_helpers import snapshot


def _covered(accord, sample, code, coder):
    spans = {}
    for c in accord("codings", sample, "--json").json:
        if c["code"] == code and c["coder"] == coder:
            spans.setdefault(c["doc"], []).append((c["start"], c["end"]))
    return spans


def test_passages_like_a_code_leave_out_what_the_coder_coded_and_change_nothing(accord, sample, tmp_path):
    before = snapshot(tmp_path)
    found = accord("similar", sample, "--code", "Support", "--coder", "Ana", "--top", "8", "--json").json
    assert snapshot(tmp_path) == before
    assert 0 < len(found) <= 8
    assert [r["score"] for r in found] == sorted((r["score"] for r in found), reverse=True)
    names = {d["name"] for d in accord("docs", sample, "--json").json}
    covered = _covered(accord, sample, "Support", "Ana")
    ana_segments = {(c["doc"], c["start"], c["end"]) for c in accord("codings", sample, "--json").json
                    if c["code"] == "Support" and c["coder"] == "Ana"}
    for record in found:
        assert record["doc"] in names
        inside = sum(max(0, min(e, record["end"]) - max(s, record["start"]))
                     for s, e in covered.get(record["doc"], []))
        assert inside * 2 < record["end"] - record["start"]  # not already coded by Ana
        because = record["because"]
        assert (because["doc"], because["start"], because["end"]) in ana_segments


def test_a_passage_query_names_what_it_matched_and_the_text_is_the_documents(accord, sample):
    found = accord("similar", sample, "--doc", "01-maya", "--start", "0", "--end", "120", "--json").json
    assert found and all(r["because"] == {"doc": "01-maya", "start": 0, "end": 120} for r in found)
    table = accord("similar", sample, "--doc", "01-maya", "--start", "0", "--end", "120").out
    assert table.startswith("SCORE") and found[0]["doc"] in table


@pytest.mark.parametrize("args, match", [
    ((), "give either --code"),
    (("--code", "Support", "--doc", "01-maya"), "give either --code"),
    (("--doc", "01-maya", "--start", "0"), "needs all of --doc"),
    (("--doc", "01-maya", "--start", "5", "--end", "2"), "after end"),
    (("--code", "Nope"), "nope"),
    (("--code", "Support", "--top", "0"), "at least 1"),
])
def test_bad_requests_get_one_line(fails, sample, args, match):
    fails("similar", sample, *args, status=2 if "give" in match or "needs" in match else 1, match=match)


def test_by_meaning_with_a_model_folder_then_indexed_once(accord, sample, tmp_path, monkeypatch):
    pytest.importorskip("model2vec")
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parents[1] / "core" / "similar"))
    from tiny_model import make_tiny_model

    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(tmp_path / "config"))
    coded = " ".join(c["text"] for c in accord("codings", sample, "--json").json)
    model = make_tiny_model(tmp_path / "tiny", more_words=coded)
    found = accord("similar", sample, "--code", "Support", "--backend", "semantic", "--model", model,
                   "--json").json
    assert found and all(-1.0 <= r["score"] <= 1.0001 for r in found)
    indexed = accord("similar-index", sample, "--json").json  # the model chosen above is remembered
    assert indexed["model"] == str(model.resolve())
    assert 100 < indexed["added"] <= indexed["units"]  # a sentence said twice is embedded once
    assert accord("similar-index", sample, "--json").json["added"] == 0
    again = accord("similar", sample, "--code", "Support", "--backend", "semantic", "--json").json
    assert again == found  # cached vectors give the same ranking
    assert accord("similar-index", sample, "--drop", "--json").json == {"dropped": indexed["added"]}


def test_semantic_without_a_model_says_where_to_get_one(fails, sample, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(tmp_path / "config"))
    fails("similar", sample, "--code", "Support", "--backend", "semantic", match="Settings ▸ Similar passages")
    fails("similar", sample, "--code", "Support", "--model", tmp_path, status=2, match="--backend semantic")
