"""What every page and dialog uses: background operations, undo, settings, labels, errors."""
