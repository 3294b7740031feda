"""Passwords out of anything shown, logged or kept: plain text rules, no database code,
so the window can use them before SQLAlchemy is loaded."""

from __future__ import annotations

import re

_PASSWORD = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):[^@\s]*@")
_PASSWORD_PARAM = re.compile(r"(?i)(password\s*=\s*)('[^']*'|\S+)")


def redact(text: str) -> str:
    """`text` with every password in a URL or a libpq `password=` setting replaced by ***."""
    text = _PASSWORD.sub(lambda m: f"{m.group('scheme')}:***@", text)
    return _PASSWORD_PARAM.sub(lambda m: f"{m.group(1)}***", text)


def without_password(url: str) -> str:
    """A database URL as settings may keep it: libpq's password file holds the secret."""
    if "://" not in url:
        return url
    return _PASSWORD.sub(lambda m: f"{m.group('scheme')}@", url)
