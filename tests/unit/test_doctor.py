"""`carebridge doctor`: says what is configured, loads it, and names the fix in plain words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carebridge.cli import app

runner = CliRunner()


def doctor(tmp_path: Path, *extra: str):
    r = runner.invoke(app, ["--data-dir", str(tmp_path / "data"), "doctor", "--json", *extra])
    return r.exit_code, json.loads(r.stdout)


def check(report: dict, name: str) -> dict:
    return next(c for c in report["checks"] if c["name"] == name)


def test_without_a_model_the_rules_mode_is_reported_as_fine(tmp_path: Path) -> None:
    code, report = doctor(tmp_path)
    assert code == 0 and report["ok"] and report["mode"] == "deterministic"
    assert "supported, safe mode" in check(report, "model")["detail"]
    assert report["llama_cpp"]["installed"] and "gpu_offload" in report["llama_cpp"]


@pytest.mark.parametrize(("content", "words"), [
    (None, "does not exist"), (b"hello, I am a text file", "not a GGUF model file"),
    (b"ggjt\x01\x00\x00\x00", "old GGJT model file"), (b"PK\x03\x04", "zip archive"), (b"", "empty or truncated"),
])
def test_a_wrong_model_file_is_named_with_the_fix(tmp_path: Path, monkeypatch, content, words) -> None:
    path = tmp_path / "model.gguf"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setenv("CAREBRIDGE_MODEL", str(path))
    code, report = doctor(tmp_path)
    assert code == 1 and not report["ok"] and report["mode"] == "local"
    found = check(report, "model file")
    assert found["status"] == "fail" and words in found["detail"] and found["fix"]


def test_the_tiny_model_loads_and_answers(tmp_path: Path, tiny_gguf: Path, monkeypatch) -> None:
    monkeypatch.setenv("CAREBRIDGE_MODEL", str(tiny_gguf))
    monkeypatch.setenv("CAREBRIDGE_MODEL_N_THREADS", "1")
    code, report = doctor(tmp_path)
    assert code == 0 and report["ok"], report["checks"]
    assert report["model"]["architecture"] == "llama" and report["model"]["chat_template"]
    statuses = {c["name"]: c["status"] for c in report["checks"]}
    assert statuses.items() >= {"model file": "ok", "memory": "ok", "load": "ok", "structured answer": "ok"}.items()


def test_a_model_too_large_for_memory_is_refused_before_loading(tmp_path: Path, tiny_gguf: Path, monkeypatch) -> None:
    monkeypatch.setattr("carebridge.commands.doctor.memory_available", lambda: 1000)
    monkeypatch.setenv("CAREBRIDGE_MODEL", str(tiny_gguf))
    code, report = doctor(tmp_path)
    memory = check(report, "memory")
    assert code == 1 and memory["status"] == "fail" and "smaller quantisation" in memory["fix"]
    assert not any(c["name"] == "load" for c in report["checks"])


def test_a_bad_config_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "config.toml").write_text("[model]\nthreads = 4\n")
    code, report = doctor(tmp_path)
    assert code == 1 and "unknown [model] setting(s) threads" in check(report, "configuration")["detail"]


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_model_server_that_is_down_is_reported(tmp_path: Path, monkeypatch) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("CAREBRIDGE_MODEL", f"http://127.0.0.1:{port}/v1")
    code, report = doctor(tmp_path)
    server = check(report, "model server")
    assert code == 1 and report["mode"] == "http" and "nothing answers" in server["detail"] and "Start the model server" in server["fix"]


def test_the_words_version_prints_a_verdict(tmp_path: Path) -> None:
    r = runner.invoke(app, ["--data-dir", str(tmp_path / "data"), "doctor"])
    assert r.exit_code == 0 and "OK" in r.stdout and "[model] path" in r.stdout


def test_the_hospital_numbers_are_shown_and_the_defaults_said_to_be_chinas(tmp_path: Path, monkeypatch) -> None:
    for key in ("EMERGENCY_NUMBER", "CRISIS_LINE", "MAX_QUESTIONS"):
        monkeypatch.delenv(f"CAREBRIDGE_{key}", raising=False)
    code, report = doctor(tmp_path)
    assert code == 0 and report["hospital"] == {"emergency_number": "120", "crisis_line": "12356", "max_questions": 6}
    found = check(report, "hospital settings")
    assert found["status"] == "info" and "defaults" in found["detail"] and "[hospital]" in found["fix"]
    monkeypatch.setenv("CAREBRIDGE_EMERGENCY_NUMBER", "999")
    code, report = doctor(tmp_path)
    assert code == 0 and report["hospital"]["emergency_number"] == "999"
    assert check(report, "hospital settings")["status"] == "ok" and "999" in check(report, "hospital settings")["detail"]


def test_a_bad_hospital_setting_fails_the_doctor_with_the_key_named(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CAREBRIDGE_MAX_QUESTIONS", "lots")
    code, report = doctor(tmp_path)
    assert code == 1 and not report["ok"] and report["hospital"] is None
    found = check(report, "hospital settings")
    assert found["status"] == "fail" and "max_questions" in found["detail"] and found["fix"]
