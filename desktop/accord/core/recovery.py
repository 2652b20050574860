"""What to do about a damaged project: the newest good backup, and the command that restores it.

`inspect_project(path)` is `project_file.inspect` for opening a project: where the file
is damaged, its ProjectDamaged names the newest backup that passes SQLite's integrity
check (its time and its document and coding counts) and the `accord restore` command,
so that the command line, a window and a merge all say what to do next.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from . import project_file
from .backups import list_backups, newest_good_backup
from .errors import ProjectFileError
from .project_file import ProjectDamaged, Unreadable


def inspect_project(path: str | Path) -> int:
    """The schema version of an Accord project; a damaged one's error says which backup to restore."""
    try:
        return project_file.inspect(Path(path))
    except ProjectDamaged as damaged:
        raise advised(damaged) from damaged.__cause__


def advised(damaged: ProjectDamaged) -> ProjectFileError:
    """The same problem, with what to do about it: which backup to restore, and how."""
    path = damaged.path
    count = len(list_backups(path))
    if isinstance(damaged, Unreadable) and not count:
        return ProjectFileError(str(damaged))  # never an Accord project, as far as we know
    good = newest_good_backup(path) if count else None
    command = f"accord restore {shlex.quote(str(path))}"
    if good is not None:
        advice = f"the newest good backup is from {good.summary()}; restore it with: {command}"
    elif count:
        advice = (f"none of its {count} backups passes the integrity check; "
                  f"restore a copy you kept elsewhere with: {command} --from FILE")
    else:
        advice = f"it has no backups; restore a copy you kept elsewhere with: {command} --from FILE"
    problem = damaged.problem
    if isinstance(damaged, Unreadable):
        problem = f"the project file is damaged ({problem})"
    return ProjectDamaged(path, problem, good=good, backups=count, message=f"{path}: {problem}; {advice}")
