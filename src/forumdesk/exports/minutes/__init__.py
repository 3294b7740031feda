"""Minutes as documents and files."""
