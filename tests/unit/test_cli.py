"""The stable machine interface (`--json`, `--batch`) and clear errors, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carebridge.cli import app

runner = CliRunner()
DEPT_KEYS = {"code", "en", "zh", "group_en", "group_zh"}
LEVELS = {"emergency_ambulance", "emergency", "urgent", "routine", "self_care"}


def cli(tmp_path: Path, *args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, ["--data-dir", str(tmp_path / "data"), *args], input=input)


def test_triage_json_follows_the_contract(tmp_path: Path) -> None:
    r = cli(tmp_path, "triage", "My face is drooping and my speech is slurred", "--age", "70", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["urgency"] == "emergency_ambulance" and out["urgency"] in LEVELS
    assert [f["id"] for f in out["red_flags"]] == ["stroke_signs"]
    assert set(out["department"]) == DEPT_KEYS and out["department"]["group_zh"] == "急诊医学科"
    assert out["sources"] and all(s["citation"] for s in out["sources"])


def test_triage_chinese_routes_to_a_department_group(tmp_path: Path) -> None:
    r = cli(tmp_path, "triage", "小便疼，尿频两天", "--age", "30", "--sex", "F", "--json")
    out = json.loads(r.stdout)
    assert out["department"]["group_zh"] == "外科" and out["lang"] == "zh"


def test_batch_one_line_out_per_line_in_and_bad_lines_get_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "sore throat for 2 days", "age": 25, "sex": "M"}),
        "this is not json",
        json.dumps({"id": "c", "text": "我想自杀", "age": 20}),
        json.dumps({"id": "d", "text": "", "age": 20}),
        json.dumps({"id": "e", "text": "headache", "age": -4}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli(tmp_path, "triage", "--batch", str(path))
    outs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(outs) == 5 and r.exit_code == 1
    assert outs[0]["id"] == "a" and outs[0]["urgency"] == "self_care"
    assert outs[1]["error"]["code"] == "bad_json"
    assert outs[2]["urgency"] == "emergency" and outs[2]["red_flags"][0]["id"] == "suicidal_intent"
    assert outs[3]["error"]["code"] == "empty_message"
    assert outs[4]["error"]["code"] == "bad_age"


def test_batch_from_stdin(tmp_path: Path) -> None:
    r = cli(tmp_path, "triage", "--batch", "-", input=json.dumps({"text": "chest pain"}) + "\n")
    assert r.exit_code == 0 and json.loads(r.stdout)["urgency"] == "emergency"


def test_one_message_from_stdin(tmp_path: Path) -> None:
    # `triage -` reads the message (it used to triage the one-character text "-" as routine).
    r = cli(tmp_path, "triage", "-", "--json", input="胸口压着疼，满头大汗，一个小时了\n")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["urgency"].startswith("emergency")
    r = runner.invoke(app, ["--data-dir", str(tmp_path / "data"), "triage", "-", "--json"], input=b"\xff\xfe\x00abc")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "bad_encoding"
    r = cli(tmp_path, "triage", "-", "--json", input="   \n")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "empty_message"


@pytest.mark.parametrize(("text", "code"), [
    ("   ", "empty_message"),
    ("a" * 1_000_000, "message_too_long"),
    ("abc\x00\x01\x02def", "binary_input"),
])
def test_bad_input_gets_a_clear_json_error(tmp_path: Path, text: str, code: str) -> None:
    r = cli(tmp_path, "triage", text, "--json")
    assert r.exit_code == 2
    err = json.loads(r.stdout)["error"]
    assert err["code"] == code and len(err["message"]) > 20


def test_binary_bytes_are_rejected_by_the_guard() -> None:
    from carebridge.tools.guard import InputRejected, check_message

    with pytest.raises(InputRejected) as info:
        check_message(b"\xff\xfe\x00\x01binary")
    assert info.value.code == "binary_input" and "UTF-8" in info.value.en


def test_mixed_language_message_is_understood(tmp_path: Path) -> None:
    out = json.loads(cli(tmp_path, "triage", "I have 胸痛 and 出冷汗", "--json").stdout)
    assert out["urgency"] == "emergency_ambulance"


def test_agents_list_json() -> None:
    r = runner.invoke(app, ["agents", "list", "--json"])
    assert any(a["name"] == "triage" for a in json.loads(r.stdout)["agents"])


def test_chat_then_review_then_audit(tmp_path: Path) -> None:
    answers = "\n".join(["I have a rash on my arm", "25, female", "2", "no", "no", "none", "none", "none"]) + "\n"
    r = cli(tmp_path, "chat", "--session", "c1", input=answers)
    assert r.exit_code == 0, r.output
    assert "Pre-consultation summary" in r.output and "pending" in r.output
    listed = json.loads(cli(tmp_path, "review", "list", "--json").stdout)["reviews"]
    assert [x["session_id"] for x in listed] == ["c1"]
    approved = cli(tmp_path, "review", "approve", "c1", "--by", "Dr Chen", "--json")
    assert json.loads(approved.stdout)["status"] == "approved"
    again = cli(tmp_path, "review", "approve", "c1", "--by", "Dr Chen", "--json")
    assert again.exit_code == 2 and json.loads(again.stdout)["error"]["code"] == "nothing_to_review"
    audit = json.loads(cli(tmp_path, "audit", "show", "c1", "--json").stdout)["entries"]
    assert audit[0]["kind"] == "input" and audit[-1]["kind"] == "review"
    assert cli(tmp_path, "audit", "show", "nope", "--json").exit_code == 2


def test_chat_resumes_an_existing_session(tmp_path: Path) -> None:
    cli(tmp_path, "chat", "--session", "c2", input="I have a headache\n")
    r = cli(tmp_path, "chat", "--session", "c2", input="40, male\n")
    assert "how long has it been going on" in r.output  # the next question, not the first one again
    assert "How old is the patient" in r.output  # the question left open is shown again


def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    r = cli(tmp_path, "demo", "--fast")
    assert r.exit_code == 0, r.output
    for expected in ("Call 120", "预问诊报告", "self_care", "audit", "Emergency Medicine", "医生已审核", "儿科",
                     "危急高值", "aspirin + warfarin", "escalated to the nurse"):
        assert expected in r.output
    # The demo's critical potassium and the follow-up escalation both reached the one nurse inbox.
    from carebridge.tools.inbox import open_inbox

    box = open_inbox(tmp_path / "data")
    try:
        assert {(i.source, i.priority) for i in box.items(role="nurse")} >= {("report", "emergency"), ("followup", "urgent")}
    finally:
        box.close()


def test_demo_runs_again_in_the_same_data_dir(tmp_path: Path) -> None:
    # The first run leaves P002's heart-failure follow-up active; the second must not stop at "already has an active".
    assert cli(tmp_path, "demo", "--fast").exit_code == 0
    r = cli(tmp_path, "demo", "--fast")
    assert r.exit_code == 0, r.output
    assert "escalated to the nurse" in r.output


def test_a_configured_model_file_that_is_missing_fails_clearly(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CAREBRIDGE_MODEL", str(tmp_path / "x.gguf"))
    r = cli(tmp_path, "triage", "headache", "--json")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "model_unavailable"


def test_internal_error_is_a_clear_message_not_a_traceback(tmp_path: Path, monkeypatch, capsys) -> None:
    import sys

    from carebridge import cli
    from carebridge.service import CareBridge

    def boom(self, *a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(CareBridge, "triage_once", boom)
    monkeypatch.setattr(sys, "argv", ["carebridge", "--data-dir", str(tmp_path), "triage", "headache", "--json"])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["error"]["code"] == "internal_error"
    assert "Traceback" not in out.err and "internal error" in out.err and "disk on fire" in out.err


def test_runny_nose_alone_is_a_cold_not_hay_fever(tmp_path: Path) -> None:
    out = json.loads(cli(tmp_path, "triage", "runny nose for two days", "--age", "30", "--json").stdout)
    assert [r["id"] for r in out["reasons"]] == ["common_cold_flu"]
    assert any("Common cold" in s["citation"] for s in out["sources"])


def test_reopening_a_finished_chat_shows_the_summary_and_ends(tmp_path: Path) -> None:
    answers = "\n".join(["I have a rash on my arm", "25, female", "2", "no", "no", "none", "none", "none"]) + "\n"
    cli(tmp_path, "chat", "--session", "done1", input=answers)
    r = cli(tmp_path, "chat", "--session", "done1", input="hello again\n")
    assert r.exit_code == 0 and "waiting for clinician review" in r.output and "Pre-consultation summary" in r.output
