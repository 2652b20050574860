"""The agreement comparison as tables: rows for scripts and reports, CSV and Excel files.

Stable API (the codebook report and `accord agreement --export` use it):

    comparison_rows(result, *, documents=True) -> list[dict]
        One row per pair of coders × code × scope, the scope being "pooled" (over
        the documents) or "document" (one document); every compared code in each
        ("used" false where no compared coder applied it). Every row has every key of ROW_COLUMNS,
        None where a key does not apply or a figure is undefined. Pooled rows come
        first (pairs in coder order, codes in codebook order), then each document's;
        with documents=False (also for the other two) only the pooled rows.
    overall_rows(result, *, documents=True) -> list[dict]
        One row per pair × scope with the pooled kappa over codes (De Vries et al.
        2008) and the pooled percent agreement; keys OVERALL_COLUMNS.
    all_coders_rows(result, *, documents=True) -> list[dict]
        One row per code × scope with the figures of all coders together
        (α, Fleiss' κ, mean pairwise κ, |uα); keys ALL_CODERS_COLUMNS.
    across_codes_rows(result, *, documents=True) -> list[dict]
        One row per scope with cuα and (c|u)α of all compared coders over all
        compared codes at once; keys ACROSS_CODES_COLUMNS.
    write_csv(result, path)
        comparison_rows, overall_rows and across_codes_rows in one table, columns
        CSV_COLUMNS; the column "level" is "code", "all codes" or "across codes". UTF-8 with a byte-order mark (so
        spreadsheet programs read the κ and the accents), numbers unrounded
        (Python's repr: read back with float() they are the same), empty cells where
        None, booleans as true/false, lists joined with "; "; text a spreadsheet
        would run as a formula gets an apostrophe in front (core/spreadsheet_cells).
    write_xlsx(result, path)
        Sheets "Agreement" (pooled over documents: each pair's codes and its pooled
        kappa; with more than two coders also all coders' figures), "By document",
        "Across codes" (cuα and (c|u)α, pooled and per document),
        "Definitions" (statistic, column, definition, citation) and "Methods" (the
        methods paragraph, the settings and the references). Needs openpyxl.
        Headers and statistic names are methods.LABELS, as everywhere else.

Figures are as `AgreementResult.to_json()` gives them: percentages 0–100, other
coefficients on their own scale, no rounding (the xlsx shows 3 decimals, 1 for
percentages, but stores the full value). Both writers write to a temporary file
beside `path` and then put it in place, so a failed export leaves no half file.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..errors import AccordError
from ..files import write_atomically
from ..spreadsheet_cells import safe_cell, safe_row
from .methods import DEFINITIONS, LABELS, REFERENCES, Definition, cited_references, methods_paragraph, methods_text
from .report import PAIR_FIGURES, AgreementResult

__all__ = [
    "ALL_CODERS_COLUMNS", "BOOTSTRAP_FIGURES", "CSV_COLUMNS", "DEFINITIONS", "Definition", "OVERALL_COLUMNS",
    "ACROSS_CODES_COLUMNS", "REFERENCES", "ROW_COLUMNS", "across_codes_rows", "all_coders_rows", "cited_references", "comparison_rows", "methods_paragraph",
    "methods_text", "overall_rows", "write_csv", "write_xlsx",
]

BOOTSTRAP_FIGURES = ("cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019")
_INTERVAL = ("ci95_low", "ci95_high", "p_below_0.800", "p_below_0.667")

_KEYS = ("scope", "document", "pair", "first_coder", "second_coder")

ROW_COLUMNS: tuple[str, ...] = (
    *_KEYS, "code", "used",
    "characters", "both", "only_first", "only_second", "neither",
    *(name for figure in PAIR_FIGURES for name in (figure, f"{figure}_undefined_reason")),
    "first_segments", "first_matched", "second_segments", "second_matched",
    "presence",  # document rows: both | only_first | only_second | neither
    "same_frequency",  # document rows: both coders have as many segments
    "documents_both", "documents_only_first", "documents_only_second", "documents_same_frequency",  # pooled rows
    "presence_percent", "presence_percent_undefined_reason",
    "frequency_percent", "frequency_percent_undefined_reason",
    *(f"{figure}_{part}" for figure in BOOTSTRAP_FIGURES for part in _INTERVAL),  # pooled rows with a bootstrap
)

OVERALL_COLUMNS: tuple[str, ...] = (
    *_KEYS, "pooled_kappa", "pooled_kappa_undefined_reason",
    "pooled_percent_agreement", "pooled_percent_agreement_undefined_reason",
    "codes_compared", "codes_only_first", "codes_only_second",
    *(f"pooled_kappa_{part}" for part in _INTERVAL),
)

_GROUP_FIGURES = ("krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa", "unitizing_alpha_binary_2019")
ALL_CODERS_COLUMNS: tuple[str, ...] = (
    "scope", "document", "coders", "code", "used",
    *(name for figure in _GROUP_FIGURES for name in (figure, f"{figure}_undefined_reason")),
)

_ACROSS_FIGURES = ("cu_alpha", "c_given_u_alpha")
ACROSS_CODES_COLUMNS: tuple[str, ...] = (
    "scope", "document", "coders", *(name for figure in _ACROSS_FIGURES for name in (figure, f"{figure}_undefined_reason")),
)

CSV_COLUMNS: tuple[str, ...] = ("level",) + ROW_COLUMNS + tuple(
    c for c in OVERALL_COLUMNS + ACROSS_CODES_COLUMNS if c not in ROW_COLUMNS)


# -- rows ---------------------------------------------------------------------------------------
def _interval(out: dict, prefix: str, summary: dict | None) -> None:
    summary = summary or {}
    ci = summary.get("ci95") or [None, None]
    out[f"{prefix}_ci95_low"], out[f"{prefix}_ci95_high"] = ci
    out[f"{prefix}_p_below_0.800"] = summary.get("p_below_0.800")
    out[f"{prefix}_p_below_0.667"] = summary.get("p_below_0.667")


def _pair_row(scope: str, document: str | None, key: str, first: str, second: str, code: str, entry: dict) -> dict:
    pair = entry["pairs"][key]
    row = dict.fromkeys(ROW_COLUMNS)
    counts = pair["counts"]
    row.update(scope=scope, document=document, pair=key, first_coder=first, second_coder=second, code=code,
               used=entry["used"], characters=sum(counts.values()), **counts)
    for figure in PAIR_FIGURES:
        row[figure] = pair[figure]
        row[f"{figure}_undefined_reason"] = pair.get(f"{figure}_undefined_reason")
    segments = pair["segments"]
    row.update(first_segments=segments["first"]["segments"], first_matched=segments["first"]["matched"],
               second_segments=segments["second"]["segments"], second_matched=segments["second"]["matched"])
    if scope == "document":
        row["presence"] = segments["presence"]
        row["same_frequency"] = segments["same_frequency"]
    else:
        documents = segments["documents"]
        row.update(documents_both=documents["both"], documents_only_first=documents["only_first"],
                   documents_only_second=documents["only_second"],
                   documents_same_frequency=documents["same_frequency"])
        for name in ("presence_percent", "frequency_percent"):
            row[name] = segments[name]
            row[f"{name}_undefined_reason"] = segments.get(f"{name}_undefined_reason")
        if "bootstrap" in pair:
            for figure in BOOTSTRAP_FIGURES:
                _interval(row, figure, pair["bootstrap"].get(figure))
    return row


def _coder_names(key: str, result: AgreementResult) -> tuple[str, str]:
    i, j = result.selection.pairs[result.pair_keys.index(key)]
    return result.coders[i], result.coders[j]


def _scopes(result: AgreementResult, documents: bool = True):
    """(scope, document name or None, {"codes", "overall"}): pooled first, then each document."""
    yield "pooled", None, result.pooled_over_documents()
    if documents:
        for name in result.documents:
            yield "document", name, result.document(name)


def comparison_rows(result: AgreementResult, *, documents: bool = True) -> list[dict]:
    """One row per pair × code × scope (pooled over documents, or one document): see the module docstring.

    `documents=False`: the pooled rows only.
    """
    rows = []
    keys = result.pair_keys
    for scope, document, part in _scopes(result, documents):
        for key in keys:
            first, second = _coder_names(key, result)
            for code, entry in part["codes"].items():
                rows.append(_pair_row(scope, document, key, first, second, code, entry))
    return rows


def overall_rows(result: AgreementResult, *, documents: bool = True) -> list[dict]:
    """One row per pair × scope: pooled kappa over the codes either coder used, pooled percent agreement."""
    rows = []
    for scope, document, part in _scopes(result, documents):
        for key, entry in part["overall"]["pairs"].items():
            first, second = _coder_names(key, result)
            row = dict.fromkeys(OVERALL_COLUMNS)
            row.update(scope=scope, document=document, pair=key, first_coder=first, second_coder=second,
                       pooled_kappa=entry["pooled_kappa"],
                       pooled_kappa_undefined_reason=entry.get("pooled_kappa_undefined_reason"),
                       pooled_percent_agreement=entry["pooled_percent_agreement"],
                       pooled_percent_agreement_undefined_reason=entry.get(
                           "pooled_percent_agreement_undefined_reason"),
                       codes_compared=entry["codes"], codes_only_first=list(entry["only_first"]),
                       codes_only_second=list(entry["only_second"]))
            if "bootstrap" in entry:
                _interval(row, "pooled_kappa", entry["bootstrap"].get("pooled_kappa"))
            rows.append(row)
    return rows


def all_coders_rows(result: AgreementResult, *, documents: bool = True) -> list[dict]:
    """One row per code × scope with the figures of all compared coders together."""
    rows = []
    coders = ", ".join(result.coders)
    for scope, document, part in _scopes(result, documents):
        for code, entry in part["codes"].items():
            row = dict.fromkeys(ALL_CODERS_COLUMNS)
            row.update(scope=scope, document=document, coders=coders, code=code, used=entry["used"])
            for figure in _GROUP_FIGURES:
                row[figure] = entry["all_coders"].get(figure)
                row[f"{figure}_undefined_reason"] = entry["all_coders"].get(f"{figure}_undefined_reason")
            rows.append(row)
    return rows


def across_codes_rows(result: AgreementResult, *, documents: bool = True) -> list[dict]:
    """One row per scope: cuα and (c|u)α of all compared coders over all compared codes."""
    coders = ", ".join(result.coders)
    return [{"scope": scope, "document": document, "coders": coders,
             **{key: part["across_codes"].get(key) for key in ACROSS_CODES_COLUMNS[3:]}}
            for scope, document, part in _scopes(result, documents) if "across_codes" in part]


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return safe_cell("; ".join(str(v) for v in value))
    return safe_cell(value) if isinstance(value, str) else str(value)  # numbers stay numbers


def write_csv(result: AgreementResult, path: str | Path) -> Path:
    """The comparison (code rows, then each pair's "all codes" rows) as one CSV table: see the module docstring."""
    rows = [{"level": "code", **row} for row in comparison_rows(result)]
    rows += [{"level": "all codes", **row} for row in overall_rows(result)]
    rows += [{"level": "across codes", **row} for row in across_codes_rows(result)]

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(safe_row(CSV_COLUMNS))
            for row in rows:
                writer.writerow([_csv_value(row.get(column)) for column in CSV_COLUMNS])

    return write_atomically(path, write)


# -- xlsx ---------------------------------------------------------------------------------------
_PERCENT, _COEFFICIENT = "0.0", "0.000"
_PERCENTS = {"percent_agreement", "segment_percent", "presence_percent"}  # the rest are coefficients


def _notes(row: dict, figures) -> str:
    """"κ, α undefined: reason; …" for the undefined figures of a row (figures with one reason together)."""
    by_reason: dict[str, list[str]] = {}
    for figure in figures:
        reason = row.get(f"{figure}_undefined_reason")
        if reason:
            by_reason.setdefault(reason, []).append(LABELS.get(figure, figure))
    return "; ".join(f"{', '.join(symbols)} undefined: {reason}" for reason, symbols in by_reason.items())


class _Sheet:
    """Rows written into an openpyxl worksheet with number formats, a bold header and sensible widths."""

    def __init__(self, workbook, title: str):
        from openpyxl.styles import Font

        self.sheet = workbook.create_sheet(title)
        self.bold = Font(bold=True)
        self.widths: dict[int, int] = {}
        self.next = 1

    def row(self, values: list, formats: list | None = None, *, bold: bool = False, wrap: bool = False) -> None:
        from openpyxl.styles import Alignment

        index = self.next
        self.next += 1
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=index, column=column, value=safe_cell(_clean(value)))
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
            if formats and column <= len(formats) and formats[column - 1] and isinstance(value, (int, float)) \
                    and not isinstance(value, bool):
                cell.number_format = formats[column - 1]
            if bold:
                cell.font = self.bold
            if wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif isinstance(value, str):
                self.widths[column] = max(self.widths.get(column, 8), min(len(value) + 2, 60))

    def blank(self) -> None:
        self.next += 1

    def finish(self, *, freeze: str | None = "A2", widths: dict[int, int] | None = None) -> None:
        from openpyxl.utils import get_column_letter

        for column, width in {**self.widths, **(widths or {})}.items():
            self.sheet.column_dimensions[get_column_letter(column)].width = width
        if freeze:
            self.sheet.freeze_panes = freeze


def _clean(value):
    """Text without the control characters that xlsx cannot hold; lists joined; booleans as yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


_TABLE_FIGURES = ("percent_agreement", "cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019",
                  "unitizing_alpha_2004", "positive_agreement", "jaccard", "segment_percent")


def _figure_headers(with_presence: bool) -> tuple[list[str], list]:
    figures = list(_TABLE_FIGURES) + (["presence_percent"] if with_presence else [])
    return [LABELS[f] for f in figures], [_PERCENT if f in _PERCENTS else _COEFFICIENT for f in figures]


def _by_scope(rows: list[dict]) -> dict[tuple, list[dict]]:
    """Rows grouped by (document or None, pair)."""
    grouped: dict[tuple, list[dict]] = {}
    for row in rows:
        grouped.setdefault((row["document"], row["pair"]), []).append(row)
    return grouped


def _agreement_sheet(workbook, rows: list[dict], overall: list[dict], group: list[dict], result) -> None:
    sheet = _Sheet(workbook, "Agreement")
    grouped, totals = _by_scope(rows), _by_scope(overall)
    boot = result.bootstrap is not None
    names, formats = _figure_headers(with_presence=True)
    interval_headers, interval_formats = [], []
    if boot:
        for figure in BOOTSTRAP_FIGURES:
            symbol = LABELS[figure]
            interval_headers += [f"{symbol} 95 % low", f"{symbol} 95 % high", f"P({symbol} < 0.800)"]
            interval_formats += [_COEFFICIENT, _COEFFICIENT, "0.00"]
    headers = ["Coders", "Code", "Used", "Characters both coded", "Only first coder", "Only second coder",
               "Neither"] + names + interval_headers + ["Notes"]
    base = [None, None, None, "#,##0", "#,##0", "#,##0", "#,##0"]
    sheet.row(headers, bold=True)
    figures = list(_TABLE_FIGURES) + ["presence_percent"]
    for key in result.pair_keys:
        first, second = _coder_names(key, result)
        label = f"{first} | {second}"
        for row in grouped.get((None, key), []):
            values = [label, row["code"], row["used"], row["both"], row["only_first"], row["only_second"],
                      row["neither"]] + [row[f] for f in figures]
            if boot:
                for figure in BOOTSTRAP_FIGURES:
                    values += [row[f"{figure}_ci95_low"], row[f"{figure}_ci95_high"], row[f"{figure}_p_below_0.800"]]
            sheet.row(values + [_notes(row, figures)], base + formats + interval_formats)
        for total in totals.get((None, key), []):
            values = [label, f"All codes: {LABELS['pooled_kappa']} (De Vries et al., 2008)", None, None, None, None, None,
                      total["pooled_percent_agreement"], total["pooled_kappa"]] + [None] * (len(figures) - 2)
            if boot:
                values += [total["pooled_kappa_ci95_low"], total["pooled_kappa_ci95_high"],
                           total["pooled_kappa_p_below_0.800"]] + [None] * (len(interval_headers) - 3)
            note = _notes(total, ("pooled_kappa", "pooled_percent_agreement"))
            note = "; ".join(filter(None, [f"over {total['codes_compared']} codes either coder used", note]))
            sheet.row(values + [note], base + formats + interval_formats, bold=True)
    if len(result.coders) > 2:
        sheet.blank()
        sheet.row(["Coders", "Code", "Used"] + [LABELS[f] for f in _GROUP_FIGURES] + ["Notes"], bold=True)
        for row in (r for r in group if r["scope"] == "pooled"):
            sheet.row([row["coders"], row["code"], row["used"]] + [row[f] for f in _GROUP_FIGURES]
                      + [_notes(row, _GROUP_FIGURES)], [None, None, None] + [_COEFFICIENT] * 4)
    sheet.finish(freeze="C2")


def _documents_sheet(workbook, rows: list[dict], overall: list[dict], result) -> None:
    sheet = _Sheet(workbook, "By document")
    grouped, totals = _by_scope(rows), _by_scope(overall)
    names, formats = _figure_headers(with_presence=False)
    sheet.row(["Document", "Coders", "Code", "Characters both coded", "Only first coder", "Only second coder",
               "Neither"] + names + ["Segments first", "Segments second", "Notes"], bold=True)
    base = [None, None, None, "#,##0", "#,##0", "#,##0", "#,##0"]
    figures = list(_TABLE_FIGURES)
    for document in result.documents:
        for key in result.pair_keys:
            first, second = _coder_names(key, result)
            label = f"{first} | {second}"
            for row in grouped.get((document, key), []):
                sheet.row([document, label, row["code"], row["both"], row["only_first"], row["only_second"],
                           row["neither"]] + [row[f] for f in figures]
                          + [row["first_segments"], row["second_segments"], _notes(row, figures)],
                          base + formats + ["0", "0"])
            for total in totals.get((document, key), []):
                note = _notes(total, ("pooled_kappa", "pooled_percent_agreement"))
                note = "; ".join(filter(None, [f"over {total['codes_compared']} codes either coder used", note]))
                sheet.row([document, label, f"All codes: {LABELS['pooled_kappa']}", None, None, None, None,
                           total["pooled_percent_agreement"], total["pooled_kappa"]]
                          + [None] * (len(figures) - 2) + [None, None, note], base + formats, bold=True)
    sheet.finish(freeze="D2")


def _across_codes_sheet(workbook, result: AgreementResult) -> None:
    sheet = _Sheet(workbook, "Across codes")
    sheet.row(["Scope", "Coders"] + [LABELS[f] for f in _ACROSS_FIGURES] + ["Notes"], bold=True)
    for row in across_codes_rows(result):
        scope = "Pooled over the documents" if row["scope"] == "pooled" else row["document"]
        sheet.row([scope, row["coders"]] + [row[f] for f in _ACROSS_FIGURES] + [_notes(row, _ACROSS_FIGURES)],
                  [None, None, _COEFFICIENT, _COEFFICIENT], bold=row["scope"] == "pooled")
    sheet.finish(freeze="C2")


def _definitions_sheet(workbook) -> None:
    sheet = _Sheet(workbook, "Definitions")
    sheet.row(["Statistic", "Column", "Definition", "Citation"], bold=True)
    for item in DEFINITIONS:
        sheet.row([item.statistic, item.column, item.definition, item.citation])
    for row in sheet.sheet.iter_rows(min_row=2, min_col=3, max_col=3):
        for cell in row:
            from openpyxl.styles import Alignment

            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.finish(widths={1: 34, 2: 30, 3: 100, 4: 44})


def _methods_sheet(workbook, result: AgreementResult) -> None:
    from ... import __version__

    options = result.options
    sheet = _Sheet(workbook, "Methods")
    paragraph = methods_paragraph(result)
    sheet.row(["Methods"], bold=True)
    sheet.row([paragraph], wrap=True)
    sheet.blank()
    sheet.row(["Settings"], bold=True)
    for label, value in [("Coders", ", ".join(result.coders)), ("Documents", ", ".join(result.documents)),
                         ("Characters", int(result.selection.document_lengths.sum())),
                         ("Codes compared", len(result.codes)),
                         ("Whitespace trimmed", bool(options.trim_whitespace)),
                         ("Segment overlap", float(options.overlap)),
                         ("Bootstrap resamples", options.bootstrap if result.bootstrap is not None else 0),
                         ("Bootstrap seed", options.seed if result.bootstrap is not None else None),
                         ("Bootstrap resampled", f"speaker turns ({result.bootstrap.resampled})"
                          if result.bootstrap is not None and result.bootstrap.unit == "turn" else "documents"),
                         ("Zero-length codings left out", result.dropped_zero_length),
                         ("Accord", __version__)]:
        sheet.row([f"{label}: {_clean(value) if value is not None else '—'}"])
    sheet.blank()
    sheet.row(["References"], bold=True)
    for reference in cited_references(paragraph):
        sheet.row([reference], wrap=True)
    sheet.finish(freeze=None, widths={1: 120})


def write_xlsx(result: AgreementResult, path: str | Path) -> Path:
    """The comparison as an Excel workbook: Agreement, By document, Definitions, Methods (see the module)."""
    try:
        from openpyxl import Workbook
    except ImportError as missing:  # pragma: no cover - openpyxl is a dependency
        raise AccordError("writing .xlsx files needs the openpyxl package (pip install openpyxl); "
                          "write a .csv instead") from missing
    rows = comparison_rows(result)
    overall = overall_rows(result)
    group = all_coders_rows(result) if len(result.coders) > 2 else []
    workbook = Workbook()
    workbook.remove(workbook.active)
    _agreement_sheet(workbook, rows, overall, group, result)
    _documents_sheet(workbook, [r for r in rows if r["scope"] == "document"], overall, result)
    _across_codes_sheet(workbook, result)
    _definitions_sheet(workbook)
    _methods_sheet(workbook, result)
    return write_atomically(path, lambda target: workbook.save(target))
