"""Meldcode guidance for maatschappelijke ondersteuning (Wmo): meldrecht and the sociaal-werk afwegingskader."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
