"""`accord coders` and `accord coder add`: who codes.

    accord coders P | coder add P NAME
"""

from .output import Result, coder_record, table
from ..core import coders
from ..core.project import Project


def add_commands(top, command, family) -> None:
    command(top, "coders", coders_, "list the coders")
    group = family("coder", "add a coder")
    sub = command(group, "add", coder_add, "add a coder")
    sub.add_argument("name", metavar="NAME", help="the coder's name")


def coders_(args) -> Result:
    with Project.open(args.project) as project:
        listed = coders.list_coders(project.db)
    data = [coder_record(c) for c in listed]
    if not listed:
        return Result(data, f"No coders yet. Add one with: accord coder add {args.project} NAME")
    return Result(data, table(["ID", "NAME"], [[c.id, c.name] for c in listed], right=(0,)))


def coder_add(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Add coder"):
            coder = coders.add_coder(project.db, args.name)
    return Result(coder_record(coder), f"Added coder {coder.name!r} (id {coder.id}).")
