"""Accord's Qt front-end: views, widgets and models over accord.core."""
