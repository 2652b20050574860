"""`accord merge TARGET SOURCE... [--rename-coder OLD=NEW ...]`: bring coders' copies together.

Each SOURCE is merged into TARGET in turn (see `accord.core.merge`); the sources
are only read. All sources are merged in one transaction: if any of them fails
(a coder clash, a file that is not a project), TARGET is left as it was.
"""

import argparse
import shlex

from .arguments import UsageError
from .output import Result
from ..core.errors import InvalidValue
from ..core.merge import CoderClash, MergeReport, describe_clashes, merge_projects, source_coder_names
from ..core.project import Project


def add_commands(top, command, family) -> None:
    sub = command(top, "merge", merge,
                  "merge coders' copies of a project into one: their coders, codes, codings and memos",
                  project=False)
    sub.add_argument("target", metavar="TARGET", help="the project to merge into (the only file changed)")
    sub.add_argument("sources", metavar="SOURCE", nargs="+", help="coders' copies to bring in (only read)")
    sub.add_argument("--rename-coder", dest="rename_coders", metavar="OLD=NEW", action="append", default=[],
                     type=_rename,
                     help="bring a source's coder OLD in as NEW (when the target has another coder named OLD); "
                          "may be repeated")


def _rename(value: str) -> tuple[str, str]:
    old, equals, new = value.partition("=")
    if not equals or not old.strip() or not new.strip():
        raise argparse.ArgumentTypeError(f"{value!r} is not of the form OLD=NEW")
    return old.strip(), new.strip()


_rename.__name__ = "coder rename"  # argparse names the type in its messages


def merge(args) -> Result:
    renames: dict[str, str] = {}
    for old, new in args.rename_coders:
        if renames.get(old, new) != new:
            raise UsageError(f"--rename-coder gives coder {old!r} two new names ({renames[old]!r} and {new!r})")
        renames[old] = new
    with Project.open(args.target) as project:
        coders_of = {source: source_coder_names(source) for source in args.sources}
        unused = [old for old in renames if not any(old in names for names in coders_of.values())]
        if unused:
            raise InvalidValue(f"--rename-coder {unused[0]}=...: no source has a coder named {unused[0]!r}")
        reports: list[MergeReport] = []
        try:
            # One transaction for all sources: nothing is changed unless every merge succeeds.
            with project.command(f"Merge {len(args.sources)} projects"):
                for source in args.sources:
                    wanted = {old: new for old, new in renames.items() if old in coders_of[source]}
                    reports.append(merge_projects(project, source, rename_coders=wanted))
        except CoderClash as clash:
            flags = " ".join(
                "--rename-coder " + shlex.quote(f"{c.source_name}={c.previous or c.suggestion}")
                for c in clash.clashes)
            raise InvalidValue(f"{describe_clashes(clash.path, clash.clashes)}; coders are never merged by name "
                               f"alone: add {flags} and merge again (nothing was merged)") from clash
    return Result([report.to_dict() for report in reports], "\n\n".join(report.summary() for report in reports))
