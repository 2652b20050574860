"""One copy of each document: a file whose text the project has is skipped; speakers the user unticks are text."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.core.documents import document_text, find_by_sha256, list_documents, sha256_of, speakers, turns_of
from accord.core.importing import duplicate_of, import_files, prepare_document, store_prepared
from accord.core.project import Project

INTERVIEW = "Interviewer: How was it?\nMaya: Cold.\nInterviewer: And then?\nMaya: Warmer.\n"
NEWS = (
    "Edition: Europe\nBy: Ana Ruiz\n\nThe talks resumed on Monday.\n"
    "Ambassador: a spokesman said the ambassador would attend.\nMore prose.\n"
)


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path = folder / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def test_a_file_already_imported_is_skipped_naming_the_document(project, tmp_path):
    source = _write(tmp_path, "maya.txt", INTERVIEW)
    first, = import_files(project, [source])
    again, = import_files(project, [source])
    assert first.ok and not first.skipped
    assert again.skipped and not again.ok and again.document is None
    assert again.duplicate_of == first.document
    assert again.message == 'already in the project as "maya"'
    assert [d.name for d in list_documents(project.db)] == ["maya"]


def test_the_same_text_under_another_name_and_encoding_is_a_duplicate(project, tmp_path):
    """The normalised text is compared: CRLF and cp1252 read the same as LF and UTF-8."""
    text = "Zoë: café au lait\nTom: naïve\nZoë: oui\nTom: non\n"
    original = _write(tmp_path, "original.txt", text)
    copy = _write(tmp_path, "copy.txt", text, encoding="cp1252", newline="\r\n")
    outcomes = import_files(project, [original, copy])
    assert [o.ok for o in outcomes] == [True, False]
    assert outcomes[1].duplicate_of.name == "original"


def test_a_second_identical_file_in_one_batch_is_skipped(project, tmp_path):
    a = _write(tmp_path, "a.txt", INTERVIEW)
    other = _write(tmp_path, "other.txt", "Something else entirely.\n")
    b = _write(tmp_path, "b.txt", INTERVIEW)
    outcomes = import_files(project, [a, other, b])
    assert [(o.ok, o.skipped) for o in outcomes] == [(True, False), (True, False), (False, True)]
    assert outcomes[2].message == 'already in the project as "a"'


def test_allow_duplicates_imports_it_anyway(project, tmp_path):
    source = _write(tmp_path, "maya.txt", INTERVIEW)
    import_files(project, [source])
    again, = import_files(project, [source], allow_duplicates=True)
    assert again.ok and not again.skipped
    assert [d.name for d in list_documents(project.db)] == ["maya", "maya (2)"]


def test_the_text_as_stored_is_compared_joined_lines_included(project, tmp_path):
    source = _write(tmp_path, "pdfish.txt", "The clinic was closed for\nthe whole winter, and we waited.\n")
    prepared = prepare_document(source)
    assert prepared.broken_count == 1
    assert prepared.sha256 == sha256_of(prepared.read_text())
    assert prepared.joined().stored_sha256() == sha256_of(prepared.joined().read_text()) != prepared.sha256
    joined, = import_files(project, [source], join_broken_lines=True)
    assert joined.ok
    plain, = import_files(project, [source])  # a different text: not a duplicate
    assert plain.ok
    again, = import_files(project, [source], join_broken_lines=True)
    assert again.duplicate_of == joined.document


def test_duplicate_of_is_an_index_lookup_of_the_stored_hash(project, tmp_path):
    prepared = prepare_document(_write(tmp_path, "maya.txt", INTERVIEW))
    assert duplicate_of(project.db, prepared) is None
    stored = store_prepared(project, prepared)
    assert stored.sha256 == prepared.sha256
    assert duplicate_of(project.db, prepared) == stored == find_by_sha256(project.db, stored.sha256)
    plan = " ".join(row[-1] for row in project.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM documents WHERE sha256 = ? ORDER BY position, id LIMIT 1", ["x"]))
    assert "documents_sha256" in plan


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"), min_size=1,
               max_size=200)
       .filter(lambda text: any(not ch.isspace() and ch.isprintable() for ch in text)),
       st.sampled_from(["\n", "\r\n"]))
def test_importing_the_same_text_twice_yields_one_document(text, newline):
    with tempfile.TemporaryDirectory() as folder, Project.in_memory(coder="ann") as project:
        first = Path(folder) / "first.txt"
        second = Path(folder) / "second.txt"
        first.write_bytes(text.encode("utf-8"))
        second.write_bytes(text.replace("\n", newline).encode("utf-8"))
        outcomes = import_files(project, [first]) + import_files(project, [first, second])
        if not outcomes[0].ok:  # nothing readable (only control characters, say): nothing stored
            assert list_documents(project.db) == []
            return
        documents = list_documents(project.db)
        assert len(documents) == 1
        assert [o.skipped for o in outcomes[1:]] == [True, True]
        assert all(o.duplicate_of == documents[0] for o in outcomes[1:])


# --- speakers -----------------------------------------------------------------------

def test_prepare_lists_the_speakers_found(tmp_path):
    assert prepare_document(_write(tmp_path, "maya.txt", INTERVIEW)).speakers == ("Interviewer", "Maya")


def test_a_news_article_with_one_off_labels_gets_no_speakers(project, tmp_path):
    source = _write(tmp_path, "news.txt", NEWS)
    assert prepare_document(source).speakers == ()
    document, = import_files(project, [source])
    assert turns_of(project.db, document.document.id) == []


def test_unticked_speakers_are_not_stored(project, tmp_path):
    text = INTERVIEW + "Ambassador: x\nMaya: again\nAmbassador: y\n"
    prepared = prepare_document(_write(tmp_path, "talk.txt", text))
    assert prepared.speakers == ("Interviewer", "Maya", "Ambassador")
    document = store_prepared(project, prepared.without_speakers(["Ambassador"]))
    assert speakers(project.db, document.id) == ["Interviewer", "Maya"]
    stored = document_text(project.db, document.id)
    maya_last = turns_of(project.db, document.id)[-1]
    assert stored[maya_last.start:maya_last.end] == "Maya: again\nAmbassador: y"
