"""`accord autocode`: code every place a text occurs, or every turn of a speaker (issue #16).

    accord autocode P --code X --coder A (--search TEXT [--regex] [--whole-word] | --speaker S)
                      [--extend hit|sentence|paragraph|turn] [--within CODE [--within-coder B]]
                      [--doc D ...] [--dry-run]

Prints {"passages": [{doc, start, end, text}], "added": N, "merged": N, "dry_run": bool}.
Without --dry-run the whole run is one undoable command; with it nothing is written
(so a dry run works, like any reading command, on a project open in the Accord window).
What is found is described in core/analysis/autocode.py.
"""

from ..core.analysis.autocode import Autocode, apply_autocode, plan_autocode
from ..core.analysis.extents import EXTENTS
from ..core.codebook import resolve_code
from ..core.coders import resolve_coder
from ..core.project import Project
from .arguments import UsageError, add_names
from .output import Result, quoted, table


def add_commands(top, command, family) -> None:
    sub = command(top, "autocode", autocode_, "code every place a text occurs, or every turn of a speaker")
    sub.add_argument("--code", metavar="X", required=True, help="the code to apply")
    sub.add_argument("--coder", metavar="A", required=True, help="who codes")
    what = sub.add_mutually_exclusive_group(required=True)
    what.add_argument("--search", metavar="TEXT", help="words to find (case and accents ignored, as `accord search`)")
    what.add_argument("--speaker", metavar="S", help="code every turn of this speaker (without the 'Name:' label)")
    sub.add_argument("--regex", action="store_true", help="--search is a regular expression (case ignored)")
    sub.add_argument("--whole-word", action="store_true", help="only whole words ('work' does not find 'working')")
    sub.add_argument("--extend", choices=EXTENTS, default="hit",
                     help="code the hit itself (default) or its sentence, paragraph or speaker turn")
    sub.add_argument("--within", metavar="CODE", help="only inside passages already coded with CODE")
    add_names(sub, "--within-coder", dest="within_coders", metavar="B",
              help="with --within: only these coders' codings count (default: every coder of role coder)")
    add_names(sub, "--doc", dest="documents", metavar="D", help="only in these documents (default: all)")
    sub.add_argument("--dry-run", action="store_true", help="print what would be coded and write nothing")


def autocode_(args) -> Result:
    if (args.regex or args.whole_word) and args.search is None:
        raise UsageError("--regex and --whole-word go with --search")
    if args.within_coders and args.within is None:
        raise UsageError("--within-coder goes with --within")
    spec = Autocode(search=args.search, regex=args.regex, whole_word=args.whole_word, speaker=args.speaker,
                    extend=args.extend, within=args.within,
                    within_coders=tuple(args.within_coders) or None, documents=tuple(args.documents) or None)
    with Project.open(args.project) as project:
        resolve_code(project.db, args.code)  # an unknown code or coder is named before anything is searched
        resolve_coder(project.db, args.coder)
        passages = plan_autocode(project.db, spec)
        added = merged = 0
        if not args.dry_run and passages:
            with project.command(f"Auto-code {args.code}"):
                applied = apply_autocode(project.db, args.code, args.coder, passages)
            added, merged = applied.added, applied.merged
    data = {"passages": [p.to_json() for p in passages], "added": added, "merged": merged, "dry_run": args.dry_run}
    plural = "" if len(passages) == 1 else "s"
    if args.dry_run:
        head = f"Would code {len(passages):,} passage{plural} with {args.code} for {args.coder} (dry run)."
    else:
        head = f"Coded {len(passages):,} passage{plural} with {args.code} for {args.coder}: " \
               f"{added:,} added, {merged:,} merged with codings already there."
    if not passages:
        return Result(data, head)
    rows = [[p.document, f"{p.start}–{p.end}", quoted(p.text, 60)] for p in passages]
    return Result(data, head + "\n" + table(["DOCUMENT", "SPAN", "TEXT"], rows))
