"""Protocol files: built-ins load and cite known sources; a hospital adds one without code; bad files say where."""

from __future__ import annotations

from datetime import datetime

import pytest
import yaml

from carebridge.tools.followup.parse import parse_answer
from carebridge.tools.followup.protocols import PROTOCOLS_ENV, ProtocolError, load_protocols
from carebridge.tools.followup.service import Actor, FollowupService

NURSE = Actor.staff("Nurse Li")

WOUND = {
    "id": "hip_replacement",
    "name": {"en": "After hip replacement", "zh": "髋关节置换术后"},
    "sources": ["nice-ng125"],
    "schedule_days": [3, 14],
    "questions": [{"id": "wound_discharge", "type": "yesno", "text": {"en": "Pus from the wound?", "zh": "伤口流脓吗？"}}],
    "rules": [{"id": "pus", "name": {"en": "Pus", "zh": "流脓"}, "priority": "urgent",
               "all_of": [{"question": "wound_discharge", "op": "yes"}], "sources": ["nice-ng125"]}],
}


def test_builtin_protocols_cover_the_six_conditions():
    lib = load_protocols()
    assert {"heart_failure", "post_operative", "copd", "diabetes", "post_pci", "paediatric_fever"} <= set(lib.protocols)
    for proto in lib.protocols.values():
        assert all(s in lib.sources for s in proto.cited())
        assert all(r.sources for r in proto.rules)
        assert all(q.text.zh and q.text.en for q in proto.questions)


def test_hospital_protocol_is_added_without_code(tmp_path):
    data = tmp_path / "data"
    (data / "protocols").mkdir(parents=True)
    (data / "protocols" / "hip.yaml").write_text(yaml.safe_dump(WOUND, allow_unicode=True), encoding="utf-8")
    svc = FollowupService(data, clock=lambda: datetime(2026, 11, 22, 10))
    view = svc.start(NURSE, patient_id="P9", protocol="hip_replacement", lang="zh", discharged="2026-11-19")
    out = svc.answer(Actor.patient("P9"), view["contacts"][0]["id"], "有")
    assert [e["rule_id"] for e in out["escalations"]] == ["pus"]


def test_hospital_dir_from_environment_and_own_sources(tmp_path, monkeypatch):
    folder = tmp_path / "hospital"
    folder.mkdir()
    (folder / "sources.yaml").write_text("sources:\n  local-sop-7:\n    source: 'Hospital SOP 7 (2025)'\n", encoding="utf-8")
    proto = {**WOUND, "id": "local", "sources": ["local-sop-7"]}
    (folder / "local.yaml").write_text(yaml.safe_dump(proto, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(PROTOCOLS_ENV, str(folder))
    lib = load_protocols(tmp_path / "nowhere")
    assert "local" in lib.protocols and lib.source_text("local-sop-7").startswith("Hospital SOP")


@pytest.mark.parametrize(("change", "expect"), [
    ({"rules": [{**WOUND["rules"][0], "all_of": [{"question": "missing", "op": "yes"}]}]}, "unknown question 'missing'"),
    ({"sources": ["made-up-guideline"]}, "made-up-guideline"),
    ({"questions": WOUND["questions"] * 2}, "question ids must be unique"),
    ({"schedule_days": [14, 3]}, "schedule_days"),
    ({"questions": [{"id": "w", "type": "number", "text": {"en": "w", "zh": "w"}}]}, "needs a unit"),
    ({"rules": [{**WOUND["rules"][0], "priority": "whenever"}]}, "rules.0.priority"),
    ({"rules": [{**WOUND["rules"][0], "supersedes": ["ghost"]}]}, "supersedes unknown rule(s) ghost"),
    ({"rules": [{**WOUND["rules"][0], "all_of": [{"question": "wound_discharge", "op": "gt", "value": 1}]}]},
     "needs a number or scale question"),
])
def test_bad_hospital_file_names_the_file_and_field(tmp_path, change, expect):
    folder = tmp_path / "data" / "protocols"
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text(yaml.safe_dump({**WOUND, **change}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ProtocolError) as err:
        load_protocols(tmp_path / "data")
    assert "broken.yaml" in str(err.value) and expect in str(err.value)


def test_unreadable_yaml_is_a_clear_error(tmp_path):
    folder = tmp_path / "data" / "protocols"
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(ProtocolError, match="bad.yaml"):
        load_protocols(tmp_path / "data")


@pytest.mark.parametrize(("text", "value"), [
    ("72 kg", 72.0), ("一百四十四斤", 72.0), ("150 lb", 68.04), ("七十二公斤", 72.0), ("72.5kg", 72.5),
])
def test_weight_units(text, value):
    q = load_protocols().get("heart_failure").question("weight")
    assert parse_answer(text, q).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("yes", True), ("Yeah, a bit", True), ("有", True), ("有一点", True), ("是的", True), ("嗯", True),
    ("no", False), ("nope", False), ("没有", False), ("不会", False), ("I don't think so", False), ("没", False),
    ("I haven't", False), ("I have, twice", True),
])
def test_yes_no_lexicon(text, value):
    q = load_protocols().get("copd").question("breathless_worse")
    parsed = parse_answer(text, q)
    assert parsed.status == "answered" and parsed.value is value


@pytest.mark.parametrize("text", ["I have chest pain", "maybe", "hmm"])
def test_yes_no_lexicon_does_not_guess(text):
    q = load_protocols().get("copd").question("breathless_worse")
    assert parse_answer(text, q).status == "reask"


@pytest.mark.parametrize(("text", "value"), [("38.5", 38.5), ("三十八度五", 38.5), ("38度5", 38.5), ("101.3 F", 38.5)])
def test_temperature(text, value):
    q = load_protocols().get("post_operative").question("temperature")
    assert parse_answer(text, q).value == value


@pytest.mark.parametrize(("text", "status"), [("2", "reask"), ("30", "reask"), ("99 kg", "reask")])
def test_ambiguous_or_implausible_numbers_are_not_guessed(text, status):
    lib = load_protocols()
    q = {"2": lib.get("paediatric_fever").question("age_months"), "30": lib.get("diabetes").question("glucose_lowest"),
         "99 kg": lib.get("post_operative").question("temperature")}[text]
    assert parse_answer(text, q).status == status
