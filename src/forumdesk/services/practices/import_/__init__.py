"""Importing practices from a CSV or XLSX file (issue 20), with the registry's mapping step."""
