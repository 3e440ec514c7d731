"""Medication checks: drug knowledge, name resolution, interaction and patient checks (deterministic)."""
