"""Deterministic engines and store access; pure functions, no model calls."""
