"""FHIR R4 DetectedIssue resources for a medication-check result (a `collection` Bundle)."""

from __future__ import annotations

from typing import Any

# FHIR DetectedIssue.severity is high | moderate | low.
_SEVERITY = {"contraindicated": "high", "major": "high", "moderate": "moderate", "minor": "low"}
_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
# v3 ActCode detected-issue codes where one fits exactly; other alert types carry text only.
_CODES = {"interaction": ("DRG", "Drug Interaction Alert"), "duplicate_therapy": ("DUPTHPY", "Duplicate Therapy Alert"),
          "dose": ("DOSEH", "High Dose Alert")}


def _issue(n: int, kind: str, severity: str, drugs: list[str], detail: str, mitigation: str,
           sources: list[dict[str, str]]) -> dict[str, Any]:
    code: dict[str, Any] = {"text": kind.replace("_", " ")}
    if kind in _CODES:
        c, display = _CODES[kind]
        code["coding"] = [{"system": _ACT_CODE, "code": c, "display": display}]
    return {
        "resourceType": "DetectedIssue",
        "id": f"medcheck-{n}",
        "status": "preliminary",
        "code": code,
        "severity": _SEVERITY[severity],
        "implicated": [{"display": d} for d in drugs],
        "detail": detail,
        "mitigation": [{"action": {"text": mitigation}}],
        "extension": [{"url": "https://carebridge.example/fhir/StructureDefinition/medication-severity",
                       "valueCode": severity}],
        "reference": None,
        "evidence": [{"detail": [{"display": s["citation"]} for s in sources]}] if sources else None,
    }


def detected_issues(result: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """Every interaction and alert of `result` as a DetectedIssue, most serious first."""
    entries: list[dict[str, Any]] = []
    n = 0
    for x in result["interactions"]:
        n += 1
        entries.append(_issue(n, "interaction", x["severity"], x["drugs"], x["mechanism"][lang], x["management"][lang], x["sources"]))
    for a in result["alerts"]:
        n += 1
        entries.append(_issue(n, a["type"], a["severity"], a["drugs"], a["text"][lang], a["action"][lang], a["sources"]))
    resources = [{k: v for k, v in e.items() if v is not None} for e in entries]
    return {"resourceType": "Bundle", "type": "collection", "total": len(resources),
            "entry": [{"resource": r} for r in resources]}
