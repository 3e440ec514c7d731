"""FHIR R4 shapes of a follow-up: a QuestionnaireResponse per contact, escalations as Task. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from carebridge.tools.followup.protocols import Protocol, Question
from carebridge.tools.inbox import InboxItem

UCUM = {"kg": "kg", "celsius": "Cel", "mmol_l": "mmol/L", "days": "d", "months": "mo"}
STATUS = {"completed": "completed", "no_answer": "stopped", "skipped": "stopped", "open": "in-progress"}
ASKED_UNKNOWN = {"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "asked-unknown",
                 "display": "Asked But Unknown"}


def _answer(q: Question, status: str, value: Any) -> dict[str, Any]:
    if status == "unknown" or value is None:
        return {"valueCoding": ASKED_UNKNOWN}
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if q.type == "scale":
        return {"valueInteger": int(value)}
    if q.type == "number":
        code = UCUM[q.unit or "kg"]
        return {"valueQuantity": {"value": value, "unit": code, "system": "http://unitsofmeasure.org", "code": code}}
    return {"valueString": str(value)}


def questionnaire_response(contact: dict[str, Any], campaign: dict[str, Any], protocol: Protocol) -> dict[str, Any]:
    """One contact's answers as a QuestionnaireResponse (`campaign` is `FollowupService.show` output)."""
    zh = campaign["lang"] == "zh"
    items = []
    for a in contact["answers"]:
        q = protocol.question(a["question_id"])
        items.append({"linkId": q.id, "text": q.text.zh if zh else q.text.en, "answer": [_answer(q, a["status"], a["value"])]})
    qr: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse", "id": contact["id"],
        "questionnaire": f"urn:carebridge:followup:{protocol.id}|{protocol.version}",
        "status": STATUS.get(contact["status"], "in-progress"),
        "subject": {"identifier": {"value": campaign["patient_id"]}},
        "authored": contact["closed_at"] or contact["last_attempt_at"] or contact["due_at"],
        "source": {"identifier": {"value": campaign["patient_id"]}},
        "item": items,
    }
    if campaign["status"] == "signed_off":
        qr["author"] = {"display": campaign["signed_by"]}
    return qr


def campaign_bundle(campaign: dict[str, Any], protocol: Protocol, tasks: Iterable[InboxItem]) -> dict[str, Any]:
    """Every contact that has started, plus its inbox items as Tasks, in one collection Bundle."""
    entries = [{"resource": questionnaire_response(c, campaign, protocol)}
               for c in campaign["contacts"] if c["status"] != "scheduled"]
    entries += [{"resource": t.to_fhir_task()} for t in tasks]
    return {"resourceType": "Bundle", "type": "collection", "id": campaign["id"], "entry": entries}
