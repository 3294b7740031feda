"""The document as an A4 PDF (reportlab): the writer, its cover page, tables and text runs."""
