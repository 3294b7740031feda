"""Sync: another ForumDesk database (a venue laptop's) merged into this one, and preparing
laptops.
"""
