"""The report dialog's preview: the HTML report redrawn in the rich-text subset QTextBrowser can show.

The real HTML report (`core.reports.html`) relies on CSS that Qt's rich text
does not know (variables, grid, flex boxes, inline-block swatches) and on
inline SVG, which QTextBrowser does not draw at all. `preview_html(model)`
lays out the same sections from the same `ReportModel` with what Qt does
draw: tables with cell borders and backgrounds, and images. Charts and colour
swatches are named images (`chart:frequency`, `swatch:4e79a7`) that
`preview_browser.PreviewBrowser` paints from the report's own SVG charts (`charts.report_charts`)
with QSvgRenderer, so the preview shows exactly the pictures the report embeds.

`preview_html` uses no widgets (only Qt's translations and locale, which may be
read from any thread), so the dialog builds it on its worker thread together
with the model; the images are made on the GUI thread.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ...core.reports.charts import Chart
from ...core.reports.model import CodeEntry, MemoEntry, ReportModel
from ...core.reports.templating import context_for
from ..i18n import fill, translate
from .figures import count, decimal, interval, percent

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
CHART_TITLES = {  # shown translated under "ReportPreview"
    "frequency": QT_TRANSLATE_NOOP("ReportPreview", "Codings per code"),
    "documents": QT_TRANSLATE_NOOP("ReportPreview", "Codings per code and document"),
    "cooccurrence": QT_TRANSLATE_NOOP("ReportPreview", "Code co-occurrence"),
}


class ReportPreview(QObject):
    """The preview's translation context: plurals are `ReportPreview.tr("%Ln code(s)", "", n)` (the form
    pyside6-lupdate extracts as a plural); other text is `translate("ReportPreview", …)`."""


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
STYLE = f"""/* # not text: a style sheet for Qt's rich text */
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
    width_attribute = f' width="{width}"' if width else ""  # not text: markup
    return (f'<table class="data"{width_attribute} cellspacing="0" cellpadding="4">'
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>")


def _box(content: str, background: str, border: str, padding: int = 8) -> str:
    return (f'<table class="box" width="100%" cellspacing="0" cellpadding="{padding}" bgcolor="{background}" '
            f'style="border: 1px solid {border}"><tr><td>{content}</td></tr></table>')


def _memo_box(memo: MemoEntry, heading: str | None = None) -> str:
    heading = heading or translate("ReportPreview", "Memo")
    title = fill(translate("ReportPreview", "%1: %2"), heading, _x(memo.title)) if memo.title else heading
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
    meta = fill(translate("ReportPreview", "Generated %1 with Accord %2 · %3"), _x(model.generated_at[:10]),
                _x(model.accord_version),
                ReportPreview.tr("%Ln coder(s)", "", len(coders)) + coder_names)
    title = _x(model.title or translate("ReportPreview", "Untitled project"))
    kicker = translate("ReportPreview", "CODEBOOK REPORT")
    out.append(f'<p class="kicker">{kicker}</p><h1>{title}</h1>'
               f'<p style="margin-top: 0">{_muted(meta)}</p>')
    if model.filters:
        items = "".join(f"<li>{_x(item)}</li>" for item in model.filters)
        restricted = translate("ReportPreview", "This report is restricted to:")
        out.append(_box(f'<b>{restricted}</b><ul style="margin: 2px 0 0 0">{items}</ul>',
                        "#fff8e6", "#f0dca8", 6))
    figures = [(count(len(model.documents)), translate("ReportPreview", "documents")),
               (count(context["code_count"]),
                fill(translate("ReportPreview", "codes (%1 used)"), count(context["used_codes"]))),
               (count(model.total_codings), translate("ReportPreview", "codings")),
               (count(len(coders)), translate("ReportPreview", "coders"))]
    cells = "".join(f'<td width="25%" bgcolor="{SOFT}"><span class="big">{value}</span><br>{_muted(label)}</td>'
                    for value, label in figures)
    out.append(f'<table width="100%" cellspacing="6" cellpadding="8" style="margin-top: 6px; margin-bottom: 6px">'
               f"<tr>{cells}</tr></table>")
    if model.description:
        out.append(_paragraphs(model.description))
    out.extend(_memo_box(m) for m in model.project_memos)

    # Coders and documents.
    out.append(_h2(translate("ReportPreview", "Coders"), "coders"))
    if coders:
        out.append(_table([(translate("ReportPreview", "Coder"), False), (translate("ReportPreview", "Codings"), True),
                           (translate("ReportPreview", "Documents coded"), True)],
                          [[_swatch(c.color) + _x(c.name), count(c.codings), count(c.documents)] for c in coders],
                          width="60%"))
    else:
        out.append(_none(translate("ReportPreview", "No coders.")))
    out.append(_h2(translate("ReportPreview", "Documents"), "documents"))
    if model.documents:
        keys = model.attribute_keys
        headers = [(translate("ReportPreview", "Document"), False), (translate("ReportPreview", "Characters"), True),
                   (translate("ReportPreview", "Codings"), True), (translate("ReportPreview", "Codes"), True)]
        rows = [[_x(d.name), count(d.length), count(d.codings), count(d.codes)] for d in model.documents]
        if len(keys) <= ATTRIBUTE_COLUMNS:
            headers += [(_x(k), False) for k in keys]
            for row, d in zip(rows, model.documents):
                row += [_x(d.attributes.get(k, "")) for k in keys]
        elif keys:  # too many for columns the width of a preview: one column of "key: value" pairs
            headers.append((translate("ReportPreview", "Attributes"), False))
            for row, d in zip(rows, model.documents):
                row.append(_muted(" · ".join(f"{_x(k)}: {_x(d.attributes[k])}" for k in keys
                                             if d.attributes.get(k))))
        out.append(_table(headers, rows))
        for d in model.documents:
            out.extend(_memo_box(m, fill(translate("ReportPreview", "Memo on %1"), _x(d.name))) for m in d.memos)
    else:
        out.append(_none(translate("ReportPreview", "No documents.")))

    # Codebook overview.
    out.append(_h2(translate("ReportPreview", "Codebook overview"), "codebook"))
    if model.codes:
        headers = [(translate("ReportPreview", "Code"), False), (translate("ReportPreview", "Codings"), True),
                   (translate("ReportPreview", "Documents"), True)]
        if several:
            headers += [(_x(c.name), True) for c in coders]
        headers.append((translate("ReportPreview", "Description"), False))
        rows = []
        for code in model.codes:
            indent = "&nbsp;" * (5 * min(code.depth, 4))
            name = f"<b>{_x(code.name)}</b>" if code.depth == 0 else _x(code.name)
            row = [f'{indent}{_swatch(code.color)}<a class="code" href="#code-{code.id}">{name}</a>',
                   count(code.codings), count(code.documents)]
            if several:
                row += [count(code.by_coder[c.name]) for c in coders]
            row.append(_muted(_x(code.description)))
            rows.append(row)
        footer = [translate("ReportPreview", "All codes"), count(model.total_codings), ""]
        if several:
            footer += [count(c.codings) for c in coders]
        footer.append("")
        out.append(_table(headers, rows, footer=footer))
    else:
        out.append(_none(translate("ReportPreview", "No codes.")))

    # Charts.
    out.append(_h2(translate("ReportPreview", "Code frequencies"), "frequencies"))
    figure = 0
    if not model.total_codings:
        out.append(_none(translate("ReportPreview", "Nothing has been coded yet.")))
    for key in ("frequency", "documents"):
        if key in charts:
            figure += 1
            out.append(_figure(key, charts[key], figure, _caption(key, model)))
    if model.by_speaker and model.codes:
        out.append(_speakers(model))
    out.append(_h2(translate("ReportPreview", "Code co-occurrence"), "cooccurrence"))
    out.append("<p>" + _muted(translate("ReportPreview", "Two codes co-occur where passages coded with both overlap "
                                        "(the codings of this report's coders taken together); each place, a stretch "
                                        "coded with both, counts once.")) + "</p>")
    if context["pairs"]:
        if "cooccurrence" in charts:
            figure += 1
            out.append(_figure("cooccurrence", charts["cooccurrence"], figure,
                               translate("ReportPreview", "Code co-occurrence")))
        out.append(_table([(translate("ReportPreview", "Code"), False),
                           (translate("ReportPreview", "Co-occurs with"), False),
                           (translate("ReportPreview", "Places"), True)],
                          [[_swatch(a.color) + _x(a.path), _swatch(b.color) + _x(b.path), count(n)]
                           for a, b, n in context["pairs"]]))
        if context["more_pairs"]:
            more = ReportPreview.tr(
                "… and %Ln more pair(s) (all of them are in the CSV/XLSX export).", "",
                context["more_pairs"])
            out.append("<p>" + _muted(more) + "</p>")
    else:
        out.append(_none(translate("ReportPreview", "No two codes overlap.")))

    # Agreement.
    if model.agreement:
        out.append(_agreement(model))

    # Codes in detail.
    out.append(_h2(translate("ReportPreview", "Codes in detail"), "codes"))
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
        out.append(_none(fill(translate("ReportPreview", "The preview shows the first %1 in detail; the saved "
                                                         "report has all of them (%2)."),
                              ReportPreview.tr("%Ln code(s)", "", shown),
                              ReportPreview.tr("%Ln more code(s)", "", left))))
    footer = fill(translate("ReportPreview", "%1 · codebook report generated %2 by Accord %3."), _x(model.title),
                  _x(model.generated_at), _x(model.accord_version))
    out.append(f'<hr style="margin-top: 24px"><p>{_muted(footer, "8pt")}</p>')
    out.append("</body></html>")
    return "".join(out)


def _caption(key: str, model: ReportModel) -> str:
    if key == "frequency":
        if len(model.coders) > 1:
            return translate("ReportPreview", "Codings per code, by coder (a code's own codings, without its sub-codes)")
        return translate("ReportPreview", "Codings per code (a code's own codings, without its sub-codes)")
    return translate("ReportPreview", CHART_TITLES[key])


def _figure(key: str, chart: Chart, number_: int, caption: str) -> str:
    width, height = chart_size(chart)
    text = (fill(translate("ReportPreview", "Figure %1. %2; showing %3."), number_, _x(caption), _x(chart.note))
            if chart.note else fill(translate("ReportPreview", "Figure %1. %2."), number_, _x(caption)))
    return (f'<p style="margin-top: 10px; margin-bottom: 2px"><img src="chart:{key}" width="{width}" '
            f'height="{height}"></p>'
            f"<p style=\"margin-bottom: 16px\">{_muted(text)}</p>")


def _speakers(model: ReportModel) -> str:
    """The HTML report's "Codes by speaker" table: codings per code and speaker of the transcripts."""
    by_speaker = model.by_speaker
    note = translate("ReportPreview", "Codings per code and speaker: a coding counts once for each speaker whose "
                                      "turns it touches.")
    headers = ([(translate("ReportPreview", "Code"), False)] + [(_x(s), True) for s in by_speaker.speakers]
               + [(translate("ReportPreview", "Codings"), True)])
    rows = [[_swatch(c.color) + _x(c.path)] + [count(by_speaker.of(c.id, s)) for s in by_speaker.speakers]
            + [count(c.codings)] for c in model.codes]
    return _h2(translate("ReportPreview", "Codes by speaker"), "speakers") + f"<p>{_muted(note)}</p>" + _table(headers, rows)


def _agreement(model: ReportModel) -> str:
    agreement = model.agreement
    out = [_h2(translate("ReportPreview", "Inter-coder agreement"), "agreement")]
    compared = _x(", ".join(agreement.coders))
    text = (fill(translate("ReportPreview", "Coders compared: %1; unit: %2; figures pooled over the documents."),
                 compared, _x(agreement.unit)) if agreement.unit else
            fill(translate("ReportPreview", "Coders compared: %1; figures pooled over the documents."), compared))
    out.append("<p>" + _muted(text) + "</p>")
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
            footer = [_x(_overall(agreement.overall_label)), percent(o.percent), decimal(o.kappa), decimal(o.alpha),
                      kappa_interval]
        out.append(_table([(translate("ReportPreview", "Code"), False), (_x(_figure_name(agreement.percent_label)), True),
                           (_x(_figure_name(agreement.kappa_label)), True),
                           (_x(_figure_name(agreement.alpha_label)), True), (_x(agreement.interval), True)],
                          rows, footer=footer))
        low = translate("ReportPreview", 'Values of α below %1 are in <span class="low">red</span>.')
        out.append("<p>" + _muted(fill(low, decimal(0.667, 3))) + "</p>")
    out.extend(f"<p>{_muted(_x(note))}</p>" for note in agreement.notes)
    if agreement.methods:
        label = translate("ReportPreview", "METHODS")
        out.append(f'<p class="label">{label}</p>' + _box(_paragraphs(agreement.methods), SOFT, SOFT, 10))
        if agreement.references:
            label = translate("ReportPreview", "REFERENCES")
            out.append(f'<p class="label">{label}</p>')
            out.extend(f'<p class="reference">{_x(r)}</p>' for r in agreement.references)
    return "".join(out)


def _figure_name(label: str) -> str:
    """An agreement figure's name (core.agreement.methods.LABELS) in the interface's language."""
    return QCoreApplication.translate("Methods", label)


def _overall(label: str) -> str:
    """The overall row's "All codes (Pooled κ)", its figure's name translated."""
    found = re.fullmatch(r"All codes \((.+)\)", label)
    return fill(translate("ReportPreview", "All codes (%1)"), _figure_name(found.group(1))) if found else label


def _code_detail(code: CodeEntry, model: ReportModel, context: dict) -> str:
    several = len(model.coders) > 1
    inner: list[str] = []
    path = (f'&nbsp;&nbsp;<span class="path">{_x(code.path)}</span>'
            if code.depth > 0 or code.path != code.name else "")
    inner.append(f'<h3 class="{"top" if code.depth == 0 else "sub"}"><a name="code-{code.id}"></a>'
                 f'{_swatch(code.color, 12)}<span class="number">{_x(code.number)}</span>&nbsp;{_x(code.name)}'
                 f"{path}</h3>")
    with_subcodes = (" · " + fill(translate("ReportPreview", "%1 with its sub-codes"), count(code.codings_with_subcodes))
                     if code.codings_with_subcodes != code.codings else "")
    codings = ReportPreview.tr("%Ln coding(s)", "", code.codings)
    documents = ReportPreview.tr("%Ln document(s)", "", code.documents)
    counts = fill(translate("ReportPreview", "%1 in %2"), f'<b class="ink">{codings}</b>', f'<b class="ink">{documents}</b>')
    inner.append(f'<p class="counts">{counts}{with_subcodes}</p>')
    if code.description:
        inner.append(_paragraphs(code.description))
    definitions = [(label, text) for label, text in (
        (translate("ReportPreview", "Definition"), code.definition), (translate("ReportPreview", "Use when"), code.inclusion),
        (translate("ReportPreview", "Do not use"), code.exclusion), (translate("ReportPreview", "Example"), code.example))
        if text]
    if definitions:
        rows = "".join(f'<tr><td class="def" width="90">{label}</td><td>{_paragraphs(text, "def")}</td></tr>'
                       for label, text in definitions)
        inner.append(f'<table cellspacing="0" cellpadding="3" style="margin-bottom: 6px">{rows}</table>')
    if code.codings:
        blocks = []
        if several:
            blocks.append(_table([(translate("ReportPreview", "Coder"), False), (translate("ReportPreview", "Codings"), True),
                                  (translate("ReportPreview", "Documents"), True)],
                                 [[_swatch(c.color) + _x(c.name), count(code.by_coder[c.name]),
                                   count(code.documents_by_coder[c.name])] for c in model.coders], width=""))
        listed, rest = context["top_documents"](code)
        rows = [[_x(name), count(n)] for name, n in listed]
        if rest:
            rows.append([_muted(ReportPreview.tr("… and %Ln more document(s)", "", rest)), ""])
        blocks.append(_table([(translate("ReportPreview", "Document"), False), (translate("ReportPreview", "Codings"), True)],
                             rows, width=""))
        cells = "".join(f'<td valign="top" style="padding-right: 24px">{block}</td>' for block in blocks)
        inner.append(f'<table cellspacing="0" cellpadding="0" style="font-size: 9pt"><tr>{cells}</tr></table>')
    if code.quotes:
        examples = translate("ReportPreview", "EXAMPLES") if len(code.quotes) > 1 else translate("ReportPreview", "EXAMPLE")
        inner.append(f'<p class="label">{examples}</p>')
        for q in code.quotes[:PREVIEW_QUOTES]:
            speaker = (f", {_x(q.speaker)}" if q.speaker else "") + (f" · {q.clock}" if q.clock else "")
            cite = fill(translate("ReportPreview", "%1 · characters %2–%3 · coded by %4"), _x(q.document) + speaker,
                        count(q.start), count(q.end), _x(q.coder))
            memo_text = fill(translate("ReportPreview", "Memo: %1"), _x(q.memo).replace(chr(10), "<br>"))
            memo = f'<p class="memo">{memo_text}</p>' if q.memo else ""
            inner.append(f'<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
                         f'<td width="3" bgcolor="{code.color}"></td><td class="quote">'
                         f'{_paragraphs(q.text, "quote")}{_muted(cite, "8.5pt")}{memo}</td></tr></table>')
        if len(code.quotes) > PREVIEW_QUOTES:
            more = ReportPreview.tr("… and %Ln more quote(s) in the saved report.", "",
                                              len(code.quotes) - PREVIEW_QUOTES)
            inner.append(f"<p>{_muted(more)}</p>")
    elif not code.codings:
        inner.append(_none(translate("ReportPreview", "Not used yet in this selection.") if model.filters
                           else translate("ReportPreview", "Not used yet.")))
    inner.extend(_memo_box(m) for m in code.memos)
    top = "22px" if code.depth == 0 else "14px"
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: {top}"><tr>'
            f'<td width="5" bgcolor="{code.color}"></td><td style="padding-left: 14px">{"".join(inner)}</td>'
            f"</tr></table>")
