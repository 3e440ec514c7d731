"""The model talks, the rules decide: a configured model can add findings or raise urgency only."""

from __future__ import annotations

import json
from pathlib import Path

from carebridge.graphs.models import ModelUnavailable, load_chat_model, structured_call
from carebridge.service import CareBridge
from tests.fakes import BrokenChatModel, scripted


def _extract(symptoms: list[str], urgency: str | None) -> str:
    return json.dumps({"symptoms": symptoms, "duration_days": None, "severity": None, "suggested_urgency": urgency})


def test_no_model_is_the_default(monkeypatch) -> None:
    monkeypatch.delenv("CAREBRIDGE_MODEL", raising=False)
    assert load_chat_model() is None


def test_configured_model_without_runtime_is_a_clear_error(monkeypatch) -> None:
    monkeypatch.setenv("CAREBRIDGE_MODEL", "/models/qwen.gguf")
    try:
        load_chat_model()
    except ModelUnavailable as exc:
        assert "Unset CAREBRIDGE_MODEL" in str(exc)
    else:
        raise AssertionError("expected ModelUnavailable")


def test_model_cannot_lower_an_emergency(tmp_path: Path) -> None:
    cb = CareBridge(tmp_path, model=scripted(_extract([], "self_care")))
    out = cb.triage_once("crushing chest pain and sweating", age=60)
    assert out["urgency"] == "emergency_ambulance"
    cb.close()


def test_model_can_raise_urgency_and_it_is_audited(tmp_path: Path) -> None:
    cb = CareBridge(tmp_path, model=scripted(_extract([], "urgent")))
    out = cb.triage_once("runny nose for two days", age=30)
    assert out["urgency"] == "urgent"
    kinds = [e["kind"] for e in cb.audit.entries(out["session_id"])]
    assert "model" in kinds and "model_raised_urgency" in kinds
    model_event = next(e for e in cb.audit.entries(out["session_id"]) if e["kind"] == "model")["data"]
    assert model_event["ok"] and model_event["prompt_version"].startswith("triage.extract@")
    cb.close()


def test_model_added_finding_is_used(tmp_path: Path) -> None:
    cb = CareBridge(tmp_path, model=scripted(_extract(["dyspnea"], None)))
    out = cb.triage_once("I feel unwell", age=40)
    assert out["urgency"] == "urgent"  # shortness of breath -> urgent, decided by the rule
    cb.close()


def test_nonsense_or_crashing_model_falls_back_and_is_audited(tmp_path: Path) -> None:
    for model in (scripted("I think you are fine!"), scripted('{"symptoms": ["not_a_code"]}'), BrokenChatModel(messages=iter([]))):
        cb = CareBridge(tmp_path / type(model).__name__ / str(id(model)), model=model)
        out = cb.triage_once("crushing chest pain and sweating", age=60)
        assert out["urgency"] == "emergency_ambulance"
        event = next(e for e in cb.audit.entries(out["session_id"]) if e["kind"] == "model")["data"]
        assert event["ok"] is False and event["fallback"] is True
        cb.close()


def test_structured_call_tolerates_control_characters_inside_strings() -> None:
    from pydantic import BaseModel

    class Out(BaseModel):
        agent: str

    result, event = structured_call(scripted('{"agent": "tri\x01age"}'), Out, "s", "u", purpose="t", prompt_version="v")
    assert result is not None and result.agent == "tri age" and event and event["ok"]
