"""Summary documents: parsed from text, imported, revised, their numbered paragraphs."""
