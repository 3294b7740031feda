"""Reusable widgets and models: date field, rich-text bar, table models, forms, and the
factories for the tables, buttons and actions every page sets up."""
