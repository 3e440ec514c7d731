"""The first-aid steps of knowledge/first_steps.yaml as patient-facing lines (shared by the safety notice and the triage answer)."""

from __future__ import annotations

from typing import Any


def first_steps_lines(steps: list[dict[str, Any]], lang: str) -> list[str]:
    """`Knowledge.first_steps_for` items as text lines under a heading (none when there are no steps)."""
    items = [step for entry in steps for step in entry["zh" if lang == "zh" else "en"]]
    if not items:
        return []
    bullet = "・" if lang == "zh" else "• "
    return ["等待救助时可以这样做：" if lang == "zh" else "While you wait:", *(bullet + step for step in items)]
