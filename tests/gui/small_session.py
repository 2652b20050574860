"""A small caregiver-interview project in a GUI session, for the dialog tests of several rooms."""

from accord.core.codebook import code_tree, create_code
from accord.core.coders import add_coder
from accord.core.documents import add_document
from accord.core.project import Project
from accord.gui.session import Session

TEXT = (
    "INTERVIEWER: How did you cope?\n"
    "MARIA: My sister came over every Sunday, which helped more than anything.\n"
)


def small_session() -> Session:
    project = Project.in_memory(title="Caregiver interviews")
    with project.command("x"):
        add_coder(project.db, "Ana")
        create_code(project.db, "Emotions")
        create_code(project.db, "Fear of failure", parent="Emotions")
        create_code(project.db, "Anger", parent="Emotions")
        create_code(project.db, "Safety")
        create_code(project.db, "Negative feedback")
        create_code(project.db, "Feelings")
        add_document(project.db, "Interview 1", TEXT)
    return Session(project)


def code_id(session, name: str) -> int:
    return next(code.id for code, _ in code_tree(session.db) if code.name == name)


def rows(widget) -> list[str]:
    return [widget.list.item(i).text() for i in range(widget.list.count())]
