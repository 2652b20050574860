"""The plan of a codebook import, and carrying it out as part of one command.

Codes are matched by path. A code the project lacks is added (and so is any
ancestor that neither the file nor the project has, with no fields). A code
the project has is "existing" when every field the file gives (a non-empty
cell) equals the project's, else a conflict: skipped, or with update=True
its differing fields are overwritten. An empty cell never clears a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from .. import codebook
from ..command_guard import changes_project
from .columns import TEXT_FIELDS
from .rows import Codebook, Entry

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


@dataclass
class Plan:
    added: list[str] = field(default_factory=list)  # paths "Parent/Child"
    existing: list[str] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)  # {"path", "fields": {f: {"project", "file"}}}
    updated: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    steps: list[tuple] = field(default_factory=list)  # what apply does: ("add"|"update", parts, fields)

    def as_json(self, dry_run: bool) -> dict:
        return {"added": self.added, "existing": self.existing, "conflicts": self.conflicts,
                "updated": self.updated, "warnings": self.warnings, "dry_run": dry_run}


def colour_of(text: str) -> str | None:
    """"#rrggbb" from "#RRGGBB", "rrggbb" or "#rgb"; None if it is none of these."""
    match = _HEX.match(text.strip())
    if not match:
        return None
    digits = match.group(1).lower()
    return "#" + (digits if len(digits) == 6 else "".join(ch * 2 for ch in digits))


def plan_import(db: Database, book: Codebook, *, update: bool = False) -> Plan:
    """What importing `book` would do; reads the project only."""
    plan = Plan(warnings=list(book.warnings))
    tree = codebook.code_tree(db)
    by_id = {code.id: code for code, _ in tree}
    have: dict[tuple[str, ...], codebook.Code] = {}
    for code, _ in tree:
        chain, node = [code.name], code
        while node.parent_id is not None:
            node = by_id[node.parent_id]
            chain.append(node.name)
        have[tuple(reversed(chain))] = code
    seen: dict[tuple[str, ...], Entry] = {}
    implicit: dict[tuple[str, ...], int] = {}  # ancestors added for a child before their own row: step index
    for entry in book.entries:
        parts = _rooted(entry, have)
        fields = _fields(entry, plan)
        if parts in implicit:  # its own row comes after a child's: it gets the row's fields
            plan.steps[implicit.pop(parts)] = ("add", parts, fields)
            seen[parts] = entry
            continue
        if parts in seen:
            if _fields(seen[parts], None) != fields:
                plan.warnings.append(f"{entry.where}: {'/'.join(parts)} is listed again with other fields "
                                     f"(first at {seen[parts].where}); the first is used")
            continue
        seen[parts] = entry
        for depth in range(1, len(parts)):
            ancestor = parts[:depth]
            if ancestor not in have and ancestor not in seen:
                seen[ancestor] = Entry(ancestor, {}, entry.where)
                implicit[ancestor] = len(plan.steps)
                plan.added.append("/".join(ancestor))
                plan.steps.append(("add", ancestor, {}))
        path = "/".join(parts)
        code = have.get(parts)
        if code is None:
            plan.added.append(path)
            plan.steps.append(("add", parts, fields))
            continue
        differ = {f: {"project": _value(code, f), "file": v} for f, v in fields.items() if _value(code, f) != v}
        if not differ:
            plan.existing.append(path)
        else:
            plan.conflicts.append({"path": path, "fields": differ})
            if update:
                plan.updated.append(path)
                plan.steps.append(("update", parts, {f: v for f, v in fields.items() if f in differ}))
    return plan


@changes_project
def apply_import(db: Database, book: Codebook, *, update: bool = False) -> Plan:
    """Plan `book` against the project as it is now and carry the plan out (inside a command)."""
    plan = plan_import(db, book, update=update)
    for action, parts, fields in plan.steps:
        texts = {f: v for f, v in fields.items() if f in TEXT_FIELDS}
        if action == "add":
            parent = _by_parts(db, parts[:-1]) if len(parts) > 1 else None
            codebook.create_code(db, parts[-1], parent=parent, color=fields.get("colour"), **texts)
        else:
            code_id = _by_parts(db, parts)
            if texts:
                codebook.update_code_texts(db, code_id, **texts)
            if "colour" in fields:
                codebook.recolour_code(db, code_id, fields["colour"])
    return plan


def _by_parts(db: Database, parts: tuple[str, ...]) -> int:
    """The id of the code at `parts`, walking names (a name may itself hold "/")."""
    parent_id = None
    for name in parts:
        parent_id = db.execute("SELECT id FROM codes WHERE parent_id IS ? AND name = ?",
                               [parent_id, name]).fetchone()[0]
    return parent_id


def _rooted(entry: Entry, have: dict) -> tuple[str, ...]:
    """A loose entry's top name placed under the one project code of that name, if it is not at the top."""
    if not entry.loose or entry.parts[:1] in have:
        return entry.parts
    homes = [parts for parts in have if parts[-1] == entry.parts[0]]
    return (*homes[0], *entry.parts[1:]) if len(homes) == 1 else entry.parts


def _fields(entry: Entry, plan: Plan | None) -> dict[str, str]:
    fields = {f: v for f, v in entry.fields.items() if f in TEXT_FIELDS}
    if "colour" in entry.fields:
        colour = colour_of(entry.fields["colour"])
        if colour is not None:
            fields["colour"] = colour
        elif plan is not None:
            plan.warnings.append(f"{entry.where}: colour {entry.fields['colour']!r} is not #rrggbb; "
                                 "an automatic colour is used")
    return fields


def _value(code: codebook.Code, field_name: str) -> str:
    return code.color.lower() if field_name == "colour" else getattr(code, field_name)
