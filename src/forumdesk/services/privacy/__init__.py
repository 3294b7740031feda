"""The data subject's rights: what is held about one person (subject access)."""
