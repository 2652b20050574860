"""Fixtures for the codebook tests: a small two-level codebook with codings, and a pane showing it."""

import pytest

from accord.core.codebook import code_tree, create_code
from accord.core.codings import apply_code
from accord.core.coders import add_coder
from accord.core.documents import add_document
from accord.core.project import Project
from accord.gui.codebook.pane import CodebookPane
from accord.gui.session import Session

TEXT = "Honestly, it was harder than I expected. The flat was cold. My sister called every evening. " * 4


@pytest.fixture
def project():
    project = Project.in_memory()
    db = project.db
    with project.command("set up"):
        ana = add_coder(db, "Ana")
        ben = add_coder(db, "Ben")
        doc = add_document(db, "Interview 01", TEXT)
        settling = create_code(db, "Settling in", color="#4e79a7", description="the first months")
        lonely = create_code(db, "Loneliness", parent=settling.id, color="#76b7b2")
        community = create_code(db, "Community", parent=settling.id, color="#59a14f")
        support = create_code(
            db, "Support", color="#9c755f", description="help the participant received from others",
            inclusion="practical or emotional help named by the participant",
            exclusion="help the participant gave", example="My sister called every evening.",
        )
        family = create_code(db, "Family", parent=support.id, color="#edc948")
        create_code(db, "Neighbours", parent=support.id, color="#b07aa1")
        hardship = create_code(db, "Hardship", color="#e15759")
        apply_code(db, doc.id, lonely.id, ana.id, 0, 8)
        apply_code(db, doc.id, lonely.id, ben.id, 0, 8)
        apply_code(db, doc.id, community.id, ana.id, 10, 20)
        apply_code(db, doc.id, family.id, ana.id, 60, 90)
        apply_code(db, doc.id, family.id, ana.id, 150, 170)
        apply_code(db, doc.id, support.id, ben.id, 60, 90)
        apply_code(db, doc.id, hardship.id, ana.id, 41, 59)
    project.ids = {c.name: c.id for c, _ in code_tree(db)} | {"doc": doc.id, "ana": ana.id, "ben": ben.id}
    yield project
    project.close()


@pytest.fixture
def session(project, qtbot):
    return Session(project)


@pytest.fixture
def pane(session, qtbot):
    pane = CodebookPane(session)
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane
