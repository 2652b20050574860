"""Asking the coded data: matrices, code relations, coding queries and auto-coding (issue #16).

Each module works on whole spans with SQL and interval arithmetic (spans.py), never
character by character, and imports no Qt: the CLI and the GUI are its two clients.
"""
