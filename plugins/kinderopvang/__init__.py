"""Meldcode guidance for kinderopvang: the three routes of the Wet kinderopvang."""

from assistant.guidance import DataPlugin

plugin = DataPlugin.from_package(__name__)
