"""Meldcode guidance for gezondheidszorg: KNMG meldcode for doctors, and the care clusters."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
