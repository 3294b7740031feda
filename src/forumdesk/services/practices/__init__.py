"""What the forum is for (issue 20): the practices and partnership offers stakeholders
submit, their review, the forum's themes, and the recommendations taken from a summary
with their follow-up from one forum to the next. See docs/ARCHITECTURE.md §2."""
