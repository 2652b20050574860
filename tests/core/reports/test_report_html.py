"""The HTML report: self-contained, complete, escaped, printable, restylable."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from accord.core.reports import ReportOptions, build_report, write_report
from accord.core.reports.charts import report_charts
from accord.core.reports.html import render_html
from accord.core.reports.templating import TemplateError
from report_helpers import FORMULA, MD_TRAP, SCRIPT


def _soup(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "html.parser")


def test_every_code_with_its_counts(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(quotes=2))
    out = tmp_path / "report.html"
    assert write_report(model, "html", out) == [out]
    soup = _soup(out.read_text(encoding="utf-8"))
    assert soup.title.get_text().startswith("Starting over — sample study")
    overview = soup.select_one("table.tree")
    rows = overview.select("tbody tr")
    assert len(rows) == len(model.codes)
    for row, code in zip(rows, model.codes):
        cells = [td.get_text(strip=True) for td in row.find_all("td")]
        assert cells[0] == code.name
        assert cells[1:5] == [str(code.codings), str(code.documents), str(code.by_coder["Ana"]),
                              str(code.by_coder["Ben"])]
        section = soup.find(id=f"code-{code.id}")
        assert section is not None and code.name in section.h3.get_text()
        assert f"{code.codings} coding" in section.select_one(".counts").get_text()
        assert len(section.select("blockquote.quote")) == len(code.quotes)
        assert code.color in section["style"]
    assert [h.get_text() for h in soup.find_all("h2")][:6] == [
        "Coders", "Documents", "Codebook overview", "Code frequencies", "Codes by speaker", "Code co-occurrence"]
    documents = soup.find(id="documents").find_next("table")
    assert "Łódź, Poland" in documents.get_text()


def test_self_contained_and_printable(sample):
    text = render_html(build_report(sample.db))
    soup = _soup(text)
    assert soup.find("script") is None
    assert soup.find("link") is None
    assert not soup.find_all(src=True)  # no images or other files to fetch
    style = soup.find("style").get_text()
    assert "@media print" in style and "@page" in style
    svgs = soup.find_all("svg")
    assert len(svgs) >= 2
    for svg in text.split("<svg")[1:]:  # every chart is well-formed XML
        ET.fromstring("<svg" + svg.split("</svg>")[0] + "</svg>")


def test_hostile_text_stays_text(hostile):
    model = build_report(hostile.db, ReportOptions(memos=True, segments=True))
    text = render_html(model)
    soup = _soup(text)
    assert soup.find("script") is None
    for tag in ("i", "u", "x"):  # from the coder, speaker and attribute names
        assert soup.find(tag) is None, tag
    assert not [b for b in soup.find_all("b") if "nothing" in b.get_text()]
    assert "<b>nothing</b> & everything" in soup.get_text()  # the quote, as text
    assert SCRIPT in soup.title.get_text()
    assert SCRIPT in soup.find(id=f"code-{model.codes[0].id}").h3.get_text()
    assert MD_TRAP in soup.get_text()
    assert FORMULA in soup.get_text()
    assert "memo <script>" in soup.get_text()  # the coding memo, as text
    for svg in text.split("<svg")[1:]:
        ET.fromstring("<svg" + svg.split("</svg>")[0] + "</svg>")
    assert "<script>" not in text


def test_memos_only_on_request(sample):
    without = _soup(render_html(build_report(sample.db)))
    assert not without.select(".memo-box") and not without.select("blockquote .memo")
    assert "About this sample" not in without.get_text()
    with_memos = _soup(render_html(build_report(sample.db, ReportOptions(memos=True, quotes=50))))
    assert "About this sample" in with_memos.get_text()
    assert with_memos.select("blockquote .memo")


def test_filters_are_stated_and_applied(sample):
    soup = _soup(render_html(build_report(sample.db, ReportOptions(codes=("Support",), coders=("Ben",)))))
    assert "restricted to" in soup.select_one(".filters").get_text()
    names = [tr.find("td").get_text(strip=True) for tr in soup.select("table.tree tbody tr")]
    assert names == ["Support", "Family support", "Community and volunteers", "Institutional support"]
    assert "Ana" not in soup.find(id="coders").find_next("table").get_text()


def test_an_empty_project_renders(tmp_path):
    from accord.core.project import Project

    project = Project.in_memory(undo=False)
    soup = _soup(render_html(build_report(project.db)))
    assert "No codes." in soup.get_text() and "Nothing has been coded yet." in soup.get_text()
    project.close()


def test_charts_are_in_the_model_for_a_gui(sample):
    charts = report_charts(build_report(sample.db))
    assert set(charts) == {"frequency", "documents", "cooccurrence"}
    for chart in charts.values():
        root = ET.fromstring(chart.svg)
        assert root.tag.endswith("svg")


def test_a_user_template_can_extend_the_bundled_one(sample, tmp_path):
    template = tmp_path / "mine.html.j2"
    template.write_text('{% extends "report.html.j2" %}{% block style %}{{ super() }} h1 { color: teal; }'
                        '{% endblock %}{% block footer %}<footer id="mine">{{ report.title }}</footer>{% endblock %}',
                        encoding="utf-8")
    soup = _soup(render_html(build_report(sample.db), template))
    assert "color: teal" in soup.find("style").get_text()
    assert soup.find(id="mine").get_text() == "Starting over — sample study"
    assert soup.find(id="codebook") is not None


def test_a_broken_template_is_one_line(sample, tmp_path):
    template = tmp_path / "bad.html.j2"
    template.write_text("<h1>{{ report.title }</h1>\n{% for x in %}", encoding="utf-8")
    with pytest.raises(TemplateError) as error:
        render_html(build_report(sample.db), template)
    assert "bad.html.j2" in str(error.value) and "\n" not in str(error.value)
    undefined = tmp_path / "undefined.html.j2"
    undefined.write_text("{{ nothing.here }}", encoding="utf-8")
    with pytest.raises(TemplateError):
        render_html(build_report(sample.db), undefined)


def test_templates_cannot_reach_python(sample, tmp_path):
    template = tmp_path / "evil.html.j2"
    template.write_text("{{ report.__class__.__init__.__globals__ }}", encoding="utf-8")
    with pytest.raises(TemplateError):
        render_html(build_report(sample.db), template)


def test_agreement_section_renders(sample):
    from accord.core.reports import AGREEMENT_SHAPE
    from report_helpers import agreement_model

    soup = _soup(render_html(agreement_model(sample.db)))
    section = soup.find(id="agreement")
    assert section is not None
    table = section.find_next("table")
    assert "Settling in/Loneliness" in table.get_text()
    assert "[0.50, 0.92]" in table.get_text()
    assert "All codes" in table.tfoot.get_text()
    assert soup.select_one("p.across-codes").get_text() == AGREEMENT_SHAPE["across_codes"]
    assert "Two coders" in soup.select_one(".methods").get_text()
    assert soup.select_one("ul.references li").get_text().startswith("Cohen, J. (1960)")
