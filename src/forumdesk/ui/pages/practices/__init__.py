"""Practices: the forum's practices and partnership offers, searched and faceted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.pages import lazy_page

if TYPE_CHECKING:
    from forumdesk.ui.pages.practices.page import PracticesPage

__all__ = ["PracticesPage"]
__getattr__ = lazy_page(__name__, "PracticesPage")
