"""Practices and recommendations as files: the follow-up report, the compendium."""
