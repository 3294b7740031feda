"""Notes: written against numbered paragraphs, linked to the programme, and the coverage they
give.
"""
