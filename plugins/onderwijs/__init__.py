"""Meldcode guidance for onderwijs: a staff member as suspect, leerplicht."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
