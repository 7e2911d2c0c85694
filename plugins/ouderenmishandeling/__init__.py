"""Meldcode guidance for elder abuse."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
