"""Meldcode guidance for politie: the police's own legal basis and instructions."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
