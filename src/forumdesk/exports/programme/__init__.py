"""The programme as PDF, DOCX and iCalendar."""
