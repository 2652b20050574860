"""Reading a spreadsheet of attributes (CSV or XLSX) into a header row and rows of cell values.

CSV bytes are decoded with the importers' encoding detection (a BOM, UTF-8,
cp1252, ...) and the separator (comma, semicolon or tab) is the one that splits
the first lines into the same number of columns most often. XLSX is read from
its first sheet with openpyxl (read-only, the values formulas last computed).
Cells come out as cells.cell_value makes them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from .cells import cell_value
from ..errors import ImportFailed
from ..importers.base import describe, failure
from ..importers.encoding import decode_bytes

SHEET_FORMATS = (".csv", ".xlsx")
_SEPARATORS = (",", ";", "\t")


@dataclass
class Sheet:
    headers: list  # cell values of the first row
    rows: list[tuple[int, list]]  # (row number as the spreadsheet shows it, cell values), empty rows left out


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SHEET_FORMATS:
        raise failure(path.name, "attributes are read from a .csv or .xlsx file")
    try:
        raw = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    except OSError as problem:
        raise failure(str(path), f"cannot be read ({describe(problem)})") from problem
    rows = []
    headers: list | None = None
    for number, values in raw:
        cells = [cell_value(v) for v in values]
        if headers is None:
            if any(c is not None for c in cells):
                headers = cells
            continue
        if any(c is not None for c in cells):
            rows.append((number, cells))
    if headers is None:
        raise failure(path.name, "is empty: the first row should name the columns (document, then attributes)")
    return Sheet(headers, rows)


def _read_csv(path: Path):
    decoded = decode_bytes(path.read_bytes(), path.name)
    text = decoded.text
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        rows = list(reader)
    except csv.Error as problem:
        raise failure(path.name, f"line {reader.line_num}: {describe(problem)}") from problem
    # csv gives no row numbers; count the lines each record took up (quoted cells may hold line breaks)
    numbered, line = [], 1
    for values in rows:
        numbered.append((line, values))
        line += 1 + sum(v.count("\n") for v in values)
    return numbered


def _separator(text: str) -> str:
    sample = text[:65536].splitlines()[:20]
    best, best_score = ",", (-1, -1)
    for separator in _SEPARATORS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=separator)]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        score = (sum(w == widths[0] for w in widths), widths[0])
        if score > best_score:
            best, best_score = separator, score
    return best


def _read_xlsx(path: Path):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise
    except Exception as problem:  # openpyxl and zipfile raise many kinds for a damaged file
        raise failure(path.name, f"is not an Excel workbook that can be read ({describe(problem)})") from problem
    try:
        if not workbook.worksheets:
            raise failure(path.name, "has no sheet")
        sheet = workbook.worksheets[0]
        return [(number, list(values)) for number, values in
                enumerate(sheet.iter_rows(values_only=True), start=1)]
    except ImportFailed:
        raise
    except Exception as problem:
        raise failure(path.name, f"cannot be read ({describe(problem)})") from problem
    finally:
        workbook.close()
