"""Prompt files (`<agent>.<role>.md`), loaded by name and filled with `str.format`."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files
from typing import Any

import yaml


@cache
def load_prompt(name: str) -> str:
    """Text of `prompts/<name>.md`."""
    return files(__package__).joinpath(f"{name}.md").read_text(encoding="utf-8")


@cache
def load_prompt_data(name: str) -> Any:
    """Parsed `prompts/<name>.yaml` (question banks and other structured prompt text)."""
    return yaml.safe_load(files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8"))


def prompt_version(name: str) -> str:
    """Short content hash of a prompt, recorded in the audit log with every model call."""
    return f"{name}@{hashlib.sha256(load_prompt(name).encode()).hexdigest()[:10]}"
