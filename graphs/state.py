"""Typed graph state shared by the top-level graph and every agent subgraph."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal, NotRequired, TypeAlias

from langgraph.graph import MessagesState
from typing_extensions import TypedDict

Role: TypeAlias = Literal["patient", "nurse", "doctor"]
Mode: TypeAlias = Literal["chat", "oneshot"]


class Patient(TypedDict, total=False):
    """What the patient (or the caller) told us about who the patient is."""

    age_years: float | None
    age_months: float | None
    sex: str | None
    pregnant: bool | None
    gestation_weeks: float | None
    # a baby's age (months) the text gives its patient, read beside a stated age (triage_engine.as_text_baby)
    patient_infant_months: float | None
    # a child's age (years) the text gives its patient, and whether the writer is ill too (triage_engine.as_text_child)
    patient_child_years: float | None
    writer_ill_too: bool | None


class Outcome(TypedDict, total=False):
    """What an agent hands to the reply node: the text, whether a clinician must sign off,
    the structured result (contract fields) and the sources it rests on."""

    agent: str
    kind: Literal["question", "answer", "notice"]
    text: str
    needs_review: bool
    result: dict[str, Any]
    sources: list[str]


def merge_findings(left: dict[str, list[str]] | None, right: dict[str, list[str]] | None) -> dict[str, list[str]]:
    """Accumulate symptom findings over a conversation; a later "present" overrides "absent"."""
    left = left or {"present": [], "absent": []}
    if not right:
        return left
    present = set(left.get("present", [])) | set(right.get("present", []))
    absent = (set(left.get("absent", [])) | set(right.get("absent", []))) - present
    return {"present": sorted(present), "absent": sorted(absent)}


def merge_flags(left: list[dict[str, Any]] | None, right: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Red flags seen in this conversation, each once (by rule id); they never disappear."""
    out = list(left or [])
    seen = {f["id"] for f in out}
    out += [f for f in (right or []) if f["id"] not in seen]
    return out


def merge_events(left: list[dict[str, Any]] | None, right: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Append audit events, each once.

    NOTE: an agent subgraph hands back its whole state, parent events included; a plain
    `operator.add` would double the trail on every turn, so events carry ids and repeats
    are dropped (as `add_messages` does for messages).
    """
    out = list(left or [])
    seen = {e["id"] for e in out if "id" in e}
    for event in right or []:
        if "id" not in event:
            event = {**event, "id": uuid.uuid4().hex}
        if event["id"] not in seen:
            seen.add(event["id"])
            out.append(event)
    return out


class HospitalState(MessagesState):
    """State of one conversation (one `thread_id`)."""

    session_id: NotRequired[str]
    role: NotRequired[Role]
    lang: NotRequired[str]
    mode: NotRequired[Mode]
    intent: NotRequired[str | None]
    active_agent: NotRequired[str | None]
    patient: NotRequired[Patient]
    findings: Annotated[dict[str, list[str]], merge_findings]
    red_flags: Annotated[list[dict[str, Any]], merge_flags]
    new_red_flags: NotRequired[list[dict[str, Any]]]
    turn: NotRequired[dict[str, Any]]  # what the safety screen found in the latest message
    triage: NotRequired[dict[str, Any]]
    outcome: NotRequired[Outcome]
    review: NotRequired[dict[str, Any] | None]
    reply: NotRequired[dict[str, Any]]
    error: NotRequired[dict[str, str] | None]
    # Audit trail: every node appends; the service writes new entries to the audit log.
    events: Annotated[list[dict[str, Any]], merge_events]
