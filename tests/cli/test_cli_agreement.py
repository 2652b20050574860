"""accord agreement / disagreements / adjudicate / adjudications, on the sample project (coders Ana and Ben)."""

import csv
import json

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement, confusion_table, find_disagreements
from accord.core.project import Project
from cli_helpers import run_subprocess


def expected_json(path, **options) -> dict:
    """What compute_agreement gives, as it comes back from JSON."""
    with Project.open(path) as project:
        return json.loads(json.dumps(compute_agreement(project.db, AgreementOptions(**options)).to_json()))


def listed(path, **options):
    with Project.open(path) as project:
        return find_disagreements(project.db, "Ana", "Ben", AgreementOptions(**options) if options else None)


PAIR_KEYS = {"counts", "percent_agreement", "cohen_kappa", "krippendorff_alpha", "positive_agreement", "jaccard",
             "unitizing_alpha_binary_2019", "unitizing_alpha_2004", "segment_percent", "segments"}


# -- accord agreement -----------------------------------------------------------------------------
def test_agreement_json_is_exactly_the_engines_result(accord, sample):
    data = accord("agreement", sample, "--json").json
    assert data == expected_json(sample)
    assert set(data) == {"documents", "pooled_over_documents", "dropped_zero_length"}
    assert list(data["documents"]) == ["01-maya", "02-tomasz", "03-leila", "04-focus-group"]
    pooled = data["pooled_over_documents"]
    assert set(pooled) == {"codes", "overall", "across_codes"}
    assert len(pooled["codes"]) == 18
    entry = pooled["codes"]["Loneliness"]
    assert set(entry) == {"used", "pairs", "all_coders"}
    assert list(entry["pairs"]) == ["Ana|Ben"]
    pair = entry["pairs"]["Ana|Ben"]
    assert set(pair) == PAIR_KEYS  # everything defined here: no *_undefined_reason
    assert set(pair["counts"]) == {"both", "only_first", "only_second", "neither"}
    assert set(pair["segments"]) == {"first", "second", "documents", "presence_percent", "frequency_percent"}
    assert set(entry["all_coders"]) == {"krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa",
                                        "unitizing_alpha_binary_2019"}
    document_pair = data["documents"]["01-maya"]["codes"]["Loneliness"]["pairs"]["Ana|Ben"]
    assert set(document_pair["segments"]) == {"first", "second", "presence", "same_frequency"}
    overall = pooled["overall"]
    assert set(overall) == {"codes_used", "codes_one_sided", "codes_unused", "pairs", "all_coders"}
    assert set(overall["pairs"]["Ana|Ben"]) == {"pooled_kappa", "pooled_percent_agreement", "codes", "only_first",
                                                "only_second"}
    assert data["dropped_zero_length"] == 0
    across = pooled["across_codes"]
    assert set(across) == {"cu_alpha", "c_given_u_alpha"} and 0 < across["cu_alpha"] < across["c_given_u_alpha"] < 1
    assert set(data["documents"]["01-maya"]["across_codes"]) == {"cu_alpha", "c_given_u_alpha"}


def test_agreement_filters_and_options(accord, sample):
    data = accord("agreement", sample, "--coders", "Ana,Ben", "--code", "Loneliness", "--code", "Settling in",
                  "--doc", "01-maya", "--doc", "03-leila", "--json").json
    assert data == expected_json(sample, coders=("Ana", "Ben"), codes=("Loneliness", "Settling in"),
                                 documents=("01-maya", "03-leila"))
    assert list(data["pooled_over_documents"]["codes"]) == ["Loneliness", "Settling in"]
    assert list(data["documents"]) == ["01-maya", "03-leila"]

    data = accord("agreement", sample, "--code", "Othering", "--trim-whitespace", "--overlap", "0.5",
                  "--bootstrap", "30", "--seed", "4", "--json").json
    assert data == expected_json(sample, codes=("Othering",), trim_whitespace=True, overlap=0.5, bootstrap=30,
                                 seed=4)
    assert data["pooled_over_documents"]["codes"]["Othering"]["pairs"]["Ana|Ben"]["bootstrap"]["cohen_kappa"][
        "resamples"] == 30


def test_agreement_text_shows_a_table_per_pair(accord, sample):
    result = accord("agreement", sample)
    assert result.status == 0 and result.err == ""
    out = result.out
    assert "Agreement of Ana and Ben on 4 documents" in out
    assert "Ana | Ben, pooled over the documents" in out
    assert "CODE" in out and "Cohen's κ" in out and "|uα (binary, 2016)" in out and "Segment agreement" in out
    data = expected_json(sample)["pooled_over_documents"]
    line = next(l for l in out.splitlines() if l.startswith("Loneliness "))
    pair = data["codes"]["Loneliness"]["pairs"]["Ana|Ben"]
    assert line.split()[1:] == [f"{pair['percent_agreement']:.1f}", f"{pair['cohen_kappa']:.3f}",
                                f"{pair['krippendorff_alpha']:.3f}", f"{pair['unitizing_alpha_binary_2019']:.3f}",
                                f"{pair['segment_percent']:.1f}"]
    kappa = data["overall"]["pairs"]["Ana|Ben"]["pooled_kappa"]
    assert f"All codes: Pooled κ {kappa:.3f} over the 18 codes" in out
    assert "by document" not in out
    across = data["across_codes"]
    line = next(l for l in out.splitlines() if l.startswith("(pooled over the documents)"))
    assert line.split()[-2:] == [f"{across['cu_alpha']:.3f}", f"{across['c_given_u_alpha']:.3f}"]
    assert "Which code each passage gets, all codes at once (Ana and Ben)" in out

    by_document = accord("agreement", sample, "--by-document").out
    assert "Ana | Ben, by document" in by_document
    assert any(l.startswith("02-tomasz ") and l.count(".") == 2 for l in by_document.splitlines())
    assert any(l.startswith("03-leila") and "Deskilling" in l for l in by_document.splitlines())


def test_undefined_figures_are_null_with_a_reason_and_undefined_in_text(accord, sample):
    assert accord("code", "add", sample, "Unused").status == 0
    data = accord("agreement", sample, "--code", "Unused", "--code", "Othering", "--json").json
    pair = data["pooled_over_documents"]["codes"]["Unused"]["pairs"]["Ana|Ben"]
    assert pair["cohen_kappa"] is None
    assert pair["cohen_kappa_undefined_reason"].startswith("no variation")
    assert pair["segment_percent"] is None and pair["segment_percent_undefined_reason"]
    assert pair["percent_agreement"] == 100.0 and "percent_agreement_undefined_reason" not in pair

    out = accord("agreement", sample, "--code", "Unused", "--code", "Othering").out
    line = next(l for l in out.splitlines() if l.startswith("Unused"))
    assert "undefined (no variation)" in line and "undefined (no segments)" in line
    assert pair["cohen_kappa_undefined_reason"] in out  # the full reason once, under the table
    assert "0.000" not in line and "1.000" not in line


def test_agreement_exports_csv_and_xlsx(accord, sample, tmp_path):
    out = tmp_path / "agreement.csv"
    result = accord("agreement", sample, "--export", out)
    assert result.status == 0 and result.out.rstrip().endswith(f"Wrote the comparison table to {out}.")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pooled = {r["code"]: r for r in rows if r["level"] == "code" and r["scope"] == "pooled"}
    data = expected_json(sample)["pooled_over_documents"]
    assert float(pooled["Loneliness"]["cohen_kappa"]) == data["codes"]["Loneliness"]["pairs"]["Ana|Ben"][
        "cohen_kappa"]

    openpyxl = pytest.importorskip("openpyxl")
    book = tmp_path / "agreement.xlsx"
    # With --json the output stays exactly the engine's result; the workbook is written all the same.
    assert accord("agreement", sample, "--export", book, "--json").json == expected_json(sample)
    assert openpyxl.load_workbook(book).sheetnames == ["Agreement", "By document", "Across codes", "Definitions", "Methods"]
    # An existing file is replaced only with --force.
    before = out.read_bytes()
    again = accord("agreement", sample, "--export", out)
    assert again.status == 1 and "already exists; add --force" in again.err and out.read_bytes() == before
    assert accord("agreement", sample, "--export", out, "--force").status == 0


def test_agreement_errors_are_one_line_and_change_nothing(accord, fails, sample, tmp_path):
    accord("agreement", sample)  # let SQLite's side files settle
    fails("agreement", sample, "--export", tmp_path / "out.pdf", match=".csv or .xlsx", sidecars=False)
    fails("agreement", sample, "--coders", "Ana,Nobody", match="Nobody", sidecars=False)
    fails("agreement", sample, "--code", "No such code", match="no such code", sidecars=False)
    fails("agreement", sample, "--overlap", "1.5", match="overlap", sidecars=False)
    fails("agreement", sample, "--coders", "Ana", match="two coders", sidecars=False)
    fails("agreement", sample, "--bootstrap", "-1", status=2, match="negative", sidecars=False)


# -- accord disagreements -------------------------------------------------------------------------
def test_disagreements_largest_first(accord, sample):
    data = accord("disagreements", sample, "--coders", "Ana,Ben", "--json").json
    found = listed(sample)
    assert len(data) == len(found) == 46
    assert [d["size"] for d in data] == sorted((d["size"] for d in data), reverse=True)
    assert [d["index"] for d in data] == list(range(1, 47))
    first = data[0]
    assert set(first) == {"index", "kind", "document", "start", "end", "size", "first", "second", "text",
                          "decided"}
    assert set(first["first"]) == {"coder", "code", "start", "end", "codings"}
    for record, d in zip(data, found):
        assert (record["kind"], record["document"], record["start"], record["end"], record["size"]) == \
            (d.kind, d.document, d.start, d.end, d.size)
        assert (record["first"]["code"], record["second"]["code"]) == (d.first_code, d.second_code)
        assert record["first"]["coder"] == "Ana" and record["second"]["coder"] == "Ben"
        assert record["decided"] is False

    text = accord("disagreements", sample, "--coders", "Ana,Ben", "--limit", "5").out
    lines = text.splitlines()
    assert lines[0].split()[:5] == ["#", "KIND", "DOCUMENT", "SPAN", "SIZE"]
    assert len(lines) == 1 + 5 + 1 and "46 disagreements (5 shown)" in lines[-1]


def test_disagreement_filters(accord, sample):
    confusions = accord("disagreements", sample, "--coders", "Ana,Ben", "--kind", "confusion", "--json").json
    assert confusions and {d["kind"] for d in confusions} == {"confusion"}
    assert [d["index"] for d in confusions] == list(range(1, len(confusions) + 1))
    one_code = accord("disagreements", sample, "--coders", "Ana,Ben", "--code", "Deskilling", "--doc", "03-leila",
                      "--json").json
    assert len(one_code) == len(listed(sample, codes=("Deskilling",), documents=("03-leila",)))
    assert {d["document"] for d in one_code} == {"03-leila"}
    assert {d["first"]["code"] or d["second"]["code"] for d in one_code} == {"Deskilling"}


def test_confusion_table(accord, sample):
    data = accord("disagreements", sample, "--coders", "Ana,Ben", "--confusion", "--json").json
    assert data == {"first_coder": "Ana", "second_coder": "Ben", "confusion": confusion_table(listed(sample))}
    assert data["confusion"]["Deskilling"]["Institutional support"] == {"count": 1, "characters": 113}
    text = accord("disagreements", sample, "--coders", "Ana,Ben", "--confusion").out
    assert "ANA'S CODE" in text and "BEN'S CODE" in text
    assert any(l.split() == ["Deskilling", "Institutional", "support", "1", "113"] for l in text.splitlines())


# -- accord adjudicate ----------------------------------------------------------------------------
def consensus_codings(accord, path) -> list[tuple]:
    return sorted((c["doc"], c["code"], c["start"], c["end"])
                  for c in accord("codings", path, "--coder", "Consensus", "--json").json)


def test_adjudicate_by_index_writes_the_consensus_and_marks_it_decided(accord, sample):
    before = accord("disagreements", sample, "--coders", "Ana,Ben", "--json").json
    boundary = next(d for d in before if d["kind"] == "boundary")
    low = min(boundary["first"]["start"], boundary["second"]["start"])
    high = max(boundary["first"]["end"], boundary["second"]["end"])

    result = accord("adjudicate", sample, "--coders", "Ana,Ben", "--index", boundary["index"], "--decision", "union",
                    "--note", "both right", "--json")
    data = result.json
    assert data["decision"] == "union" and data["consensus"] == "Consensus" and data["note"] == "both right"
    assert data["disagreement"]["index"] == boundary["index"]
    assert [(c["code"], c["coder"], c["start"], c["end"]) for c in data["codings"]] == [
        (boundary["first"]["code"], "Consensus", low, high)]
    assert consensus_codings(accord, sample) == [(boundary["document"], boundary["first"]["code"], low, high)]

    after = accord("disagreements", sample, "--coders", "Ana,Ben", "--json").json
    assert [d["index"] for d in after if d["decided"]] == [boundary["index"]]
    assert [{k: v for k, v in d.items() if k != "decided"} for d in after] == \
        [{k: v for k, v in d.items() if k != "decided"} for d in before]  # the same list, in the same order
    text = accord("disagreements", sample, "--coders", "Ana,Ben").out
    assert "1 of those shown decided" in text

    decisions = accord("adjudications", sample, "--json").json
    assert [(a["document"], a["kind"], a["decision"], a["consensus"], a["first_coder"], a["second_coder"], a["note"])
            for a in decisions] == [(boundary["document"], "boundary", "union", "Consensus", "Ana", "Ben",
                                     "both right")]
    assert decisions[0]["result"] == [{"code": boundary["first"]["code"], "start": low, "end": high}]
    assert "union" in accord("adjudications", sample).out


def test_adjudicate_counts_in_the_filtered_list(accord, sample):
    confusion = accord("disagreements", sample, "--coders", "Ana,Ben", "--kind", "confusion", "--json").json[1]
    result = accord("adjudicate", sample, "--coders", "Ana,Ben", "--kind", "confusion", "--index", "2",
                    "--decision", "accept_second")
    assert result.status == 0, result.err
    assert result.out.startswith("Decided disagreement 2 (confusion in ")
    second = confusion["second"]
    assert consensus_codings(accord, sample) == [(confusion["document"], second["code"], second["start"],
                                                  second["end"])]


def test_adjudicate_with_edited_spans_and_neither(accord, sample):
    first = accord("disagreements", sample, "--coders", "Ana,Ben", "--json").json[0]
    result = accord("adjudicate", sample, "--coders", "Ana,Ben", "--index", "1", "--decision", "edit",
                    "--edit", f"Othering:{first['start']}:{first['start'] + 10}",
                    f"Deskilling:{first['start'] + 20}:{first['start'] + 30}", "--consensus", "Agreed", "--json")
    assert [(c["code"], c["coder"]) for c in result.json["codings"]] == [("Othering", "Agreed"),
                                                                         ("Deskilling", "Agreed")]
    nothing = accord("adjudicate", sample, "--coders", "Ana,Ben", "--index", "2", "--decision", "neither")
    assert nothing.status == 0 and "Nothing was coded for Consensus" in nothing.out
    assert [a["decision"] for a in accord("adjudications", sample, "--json").json] == ["edit", "neither"]


def test_bad_adjudications_fail_in_one_line_and_write_nothing(accord, fails, sample):
    accord("disagreements", sample, "--coders", "Ana,Ben")  # let SQLite's side files settle
    args = ("adjudicate", sample, "--coders", "Ana,Ben")
    fails(*args, "--index", "47", "--decision", "union", match="only 46 disagreements", sidecars=False)
    fails(*args, "--kind", "confusion", "--index", "40", "--decision", "union", match="only", sidecars=False)
    fails(*args, "--index", "0", "--decision", "union", status=2, match="--index", sidecars=False)
    fails(*args, "--index", "1", "--decision", "maybe", status=2, match="invalid choice", sidecars=False)
    fails(*args, "--index", "1", "--decision", "union", "--edit", "Othering:1:5", status=2, match="--edit",
          sidecars=False)
    fails(*args, "--index", "1", "--decision", "edit", status=2, match="--edit", sidecars=False)
    fails(*args, "--index", "1", "--decision", "edit", "--edit", "Othering:1", status=2, match="CODE:START:END",
          sidecars=False)
    fails(*args, "--index", "1", "--decision", "edit", "--edit", "Othering:1:5", "No such code:1:5",
          match="no such code", sidecars=False)
    fails(*args, "--index", "1", "--decision", "edit", "--edit", "Othering:1:999999", match="", sidecars=False)
    fails(*args, "--index", "1", "--decision", "union", "--consensus", "Ana", match="consensus", sidecars=False)
    fails("adjudicate", sample, "--coders", "Ana,Ben,Consensus", "--index", "1", "--decision", "union", status=2,
          match="exactly two", sidecars=False)
    assert accord("adjudications", sample, "--json").json == []
    assert "Consensus" not in [c["name"] for c in accord("coders", sample, "--json").json]

    assert accord(*args, "--index", "3", "--decision", "accept_first").status == 0
    fails(*args, "--index", "3", "--decision", "accept_second", match="already been decided", sidecars=False)
    assert len(accord("adjudications", sample, "--json").json) == 1


def test_after_adjudication_all_coders_means_the_coders_and_a_consensus_only_when_named(accord, sample):
    before = accord("agreement", sample, "--json").json
    decided = accord("adjudicate", sample, "--coders", "Ana,Ben", "--index", "1", "--decision", "accept_second")
    assert decided.status == 0
    data = accord("agreement", sample, "--json").json
    assert data == expected_json(sample)
    assert list(data["pooled_over_documents"]["codes"]["Othering"]["pairs"]) == ["Ana|Ben"]
    assert data == before  # the consensus changed nothing of the coders' agreement
    out = accord("agreement", sample).out
    assert "Agreement of Ana and Ben on 4 documents" in out and "Consensus" not in out

    named = accord("agreement", sample, "--coders", "Ana,Ben,Consensus", "--json").json
    assert named == expected_json(sample, coders=("Ana", "Ben", "Consensus"))
    assert list(named["pooled_over_documents"]["codes"]["Othering"]["pairs"]) == ["Ana|Ben", "Ana|Consensus",
                                                                                  "Ben|Consensus"]
    out = accord("agreement", sample, "--coders", "Ana,Ben,Consensus").out
    assert "Ana | Consensus, pooled over the documents" in out and "All coders (Ana, Ben, Consensus)" in out


def test_agreement_in_a_real_process(sample):
    result = run_subprocess("agreement", sample, "--code", "Othering", "--json")
    assert result.status == 0, result.err
    assert json.loads(result.out) == expected_json(sample, codes=("Othering",))
    text = run_subprocess("disagreements", sample, "--coders", "Ana,Ben", "--limit", "1")
    assert text.status == 0 and text.out.splitlines()[1].startswith("1  omission")


def test_agreement_warns_that_intervals_from_few_documents_are_unreliable(accord, sample):
    data = accord("agreement", sample, "--bootstrap", "20", "--json").json
    assert data == expected_json(sample, bootstrap=20)
    assert len(data["warnings"]) == 1
    assert data["warnings"][0].startswith("95 % intervals from only 4 documents are unreliable")
    out = accord("agreement", sample, "--bootstrap", "20").out
    assert f"Warning: {data['warnings'][0]}" in out
    assert "warnings" not in accord("agreement", sample, "--json").json  # no intervals, no warning
    assert "Warning" not in accord("agreement", sample).out


def test_bootstrap_unit_turn_resamples_speaker_turns(accord, sample, tmp_path):
    data = accord("agreement", sample, "--bootstrap", "50", "--bootstrap-unit", "turn", "--json").json
    assert data == expected_json(sample, bootstrap=50, bootstrap_unit="turn")
    assert "warnings" not in data  # the sample's 105 turns are enough for the rule of thumb
    assert data != expected_json(sample, bootstrap=50)
    out = accord("agreement", sample, "--bootstrap", "50", "--bootstrap-unit", "turn").out
    assert "95 % intervals from 50 bootstrap resamples of the speaker turns (105 turns) (seed 1)." in out
    book = tmp_path / "turns.xlsx"
    accord("agreement", sample, "--bootstrap", "50", "--bootstrap-unit", "turn", "--export", str(book))
    openpyxl = pytest.importorskip("openpyxl")
    methods = [row[0] for row in openpyxl.load_workbook(book)["Methods"].iter_rows(values_only=True) if row[0]]
    assert "Bootstrap resampled: speaker turns (105)" in methods
    assert any("resamples of the 105 speaker turns" in line and "not independent" in line for line in methods)
    fails = accord("agreement", sample, "--bootstrap", "50", "--bootstrap-unit", "sentence")
    assert fails.status == 2 and "invalid choice" in fails.err


def test_against_consensus_compares_each_coder_with_it_one_pair_at_a_time(accord, sample):
    fails = accord("agreement", sample, "--against-consensus")
    assert fails.status == 1 and "adjudicate some disagreements first" in fails.err
    accord("adjudicate", sample, "--coders", "Ana,Ben", "--index", "1", "--decision", "union")
    data = accord("agreement", sample, "--against-consensus", "--json").json
    assert data["against_consensus"] == "Consensus" and list(data["coders"]) == ["Ana", "Ben"]
    assert data["coders"]["Ben"] == expected_json(sample, coders=("Ben", "Consensus"))
    out = accord("agreement", sample, "--against-consensus").out
    assert out.startswith("Each coder against the consensus coder Consensus, one pair at a time.")
    assert "== Ana against Consensus ==" in out and "Ben | Consensus, pooled over the documents" in out
    assert "Ana | Ben" not in out
    named = accord("agreement", sample, "--against-consensus", "Ana", "--json").json
    assert list(named["coders"]) == ["Ben"]  # Ana as the reference; the consensus is not one of the coders
    export = accord("agreement", sample, "--against-consensus", "--export", "x.xlsx")
    assert export.status == 1 and "--coders Ana,Consensus --export" in export.err
