"""From the rows of a table (CSV, a sheet, a Word table) to codebook entries.

A row names its code by a path ("Parent/Child" or "Parent > Child"), or by a
name and a parent. A parent is a path, or the name of another row; a bare
parent name found in no row is "loose": the plan places it at the top level,
or under the one project code of that name (see plan.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..importers.base import failure
from .columns import TEXT_FIELDS, decode_cell, header_map

GREATER = " > "


@dataclass(frozen=True)
class Entry:
    """One code of a codebook file: where it goes, and the fields the file gives (non-empty only)."""

    parts: tuple[str, ...]
    fields: dict[str, str] = field(default_factory=dict)  # TEXT_FIELDS and "colour"
    where: str = ""  # "row 5", for messages
    loose: bool = False  # its top ancestor came from a bare parent name that no row holds


@dataclass
class Codebook:
    """What was read from a file: its entries in file order, and what was left out and why."""

    name: str
    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)


def clean_name(text: str) -> str:
    """A code name as the codebook stores it (white space collapsed)."""
    return " ".join(text.split())


def split_path(text: str, separator: str) -> list[str]:
    return [part for part in (clean_name(p) for p in text.split(separator)) if part]


def header_row(rows: list[list]) -> int:
    """The index of the header: the first of the first ten non-empty rows that names a Name or Path column,
    else the first non-empty row (whose missing Name column the error then names)."""
    filled = [i for i, row in enumerate(rows) if any(str(c).strip() for c in row if c is not None)][:10]
    for index in filled:
        if {"name", "path"} & set(header_map(rows[index])):
            return index
    return filled[0] if filled else 0


def entries_from_rows(name: str, headers: list, rows: list[tuple[str, list]], *, spreadsheet: bool = True) -> Codebook:
    """`rows`: (where, cells) after the header row. Raises ImportFailed if no column names the codes.

    `spreadsheet`: cells carry the formula guard of `columns.encode_cell` (CSV, XLSX; not Word).
    """
    decode = decode_cell if spreadsheet else (lambda value: "" if value is None else str(value))
    columns = header_map(headers)
    if "name" not in columns and "path" not in columns:
        raise failure(name, "has no Name (or Code, Path) column; its first row must name the columns, "
                            "e.g. Name, Parent, Definition")
    raw = []
    warnings = []
    for where, cells in rows:
        values = {column: decode(cells[i] if i < len(cells) else None).strip()
                  for column, i in columns.items()}
        if not any(values.values()):
            continue
        if not clean_name(values.get("name", "")) and not split_path(values.get("path", ""), "/"):
            warnings.append(f"{where}: no code name; left out")
            continue
        raw.append((where, values))
    separator = GREATER if any(GREATER in v.get("path", "") + v.get("parent", "") for _, v in raw) else "/"
    return Codebook(name, _resolve(raw, separator), warnings)


def _resolve(raw: list[tuple[str, dict]], separator: str) -> list[Entry]:
    by_name: dict[str, list[int]] = {}
    for index, (_, values) in enumerate(raw):
        if not values.get("path") and values.get("name"):
            by_name.setdefault(clean_name(values["name"]), []).append(index)
    # A path cell as written: a parent named by exactly that text is that row, whatever its names hold.
    by_path = {values["path"].strip(): index for index, (_, values) in enumerate(raw) if values.get("path")}
    placed: dict[int, tuple[tuple[str, ...], bool]] = {}

    def place(index: int, seen: frozenset) -> tuple[tuple[str, ...], bool]:
        if index in placed:
            return placed[index]
        values = raw[index][1]
        name, path, parent = clean_name(values.get("name", "")), values.get("path", ""), values.get("parent", "")
        loose = False
        mark = separator.strip()
        text = path.strip()
        prefix = text[:-len(name)].rstrip() if name and text.endswith(name) and text != name else None
        if prefix is not None and prefix.endswith(mark):  # "Parent path/Name": the name is taken whole
            prefix = prefix[:-len(mark)].rstrip()
            if by_path.get(prefix, index) not in seen | {index}:
                above, loose = place(by_path[prefix], seen | {index})
            else:
                above = tuple(split_path(prefix, separator))
            parts = (*above, name)
        elif text:  # a path cell equal to the name is a top-level code, whatever its name holds
            parts = (name,) if text == name else tuple(split_path(text, separator)) or (name,)
        else:
            above, loose = _parent(parent, separator, by_name, by_path, place, seen | {index})
            parts = (*above, name)
        placed[index] = (parts, loose)
        return placed[index]

    entries = []
    for index, (where, values) in enumerate(raw):
        parts, loose = place(index, frozenset())
        fields = {f: values[f] for f in (*TEXT_FIELDS, "colour") if values.get(f)}
        entries.append(Entry(parts, fields, where, loose))
    return entries


def _parent(parent: str, separator: str, by_name, by_path, place, seen) -> tuple[tuple[str, ...], bool]:
    parent = parent.strip()
    if not parent:
        return (), False
    if by_path.get(parent, -1) not in (*seen, -1):
        return place(by_path[parent], seen)
    if separator.strip() in parent:
        return tuple(split_path(parent, separator)), False
    name = clean_name(parent)
    rows = by_name.get(name, [])
    if len(rows) == 1 and rows[0] not in seen:
        return place(rows[0], seen)
    return (name,), not rows
