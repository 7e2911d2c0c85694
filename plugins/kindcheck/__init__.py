"""Meldcode guidance: the kindcheck, required for professionals who work with adults."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
