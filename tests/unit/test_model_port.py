"""The model talks, the rules decide: a model adds findings only with evidence, raises urgency only through the rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, Field

from carebridge.graphs.grammar import decoding_schema
from carebridge.graphs.models import ModelUnavailable, load_chat_model, structured_call
from carebridge.service import CareBridge
from tests.fakes import BrokenChatModel, ScriptedChatModel, scripted


def _extract(symptoms: list[tuple[str, str]], severity: tuple[int, str] | None = None) -> str:
    return json.dumps({"symptoms": [{"code": c, "evidence": e} for c, e in symptoms], "duration_days": None,
                       "severity": {"value": severity[0], "evidence": severity[1]} if severity else None})


def _events(cb: CareBridge, session_id: str, kind: str) -> list[dict[str, Any]]:
    return [e["data"] for e in cb.audit.entries(session_id) if e["kind"] == kind]


def test_no_model_is_the_default(tmp_path: Path) -> None:
    assert load_chat_model(data_dir=tmp_path) is None


def test_configured_missing_model_file_is_a_clear_error(monkeypatch) -> None:
    monkeypatch.setenv("CAREBRIDGE_MODEL", "/models/qwen.gguf")
    with pytest.raises(ModelUnavailable) as err:
        load_chat_model()
    assert "does not exist" in str(err.value) and "carebridge doctor" in str(err.value)


def test_an_ambulance_case_does_not_wait_for_the_model(tmp_path: Path) -> None:
    # At the top urgency the model cannot change the answer (it may only raise), so it is not asked.
    cb = CareBridge(tmp_path, model=scripted(_extract([])))
    out = cb.triage_once("crushing chest pain and sweating", age=60)
    assert out["urgency"] == "emergency_ambulance"
    assert _events(cb, out["session_id"], "model") == []
    skipped = _events(cb, out["session_id"], "model_skipped")
    assert skipped and skipped[0]["purpose"] == "triage.extract"
    routine = cb.triage_once("a sore throat and a runny nose for two days", age=30)
    assert routine["urgency"] != "emergency_ambulance"
    assert _events(cb, routine["session_id"], "model") and not _events(cb, routine["session_id"], "model_skipped")
    cb.close()


def test_a_finding_with_evidence_raises_urgency_through_the_rules_and_is_audited(tmp_path: Path) -> None:
    text = "I feel unwell, puffing hard after a few steps"  # the lexicon reads nothing here
    cb = CareBridge(tmp_path, model=scripted(_extract([("dyspnea", "puffing hard after a few steps")])))
    out = cb.triage_once(text, age=40)
    assert out["urgency"] == "urgent"  # shortness of breath -> urgent, decided by the rule
    assert _events(cb, out["session_id"], "model_findings")[0]["added"] == ["dyspnea"]
    raised = _events(cb, out["session_id"], "model_raised_urgency")[0]
    assert raised["from"] == "routine" and raised["to"] == "urgent" and raised["because"] == ["dyspnea"]
    model_event = _events(cb, out["session_id"], "model")[0]
    assert model_event["ok"] and model_event["prompt_version"].startswith("triage.extract@")
    cb.close()


@pytest.mark.parametrize(("text", "code", "evidence", "why"), [
    ("I feel unwell", "dyspnea", "short of breath", "not found verbatim"),
    ("I feel unwell, puffing a bit", "dyspnea", "a bit", "too short or only common words"),
    ("no chest pain, just a runny nose", "chest_pain", "chest pain", "denies"),
    ("胸口不疼，就是流鼻涕", "chest_pain", "胸口不疼", "denies"),
    ("没有胸口疼，就是流鼻涕", "chest_pain", "胸口疼", "denies"),
    ("I have a runny nose", "chest_pain", "runny nose", "lexicon reads these words as runny_nose"),
])
def test_a_finding_without_sound_evidence_is_dropped(tmp_path: Path, text: str, code: str, evidence: str, why: str) -> None:
    plain = CareBridge(tmp_path / "plain")
    expected = plain.triage_once(text, age=40)["urgency"]
    plain.close()
    cb = CareBridge(tmp_path / "model", model=scripted(_extract([(code, evidence)])))
    out = cb.triage_once(text, age=40)
    assert out["urgency"] == expected
    vetted = _events(cb, out["session_id"], "model_findings")[0]
    assert vetted["added"] == [] and why in vetted["dropped"][0]["why"]
    cb.close()


def test_a_finding_that_would_lower_the_urgency_is_ignored(tmp_path: Path) -> None:
    # A model is only offered codes that could complete a rule above the lexicon's level, but a
    # code can also close the only gap in a self-care group: "a sore throat" alone is self-care,
    # while nothing recognised is routine. An added finding may never lower what the lexicon's
    # findings already decided.
    text = "I feel off today, everything scratchy when I swallow"
    cb = CareBridge(tmp_path, model=scripted(_extract([("sore_throat", "scratchy when I swallow")])))
    out = cb.triage_once(text, age=30)
    assert out["urgency"] == "routine"
    assert _events(cb, out["session_id"], "model_findings")[0]["added"] == ["sore_throat"]
    ignored = _events(cb, out["session_id"], "model_findings_ignored")[0]
    assert ignored["kept"] == "routine" and ignored["with_model"] == "self_care"
    cb.close()


def test_a_code_the_message_was_not_offered_is_refused_by_the_schema(tmp_path: Path) -> None:
    # gyn_symptoms would switch the heavy-bleeding red flag off (its none_of) and can raise nothing
    # above an emergency, so it is not among the codes offered: the answer fails the schema and the
    # rules' answer stands.
    text = "I am bleeding heavily and it will not stop, it is coming from my privates"
    cb = CareBridge(tmp_path, model=scripted(_extract([("gyn_symptoms", "coming from my privates")])))
    out = cb.triage_once(text, age=30, sex="F")
    assert out["urgency"] == "emergency" and [f["id"] for f in out["red_flags"]] == ["heavy_bleeding"]
    model = _events(cb, out["session_id"], "model")[0]
    assert not model["ok"] and model["fallback"] and "symptoms.0.code" in model["error"]
    assert _events(cb, out["session_id"], "model_findings") == []
    cb.close()


def test_a_severity_counts_only_if_the_lexicon_reads_the_same_number(tmp_path: Path) -> None:
    cb = CareBridge(tmp_path, model=scripted(_extract([], (9, "feel unwell"))))
    out = cb.triage_once("I feel unwell, headache", age=30)
    vetted = _events(cb, out["session_id"], "model_findings")[0]
    assert vetted["severity"] is None and "severity is not what the lexicon reads" in vetted["dropped"][0]["why"]
    cb.close()


@pytest.mark.parametrize("model", [
    scripted("I think you are fine!"), scripted('{"symptoms": [{"code": "not_a_code", "evidence": "chest"}]}'),
    BrokenChatModel(messages=iter([]))], ids=["prose", "wrong-code", "crash"])
def test_nonsense_or_crashing_model_falls_back_and_is_audited(tmp_path: Path, model) -> None:
    cb = CareBridge(tmp_path, model=model)
    # An emergency below the ambulance level, so the model is asked (and fails).
    out = cb.triage_once("I cut my arm and I am bleeding heavily, it will not stop", age=40)
    assert out["urgency"] == "emergency"
    event = _events(cb, out["session_id"], "model")[0]
    assert event["ok"] is False and event["fallback"] is True and event["error"]
    cb.close()


class _Out(BaseModel):
    agent: str = Field(max_length=20)


def test_structured_call_hands_the_schema_to_the_model() -> None:
    model = scripted('{"agent": "triage"}')
    seen: dict[str, Any] = {}
    original = ScriptedChatModel._generate

    def spy(self, messages, stop=None, run_manager=None, **kwargs):
        seen.update(kwargs)
        return original(self, messages, stop, run_manager, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ScriptedChatModel, "_generate", spy)
        result, event = structured_call(model, _Out, "s", "u", purpose="t", prompt_version="v", max_tokens=40)
    assert result is not None and event and event["ok"]
    assert seen["response_format"] == {"type": "json_schema", "json_schema": {"name": "_Out", "schema": decoding_schema(_Out)}}
    assert seen["max_tokens"] == 40


def test_structured_call_tolerates_control_characters_inside_strings() -> None:
    result, event = structured_call(scripted('{"agent": "tri\x01age"}'), _Out, "s", "u", purpose="t", prompt_version="v")
    assert result is not None and result.agent == "tri age" and event and event["ok"]


def test_escaped_control_characters_and_lone_surrogates_are_removed() -> None:
    raw = '{"agent": "a\\u001b[31mb\\ud800c\\bd"}'
    result, event = structured_call(scripted(raw), _Out, "s", "u", purpose="t", prompt_version="v")
    assert result is not None and result.agent == "a [31mb c d" and event and event["ok"]
    json.dumps(event, ensure_ascii=False).encode("utf-8")  # the audit log can store it


def test_an_answer_cut_off_at_max_tokens_is_a_fallback(tmp_path: Path) -> None:
    from langchain_core.messages import AIMessage

    model = ScriptedChatModel(messages=iter([AIMessage('{"agent": "tri', response_metadata={"finish_reason": "length"})]),
                              seen=[])
    result, event = structured_call(model, _Out, "s", "u", purpose="t", prompt_version="v", max_tokens=5)
    assert result is None and event and event["ok"] is False and event["fallback"] is True
    assert event["error"].startswith("ModelTruncated") and event["finish_reason"] == "length"


def test_the_router_follows_a_model_only_with_the_messages_own_words(tmp_path: Path) -> None:
    text = "My grandfather is on warfarin; is it a problem if he has ibuprofen too?"  # no agent's keywords
    cb = CareBridge(tmp_path / "a", model=scripted(json.dumps({"agent": "medication", "evidence": "is on warfarin"}),
                                                    json.dumps({"drugs": [], "allergies": []})))
    turn = cb.send("r1", text)
    route = _events(cb, "r1", "route")[0]
    assert turn.reply["agent"] == "medication" and route["how"] == "model"
    cb.close()
    cb = CareBridge(tmp_path / "b", model=scripted(json.dumps({"agent": "report", "evidence": "lab results"})))
    turn = cb.send("r2", text)
    assert turn.reply["agent"] == "triage" and _events(cb, "r2", "route")[0]["how"] == "default"
    assert "not found verbatim" in _events(cb, "r2", "model_route_rejected")[0]["why"]
    cb.close()
