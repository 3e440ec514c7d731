"""`carebridge meds`: the --json contract, --batch, --fhir, lookup, errors and the rich table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carebridge.cli import app

runner = CliRunner()


def cli(*args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, list(args), input=input)


def test_check_json_follows_the_contract() -> None:
    r = cli("meds", "check", "阿司匹林", "warfarin", "ibuprofen", "--allergy", "penicillin", "--egfr", "25", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert [d["generic"] for d in out["drugs"]] == ["aspirin", "warfarin", "ibuprofen"]
    assert all({"input", "generic", "confidence"} <= set(d) for d in out["drugs"])
    assert out["interactions"][0]["severity"] == "major" and out["interactions"][0]["sources"]
    assert any(a["type"] == "renal" for a in out["alerts"]) and out["label"] and out["patient"]["egfr"] == 25


def test_check_pregnant_and_fhir_flags() -> None:
    r = cli("meds", "check", "lisinopril", "--pregnant", "--fhir", "--json")
    out = json.loads(r.stdout)
    assert out["alerts"][0]["type"] == "pregnancy" and out["fhir"]["entry"][0]["resource"]["resourceType"] == "DetectedIssue"


@pytest.mark.parametrize(("args", "code"), [
    (("meds", "check", "--json"), "no_drugs"),
    (("meds", "check", "aspirin", "--egfr", "900", "--json"), "bad_egfr"),
    (("meds", "check", "aspirin", "--lang", "fr", "--json"), "bad_lang"),
])
def test_errors_are_json_with_a_nonzero_exit(args: tuple[str, ...], code: str) -> None:
    r = cli(*args)
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == code


def test_batch_one_line_out_per_line_in(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "drugs": ["simvastatin", "克拉霉素"], "allergies": [], "egfr": None, "pregnant": False}),
        "not json",
        json.dumps({"id": "c", "drugs": []}),
        json.dumps({"id": "d", "drugs": ["metformin"], "egfr": 20}),
        json.dumps({"id": "e", "text": "aspirin"}),
        json.dumps({"id": "f", "drugs": ["lisinopril"], "pregnant": "yes"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("meds", "check", "--batch", str(path))
    outs = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(outs) == 6 and r.exit_code == 1
    assert outs[0]["id"] == "a" and outs[0]["interactions"][0]["severity"] == "contraindicated"
    assert outs[1]["error"]["code"] == "bad_json"
    assert outs[2]["error"]["code"] == "no_drugs" and outs[2]["id"] == "c"
    assert outs[3]["alerts"][0]["severity"] == "contraindicated"
    assert outs[4]["error"]["code"] == "missing_drugs"
    assert outs[5]["error"]["code"] == "bad_flag"


def test_batch_from_stdin_and_missing_file() -> None:
    r = cli("meds", "check", "--batch", "-", input=json.dumps({"drugs": ["warfarin", "aspirin"]}) + "\n")
    assert r.exit_code == 0 and json.loads(r.stdout)["highest_severity"] == "major"
    r = cli("meds", "check", "--batch", "/nonexistent/x.jsonl")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "file_not_found"


def test_lookup_brand_and_unknown() -> None:
    out = json.loads(cli("meds", "lookup", "拜新同", "--json").stdout)
    assert out["generic"] == "nifedipine" and out["atc"] == ["C08CA05"] and out["match"] == "brand"
    r = cli("meds", "lookup", "氯吡达雷", "--json")  # 达 does not sound like 格: unknown, with did-you-mean
    assert r.exit_code == 1 and "氯吡格雷" in json.loads(r.stdout)["error"]["message"]
    out = json.loads(cli("meds", "lookup", "氯吡各雷", "--json").stdout)  # 各/格 same pinyin: read, not certain
    assert out["generic"] == "clopidogrel" and out["match"] == "homophone" and out["confidence"] < 1


def test_rich_table_for_people_in_the_input_language() -> None:
    r = cli("meds", "check", "波立维", "奥美拉唑", "xyzzy")
    assert r.exit_code == 0
    assert "氯吡格雷" in r.stdout and "严重" in r.stdout and "未识别" in r.stdout and "药师" in r.stdout
    r = cli("meds", "check", "simvastatin", "clarithromycin")
    assert "contraindicated" in r.stdout and "pharmacist" in r.stdout and "[1]" in r.stdout
