"""Agenda templates: the file format, and a forum's programme built from one."""
