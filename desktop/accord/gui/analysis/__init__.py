"""The Analyse menu's windows: matrices, code relations, the query builder and auto-coding."""
