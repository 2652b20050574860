"""Issue #19: `accord codings --json` and `accord code apply --json` say how each coding came about."""


def test_codings_json_shows_the_origin_of_each_coding(sample, accord):
    before = accord("--json", "codings", sample).json
    assert before and {c["origin"] for c in before} == {""}  # the sample was coded by hand
    out = accord("--json", "autocode", sample, "--code", "Loneliness", "--coder", "Ben", "--search", "lonely").json
    before_ben = {(c["doc"], c["start"], c["end"]) for c in before
                  if c["coder"] == "Ben" and c["code"] == "Loneliness"}
    after = accord("--json", "codings", sample, "--coder", "Ben", "--code", "Loneliness").json
    origins = {(c["doc"], c["start"], c["end"]): c["origin"] for c in after}
    # a passage that overlaps none of Ben's codings is a new coding of its own, made by auto-coding
    new = [(p["doc"], p["start"], p["end"]) for p in out["passages"]
           if not any(d == p["doc"] and s < p["end"] and p["start"] < e for d, s, e in before_ben)]
    assert len(new) == out["added"] >= 1
    assert [origins[span] for span in new] == ["autocode"] * len(new)
    # the rest (Ben's hand codings, with any passage that joined them) stay hand-made
    assert {origin for span, origin in origins.items() if span not in new} == {""}

    applied = accord("--json", "code", "apply", sample, "--doc", after[0]["doc"], "--code", "Settling in",
                     "--coder", "Ben", "--start", "0", "--end", "3").json
    assert applied["origin"] == ""
