"""Accord: qualitative coding of text and inter-coder agreement."""

__version__ = "0.1.0"
