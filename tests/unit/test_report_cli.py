"""`carebridge report` (JSON, batch, errors, escalation, trends) and the report agent in chat."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from carebridge.agents.testing import assert_agent_contract
from carebridge.cli import app
from carebridge.service import CareBridge
from carebridge.tools.inbox import open_inbox

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "demo" / "samples"
FLAGS = {"normal", "low", "high", "critical_low", "critical_high", "unknown"}


def cli(tmp_path: Path, *args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, ["--data-dir", str(tmp_path / "data"), *args], input=input)


def inbox_items(tmp_path: Path):
    box = open_inbox(tmp_path / "data")
    try:
        return box.items(role="nurse", status=None)
    finally:
        box.close()


def test_fhir_sample_json_follows_the_contract(tmp_path: Path) -> None:
    r = cli(tmp_path, "report", str(SAMPLES / "report_fhir.json"), "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert set(out) >= {"results", "critical", "explanation"}
    for res in out["results"]:
        assert set(res) >= {"analyte", "code", "value", "unit", "flag", "reference_range", "interpretation", "range_source"}
        assert res["flag"] in FLAGS
    by_code = {res["code"]: res for res in out["results"]}
    assert by_code["777-3"]["flag"] == "critical_low" and out["critical"] is True
    assert by_code["718-7"]["range_source"] == "report"
    assert by_code["2345-7"]["converted"]["unit"] == "mmol/L"
    assert out["escalation"] and out["escalation"][0]["priority"] == "emergency"


def test_chinese_text_sample_in_one_command(tmp_path: Path) -> None:
    r = cli(tmp_path, "report", str(SAMPLES / "report_zh.txt"))
    assert r.exit_code == 0, r.output
    assert "危急值" in r.stdout and "钾" in r.stdout and "AI生成" in r.stdout


def test_stdin_and_text_option(tmp_path: Path) -> None:
    r = cli(tmp_path, "report", "-", "--json", input="血钾 6.9 mmol/L\n")
    out = json.loads(r.stdout)
    assert out["results"][0]["flag"] == "critical_high" and out["lang"] == "zh"
    r = cli(tmp_path, "report", "--text", "Hb 7.2 g/dL", "--sex", "F", "--lang", "en", "--json")
    out = json.loads(r.stdout)
    assert out["results"][0]["flag"] == "low" and out["lang"] == "en"


def test_csv_sample(tmp_path: Path) -> None:
    r = cli(tmp_path, "report", str(SAMPLES / "report.csv"), "--json")
    out = json.loads(r.stdout)
    assert out["format"] == "csv" and len(out["results"]) == 7
    assert all(res["flag"] != "unknown" for res in out["results"])


def test_errors_are_json_with_nonzero_exit(tmp_path: Path) -> None:
    r = cli(tmp_path, "report", str(tmp_path / "nope.json"), "--json")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "file_not_found"
    bad = tmp_path / "bad.json"
    bad.write_text('{"resourceType": "Observation",', encoding="utf-8")
    r = cli(tmp_path, "report", str(bad), "--json")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "bad_json"
    wrong = tmp_path / "patient.json"
    wrong.write_text('{"resourceType": "Patient", "id": "p"}', encoding="utf-8")
    r = cli(tmp_path, "report", str(wrong), "--json")
    assert json.loads(r.stdout)["error"]["code"] == "wrong_resource"
    r = cli(tmp_path, "report", "--json")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "missing_report"
    r = cli(tmp_path, "report", "--text", "K 4 mmol/L", "--sex", "X", "--json")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "bad_sex"


def test_batch_one_object_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": "血钾 6.9 mmol/L", "age": 60, "sex": "M"}),
             "not json",
             json.dumps({"id": "c", "text": "Hb 125 g/L", "sex": "F"}),
             json.dumps({"id": "d", "age": 3}),
             json.dumps({"id": "e", "text": '{"resourceType": "Patient"}'})]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli(tmp_path, "report", "--batch", str(path))
    outs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(outs) == 5 and r.exit_code == 1
    assert outs[0]["id"] == "a" and outs[0]["critical"] is True
    assert outs[1]["error"]["code"] == "bad_json"
    assert outs[2]["results"][0]["flag"] == "normal"
    assert outs[3]["error"]["code"] == "missing_text"
    assert outs[4]["error"]["code"] == "wrong_resource"


def test_same_report_twice_makes_one_inbox_item(tmp_path: Path) -> None:
    first = json.loads(cli(tmp_path, "report", "--text", "血钾 6.9 mmol/L", "--patient", "P1", "--json").stdout)
    again = json.loads(cli(tmp_path, "report", "--text", "血钾 6.9 mmol/L", "--patient", "P1", "--json").stdout)
    assert first["escalation"][0]["created"] is True and again["escalation"][0]["created"] is False
    items = inbox_items(tmp_path)
    assert len(items) == 1
    item = items[0]
    assert (item.source, item.kind, item.priority, item.patient_id) == ("report", "critical_value", "emergency", "P1")
    assert "钾" in item.title_zh and "Potassium" in item.title_en
    # No critical value, no inbox item.
    cli(tmp_path, "report", "--text", "血钾 4.0 mmol/L", "--patient", "P1", "--json")
    assert len(inbox_items(tmp_path)) == 1


def test_trend_against_the_previous_value_of_the_same_patient(tmp_path: Path) -> None:
    cli(tmp_path, "report", "--text", "肌酐 90 umol/L", "--patient", "P7", "--json")
    out = json.loads(cli(tmp_path, "report", "--text", "creatinine 1.5 mg/dL", "--patient", "P7", "--json").stdout)
    trend = out["results"][0]["trend"]
    assert trend["previous"] == 90 and trend["unit"] == "umol/L" and trend["direction"] == "up"
    assert abs(trend["change"] - (1.5 * 88.4 - 90)) < 0.5
    other = json.loads(cli(tmp_path, "report", "--text", "肌酐 95 umol/L", "--patient", "P8", "--json").stdout)
    assert "trend" not in other["results"][0]
    human = cli(tmp_path, "report", "--text", "肌酐 120 umol/L", "--patient", "P7")
    assert "↑" in human.stdout and "上次" in human.stdout


def test_report_agent_meets_the_plugin_contract() -> None:
    from carebridge.agents.report import plugin

    assert_agent_contract(plugin)


def test_chat_routes_lab_lines_to_report_and_escalates(tmp_path: Path) -> None:
    with CareBridge(tmp_path / "data") as cb:
        turn = cb.send("chat-1", "帮我看看化验单：血钾 6.9 mmol/L，肌酐 80 umol/L")
        assert turn.reply["agent"] == "report"
        assert "立即联系" in turn.reply["text"] and turn.reply["result"]["critical"] is True
        assert "护士也已收到提醒" in turn.reply["text"]
        assert turn.pending_review is False
        again = cb.send("chat-1", "帮我看看化验单：血钾 6.9 mmol/L，肌酐 80 umol/L")
        assert again.reply["agent"] == "report"
        routine = cb.send("chat-2", "Hb 13.5 g/dL\nPlatelets 250 10^9/L")
        assert routine.reply["agent"] == "report" and "critical" not in routine.reply["text"].lower()
        symptom = cb.send("chat-3", "I have had a sore throat for two days")
        assert symptom.reply["agent"] == "triage"
        # Another anonymous patient with the same value is a separate escalation.
        cb.send("chat-4", "血钾 6.9 mmol/L，肌酐 80 umol/L")
    items = inbox_items(tmp_path)
    assert sorted(i.ref for i in items) == ["chat-1", "chat-4"]


def test_chat_without_values_asks_for_them(tmp_path: Path) -> None:
    with CareBridge(tmp_path / "data") as cb:
        turn = cb.send("chat-9", "我想看看我的化验单")
        assert turn.reply["agent"] == "report" and turn.reply["kind"] == "question"
        assert "血钾 6.9 mmol/L" in turn.reply["text"]
