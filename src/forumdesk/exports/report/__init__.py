"""The summary report as a document."""
