"""Stable GUIDs for exported objects: the same project exports the same GUIDs every time.

A GUID is a UUID version 5 over the project's creation time, the kind of object and its
id, so re-exporting (or exporting a copy of the project) keeps every reference stable,
while two different projects never share GUIDs. Codes are the exception: they export the
GUID stored with them (codebook.Code.guid), which survives copies, merges and re-imports.
"""

import uuid

# Fixed for ever: changing it would change every GUID Accord has ever exported.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "accord:refi-qda")


def stable_guid(seed: str, kind: str, ident: object) -> str:
    """Upper-case GUID (as REFI's examples write them) for object `ident` of `kind`."""
    return str(uuid.uuid5(_NAMESPACE, f"{seed}\x1f{kind}\x1f{ident}")).upper()


def canonical_guid(value: str | None) -> str:
    """A GUID as read from a file, for matching: braces and case do not matter."""
    return (value or "").strip().strip("{}").lower()
