"""The Word report: real headings and tables, colour swatches, valid OOXML."""

import io
import zipfile

import docx
from docx.oxml.ns import qn
from lxml import etree

from accord.core.reports import ReportOptions, build_report, write_report
from accord.core.reports.docx_report import docx_bytes
from report_helpers import SCRIPT, agreement_model

# Schema order of the children Word is strict about (ECMA-376, CT_PPr / CT_TblPr / CT_TcPr).
_ORDER = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark"],
}


def _headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_headings_tables_and_swatches(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(quotes=2))
    out = tmp_path / "report.docx"
    write_report(model, "docx", out)
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Starting over — sample study"]
    agreement = ["Inter-coder agreement"] if model.agreement else []
    assert _headings(document, 1) == ["Coders", "Documents", "Codebook overview", "Code frequencies",
                                      "Codes by speaker", "Code co-occurrence"] + agreement + ["Codes in detail"]
    detail = _headings(document, 2) + _headings(document, 3)
    for code in model.codes:
        assert any(h.endswith(f"{code.number}  {code.name}") for h in detail), code.name
    top_level = [h for h in _headings(document, 2) if h.startswith("■")]
    assert len(top_level) == sum(1 for c in model.codes if c.depth == 0)
    tables = document.tables
    overview = next(t for t in tables if t.rows[0].cells[1].text == "Code" and "Description" in
                    [c.text for c in t.rows[0].cells])
    assert len(overview.rows) == len(model.codes) + 1
    for row, code in zip(overview.rows[1:], model.codes):
        assert row.cells[1].text == code.name
        assert row.cells[2].text == str(code.codings)
        shading = row.cells[0]._tc.tcPr.find(qn("w:shd"))
        assert shading.get(qn("w:fill")).lower() == code.color.lstrip("#")
    coders = tables[0]
    assert [r.cells[1].text for r in coders.rows[1:]] == ["Ana", "Ben"]
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert sum(len(c.quotes) for c in model.codes) <= len(quotes)


def test_the_frequency_chart_is_a_table_of_shaded_bars(sample):
    model = build_report(sample.db)
    document = docx.Document(io.BytesIO(docx_bytes(model)))
    body = document.element.body
    bars = [t for t in body.iter(qn("w:tbl")) if len(t.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")) == 62]
    assert len(bars) == 1
    rows = bars[0].findall(qn("w:tr"))
    assert len(rows) == len(model.codes)
    for row, code in zip(rows, model.codes):
        spans = [int(tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}").get(qn("w:val")))
                 if tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}") is not None else 1
                 for tc in row.findall(qn("w:tc"))]
        assert sum(spans) == 62
        texts = ["".join(t.text for t in tc.iter(qn("w:t"))) for tc in row.findall(qn("w:tc"))]
        assert texts[0] == f"■ {code.name}" and texts[-1] == str(code.codings)
        fills = [tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill")).lower()
                 for tc in row.findall(qn("w:tc"))[1:-1] if tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None]
        assert len(fills) == sum(1 for n in code.by_coder.values() if n)


def test_property_elements_are_in_schema_order(sample, hostile):
    for model in (agreement_model(sample.db, memos=True), build_report(hostile.db, ReportOptions(memos=True))):
        with zipfile.ZipFile(io.BytesIO(docx_bytes(model))) as archive:
            root = etree.fromstring(archive.read("word/document.xml"))
        for name, order in _ORDER.items():
            for element in root.iter(qn(f"w:{name}")):
                children = [etree.QName(child).localname for child in element]
                known = [c for c in children if c in order]
                assert known == sorted(known, key=order.index), (name, children)


def test_hostile_text(hostile):
    model = build_report(hostile.db, ReportOptions(memos=True))
    document = docx.Document(io.BytesIO(docx_bytes(model)))
    assert document.paragraphs[1].text == f"Study {SCRIPT}"
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "bell and nul inside" in text  # control characters dropped, the rest kept
    assert "project memo " + SCRIPT in text


def test_memos_only_on_request(sample):
    def text_of(model):
        document = docx.Document(io.BytesIO(docx_bytes(model)))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)

    assert "About this sample" not in text_of(build_report(sample.db))
    assert "About this sample" in text_of(build_report(sample.db, ReportOptions(memos=True)))


def test_agreement_section(sample):
    document = docx.Document(io.BytesIO(docx_bytes(agreement_model(sample.db))))
    assert "Inter-coder agreement" in _headings(document, 1)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Code" and
                 t.rows[0].cells[3].text == "Krippendorff's α")
    assert [c.text for c in table.rows[1].cells] == ["Settling in/Loneliness", "98.4 %", "0.67", "0.67",
                                                      "[0.50, 0.92]"]
    assert table.rows[-1].cells[0].text == "All codes (Pooled κ)"
    assert any(p.text.startswith("Which code each passage gets, all codes at once: cuα (codes and gaps) 0.71")
               for p in document.paragraphs)
    assert "Methods" in _headings(document, 2)
    assert "References" in _headings(document, 3)
