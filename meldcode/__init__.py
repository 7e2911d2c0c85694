"""The composition root: the ``meldcode`` command wires the core to the adapters and plugins."""
