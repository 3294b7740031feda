"""Search: the folded index over paragraphs and notes, and the ranked query over it."""
