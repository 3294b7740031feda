"""Programme: forums, days, sessions and segments, their times, clashes and the segment editor."""
