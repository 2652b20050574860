"""Attribute conditions of a coding query: "attr:KEY OP VALUE".

OP is one of = != < <= > >= or `contains`. The comparison is numeric when both the
document's value and VALUE read as numbers, else it compares the text (dates are
stored as YYYY-MM-DD, so they compare in time order); `contains` ignores case.
A document without the attribute never meets a condition (not even `!=`).
"""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass

from sqlite_utils import Database

from ..errors import InvalidValue

OPERATORS = ("=", "!=", "<", "<=", ">", ">=", "contains")
_COMPARE = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
            ">": operator.gt, ">=": operator.ge}
_CONTAINS = re.compile(r"\s*attr:(?P<key>.+?)\s+contains\s+(?P<value>.*?)\s*", re.IGNORECASE | re.DOTALL)
_SYMBOL = re.compile(r"\s*attr:(?P<key>[^=<>!]+?)\s*(?P<op><=|>=|!=|=|<|>)\s*(?P<value>.*?)\s*", re.DOTALL)


@dataclass(frozen=True)
class Condition:
    key: str
    op: str
    value: str

    def __str__(self) -> str:
        return f"attr:{self.key} {self.op} {self.value}"

    def holds(self, stored: str) -> bool:
        if self.op == "contains":
            return self.value.casefold() in stored.casefold()
        left, right = _number(stored), _number(self.value)
        if left is not None and right is not None:
            return _COMPARE[self.op](left, right)
        return _COMPARE[self.op](stored, self.value)


def parse_condition(text: str) -> Condition:
    """'attr:age >= 30' as a Condition; InvalidValue naming the expected form otherwise."""
    match = _CONTAINS.fullmatch(text) or _SYMBOL.fullmatch(text)
    if match is None or not match["key"].strip():
        raise InvalidValue(f"condition {text!r} is not of the form \"attr:KEY OP VALUE\" "
                           f"(OP: {' '.join(OPERATORS)})")
    op = match.groupdict().get("op") or "contains"
    return Condition(match["key"].strip(), op, match["value"])


def documents_meeting(db: Database, conditions: list[Condition]) -> set[int] | None:
    """The ids of the documents that meet every condition; None when there are no conditions."""
    if not conditions:
        return None
    keep: set[int] | None = None
    for condition in conditions:
        rows = db.execute("SELECT document_id, value FROM attributes WHERE key = ?", [condition.key]).fetchall()
        meeting = {document_id for document_id, value in rows if condition.holds(value)}
        keep = meeting if keep is None else keep & meeting
    return keep


def _number(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
