"""accord import: one copy of each document, DOCX paragraphs, speakers that recur (end to end, real files)."""

import docx
import pytest

from cli_helpers import needs_importers, run_subprocess

pytestmark = needs_importers

TURNS = ["Interviewer: How was it?", "Maya: Cold at first.", "Interviewer: And then?", "Maya: Warmer."]


@pytest.fixture
def empty(accord, tmp_path):
    path = tmp_path / "p.accord"
    accord("new", path, "--coder", "ann")
    return path


@pytest.fixture
def interview_txt(tmp_path):
    path = tmp_path / "maya.txt"
    path.write_text("\n\n".join(TURNS) + "\n", encoding="utf-8")
    return path


def _docx(path, paragraphs):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


def _names(accord, project):
    return [d["name"] for d in accord("docs", project, "--json").json]


def test_a_file_already_in_the_project_is_skipped_with_one_line(accord, empty, interview_txt):
    assert accord("import", empty, interview_txt).status == 0
    again = accord("import", empty, interview_txt)
    assert again.status == 0, again.err
    assert f'skipped {interview_txt}: already in the project as "maya"' in again.out.splitlines()
    assert "--allow-duplicates" in again.out  # what to do to import it anyway
    assert "STATUS" not in again.out  # nothing was imported: no table
    assert again.err == ""
    assert _names(accord, empty) == ["maya"]


def test_json_lists_the_skipped_duplicates(accord, empty, interview_txt, tmp_path):
    copy = tmp_path / "copy of maya.txt"
    copy.write_bytes(interview_txt.read_bytes().replace(b"\n", b"\r\n"))  # same text once normalised
    other = tmp_path / "other.txt"
    other.write_text("Something else.\n", encoding="utf-8")
    output = accord("import", empty, interview_txt, other, copy, "--json").json
    assert output["skipped_duplicates"] == [{"file": str(copy), "existing": "maya"}]
    assert [(f["file"], f["ok"]) for f in output["files"]] == [(str(interview_txt), True), (str(other), True)]
    again = accord("import", empty, other, "--json").json
    assert again == {"files": [], "skipped_duplicates": [{"file": str(other), "existing": "other"}]}
    assert _names(accord, empty) == ["maya", "other"]


def test_allow_duplicates_imports_it_anyway(accord, empty, interview_txt):
    accord("import", empty, interview_txt)
    output = accord("import", empty, interview_txt, "--allow-duplicates", "--json").json
    assert output["skipped_duplicates"] == [] and output["files"][0]["ok"] is True
    assert _names(accord, empty) == ["maya", "maya (2)"]


def test_a_docx_with_the_text_of_a_txt_is_a_duplicate(accord, empty, tmp_path):
    """DOCX paragraphs get the blank line between them that the .txt has, so the texts are equal."""
    interview_txt = tmp_path / "maya.txt"
    interview_txt.write_text("\n\n".join(TURNS), encoding="utf-8")  # a .docx ends without a line break
    word = _docx(tmp_path / "maya.docx", TURNS)
    assert accord("import", empty, word, "--json").json["files"][0]["ok"] is True
    output = accord("import", empty, interview_txt, "--json").json
    assert output["skipped_duplicates"] == [{"file": str(interview_txt), "existing": "maya"}]


def test_a_docx_interview_keeps_blank_lines_and_its_speakers(accord, empty, tmp_path):
    from accord.core.documents import document_text, speakers
    from accord.core.project import Project

    word = _docx(tmp_path / "talk.docx", ["Edition: Europe", "By: Ana", *TURNS])
    accord("import", empty, word)
    with Project.open(empty) as project:
        assert document_text(project.db, "talk") == "\n\n".join(["Edition: Europe", "By: Ana", *TURNS])
        assert speakers(project.db, "talk") == ["Interviewer", "Maya"]  # "Edition", "By": once each


def test_a_news_article_gets_no_speakers(accord, empty, tmp_path):
    from accord.core.documents import speakers
    from accord.core.project import Project

    article = tmp_path / "news.txt"
    article.write_text("Edition: Europe\nBy: Ana Ruiz\n\nTalks resumed.\nAmbassador: the envoy will attend.\n",
                       encoding="utf-8")
    accord("import", empty, article)
    with Project.open(empty) as project:
        assert speakers(project.db, "news") == []


def test_the_real_command_skips_a_duplicate(tmp_path, interview_txt):
    project = tmp_path / "real.accord"
    assert run_subprocess("new", project).status == 0
    assert run_subprocess("import", project, interview_txt).status == 0
    again = run_subprocess("import", project, interview_txt)
    assert again.status == 0 and f'skipped {interview_txt}: already in the project as "maya"' in again.out
