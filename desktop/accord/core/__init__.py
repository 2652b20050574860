"""The whole of Accord minus the pixels. Nothing in this package imports Qt."""
