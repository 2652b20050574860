"""`accord turns P DOC`: a document's speaker turns, with their times for a transcript.

    accord turns P DOC [--json]

JSON lists {speaker, start, end, time_start, time_end}: offsets in code points of the
document's text (half-open), times in seconds or null (turns found in plain text have none).
"""

from .output import Result, table
from ..core import documents
from ..core.importers.transcripts.times import clock
from ..core.project import Project


def add_commands(top, command, family) -> None:
    sub = command(top, "turns", turns, "list a document's speaker turns, with their times for a transcript")
    sub.add_argument("document", metavar="DOC", help="document name or id")


def turns(args) -> Result:
    with Project.open(args.project) as project:
        document = documents.get_document(project.db, args.document)
        listed = documents.timed_turns_of(project.db, document.id)
    data = [{"speaker": t.speaker, "start": t.start, "end": t.end, "time_start": t.time_start,
             "time_end": t.time_end} for t in listed]
    if not listed:
        return Result(data, f"Document {document.name!r} has no speaker turns.")
    rows = [[t.speaker, t.start, t.end, clock(t.time_start), clock(t.time_end)] for t in listed]
    return Result(data, table(["SPEAKER", "START", "END", "FROM", "TO"], rows, right=(1, 2, 3, 4)))

