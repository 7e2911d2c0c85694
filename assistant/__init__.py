"""meldcode-assistant: the core (engine, meldcode process, storage). Imports no adapter or plugin."""

__version__ = "0.1.0"
