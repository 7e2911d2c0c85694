"""Meldcode guidance for vrouwelijke genitale verminking (FGM)."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
