"""Writing the codebook as CSV, XLSX or DOCX with the columns the importer reads, so that it round-trips.

Paths are written with "/" between names, or with " > " when some code name
holds a "/" (the importer reads whichever the file uses). CSV and XLSX cells
go through `columns.encode_cell` (formula-safe, reversible); the CSV is UTF-8
with a BOM so that Excel shows accents. Every file is written atomically.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlite_utils import Database

from .. import codebook
from ..errors import InvalidValue
from ..files import write_atomically
from .columns import COLUMNS, encode_cell
from .rows import GREATER

FORMATS = (".csv", ".xlsx", ".docx")


def codebook_rows(db: Database) -> list[list[str]]:
    """One row per code, depth-first in codebook order, in the order of COLUMNS."""
    tree = codebook.code_tree(db)
    separator = GREATER if any("/" in code.name for code, _ in tree) else "/"
    paths: dict[int, str] = {}
    rows = []
    for code, _ in tree:
        parent = paths.get(code.parent_id, "") if code.parent_id is not None else ""
        paths[code.id] = f"{parent}{separator}{code.name}" if parent else code.name
        rows.append([paths[code.id], code.name, parent, code.description, code.definition, code.inclusion,
                     code.exclusion, code.example, code.color])
    return rows


def export_codebook(db: Database, path: str | Path) -> int:
    """Write the codebook to `path` (.csv, .xlsx or .docx); returns how many codes were written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidValue(f"{path.name}: cannot write a codebook as {suffix or 'a file without extension'}; "
                           "use .csv, .xlsx or .docx")
    rows = codebook_rows(db)
    header = [column.capitalize() for column in COLUMNS]
    if suffix == ".csv":
        write_atomically(path, _csv_bytes(header, rows))
    elif suffix == ".xlsx":
        write_atomically(path, lambda temporary: _xlsx(header, rows, temporary))
    else:
        from .docx_write import write_docx

        write_atomically(path, lambda temporary: write_docx(header, rows, temporary))
    return len(rows)


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[encode_cell(value) for value in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(header: list[str], rows: list[list[str]], target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Codebook")
    for letter, width in zip("ABCDEFGHI", (34, 20, 24, 30, 40, 30, 30, 30, 10)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"

    def cell(value: str, bold: bool = False):
        item = WriteOnlyCell(sheet, value=encode_cell(ILLEGAL_CHARACTERS_RE.sub("", value)))
        item.data_type = "s"  # text, never a formula
        if bold:
            item.font = Font(bold=True)
        return item

    sheet.append([cell(h, True) for h in header])
    for row in rows:
        sheet.append([cell(value) for value in row])
    workbook.save(target)
