"""What the comparison window shows, as plain data: the agreement matrix and the disagreement list.

No widgets here. `build_matrix` turns an AgreementResult into rows of cells
(code × document, a pooled column, an "all codes" row) for one metric and one
pair of coders (or all coders); `band` and `format_value` say how a figure is
coloured and written. `describe` and `disagreement_key` serve the
disagreement navigator.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.agreement import AgreementResult, Disagreement
from ...core.agreement.methods import LABELS
from ..i18n import fill, integer, number, translate

# Krippendorff's usual thresholds: below .667 discard, .667–.800 tentative conclusions, from .800 reliable.
LOW, HIGH = 0.667, 0.800

BANDS = {  # band: (background, text), for light and dark palettes
    "good": (("#cde8cf", "#1b5e20"), ("#1f4d2a", "#d6f5d9")),
    "tentative": (("#fbe3ac", "#6d4700"), ("#5a4514", "#ffe7b0")),
    "poor": (("#f5c6c1", "#8b1a12"), ("#5c2320", "#ffd3ce")),
    "undefined": (("#e3e3e3", "#6a6a6a"), ("#3b3b3b", "#a8a8a8")),
}
BAND_LABELS = {  # %1, %2: the thresholds, written as the locale writes decimals (band_label)
    "good": QT_TRANSLATE_NOOP("ComparisonModel", "≥ %1 reliable"),
    "tentative": QT_TRANSLATE_NOOP("ComparisonModel", "%1 – %2 tentative"),
    "poor": QT_TRANSLATE_NOOP("ComparisonModel", "< %1 unreliable"),
    "undefined": QT_TRANSLATE_NOOP("ComparisonModel", "undefined"),
}

NO_PERCENT_INTERVAL = QT_TRANSLATE_NOOP("ComparisonModel", "Intervals are computed for α and κ, not for % agreement.")


def _tr(text: str) -> str:  # text marked with QT_TRANSLATE_NOOP("ComparisonModel", …), translated when shown
    return translate("ComparisonModel", text)


class ComparisonModel:  # lupdate takes ComparisonModel.tr(text, "", n) for a plural; translate(…, "", n) it misses
    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("ComparisonModel", text, disambiguation, n)


def figure_label(key: str) -> str:  # the name of a figure (a key of core's LABELS), translated
    return translate("Methods", LABELS[key])


def threshold(value: float) -> str:  # as statisticians write it, without the leading zero: .800 (,800 in German)
    return number(value, 3).removeprefix("0")


def band_label(name: str) -> str:
    limits = {"good": (HIGH,), "tentative": (LOW, HIGH), "poor": (LOW,)}.get(name, ())
    return fill(_tr(BAND_LABELS[name]), *map(threshold, limits))


@dataclass(frozen=True)
class Metric:  # its names are looked up in the interface language when shown
    key: str
    symbol: str
    pair_figure: str  # figure of a pair of coders
    group_figure: str | None  # figure of all coders (None: the mean over the pairs)
    percent: bool = False  # a percentage (0–100), coloured at 66.7 and 80
    pooled_figure: str | None = None  # the "all codes" figure of its own kind; None: no totals row

    @property
    def label(self) -> str:
        return figure_label(self.pair_figure)

    @property
    def group_label(self) -> str:
        if self.group_figure is None:
            return translate("ComparisonModel", "mean pairwise percent agreement")
        return figure_label(self.group_figure)

    @property
    def pooled_label(self) -> str:
        return figure_label(self.pooled_figure) if self.pooled_figure else ""


# No pooled α over codes exists, so the α view has no totals row rather than a κ one.
METRICS: tuple[Metric, ...] = (
    Metric("alpha", "α", "krippendorff_alpha", "krippendorff_alpha"),
    Metric("kappa", "κ", "cohen_kappa", "fleiss_kappa", pooled_figure="pooled_kappa"),
    Metric("percent", "%", "percent_agreement", None, percent=True, pooled_figure="pooled_percent_agreement"),
)
METRIC_BY_KEY = {metric.key: metric for metric in METRICS}


def band(value: float | None, percent: bool = False) -> str:
    """"good", "tentative", "poor" or "undefined" for a figure (a percentage when `percent`)."""
    if value is None:
        return "undefined"
    share = value / 100 if percent else value
    if share >= HIGH:
        return "good"
    if share >= LOW:
        return "tentative"
    return "poor"


def format_value(value: float | None, percent: bool = False) -> str:
    """A figure as the interface shows it: the locale's decimal separator, a true minus sign (−)."""
    if value is None:
        return translate("ComparisonModel", "n/a")
    if percent:
        return f"{number(value, 1)} %"
    return number(value, 3).replace("-", "−")


def format_share(share: float | None) -> str:
    if share is None:
        return ""
    if share == 0:
        return "0 %"
    if share < 0.001:
        return f"< {number(0.1, 1)} %"
    return f"{number(100 * share, 1)} %"


@dataclass
class Cell:
    """One figure of the matrix; `value` None is undefined (`reason` says why) or unused (`used` False)."""

    value: float | None = None
    reason: str = ""
    used: bool = True
    prevalence: float | None = None  # mean share of characters the compared coders coded
    interval: list[float] | None = None  # bootstrap 95 % interval
    interval_note: str = ""  # why there is no interval, or the chances of falling below the thresholds
    details: dict = field(default_factory=dict)  # the engine's entry behind the cell
    code: str | None = None  # None: all codes
    document: str | None = None  # None: pooled over documents

    def band(self, percent: bool) -> str:
        return band(self.value, percent) if self.used else "unused"


@dataclass
class MatrixRow:
    code: str | None  # None: the "all codes" row
    label: str
    depth: int
    cells: list[Cell]  # one per document, then the pooled cell


@dataclass
class Matrix:
    metric: Metric
    documents: list[str]
    document_ids: list[int]
    rows: list[MatrixRow]
    coders: tuple[str, ...]  # the compared coders (a pair, or all)
    pair: tuple[str, str] | None  # None: all coders
    has_intervals: bool

    @property
    def columns(self) -> int:
        return len(self.documents) + 1

    def cell(self, code: str | None, document: str | None) -> Cell:
        for row in self.rows:
            if row.code == code:
                return row.cells[self.documents.index(document) if document is not None else -1]
        raise KeyError(code)


def build_matrix(result: AgreementResult, metric: Metric, pair: tuple[str, str] | None,
                 depths: dict[str, int] | None = None) -> Matrix:
    """The matrix of one metric: rows are codes (then all codes), columns documents (then pooled)."""
    depths = depths or {}
    key = result.pair_key(*pair) if pair is not None else None
    documents = list(result.documents)
    by_document = [result.document(name) for name in documents]
    pooled = result.pooled_over_documents()
    rows: list[MatrixRow] = []
    for code in result.codes:
        cells = []
        for name, data in zip(documents, by_document):
            entry = data["codes"].get(code)
            if entry is None:
                reason = fill(translate("ComparisonModel", "No compared coder applied “%1” in %2."),
                              code, name)
                cells.append(Cell(None, reason, used=False, prevalence=0.0, code=code, document=name))
            else:
                cells.append(_code_cell(result, entry, metric, key, code, name))
        cells.append(_code_cell(result, pooled["codes"][code], metric, key, code, None))
        rows.append(MatrixRow(code, code, depths.get(code, 0), cells))
    if metric.pooled_figure is not None:
        overall_cells = [_overall_cell(data["overall"], metric, key, name)
                         for name, data in zip(documents, by_document)]
        overall_cells.append(_overall_cell(pooled["overall"], metric, key, None))
        label = fill(translate("ComparisonModel", "All codes (%1)"), metric.pooled_label)
        rows.append(MatrixRow(None, label, 0, overall_cells))
    return Matrix(metric, documents, list(result.selection.document_ids), rows,
                  tuple(pair) if pair else tuple(result.coders), tuple(pair) if pair else None,
                  result.bootstrap is not None)


def _code_cell(result: AgreementResult, entry: dict, metric: Metric, key: str | None, code: str,
               document: str | None) -> Cell:
    if not entry["used"]:
        reason = fill(translate("ComparisonModel", "No compared coder applied “%1” in %2.")
                      if document else translate(
                          "ComparisonModel", "No compared coder applied “%1” in any document."), code, document)
        return Cell(None, reason, used=False, prevalence=0.0, details=entry, code=code, document=document)
    if key is not None:
        figures = entry["pairs"][key]
        value, reason = figures[metric.pair_figure], figures.get(f"{metric.pair_figure}_undefined_reason", "")
        prevalence = _pair_prevalence(figures["counts"])
        boot = figures.get("bootstrap", {}).get(metric.pair_figure) if document is None else None
    else:
        if metric.group_figure is not None:
            group = entry["all_coders"]
            value, reason = group[metric.group_figure], group.get(f"{metric.group_figure}_undefined_reason", "")
            boot = group.get("bootstrap", {}).get(metric.group_figure) if document is None else None
        else:
            value, reason = _mean([p[metric.pair_figure] for p in entry["pairs"].values()])
            boot = None
        prevalence = _group_prevalence(result, entry)
    cell = Cell(value, reason, True, prevalence, details=entry, code=code, document=document)
    _attach_interval(cell, boot, metric, document)
    return cell


def _overall_cell(overall: dict, metric: Metric, key: str | None, document: str | None) -> Cell:
    figure = metric.pooled_figure
    boot = None
    if key is not None:
        entry = overall["pairs"][key]
        value, reason = entry[figure], entry.get(f"{figure}_undefined_reason", "")
        if document is None:
            boot = entry.get("bootstrap", {}).get("pooled_kappa") if not metric.percent else None
    elif metric.percent:
        value, reason = _mean([p[figure] for p in overall["pairs"].values()])
    else:
        group = overall["all_coders"]
        value = group["mean_pairwise_pooled_kappa"]
        reason = group.get("mean_pairwise_pooled_kappa_undefined_reason", "")
    used = bool(overall["codes_used"])
    if not used:
        reason = translate("ComparisonModel", "No compared coder applied any code here.")
    cell = Cell(value, reason, used, None, details=overall, code=None, document=document)
    if document is None:
        if boot is not None:
            _attach_interval(cell, boot, metric, document)
        elif metric.percent:
            cell.interval_note = _tr(NO_PERCENT_INTERVAL)
        elif key is None:
            cell.interval_note = translate("ComparisonModel", "No interval for the mean over pairs.")
    return cell


def _attach_interval(cell: Cell, boot: dict | None, metric: Metric, document: str | None) -> None:
    if document is not None:
        return
    if metric.percent:
        cell.interval_note = _tr(NO_PERCENT_INTERVAL)
        return
    if boot is None:  # no bootstrap yet, or none for this figure
        return
    cell.interval = boot.get("ci95")
    if cell.interval is None:
        cell.interval_note = boot.get("ci95_undefined_reason", translate(
            "ComparisonModel", "undefined in every resample"))
    else:
        below_high, below_low = boot.get("p_below_0.800"), boot.get("p_below_0.667")
        cell.interval_note = fill(translate(
            "ComparisonModel", "%1 of %2 resamples defined; P(below %3) = %4, P(below %5) = %6"),
            integer(boot["defined"]), integer(boot["resamples"]), threshold(HIGH), number(below_high, 2),
            threshold(LOW), number(below_low, 2))


def _mean(values: list[float | None]) -> tuple[float | None, str]:
    defined = [v for v in values if v is not None]
    if not defined:
        return None, translate("ComparisonModel", "undefined for every pair of coders")
    return sum(defined) / len(defined), ""


def _pair_prevalence(counts: dict) -> float | None:
    n = counts["both"] + counts["only_first"] + counts["only_second"] + counts["neither"]
    if not n:
        return None
    return (2 * counts["both"] + counts["only_first"] + counts["only_second"]) / (2 * n)


def _group_prevalence(result: AgreementResult, entry: dict) -> float | None:
    """The mean over the coders of the share of characters each coded (from the pair counts)."""
    selection = result.selection
    coded: dict[int, int] = {}
    n = 0
    for i, j in selection.pairs:
        counts = entry["pairs"][selection.pair_key(i, j)]["counts"]
        n = counts["both"] + counts["only_first"] + counts["only_second"] + counts["neither"]
        coded.setdefault(i, counts["both"] + counts["only_first"])
        coded.setdefault(j, counts["both"] + counts["only_second"])
    if not n or not coded:
        return None
    return sum(coded.values()) / (len(coded) * n)


def cell_tooltip(cell: Cell, metric: Metric, matrix: Matrix) -> str:
    """Rich text for a cell's tooltip: where, the figure (or why there is none) and its basis."""
    what = html.escape(cell.code) if cell.code else translate("ComparisonModel", "All codes")
    where = html.escape(cell.document) if cell.document else translate("ComparisonModel", "pooled over documents")
    coders = len(matrix.coders)
    who = " ↔ ".join(matrix.pair) if matrix.pair else ComparisonModel.tr("all %n coders", "", coders)
    name = html.escape(_figure_name(cell, metric, matrix))
    lines = [f"<b>{what}</b> · {where}", f"<span style='color:gray'>{html.escape(who)}</span>"]
    if not cell.used:
        lines.append(html.escape(cell.reason or translate("ComparisonModel", "Not used here.")))
        return "<br>".join(lines)
    if cell.value is None:
        lines.append(fill(translate("ComparisonModel", "%1: <b>undefined</b> — %2"), name, html.escape(cell.reason)))
    else:
        lines.append(f"{name}: <b>{format_value(cell.value, metric.percent)}</b>"
                     f" ({html.escape(band_label(band(cell.value, metric.percent)))})")
    if cell.prevalence is not None:
        lines.append(fill(translate("ComparisonModel", "Prevalence: %1 of the characters coded"),
                          format_share(cell.prevalence)))
    if cell.interval is not None:
        lo, hi = cell.interval
        lines.append(fill(translate("ComparisonModel", "95 % interval: %1 – %2"), format_value(lo), format_value(hi)))
    if cell.interval_note:
        lines.append(f"<span style='color:gray'>{html.escape(cell.interval_note)}</span>")
    return "<br>".join(lines)


def _figure_name(cell: Cell, metric: Metric, matrix: Matrix) -> str:
    if cell.code is None:
        if metric.percent:
            return metric.pooled_label if matrix.pair else translate(
                "ComparisonModel", "Mean pooled percent agreement")
        return metric.pooled_label if matrix.pair else figure_label("mean_pairwise_pooled_kappa")
    return metric.label if matrix.pair else metric.group_label


def cell_details(cell: Cell, matrix: Matrix) -> list[tuple[str, str]]:
    """The figures behind a cell, as (label, value) lines for the details panel."""
    entry = cell.details
    out: list[tuple[str, str]] = []
    if cell.code is None:
        for key, pair in entry.get("pairs", {}).items():
            if matrix.pair and key != "|".join(_pair_order(matrix, entry)):
                continue
            out.append((f"{key.replace('|', ' ↔ ')}", ""))
            out.append(("  " + figure_label("pooled_kappa"), format_value(pair["pooled_kappa"])))
            out.append(("  " + figure_label("pooled_percent_agreement"),
                        format_value(pair["pooled_percent_agreement"], True)))
            out.append(("  " + translate("ComparisonModel", "Codes either used"),
                        integer(pair["codes"])))
        if entry.get("codes_one_sided"):
            out.append((translate("ComparisonModel", "One-sided codes"),
                        ", ".join(f"{c} ({who})" for c, who in entry["codes_one_sided"].items())))
        return out
    if not entry:
        return out
    pairs = entry.get("pairs", {})
    shown = [k for k in pairs if matrix.pair is None or k == "|".join(_pair_order(matrix, entry))]
    for key in shown:
        pair = pairs[key]
        first, second = key.split("|", 1)
        counts = pair["counts"]
        if len(shown) > 1:
            out.append((key.replace("|", " ↔ "), ""))
        only = translate("ComparisonModel", "Only %1")
        out.append((translate("ComparisonModel", "Characters both coded"), integer(counts["both"])))
        out.append((fill(only, first), integer(counts["only_first"])))
        out.append((fill(only, second), integer(counts["only_second"])))
        out.append((translate("ComparisonModel", "Neither"), integer(counts["neither"])))
        for figure in ("krippendorff_alpha", "cohen_kappa", "percent_agreement", "positive_agreement", "jaccard",
                       "unitizing_alpha_binary_2019", "unitizing_alpha_2004"):
            out.append((figure_label(figure), format_value(pair[figure], figure == "percent_agreement")))
        segments = pair["segments"]
        out.append((translate("ComparisonModel", "Segments matched"),
                    f"{integer(segments['first']['matched'])}/{integer(segments['first']['segments'])} · "
                    f"{integer(segments['second']['matched'])}/{integer(segments['second']['segments'])}"))
    if matrix.pair is None:
        group = entry.get("all_coders", {})
        out.append((translate("ComparisonModel", "All coders"), ""))
        for figure in ("krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa"):
            out.append(("  " + figure_label(figure), format_value(group.get(figure))))
    return out


def _pair_order(matrix: Matrix, entry: dict) -> tuple[str, str]:
    """The pair as the engine keys it (coder order), whichever way round the user picked it."""
    a, b = matrix.pair
    return (a, b) if f"{a}|{b}" in entry.get("pairs", {}) else (b, a)


# -- disagreements ---------------------------------------------------------------------

KIND_ORDER = ("boundary", "omission", "confusion")
# Names and help are marked for translation here and translated when shown: kind_label, kind_help, decision_label.
KIND_LABELS = {"boundary": QT_TRANSLATE_NOOP("ComparisonModel", "Boundary"),
               "omission": QT_TRANSLATE_NOOP("ComparisonModel", "Omission"),
               "confusion": QT_TRANSLATE_NOOP("ComparisonModel", "Confusion")}
KIND_COLOURS = {"boundary": "#3b78c4", "omission": "#8e4dbf", "confusion": "#d9822b"}
KIND_HELP = {
    "boundary": QT_TRANSLATE_NOOP("ComparisonModel", "Both coded the same code here, over different extents."),
    "omission": QT_TRANSLATE_NOOP("ComparisonModel", "Only one coder coded this passage with this code."),
    "confusion": QT_TRANSLATE_NOOP("ComparisonModel", "The coders gave overlapping passages different codes."),
}
DECISION_LABELS = {
    "accept_first": QT_TRANSLATE_NOOP("ComparisonModel", "Accept A"),
    "accept_second": QT_TRANSLATE_NOOP("ComparisonModel", "Accept B"),
    "union": QT_TRANSLATE_NOOP("ComparisonModel", "Union"),
    "intersection": QT_TRANSLATE_NOOP("ComparisonModel", "Intersection"),
    "edit": QT_TRANSLATE_NOOP("ComparisonModel", "Edit"),
    "neither": QT_TRANSLATE_NOOP("ComparisonModel", "Neither"),
}


def kind_label(kind: str) -> str:
    return _tr(KIND_LABELS[kind])


def kind_help(kind: str) -> str:
    return _tr(KIND_HELP[kind])


def decision_label(decision: str) -> str:
    return _tr(DECISION_LABELS[decision])


def disagreement_key(d: Disagreement) -> tuple:
    """What identifies a disagreement across recomputations (the list is rebuilt after every change)."""
    return (d.kind, d.document_id, d.first_code, d.second_code, d.first_span, d.second_span)


def describe(d: Disagreement, first: str, second: str) -> str:
    """One sentence on what the coders did here."""
    if d.kind == "boundary":
        return fill(translate("ComparisonModel", "Both coded “%1”, over different extents."), d.first_code)
    if d.kind == "confusion":
        return fill(translate("ComparisonModel", "%1 coded “%2” where %3 coded “%4”."),
                    first, d.first_code, second, d.second_code)
    only = translate("ComparisonModel", "Only %1 coded “%2” here; %3 did not.")
    if d.first_code is not None:
        return fill(only, first, d.first_code, second)
    return fill(only, second, d.second_code, first)


def span_text(span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    size = span[1] - span[0]
    return fill(ComparisonModel.tr("%1–%2 (%Ln character(s))", "", size),
                integer(span[0]), integer(span[1]))


def placements(d: Disagreement, decision: str) -> list[tuple[str, tuple[int, int]]]:
    """What a decision would write (code, span), as adjudicate() decides it; for the buttons' tooltips."""
    first = (d.first_code, d.first_span) if d.first_code and d.first_span else None
    second = (d.second_code, d.second_span) if d.second_code and d.second_span else None
    if decision == "accept_first":
        return [first] if first else []
    if decision == "accept_second":
        return [second] if second else []
    if decision == "neither":
        return []
    same = first and second and first[0] == second[0]
    if decision == "union":
        if same:
            return [(first[0], (min(first[1][0], second[1][0]), max(first[1][1], second[1][1])))]
        return [p for p in (first, second) if p]
    if decision == "intersection" and same:
        lo, hi = max(first[1][0], second[1][0]), min(first[1][1], second[1][1])
        return [(first[0], (lo, hi))] if lo < hi else []
    return []


def find_matrix_target(disagreements: list[Disagreement], code: str | None, document_id: int | None) -> int | None:
    """The first (largest) disagreement about a code (None: any) in a document (None: any)."""
    for index, d in enumerate(disagreements):
        if document_id is not None and d.document_id != document_id:
            continue
        if code is not None and code not in (d.first_code, d.second_code):
            continue
        return index
    return None


__all__ = [
    "BANDS", "BAND_LABELS", "Cell", "DECISION_LABELS", "HIGH", "KIND_COLOURS", "KIND_HELP",  # not text: names
    "KIND_LABELS", "KIND_ORDER", "LOW", "METRICS", "METRIC_BY_KEY", "Matrix", "MatrixRow", "Metric",  # not text: names
    "band", "band_label", "build_matrix", "cell_details", "cell_tooltip", "decision_label", "describe",
    "disagreement_key", "figure_label", "find_matrix_target", "format_share", "format_value", "kind_help",
    "kind_label", "placements", "span_text", "threshold",
]
