"""The Recommendations tab and Make Recommendation… on the Document & notes page."""
