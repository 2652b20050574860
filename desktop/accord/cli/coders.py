"""`accord coders` and `accord coder add|rename|delete|role|color`: who codes, in which role and colour.

    accord coders P
    accord coder add P NAME [--role coder|consensus]
    accord coder rename P OLD NEW
    accord coder delete P NAME [--with-codings]
    accord coder role P NAME coder|consensus
    accord coder color P NAME #rrggbb

A `consensus` holds what adjudication decided (or a reference coding brought in);
"all coders" in agreement, disagreements and reports means the coders of role
`coder`, and a consensus is compared only when named.
"""

from .output import Result, coder_record, count, table
from ..core import coders
from ..core.project import Project


def add_commands(top, command, family) -> None:
    command(top, "coders", coders_, "list the coders and their roles")
    group = family("coder", "add, rename or delete a coder, or change a coder's role or colour")
    sub = command(group, "add", coder_add, "add a coder")
    sub.add_argument("name", metavar="NAME", help="the coder's name")
    sub.add_argument("--role", choices=coders.ROLES, default=coders.CODER,
                     help="'consensus' for the decisions of adjudication or a reference coding (default: coder)")
    sub = command(group, "rename", coder_rename, "rename a coder")
    sub.add_argument("coder", metavar="OLD", help="coder name or id")
    sub.add_argument("new_name", metavar="NEW", help="the new name")
    sub = command(group, "delete", coder_delete, "delete a coder (one with codings only with --with-codings)")
    sub.add_argument("coder", metavar="NAME", help="coder name or id")
    sub.add_argument("--with-codings", action="store_true", help="delete the coder's codings too")
    sub = command(group, "role", coder_role, "make a coder a coder or a consensus")
    sub.add_argument("coder", metavar="NAME", help="coder name or id")
    sub.add_argument("role", choices=coders.ROLES, help="the new role")
    sub = command(group, "color", coder_color, "set the colour a coder is drawn in")
    sub.add_argument("coder", metavar="NAME", help="coder name or id")
    sub.add_argument("color", metavar="#RRGGBB", help="the colour, e.g. '#3b6ea5' (quote it in a shell)")


def coders_(args) -> Result:
    with Project.open(args.project) as project:
        listed = coders.list_coders(project.db)
    data = [coder_record(c) for c in listed]
    if not listed:
        return Result(data, f"No coders yet. Add one with: accord coder add {args.project} NAME")
    return Result(data, table(["ID", "NAME", "ROLE"], [[c.id, c.name, c.role] for c in listed], right=(0,)))


def coder_add(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Add coder"):
            coder = coders.add_coder(project.db, args.name, role=args.role)
    role = " as a consensus" if coder.role == coders.CONSENSUS_ROLE else ""
    return Result(coder_record(coder), f"Added coder {coder.name!r} (id {coder.id}){role}.")


def coder_rename(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Rename coder"):
            old = coders.get_coder(project.db, args.coder)
            coders.rename_coder(project.db, old.id, args.new_name)
            coder = coders.get_coder(project.db, old.id)
    return Result(coder_record(coder), f"Renamed coder {old.name!r} to {coder.name!r}.")


def coder_delete(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Delete coder"):
            coder = coders.get_coder(project.db, args.coder)
            removed = coders.delete_coder(project.db, coder.id, with_codings=args.with_codings)
    data = {**coder_record(coder), "codings_deleted": removed}
    return Result(data, f"Deleted coder {coder.name!r}" + (f" and {count(removed, 'coding')}." if removed else "."))


def coder_role(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Change coder role"):
            coder = coders.set_coder_role(project.db, args.coder, args.role)
    return Result(coder_record(coder), f"{coder.name!r} is now a {coder.role}.")


def coder_color(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Change coder colour"):
            coder = coders.set_coder_color(project.db, args.coder, args.color)
    return Result(coder_record(coder), f"{coder.name!r} is now drawn in {coder.color}.")
