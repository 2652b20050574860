"""The report as a Word document: real headings, tables, colour swatches (shaded cells).

Charts are drawn as tables so that they stay sharp, editable and need no
image library: the frequency chart is a table whose bars are shaded cells
spanning a share of a 60-column grid (one colour per coder), and the heat
maps are tables whose cells are shaded by their count. python-docx makes and
saves the document and its styles; the body is written as XML (docx_xml).
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .charts import cooccurrence_codes, heat_colour
from .docx_xml import INK, MUTED, Body, R, cell, clean, paragraph, row, table, text_paragraphs
from ..language import Report, fill
from .model import CodeEntry, ReportModel
from .templating import MAX_DOCUMENTS_PER_CODE, MAX_PAIRS, decimal, interval, number, percent

HEADER_FILL = "EEF1F4"
LABEL_FILL = "F5F7F9"
MEMO_FILL = "FFF8DC"
LOW = "A4262C"             # alpha below 0.667
BAR_COLUMNS = 60
MAX_BAR_CODES = 80
MAX_HEAT_CODES = 20
MAX_HEAT_DOCUMENTS = 10
PAGE_WIDTH_CM = 17.0       # A4 with 2 cm margins
MAX_SPEAKERS = 8           # speaker columns of the codes-by-speaker table

__all__ = ["clean", "docx_bytes", "heading", "memo_box", "muted", "new_document", "save", "simple_table",
           "swatch"]


def new_document(title: str, subject: str = "Codebook report") -> Document:
    """An A4 document with 2 cm margins and a calm type scale (Calibri)."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    for name, size, before in (("Title", 24, 0), ("Heading 1", 16, 18), ("Heading 2", 13, 14),
                               ("Heading 3", 11.5, 10)):
        style = styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79) if name == "Heading 1" else RGBColor.from_string(INK)
        style.font.bold = name != "Title"
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        rfonts = style.element.rPr.rFonts
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(attribute), "Calibri")
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attribute), None)
    title_pr = styles["Title"].element.get_or_add_pPr()
    for border in title_pr.findall(qn("w:pBdr")):  # the default Title has a blue rule under it
        title_pr.remove(border)
    quote = styles["Quote"]
    quote.font.italic = False
    quote.font.size = Pt(10.5)
    quote.font.color.rgb = RGBColor.from_string(INK)
    for italic in quote.element.rPr.findall(qn("w:iCs")):
        quote.element.rPr.remove(italic)
    quote.paragraph_format.left_indent = Cm(0.6)
    quote.paragraph_format.right_indent = Cm(0.3)
    quote.paragraph_format.space_before = Pt(6)
    quote.paragraph_format.space_after = Pt(1)
    caption = styles["Caption"]
    caption.font.bold = False
    caption.font.italic = True
    caption.font.size = Pt(9)
    caption.font.color.rgb = RGBColor.from_string(MUTED)
    caption.paragraph_format.space_before = Pt(4)
    caption.paragraph_format.space_after = Pt(10)
    document.core_properties.title = clean(title)[:250]
    document.core_properties.subject = subject
    return document


def save(document, footer: str) -> bytes:
    paragraph_ = document.sections[0].footer.paragraphs[0]
    text = paragraph_.add_run(clean(footer))
    text.font.size = Pt(8)
    text.font.color.rgb = RGBColor.from_string(MUTED)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- building blocks ---------------------------------------------------------------
def muted(text: str, *, size: float = 9, after: float | None = None, **options) -> str:
    return paragraph([R(text, size=size, colour=MUTED)], after=after, **options)


def swatch(colour: str, size: float | None = None) -> R:
    """A coloured square before a name."""
    return R("■ ", colour=colour, size=size)


def simple_table(headers: list[str], rows: list[list], widths: list[float], *, right: tuple[int, ...] = (),
                 size: float = 9, fills: dict[tuple[int, int], str] | None = None,
                 styles: dict[tuple[int, int], dict] | None = None) -> str:
    """A table with a shaded header row repeated on every page. fills/styles: by (row, column) of the body;
    a style is a dict of R options (bold, colour, ...) plus "indent" (cm)."""
    fills, styles = fills or {}, styles or {}
    out = [row([cell(paragraph([R(h, bold=True, size=size)], after=0, align="right" if i in right else None),
                     widths[i], fill=HEADER_FILL) for i, h in enumerate(headers)], header=True)]
    for r, values in enumerate(rows):
        cells = []
        for c, value in enumerate(values):
            style = dict(styles.get((r, c), {}))
            indent = style.pop("indent", None)
            content = "" if value is None else str(value)
            runs = [R(content, size=size, **style)] if content else []
            cells.append(cell(paragraph(runs, after=0, indent=indent, align="right" if c in right else None),
                              widths[c], fill=fills.get((r, c))))
        out.append(row(cells))
    return table(out, widths)


def memo_box(heading: str, text: str, author: str = "") -> list[str]:
    """A memo: a one-cell table shaded pale yellow, then a small gap."""
    content = [paragraph([R(heading + (f" — {author}" if author else ""), bold=True, size=9.5)], after=2)]
    content += text_paragraphs(text, size=9.5, after=2)
    return [table([row([cell(content, PAGE_WIDTH_CM, fill=MEMO_FILL)])], [PAGE_WIDTH_CM], borders="none",
                  margins=(60, 110)),
            paragraph(after=0, mark=4)]


def heading(text: str | list[R], level: int) -> str:
    return paragraph(text if isinstance(text, list) else [R(text)], style=f"Heading {level}")


# -- the report --------------------------------------------------------------------
def docx_bytes(model: ReportModel) -> bytes:
    document = new_document(model.title)
    body = Body()
    _front(body, model)
    _coders(body, model)
    _documents(body, model)
    _codebook(body, model)
    _frequencies(body, model)
    _speakers(body, model)
    _cooccurrence(body, model)
    if model.agreement is not None:
        _agreement(body, model)
    _codes(body, model)
    body.into(document)
    return save(document, f"{model.title} · codebook report · Accord {model.accord_version}")


def _front(body: Body, model: ReportModel) -> None:
    body.add(paragraph([R(Report.tr("Codebook report").upper(), bold=True, size=9, colour=MUTED)], after=0),
             paragraph([R(model.title or Report.tr("Untitled project"))], style="Title"))
    coders = ", ".join(model.coder_names)
    body.add(muted(fill(Report.tr("Generated %1 with Accord %2"), model.generated_at[:10], model.accord_version)
                   + " · " + Report.tr("%Ln coder(s)", "", len(model.coders)) + (": " + coders if coders else ""),
                   size=9.5),
             paragraph([R(" · ".join((Report.tr("%Ln document(s)", "", len(model.documents)),
                                      Report.tr("%Ln code(s)", "", len(model.codes))
                                      + f" ({fill(Report.tr('%1 used'), number(sum(1 for c in model.codes if c.codings)))})",
                                      Report.tr("%Ln coding(s)", "", model.total_codings))), bold=True)]))
    if model.filters:
        body.add(paragraph([R(Report.tr("This report is restricted to:") + " ", bold=True, size=9.5),
                            R("; ".join(model.filters) + ".", size=9.5)]))
    if model.description:
        body.add(*text_paragraphs(model.description))
    for memo in model.project_memos:
        body.add(*memo_box(Report.tr("Memo") + (f": {memo.title}" if memo.title else ""), memo.text, memo.author))


def _coders(body: Body, model: ReportModel) -> None:
    body.add(heading(Report.tr("Coders"), 1))
    if not model.coders:
        body.add(paragraph([R(Report.tr("No coders."), italic=True, colour=MUTED)]))
        return
    body.add(simple_table(["", Report.tr("Coder"), Report.tr("Codings"), Report.tr("Documents coded")],
                          [["", c.name, number(c.codings), number(c.documents)] for c in model.coders],
                          [0.5, 8.5, 4, 4], right=(2, 3), size=9.5,
                          fills={(r, 0): c.color for r, c in enumerate(model.coders)}))


def _documents(body: Body, model: ReportModel) -> None:
    body.add(heading(Report.tr("Documents"), 1))
    if not model.documents:
        body.add(paragraph([R(Report.tr("No documents."), italic=True, colour=MUTED)]))
        return
    keys = model.attribute_keys
    rows = [[d.name, number(d.length), number(d.codings), number(d.codes),
             "\n".join(f"{k}: {d.attributes[k]}" for k in keys if k in d.attributes)] for d in model.documents]
    body.add(simple_table([Report.tr("Document"), Report.tr("Characters"), Report.tr("Codings"), Report.tr("Codes"),
                           Report.tr("Attributes")], rows,
                          [4.0, 2.3, 1.8, 1.5, 7.4], right=(1, 2, 3), size=9))
    for d in model.documents:
        for memo in d.memos:
            body.add(*memo_box(fill(Report.tr("Memo on %1"), d.name) + (f": {memo.title}" if memo.title else ""), memo.text,
                               memo.author))


def _codebook(body: Body, model: ReportModel) -> None:
    body.add(heading(Report.tr("Codebook overview"), 1))
    if not model.codes:
        body.add(paragraph([R(Report.tr("No codes."), italic=True, colour=MUTED)]))
        return
    coders = model.coder_names if len(model.coders) > 1 else []
    coder_width, name_width = 1.4, 5.2
    description_width = max(3.0, PAGE_WIDTH_CM - 0.5 - name_width - 1.6 - 2.0 - coder_width * len(coders))
    headers = ["", Report.tr("Code"), Report.tr("Codings"), Report.tr("Docs")] + coders + [Report.tr("Description")]
    rows = [["", c.name, number(c.codings), number(c.documents)] + [number(c.by_coder[n]) for n in coders]
            + [c.description] for c in model.codes]
    last = len(headers) - 1
    fills, styles = {}, {}
    for r, code in enumerate(model.codes):
        fills[r, 0] = code.color
        styles[r, 1] = {"indent": 0.35 * min(code.depth, 4), "bold": code.depth == 0}
        styles[r, last] = {"colour": MUTED}
    body.add(simple_table(headers, rows, [0.5, name_width, 1.6, 2.0] + [coder_width] * len(coders)
                          + [description_width], right=tuple(range(2, 4 + len(coders))), size=8.5,
                          fills=fills, styles=styles))


def _frequencies(body: Body, model: ReportModel) -> None:
    body.add(heading(Report.tr("Code frequencies"), 1))
    if not model.total_codings:
        body.add(paragraph([R(Report.tr("Nothing has been coded yet."), italic=True, colour=MUTED)]))
        return
    codes = model.codes
    note = ""
    if len(codes) > MAX_BAR_CODES:
        keep = {c.id for c in sorted(codes, key=lambda c: -c.codings)[:MAX_BAR_CODES]}
        codes = [c for c in codes if c.id in keep]
        note = "; " + fill(Report.tr("showing the %1 most used of %2 codes"), MAX_BAR_CODES, len(model.codes))
    if len(model.coders) > 1:
        legend = []
        for coder in model.coders:
            legend += [swatch(coder.color, 10), R(coder.name + "    ", size=9)]
        body.add(paragraph(legend, after=2))
    body.add(_bar_table(model, codes))
    caption = (Report.tr("Figure 1. Codings per code, by coder (a code's own codings, without its sub-codes)")
               if len(model.coders) > 1 else
               Report.tr("Figure 1. Codings per code (a code's own codings, without its sub-codes)"))
    body.add(paragraph([R(f"{caption}{note}.")],
                       style="Caption"))
    if len(model.documents) > 1:
        _document_heat_table(body, model)


def _bar_table(model: ReportModel, codes: list[CodeEntry]) -> str:
    """A bar chart as a table: each bar is shaded cells spanning a share of BAR_COLUMNS grid columns."""
    top = max([c.codings for c in codes] + [1])
    label_w, count_w = 5.4, 1.4
    column = (PAGE_WIDTH_CM - label_w - count_w) / BAR_COLUMNS
    rows = []
    for code in codes:
        label = paragraph([R("■ ", colour=code.color, size=8), R(code.name, bold=code.depth == 0, size=8)],
                          after=0, before=0, indent=0.35 * min(code.depth, 4))
        cells = [cell(label, label_w, middle=True)]
        spans = []
        for coder in model.coders:
            n = code.by_coder.get(coder.name, 0)
            if n:
                spans.append([max(1, round(BAR_COLUMNS * n / top)), coder.color])
        used = sum(s for s, _ in spans)
        while used > BAR_COLUMNS:  # rounding: take the excess from the widest part
            max(spans, key=lambda s: s[0])[0] -= 1
            used -= 1
        for span, colour in spans:
            cells.append(cell(paragraph(after=0, before=0, mark=6), column * span, span=span, fill=colour))
        if used < BAR_COLUMNS:
            cells.append(cell(paragraph(after=0, before=0, mark=6), column * (BAR_COLUMNS - used),
                              span=BAR_COLUMNS - used))
        cells.append(cell(paragraph([R(number(code.codings), size=8, colour=MUTED)], after=0, before=0,
                                    align="right"), count_w, middle=True))
        rows.append(row(cells, height_cm=0.5))
    return table(rows, [label_w] + [column] * BAR_COLUMNS + [count_w], borders="white", margins=(0, 40))


def _heat_table(row_labels: list[CodeEntry], column_labels: list[str], values: list[list[int]],
                label_width: float, *, diagonal: bool = False) -> str:
    columns = len(column_labels)
    cell_w = min(2.4, (PAGE_WIDTH_CM - label_width) / max(columns, 1))
    font = 7 if columns > 8 else 8
    top = max([v for line in values for v in line] + [0])
    header = [cell(paragraph(after=0, mark=6), label_width)]
    header += [cell(paragraph([R(text, bold=True, size=font)], after=0, align="center"), cell_w, middle=True)
               for text in column_labels]
    rows = [row(header, header=True)]
    for i, (code, line) in enumerate(zip(row_labels, values)):
        label = paragraph([swatch(code.color, 7.5), R(code.name, bold=code.depth == 0, size=7.5)], after=0,
                          indent=0.25 * min(code.depth, 3), mark=7.5)
        cells = [cell(label, label_width, middle=True)]
        for j, value in enumerate(line):
            if diagonal and i == j:
                cells.append(cell(paragraph(after=0, mark=6), cell_w, fill="E4E6E9"))
                continue
            fill = heat_colour(value, top) if value else "F4F5F7"
            r_, g, b = (int(fill[k:k + 2], 16) for k in (1, 3, 5))
            ink = "FFFFFF" if 0.299 * r_ + 0.587 * g + 0.114 * b < 150 else INK
            text = [R(number(value), size=7, colour=ink)] if value else []
            cells.append(cell(paragraph(text, after=0, align="center", mark=6), cell_w, fill=fill, middle=True))
        rows.append(row(cells))
    return table(rows, [label_width] + [cell_w] * columns, borders="white", margins=(10, 50))


def _document_heat_table(body: Body, model: ReportModel) -> None:
    documents = model.documents
    note = ""
    if len(documents) > MAX_HEAT_DOCUMENTS:
        keep = {d.id for d in sorted(documents, key=lambda d: -d.codings)[:MAX_HEAT_DOCUMENTS]}
        documents = [d for d in documents if d.id in keep]
        note = f"; showing the {MAX_HEAT_DOCUMENTS} documents with the most codings of {len(model.documents)}"
    codes = model.codes
    if len(codes) > MAX_BAR_CODES:
        keep = {c.id for c in sorted(codes, key=lambda c: -c.codings)[:MAX_BAR_CODES]}
        codes = [c for c in codes if c.id in keep]
        note += f"; the {MAX_BAR_CODES} most used of {len(model.codes)} codes"
    body.add(paragraph(after=2),
             _heat_table(codes, [d.name for d in documents],
                         [[c.by_document.get(d.name, 0) for d in documents] for c in codes], 5.0),
             paragraph([R(Report.tr("Figure 2. Codings per code and document") + f"{note}.")], style="Caption"))


def _speakers(body: Body, model: ReportModel) -> None:
    speakers = model.by_speaker
    if speakers is None or not model.codes:
        return
    body.add(heading(Report.tr("Codes by speaker"), 1),
             muted(Report.tr("Codings per code and speaker: a coding counts once for each speaker whose turns it touches.")))
    names = speakers.speakers
    note = None
    if len(names) > MAX_SPEAKERS:  # a page holds so many columns; the CSV/XLSX export has every speaker
        total = {n: sum(row.get(n, 0) for row in speakers.counts.values()) for n in names}
        keep = set(sorted(names, key=lambda n: -total[n])[:MAX_SPEAKERS])
        note = fill(Report.tr("Showing the %1 speakers with the most codings of %2 (all are in the CSV/XLSX export)."),
                    MAX_SPEAKERS, len(names))
        names = [n for n in names if n in keep]
    width = max(1.2, min(2.4, 10.0 / max(len(names) + 1, 1)))
    body.add(simple_table([Report.tr("Code")] + names + [Report.tr("Codings")],
                          [[c.path] + [number(speakers.of(c.id, n)) for n in names] + [number(c.codings)]
                           for c in model.codes],
                          [PAGE_WIDTH_CM - width * (len(names) + 1)] + [width] * (len(names) + 1),
                          right=tuple(range(1, len(names) + 2)), size=8.5))
    if note:
        body.add(muted(note))


def _cooccurrence(body: Body, model: ReportModel) -> None:
    body.add(heading(Report.tr("Code co-occurrence"), 1),
             muted(Report.tr("Two codes co-occur where passages coded with both overlap (the codings of this report's "
                             "coders taken together); each place, a stretch of text coded with both, counts once.")))
    co = model.cooccurrence
    if not co.pairs:
        body.add(paragraph([R(Report.tr("No two codes overlap."), italic=True, colour=MUTED)]))
        return
    by_id = {c.id: c for c in model.codes}
    shown = cooccurrence_codes(model, MAX_HEAT_CODES)
    if len(shown) > 1 and len(co.pairs) >= 3:
        index = {code_id: i for i, code_id in enumerate(co.code_ids)}
        codes = [by_id[i] for i in shown]
        values = [[co.matrix[index[a]][index[b]] for b in shown] for a in shown]
        body.add(_heat_table(codes, [str(i + 1) for i in range(len(codes))], values, 4.6, diagonal=True))
        key = "; ".join(f"{i + 1} = {c.name}" for i, c in enumerate(codes))
        more = " " + fill(Report.tr("Showing the %1 codes with the most overlaps of %2."), len(shown),
                          len(co.code_ids)) if len(shown) < len(co.code_ids) else ""
        figure = 3 if len(model.documents) > 1 else 2
        caption = fill(Report.tr("Figure %1. Code co-occurrence (columns: %2)."), figure, key)
        body.add(paragraph([R(caption + more)], style="Caption"))
    pairs = co.pairs[:MAX_PAIRS]
    fills = {}
    for r, (a, b, _) in enumerate(pairs):
        fills[r, 0], fills[r, 2] = by_id[a].color, by_id[b].color
    body.add(simple_table(["", Report.tr("Code"), "", Report.tr("Co-occurs with"), Report.tr("Places")],
                          [["", by_id[a].path, "", by_id[b].path, number(n)] for a, b, n in pairs],
                          [0.4, 7.1, 0.4, 7.1, 2.0], right=(4,), size=8.5, fills=fills))
    if len(co.pairs) > MAX_PAIRS:
        body.add(muted(Report.tr("… and %Ln more pair(s) (all of them are in the CSV/XLSX export).", "",
                                 len(co.pairs) - MAX_PAIRS)))


def _agreement(body: Body, model: ReportModel) -> None:
    agreement = model.agreement
    compared = ", ".join(agreement.coders)
    body.add(heading(Report.tr("Inter-coder agreement"), 1),
             muted(fill(Report.tr("Coders compared: %1; unit: %2; figures pooled over the documents."), compared,
                        agreement.unit) if agreement.unit else
                   fill(Report.tr("Coders compared: %1; figures pooled over the documents."), compared)))
    if agreement.rows:
        rows = [[r.path, percent(r.percent), decimal(r.kappa), decimal(r.alpha), interval(r.alpha_low, r.alpha_high)]
                for r in agreement.rows]
        styles = {(i, 3): {"bold": True, "colour": LOW} for i, r in enumerate(agreement.rows)
                  if r.alpha is not None and r.alpha < 0.667}
        if agreement.overall:
            o = agreement.overall
            rows.append([agreement.overall_label, percent(o.percent), decimal(o.kappa), decimal(o.alpha),
                         ("κ " + interval(o.kappa_low, o.kappa_high)) if o.kappa_low is not None else ""])
            styles.update({(len(rows) - 1, c): {"bold": True} for c in range(5)})
        body.add(simple_table([Report.tr("Code"), agreement.percent_label, agreement.kappa_label, agreement.alpha_label, agreement.interval],
                              rows, [5.5, 2.3, 2.2, 3.5, 3.5], right=(1, 2, 3, 4), size=9, styles=styles),
                 muted(fill(Report.tr("Values of α below %1 are in bold red."), decimal(0.667, 3)), before=4))
    if agreement.across_codes:
        body.add(paragraph([R(agreement.across_codes)], before=6))
    for note in agreement.notes:
        body.add(muted(note))
    if agreement.methods:
        body.add(heading(Report.tr("Methods"), 2), *text_paragraphs(agreement.methods))
    if agreement.references:
        body.add(heading(Report.tr("References"), 3))
        body.add(*[paragraph([R(reference, size=9)], after=3, indent=0.6, hanging=0.6)
                   for reference in agreement.references])


def _codes(body: Body, model: ReportModel) -> None:
    body.add(heading(Report.tr("Codes in detail"), 1))
    multiple = len(model.coders) > 1
    for code in model.codes:
        body.add(heading([swatch(code.color), R(code.number + "  ", colour=MUTED), R(code.name)],
                         2 if code.depth == 0 else 3))
        facts = " ".join((Report.tr("%Ln coding(s)", "", code.codings), Report.tr("in"),
                          Report.tr("%Ln document(s)", "", code.documents)))
        if code.codings_with_subcodes != code.codings:
            facts += " · " + fill(Report.tr("%1 with its sub-codes"), number(code.codings_with_subcodes))
        facts += f" · {Report.tr('colour')} {code.color}"
        if code.path != code.name:
            facts = f"{code.path} · " + facts
        body.add(muted(facts, keep_next=True))
        if code.description:
            body.add(*text_paragraphs(code.description))
        definitions = [(label, text) for label, text in (
            (Report.tr("Definition"), code.definition), (Report.tr("Use when"), code.inclusion),
            (Report.tr("Do not use"), code.exclusion), (Report.tr("Example"), code.example)) if text]
        if definitions:
            body.add(table([row([cell(paragraph([R(label, bold=True, size=9, colour=MUTED)], after=0), 2.8,
                                      fill=LABEL_FILL),
                                 cell(text_paragraphs(text, size=9.5, after=0), PAGE_WIDTH_CM - 2.8)])
                            for label, text in definitions], [2.8, PAGE_WIDTH_CM - 2.8]))
        if code.codings:
            parts = []
            if multiple:
                parts.append(Report.tr("By coder:") + " " + ", ".join(
                    f"{name} {number(n)} ({Report.tr('%Ln document(s)', '', code.documents_by_coder[name])})"
                    for name, n in code.by_coder.items()))
            ranked = sorted(code.by_document.items(), key=lambda item: -item[1])
            listed = ", ".join(f"{name} {number(n)}" for name, n in ranked[:MAX_DOCUMENTS_PER_CODE])
            rest = len(ranked) - MAX_DOCUMENTS_PER_CODE
            parts.append(Report.tr("By document:") + " " + listed
                         + (", " + Report.tr("and %Ln more document(s)", "", rest) if rest > 0 else ""))
            for index, part in enumerate(parts):
                body.add(paragraph([R(part, size=9)], after=1, before=6 if index == 0 else None))
        elif not code.quotes:
            body.add(paragraph([R(Report.tr("Not used yet in this selection.") if model.filters else
                                  Report.tr("Not used yet."), size=9,
                                  italic=True, colour=MUTED)]))
        for quote in code.quotes:
            body.add(*text_paragraphs(quote.text, style="Quote", rule=code.color))
            cite = f"{quote.document}{', ' + quote.speaker if quote.speaker else ''}" \
                   f"{' · ' + quote.clock if quote.clock else ''} · " \
                   + fill(Report.tr("characters %1–%2"), number(quote.start), number(quote.end)) + " · " \
                   + fill(Report.tr("coded by %1"), quote.coder)
            body.add(paragraph([R(cite, size=8.5, colour=MUTED)], after=4, indent=0.6))
            if quote.memo:
                body.add(paragraph([R(Report.tr("Memo:") + f" {quote.memo}", size=8.5, colour="6B5300")], after=4, indent=0.6))
        for memo in code.memos:
            body.add(*memo_box(Report.tr("Memo") + (f": {memo.title}" if memo.title else ""), memo.text, memo.author))
