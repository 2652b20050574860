"""A Word codebook: a table with codebook columns, or an outline of headings and nested lists.

In an outline, a heading's level (Heading 1, 2, ...) and a list item's indent
level give the hierarchy; list items sit below the heading above them. Plain
paragraphs under a code are its definition, except paragraphs that start with
a column's name and a colon ("Inclusion: ...", "Example: ..."), which fill that field.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..importers.base import describe, failure
from .columns import TEXT_FIELDS, column_of
from .rows import Codebook, Entry, clean_name, entries_from_rows

_HEADING = re.compile(r"heading (\d)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list (?:bullet|number|paragraph|continue)(?: (\d))?$", re.IGNORECASE)
_LABELLED = re.compile(r"^\s*([^:]{2,40}):\s*(.*)$", re.DOTALL)


def read_docx_codebook(data: bytes, name: str) -> Codebook:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError) as error:
        raise failure(name, "is not a readable Word document (.docx)") from error
    except Exception as error:
        raise failure(name, f"is not a readable Word document ({describe(error)})") from error
    for table in document.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        if rows and any(column_of(h) in ("name", "path") for h in rows[0]):
            body = [(f"table row {i + 1}", row) for i, row in enumerate(rows) if i > 0]
            return entries_from_rows(name, rows[0], body, spreadsheet=False)
    entries = _outline(document.paragraphs)
    if not entries:
        raise failure(name, "holds no codebook: expected a table with a Name column, or headings "
                            "and list items naming the codes")
    return Codebook(name, entries)


def _level(paragraph) -> tuple[str, int] | None:
    """("heading", n) or ("list", n) for a paragraph that names a code, else None."""
    style = paragraph.style.name if paragraph.style is not None else ""
    match = _HEADING.match(style)
    if match:
        return "heading", int(match.group(1))
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        ilvl = p_pr.numPr.ilvl
        return "list", int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
    match = _LIST_STYLE.match(style)
    if match and not style.lower().startswith("list continue"):
        return "list", int(match.group(1) or 1) - 1
    return None


def _outline(paragraphs) -> list[Entry]:
    items: list[dict] = []  # {"parts", "fields", "where"}
    stack: list[tuple[float, tuple[str, ...], bool]] = []  # (depth, parts, is a list item) of the open codes
    heading_depth = 0.0
    for number, paragraph in enumerate(paragraphs, start=1):
        text = paragraph.text.strip()
        if not text:
            continue
        kind = _level(paragraph)
        if kind is None:
            if items:
                _add_text(items[-1]["fields"], text)
            continue
        if kind[0] == "heading":
            depth = float(kind[1])
            heading_depth = depth
        else:
            depth = heading_depth + 0.5 + kind[1]  # a list sits below the heading above it
        while stack and (stack[-1][0] >= depth or (kind[0] == "heading" and stack[-1][2])):
            stack.pop()
        parts = (*(stack[-1][1] if stack else ()), clean_name(text))
        stack.append((depth, parts, kind[0] == "list"))
        items.append({"parts": parts, "fields": {}, "where": f"paragraph {number}"})
    return [Entry(item["parts"], {k: v for k, v in item["fields"].items() if v}, item["where"])
            for item in items]


def _add_text(fields: dict, text: str) -> None:
    match = _LABELLED.match(text)
    column = column_of(match.group(1)) if match else None
    if column in (*TEXT_FIELDS, "colour"):
        field, text = column, match.group(2).strip()
    else:
        field = "definition"
    fields[field] = f"{fields[field]}\n{text}" if fields.get(field) else text
