"""Recommendations taken from a summary: made, taken up, answered by practices, followed up."""
