"""Meldcode guidance for honour-based violence, forced marriage and abandonment."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
