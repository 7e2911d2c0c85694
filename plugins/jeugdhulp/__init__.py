"""Meldcode guidance for jeugdhulp: the sociaal-werk and jeugd/gezin afwegingskader, JGZ for FGM."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
