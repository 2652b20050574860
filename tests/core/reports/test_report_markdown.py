"""The Markdown report: complete, and every project string escaped."""

import re

import pytest

from accord.core.reports import ReportOptions, build_report, write_report
from accord.core.reports.markdown import render_markdown
from accord.core.reports.templating import md_block, md_escape
from report_helpers import agreement_model


def test_every_code_with_its_counts(sample, tmp_path):
    model = build_report(sample.db)
    out = tmp_path / "report.md"
    write_report(model, "md", out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Starting over — sample study — codebook report\n")
    headings = re.findall(r"^(#{3,5}) (\S+) (.+)$", text, re.M)
    assert [(number, name) for _, number, name in headings] == [(c.number, c.name) for c in model.codes]
    for hashes, _, name in headings:
        depth = next(c.depth for c in model.codes if c.name == name)
        assert len(hashes) == 3 + depth
    for code in model.codes:
        section = text.split(f" {code.number} {code.name}\n", 1)[1]
        assert section.strip().splitlines()[0].count(f"**{code.codings} coding") == 1
    overview = text.split("## Codebook overview")[1].split("## ")[0]
    rows = [line for line in overview.splitlines() if line.startswith("| ") and "Code |" not in line]
    assert len(rows) == len(model.codes) + 1  # and the total row
    assert "| Ana | 82 | 4 |" in text


def test_tables_have_the_same_number_of_cells_in_every_row(hostile):
    text = render_markdown(build_report(hostile.db, ReportOptions(memos=True)))
    for block in re.split(r"\n\n", text):
        lines = [line for line in block.splitlines() if line.startswith("|")]
        if len(lines) < 2:
            continue
        counts = {len(re.findall(r"(?<!\\)\|", line)) for line in lines}
        assert len(counts) == 1, block


def test_hostile_text_is_escaped(hostile):
    text = render_markdown(build_report(hostile.db, ReportOptions(memos=True)))
    assert "<script>" not in text and "</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>" not in text and "<i>" not in text and "<u>" not in text
    assert "*bold*" not in text and "[link](http" not in text
    assert r"\*bold\* \_it\_ \[link\](http://x) \| pipe \`tick\`" in text
    assert "memo &lt;script&gt;" in text  # memos were asked for
    # No project line starts a heading, list or block quote of its own.
    for line in text.splitlines():
        if ("not a heading" in line or "not a list" in line) and not re.match(r"^#{3,5} [\d.]+ ", line):
            assert not re.match(r"^(#|\d+\.|>(?! ))", line), line


def test_escaping_helpers():
    assert md_escape("a*b_c [d](e) |f| <g> &amp; `h`") == r"a\*b\_c \[d\](e) \|f\| &lt;g&gt; &amp;amp; \`h\`"
    assert md_escape("AT&T") == "AT&T"
    assert md_block("# title\n1. item\n- dash\n+ plus") == "\\# title  \n1\\. item  \n\\- dash  \n\\+ plus"
    assert md_block("one\n\ntwo", "> ") == "> one\n>\n> two"


def test_memos_only_on_request(sample):
    assert "About this sample" not in render_markdown(build_report(sample.db))
    assert "About this sample" in render_markdown(build_report(sample.db, ReportOptions(memos=True)))


def test_agreement_section(sample):
    text = render_markdown(agreement_model(sample.db))
    section = text.split("## Inter-coder agreement")[1].split("\n## ")[0]
    assert "| Settling in/Loneliness | 98.4 % | 0.67 | 0.67 | [0.50, 0.92] |" in section
    assert "\n\nWhich code each passage gets, all codes at once: cuα (codes and gaps) 0.71; (c\\|u)α (where both " \
           "coded) 0.89.\n" in section
    assert "### Methods" in section
    assert "#### References\n\n- Cohen, J. (1960)" in section


def test_a_user_template(sample, tmp_path):
    template = tmp_path / "short.md.j2"
    template.write_text("# {{ report.title }}\n{% for code in codes %}- {{ code.name }}: {{ code.codings }}\n"
                        "{% endfor %}", encoding="utf-8")
    text = render_markdown(build_report(sample.db), template)
    assert text.splitlines()[:2] == ["# Starting over — sample study", "- Settling in: 7"]


def test_rendered_with_a_markdown_library_there_is_no_script(hostile):
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(
        render_markdown(build_report(hostile.db, ReportOptions(memos=True))))
    assert "<script" not in html and "<b>" not in html


def test_wide_code_document_tables_are_cut(sample, monkeypatch):
    from accord.core.reports import templating

    monkeypatch.setattr(templating, "MAX_MATRIX_DOCUMENTS", 2)
    text = render_markdown(build_report(sample.db, ReportOptions(agreement=False)))
    table = text.split("## Codings per code and document")[1].split("\n## ")[0]
    header = table.strip().splitlines()[0]
    assert header.count("|") == 5  # code, two documents, total
    assert "2 more documents are in the CSV/XLSX export" in table
