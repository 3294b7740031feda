"""File → Users and Roles…: enabled for an administrator of a shared PostgreSQL
database; elsewhere its tip says why not (on a SQLite file, that roles do not apply)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.access.management import SignedIn
    from forumdesk.ui.access.users_roles_dialog import UsersRolesDialog
    from forumdesk.ui.common.shell_context import ShellContext


class RolesMenu(QObject):
    def __init__(self, context: ShellContext) -> None:
        super().__init__(context)
        self.context = context
        self.dialog: UsersRolesDialog | None = None
        self.action = QAction(self.tr("U&sers and Roles…"), context.window)
        self.action.setObjectName("users_roles_action")
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda _=False: self.open_dialog())
        context.ops.database_changed.connect(self.refresh)

    def add_file_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.action)
        menu.setToolTipsVisible(True)  # the tip says why the entry is disabled

    def refresh(self) -> None:
        """Ask who is signed in to the database just opened, and what they may do."""
        self.action.setEnabled(False)
        if self.context.ops.database is None:
            return

        def work(session: Session) -> SignedIn:
            from forumdesk.services.access.management import signed_in

            return signed_in(session)

        self.context.ops.query(work, self._known, lambda _error: None)

    def _known(self, me: SignedIn) -> None:
        from forumdesk.services.access.management import RolesNotApplicable

        self.action.setEnabled(me.may_assign)
        if not me.on_server:
            tip = str(RolesNotApplicable())
        elif me.may_assign:
            tip = self.tr("Grant and revoke roles, and create database accounts.")
        else:
            tip = self.tr("Only an administrator assigns roles; you are signed in as {account}.")
            tip = tip.format(account=me.account)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def open_dialog(self) -> UsersRolesDialog:
        from forumdesk.ui.access.users_roles_dialog import UsersRolesDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = UsersRolesDialog(self.context.ops, self.context.window)
        self.dialog.load()
        self.dialog.open()
        return self.dialog
