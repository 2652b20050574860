"""The columns of a code matrix: documents, speakers, coders or the values of a document attribute.

`attr:KEY` makes one column per value of KEY among the chosen documents: numbers
in numeric order (when the attribute is a number, or every value reads as one),
other values alphabetically. With bins (e.g. 30, 45, 60) the values are read as
numbers and put in the columns "<30", "30–45", "45–60" and "≥60" (a bin holds
its lower edge and not its upper one: 45 is in "45–60"); every bin is a column,
even an empty one. Either way, documents without a value for KEY make one last
column, "(none)", present only when there are such documents. With bins, a value
that is not a number is an error (it would otherwise vanish from the table).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from sqlite_utils import Database

from ..attributes import attribute_keys, attribute_type
from ..errors import InvalidValue, NotFound

NO_VALUE = "(none)"
ATTRIBUTE_PREFIX = "attr:"
COLUMN_KINDS = ("documents", "speakers", "coders")


def check_columns(cols: str) -> str:
    """`cols` if it names a kind of column (documents, speakers, coders, attr:KEY); else InvalidValue."""
    if cols in COLUMN_KINDS or (cols.startswith(ATTRIBUTE_PREFIX) and cols[len(ATTRIBUTE_PREFIX):].strip()):
        return cols
    raise InvalidValue(f"unknown columns {cols!r}: use documents, speakers, coders or attr:KEY (e.g. attr:age)")


def check_bins(bins: Sequence[float] | None) -> list[float] | None:
    """The bin edges, which must be finite numbers in increasing order."""
    if bins is None:
        return None
    edges = [float(edge) for edge in bins]
    if not edges or any(not math.isfinite(e) for e in edges) or any(a >= b for a, b in zip(edges, edges[1:])):
        raise InvalidValue(f"bins {', '.join(map(_number, edges)) or '(none)'}: give at least one number, "
                           "in increasing order, e.g. 30,45,60")
    return edges


def bin_labels(edges: Sequence[float]) -> list[str]:
    """"<30", "30–45", "45–60", "≥60" for edges 30, 45, 60."""
    middle = [f"{_number(a)}–{_number(b)}" for a, b in zip(edges, edges[1:])]
    return [f"<{_number(edges[0])}", *middle, f"≥{_number(edges[-1])}"]


def attribute_columns(db: Database, key: str, document_ids: Sequence[int],
                      bins: Sequence[float] | None) -> tuple[list[str], dict[int, int]]:
    """(column names, {document id: column index}) for the column kind attr:KEY."""
    if key not in attribute_keys(db):
        raise NotFound(f"there is no document attribute {key!r} (see: accord attrs)")
    values = dict(db.execute("SELECT document_id, value FROM attributes WHERE key = ?", [key]).fetchall())
    present = {d: values[d] for d in document_ids if d in values}
    if bins is not None:
        labels = bin_labels(bins)
        column_of = {d: bisect.bisect_right(bins, _as_number(key, value)) for d, value in present.items()}
    else:
        labels = _ordered_values(set(present.values()), attribute_type(db, key) == "number")
        index = {value: i for i, value in enumerate(labels)}
        column_of = {d: index[value] for d, value in present.items()}
    if len(present) < len(document_ids):
        labels = [*labels, NO_VALUE]
        column_of.update({d: len(labels) - 1 for d in document_ids if d not in present})
    return labels, column_of


def _ordered_values(values: set[str], numeric: bool) -> list[str]:
    numbers = {v: _float_or_none(v) for v in values}
    if numeric or all(n is not None for n in numbers.values()):
        return sorted(values, key=lambda v: (numbers[v] is None, numbers[v] or 0.0, v))
    return sorted(values, key=lambda v: (v.casefold(), v))


def _as_number(key: str, value: str) -> float:
    number = _float_or_none(value)
    if number is None:
        raise InvalidValue(f"attribute {key!r} has the value {value!r}, which is not a number: "
                           "bins need numbers (leave out --bins, or fix the value with accord attr set)")
    return number


def _float_or_none(value: str) -> float | None:
    try:
        number = float(value.strip().replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))
