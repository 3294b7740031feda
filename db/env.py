"""Alembic environment for ForumDesk: batch mode on SQLite, portable column types."""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from forumdesk.store.base import Base
from forumdesk.store.models import *  # noqa: F403  (registers every table)

# The search index is made by revision 0003 with SQL; no model describes it.
from forumdesk.store.search_tables import include_in_autogenerate
from forumdesk.store.types import UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(kind: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Write plain SQLAlchemy types into revisions so they never import app code."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    if kind == "type" and obj.__class__.__name__ == "Enum":
        return f"sa.String(length={obj.length})"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=render_item,
        include_name=include_in_autogenerate,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    from forumdesk.store.engine import database_url, make_engine

    engine = make_engine(database_url(config.get_main_option("sqlalchemy.url")), foreign_keys=False)
    with engine.begin() as own_connection:
        _configure(own_connection)
    engine.dispose()


def run_migrations_offline() -> None:
    from forumdesk.store.engine import database_url

    context.configure(
        url=database_url(config.get_main_option("sqlalchemy.url")),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        render_item=render_item,
        include_name=include_in_autogenerate,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
