"""A small XML writer for REFI-QDA files: exact escaping, stable output, no surprises.

ElementTree would do, but it leaves a carriage return in text and a newline in an
attribute as they are, and XML parsers turn both into something else on reading
(a CR into LF, a newline in an attribute into a space). Here every such character is
written as a character reference, so what is written is what is read back. Characters
that XML 1.0 cannot hold at all (most control characters, lone surrogates) are
replaced by U+FFFD and counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Not allowed anywhere in an XML 1.0 document, not even as a character reference.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTR_SPECIAL = re.compile('[&<>\r"\n\t]')


@dataclass
class Element:
    """An element with attributes (in the order given), and either text or children."""

    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    text: str | None = None
    children: list[Element] = field(default_factory=list)

    def add(self, tag: str, attrs: dict[str, str | None] | None = None, text: str | None = None) -> Element:
        child = Element(tag, dict(attrs or {}), text)
        self.children.append(child)
        return child


class Writer:
    """Serialises an element tree to UTF-8 bytes, indented with two spaces."""

    def __init__(self) -> None:
        self.replaced = 0  # characters XML cannot hold, written as U+FFFD

    def document(self, root: Element) -> bytes:
        parts: list[str] = ['<?xml version="1.0" encoding="utf-8"?>\n']
        self._element(root, 0, parts)
        return "".join(parts).encode("utf-8")

    def _element(self, element: Element, depth: int, parts: list[str]) -> None:
        indent = "  " * depth
        attrs = "".join(
            f' {name}="{self._attr(value)}"' for name, value in element.attrs.items() if value is not None
        )
        if element.children:
            parts.append(f"{indent}<{element.tag}{attrs}>\n")
            for child in element.children:
                self._element(child, depth + 1, parts)
            parts.append(f"{indent}</{element.tag}>\n")
        elif element.text:
            parts.append(f"{indent}<{element.tag}{attrs}>{self._text(element.text)}</{element.tag}>\n")
        else:
            parts.append(f"{indent}<{element.tag}{attrs}/>\n")

    def _clean(self, value: str) -> str:
        value, count = _NOT_XML.subn("\ufffd", value)
        self.replaced += count
        return value

    def _text(self, value: str) -> str:
        return _TEXT_SPECIAL.sub(lambda m: _TEXT_ESCAPES[m.group()], self._clean(value))

    def _attr(self, value: str) -> str:
        return _ATTR_SPECIAL.sub(lambda m: _ATTR_ESCAPES[m.group()], self._clean(str(value)))


def xml_datetime(stamp: str | None) -> str | None:
    """An Accord timestamp ("2025-01-02T03:04:05+00:00") as xsd:dateTime ("…05Z"); None if unusable."""
    if not stamp:
        return None
    from datetime import datetime, timezone

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
