"""Meldcode guidance for sexual violence and child sexual abuse."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
