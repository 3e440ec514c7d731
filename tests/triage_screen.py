"""Shared helpers for the red-flag and fold-in tests: what the screen fires and which symptom codes it reads."""

from __future__ import annotations

from typing import Any

from carebridge.agents.triage.interview import fill_from_message, new_record
from carebridge.tools.slots import parse_duration_days
from carebridge.tools.triage_engine import (
    Findings,
    PatientFacts,
    _matcher,
    decide_urgency,
    extract_findings,
    patient_facts,
    route_department,
    screen_message,
    symptom_matches,
)


def live_matcher(alongside: bool) -> Any:
    """The lexicon matcher instance symptom_matches reads: `_matcher()` or `_matcher(alongside=True)`. functools.cache
    keys `_matcher(alongside=False)` apart from `_matcher()`, so that spelling would build and test a second instance."""
    return _matcher(alongside=True) if alongside else _matcher()


def fired(text: str) -> set[str]:
    """Red-flag rule ids the safety screen fires on one message from a new patient."""
    _, flags, _ = screen_message(text, [], {}, None, [])
    return {f["id"] for f in flags}


def current_codes(text: str) -> set[str]:
    """Symptom codes read as present now (not denied, not past, not someone else's)."""
    return {m.code for m in symptom_matches(text) if not m.negated and m.status == "current"}


def service_facts(text: str, age: float | None = None, sex: str | None = None) -> tuple[Findings, PatientFacts]:
    """The findings and patient facts the triage agent decides one message on, taken the way it takes them
    (agents/triage `interview` and `_finish`, `carebridge triage --json`): the age, pregnancy and gestation the message
    states fill what the patient did not; the duration and severity the message volunteers fill the interview record
    (fill_from_message); the facts come from the patient and the record (misread28a family 6: decide() reads no
    duration, so "my grandson is 13 months, dribbling loads" was self-care there and, the age read as 13 months of
    teething, routine in the service)."""
    found = extract_findings(text)
    patient: dict[str, Any] = {"age_years": age, "sex": sex}
    for key in ("pregnant", "gestation_weeks", "age_months", "age_years"):
        if patient.get(key) is None and getattr(found, key) is not None:
            patient[key] = getattr(found, key)
    if patient.get("age_years") is None and patient.get("age_months") is not None:
        patient["age_years"] = round(patient["age_months"] / 12, 2)
    record = new_record()
    fill_from_message(record, patient, text, bool(found.present), found.severity_codes)
    return found, patient_facts(patient, record)


def bank_decide(text: str) -> tuple[str, list[str], list[str]]:
    """The decision bench/eval_paraphrases.py makes on one message (the deterministic engine, no age or sex, the
    duration the message states): (urgency, red-flag rule ids, ids of the rules that decided it)."""
    found = extract_findings(text)
    facts = patient_facts({}, {"duration_days": parse_duration_days(text)}, found)
    urgency, flags, reasons = decide_urgency(found.present, facts)
    return urgency, [f.id for f in flags], [r.id for r in reasons]


def decide(text: str, age: float | None = None) -> tuple[str, set[str]]:
    """The urgency the rules give one message (with the patient's age), and the ids of the rules that decided it.
    It reads no duration and no sex: service_decide() takes the message as the triage agent does."""
    found = extract_findings(text)
    facts = patient_facts({"age_years": age}, None, found)
    urgency, _, reasons = decide_urgency(found.present, facts)
    return urgency, {r.id for r in reasons}


def service_decide(text: str, age: float | None = None, sex: str | None = None) -> tuple[str, set[str]]:
    """The urgency the triage agent gives one message (`carebridge triage --json`: the duration and severity the message
    volunteers, the patient's sex; see service_facts), and the ids of the rules that decided it."""
    found, facts = service_facts(text, age, sex)
    urgency, _, reasons = decide_urgency(found.present, facts)
    return urgency, {r.id for r in reasons}


def department_group(text: str, age: float | None = None) -> str:
    """The department group (zh) the rules send one message to (with the patient's age)."""
    found = extract_findings(text)
    facts = patient_facts({"age_years": age}, None, found)
    urgency, _, _ = decide_urgency(found.present, facts)
    dept, _ = route_department(found.present, facts, urgency)
    return dept.group_zh


# Helpers the unit tests shared by copy before stop 40 (mend40): the urgencies that count as emergent, the rule ids a
# `triage_once` result gives, and the department group with the urgency the service decides.
EMERGENT = {"emergency", "emergency_ambulance"}


def emergent(text: str) -> bool:
    """Whether the bank's decision (bank_decide) on one message is an emergency."""
    return bank_decide(text)[0] in EMERGENT


def reasons(out: dict) -> list[str]:
    """The ids of the rules that decided a `CareBridge.triage_once` result, in its order."""
    return [r["id"] for r in out["reasons"]]


def group_and_urgency(text: str, age: float, sex: str | None = None) -> tuple[str, str]:
    """The department group (zh) and urgency `carebridge triage --json` gives one message."""
    found, facts = service_facts(text, age, sex)
    urgency, _, _ = decide_urgency(found.present, facts)
    dept, _ = route_department(found.present, facts, urgency)
    return dept.group_zh, urgency
