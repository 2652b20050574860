"""WordprocessingML built as text: paragraphs, runs and tables for the DOCX report and retrieval.

python-docx opens, styles and saves the document; the body is written here as
XML strings and parsed once (`Body.into`), which is many times faster than
building it element by element through python-docx (a report of a large project
has tens of thousands of cells and runs). Property elements are written in the
order the schema prescribes (ECMA-376), which Word insists on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

CM = 567                       # twentieths of a point (twips) per centimetre
INK = "1F2328"
MUTED = "5F6670"
LINE = "C9CED5"
RULE = "8A929C"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
STYLE_IDS = {"Title": "Title", "Quote": "Quote", "Caption": "Caption",
             "Heading 1": "Heading1", "Heading 2": "Heading2", "Heading 3": "Heading3"}


def clean(text) -> str:
    """Text that XML (and so Word) can hold: control characters other than tab and newline dropped."""
    return _CONTROL.sub("", str(text))


@dataclass
class R:
    """A run of text with its formatting (size in points, colour as 'rrggbb')."""

    text: str
    bold: bool = False
    italic: bool = False
    size: float | None = None
    colour: str | None = None


def run(item: R | str) -> str:
    if isinstance(item, str):
        item = R(item)
    props = ""
    if item.bold:
        props += "<w:b/>"
    if item.italic:
        props += "<w:i/>"
    if item.colour:
        props += f'<w:color w:val="{item.colour.lstrip("#").upper()}"/>'
    if item.size:
        props += f'<w:sz w:val="{round(item.size * 2)}"/><w:szCs w:val="{round(item.size * 2)}"/>'
    pieces = []
    for index, line in enumerate(clean(item.text).split("\n")):
        if index:
            pieces.append("<w:br/>")
        for part_index, part in enumerate(line.split("\t")):
            if part_index:
                pieces.append("<w:tab/>")
            if part:
                pieces.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r>{'<w:rPr>' + props + '</w:rPr>' if props else ''}{''.join(pieces)}</w:r>"


def paragraph(runs: list[R | str] | R | str = (), *, style: str | None = None, align: str | None = None,
              before: float | None = None, after: float | None = None, indent: float | None = None,
              right_indent: float | None = None, hanging: float | None = None, rule: str | None = None,
              keep_next: bool = False, mark: float | None = None) -> str:
    """A paragraph. Spacing in points, indents in cm; `rule`: a coloured line on its left; `mark`: the
    size of the paragraph mark (keeps empty table cells low)."""
    if isinstance(runs, (R, str)):
        runs = [runs]
    props = ""
    if style:
        props += f'<w:pStyle w:val="{STYLE_IDS[style]}"/>'
    if keep_next:
        props += "<w:keepNext/>"
    if rule:
        props += (f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="{rule.lstrip("#").upper()}"/>'
                  "</w:pBdr>")
    if before is not None or after is not None:
        props += ("<w:spacing" + (f' w:before="{round(before * 20)}"' if before is not None else "")
                  + (f' w:after="{round(after * 20)}"' if after is not None else "") + "/>")
    if indent is not None or right_indent is not None or hanging is not None:
        props += ("<w:ind" + (f' w:left="{round(indent * CM)}"' if indent is not None else "")
                  + (f' w:right="{round(right_indent * CM)}"' if right_indent is not None else "")
                  + (f' w:hanging="{round(hanging * CM)}"' if hanging is not None else "") + "/>")
    if align:
        props += f'<w:jc w:val="{ {"right": "right", "center": "center"}[align] }"/>'
    if mark:
        props += f'<w:rPr><w:sz w:val="{round(mark * 2)}"/></w:rPr>'
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{''.join(run(r) for r in runs)}</w:p>"


def text_paragraphs(text: str, **options) -> list[str]:
    """Plain text as paragraphs (split at blank lines), keeping line breaks; run options go to every run."""
    run_options = {k: options.pop(k) for k in ("bold", "italic", "size", "colour") if k in options}
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", str(text).replace("\r\n", "\n")) if b.strip()]
    return [paragraph([R(block, **run_options)], **options) for block in blocks]


def cell(content: str | list[str], width_cm: float, *, span: int = 1, fill: str | None = None,
         middle: bool = False) -> str:
    """A table cell holding paragraph XML (an empty paragraph when there is none)."""
    if isinstance(content, list):
        content = "".join(content)
    props = f'<w:tcW w:w="{round(width_cm * CM)}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill.lstrip("#").upper()}"/>'
    if middle:
        props += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content or '<w:p/>'}</w:tc>"


def row(cells: list[str], *, header: bool = False, height_cm: float | None = None) -> str:
    props = "<w:cantSplit/>"
    if height_cm:
        props += f'<w:trHeight w:val="{round(height_cm * CM)}"/>'
    if header:
        props += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def table(rows: list[str], widths_cm: list[float], *, borders: str = "rules",
          margins: tuple[int, int] = (30, 70)) -> str:
    """A fixed-layout table. borders: "rules" (a line under each row), "frame" (top and bottom only),
    "white" (white lines between rows: bar charts), "none"."""
    if borders == "rules":
        lines = (f'<w:top w:val="single" w:sz="8" w:space="0" w:color="{RULE}"/><w:left w:val="nil"/>'
                 f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{RULE}"/><w:right w:val="nil"/>'
                 f'<w:insideH w:val="single" w:sz="4" w:space="0" w:color="{LINE}"/><w:insideV w:val="nil"/>')
    elif borders == "frame":
        lines = (f'<w:top w:val="single" w:sz="8" w:space="0" w:color="{RULE}"/><w:left w:val="nil"/>'
                 f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{RULE}"/><w:right w:val="nil"/>'
                 '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>')
    elif borders == "white":
        lines = ('<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
                 '<w:insideH w:val="single" w:sz="12" w:space="0" w:color="FFFFFF"/>'
                 '<w:insideV w:val="single" w:sz="12" w:space="0" w:color="FFFFFF"/>')
    else:
        lines = ('<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
                 '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>')
    vertical, horizontal = margins
    grid = "".join(f'<w:gridCol w:w="{round(w * CM)}"/>' for w in widths_cm)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{round(sum(widths_cm) * CM)}" w:type="dxa"/>'
            f"<w:tblBorders>{lines}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            f'<w:tblCellMar><w:top w:w="{vertical}" w:type="dxa"/><w:left w:w="{horizontal}" w:type="dxa"/>'
            f'<w:bottom w:w="{vertical}" w:type="dxa"/><w:right w:w="{horizontal}" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


class Body:
    """Collects the body's XML and puts it into a python-docx document in one parse."""

    def __init__(self):
        self.parts: list[str] = []

    def add(self, *xml: str) -> None:
        self.parts.extend(xml)

    def into(self, document) -> None:
        fragment = parse_xml(f"<w:body {nsdecls('w')}>{''.join(self.parts)}</w:body>")
        body = document.element.body
        end = body.find(qn("w:sectPr"))
        for element in list(fragment):
            if end is not None:
                end.addprevious(element)
            else:
                body.append(element)
        self.parts = []
