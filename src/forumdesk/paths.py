"""Where ForumDesk finds its bundled files and keeps the user's data."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent


def _bundled(checkout_name: str, wheel_name: str) -> Path:
    # A source checkout (editable install) keeps db/ and resources/ at the top;
    # a wheel carries them inside the package.
    in_checkout = _CHECKOUT / checkout_name
    if in_checkout.is_dir():
        return in_checkout
    return _PACKAGE / wheel_name


def migrations_dir() -> Path:
    return _bundled("db", "_db")


def resources_dir() -> Path:
    return _bundled("resources", "_resources")


def locale_dir() -> Path:
    """The services' message catalogues, `<language>/LC_MESSAGES/forumdesk.po`, inside
    the package in a checkout, a wheel and the bundle alike."""
    return _PACKAGE / "locale"


def seed_document() -> Path:
    return resources_dir() / "samples" / "summary-hearings-2006-fr.txt"


def user_data_dir() -> Path:
    """The user's data directory; FORUMDESK_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("FORUMDESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("ForumDesk", appauthor=False)


def user_config_dir() -> Path:
    """Where the user's own settings live (their name); FORUMDESK_CONFIG_DIR overrides it."""
    override = os.environ.get("FORUMDESK_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("ForumDesk", appauthor=False)


def default_database_path() -> Path:
    return user_data_dir() / "forumdesk.db"


def backups_dir() -> Path:
    return user_data_dir() / "backups"
