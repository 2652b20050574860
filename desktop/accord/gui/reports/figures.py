"""Figures in the report preview, written as the interface's locale writes numbers (0,85 in German).

The preview mirrors the report's own formatting filters (core.reports.templating: "–" for a missing
value, a true minus sign, percentages with one decimal) but with the locale's decimal and group
separators; the saved reports and the CSV/XLSX/JSON exports keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..i18n import integer, number

MISSING = "–"


def count(value) -> str:
    """A count (or an amount with two decimals when it is not whole)."""
    if value is None:
        return MISSING
    if isinstance(value, float) and not value.is_integer():
        return number(value, 2)
    return integer(int(value))


def decimal(value, places: int = 2) -> str:
    if value is None:
        return MISSING
    if round(value, places) == 0:
        value = 0.0  # no "−0.00"
    text = number(value, places)
    return text.replace("-", "−") if value < 0 else text


def percent(value) -> str:
    """A fraction 0..1 as a percentage."""
    return MISSING if value is None else f"{number(100 * value, 1)} %"


def interval(low, high, places: int = 2) -> str:
    """"[0.71, 0.85]"; "[0,71; 0,85]" where the comma is the decimal separator."""
    if low is None or high is None:
        return ""
    separator = "; " if QLocale().decimalPoint() == "," else ", "
    return f"[{decimal(low, places)}{separator}{decimal(high, places)}]"
