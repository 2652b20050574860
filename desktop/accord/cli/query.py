"""`accord query` and `accord queries`: coding queries (issue #16).

    accord query P --code A [--and B] [--or C] [--not D] [--near E --distance N] [--within turn|paragraph]
                   [--coder A] [--speaker S] [--where "attr:KEY OP VALUE"] [--save NAME]
    accord query P --run NAME
    accord queries P [--delete NAME]

The steps --and/--or/--not/--near apply left to right in the order given (see
core/analysis/query.py); --distance sets the distance of the --near before it
(default 0). `--save NAME` runs the query and saves it in the project (one
undoable command); `accord queries --delete NAME` deletes one (undoable too).
Prints segments {doc, start, end, text, codes}.
"""

import argparse

from .arguments import UsageError, add_names
from .output import Result, clip, quoted, table
from ..core.analysis.query import UNITS, Query, Step, run_query
from ..core.analysis.saved_queries import delete_query, save_query, saved_queries, saved_query
from ..core.project import Project


class _StepAction(argparse.Action):
    """--and/--or/--not/--near append a step to one list, so their order on the line is kept."""

    def __call__(self, parser, namespace, value, option_string=None):
        steps = list(getattr(namespace, "steps", None) or [])
        steps.append(Step(self.const, value))
        namespace.steps = steps


class _DistanceAction(argparse.Action):
    def __call__(self, parser, namespace, value, option_string=None):
        steps = getattr(namespace, "steps", None) or []
        if not steps or steps[-1].op != "near":
            parser.error("--distance must follow a --near")
        steps[-1].distance = value


def _distance(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; a distance is 0 or more characters")
    return number


def add_commands(top, command, family) -> None:
    sub = command(top, "query", query_, "find the passages coded A and/or/not/near other codes, with filters")
    sub.add_argument("--code", metavar="A", help="the code the query starts from")
    for op, text in (("and", "and also coded B (both)"), ("or", "or coded B (either)"),
                     ("not", "but not coded B"), ("near", "within --distance characters of a B passage")):
        sub.add_argument(f"--{op}", metavar="B", action=_StepAction, const=op, dest="steps", default=[],
                         help=text + "; repeatable, applied left to right")
    sub.add_argument("--distance", metavar="N", type=_distance, action=_DistanceAction, dest="steps",
                     help="characters for the --near before it (default 0)")
    sub.add_argument("--within", choices=UNITS, help="--and/--not ask whether the turn or paragraph has the code")
    add_names(sub, "--coder", dest="coders", metavar="NAME", help="only these coders' codings (default: every "
              "coder of role coder)")
    sub.add_argument("--speaker", metavar="S", help="only what speaker S said (their turns)")
    sub.add_argument("--where", metavar="COND", action="append", default=[],
                     help='only documents with "attr:KEY OP VALUE" (OP: = != < <= > >= contains); repeatable')
    sub.add_argument("--save", metavar="NAME", help="also save the query in the project under NAME")
    sub.add_argument("--run", metavar="NAME", help="run the saved query NAME (see: accord queries)")

    sub = command(top, "queries", queries_, "list the coding queries saved in the project, or delete one")
    sub.add_argument("--delete", metavar="NAME", help="delete the saved query NAME")


def _query_from(args) -> Query:
    if args.run is not None:
        if args.code is not None or args.steps or args.within or args.coders or args.speaker or args.where:
            raise UsageError("--run takes a saved query as it is; give no --code or other query options with it")
        return None
    if args.code is None:
        raise UsageError("give --code (the code the query starts from) or --run NAME")
    return Query(args.code, list(args.steps), args.within, list(args.coders) or None, args.speaker, list(args.where))


def query_(args) -> Result:
    query = _query_from(args)
    with Project.open(args.project) as project:
        if query is None:
            query = saved_query(project.db, args.run)
        found = run_query(project.db, query)
        if args.save is not None:
            with project.command(f"Save query {args.save.strip()}"):
                save_query(project.db, args.save, query)
    data = [s.to_json() for s in found]
    plural = "" if len(found) == 1 else "s"
    lines = [f"{query.describe()}: {len(found):,} segment{plural}"]
    if args.save is not None:
        lines.append(f"Saved as {args.save.strip()!r}.")
    if found:
        rows = [[s.document, f"{s.start}–{s.end}", clip(", ".join(s.codes), 30), quoted(s.text, 50)] for s in found]
        lines.append(table(["DOCUMENT", "SPAN", "CODES", "TEXT"], rows))
    return Result(data, "\n".join(lines))


def queries_(args) -> Result:
    if args.delete is not None:
        return _delete(args)
    with Project.open(args.project) as project:
        found = saved_queries(project.db)
    data = [{"name": name, "query": query.to_json(), "description": query.describe()}
            for name, query in found.items()]
    if not data:
        return Result([], "No saved queries.")
    return Result(data, table(["NAME", "QUERY"], [[d["name"], clip(d["description"], 80)] for d in data]))


def _delete(args) -> Result:
    name = args.delete.strip()
    with Project.open(args.project) as project:
        with project.command(f"Delete query {name}"):
            delete_query(project.db, name)
    return Result({"deleted": name}, f"Deleted saved query {name!r}.")
