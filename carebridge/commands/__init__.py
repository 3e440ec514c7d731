"""Command groups of the built-in agents, one module each, wired into the `carebridge` CLI.

A module here exposes `register(app: typer.Typer) -> None`. Keeping each agent's commands
in its own module lets the agents evolve without editing (or conflicting in) `cli.py`.
"""

from __future__ import annotations

from importlib import import_module

import typer

# Order is the order they appear in `carebridge --help`.
COMMAND_MODULES: tuple[str, ...] = ("report", "meds", "followup", "kb", "doctor")


def register_commands(app: typer.Typer) -> None:
    for name in COMMAND_MODULES:
        import_module(f"{__name__}.{name}").register(app)
