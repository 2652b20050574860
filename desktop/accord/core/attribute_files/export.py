"""Document attributes to a spreadsheet: a "document" column, then one column per attribute.

The shape plan.py reads back: numbers are written as numbers, dates
as dates (XLSX date cells, YYYY-MM-DD in CSV), text through the cell
convention of cells.py (an apostrophe before a formula, or before a
number-like value of a text column), so a round trip keeps values and types.
Every document gets a row, with empty cells where it has no value.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from .cells import as_date, as_number, encode_text, export_value
from ..attributes import all_attributes, attribute_types
from ..documents import list_documents
from ..errors import AccordError, InvalidValue
from ..files import write_atomically
from ..spreadsheet_cells import safe_cell, safe_row

DOCUMENT_COLUMN = "document"


def attribute_rows(db: Database) -> tuple[list, list[list]]:
    """The header and the rows to write (cell values as they go into the file)."""
    types = attribute_types(db)
    values = all_attributes(db)
    keys = list(types)
    documents = list_documents(db)
    quote = {key: _looks_typed_column([values.get(d.id, {}).get(key) for d in documents]) for key in keys}
    rows = []
    for document in documents:
        row = [encode_text(document.name, False)]
        for key in keys:
            stored = values.get(document.id, {}).get(key)
            if stored is None:
                row.append(None)
                continue
            cell = export_value(types[key], stored)
            row.append(encode_text(cell, quote[key]) if isinstance(cell, str) else cell)
        rows.append(row)
    return safe_row([DOCUMENT_COLUMN, *keys]), rows


def _looks_typed_column(values: list) -> bool:
    """Whether the column's text would be read back as numbers or as dates (then it needs apostrophes)."""
    present = [v for v in values if v is not None and v.strip()]
    return bool(present) and (all(as_number(v) is not None for v in present)
                              or all(as_date(v) is not None for v in present))


def export_attributes(db: Database, path: str | Path) -> int:
    """Write every document's attributes to a .csv or .xlsx file (chosen by suffix); returns the rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidValue(f"{path}: attributes are exported to a .csv or .xlsx file")
    header, rows = attribute_rows(db)
    (_write_xlsx if suffix == ".xlsx" else _write_csv)(path, header, rows)
    return len(rows)


def _write_csv(path: Path, header: list, rows: list[list]) -> None:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the accents."""
    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date)
                                 else repr(v) if isinstance(v, float) else safe_cell(v) for v in row])

    write_atomically(path, write)


def _write_xlsx(path: Path, header: list, rows: list[list]) -> None:
    try:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError as missing:  # pragma: no cover - openpyxl is a dependency
        raise AccordError("writing .xlsx files needs the openpyxl package; write a .csv instead") from missing
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Attributes")
    bold = Font(bold=True)

    def cell(value, header: bool = False):
        if isinstance(value, str):
            value = safe_cell(ILLEGAL_CHARACTERS_RE.sub("", value))  # XML cannot hold control characters
        item = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            item.data_type = "s"  # text, never a formula
        elif isinstance(value, date):
            item.number_format = "yyyy-mm-dd"
        if header:
            item.font = bold
        return item

    sheet.freeze_panes = "B2"
    for index, name in enumerate(header):
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(len(str(name)) + 2, 12), 40)
    sheet.append([cell(v, header=True) for v in header])
    for row in rows:
        sheet.append([cell(v) for v in row])
    write_atomically(path, lambda target: workbook.save(target))
