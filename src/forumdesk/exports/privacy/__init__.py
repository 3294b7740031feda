"""A person's data for their right of access, as JSON and as a readable PDF."""
