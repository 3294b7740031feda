"""Sync dialogs: merge another database, prepare a laptop, conflicts, a record's history."""
