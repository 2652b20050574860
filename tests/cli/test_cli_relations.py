"""`accord cooccurrence` and the report give the same numbers: one definition (core/analysis/relations)."""

from accord.core.project import Project
from accord.core.reports import ReportOptions, build_report
from char_runs import runs


def test_the_cli_agrees_with_the_report_and_with_the_codings(accord, sample):
    path = sample
    cli = {(p["code_a_id"], p["code_b_id"]): p["count"] for p in accord("cooccurrence", path, "--json").json}
    with Project.open(path) as project:
        report = build_report(project.db, ReportOptions(agreement=False))
    assert cli and cli == {(a, b): n for a, b, n in report.cooccurrence.pairs}
    # Recomputed from `accord codings --json`: runs of characters coded with both (Ana's and Ben's together).
    chars = {}
    for c in accord("codings", path, "--json").json:
        chars.setdefault((c["doc"], c["code"]), set()).update(range(c["start"], c["end"]))
    names = {(p["code_a_id"], p["code_b_id"]): (p["code_a"], p["code_b"])
             for p in accord("cooccurrence", path, "--json").json}
    docs = {doc for doc, _ in chars}
    for pair, (a, b) in names.items():
        expected = sum(len(runs(chars.get((d, a), set()) & chars.get((d, b), set()))) for d in docs)
        assert cli[pair] == expected, (a, b)
    # The report with one coder and the CLI with that coder agree too.
    ana = {(p["code_a_id"], p["code_b_id"]): p["count"]
           for p in accord("cooccurrence", path, "--coder", "Ana", "--json").json}
    with Project.open(path) as project:
        report = build_report(project.db, ReportOptions(coders=("Ana",), agreement=False))
    assert ana == {(a, b): n for a, b, n in report.cooccurrence.pairs}


def test_within_near_and_coder_options(accord, fails, sample):
    path = sample

    def counts(*args):
        return {(p["code_a"], p["code_b"]): p["count"] for p in accord("cooccurrence", path, *args, "--json").json}

    overlap, turn, near = counts(), counts("--within", "turn"), counts("--near", "200")
    assert set(overlap) <= set(turn) and set(overlap) <= set(near)  # overlapping codes share a turn, are near
    assert counts("--near", "0").keys() >= overlap.keys()
    both = counts("--coder", "Ana", "--coder", "Ben")
    assert both == overlap                    # the sample's two coders are its coders of role `coder`
    text = accord("cooccurrence", path, "--within", "paragraph").out.splitlines()
    assert text[0].split() == ["CODE", "A", "CODE", "B", "PLACES"]
    fails("cooccurrence", path, "--within", "sentence", status=2, match="invalid choice")
    fails("cooccurrence", path, "--within", "turn", "--near", "3", status=2, match="not allowed with")
    fails("cooccurrence", path, "--near", "-1", match="near must be a whole number")
    fails("cooccurrence", path, "--coder", "zed", match="no coder named 'zed'")
