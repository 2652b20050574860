"""Similar passages (issue #19): the dock that lists suggestions to accept, reject or open."""
