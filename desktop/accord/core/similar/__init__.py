"""Passages like these, found on this machine (issue #19): suggestions only, never applied by themselves.

units.py cuts the documents into the passages that can be suggested; a backend
(lexical.py always, semantic.py when model2vec and a model are at hand) scores
them against what the analyst points at; finder.py ranks them.
"""
