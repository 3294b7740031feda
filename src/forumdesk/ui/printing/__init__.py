"""Printing: our own PDF exports rendered onto a QPrinter, so paper and PDF match."""
