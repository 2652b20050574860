"""Reading a codebook file: CSV (any encoding Excel writes, `,` `;` or tab), XLSX and DOCX.

Nothing here touches a project. Every problem is an ImportFailed whose one line names the file.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from ..errors import ImportFailed
from ..importers.base import describe, failure
from ..importers.encoding import decode_bytes
from .columns import column_of
from .rows import Codebook, entries_from_rows, header_row

SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".docx")


def read_codebook(path: str | Path) -> Codebook:
    """The codes a .csv, .xlsx or .docx file lists, in file order (raises ImportFailed)."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix in (".xls", ".doc"):
        raise failure(name, f"is an old {suffix} file; save it as {suffix}x and import that")
    if suffix not in SUFFIXES:
        raise failure(name, "is not a codebook file Accord reads; use .csv, .xlsx or .docx")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise failure(name, f"cannot be read ({error.strerror or error})") from error
    if not data.strip():
        raise failure(name, "is empty")
    if suffix in (".xlsx", ".xlsm"):
        book = _xlsx(data, name)
    elif suffix == ".docx":
        from .docx import read_docx_codebook

        book = read_docx_codebook(data, name)
    else:
        book = _csv(data, name)
    if not book.entries:
        raise failure(name, "lists no codes")
    return book


def _csv(data: bytes, name: str) -> Codebook:
    text = decode_bytes(data, name).text
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise failure(name, "is empty")
    # The header line tells the separator best (Sniffer can be led astray by the definitions' text).
    header = next((line for line in lines[:10] if any(column_of(cell) for cell in re.split("[,;\t]", line))),
                  lines[0])
    delimiter = max(",;\t", key=header.count) if any(ch in header for ch in ",;\t") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise failure(name, f"is not a readable CSV file ({error})") from error
    start = header_row(rows)
    body = [(f"row {i + 1}", row) for i, row in enumerate(rows) if i > start]
    return entries_from_rows(name, rows[start], body)


def _xlsx(data: bytes, name: str) -> Codebook:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise failure(name, "is not a readable Excel workbook (.xlsx)") from error
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise failure(name, f"is not a readable Excel workbook ({describe(error)})") from error
    try:
        first_problem = None
        for sheet in workbook.worksheets:
            rows = [list(row) for row in sheet.iter_rows(values_only=True)]
            if not any(c not in (None, "") for row in rows for c in row):
                continue
            start = header_row(rows)
            body = [(f"sheet {sheet.title!r} row {i + 1}", row) for i, row in enumerate(rows) if i > start]
            try:
                return entries_from_rows(name, rows[start], body)
            except ImportFailed as problem:  # this sheet has no Name column: try the next one
                first_problem = first_problem or problem
        if first_problem is not None:
            raise first_problem
        raise failure(name, "is empty")
    finally:
        workbook.close()
