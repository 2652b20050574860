"""The agreement comparison as rows, CSV and xlsx, with definitions and a methods paragraph."""

from __future__ import annotations

import csv
import re

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.export import (
    ALL_CODERS_COLUMNS, CSV_COLUMNS, DEFINITIONS, OVERALL_COLUMNS, REFERENCES, ROW_COLUMNS, all_coders_rows,
    cited_references, comparison_rows, methods_paragraph, methods_text, overall_rows, write_csv, write_xlsx,
)
from accord.core.agreement.report import PAIR_FIGURES
from accord.core.codebook import create_code
from accord.core.project import Project
from accord.core.sample import build_sample

from agreement_helpers import insert, make_project


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("sample") / "s.accord"
    build_sample(path)
    return path.read_bytes()


@pytest.fixture
def sample(sample_bytes, tmp_path):
    """The sample project (coders Ana and Ben, 4 documents, 18 codes) plus an unused code "Unused"."""
    path = tmp_path / "s.accord"
    path.write_bytes(sample_bytes)
    project = Project.open(path)
    with project.command("add an unused code"):
        create_code(project.db, "Unused")
    yield project
    project.close()


@pytest.fixture
def result(sample):
    return compute_agreement(sample.db, AgreementOptions(coders=("Ana", "Ben")))


def test_one_row_per_pair_code_and_scope_with_every_figure(result):
    rows = comparison_rows(result)
    assert all(list(row) == list(ROW_COLUMNS) for row in rows)
    pooled = [r for r in rows if r["scope"] == "pooled"]
    assert [r["code"] for r in pooled] == list(result.codes)  # every compared code, codebook order
    data = result.to_json()
    expected = len(result.codes) + sum(len(d["codes"]) for d in data["documents"].values())
    assert len(rows) == expected
    assert [r["document"] for r in rows[len(pooled):]] == sorted(
        (r["document"] for r in rows[len(pooled):]), key=result.documents.index)
    for row in rows:
        assert (row["pair"], row["first_coder"], row["second_coder"]) == ("Ana|Ben", "Ana", "Ben")
        entry = result.pair(row["code"], "Ana", "Ben", row["document"])
        for figure in PAIR_FIGURES:
            assert row[figure] == entry[figure]
            assert row[f"{figure}_undefined_reason"] == entry.get(f"{figure}_undefined_reason")
        assert {k: row[k] for k in ("both", "only_first", "only_second", "neither")} == entry["counts"]
        assert row["characters"] == sum(entry["counts"].values())
        assert row["first_segments"] == entry["segments"]["first"]["segments"]
        if row["scope"] == "document":
            assert row["presence"] == entry["segments"]["presence"]
            assert row["presence_percent"] is None
        else:
            assert row["presence_percent"] == entry["segments"]["presence_percent"]
            assert row["documents_both"] == entry["segments"]["documents"]["both"]


def test_undefined_figures_are_none_with_their_reason(result):
    row = next(r for r in comparison_rows(result) if r["code"] == "Unused")
    assert row["used"] is False
    assert row["cohen_kappa"] is None and row["cohen_kappa_undefined_reason"].startswith("no variation")
    assert row["segment_percent"] is None and row["segment_percent_undefined_reason"]
    assert row["percent_agreement"] == 100.0 and row["percent_agreement_undefined_reason"] is None


def test_overall_rows_hold_the_pooled_kappa(result):
    rows = overall_rows(result)
    assert all(list(row) == list(OVERALL_COLUMNS) for row in rows)
    assert [(r["scope"], r["document"]) for r in rows] == [("pooled", None)] + [
        ("document", d) for d in result.documents]
    pooled = result.overall()["pairs"]["Ana|Ben"]
    assert rows[0]["pooled_kappa"] == pooled["pooled_kappa"]
    assert rows[0]["pooled_percent_agreement"] == pooled["pooled_percent_agreement"]
    assert rows[0]["codes_compared"] == pooled["codes"] == 18
    assert rows[0]["codes_only_first"] == ["Housing and money"]
    assert rows[1]["pooled_kappa"] == result.overall(result.documents[0])["pairs"]["Ana|Ben"]["pooled_kappa"]


def test_bootstrap_intervals_are_in_the_pooled_rows(sample):
    result = compute_agreement(sample.db, AgreementOptions(coders=("Ana", "Ben"), bootstrap=50, seed=7))
    rows = comparison_rows(result)
    row = next(r for r in rows if r["scope"] == "pooled" and r["code"] == "Loneliness")
    interval = result.pair("Loneliness", "Ana", "Ben")["bootstrap"]["cohen_kappa"]
    assert [row["cohen_kappa_ci95_low"], row["cohen_kappa_ci95_high"]] == interval["ci95"]
    assert row["cohen_kappa_p_below_0.800"] == interval["p_below_0.800"]
    assert all(r["cohen_kappa_ci95_low"] is None for r in rows if r["scope"] == "document")
    total = overall_rows(result)[0]
    assert [total["pooled_kappa_ci95_low"], total["pooled_kappa_ci95_high"]] == \
        result.overall()["pairs"]["Ana|Ben"]["bootstrap"]["pooled_kappa"]["ci95"]


def test_all_coders_rows():
    project = make_project({"d": "abcdefghij" * 3}, coders=("A", "B", "C"))
    for coder, (s, e) in zip("ABC", [(0, 10), (2, 10), (0, 8)]):
        insert(project.db, "d", "X", coder, s, e)
    result = compute_agreement(project.db)
    rows = all_coders_rows(result)
    assert [list(r) for r in rows] == [list(ALL_CODERS_COLUMNS)] * 2
    assert rows[0]["coders"] == "A, B, C"
    assert rows[0]["fleiss_kappa"] == result.all_coders("X")["fleiss_kappa"]
    assert {r["pair"] for r in comparison_rows(result)} == {"A|B", "A|C", "B|C"}
    paragraph = methods_paragraph(result)
    assert "A, B and C" in paragraph and "Fleiss, 1971" in paragraph and "3 pairs" in paragraph


def _csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return repr(value) if isinstance(value, float) else str(value)


def test_csv_round_trips(result, tmp_path):
    path = write_csv(result, tmp_path / "agreement.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        read = list(reader)
    code_rows = [r for r in read if r["level"] == "code"]
    expected = comparison_rows(result)
    assert len(code_rows) == len(expected)
    for got, want in zip(code_rows, expected):
        assert {k: got[k] for k in ROW_COLUMNS} == {k: _csv_text(v) for k, v in want.items()}
        for figure in PAIR_FIGURES:  # the numbers come back exactly
            assert (float(got[figure]) if got[figure] else None) == want[figure]
    totals = [r for r in read if r["level"] == "all codes"]
    assert [float(r["pooled_kappa"]) for r in totals] == [r["pooled_kappa"] for r in overall_rows(result)]
    unused = next(r for r in code_rows if r["code"] == "Unused" and r["scope"] == "pooled")
    assert unused["cohen_kappa"] == "" and unused["cohen_kappa_undefined_reason"].startswith("no variation")
    across = [r for r in read if r["level"] == "across codes"]
    assert [(r["scope"], r["document"]) for r in across] == [("pooled", "")] + [("document", d) for d in result.documents]
    assert float(across[0]["cu_alpha"]) == result.across_codes()["cu_alpha"]
    assert float(across[0]["c_given_u_alpha"]) == result.across_codes()["c_given_u_alpha"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_xlsx_has_the_five_sheets(result, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = write_xlsx(result, tmp_path / "agreement.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Agreement", "By document", "Across codes", "Definitions", "Methods"]
    across = list(book["Across codes"].iter_rows(values_only=True))
    assert across[0] == ("Scope", "Coders", "cuα (codes and gaps)", "(c|u)α (where both coded)", "Notes")
    assert across[1][0] == "Pooled over the documents"
    assert across[1][2] == pytest.approx(result.across_codes()["cu_alpha"])

    agreement = list(book["Agreement"].iter_rows(values_only=True))
    header = agreement[0]
    assert header[:3] == ("Coders", "Code", "Used") and "Cohen's κ" in header and "|uα (binary, 2016)" in header
    assert "uα (2004)" in header
    kappa = header.index("Cohen's κ")
    by_code = {row[1]: row for row in agreement[1:]}
    assert by_code["Loneliness"][kappa] == pytest.approx(result.pair("Loneliness", "Ana", "Ben")["cohen_kappa"])
    assert by_code["Unused"][kappa] is None and "κ" in by_code["Unused"][-1] and "undefined" in by_code["Unused"][-1]
    total = next(row for row in agreement if row[1] and row[1].startswith("All codes"))
    assert total[kappa] == pytest.approx(result.overall()["pairs"]["Ana|Ben"]["pooled_kappa"])

    documents = list(book["By document"].iter_rows(values_only=True))
    assert documents[0][:3] == ("Document", "Coders", "Code")
    assert {row[0] for row in documents[1:]} == set(result.documents)

    definitions = list(book["Definitions"].iter_rows(values_only=True))
    assert definitions[0] == ("Statistic", "Column", "Definition", "Citation")
    assert [row[1] for row in definitions[1:]] == [d.column for d in DEFINITIONS]

    methods = [row[0] for row in book["Methods"].iter_rows(values_only=True)]
    assert methods[0] == "Methods" and methods[1] == methods_paragraph(result)
    assert "References" in methods
    assert any(str(line).startswith("Cohen, J. (1960)") for line in methods)
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_failed_export_leaves_nothing(result, tmp_path, monkeypatch):
    from accord.core.agreement import export

    out = tmp_path / "out"
    out.mkdir()
    (out / "agreement.csv").write_text("old")

    def broken(handle):
        handle.write("half a file")
        raise OSError("disk full")

    monkeypatch.setattr(export.csv, "writer", broken)
    with pytest.raises(OSError, match="disk full"):
        write_csv(result, out / "agreement.csv")
    assert [p.name for p in out.iterdir()] == ["agreement.csv"]
    assert (out / "agreement.csv").read_text() == "old"


def test_methods_paragraph_names_coders_numbers_and_citations(result):
    text = methods_paragraph(result)
    characters = int(result.selection.document_lengths.sum())
    assert text.startswith(f"Agreement between the coders Ana and Ben was assessed on 4 documents "
                           f"({characters:,} characters) for 19 codes, 18 of which were used")
    kappa = result.overall()["pairs"]["Ana|Ben"]["pooled_kappa"]
    assert f"was {kappa:.2f}." in text
    for citation in ("Cohen, 1960", "Krippendorff, 2011", "Krippendorff, Mathet, Bouvry & Widlöcher, 2016",
                     "Krippendorff, 2019, §12.6", "De Vries et al., 2008", "Krippendorff, 2004"):
        assert citation in text
    alphas = [result.code(c)["all_coders"]["krippendorff_alpha"] for c in result.codes]
    reliable = sum(1 for a in alphas if a is not None and a >= 0.8)
    assert f"at least 0.800 for {reliable} of the 18 codes with a defined α" in text
    assert "No bootstrap intervals" in text and "Hayes" not in text


def test_methods_paragraph_with_bootstrap(sample):
    result = compute_agreement(sample.db, AgreementOptions(coders=("Ana", "Ben"), bootstrap=40, seed=3))
    text = methods_paragraph(result)
    low, high = result.overall()["pairs"]["Ana|Ben"]["bootstrap"]["pooled_kappa"]["ci95"]
    assert f"(95 % interval {low:.2f} to {high:.2f})" in text
    assert "40 bootstrap resamples of documents" in text and "seed 3" in text
    assert "(Hayes & Krippendorff, 2007)" in text


def test_references_are_full_and_only_those_cited(result):
    full = methods_text(result)
    paragraph, references = full.split("\n\nReferences\n")
    listed = references.splitlines()
    assert listed == cited_references(paragraph)
    assert "Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological " \
           "Measurement, 20(1), 37–46." in references
    assert "Field Methods, 20(3), 272–282." in references
    assert "Quality & Quantity, 50(6), 2347–2364." in references
    assert not any(line.startswith("Fleiss") or line.startswith("Hayes") for line in listed)  # not cited here


def test_every_definition_cites_a_listed_reference():
    keys = {ref.key.rsplit(", ", 1)[0] + " (" + ref.key.rsplit(", ", 1)[1] + ")" for ref in REFERENCES}
    for definition in DEFINITIONS:
        assert definition.definition and definition.statistic and definition.column
        for cited in re.findall(r"[A-Z][^;()]*? \(\d{4}\)", definition.citation):
            assert cited.strip() in keys, cited


def test_pooled_rows_only(result):
    pooled = comparison_rows(result, documents=False)
    assert pooled == [r for r in comparison_rows(result) if r["scope"] == "pooled"]
    assert overall_rows(result, documents=False) == overall_rows(result)[:1]
