"""Help: the user guide (F1), the keyboard shortcuts list and About."""
