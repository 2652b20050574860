"""Word .docx: the body's paragraphs in order, a blank line between two, tables and content controls included.

python-docx opens and validates the package; the body XML is walked here because
python-docx's own paragraph text skips tracked insertions, content controls and fields.
Deleted (tracked) text, text boxes, headers, footers, footnotes and comments are left out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from accord.core.importers.base import RawText, describe, failure, paragraphs_text

# Old binary Word files and password-protected .docx files are both OLE2 containers.
_OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_PARAGRAPH = qn("w:p")
_TABLE = qn("w:tbl")
# Containers whose children are read as body content, in order.
_BLOCK_CONTAINERS = frozenset({
    qn("w:tr"), qn("w:tc"), qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), _TABLE,
})
_RUN_TEXT = {
    qn("w:t"): None,  # the element's own text
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
}
# Inside a paragraph: deleted text, and drawings/alternate content that hold text boxes
# (Word stores each text box twice, so including them would duplicate text).
_SKIPPED_IN_PARAGRAPH = frozenset({
    qn("w:del"), qn("w:moveFrom"), qn("w:drawing"), qn("w:pict"), qn("w:object"),
    qn("w:instrText"), qn("w:delText"), qn("w:rPr"), qn("w:pPr"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
})


def read_docx(data: bytes, name: str) -> RawText:
    if data.startswith(_OLE2_SIGNATURE):
        raise failure(name, "is password-protected or an old Word .doc file; save it as .docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise failure(name, "not a valid .docx file (zip is damaged)") from exc
    except (PackageNotFoundError, KeyError) as exc:  # KeyError: a zip without the OPC parts
        raise failure(name, "not a valid .docx file (no Word document inside)") from exc
    except ValueError as exc:
        raise failure(name, f"not a Word document ({describe(exc)})") from exc
    except Exception as exc:  # damaged XML or parts raise lxml, KeyError, zlib errors...
        raise failure(name, f"damaged .docx file ({describe(exc)})") from exc
    body = document.element.body
    if body is None:
        raise failure(name, "damaged .docx file (the document has no body)")
    notes = ("text boxes were not imported",) if _has_text_box_text(body) else ()
    return RawText(paragraphs_text(_paragraph_texts(body)), "docx", None, notes)


def _has_text_box_text(body: etree._Element) -> bool:
    return any(
        "".join(box.itertext()).strip() for box in body.iter(qn("w:txbxContent"))
    )


def _paragraph_texts(container: etree._Element) -> Iterator[str]:
    """Texts of the paragraphs under `container`, in document order, descending into tables."""
    # Explicit stack: nested tables must not depend on the recursion limit.
    stack = [iter(container)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _PARAGRAPH:
            yield _paragraph_text(child)
        elif child.tag in _BLOCK_CONTAINERS:
            stack.append(iter(child))


def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    stack = [iter(paragraph)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in _RUN_TEXT:
            replacement = _RUN_TEXT[child.tag]
            parts.append((child.text or "") if replacement is None else replacement)
        elif child.tag not in _SKIPPED_IN_PARAGRAPH and isinstance(child.tag, str):
            stack.append(iter(child))  # runs, hyperlinks, insertions, fields, smart tags
    return "".join(parts)
