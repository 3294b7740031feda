"""Minutes: composed from the programme, edited, submitted, approved, with every version kept."""
