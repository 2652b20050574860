"""`accord autocode` end to end on the sample project, checked against `accord search`, `accord turns`
and `accord codings` (recomputed here with character sets), and the document texts read with sqlite3."""

import sqlite3

import pytest
from accord.core.lock import ProjectLock


def _texts(path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, text FROM documents"))
    finally:
        conn.close()


def _dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()



def _word_end(text, end):
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return end


@pytest.mark.parametrize("word", ["work", "people", "Sao Paulo", "CAFE"])
def test_a_dry_run_finds_what_accord_search_finds_and_writes_nothing(sample, accord, word):
    texts = _texts(sample)
    hits = accord("--json", "search", sample, word).json
    before = _dump(sample)
    out = accord("--json", "autocode", sample, "--code", "Loneliness", "--coder", "Ana", "--search", word,
                 "--dry-run").json
    assert _dump(sample) == before
    assert out["dry_run"] is True and out["added"] == out["merged"] == 0
    expected = [(h["doc"], h["start"], _word_end(texts[h["doc"]], h["end"])) for h in hits]
    assert [(p["doc"], p["start"], p["end"]) for p in out["passages"]] == expected and expected
    whole = accord("--json", "autocode", sample, "--code", "Loneliness", "--coder", "Ana", "--search", word,
                   "--whole-word", "--dry-run").json["passages"]
    assert [(p["doc"], p["start"], p["end"]) for p in whole] == [h for h in expected if h[2] - h[1] == len(word)]
    for p in out["passages"]:
        assert p["text"] == texts[p["doc"]][p["start"]:p["end"]]


def test_applying_merges_with_the_coders_codings_like_manual_coding(sample, accord):
    before = accord("--json", "codings", sample).json
    out = accord("--json", "autocode", sample, "--code", "Loneliness", "--coder", "Ana", "--search", "lonely",
                 "--extend", "sentence").json
    passages = out["passages"]
    assert out["dry_run"] is False and passages
    after = accord("--json", "codings", sample).json
    for doc in {c["doc"] for c in after} | {p["doc"] for p in passages}:
        def mine(codings, doc=doc):
            return [(c["start"], c["end"]) for c in codings
                    if c["doc"] == doc and c["code"] == "Loneliness" and c["coder"] == "Ana"]
        old, new = mine(before), [(p["start"], p["end"]) for p in passages if p["doc"] == doc]
        # Overlapping spans merge; touching ones stay apart: recompute the groups by overlap
        groups = []
        for s, e in sorted(old + new):
            if groups and s < groups[-1][1]:
                groups[-1][1] = max(groups[-1][1], e)
            else:
                groups.append([s, e])
        assert sorted(mine(after)) == [tuple(g) for g in groups], doc
    untouched = [c for c in before if not (c["code"] == "Loneliness" and c["coder"] == "Ana")]
    assert [c for c in after if not (c["code"] == "Loneliness" and c["coder"] == "Ana")] == untouched
    old_ana = [(c["doc"], c["start"], c["end"]) for c in before if c["code"] == "Loneliness" and c["coder"] == "Ana"]
    overlapping = [p for p in passages if any(d == p["doc"] and s < p["end"] and p["start"] < e
                                              for d, s, e in old_ana)]
    assert out["merged"] == len(overlapping) and out["added"] + out["merged"] == len(passages)


def test_speaker_turns_are_coded_without_their_label(sample, accord):
    texts = _texts(sample)
    out = accord("--json", "autocode", sample, "--code", "Support", "--coder", "Ben", "--speaker", "Maya",
                 "--dry-run").json
    turns = [t for t in accord("--json", "turns", sample, "01-maya").json if t["speaker"] == "Maya"]
    assert [p["end"] for p in out["passages"]] == [t["end"] for t in turns]
    for p, t in zip(out["passages"], turns):
        assert texts["01-maya"][t["start"]:p["start"]].strip() == "Maya:"


def test_within_keeps_only_hits_inside_the_code(sample, accord):
    codings = accord("--json", "codings", sample).json
    texts = _texts(sample)
    coded = {}
    for c in codings:
        if c["code"] == "Loneliness":  # Ana and Ben are both of role coder
            coded.setdefault(c["doc"], set()).update(range(c["start"], c["end"]))
    out = accord("--json", "autocode", sample, "--code", "Support", "--coder", "Ben", "--search", "I",
                 "--whole-word", "--within", "Loneliness", "--dry-run").json["passages"]
    everywhere = accord("--json", "autocode", sample, "--code", "Support", "--coder", "Ben", "--search", "I",
                        "--whole-word", "--dry-run").json["passages"]
    expected = [p for p in everywhere if set(range(p["start"], p["end"])) <= coded.get(p["doc"], set())]
    assert out == expected and 0 < len(out) < len(everywhere)
    assert all(texts[p["doc"]][p["start"]:p["end"]] == "I" for p in out)


def test_documents_and_regex(sample, accord):
    out = accord("--json", "autocode", sample, "--code", "Support", "--coder", "Ben", "--search", r"nurs\w*",
                 "--regex", "--doc", "04-focus-group", "--dry-run").json["passages"]
    assert {p["doc"] for p in out} == {"04-focus-group"} and out
    assert all(p["text"].lower().startswith("nurs") for p in out)


def test_a_dry_run_reads_a_project_the_window_has_and_a_run_is_refused(sample, accord):
    args = ["--json", "autocode", sample, "--code", "Support", "--coder", "Ben", "--search", "work"]
    before = _dump(sample)
    with ProjectLock.acquire(sample):
        assert accord(*args, "--dry-run").status == 0
        refused = accord(*args)
        assert refused.status == 1 and "is open in" in refused.err
    assert _dump(sample) == before


def test_mistakes_fail_cleanly(sample, fails):
    base = ["autocode", sample, "--coder", "Ben"]
    fails(*base, "--code", "Nope", "--search", "work", match="no code named 'Nope'")
    fails(*base, "--code", "Support", "--search", "(x", "--regex", match="regular expression")
    fails(*base, "--code", "Support", "--speaker", "Nobody", match="no speaker named")
    fails(*base, "--code", "Support", "--speaker", "Maya", "--regex", status=2, match="--regex")
    fails(*base, "--code", "Support", status=2)
