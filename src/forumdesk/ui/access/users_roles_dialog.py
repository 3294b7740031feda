"""File → Users and Roles…: who holds which role in a shared PostgreSQL database, and
an administrator's means to grant, revoke and create accounts. On a SQLite file it
says that roles do not apply.

A new account's password is read from its field when Create is pressed, handed to the
service and the field emptied: it is never kept, shown or written to a log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations
from forumdesk.ui.widgets.factories import wrapped_table
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from forumdesk.services.access.management import SignedIn, UserRoles
    from forumdesk.services.access.roles import Role


def _labels(roles: tuple[Role, ...]) -> str:
    from forumdesk.services.access.roles import labels

    return labels(roles)


class UsersRolesDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_roles_dialog")
        self.setWindowTitle(self.tr("Users and Roles"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 480)
        self.ops = ops
        self.loaded = False
        layout = QVBoxLayout(self)
        self.signed_in = QLabel(self)
        self.signed_in.setObjectName("users_roles_signed_in")
        self.signed_in.setWordWrap(True)
        layout.addWidget(self.signed_in)
        self.model: RowsModel[UserRoles] = RowsModel(
            [
                Column(self.tr("Database account"), lambda u: u.account),
                Column(self.tr("Roles"), self._roles_text),
            ],
            self,
        )
        self.view = wrapped_table(
            self,
            self.model,
            "users_roles_list",
            self.tr("Accounts and their roles"),
            self.tr("Each database account that holds a role in this database."),
        )
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        layout.addWidget(self.view, 1)
        self.editor = QWidget(self)
        layout.addWidget(self.editor)
        self._build_editor()
        self.status = QLabel(self)
        self.status.setObjectName("users_roles_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = error_label(self, "users_roles_error")
        layout.addWidget(self.error)
        layout.addStretch(0)  # keeps the lines at the top while the table is hidden
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("users_roles_close")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_editor(self) -> None:
        from forumdesk.services.access.roles import Role, duties, label

        form = QFormLayout(self.editor)
        self.account = QLineEdit(self.editor)
        self.account.setObjectName("users_roles_account")
        self.account.setAccessibleName(self.tr("Database account"))
        form.addRow(self.tr("&Account:"), self.account)
        self.role = QComboBox(self.editor)
        self.role.setObjectName("users_roles_role")
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(label(role), role)
            self.role.setItemData(self.role.count() - 1, duties(role), Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.tr("&Role:"), self.role)
        self.grant_button = self._button(self.tr("&Grant"), "users_roles_grant", self.grant)
        self.revoke_button = self._button(self.tr("Re&voke"), "users_roles_revoke", self.revoke)
        row = QHBoxLayout()
        row.addWidget(self.grant_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        form.addRow(row)
        self.password = QLineEdit(self.editor)
        self.password.setObjectName("users_roles_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the new account"))
        form.addRow(self.tr("New account's &password:"), self.password)
        self.create_button = self._button(
            self.tr("&Create Account with This Role"), "users_roles_create", self.create_account
        )
        form.addRow(self.create_button)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self.editor)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _=False: slot())
        return button

    def _roles_text(self, user: UserRoles) -> str:
        text = _labels(user.roles)
        if user.owner:
            return self.tr("{roles} (owns the tables)").format(roles=text)
        return text

    # Loading ---------------------------------------------------------------

    def load(self) -> None:
        def work(session: Session) -> tuple[SignedIn, list[UserRoles]]:
            from forumdesk.services.access.management import signed_in, users_and_roles

            me = signed_in(session)
            return me, users_and_roles(session) if me.set_up else []

        self.ops.query(work, self._show, self._refused)

    def _show(self, result: tuple[SignedIn, list[UserRoles]]) -> None:
        me, users = result
        self.loaded = True
        self.model.set_rows(users)
        self.view.resizeColumnsToContents()
        self.view.setVisible(me.on_server)
        self.editor.setVisible(me.may_assign)
        if not me.on_server:
            from forumdesk.services.access.management import RolesNotApplicable

            self.signed_in.setText(str(RolesNotApplicable()))
            self.resize(self.width(), self.minimumSizeHint().height())
        elif not me.set_up:
            self.signed_in.setText(
                self.tr(
                    "Signed in as {account}. The roles are not set up on this database yet: "
                    "the owner of its tables runs “forumdesk roles setup”."
                ).format(account=me.account)
            )
        else:
            text = self.tr("Signed in as {account}, with: {roles}.").format(
                account=me.account, roles=_labels(me.roles)
            )
            if not me.may_assign:
                text += " " + self.tr("Only an administrator assigns roles.")
            self.signed_in.setText(text)

    def _chosen(self, current: object, _previous: object) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.account.setText(self.model.row_at(row).account)

    def _refused(self, error: Exception) -> None:
        self.loaded = True
        self.error.setText(str(error))
        self.error.show()

    # Changes ---------------------------------------------------------------

    def _change(self, work: Callable[[Session], None], done_text: str) -> None:
        self.error.hide()
        self.status.clear()

        def done(_result: None) -> None:
            self.status.setText(done_text)
            self.load()

        self.ops.change(work, (), done, self._refused)

    def grant(self) -> None:
        from forumdesk.services.access.management import grant_role

        self._assign(grant_role, self.tr("{account} now holds the {role} role."))

    def revoke(self) -> None:
        from forumdesk.services.access.management import revoke_role

        self._assign(revoke_role, self.tr("{account} no longer holds the {role} role."))

    def _assign(self, service: Callable[[Session, str, Role], None], done: str) -> None:
        """Grant or revoke the chosen role of the account typed (or picked in the list)."""
        from forumdesk.services.access.roles import label

        account, role = self.account.text().strip(), self.role.currentData()
        self._change(
            lambda session: service(session, account, role),
            done.format(account=account, role=label(role)),
        )

    def create_account(self) -> None:
        from forumdesk.services.access.management import create_account
        from forumdesk.services.access.roles import label

        account, role = self.account.text().strip(), self.role.currentData()
        password = self.password.text()
        self.password.clear()
        self._change(
            lambda session: create_account(session, account, password, [role]),
            self.tr("Database account {account} created, with the {role} role.").format(
                account=account, role=label(role)
            ),
        )
