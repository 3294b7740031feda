"""Attendance: the check-in desk's scans, and who was present at the forum and at each
segment."""
