"""Document attributes: a spreadsheet of every document's attributes (rows documents, columns keys)."""
