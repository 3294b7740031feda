"""The forum's summary report: its outline and the rapporteur's edits."""
