"""`accord docs` and `accord doc rename|delete`: the project's documents.

    accord docs P | doc rename P D NEW | doc delete P D --yes

(Documents come in with `accord import`, see `project.py`.)
"""

from .arguments import CommandError
from .output import Result, count, document_record, table
from ..core import documents
from ..core.project import Project


def add_commands(top, command, family) -> None:
    command(top, "docs", docs, "list the documents")
    group = family("doc", "rename or delete a document")
    sub = command(group, "rename", doc_rename, "rename a document")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("new_name", metavar="NEW", help="the new name")
    sub = command(group, "delete", doc_delete, "delete a document and its codings")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("--yes", action="store_true", help="really delete (and its codings)")


def docs(args) -> Result:
    with Project.open(args.project) as project:
        counts = documents.coding_counts(project.db)
        listed = documents.list_documents(project.db)
    data = [document_record(d, counts.get(d.id, 0)) for d in listed]
    if not listed:
        return Result(data, f"No documents yet. Add some with: accord import {args.project} FILE...")
    rows = [[d.id, d.name, f"{d.length:,}", counts.get(d.id, 0), d.source_name] for d in listed]
    return Result(data, table(["ID", "NAME", "CHARACTERS", "CODINGS", "SOURCE"], rows, right=(0, 2, 3)))


def doc_rename(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Rename document"):
            old = documents.get_document(project.db, args.document)
            documents.rename_document(project.db, old.id, args.new_name)
        renamed = documents.get_document(project.db, old.id)
        data = document_record(renamed, documents.count_codings_in(project.db, old.id))
    return Result(data, f"Renamed document {old.name!r} to {renamed.name!r}.")


def doc_delete(args) -> Result:
    with Project.open(args.project) as project:
        document = documents.get_document(project.db, args.document)
        codings = documents.count_codings_in(project.db, document.id)
        if not args.yes:
            raise CommandError(
                f"deleting document {document.name!r} would also delete {count(codings, 'coding')}; "
                "add --yes to delete it")
        with project.command(f"Delete document {document.name}"):
            removed = documents.delete_document(project.db, document.id)
    data = {"deleted": document_record(document, removed), "codings_removed": removed}
    return Result(data, f"Deleted document {document.name!r} and its {count(removed, 'coding')}.")
