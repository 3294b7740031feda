"""The summary report builder."""
