"""Practices: the register of practices, the recommendations and their follow-up."""
