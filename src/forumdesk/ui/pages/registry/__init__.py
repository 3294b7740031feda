"""Registry: organisations, representatives and their accreditation."""

from forumdesk.ui.pages.registry.page import RegistryPage

__all__ = ["RegistryPage"]
