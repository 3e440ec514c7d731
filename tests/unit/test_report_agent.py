"""Report agent: a model may only reword the explanation; file paths in chat; the prompt is a reviewed snapshot."""

from __future__ import annotations

import json
from pathlib import Path

from langchain_core.messages import HumanMessage

from carebridge.agents.report import ReportAgent
from carebridge.graphs.context import HospitalContext
from carebridge.prompts import load_prompt
from tests.fakes import BrokenChatModel, scripted


def run(model, text: str, tmp_path: Path) -> dict:
    graph = ReportAgent().build(model)
    state = {"messages": [HumanMessage(text)], "session_id": "s-1", "role": "patient", "mode": "chat", "lang": "en",
             "findings": {"present": [], "absent": []}, "red_flags": [], "events": []}
    return graph.invoke(state, context=HospitalContext(data_dir=str(tmp_path / "data")))


REWORDED = ("Your potassium, 6.9 mmol/L, is critically high: the usual range is 3.5–5.3 mmol/L [1] and the alarm "
            "limit is ≥6.2 mmol/L [2]. Potassium helps nerves and muscles, including the heart, work [3][4].")


def test_model_rewording_is_used_when_it_keeps_the_facts_and_cites_only_listed_sources(tmp_path: Path) -> None:
    model = scripted(json.dumps({"text": REWORDED, "cited": [1, 2, 3, 4]}))
    out = run(model, "Potassium 6.9 mmol/L", tmp_path)
    text = out["outcome"]["text"]
    assert REWORDED in text
    # The critical notice and the result line stay deterministic whatever the model says.
    assert "contact your care team" in text and "CRITICAL HIGH" in text
    assert out["outcome"]["result"]["results"][0]["flag"] == "critical_high"


def test_model_citing_an_unknown_source_is_ignored(tmp_path: Path) -> None:
    model = scripted(json.dumps({"text": "Made-up claim [9].", "cited": [9]}))
    out = run(model, "Potassium 6.9 mmol/L", tmp_path)
    assert "Made-up claim" not in out["outcome"]["text"]
    assert any(e.get("kind") == "model_output_rejected" for e in out["events"])


def test_model_rewording_that_drops_or_invents_a_number_is_ignored(tmp_path: Path) -> None:
    for wrong, why in ((REWORDED.replace("6.9 mmol/L, ", ""), "left out numbers"),
                       (REWORDED + " Most people recover in 3 days.", "added numbers"),
                       (REWORDED.replace("critically high", "raised"), "flag words")):
        out = run(scripted(json.dumps({"text": wrong, "cited": [1]})), "Potassium 6.9 mmol/L", tmp_path)
        assert wrong not in out["outcome"]["text"] and "It measures a mineral" in out["outcome"]["text"]
        rejected = [e for e in out["events"] if e.get("kind") == "model_output_rejected"]
        assert rejected and why in rejected[0]["reason"]


def test_broken_model_falls_back_to_the_template(tmp_path: Path) -> None:
    out = run(BrokenChatModel(messages=iter([])), "Potassium 6.9 mmol/L", tmp_path)
    assert "It measures a mineral" in out["outcome"]["text"]
    assert any(e.get("kind") == "model" and e.get("ok") is False for e in out["events"])


def test_a_file_path_in_the_message_is_read(tmp_path: Path) -> None:
    report = tmp_path / "labs.csv"
    report.write_text("analyte,value,unit\nSodium,118,mmol/L\n", encoding="utf-8")
    out = run(None, f"please read {report}", tmp_path)
    result = out["outcome"]["result"]
    assert result["format"] == "csv" and result["results"][0]["flag"] == "critical_low"
    assert result["escalation"] and result["escalation"][0]["created"]


def test_explain_prompt_snapshot(snapshot) -> None:
    assert load_prompt("report.explain") == snapshot
