"""Registry: organisations, representatives, their accreditation, walk-ins, badges and record
merges.
"""
