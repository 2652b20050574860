"""Charts of a report as self-contained SVG strings (no plotting library).

Every chart is drawn from a `ReportModel` only, so a GUI can show the same
pictures (e.g. with QSvgWidget) as the HTML report. All project text is
escaped; long names are shortened with an ellipsis and keep their full form in
a <title> tooltip. Charts of very large projects are cut to the most used codes
or documents; the functions say so in the `note` of their result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from ..language import Report, fill
from .model import ReportModel

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
INK = "#222"
MUTED = "#666"
GRID = "#e3e3e3"
HEAT_LOW = (0xf3, 0xf6, 0xfa)
ZERO = "#f4f5f7"          # an empty heat-map cell: visible as a cell, clearly not coloured
HEAT_HIGH = (0x1f, 0x4e, 0x79)


@dataclass
class Chart:
    svg: str
    note: str = ""          # e.g. "the 40 most used of 200 codes"

    def __str__(self) -> str:
        return self.svg

    def __html__(self) -> str:  # jinja2 inserts it as markup
        return self.svg


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _x(text: str) -> str:
    """Text for SVG: escaped, without the control characters XML cannot hold."""
    return escape(_CONTROL.sub("", str(text)), quote=True)


def _text_width(text: str, size: float) -> float:
    """A rough width of text in a sans-serif font, enough to lay labels out."""
    wide = sum(1 for ch in text if ord(ch) > 0x2E80)
    narrow = sum(1 for ch in text if ch in "iljtfrI.,:;'|!() ")
    return size * (0.56 * (len(text) - wide - narrow) + 0.3 * narrow + 1.0 * wide)


def _fit(text: str, size: float, width: float) -> str:
    if _text_width(text, size) <= width:
        return text
    while text and _text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _svg(width: float, height: float, body: list[str], label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_x(label)}" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="{_x(FONT)}" font-size="12" fill="{INK}">' + "".join(body) + "</svg>"
    )


def heat_colour(value: float, top: float) -> str:
    """A colour from pale (0) to dark blue (top)."""
    if top <= 0 or value <= 0:
        return "#ffffff"
    share = 0.12 + 0.88 * (value / top) ** 0.75
    rgb = [round(lo + (hi - lo) * share) for lo, hi in zip(HEAT_LOW, HEAT_HIGH)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _ink_on(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#ffffff" if 0.299 * r + 0.587 * g + 0.114 * b < 150 else INK


def _nice_top(value: int) -> int:
    """A round number at or above value, for the axis."""
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        top = int(step * factor)
        if top >= value:
            return top
    return value


def _ticks(top: int) -> list[int]:
    for count in (5, 4, 2, 1):
        if top % count == 0:
            return [top * i // count for i in range(count + 1)]
    return [0, top]


# -- code frequencies ------------------------------------------------------------
def frequency_chart(model: ReportModel, *, max_codes: int = 80, width: int = 760) -> Chart:
    """Horizontal bars: codings per code, split by coder (one colour each)."""
    codes = model.codes
    note = ""
    if len(codes) > max_codes:
        keep = {c.id for c in sorted(codes, key=lambda c: -c.codings)[:max_codes]}
        codes = [c for c in codes if c.id in keep]
        note = fill(Report.tr("the %1 most used of %2 codes"), max_codes, len(model.codes))
    coders = model.coders
    row_h, label_w, gap = 20, min(260, width * 0.36), 8
    top_margin = 30 if len(coders) > 1 else 10
    axis_h = 32  # tick labels, then the axis title with room for its descenders
    plot_x = label_w + 24
    plot_w = width - plot_x - 44
    top = _nice_top(max([c.codings for c in codes] + [1]))
    height = top_margin + row_h * len(codes) + axis_h
    body: list[str] = []
    if len(coders) > 1:  # legend
        x = plot_x
        for coder in coders:
            body.append(f'<rect x="{x}" y="8" width="11" height="11" rx="2" fill="{_x(coder.color)}"/>'
                        f'<text x="{x + 16}" y="18">{_x(coder.name)}</text>')
            x += 30 + _text_width(coder.name, 12)
    plot_bottom = top_margin + row_h * len(codes)
    for tick in _ticks(top):
        tx = plot_x + plot_w * tick / top
        body.append(f'<line x1="{tx:.1f}" y1="{top_margin - 2}" x2="{tx:.1f}" y2="{plot_bottom}" stroke="{GRID}"/>'
                    f'<text x="{tx:.1f}" y="{plot_bottom + 15}" text-anchor="middle" fill="{MUTED}" '
                    f'font-size="11">{tick:,}</text>')
    body.append(f'<text x="{plot_x + plot_w / 2:.1f}" y="{height - 5}" text-anchor="middle" fill="{MUTED}" '
                f'font-size="11">codings</text>')
    for i, code in enumerate(codes):
        y = top_margin + i * row_h
        indent = 12 * min(code.depth, 4)
        label = _fit(code.name, 12, label_w - indent - 16)
        weight = ' font-weight="600"' if code.depth == 0 else ""
        body.append(f'<g><title>{_x(code.path)}: {code.codings:,} codings in {code.documents:,} documents</title>'
                    f'<rect x="{indent}" y="{y + 5}" width="10" height="10" rx="2" fill="{_x(code.color)}"/>'
                    f'<text x="{indent + 15}" y="{y + 14}"{weight}>'
                    f'{_x(label)}</text>')
        x = plot_x
        for coder in coders:
            n = code.by_coder.get(coder.name, 0)
            if n:
                w = plot_w * n / top
                body.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{max(w, 0.8):.1f}" height="{row_h - gap}" '
                            f'fill="{_x(coder.color)}"><title>{_x(coder.name)}: {n:,}</title></rect>')
                x += w
        body.append(f'<text x="{x + 4:.1f}" y="{y + 14}" fill="{MUTED}" font-size="11">{code.codings:,}</text></g>')
    body.insert(0, f'<line x1="{plot_x}" y1="{top_margin - 2}" x2="{plot_x}" y2="{plot_bottom}" stroke="#999"/>')
    return Chart(_svg(width, height, body, Report.tr("Codings per code and coder") if len(coders) > 1
                             else Report.tr("Codings per code")), note)


# -- heat maps -------------------------------------------------------------------
def _heatmap(row_labels: list[tuple[str, str, str, int]], column_labels: list[tuple[str, str]],
             values: list[list[int]], title: str, *, width: int = 760, diagonal: bool = False) -> str:
    """rows: (label, tooltip, colour, depth); columns: (label, tooltip); values[row][column]."""
    columns = len(column_labels)
    label_w = min(250, width * 0.34)
    shorts = [_fit(c[0], 11, 170) for c in column_labels]
    longest = max([_text_width(c, 11) for c in shorts] + [0])
    cell = max(12, min(56, (width - label_w - 10 - longest * 0.71) / max(columns, 1)))
    upright = cell < 20  # narrow columns: labels stand upright, else they lean at 45°
    font = max(7, min(11, cell - 3)) if upright else 11
    shorts = [_fit(c[0], font, 170) for c in column_labels]
    longest = max([_text_width(c, font) for c in shorts] + [0])
    column_label_h = 12 + longest * (1 if upright else 0.71)
    cell_h = max(16, min(24, cell))
    x0, y0 = label_w + 10, column_label_h
    width_used = x0 + cell * columns + (4 if upright else longest * 0.71 + 4)  # a leaning last label sticks out
    height = y0 + cell_h * len(row_labels) + 4
    top = max([v for row in values for v in row] + [0])
    show_numbers = cell >= 18
    body: list[str] = []
    for j, (short, (_, tooltip)) in enumerate(zip(shorts, column_labels)):
        cx = x0 + cell * (j + 0.5)
        if upright:
            place = f"translate({cx + font * 0.35:.1f},{y0 - 5:.1f}) rotate(-90)"
        else:
            place = f"translate({cx - 2:.1f},{y0 - 6:.1f}) rotate(-45)"
        body.append(f'<text transform="{place}" font-size="{font:g}"><title>{_x(tooltip)}</title>{_x(short)}</text>')
    for i, (label, tooltip, colour, depth) in enumerate(row_labels):
        y = y0 + i * cell_h
        indent = 10 * min(depth, 4)
        weight = ' font-weight="600"' if depth == 0 else ""
        body.append(f'<rect x="{indent}" y="{y + cell_h / 2 - 5:.1f}" width="10" height="10" rx="2" '
                    f'fill="{_x(colour)}"/>'
                    f'<text x="{indent + 15}" y="{y + cell_h / 2 + 4:.1f}"{weight}><title>{_x(tooltip)}</title>'
                    f'{_x(_fit(label, 12, label_w - indent - 18))}</text>')
        for j in range(columns):
            v = values[i][j]
            x = x0 + j * cell
            if diagonal and i == j:
                fill = "#dfe2e6"
            else:
                fill = heat_colour(v, top) if v else ZERO
            body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{cell:.1f}" height="{cell_h:.1f}" fill="{fill}" '
                        f'stroke="#fff" stroke-width="1.5"><title>{_x(tooltip)} × {_x(column_labels[j][1])}: '
                        f'{"–" if diagonal and i == j else f"{v:,}"}</title></rect>')
            if show_numbers and v and not (diagonal and i == j):
                body.append(f'<text x="{x + cell / 2:.1f}" y="{y + cell_h / 2 + 4:.1f}" text-anchor="middle" '
                            f'font-size="10" fill="{_ink_on(fill)}">{v:,}</text>')
    return _svg(width_used, height, body, title)


def document_heatmap(model: ReportModel, *, max_documents: int = 40, max_codes: int = 80,
                     width: int = 760) -> Chart:
    """Codings per code (rows) and document (columns)."""
    documents = model.documents
    notes = []
    if len(documents) > max_documents:
        keep = {d.id for d in sorted(documents, key=lambda d: -d.codings)[:max_documents]}
        documents = [d for d in documents if d.id in keep]
        notes.append(fill(Report.tr("the %1 documents with the most codings of %2"), max_documents,
                          len(model.documents)))
    codes = model.codes
    if len(codes) > max_codes:
        keep = {c.id for c in sorted(codes, key=lambda c: -c.codings)[:max_codes]}
        codes = [c for c in codes if c.id in keep]
        notes.append(fill(Report.tr("the %1 most used of %2 codes"), max_codes, len(model.codes)))
    rows = [(c.name, c.path, c.color, c.depth) for c in codes]
    columns = [(d.name, d.name) for d in documents]
    values = [[c.by_document.get(d.name, 0) for d in documents] for c in codes]
    return Chart(_heatmap(rows, columns, values, Report.tr("Codings per code and document"), width=width), "; ".join(notes))


def cooccurrence_codes(model: ReportModel, max_codes: int) -> list[int]:
    """The codes a co-occurrence matrix shows: all, or those in most co-occurrences."""
    ids = model.cooccurrence.code_ids
    if len(ids) <= max_codes:
        return list(ids)
    totals = {code_id: sum(row) for code_id, row in zip(ids, model.cooccurrence.matrix)}
    keep = set(sorted(ids, key=lambda i: -totals[i])[:max_codes])
    return [i for i in ids if i in keep]


def cooccurrence_heatmap(model: ReportModel, *, max_codes: int = 40, width: int = 760) -> Chart:
    """How often two codes overlap (same coder), as a symmetric heat map."""
    co = model.cooccurrence
    shown = cooccurrence_codes(model, max_codes)
    index = {code_id: i for i, code_id in enumerate(co.code_ids)}
    codes = [model.code(i) for i in shown]
    rows = [(c.name, c.path, c.color, c.depth) for c in codes]
    columns = [(c.name, c.path) for c in codes]
    values = [[co.matrix[index[a]][index[b]] for b in shown] for a in shown]
    note = (fill(Report.tr("the %1 codes with the most overlaps of %2"), len(shown), len(co.code_ids))
            if len(shown) < len(co.code_ids) else "")
    return Chart(_heatmap(rows, columns, values, Report.tr("Code co-occurrence"), width=width, diagonal=True), note)


def report_charts(model: ReportModel) -> dict[str, Chart]:
    """Every chart of a report, as the HTML report shows them (and a GUI can): "frequency" (codings per
    code and coder), "documents" (code × document heat map), "cooccurrence" (code × code heat map)."""
    return {
        "frequency": frequency_chart(model),
        "documents": document_heatmap(model),
        "cooccurrence": cooccurrence_heatmap(model),
    }
