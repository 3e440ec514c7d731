"""The first-aid steps of knowledge/first_steps.yaml as patient-facing lines (shared by the safety notice and the triage answer)."""

from __future__ import annotations

from typing import Any


def first_steps_items(steps: list[dict[str, Any]], lang: str) -> list[str]:
    """`Knowledge.first_steps_for` items as bulleted steps in `lang`.

    No space after the Chinese bullet: rich wraps at spaces and would leave the bullet alone on its line.
    """
    bullet = "・" if lang == "zh" else "• "
    return [bullet + step for entry in steps for step in entry["zh" if lang == "zh" else "en"]]


def first_steps_lines(steps: list[dict[str, Any]], lang: str) -> list[str]:
    """The bulleted steps under a heading (none when there are no steps)."""
    items = first_steps_items(steps, lang)
    return ["等待救助时可以这样做：" if lang == "zh" else "While you wait:", *items] if items else []
