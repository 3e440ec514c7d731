"""A random-weight model, really run by llama.cpp, changes no safety decision.

The tiny GGUF's answers are grammar-valid JSON full of random codes, words and numbers (at
temperature 1, so they range widely). Every urgency, red flag, department, interaction
severity, alert, lab flag, critical value and follow-up escalation must equal the no-model
run, while the model was really consulted and its answers really checked (the test fails if
the model's answers never finished or the evidence checks were never exercised).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from carebridge.service import CareBridge
from carebridge.tools.followup.service import Actor, FollowupService

VIGNETTES = Path(__file__).resolve().parents[2] / "bench" / "triage_vignettes_blind8.jsonl"
# Every second case of the blind8 set (50 cases, zh and en, all urgency levels) keeps CI fast.
CASES = [json.loads(line) for line in VIGNETTES.read_text(encoding="utf-8").splitlines() if line.strip()][::2]
MEDICATION = [
    "can I take aspirin together with warfarin and ibuprofen?", "我在吃波立维，能不能同时吃奥美拉唑？",
    "is it safe to take simvastatin with clarithromycin", "I take lisinopril and spironolactone, can I add potassium?",
    "我对青霉素过敏，能吃阿莫西林吗", "can I take sildenafil together with my nitroglycerin",
    "My eGFR is 25. Can I take metformin together with aspirin?", "能不能同时吃华法林和布洛芬",
]
REPORTS = [
    "化验单：血钾 6.9 mmol/L", "Potassium 6.9 mmol/L\nSodium 118 mmol/L", "Hb 7.2 g/dL (13-17.5)\nWBC 12.5 x10^9/L",
    "我的化验结果：空腹血糖 11.2 mmol/L，总胆固醇 6.5 mmol/L", "lab results: ALT 250 U/L, creatinine 180 umol/L",
]
FOLLOWUP = ["72 kg", "hmm, hard to say really", "it happened twice last night", "有点肿，比昨天厉害", "not sure"]
NOW = datetime(2026, 11, 22, 10, 0)


def _triage(cb: CareBridge) -> list[dict[str, Any]]:
    out = []
    for case in CASES:
        r = cb.triage_once(case["text"], age=case.get("age"), sex=case.get("sex"))
        out.append({"id": case["id"], "urgency": r["urgency"], "red_flags": [f["id"] for f in r["red_flags"]],
                    "department": r["department"]["code"]})
    return out


def _chat(cb: CareBridge, tag: str) -> list[dict[str, Any]]:
    out = []
    for i, text in enumerate(MEDICATION + REPORTS + ["I feel unwell and my chest hurts", "我肚子疼，拉肚子一天了",
                                                    "I feel unwell, puffing hard after a few steps", "hello"]):
        reply = cb.send(f"{tag}-{i}", text).reply
        result = reply.get("result") or {}
        out.append({
            "agent": reply.get("agent"), "kind": reply.get("kind"),
            "emergency": [f["id"] for f in reply.get("emergency", [])],
            "interactions": sorted((x["id"], x["severity"]) for x in result.get("interactions", [])),
            "alerts": sorted((a["type"], a["severity"], *a["drugs"]) for a in result.get("alerts", [])),
            "drugs": [d["id"] for d in result.get("drugs", [])],
            "flags": [(r.get("analyte"), r["flag"]) for r in result.get("results", [])],
            "critical": result.get("critical"),
        })
    return out


def _followup(data: Path, model: Any) -> list[dict[str, Any]]:
    svc = FollowupService(data, model=model, clock=lambda: NOW)
    svc.start(Actor.staff("Nurse Li"), patient_id="P1", protocol="heart_failure", lang="en",
              discharged=(NOW - timedelta(days=2)).date())
    out = []
    for text in FOLLOWUP:
        r = svc.answer(Actor.patient("P1"), "FU-0001-D2", text)
        out.append({"recorded": r["recorded"], "value": (r.get("answer") or {}).get("value"),
                    "escalations": sorted(e.get("rule_id") or e["kind"] for e in r["escalations"])})
    svc.close()
    with sqlite3.connect(data / "followup.sqlite") as conn:
        asked = conn.execute("SELECT COUNT(*) FROM messages WHERE kind = 'model_event'").fetchone()[0]
    return out + [{"model_asked": asked}]


def _model_events(cb: CareBridge) -> list[dict[str, Any]]:
    return [e["data"] for s in cb.audit.sessions(limit=10_000) for e in cb.audit.entries(s["session_id"]) if e["kind"] == "model"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, tiny_model) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("safety")
    out: dict[str, Any] = {}
    for name, model in (("rules", None), ("random", tiny_model)):
        cb = CareBridge(root / name, model=model)
        out[name] = {"triage": _triage(cb), "chat": _chat(cb, name), "followup": _followup(root / f"{name}-fu", model),
                     "events": _model_events(cb),
                     "vetting": [e["data"] for s in cb.audit.sessions(limit=10_000) for e in cb.audit.entries(s["session_id"])
                                 if e["kind"] in ("model_findings", "model_items_dropped", "model_output_rejected")]}
        cb.close()
    return out


def test_urgency_red_flags_and_department_are_unchanged(runs) -> None:
    changed = [(a, b) for a, b in zip(runs["rules"]["triage"], runs["random"]["triage"], strict=True) if a != b]
    assert not changed, changed


def test_interactions_alerts_lab_flags_and_routing_of_symptoms_are_unchanged(runs) -> None:
    changed = [(a, b) for a, b in zip(runs["rules"]["chat"], runs["random"]["chat"], strict=True) if a != b]
    assert not changed, changed


def test_follow_up_answers_and_escalations_are_unchanged(runs) -> None:
    assert runs["random"]["followup"][:-1] == runs["rules"]["followup"][:-1]
    assert runs["random"]["followup"][-1]["model_asked"] >= 2  # the replies the lexicon could not read


def test_the_model_was_really_asked_and_its_answers_really_checked(runs) -> None:
    events = runs["random"]["events"]
    purposes = {e["purpose"] for e in events}
    assert {"triage.extract", "medication.extract", "report.explain"} <= purposes
    finished = [e for e in events if e["ok"]]
    # Most answers finished as valid JSON; the rest were cut off at max_tokens (never unparsable).
    assert len(finished) >= 0.6 * len(events), [e.get("error") for e in events if not e["ok"]]
    assert all(e["error"].startswith("ModelTruncated") for e in events if not e["ok"])
    dropped = [d for v in runs["random"]["vetting"] for d in v.get("dropped", v.get("items", []))]
    assert len(dropped) >= 40  # random codes with random "evidence" were offered, and refused
    assert any(v.get("reason") for v in runs["random"]["vetting"])  # a random rewording was refused
    assert runs["rules"]["events"] == []
