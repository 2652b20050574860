"""A code matrix as a CSV or XLSX table: a header row ("Code", then the columns), one row per code.

Cells are the numbers unrounded (coverage is a percent, 0–100); names that a
spreadsheet would run as a formula get an apostrophe (core/spreadsheet_cells).
Both writers replace the file atomically (core/files.write_atomically).
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..errors import AccordError, InvalidValue
from ..files import write_atomically
from ..spreadsheet_cells import safe_cell, safe_row
from .matrix import Matrix

EXPORT_FORMATS = (".csv", ".xlsx")
_LABELS = {"count": "codings", "presence": "present (1) or not (0)", "coverage": "percent of characters covered",
           "words": "words covered"}


def write_matrix(matrix: Matrix, path: str | Path) -> Path:
    """Write `matrix` to a .csv or .xlsx file, chosen by the suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise InvalidValue(f"{path}: a matrix is exported to a .csv or .xlsx file")
    return (write_matrix_xlsx if suffix == ".xlsx" else write_matrix_csv)(matrix, path)


def write_matrix_csv(matrix: Matrix, path: str | Path) -> Path:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the accents."""
    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(safe_row(["Code", *matrix.columns]))
            for name, values in zip(matrix.rows, matrix.cells):
                writer.writerow([safe_cell(name), *(repr(v) if isinstance(v, float) else v for v in values)])

    return write_atomically(path, write)


def write_matrix_xlsx(matrix: Matrix, path: str | Path) -> Path:
    """One sheet "Matrix" (percentages shown with 1 decimal, full value stored) and a note of the measure."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError as missing:  # pragma: no cover - openpyxl is a dependency
        raise AccordError("writing .xlsx files needs the openpyxl package; write a .csv instead") from missing
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Matrix"

    def put(row: int, column: int, value, bold: bool = False):
        cell = sheet.cell(row=row, column=column, value=safe_cell(value))
        if isinstance(cell.value, str):
            cell.data_type = "s"  # text, never a formula
        if bold:
            cell.font = Font(bold=True)
        return cell

    for column, name in enumerate(["Code", *matrix.columns], start=1):
        put(1, column, name, bold=True)
        sheet.column_dimensions[get_column_letter(column)].width = min(max(len(name) + 2, 10), 40)
    sheet.column_dimensions["A"].width = min(max((len(r) for r in matrix.rows), default=10) + 2, 60)
    for index, (name, values) in enumerate(zip(matrix.rows, matrix.cells), start=2):
        put(index, 1, name)
        for column, value in enumerate(values, start=2):
            cell = put(index, column, value)
            if matrix.measure == "coverage":
                cell.number_format = "0.0"
    put(len(matrix.rows) + 3, 1, f"Cells: {_LABELS[matrix.measure]}")
    sheet.freeze_panes = "B2"
    return write_atomically(path, lambda target: workbook.save(target))
