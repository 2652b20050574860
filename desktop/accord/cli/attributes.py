"""`accord attr set` and `accord attrs`: document attributes (age, site, ...).

    accord attr set P D KEY VALUE | attrs P [--doc D]
"""

from .output import Result, clip, table
from ..core import attributes, documents
from ..core.project import Project


def add_commands(top, command, family) -> None:
    group = family("attr", "set a document attribute")
    sub = command(group, "set", attr_set, "set an attribute (e.g. age, site) of a document")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("key", metavar="KEY")
    sub.add_argument("value", metavar="VALUE")
    sub = command(top, "attrs", attrs, "list document attributes")
    sub.add_argument("--doc", dest="document", metavar="D", help="only this document")


def attr_set(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Set attribute"):
            attributes.set_attribute(project.db, args.document, args.key, args.value)
        name = documents.get_document(project.db, args.document).name
        value = attributes.attributes_of(project.db, args.document)[args.key.strip()]
    data = {"doc": name, "key": args.key.strip(), "value": value}
    return Result(data, f"Set {data['key']} = {value!r} on document {name!r}.")


def attrs(args) -> Result:
    with Project.open(args.project) as project:
        if args.document is not None:
            document = documents.get_document(project.db, args.document)
            per_document = {document.id: attributes.attributes_of(project.db, document.id)}
            names = {document.id: document.name}
        else:
            per_document = attributes.all_attributes(project.db)
            names = {d.id: d.name for d in documents.list_documents(project.db)}
    order = [d for d in names if d in per_document]
    data = [{"doc": names[d], "key": k, "value": v} for d in order for k, v in per_document[d].items()]
    if not data:
        return Result(data, "No attributes." if args.document is None else
                      f"Document {names[order[0]]!r} has no attributes.")
    if args.document is not None:
        rows = [[k, v] for k, v in per_document[order[0]].items()]
        return Result(data, table(["KEY", "VALUE"], rows))
    keys = sorted({k for d in order for k in per_document[d]})
    rows = [[names[d]] + [clip(per_document[d].get(k, ""), 30) for k in keys] for d in order]
    return Result(data, table(["DOCUMENT"] + keys, rows))
