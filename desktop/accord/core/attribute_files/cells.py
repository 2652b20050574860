"""How one attribute value is written to, and read back from, a spreadsheet cell.

Why a convention: an attribute's type (text, number, date) must survive a
round trip through a CSV file, where every cell is text. A cell that reads as
a number or a date (`42`, `2024-03-01`) makes its column a number or a date
column on import. A text attribute whose values merely look like numbers
(participant "007") is therefore written with an apostrophe in front
(`'007`), the sign every spreadsheet program uses for "this is text". The
same apostrophe is what core/spreadsheet_cells puts in front of a formula
(`'=1+1`). Reading a cell takes that apostrophe off again, and a value that
itself starts with apostrophes before such text gets one more on the way out,
so every text comes back as it was.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta

from ..spreadsheet_cells import safe_cell

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Quoted(str):
    """Text a spreadsheet marked as text (a leading apostrophe): never read as a number or a date."""


def as_number(text: str) -> str | None:
    """`text` as a stored number ("42", "3.5") if it is plainly one (no thousands commas), else None."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    number = float(text)
    if not math.isfinite(number):
        return None
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def as_date(text: str) -> str | None:
    """`text` as a stored date (YYYY-MM-DD) if it is one, else None."""
    text = text.strip()
    if not _DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _special(text: str) -> bool:
    """Text a spreadsheet would not show as itself: a formula, a number or a date."""
    return safe_cell(text) != text or as_number(text) is not None or as_date(text) is not None


def encode_text(text: str, quote_typed: bool) -> str:
    """The cell for a text value; `quote_typed`: its column would otherwise be read as numbers or dates."""
    if text.startswith("'") and _special(text.lstrip("'")):
        text = "'" + text
    elif quote_typed and (as_number(text) is not None or as_date(text) is not None):
        text = "'" + text
    return safe_cell(text)


def decode_text(cell: str) -> str:
    """A text cell as the value it stands for: a `Quoted` str if an apostrophe marked it as text."""
    if cell.startswith("'") and _special(cell.lstrip("'")):
        return Quoted(cell[1:])
    return cell


def cell_value(value):
    """A cell as read (openpyxl or CSV) -> None (empty), str/Quoted, int, float or date."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, int, float)):
        return value
    if isinstance(value, (time, timedelta)):
        return str(value)
    text = str(value)
    if not text.strip():
        return None
    return decode_text(text)


def fits(kind: str, value) -> str | None:
    """`value` (from `cell_value`) stored as an attribute of type `kind`, or None if it does not fit."""
    if kind == "number":
        if isinstance(value, (int, float)):
            return as_number(repr(value)) if isinstance(value, float) else as_number(str(value))
        return None if isinstance(value, date) else as_number(value)
    if kind == "date":
        if isinstance(value, date):
            return value.isoformat()
        return None if isinstance(value, (int, float)) else as_date(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return as_number(repr(value)) or repr(value)
    return str(value)


def infer_type(values: list) -> str:
    """number if every value is one, else date if every value is one, else text (Quoted cells are text)."""
    if not values or any(isinstance(v, Quoted) for v in values):
        return "text"
    for kind in ("number", "date"):
        if all(fits(kind, v) is not None for v in values):
            return kind
    return "text"


def export_value(kind: str, stored: str):
    """A stored value as the cell to write: a number, a date, or text (see `encode_text` for `quote`)."""
    if kind == "number":
        number = as_number(stored)
        if number is not None:
            return int(number) if _NUMBER.fullmatch(number) and "." not in number and "e" not in number \
                else float(number)
    if kind == "date" and as_date(stored) is not None:
        return date.fromisoformat(stored.strip())
    return stored
