"""What a merge reports: `MergeReport` (what one merge did, as counts, as JSON and as a summary
for people) and the coder clashes that stop a merge before it writes anything (`Clash`,
`CoderClash`, `describe_clashes`). Plain data and wording; nothing here reads or writes a project.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidValue


class CoderClash(InvalidValue):
    """Source coders whose names are taken in the target by what look like other coders."""

    def __init__(self, message: str, path: Path, clashes: list[Clash]):
        super().__init__(message)
        self.path = path
        self.clashes = clashes


@dataclass(frozen=True)
class Clash:
    source_name: str  # the coder's name in the source
    target_name: str  # the name it would have had in the target (after a requested rename)
    suggestion: str  # a name free in the target
    previous: str | None = None  # the name an earlier merge of this source gave it, if any


@dataclass
class MergeReport:
    """What one merge did. Counts are of the source's items."""

    source: str
    target: str
    documents_added: int = 0
    documents_matched_by_hash: int = 0
    documents_matched_by_name: int = 0
    codes_added: int = 0
    codes_matched: int = 0
    coders_added: int = 0
    coders_matched: int = 0
    coders_renamed: int = 0
    codings_added: int = 0  # new, or joined with an overlapping coding of the same coder and code
    codings_already_present: int = 0
    codings_skipped: int = 0  # on documents matched by name whose text differs
    memos_added: int = 0
    memos_already_present: int = 0
    attributes_added: int = 0
    added_documents: list[str] = field(default_factory=list)
    added_codes: list[str] = field(default_factory=list)  # paths, Parent/Child
    added_coders: list[str] = field(default_factory=list)  # names in the target
    renamed_coders: dict[str, str] = field(default_factory=dict)  # source name -> target name
    renamed_codes: dict[str, str] = field(default_factory=dict)  # target path -> source path, of one code
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether the merge wrote anything into the target."""
        return bool(self.documents_added or self.codes_added or self.coders_added or self.codings_added
                    or self.memos_added or self.attributes_added)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "target": self.target,
            "changed": self.changed,
            "documents": {
                "added": self.documents_added,
                "matched_by_hash": self.documents_matched_by_hash,
                "matched_by_name": self.documents_matched_by_name,
                "added_names": list(self.added_documents),
            },
            "codes": {"added": self.codes_added, "matched": self.codes_matched, "added_paths": list(self.added_codes),
                      "renames": dict(self.renamed_codes)},
            "coders": {
                "added": self.coders_added,
                "matched": self.coders_matched,
                "renamed": self.coders_renamed,
                "added_names": list(self.added_coders),
                "renames": dict(self.renamed_coders),
            },
            "codings": {
                "added": self.codings_added,
                "already_present": self.codings_already_present,
                "skipped": self.codings_skipped,
            },
            "memos": {"added": self.memos_added, "already_present": self.memos_already_present},
            "attributes": {"added": self.attributes_added},
            "warnings": list(self.warnings),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def summary(self) -> str:
        """What the merge did, in a few lines for people."""
        if self.changed:
            lines = [f"Merged {self.source} into {self.target}:"]
        else:
            lines = [f"Nothing new in {self.source}: all of it is already in {self.target}."]
        coders = f"{self.coders_added:,} added, {self.coders_matched:,} already there"
        if self.renamed_coders:
            coders += " (renamed: " + ", ".join(f"{old!r} → {new!r}" for old, new in self.renamed_coders.items()) + ")"
        rows = [
            ("documents", f"{self.documents_added:,} added, {self.documents_matched_by_hash:,} matched by text, "
                          f"{self.documents_matched_by_name:,} matched by name only"),
            ("codes", f"{self.codes_added:,} added, {self.codes_matched:,} already there"),
            ("coders", coders),
            ("codings", f"{self.codings_added:,} added, {self.codings_already_present:,} already there, "
                        f"{self.codings_skipped:,} skipped"),
            ("memos", f"{self.memos_added:,} added, {self.memos_already_present:,} already there"),
            ("attributes", f"{self.attributes_added:,} added"),
        ]
        lines += [f"  {label:<11}{value}" for label, value in rows]
        lines += [f"  renamed in {self.source}: {old} → {new}" for old, new in self.renamed_codes.items()]
        lines += [f"  warning: {warning}" for warning in self.warnings]
        return "\n".join(lines)


def describe_clashes(path: Path, clashes: list[Clash]) -> str:
    """Which coders of the source clash with which of the target, in one sentence."""
    parts = []
    for clash in clashes:
        if clash.target_name == clash.source_name:
            part = f"coder {clash.source_name!r} of {path} is also in the target, with other codings"
        else:
            part = (f"coder {clash.source_name!r} of {path} would be renamed {clash.target_name!r}, "
                    "but the target already has a coder of that name, with other codings")
        if clash.previous:
            part += f" (an earlier merge of this project named it {clash.previous!r})"
        parts.append(part)
    return "; ".join(parts)


def clash_message(path: Path, clashes: list[Clash]) -> str:
    renames = ", ".join(f"{c.source_name!r} to {(c.previous or c.suggestion)!r}" for c in clashes)
    return (describe_clashes(path, clashes) + ". Coders are never merged by name alone: rename the source's "
            f"coder as it comes in (for example {renames}) and merge again")
