"""Speakers lists and the speaking clock, kept in the database as it runs."""
