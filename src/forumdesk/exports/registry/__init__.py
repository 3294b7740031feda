"""Name badges as a PDF."""
