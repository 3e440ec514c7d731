"""Per-run settings passed as LangGraph `context=` (read-only inside nodes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, kw_only=True)
class HospitalContext:
    """Settings a hospital may change per deployment; nothing here is per patient."""

    max_questions: int = 6
    emergency_number: str = "120"
    # The psychological assistance line given with the first steps for suicidal thoughts
    # (knowledge/first_steps.yaml): China's national number by default; a hospital may give its own.
    crisis_line: str = "12356"
    # Where agents with side effects (nurse inbox, lab history) write; the service sets it.
    data_dir: str | None = None
    # Knowledge-store search (`carebridge.tools.kb.cite.make_kb_search`); None: agents cite only their rules' sources.
    kb_search: Callable[..., list[dict[str, Any]]] | None = None
