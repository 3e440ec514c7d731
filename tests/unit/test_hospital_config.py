"""The hospital's own numbers (`[hospital]` in config.toml, CAREBRIDGE_* wins) reach the patient."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carebridge.cli import app
from carebridge.graphs.context import HospitalContext
from carebridge.graphs.hospital_config import HospitalConfigError, load_hospital_context


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")
    return folder


def test_nothing_set_gives_the_defaults(tmp_path: Path) -> None:
    assert load_hospital_context(tmp_path, environ={}) == HospitalContext()


def test_the_file_sets_and_the_environment_wins(tmp_path: Path) -> None:
    folder = _write(tmp_path, '[hospital]\nemergency_number = "999"\ncrisis_line = "010-82951332"\nmax_questions = 4\n'
                              '[model]\nn_ctx = 2048\n')
    ctx = load_hospital_context(folder, environ={})
    assert (ctx.emergency_number, ctx.crisis_line, ctx.max_questions) == ("999", "010-82951332", 4)
    ctx = load_hospital_context(folder, environ={"CAREBRIDGE_CRISIS_LINE": "+86 400 161 9995"})
    assert (ctx.emergency_number, ctx.crisis_line) == ("999", "+86 400 161 9995")


@pytest.mark.parametrize(("text", "env", "words"), [
    ('[hospital]\ncrisis_line = "ring us"\n', {}, "crisis_line must be a telephone number"),
    ('[hospital]\nemergency_number = 120\n', {"CAREBRIDGE_EMERGENCY_NUMBER": "12O"}, "CAREBRIDGE_EMERGENCY_NUMBER"),
    ('[hospital]\nmax_questions = 50\n', {}, "from 0 to 20"),
    ('[hospital]\nmax_questions = true\n', {}, "from 0 to 20"),
    ('[hospital]\nhotline = "12356"\n', {}, "unknown [hospital] setting(s) hotline"),
    ('[hospital\n', {}, "not valid TOML"),
    ('hospital = "120"\n', {}, "must be a table"),
])
def test_a_bad_setting_is_a_clear_error(tmp_path: Path, text: str, env: dict[str, str], words: str) -> None:
    with pytest.raises(HospitalConfigError, match=None) as info:
        load_hospital_context(_write(tmp_path, text), environ=env)
    assert words in str(info.value)


def test_the_cli_says_the_hospitals_numbers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAREBRIDGE_CONFIG", raising=False)
    data = _write(tmp_path / "data", '[hospital]\nemergency_number = "999"\ncrisis_line = "010-82951332"\n')
    r = CliRunner().invoke(app, ["--data-dir", str(data), "triage", "I want to end my life", "--json"])
    out = json.loads(r.stdout)
    assert "999" in out["advice"]["en"] and "120" not in out["advice"]["en"]
    assert any("010-82951332" in s for e in out["first_steps"] for s in e["en"])
    bad = _write(tmp_path / "bad", '[hospital]\ncrisis_line = "soon"\n')
    r = CliRunner().invoke(app, ["--data-dir", str(bad), "triage", "headache", "--json"])
    assert r.exit_code != 0 and json.loads(r.stdout)["error"]["code"] == "bad_config"
