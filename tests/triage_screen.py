"""Shared helpers for the red-flag and fold-in tests: what the screen fires and which symptom codes it reads."""

from __future__ import annotations

from carebridge.tools.triage_engine import (
    decide_urgency,
    extract_findings,
    patient_facts,
    route_department,
    screen_message,
    symptom_matches,
)


def fired(text: str) -> set[str]:
    """Red-flag rule ids the safety screen fires on one message from a new patient."""
    _, flags, _ = screen_message(text, [], {}, None, [])
    return {f["id"] for f in flags}


def current_codes(text: str) -> set[str]:
    """Symptom codes read as present now (not denied, not past, not someone else's)."""
    return {m.code for m in symptom_matches(text) if not m.negated and m.status == "current"}


def decide(text: str, age: float | None = None) -> tuple[str, set[str]]:
    """The urgency the rules give one message (with the patient's age), and the ids of the rules that decided it."""
    found = extract_findings(text)
    facts = patient_facts({"age_years": age}, None, found)
    urgency, _, reasons = decide_urgency(found.present, facts)
    return urgency, {r.id for r in reasons}


def department_group(text: str, age: float | None = None) -> str:
    """The department group (zh) the rules send one message to (with the patient's age)."""
    found = extract_findings(text)
    facts = patient_facts({"age_years": age}, None, found)
    urgency, _, _ = decide_urgency(found.present, facts)
    dept, _ = route_department(found.present, facts, urgency)
    return dept.group_zh
