"""Likely duplicates: found on entry and on import, reviewed over the registry."""
