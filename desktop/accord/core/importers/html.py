"""HTML: the visible text, one line per block element (paragraph, heading, list item, cell)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from accord.core.importers.base import RawText, describe, failure
from accord.core.importers.encoding import decode_bytes

# Content that is never shown as text on the page.
_DROPPED = frozenset({"head", "title", "script", "style", "noscript", "template", "svg", "math"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
# Browsers read these labels as other encodings (WHATWG Encoding Standard): a page
# declaring latin-1 is decoded as windows-1252, and a UTF-16 label in ASCII-readable
# bytes cannot be true.
_LABEL_OVERRIDES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}


def read_html(data: bytes, name: str) -> RawText:
    decoded = decode_bytes(data, name, declared_charset(data))
    try:
        soup = BeautifulSoup(decoded.text, "html.parser")
        text = visible_text(soup)
    except Exception as exc:  # bs4 and html.parser raise assorted errors on bad markup
        raise failure(name, f"not readable as HTML ({describe(exc)})") from exc
    return RawText(text, "html", decoded.encoding, decoded.notes)


def declared_charset(data: bytes) -> str | None:
    """The encoding named by a <meta charset> or XML declaration near the top of the page."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    return _LABEL_OVERRIDES.get(label, label)


def visible_text(root: Tag) -> str:
    """Text as a browser lays it out: whitespace collapsed, block elements on their own lines."""
    lines: list[str] = []
    current: list[str] = []
    pending_space = False
    pre_depth = 0

    def end_line(keep_empty: bool) -> None:
        nonlocal pending_space
        if current or keep_empty:
            lines.append("".join(current).strip("\n"))
        current.clear()
        pending_space = False

    # Explicit stack rather than recursion: deeply nested markup must not hit the recursion limit.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, Tag):
            if leaving:
                if node.name == "pre":
                    pre_depth -= 1
                if node.name in _BLOCKS:
                    end_line(keep_empty=False)
            elif node.name in _DROPPED or node.has_attr("hidden"):
                continue
            elif node.name == "br":
                end_line(keep_empty=True)
            else:
                if node.name in _BLOCKS:
                    end_line(keep_empty=False)
                if node.name == "pre":
                    pre_depth += 1
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in (NavigableString, CData):  # not comments, doctypes or declarations
            if pre_depth:
                current.append(str(node))
                continue
            collapsed = _HTML_WHITESPACE.sub(" ", str(node))
            words = collapsed.strip(" ")
            if not words:
                pending_space = pending_space or (bool(collapsed) and bool(current))
                continue
            if current and (pending_space or collapsed.startswith(" ")):
                current.append(" ")
            current.append(words)
            pending_space = collapsed.endswith(" ")
    end_line(keep_empty=False)
    return "\n".join(lines)
