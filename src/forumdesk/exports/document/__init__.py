"""One document model and its writers: PDF, DOCX, ODT, HTML and Markdown."""
