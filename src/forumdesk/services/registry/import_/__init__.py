"""Registry imports: read a CSV or XLSX list, map its columns, check, import, undo and redo."""
