"""What every domain uses: failures and refusals, the user's messages, output files, who signs,
edit conflicts.
"""
