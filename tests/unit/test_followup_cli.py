"""`carebridge followup ...` under --json: the nurse starts, the patient answers, the inbox shows it."""

from __future__ import annotations

import json
from datetime import date, timedelta

from typer.testing import CliRunner

from carebridge.cli import app

runner = CliRunner()
DISCHARGED = (date.today() - timedelta(days=3)).isoformat()


def cb(tmp_path, *args, input=None):
    return runner.invoke(app, ["--data-dir", str(tmp_path / "data"), "followup", *args], input=input)


def js(result):
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_nurse_starts_patient_answers_inbox_shows_escalation(tmp_path):
    r = cb(tmp_path, "start", "--patient", "P001", "--protocol", "heart_failure", "--name", "Wang Li", "--lang", "en",
           "--discharged", DISCHARGED, "--json")
    assert r.exit_code == 0, r.stdout
    assert js(r)["id"] == "FU-0001" and js(r)["contacts"][0]["status"] == "scheduled"
    tick = js(cb(tmp_path, "tick", "--json"))
    assert [a["contact_id"] for a in tick["attempted"]] == ["FU-0001-D2"]
    a1 = js(cb(tmp_path, "answer", "FU-0001-D2", "72 kg", "--as-patient", "P001", "--json"))
    assert a1["escalated"] is False and a1["answer"]["value"] == 72.0 and a1["next_question"]["id"] == "breathless_lying_flat"
    a2 = js(cb(tmp_path, "answer", "FU-0001-D2", "yes, I need three pillows", "--as-patient", "P001", "--json"))
    assert a2["escalated"] is True and a2["escalations"][0]["rule_id"] == "hf_orthopnoea"
    inbox = js(cb(tmp_path, "inbox", "--json"))["items"]
    assert [(i["source"], i["kind"], i["priority"]) for i in inbox] == [("followup", "escalation", "urgent")]
    resolved = js(cb(tmp_path, "resolve", inbox[0]["id"], "--by", "Nurse Li", "--note", "called", "--json"))
    assert resolved["status"] == "resolved"
    assert js(cb(tmp_path, "inbox", "--json"))["items"] == []
    listed = js(cb(tmp_path, "list", "--json"))["campaigns"]
    assert listed[0]["id"] == "FU-0001" and listed[0]["contacts"]["open"] == 1
    export = js(cb(tmp_path, "export", "FU-0001", "--fhir"))
    assert export["resourceType"] == "Bundle"


def test_errors_are_json_with_a_non_zero_exit(tmp_path):
    r = cb(tmp_path, "start", "--patient", "P1", "--protocol", "nope", "--json")
    assert r.exit_code == 2 and js(r)["error"]["code"] == "unknown_protocol"
    future = (date.today() + timedelta(days=5)).isoformat()
    r = cb(tmp_path, "start", "--patient", "P1", "--protocol", "copd", "--discharged", future, "--json")
    assert r.exit_code == 2 and js(r)["error"]["code"] == "bad_date"
    r = cb(tmp_path, "answer", "FU-0001-D2", "yes", "--json")
    assert r.exit_code == 2 and js(r)["error"]["code"] == "unknown_contact"
    r = cb(tmp_path, "inbox", "--as-patient", "P1", "--json")
    assert r.exit_code == 3 and js(r)["error"]["code"] == "forbidden"
    r = cb(tmp_path, "signoff", "FU-0042", "--by", "Dr Zhao", "--json")
    assert r.exit_code == 2 and js(r)["error"]["code"] == "unknown_campaign"


def test_batch_answers_one_json_line_each(tmp_path):
    cb(tmp_path, "start", "--patient", "P1", "--protocol", "copd", "--lang", "zh", "--discharged", DISCHARGED, "--json")
    lines = "\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"contact_id": "FU-0001-D2", "text": "是的", "as_patient": "P1"},
        {"contact_id": "FU-0001-D2", "text": "没有", "as_patient": "P2"},
        {"text": "missing id"},
        {"contact_id": "FU-0001-D2", "text": "", "as_patient": "P1"},
    ])
    r = cb(tmp_path, "answer", "--batch", "-", input=lines + "\n")
    out = [json.loads(x) for x in r.stdout.strip().splitlines()]
    assert out[0]["escalated"] is True
    assert out[1]["error"]["code"] == "forbidden"
    assert out[2]["error"]["code"] == "bad_batch_line"
    assert out[3]["reask"] is True


def test_protocols_listing(tmp_path):
    out = js(cb(tmp_path, "protocols", "--json"))["protocols"]
    assert {p["id"] for p in out} >= {"heart_failure", "paediatric_fever"}


def test_call_runs_the_conversation_over_the_text_channel(tmp_path):
    cb(tmp_path, "start", "--patient", "P1", "--protocol", "diabetes", "--lang", "zh", "--discharged", DISCHARGED)
    r = cb(tmp_path, "call", "FU-0001-D2", "--as-patient", "P1", input="？？\n2.8\n没有\n没有\n")
    assert r.exit_code == 0, r.stdout
    assert "最低血糖" in r.stdout and "没有收到您的回答" in r.stdout and "本次随访已完成" in r.stdout
    shown = js(cb(tmp_path, "show", "FU-0001", "--json"))
    d2 = shown["contacts"][0]
    assert d2["status"] == "completed" and [e["rule_id"] for e in d2["escalations"]] == ["hypo_level_2"]
    r = cb(tmp_path, "call", "FU-0001-D2", "--as-patient", "P2", input="no\n")
    assert r.exit_code == 3


def test_patient_facing_errors_carry_chinese_too(tmp_path):
    cb(tmp_path, "start", "--patient", "P1", "--protocol", "copd", "--discharged", DISCHARGED, "--json")
    r = cb(tmp_path, "answer", "FU-0001-D2", "没有", "--as-patient", "P2", "--json")
    assert r.exit_code == 3 and js(r)["error"]["message_zh"].startswith("这不是您的随访")
    cb(tmp_path, "stop", "FU-0001", "--by", "Nurse Li", "--reason", "readmitted", "--json")
    r = cb(tmp_path, "answer", "FU-0001-D2", "没有", "--as-patient", "P1", "--json")
    assert r.exit_code == 2 and js(r)["error"]["code"] == "contact_closed" and "已结束" in js(r)["error"]["message_zh"]
