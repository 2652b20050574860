"""OpenDocument text (.odt): paragraphs and headings of content.xml, in order.

content.xml is parsed directly (with defusedxml, as it is untrusted XML) rather than
through odfpy, because the walk has to skip tracked-change regions, notes and
annotations, which a flat "all paragraphs" query would include.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from accord.core.errors import ImportFailed
from accord.core.importers.base import RawText, describe, failure, paragraphs_text

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODT_MIMETYPES = (
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
)


def _text(local: str) -> str:
    return f"{{{_TEXT_NS}}}{local}"


_PARAGRAPHS = frozenset({_text("p"), _text("h")})
# Not part of the running text: deleted text of tracked changes, footnote bodies,
# comments, the list numbering Writer caches, and frames (images, text boxes).
_SKIPPED = frozenset({
    _text("tracked-changes"), _text("note"), _text("number"),
    f"{{{_OFFICE_NS}}}annotation", f"{{{_OFFICE_NS}}}annotation-end",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
})
_SPACES = _text("s")
_TAB = _text("tab")
_LINE_BREAK = _text("line-break")
# ODF collapses whitespace in character data the way HTML does; explicit spaces are <text:s>.
_XML_WHITESPACE = re.compile(r"[ \t\r\n]+")


def read_odt(data: bytes, name: str) -> RawText:
    content = _content_xml(data, name)
    try:
        root = ElementTree.fromstring(content)
    except Exception as exc:  # ParseError, or defusedxml refusing entity tricks
        raise failure(name, f"damaged .odt file (content.xml: {describe(exc)})") from exc
    body = root.find(f"{{{_OFFICE_NS}}}body/{{{_OFFICE_NS}}}text")
    if body is None:
        raise failure(name, "not an OpenDocument text document (no text body)")
    return RawText(paragraphs_text(_paragraph_texts(body)), "odt", None)


def _content_xml(data: bytes, name: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = set(package.namelist())
            if "mimetype" in members:
                mimetype = package.read("mimetype").decode("ascii", errors="replace").strip()
                if mimetype not in _ODT_MIMETYPES:
                    raise failure(name, f"not an OpenDocument text document ({mimetype[:80]})")
            manifest = "META-INF/manifest.xml"
            if manifest in members and b"encryption-data" in package.read(manifest):
                raise failure(name, "the document is password-protected; save it without a password")
            if "content.xml" not in members:
                raise failure(name, "not a valid .odt file (no content.xml)")
            return package.read("content.xml")
    except zipfile.BadZipFile as exc:
        raise failure(name, "not a valid .odt file (zip is damaged)") from exc
    except ImportFailed:
        raise
    except Exception as exc:  # zlib errors, truncated members, unsupported compression...
        raise failure(name, f"damaged .odt file ({describe(exc)})") from exc


def _paragraph_texts(container: Element) -> Iterator[str]:
    """Paragraph texts in document order, descending into lists, tables and sections."""
    stack = [iter(container)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in _PARAGRAPHS:
            yield _paragraph_text(child)
        elif child.tag not in _SKIPPED:
            stack.append(iter(child))


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []

    def add_data(data: str | None) -> None:
        if data:
            parts.append(_XML_WHITESPACE.sub(" ", data))

    add_data(paragraph.text)
    # Each stacked entry: the children still to visit, and the tail of the element that
    # owns them (its text follows once they are done).
    stack: list[tuple[Iterator[Element], str | None]] = [(iter(paragraph), None)]
    while stack:
        children, owner_tail = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            add_data(owner_tail)
            continue
        if child.tag == _SPACES:
            parts.append(" " * _space_count(child))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _LINE_BREAK:
            parts.append("\n")
        elif child.tag not in _SKIPPED:
            add_data(child.text)
            stack.append((iter(child), child.tail))
            continue
        add_data(child.tail)
    return "".join(parts).strip(" ")


def _space_count(element: Element) -> int:
    try:
        return max(1, min(int(element.get(f"{{{_TEXT_NS}}}c", "1")), 1000))
    except ValueError:
        return 1
