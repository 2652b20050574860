"""One name per figure: the CLI table, the comparison window, the report and the export say the same."""

import pytest

from accord.cli.main import main
from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.export import write_xlsx
from accord.core.agreement.methods import DEFINITIONS, LABELS
from accord.core.project import Project
from accord.core.reports import ReportOptions, build_report
from accord.core.reports.markdown import render_markdown
from accord.gui.comparison.model import METRIC_BY_KEY, build_matrix

CLI_FIGURES = ("percent_agreement", "cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019",
               "segment_percent")
GUI_METRICS = {"alpha": "krippendorff_alpha", "kappa": "cohen_kappa", "percent": "percent_agreement"}
REPORT_FIGURES = ("percent_agreement", "cohen_kappa", "krippendorff_alpha", "pooled_kappa")
COEFFICIENTS = ("percent_agreement", "cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019",
                "unitizing_alpha_2004", "positive_agreement", "jaccard", "segment_percent", "pooled_kappa",
                "fleiss_kappa")


@pytest.fixture
def project(sample_copy):
    with Project.open(sample_copy) as opened:
        yield opened


def test_the_two_unitizing_alphas_do_not_look_alike():
    assert LABELS["unitizing_alpha_binary_2019"] == "|uα (binary, 2016)"
    assert LABELS["unitizing_alpha_2004"] == "uα (2004)"
    assert len(set(LABELS.values())) == len(LABELS)


def test_every_output_uses_the_one_label(project, sample_copy, capsys, tmp_path):
    import openpyxl

    capsys.readouterr()
    assert main(["agreement", str(sample_copy)]) == 0
    header = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("CODE"))
    definitions = {d.column: d.statistic for d in DEFINITIONS}
    book = openpyxl.load_workbook(write_xlsx(compute_agreement(project.db), tmp_path / "a.xlsx"))
    sheet_header = next(book["Agreement"].iter_rows(values_only=True))
    report = render_markdown(build_report(project.db, ReportOptions(resamples=0)))
    table = report.split("## Inter-coder agreement")[1]
    for figure in COEFFICIENTS:
        label = LABELS[figure]
        assert definitions[figure] == label, figure  # the export's Definitions sheet and the methods
        if figure in CLI_FIGURES:
            assert label in header, figure
        if figure in GUI_METRICS.values():
            key = next(k for k, f in GUI_METRICS.items() if f == figure)
            assert METRIC_BY_KEY[key].label == label
        if figure in REPORT_FIGURES:
            assert label in table, figure
        if figure != "pooled_kappa" and figure != "fleiss_kappa":
            assert label in sheet_header, figure
    assert [row[0] for row in book["Definitions"].iter_rows(min_row=2, values_only=True)] == \
        [d.statistic for d in DEFINITIONS]
    assert METRIC_BY_KEY["kappa"].group_label == LABELS["fleiss_kappa"]


def test_an_alpha_view_has_no_kappa_total(project):
    result = compute_agreement(project.db, AgreementOptions(coders=("Ana", "Ben")))
    alpha = build_matrix(result, METRIC_BY_KEY["alpha"], ("Ana", "Ben"))
    assert all(row.code is not None for row in alpha.rows)
    kappa = build_matrix(result, METRIC_BY_KEY["kappa"], ("Ana", "Ben"))
    assert kappa.rows[-1].code is None and kappa.rows[-1].label == f"All codes ({LABELS['pooled_kappa']})"
    everyone = build_matrix(result, METRIC_BY_KEY["alpha"], None)
    assert all(row.code is not None for row in everyone.rows)
