"""The columns of a codebook file, their synonyms, and how one cell is written and read back.

Headers are matched case-insensitively after folding "_" and "-" to spaces and
dropping a trailing ":" ("Code name", "code_name", "CODE NAME:" are one header).
"""

from __future__ import annotations

import re

from ..spreadsheet_cells import safe_cell

# The export's columns, in order; the importer reads the same names (and the synonyms below).
COLUMNS = ("path", "name", "parent", "description", "definition", "inclusion", "exclusion", "example", "colour")
TEXT_FIELDS = ("description", "definition", "inclusion", "exclusion", "example")

_SYNONYMS = {
    "path": ("path", "code path", "full path", "hierarchy"),
    "name": ("name", "code", "code name", "codename", "label"),
    "parent": ("parent", "parent code", "parent name", "parent path", "category"),
    "description": ("description", "desc", "short description", "summary"),
    "definition": ("definition", "full definition", "operational definition", "meaning"),
    "inclusion": ("inclusion", "inclusion criteria", "include", "when to use", "use when"),
    "exclusion": ("exclusion", "exclusion criteria", "exclude", "when not to use", "do not use when"),
    "example": ("example", "examples", "typical example", "example quote", "exemplar"),
    "colour": ("colour", "color", "code colour", "code color", "hex"),
}
_BY_HEADER = {synonym: column for column, synonyms in _SYNONYMS.items() for synonym in synonyms}


def column_of(header: object) -> str | None:
    """The codebook column a header names, or None."""
    text = " ".join(re.sub(r"[_\-]", " ", str(header or "")).split()).lower().rstrip(":").strip()
    return _BY_HEADER.get(text)


def header_map(headers: list) -> dict[str, int]:
    """Column name -> index of the first header that names it."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        column = column_of(header)
        if column is not None and column not in found:
            found[column] = index
    return found


def _needs_guard(text: str) -> bool:
    return safe_cell(text) != text


def encode_cell(text: str) -> str:
    """The cell for `text`: formula-safe, and reversible by `decode_cell`.

    safe_cell puts an apostrophe before text a spreadsheet would run ("=x" -> "'=x").
    Text that already starts with apostrophes before such text gets one more, so
    that reading takes exactly one off and gives back the original.
    """
    if text.startswith("'") and _needs_guard(text.lstrip("'")):
        return "'" + text
    return safe_cell(text)


def decode_cell(value: object) -> str:
    """A cell as read (CSV text or an openpyxl value) as the text it stands for."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if text.startswith("'") and _needs_guard(text.lstrip("'")):
        return text[1:]
    return text
