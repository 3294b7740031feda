"""Practices: the forum's practices and partnership offers, searched and faceted."""

from forumdesk.ui.pages.practices.page import PracticesPage

__all__ = ["PracticesPage"]
