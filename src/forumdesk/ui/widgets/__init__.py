"""Reusable widgets and models: date field, rich-text bar, table models, forms."""
