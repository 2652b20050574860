"""The report's tables for spreadsheets: CSV (one file per table) and XLSX (one sheet per table).

Tables (name: one row per ...):

    codebook       code: id, path, name, parent, level, colour, description,
                   definition, inclusion, exclusion, example, codings, documents,
                   codings with sub-codes, then "codings: CODER" for each coder
    segments       coded segment: coding id, document, code, code path, coder,
                   start, end, speaker, text, memo (memo empty unless memos were
                   asked for); needs a model built with ReportOptions(segments=True)
    code_document  code: path, id, then one column per document, total
    code_coder     code: path, id, then one column per coder, total
    code_speaker   code: path, id, then one column per speaker (codings touching
                   that speaker's turns), total codings -- only when some document
                   has speaker turns
    cooccurrence   pair of codes that overlap: code a, code b, places (each
                   maximal stretch coded with both, core/analysis/relations)
    documents      document: name, characters, codings, codes, one column per attribute
    coders         coder: name, codings, documents
    agreement      code (and "All codes"): path, agreement, kappa, alpha, alpha low,
                   alpha high, units -- only when the report has an agreement section

CSV files are UTF-8 (no byte-order mark), comma-separated, quoted where needed,
with a header row. OUT is a folder (created if missing) holding `codebook.csv`,
`segments.csv`, ...; or, when OUT ends in `.csv`, a prefix: `out/study.csv`
gives `out/study-codebook.csv`, `out/study-segments.csv`, ...
In both formats, text a spreadsheet would run as a formula gets an apostrophe in
front (core/spreadsheet_cells).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..spreadsheet_cells import safe_cell, safe_row
from .model import ReportModel

SEGMENT_TEXT_LIMIT = 32_000   # Excel keeps at most 32,767 characters in a cell
STYLED_ROWS = 2_000           # tables up to this size get wrapped text and colour swatches in XLSX


@dataclass
class Table:
    name: str              # file stem / identifier: "codebook"
    title: str             # sheet name: "Codebook"
    headers: list[str]
    rows: list[list]
    widths: list[int] | None = None   # column widths in characters (XLSX)
    colour_column: int | None = None  # a column of "#rrggbb" values shown as swatches (XLSX)


def report_tables(model: ReportModel) -> list[Table]:
    coders = model.coder_names
    documents = model.document_names
    by_id = {c.id: c for c in model.codes}
    tables = [
        Table("codebook", "Codebook",
              ["id", "path", "name", "parent", "level", "colour", "description", "definition", "inclusion",
               "exclusion", "example", "codings", "documents", "codings with sub-codes"]
              + [f"codings: {name}" for name in coders],
              [[c.id, c.path, c.name, by_id[c.parent_id].path if c.parent_id in by_id else "", c.depth + 1, c.color,
                c.description, c.definition, c.inclusion, c.exclusion, c.example, c.codings, c.documents,
                c.codings_with_subcodes] + [c.by_coder[name] for name in coders] for c in model.codes],
              [6, 34, 22, 22, 6, 9, 40, 40, 40, 40, 40, 9, 10, 12] + [12] * len(coders), colour_column=5),
    ]
    if model.segments is not None:
        tables.append(Table(
            "segments", "Coded segments",
            ["coding id", "document", "code", "code path", "coder", "start", "end", "speaker", "text", "memo"],
            [[s.coding_id, s.document, s.code, s.code_path, s.coder, s.start, s.end, s.speaker, s.text, s.memo]
             for s in model.segments],
            [9, 20, 22, 34, 12, 8, 8, 14, 80, 30]))
    tables += [
        Table("code_document", "Codes by document", ["code", "code id"] + documents + ["total"],
              [[c.path, c.id] + [c.by_document.get(d, 0) for d in documents] + [c.codings] for c in model.codes],
              [34, 8] + [max(8, min(20, len(d) + 2)) for d in documents] + [8]),
        Table("code_coder", "Codes by coder", ["code", "code id"] + coders + ["total"],
              [[c.path, c.id] + [c.by_coder[name] for name in coders] + [c.codings] for c in model.codes],
              [34, 8] + [max(8, min(20, len(n) + 2)) for n in coders] + [8]),
    ]
    if model.by_speaker is not None:
        speakers = model.by_speaker.speakers
        tables.append(Table(
            "code_speaker", "Codes by speaker", ["code", "code id"] + speakers + ["codings"],
            [[c.path, c.id] + [model.by_speaker.of(c.id, s) for s in speakers] + [c.codings] for c in model.codes],
            [34, 8] + [max(8, min(20, len(s) + 2)) for s in speakers] + [8]))
    tables += [
        Table("cooccurrence", "Co-occurrence", ["code a", "code b", "places"],
              [[by_id[a].path, by_id[b].path, n] for a, b, n in model.cooccurrence.pairs], [34, 34, 10]),
        Table("documents", "Documents", ["document", "characters", "codings", "codes"] + model.attribute_keys,
              [[d.name, d.length, d.codings, d.codes] + [d.attributes.get(k, "") for k in model.attribute_keys]
               for d in model.documents],
              [24, 11, 9, 8] + [16] * len(model.attribute_keys)),
        Table("coders", "Coders", ["coder", "codings", "documents"],
              [[c.name, c.codings, c.documents] for c in model.coders], [20, 10, 10]),
    ]
    if model.agreement is not None:
        rows = [r for r in model.agreement.rows] + ([model.agreement.overall] if model.agreement.overall else [])
        tables.append(Table(
            "agreement", "Agreement",
            ["code", "agreement", "kappa", "alpha", "alpha low", "alpha high", "units"],
            [[r.path or "All codes", r.percent, r.kappa, r.alpha, r.alpha_low, r.alpha_high, r.units] for r in rows],
            [34, 10, 8, 8, 10, 10, 10]))
    return tables


# -- CSV -------------------------------------------------------------------------
def csv_paths(out: Path, names: list[str]) -> dict[str, Path]:
    """Where each table goes: OUT/NAME.csv, or (OUT ends in .csv) OUT-stem-NAME.csv beside it."""
    out = Path(out)
    if out.suffix.lower() == ".csv":
        return {name: out.with_name(f"{out.stem}-{name}.csv") for name in names}
    return {name: out / f"{name}.csv" for name in names}


def csv_text(table: Table) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(safe_row(table.headers))  # headers hold document, coder and attribute names
    writer.writerows([["" if v is None else v for v in safe_row(row)] for row in table.rows])
    return buffer.getvalue()


# -- XLSX ------------------------------------------------------------------------
def xlsx_bytes(model: ReportModel) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="EEF1F4")
    wrap = Alignment(wrap_text=True, vertical="top")

    def cell(sheet, value, *, header: bool = False, fill: str | None = None, wrapped: bool = False):
        item = WriteOnlyCell(sheet, value=safe_cell(value))
        if isinstance(value, str):
            item.data_type = "s"  # text, never a formula
        if header:
            item.font, item.fill = bold, header_fill
        if fill:
            item.fill = PatternFill("solid", fgColor=fill.lstrip("#").upper())
        if wrapped:
            item.alignment = wrap
        return item

    def text(value):
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if len(value) > SEGMENT_TEXT_LIMIT:
                value = value[:SEGMENT_TEXT_LIMIT] + " […]"
        return safe_cell(value)  # after cleaning: dropping a control character may bare an "="

    for table in report_tables(model):
        sheet = workbook.create_sheet(table.title[:31])
        for index, width in enumerate(table.widths or [], start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "B2" if table.name in ("code_document", "code_coder", "codebook") else "A2"
        sheet.append([cell(sheet, h, header=True) for h in table.headers])
        # Styled cells are slow to write: small tables get wrapped text and swatches, large ones plain
        # values (safe as they are: no neutralised text starts with "=", so openpyxl stores it as text).
        styled = len(table.rows) <= STYLED_ROWS
        long_text = {i for i, w in enumerate(table.widths or []) if w >= 40} if styled else set()
        for row in table.rows:
            values = [text(v) for v in row]
            if styled:
                sheet.append([cell(sheet, v, fill=v if i == table.colour_column and v else None,
                                   wrapped=i in long_text) for i, v in enumerate(values)])
            else:
                sheet.append(values)
        if table.rows:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{len(table.rows) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
