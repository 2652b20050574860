"""`accord backup`, `accord backups` and `accord restore`: the way back from a damaged project.

    accord backup P | backups P | restore P [--from FILE]

Backups live in the user's data folder (`accord backups P` prints where); a
window takes one on opening a project and then every ten minutes of changes.
`restore` puts back the newest backup that passes SQLite's integrity check (or
the one named) and first moves the current file aside; nothing is deleted.
"""

import shlex
from pathlib import Path

from .output import Result, count, table
from ..core.recovery import inspect_project
from ..core.backups import Backup, CheckedBackup, backup_folder, check_backups, restore_project, take_backup


def add_commands(top, command, family) -> None:
    command(top, "backup", backup, "back up a project now (into the user's data folder)")
    command(top, "backups", backups, "list a project's backups: time, size, documents, codings, integrity")
    sub = command(top, "restore", restore,
                  "put back the newest good backup (or --from FILE); the current file is moved aside, not deleted")
    sub.add_argument("--from", dest="source", metavar="FILE", help="the backup (or any copy of the project) to restore")


def backup_record(backup: Backup) -> dict:
    return {"path": str(backup.path), "taken_at": backup.taken_at.isoformat(), "size": backup.size}


def checked_record(checked: CheckedBackup) -> dict:
    return backup_record(checked.backup) | {
        "documents": checked.documents,
        "codings": checked.codings,
        "integrity": "ok" if checked.ok else "damaged",
        "problem": checked.problem,
    }


def backup(args) -> Result:
    inspect_project(Path(args.project))  # a damaged project is not backed up over its good backups
    made = take_backup(args.project)
    data = {"project": str(args.project)} | backup_record(made)
    return Result(data, f"Backed up {args.project} at {made.label}: {made.path}")


def backups(args) -> Result:
    checked = check_backups(args.project)
    folder = backup_folder(args.project)
    if not checked:
        return Result([], f"No backups of {args.project} yet (they go in {folder}). "
                          f"Take one with: accord backup {shlex.quote(str(args.project))}")
    rows = [[c.backup.when, c.backup.size_text, c.documents, c.codings, "ok" if c.ok else f"DAMAGED ({c.problem})"]
            for c in checked]
    text = table(["TAKEN", "SIZE", "DOCUMENTS", "CODINGS", "INTEGRITY"], rows, right=(1, 2, 3))
    good = sum(c.ok for c in checked)
    text += f"\n\n{count(len(checked), 'backup')} ({good} good) in {folder}"
    return Result([checked_record(c) for c in checked], text)


def restore(args) -> Result:
    done = restore_project(args.project, args.source)
    data = {
        "project": str(done.project),
        "restored": checked_record(done.source),
        "moved_aside": str(done.aside) if done.aside else None,
        "was_damaged": done.damaged,
    }
    text = f"Restored {done.project} from the backup of {done.source.summary()}."
    if done.aside:
        text += f" The previous {'damaged ' if done.damaged else ''}file is now {done.aside}."
    return Result(data, text)
