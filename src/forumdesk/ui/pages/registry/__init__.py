"""Registry: organisations, representatives and their accreditation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.pages import lazy_page

if TYPE_CHECKING:
    from forumdesk.ui.pages.registry.page import RegistryPage

__all__ = ["RegistryPage"]
__getattr__ = lazy_page(__name__, "RegistryPage")
