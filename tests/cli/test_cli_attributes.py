"""`accord attr set/remove/type` and `accord attrs`, end to end."""


def test_set_type_and_list_attributes(project, accord, fails):
    assert accord("attr", "set", project, "interview-1", "age", "34.0").status == 0
    assert accord("--json", "attr", "type", project, "age", "number").json == {"key": "age", "type": "number"}
    assert accord("--json", "attrs", project).json == [
        {"doc": "interview-1", "key": "age", "value": "34", "type": "number"}]
    fails("attr", "set", project, "interview-2", "age", "old", match="age is a number: 'old' is not a number")
    fails("attr", "type", project, "age", "colour", status=2, match="invalid choice")


def test_remove_an_attribute(project, accord, fails):
    assert accord("attr", "set", project, "interview-1", "site", "North").status == 0
    result = accord("--json", "attr", "remove", project, "interview-1", "site")
    assert result.json == {"doc": "interview-1", "key": "site"}
    assert accord("--json", "attrs", project).json == []
    fails("attr", "remove", project, "interview-1", "site", match="document 'interview-1' has no attribute 'site'")
    fails("attr", "remove", project, "nobody", "site", match="nobody")
