"""accord code set: a code's colour and definition, changed from the command line, undoable."""

from accord.core.project import Project


def test_code_set_changes_colour_and_texts(accord, project):
    code = accord("code", "set", project, "Trust/Doctors", "--color", "#ABCDEF", "--definition", "Mentions of GPs",
                  "--inclusion", "any doctor", "--exclusion", "nurses", "--example", "My GP listened",
                  "--description", "Doctors", "--json").json
    assert code["color"] == "#abcdef"
    assert (code["description"], code["definition"], code["inclusion"], code["exclusion"], code["example"]) == (
        "Doctors", "Mentions of GPs", "any doctor", "nurses", "My GP listened")
    listed = {c["name"]: c for c in accord("codes", project, "--json").json}
    assert listed["Doctors"]["color"] == "#abcdef" and listed["Doctors"]["definition"] == "Mentions of GPs"
    assert listed["Trust"]["definition"] == ""


def test_code_set_text_output_and_only_what_is_given(accord, project):
    before = {c["name"]: c for c in accord("codes", project, "--json").json}["Care"]
    result = accord("code", "set", project, "Care", "--definition", "Looking after someone")
    assert result.status == 0
    assert "Changed definition of code 'Care'" in result.out
    after = {c["name"]: c for c in accord("codes", project, "--json").json}["Care"]
    assert after["color"] == before["color"] and after["definition"] == "Looking after someone"


def test_code_set_is_one_undoable_command(accord, project, monkeypatch):
    """Opened with undo (as the GUI opens it), the change is one step whose undo restores both fields."""
    before = {c["name"]: c for c in accord("codes", project, "--json").json}["Care"]
    real_open, real_close, undone = Project.open, Project.close, []

    def open_with_undo(path, **options):
        return real_open(path, **{**options, "undo": True})

    def undo_then_close(self):
        if self.history is not None and self.history.undo_label and not self._closed:
            undone.append(self.history.undo_label)
            self.undo()
            assert self.history.undo_label is None  # one step, not two
        real_close(self)

    monkeypatch.setattr(Project, "open", staticmethod(open_with_undo))
    monkeypatch.setattr(Project, "close", undo_then_close)
    changed = accord("code", "set", project, "Care", "--colour", "#123456", "--example", "She cares", "--json").json
    assert (changed["color"], changed["example"]) == ("#123456", "She cares")
    monkeypatch.undo()
    assert undone == ["Change code Care"]
    after = {c["name"]: c for c in accord("codes", project, "--json").json}["Care"]
    assert (after["color"], after["example"]) == (before["color"], before["example"])


def test_code_set_bad_colour_is_one_line_and_changes_nothing(fails, project):
    line = fails("code", "set", project, "Care", "--color", "blue", "--definition", "would be lost", match="colour")
    assert "#rrggbb" in line


def test_code_set_unknown_code_and_nothing_to_change(fails, project):
    fails("code", "set", project, "Nobody", "--color", "#123456", match="no code named")
    fails("code", "set", project, "Care", status=2, match="say what to change")
