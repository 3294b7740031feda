"""The command groups of what the forum is for (issue 20): practices, recommendations."""
