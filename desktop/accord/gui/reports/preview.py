"""The report dialog's preview: the HTML report redrawn in the rich-text subset QTextBrowser can show.

The real HTML report (`core.reports.html`) relies on CSS that Qt's rich text
does not know (variables, grid, flex boxes, inline-block swatches) and on
inline SVG, which QTextBrowser does not draw at all. `preview_html(model)`
lays out the same sections from the same `ReportModel` with what Qt does
draw: tables with cell borders and backgrounds, and images. Charts and colour
swatches are named images (`chart:frequency`, `swatch:4e79a7`) that
`PreviewBrowser` paints from the report's own SVG charts (`charts.report_charts`)
with QSvgRenderer, so the preview shows exactly the pictures the report embeds.

`preview_html` uses no Qt, so the dialog builds it on its worker thread
together with the model; the images are made on the GUI thread.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser

from ...core.reports.charts import Chart
from ...core.reports.model import CodeEntry, MemoEntry, ReportModel
from ...core.reports.templating import context_for, decimal, interval, number, percent, plural
from ..codebook.model import paint_swatch

INK = "#1f2328"
MUTED = "#5f6670"
LINE = "#d9dde3"
SOFT = "#f5f7f9"
ACCENT = "#1f4e79"
MEMO_BG = "#fffbea"
MEMO_LINE = "#f0e2a8"
LOW = "#a4262c"
ATTRIBUTE_COLUMNS = 3  # more document attributes than this are listed in one column
DETAIL_LIMIT = 150   # codes shown "in detail" in the preview (the saved report has them all)
CHART_TITLES = {
    "frequency": "Codings per code",
    "documents": "Codings per code and document",
    "cooccurrence": "Code co-occurrence",
}


def chart_size(chart: Chart | str) -> tuple[int, int]:
    """The width and height an SVG chart asks for (its width/height attributes)."""
    head = str(chart)[:400]
    width = re.search(r'\swidth="([\d.]+)"', head)
    height = re.search(r'\sheight="([\d.]+)"', head)
    return (round(float(width.group(1))) if width else 0, round(float(height.group(1))) if height else 0)


def shown_charts(model: ReportModel, charts: dict[str, Chart]) -> dict[str, Chart]:
    """The charts the HTML report shows for this model (the same conditions as its template)."""
    if not model.total_codings:
        return {}
    shown = {"frequency": charts["frequency"]}
    if len(model.documents) > 1:
        shown["documents"] = charts["documents"]
    if len(model.codes) > 1 and len(model.cooccurrence.pairs) >= 3:
        shown["cooccurrence"] = charts["cooccurrence"]
    return shown


# -- HTML (no Qt: runs on the worker thread) -------------------------------------------
# Qt's rich text takes a style sheet with class and descendant selectors; it keeps the markup of a
# large report small (parsing and laying it out is the part of the preview that runs on the GUI thread).
STYLE = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 20pt; margin-top: 2px; margin-bottom: 4px; }}
h2 {{ font-size: 15pt; margin-top: 26px; margin-bottom: 2px; }}
h3 {{ margin-top: 0; margin-bottom: 2px; }}
h3.top {{ font-size: 13pt; }}
h3.sub {{ font-size: 11.5pt; }}
hr {{ margin-top: 0; margin-bottom: 8px; }}
table.data {{ border-collapse: collapse; margin-top: 4px; margin-bottom: 12px; }}
table.data th {{ background-color: {SOFT}; border-bottom: 1px solid #b9c0c8; font-size: 9pt; white-space: nowrap; }}
table.data td {{ border-bottom: 1px solid {LINE}; }}
table.data tr.total td {{ border-bottom: 0px none; }}
table.box {{ border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }}
table.quote {{ margin-top: 4px; margin-bottom: 6px; }}
td.quote {{ background-color: {SOFT}; padding: 6px 10px 6px 10px; }}
p.quote {{ margin: 0 0 3px 0; }}
p.kicker {{ margin: 0; font-size: 8pt; color: {MUTED}; font-weight: 600; }}
p.label {{ margin-top: 6px; margin-bottom: 2px; color: {MUTED}; font-size: 9pt; font-weight: 600; }}
p.counts {{ margin-top: 0; margin-bottom: 6px; color: {MUTED}; }}
p.memo {{ margin: 4px 0 0 0; color: #6b5300; font-size: 9pt; }}
p.memo-text {{ margin: 4px 0 0 0; }}
p.def {{ margin: 0; }}
p.reference {{ font-size: 9pt; margin-left: 24px; text-indent: -24px; }}
td.def {{ color: {MUTED}; font-weight: 600; }}
a.code {{ color: {INK}; text-decoration: none; }}
img.sw {{ vertical-align: middle; }}
.m {{ color: {MUTED}; font-size: 9pt; }}
.ms {{ color: {MUTED}; font-size: 8.5pt; }}
.none {{ color: {MUTED}; font-style: italic; }}
.number {{ color: {MUTED}; font-weight: 400; }}
.path {{ color: {MUTED}; font-size: 9pt; font-weight: 400; }}
.low {{ color: {LOW}; font-weight: 600; }}
.big {{ font-size: 17pt; font-weight: 600; }}
b.ink {{ color: {INK}; }}
"""
PREVIEW_QUOTES = 10        # quotes per code the preview shows (the saved report has all of them)
DETAIL_BUDGET = 400_000    # characters of "Codes in detail" markup, beyond which the preview stops


def _x(text) -> str:
    return escape(str(text), quote=True)


def _paragraphs(text: str, cls: str = "") -> str:
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")) if b.strip()]
    opening = f'<p class="{cls}">' if cls else "<p>"
    return "".join(f"{opening}{_x(block).replace(chr(10), '<br>')}</p>" for block in blocks)


def _swatch(colour: str, size: int = 11) -> str:
    return f'<img class="sw" src="swatch:{colour.lstrip("#")}" width="{size}" height="{size}">&nbsp;'


def _muted(text: str, size: str = "9pt") -> str:
    return f'<span class="{"m" if size == "9pt" else "ms"}">{text}</span>'


def _none(text: str) -> str:
    return f'<p class="none">{text}</p>'


def _table(headers: list[tuple[str, bool]], rows: list[list[str]], *, width: str = "100%",
           footer: list[str] | None = None) -> str:
    """A data table with a shaded header and lines between rows; headers are (text, right-aligned)."""
    aligns = [' align="right"' if right else "" for _, right in headers]
    head = "".join(f'<th align="{"right" if right else "left"}">{text}</th>' for text, right in headers)
    body = ["<tr>" + "".join(f"<td{aligns[i]}>{cell}</td>" for i, cell in enumerate(cells)) + "</tr>"
            for cells in rows]
    if footer:
        body.append('<tr class="total">' + "".join(f"<td{aligns[i]}><b>{cell}</b></td>"
                                                   for i, cell in enumerate(footer)) + "</tr>")
    width_attribute = f' width="{width}"' if width else ""
    return (f'<table class="data"{width_attribute} cellspacing="0" cellpadding="4">'
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>")


def _box(content: str, background: str, border: str, padding: int = 8) -> str:
    return (f'<table class="box" width="100%" cellspacing="0" cellpadding="{padding}" bgcolor="{background}" '
            f'style="border: 1px solid {border}"><tr><td>{content}</td></tr></table>')


def _memo_box(memo: MemoEntry, heading: str = "Memo") -> str:
    title = f"{heading}: {_x(memo.title)}" if memo.title else heading
    author = f' {_muted("— " + _x(memo.author))}' if memo.author else ""
    return _box(f"<b>{title}</b>{author}{_paragraphs(memo.text, 'memo-text')}", MEMO_BG, MEMO_LINE)


def _h2(text: str, anchor: str) -> str:
    return f'<h2><a name="{anchor}"></a>{_x(text)}</h2><hr>'


def preview_html(model: ReportModel, charts: dict[str, Chart] | None = None, *,
                 detail_limit: int = DETAIL_LIMIT, detail_budget: int = DETAIL_BUDGET) -> str:
    """The report as rich text for QTextBrowser: the sections of the HTML report, in its order.

    "Codes in detail" stops after `detail_limit` codes or `detail_budget` characters of markup, and
    shows at most PREVIEW_QUOTES quotes a code, saying so: the saved report has everything.
    """
    context = context_for(model)
    charts = shown_charts(model, charts or {}) if charts is not None else {}
    coders = model.coders
    several = len(coders) > 1
    out: list[str] = [f"<html><head><style>{STYLE}</style></head><body>"]

    # Header and summary.
    coder_names = f": {_x(', '.join(model.coder_names))}" if coders else ""
    meta = (f"Generated {_x(model.generated_at[:10])} with Accord {_x(model.accord_version)} · "
            f"{plural(len(coders), 'coder')}{coder_names}")
    out.append(f'<p class="kicker">CODEBOOK REPORT</p><h1>{_x(model.title or "Untitled project")}</h1>'
               f'<p style="margin-top: 0">{_muted(meta)}</p>')
    if model.filters:
        items = "".join(f"<li>{_x(item)}</li>" for item in model.filters)
        out.append(_box(f'<b>This report is restricted to:</b><ul style="margin: 2px 0 0 0">{items}</ul>',
                        "#fff8e6", "#f0dca8", 6))
    figures = [(number(len(model.documents)), "documents"),
               (number(context["code_count"]), f"codes ({number(context['used_codes'])} used)"),
               (number(model.total_codings), "codings"), (number(len(coders)), "coders")]
    cells = "".join(f'<td width="25%" bgcolor="{SOFT}"><span class="big">{value}</span><br>{_muted(label)}</td>'
                    for value, label in figures)
    out.append(f'<table width="100%" cellspacing="6" cellpadding="8" style="margin-top: 6px; margin-bottom: 6px">'
               f"<tr>{cells}</tr></table>")
    if model.description:
        out.append(_paragraphs(model.description))
    out.extend(_memo_box(m) for m in model.project_memos)

    # Coders and documents.
    out.append(_h2("Coders", "coders"))
    if coders:
        out.append(_table([("Coder", False), ("Codings", True), ("Documents coded", True)],
                          [[_swatch(c.color) + _x(c.name), number(c.codings), number(c.documents)] for c in coders],
                          width="60%"))
    else:
        out.append(_none("No coders."))
    out.append(_h2("Documents", "documents"))
    if model.documents:
        keys = model.attribute_keys
        headers = [("Document", False), ("Characters", True), ("Codings", True), ("Codes", True)]
        rows = [[_x(d.name), number(d.length), number(d.codings), number(d.codes)] for d in model.documents]
        if len(keys) <= ATTRIBUTE_COLUMNS:
            headers += [(_x(k), False) for k in keys]
            for row, d in zip(rows, model.documents):
                row += [_x(d.attributes.get(k, "")) for k in keys]
        elif keys:  # too many for columns the width of a preview: one column of "key: value" pairs
            headers.append(("Attributes", False))
            for row, d in zip(rows, model.documents):
                row.append(_muted(" · ".join(f"{_x(k)}: {_x(d.attributes[k])}" for k in keys
                                             if d.attributes.get(k))))
        out.append(_table(headers, rows))
        for d in model.documents:
            out.extend(_memo_box(m, f"Memo on {_x(d.name)}") for m in d.memos)
    else:
        out.append(_none("No documents."))

    # Codebook overview.
    out.append(_h2("Codebook overview", "codebook"))
    if model.codes:
        headers = [("Code", False), ("Codings", True), ("Documents", True)]
        if several:
            headers += [(_x(c.name), True) for c in coders]
        headers.append(("Description", False))
        rows = []
        for code in model.codes:
            indent = "&nbsp;" * (5 * min(code.depth, 4))
            name = f"<b>{_x(code.name)}</b>" if code.depth == 0 else _x(code.name)
            row = [f'{indent}{_swatch(code.color)}<a class="code" href="#code-{code.id}">{name}</a>',
                   number(code.codings), number(code.documents)]
            if several:
                row += [number(code.by_coder[c.name]) for c in coders]
            row.append(_muted(_x(code.description)))
            rows.append(row)
        footer = ["All codes", number(model.total_codings), ""]
        if several:
            footer += [number(c.codings) for c in coders]
        footer.append("")
        out.append(_table(headers, rows, footer=footer))
    else:
        out.append(_none("No codes."))

    # Charts.
    out.append(_h2("Code frequencies", "frequencies"))
    figure = 0
    if not model.total_codings:
        out.append(_none("Nothing has been coded yet."))
    for key in ("frequency", "documents"):
        if key in charts:
            figure += 1
            out.append(_figure(key, charts[key], figure, _caption(key, model)))
    if model.by_speaker and model.codes:
        out.append(_speakers(model))
    out.append(_h2("Code co-occurrence", "cooccurrence"))
    out.append("<p>" + _muted("Two codes co-occur where passages coded with both overlap (the codings of this "
                              "report's coders taken together); each place, a stretch coded with both, counts once.") + "</p>")
    if context["pairs"]:
        if "cooccurrence" in charts:
            figure += 1
            out.append(_figure("cooccurrence", charts["cooccurrence"], figure, "Code co-occurrence"))
        out.append(_table([("Code", False), ("Co-occurs with", False), ("Places", True)],
                          [[_swatch(a.color) + _x(a.path), _swatch(b.color) + _x(b.path), number(n)]
                           for a, b, n in context["pairs"]]))
        if context["more_pairs"]:
            more = plural(context["more_pairs"], "more pair")
            out.append("<p>" + _muted(f"… and {more} (all of them are in the CSV/XLSX export).") + "</p>")
    else:
        out.append(_none("No two codes overlap."))

    # Agreement.
    if model.agreement:
        out.append(_agreement(model))

    # Codes in detail.
    out.append(_h2("Codes in detail", "codes"))
    used = shown = 0
    for code in model.codes[:detail_limit]:
        if used > detail_budget:
            break
        detail = _code_detail(code, model, context)
        out.append(detail)
        used += len(detail)
        shown += 1
    if shown < len(model.codes):
        left = len(model.codes) - shown
        out.append(_none(f"The preview shows the first {plural(shown, 'code')} in detail; the saved report "
                         f"has all of them ({plural(left, 'more code')})."))
    footer = (f"{_x(model.title)} · codebook report generated {_x(model.generated_at)} by Accord "
              f"{_x(model.accord_version)}.")
    out.append(f'<hr style="margin-top: 24px"><p>{_muted(footer, "8pt")}</p>')
    out.append("</body></html>")
    return "".join(out)


def _caption(key: str, model: ReportModel) -> str:
    if key == "frequency":
        by = ", by coder" if len(model.coders) > 1 else ""
        return f"Codings per code{by} (a code's own codings, without its sub-codes)"
    return CHART_TITLES[key]


def _figure(key: str, chart: Chart, number_: int, caption: str) -> str:
    width, height = chart_size(chart)
    note = f"; showing {_x(chart.note)}" if chart.note else ""
    return (f'<p style="margin-top: 10px; margin-bottom: 2px"><img src="chart:{key}" width="{width}" '
            f'height="{height}"></p>'
            f"<p style=\"margin-bottom: 16px\">{_muted(f'Figure {number_}. {_x(caption)}{note}.')}</p>")


def _speakers(model: ReportModel) -> str:
    """The HTML report's "Codes by speaker" table: codings per code and speaker of the transcripts."""
    by_speaker = model.by_speaker
    note = "Codings per code and speaker: a coding counts once for each speaker whose turns it touches."
    headers = [("Code", False)] + [(_x(s), True) for s in by_speaker.speakers] + [("Codings", True)]
    rows = [[_swatch(c.color) + _x(c.path)] + [number(by_speaker.of(c.id, s)) for s in by_speaker.speakers]
            + [number(c.codings)] for c in model.codes]
    return _h2("Codes by speaker", "speakers") + f"<p>{_muted(note)}</p>" + _table(headers, rows)


def _agreement(model: ReportModel) -> str:
    agreement = model.agreement
    out = [_h2("Inter-coder agreement", "agreement")]
    unit = f"; unit: {_x(agreement.unit)}" if agreement.unit else ""
    compared = _x(", ".join(agreement.coders))
    out.append("<p>" + _muted(f"Coders compared: {compared}{unit}; figures pooled over the documents.") + "</p>")
    if agreement.rows:
        rows = []
        for row in agreement.rows:
            alpha = decimal(row.alpha)
            if row.alpha is not None and row.alpha < 0.667:
                alpha = f'<span class="low">{alpha}</span>'
            rows.append([_x(row.path), percent(row.percent), decimal(row.kappa), alpha,
                         interval(row.alpha_low, row.alpha_high)])
        footer = None
        if agreement.overall:
            o = agreement.overall
            kappa_interval = f"κ {interval(o.kappa_low, o.kappa_high)}" if o.kappa_low is not None else ""
            footer = [_x(agreement.overall_label), percent(o.percent), decimal(o.kappa), decimal(o.alpha), kappa_interval]
        out.append(_table([("Code", False), (_x(agreement.percent_label), True), (_x(agreement.kappa_label), True),
                           (_x(agreement.alpha_label), True), (_x(agreement.interval), True)], rows, footer=footer))
        out.append("<p>" + _muted('Values of α below 0.667 are in <span class="low">red</span>.') + "</p>")
    out.extend(f"<p>{_muted(_x(note))}</p>" for note in agreement.notes)
    if agreement.methods:
        out.append('<p class="label">METHODS</p>' + _box(_paragraphs(agreement.methods), SOFT, SOFT, 10))
        if agreement.references:
            out.append('<p class="label">REFERENCES</p>')
            out.extend(f'<p class="reference">{_x(r)}</p>' for r in agreement.references)
    return "".join(out)


def _code_detail(code: CodeEntry, model: ReportModel, context: dict) -> str:
    several = len(model.coders) > 1
    inner: list[str] = []
    path = (f'&nbsp;&nbsp;<span class="path">{_x(code.path)}</span>'
            if code.depth > 0 or code.path != code.name else "")
    inner.append(f'<h3 class="{"top" if code.depth == 0 else "sub"}"><a name="code-{code.id}"></a>'
                 f'{_swatch(code.color, 12)}<span class="number">{_x(code.number)}</span>&nbsp;{_x(code.name)}'
                 f"{path}</h3>")
    with_subcodes = (f" · {number(code.codings_with_subcodes)} with its sub-codes"
                     if code.codings_with_subcodes != code.codings else "")
    inner.append(f'<p class="counts"><b class="ink">{plural(code.codings, "coding")}</b> in '
                 f'<b class="ink">{plural(code.documents, "document")}</b>{with_subcodes}</p>')
    if code.description:
        inner.append(_paragraphs(code.description))
    definitions = [(label, text) for label, text in (("Definition", code.definition), ("Use when", code.inclusion),
                                                     ("Do not use", code.exclusion), ("Example", code.example)) if text]
    if definitions:
        rows = "".join(f'<tr><td class="def" width="90">{label}</td><td>{_paragraphs(text, "def")}</td></tr>'
                       for label, text in definitions)
        inner.append(f'<table cellspacing="0" cellpadding="3" style="margin-bottom: 6px">{rows}</table>')
    if code.codings:
        blocks = []
        if several:
            blocks.append(_table([("Coder", False), ("Codings", True), ("Documents", True)],
                                 [[_swatch(c.color) + _x(c.name), number(code.by_coder[c.name]),
                                   number(code.documents_by_coder[c.name])] for c in model.coders], width=""))
        listed, rest = context["top_documents"](code)
        rows = [[_x(name), number(n)] for name, n in listed]
        if rest:
            rows.append([_muted(f"… and {plural(rest, 'more document')}"), ""])
        blocks.append(_table([("Document", False), ("Codings", True)], rows, width=""))
        cells = "".join(f'<td valign="top" style="padding-right: 24px">{block}</td>' for block in blocks)
        inner.append(f'<table cellspacing="0" cellpadding="0" style="font-size: 9pt"><tr>{cells}</tr></table>')
    if code.quotes:
        inner.append(f'<p class="label">EXAMPLE{"S" if len(code.quotes) > 1 else ""}</p>')
        for q in code.quotes[:PREVIEW_QUOTES]:
            speaker = (f", {_x(q.speaker)}" if q.speaker else "") + (f" · {q.clock}" if q.clock else "")
            cite = f"{_x(q.document)}{speaker} · characters {number(q.start)}–{number(q.end)} · coded by {_x(q.coder)}"
            memo = f'<p class="memo">Memo: {_x(q.memo).replace(chr(10), "<br>")}</p>' if q.memo else ""
            inner.append(f'<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
                         f'<td width="3" bgcolor="{code.color}"></td><td class="quote">'
                         f'{_paragraphs(q.text, "quote")}{_muted(cite, "8.5pt")}{memo}</td></tr></table>')
        if len(code.quotes) > PREVIEW_QUOTES:
            more = plural(len(code.quotes) - PREVIEW_QUOTES, "more quote")
            inner.append(f"<p>{_muted(f'… and {more} in the saved report.')}</p>")
    elif not code.codings:
        where = " in this selection" if model.filters else ""
        inner.append(_none(f"Not used yet{where}."))
    inner.extend(_memo_box(m) for m in code.memos)
    top = "22px" if code.depth == 0 else "14px"
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: {top}"><tr>'
            f'<td width="5" bgcolor="{code.color}"></td><td style="padding-left: 14px">{"".join(inner)}</td>'
            f"</tr></table>")


# -- images (Qt, GUI thread) -----------------------------------------------------------
def svg_image(svg: str, width: int, height: int, scale: float = 2.0) -> QImage:
    """An SVG drawn into a white image of width × height (logical pixels) at `scale`."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(QSize(max(1, round(width * scale)), max(1, round(height * scale))),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


def swatch_image(colour: str, size: int = 12, scale: float = 2.0) -> QImage:
    image = QImage(QSize(round(size * scale), round(size * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_swatch(painter, QRectF(0.5, 0.5, image.width() - 1, image.height() - 1), colour, 2.5 * scale)
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


DOCUMENT_MARGIN = 14


class PreviewBrowser(QTextBrowser):
    """A QTextBrowser that draws the preview's `chart:` and `swatch:` images and follows in-page links."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(True)
        self.setOpenExternalLinks(False)
        self._charts: dict[str, Chart] = {}
        self._images: dict[str, QImage] = {}
        self.source_html = ""   # the HTML last shown (toHtml() would give Qt's rewrite of it)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)

    def show_report(self, html: str, charts: dict[str, Chart]) -> None:
        """Show new preview HTML, keeping the reading position."""
        position = self.verticalScrollBar().value()
        self._charts = dict(charts)
        self._images = {k: v for k, v in self._images.items() if k.startswith("swatch:")}
        self.source_html = html
        self.setHtml(html)
        self.verticalScrollBar().setValue(position)

    def loadResource(self, kind: int, url: QUrl):
        if kind == QTextDocument.ResourceType.ImageResource.value or kind == QTextDocument.ResourceType.ImageResource:
            name = url.toString()
            if name in self._images:
                return self._images[name]
            if name.startswith("swatch:"):
                image = self._images[name] = swatch_image("#" + name[len("swatch:"):])
                return image
            if name.startswith("chart:") and name[len("chart:"):] in self._charts:
                chart = self._charts[name[len("chart:"):]]
                width, height = chart_size(chart)
                image = self._images[name] = svg_image(str(chart), width, height)
                return image
        return super().loadResource(kind, url)
