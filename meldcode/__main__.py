from meldcode.cli import entry

entry()
