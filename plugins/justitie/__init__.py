"""Meldcode guidance for justitie: DJI, reclassering and Halt."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
