"""Cells that a spreadsheet program shows as text and never runs: the one guard of every CSV and XLSX writer.

Why: Excel and LibreOffice Calc read a cell that starts with `=`, `+`, `-` or
`@` as a formula and run it ("CSV/formula injection"): a code named
`=HYPERLINK("http://x","y")` or a segment "=cmd|' /C calc'!A0" would become a
live link or command in the analyst's spreadsheet. A tab or carriage return
first is treated the same way by some importers. Putting an apostrophe in
front makes the cell plain text in every spreadsheet program (the OWASP advice).

The rules (`safe_cell`):

- Only text (`str`) is changed; int, float, bool and None come back as they
  are, so a negative kappa stays a number.
- Text whose first character is `=`, `+`, `-`, `@`, a tab or a carriage
  return gets an apostrophe in front. That includes text that merely *looks*
  like a negative number ("-5"), and a segment beginning "- Indeed": being
  text, it is shown as text.
- Leading whitespace is looked through: " =1+1" and "\\n@SUM(A1)" are
  neutralised too, because importers that trim spaces (LibreOffice's "Trim
  spaces", Excel's Power Query) would otherwise hand a formula to the sheet.
  The cost is one harmless apostrophe.

The XLSX writers store the neutralised value and mark it as text (data type
"s"), so no cell is ever a formula there either; the CSV and the XLSX show the
same text.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["TRIGGERS", "safe_cell", "safe_row"]

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value`, with an apostrophe in front if it is text a spreadsheet would run (see the module)."""
    if isinstance(value, str) and (value.startswith(TRIGGERS) or value.lstrip().startswith(TRIGGERS)):
        return "'" + value
    return value


def safe_row(values: Iterable) -> list:
    """`safe_cell` of each value."""
    return [safe_cell(value) for value in values]
