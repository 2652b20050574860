"""The File menu's work: opening, creating and closing projects, backups, merging, REFI-QDA exchange.

A mixin of MainWindow (it uses the window's session, status bar and workbench
builders); kept apart so that the window itself is about layout and gestures.
"""

from pathlib import Path

from ..appdirs import recent_projects, remember_project
from ..core.backups import BackupPolicy, check_backups
from ..core.errors import AccordError
from ..core.lock import ProjectLocked
from ..core.project import Project
from ..core.project_file import ProjectDamaged, backup
from .i18n import fill
from .widgets import dialogs
from .session import Session


class ProjectFiles:
    def open_project(self, path: str | Path) -> bool:
        path = Path(path)
        if self.session and self.session.project.path and self.session.project.path.resolve() == path.resolve():
            return True  # already open here
        try:
            project = Project.open(path, undo=True, take_lock=True)
        except ProjectLocked as locked:
            # One writer: a second window may only read; a stale lock (its program gone) was cleared already.
            choice = dialogs.ask_choice(
                self, self.tr("Project in use"),
                fill(self.tr("%1 is open in another window: %2.\n\n"
                             "Open it read-only here, or close it in that window first and open it again. If that "
                             "window's computer is gone for good, delete the lock file %3 first."),
                     path.name, locked.info.describe(), locked.lock_file),
                [self.tr("Open read-only")])
            if choice is None:
                return False
            try:
                project = Project.open(path, undo=True, take_lock=True, read_only=True)
            except AccordError as problem:
                dialogs.warn(self, self.tr("Cannot open project"), str(problem))
                return False
        except ProjectDamaged as damaged:
            from .restore import offer_restore

            return offer_restore(self, damaged) and self.open_project(path)
        except AccordError as problem:
            dialogs.warn(self, self.tr("Cannot open project"), str(problem))
            return False
        self._use(project)
        return True

    def _use(self, project: Project) -> None:
        self._tear_down_workbench()
        self.session = Session(project, self)
        self._build_workbench(self.session)
        remember_project(project.path)
        self._start_backups(project)
        self._update_title()
        self._update_actions()

    def _start_backups(self, project: Project) -> None:
        """Rotating backups while the project is open: one on opening, then every few minutes of changes."""
        self.backups = None if project.read_only else BackupPolicy(project)
        if project.backup_problem:
            self.statusBar().showMessage(fill(self.tr("No backup on opening: %1"), project.backup_problem), 8000)
        self.backup_timer.start() if self.backups else self.backup_timer.stop()

    def _backup_if_due(self) -> None:
        if self.backups is None:
            return
        try:
            self.backups.maybe_backup()
        except AccordError as problem:
            self.statusBar().showMessage(fill(self.tr("Backup failed: %1"), problem), 8000)

    def restore_backup(self) -> None:
        """File ▸ Restore from backup…: the backups with their time, size, counts and integrity; one put back."""
        from . import restore

        project_path = self.session.project.path
        checked = check_backups(project_path)
        if not checked:
            dialogs.inform(self, self.tr("Restore from backup"),
                           fill(self.tr("There are no backups of %1 yet."), project_path.name))
            return
        chosen = restore.choose_backup(self, checked, fill(self.tr(
            "Backups of %1, newest first. Restoring one replaces the project; the current file is kept beside "
            "it, renamed."), project_path.name))
        if chosen is None:
            return
        self.close_project()
        if restore.restore(self, project_path, chosen):
            self.statusBar().showMessage(fill(self.tr("Restored the backup of %1"), chosen.summary()), 8000)
        self.open_project(project_path)

    def new_project(self) -> None:
        path = dialogs.ask_save_project(self, self.tr("New project"))
        if not path:
            return
        coder = dialogs.ask_text(self, self.tr("New project"), self.tr("Your name (as a coder):"), "")
        try:
            project = Project.create(path, coder=coder, undo=True, take_lock=True)
        except AccordError as problem:
            dialogs.warn(self, self.tr("Cannot create project"), str(problem))
            return
        self._use(project)

    def open_project_dialog(self) -> None:
        path = dialogs.ask_open_project(self)
        if path:
            self.open_project(path)

    def open_sample(self) -> None:
        from ..core.sample import sample_project_path

        try:
            path = sample_project_path()
        except (AccordError, OSError) as problem:
            dialogs.warn(self, self.tr("Cannot build the sample project"), str(problem))
            return
        self.open_project(path)

    def import_refi(self) -> None:
        from ..core.refi import import_refi

        path = dialogs.ask_open_file(self, self.tr("Import REFI-QDA"),
                                     self.tr("REFI-QDA files (*.qdpx *.qdc *.qde);;All files (*)"))
        if not path:
            return
        try:
            report = import_refi(self.session.project, path)
        except AccordError as problem:
            dialogs.warn(self, self.tr("Cannot import"), str(problem))
            return
        lines = [fill(self.tr("Imported %1: %2."), Path(path).name, report.summary())]
        lines += [fill(self.tr("Note: %1"), remark) for remark in report.remarks]
        lines += [fill(self.tr("Warning: %1"), warning) for warning in report.warnings]
        dialogs.inform(self, self.tr("Import REFI-QDA"), "\n".join(lines))

    def export_qdpx(self) -> None:
        from ..core.refi import export_qdpx

        self._export(self.tr("Export project as REFI-QDA"), self.tr("REFI-QDA projects (*.qdpx)"), ".qdpx", "",
                     lambda path: export_qdpx(self.session.project, path, overwrite=True))

    def export_qdc(self) -> None:
        from ..core.refi import export_qdc

        self._export(self.tr("Export codebook as REFI-QDA"), self.tr("REFI-QDA codebooks (*.qdc)"), ".qdc",
                     self.tr("codebook"),
                     lambda path: export_qdc(self.session.db, path, overwrite=True,
                                             project_path=self.session.project.path))

    def _export(self, title: str, file_filter: str, suffix: str, what: str, write) -> None:
        suggested = dialogs.suggested_name(self.session.project.path, what, suffix)
        path = dialogs.ask_save_file(self, title, file_filter, suffix, suggested)
        if not path:
            return
        try:
            write(path)
        except AccordError as problem:
            dialogs.warn(self, self.tr("Cannot export"), str(problem))
            return
        self.statusBar().showMessage(fill(self.tr("Exported %1"), path), 5000)

    def merge_projects(self) -> None:
        """File ▸ Merge: each chosen copy in turn; a coder-name clash asks for a new name, never merges by name."""
        from ..core.merge import CoderClash, merge_projects

        summaries = []
        for path in dialogs.ask_open_projects(self, self.tr("Merge coders' projects into this one")):
            renames: dict[str, str] = {}
            while True:
                try:
                    summaries.append(merge_projects(self.session.project, path, rename_coders=renames).summary())
                    break
                except CoderClash as clash:
                    renames = self._ask_coder_renames(clash, renames)
                    if renames is None:
                        summaries.append(fill(self.tr("%1: not merged (%2)"), path, clash))
                        break
                except AccordError as problem:
                    summaries.append(fill(self.tr("%1: not merged (%2)"), path, problem))
                    break
        if summaries:
            dialogs.inform(self, self.tr("Merge"), "\n\n".join(summaries))

    def _ask_coder_renames(self, clash, renames: dict[str, str]) -> dict[str, str] | None:
        """New names for the source's clashing coders (None: the user cancelled)."""
        renames = dict(renames)
        for item in clash.clashes:
            name = dialogs.ask_text(
                self, self.tr("Coder name taken"),
                fill(self.tr("%1 has a coder “%2” whose codings differ from “%3” in this project.\n"
                             "Name to give them here:"), clash.path.name, item.source_name, item.target_name),
                item.previous or item.suggestion)
            if name is None:
                return None
            renames[item.source_name] = name
        return renames

    def save_copy(self) -> None:
        suggested = dialogs.suggested_name(self.session.project.path, self.tr("copy"), ".accord")
        path = dialogs.ask_save_project(self, self.tr("Save a copy as"), suggested)
        if not path:
            return
        try:
            backup(self.session.project.path, Path(path))
        except OSError as problem:
            dialogs.warn(self, self.tr("Cannot save a copy"), f"{path}: {problem}")
            return
        self.statusBar().showMessage(fill(self.tr("Saved a copy as %1"), path), 5000)

    def close_project(self) -> None:
        self._tear_down_workbench()
        self.statusBar().clearMessage()  # nothing about the closed project stays on the welcome page
        self._update_status()
        self.welcome.refresh()
        self.stack.setCurrentWidget(self.welcome)
        self._update_title()
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_projects():
            self.recent_menu.addAction(str(path), lambda p=path: self.open_project(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
