"""Sourced clinical knowledge data (YAML); loaded and validated by `carebridge.tools.knowledge`."""
