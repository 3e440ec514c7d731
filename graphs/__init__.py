"""Graph state, per-run context, the model port and the top-level hospital graph."""
