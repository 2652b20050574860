"""`accord attr set/remove/type` and `accord attrs`: document attributes (age, site, ...).

    accord attr set P D KEY VALUE | attr remove P D KEY | attr type P KEY text|number|date | attrs P [--doc D]
    accord attr import P FILE | attr export P FILE: see attribute_files.py
"""

from .attribute_files import add_file_commands
from .output import Result, clip, table
from ..core import attributes, documents
from ..core.project import Project


def add_commands(top, command, family) -> None:
    group = family("attr", "set, remove or type a document attribute")
    sub = command(group, "set", attr_set, "set an attribute (e.g. age, site) of a document")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("key", metavar="KEY")
    sub.add_argument("value", metavar="VALUE")
    sub = command(group, "remove", attr_remove, "remove an attribute from a document")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("key", metavar="KEY")
    sub = command(group, "type", attr_type, "make an attribute text, a number or a date (every value must fit)")
    sub.add_argument("key", metavar="KEY")
    sub.add_argument("kind", metavar="TYPE", choices=attributes.TYPES, help="text, number or date (YYYY-MM-DD)")
    add_file_commands(group, command)
    sub = command(top, "attrs", attrs, "list document attributes")
    sub.add_argument("--doc", dest="document", metavar="D", help="only this document")


def attr_set(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Set attribute"):
            value = attributes.set_attribute(project.db, args.document, args.key, args.value)
        name = documents.get_document(project.db, args.document).name
        kind = attributes.attribute_type(project.db, args.key.strip())
    data = {"doc": name, "key": args.key.strip(), "value": value, "type": kind}
    return Result(data, f"Set {data['key']} = {value!r} on document {name!r}.")


def attr_remove(args) -> Result:
    with Project.open(args.project) as project:
        name = documents.get_document(project.db, args.document).name
        with project.command(f"Remove attribute {args.key}"):
            attributes.remove_attribute(project.db, args.document, args.key)
    data = {"doc": name, "key": args.key}
    return Result(data, f"Removed {args.key} from document {name!r}.")


def attr_type(args) -> Result:
    with Project.open(args.project) as project:
        with project.command(f"Make {args.key} a {args.kind}"):
            attributes.set_attribute_type(project.db, args.key, args.kind)
    data = {"key": args.key.strip(), "type": args.kind}
    return Result(data, f"{data['key']} is now a {args.kind}.")


def attrs(args) -> Result:
    with Project.open(args.project) as project:
        if args.document is not None:
            document = documents.get_document(project.db, args.document)
            per_document = {document.id: attributes.attributes_of(project.db, document.id)}
            names = {document.id: document.name}
        else:
            per_document = attributes.all_attributes(project.db)
            names = {d.id: d.name for d in documents.list_documents(project.db)}
        types = attributes.attribute_types(project.db)
    order = [d for d in names if d in per_document]
    data = [{"doc": names[d], "key": k, "value": v, "type": types.get(k, "text")}
            for d in order for k, v in per_document[d].items()]
    if not data:
        return Result(data, "No attributes." if args.document is None else
                      f"Document {names[order[0]]!r} has no attributes.")
    if args.document is not None:
        rows = [[k, v] for k, v in per_document[order[0]].items()]
        return Result(data, table(["KEY", "VALUE"], rows))
    keys = sorted({k for d in order for k in per_document[d]})
    rows = [[names[d]] + [clip(per_document[d].get(k, ""), 30) for k in keys] for d in order]
    return Result(data, table(["DOCUMENT"] + keys, rows))
