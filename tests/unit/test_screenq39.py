"""The chat interview asks a complaint's danger signs (derived from the red-flag rules) in place of "any other symptoms?".

Through the real chat graph (CareBridge.send), checkpointer and audit log. "I have chest pain" alone already fires the
`chest_pain` rule (emergency: only the ambulance-sign question of stop 42 is asked), so the chest family is asked of a chest pain the rules do not already
escalate: a chest sore to press after the gym (chest_wall_strain), which chest_pain_danger_features still escalates
with sweating, breathlessness, spreading pain, fainting or nausea.
"""

from __future__ import annotations

import pytest

from carebridge.graphs.context import HospitalContext
from carebridge.service import CareBridge
from carebridge.tools import danger_screen
from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.triage_engine import patient_facts, rank, screen_red_flags
from tests.chat_script import CHEST_EN, CHEST_ZH, HEAD_EN, HEAD_ZH, talk


def danger_events(app: CareBridge, sid: str) -> list[dict]:
    return [e["data"] for e in app.audit.entries(sid) if e["kind"] == "tool" and e["data"].get("name") == "danger_screen"]


def test_plain_chest_pain_is_already_an_emergency_so_only_the_ambulance_signs_are_asked(app: CareBridge) -> None:
    # stop 42: the emergency advice comes at once, in the same reply as the one ambulance-sign question (test_chat42);
    # the danger question of a complaint below an emergency is not asked
    turn = app.send("cp0", "I have chest pain")
    assert turn.reply["kind"] == "question" and turn.reply["result"]["urgency"] == "emergency"
    assert "Go to the emergency department now" in turn.reply["text"]
    events = danger_events(app, "cp0")
    assert len(events) == 1 and events[0]["result"]["ambulance"] is True
    assert app.send("cp0", "no").reply["result"]["urgency"] == "emergency"


def test_chest_family_question_then_a_named_sign_escalates(app: CareBridge) -> None:
    asked = talk(app, "cp1", CHEST_EN)[-1]
    text = asked.reply["text"]
    assert asked.reply["kind"] == "question" and text.startswith("Do you have any of these:")
    for sign in ("sweating", "shortness of breath", "pain spreading to arm, jaw, neck or back", "fainting"):
        assert sign in text
    assert "Any other symptoms" not in text and text.endswith('(Reply with the numbers, or say "no" if none.)')
    turn = app.send("cp1", "yes it goes to my left arm and I'm sweating")
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert "chest_pain_danger_features" in [f["id"] for f in turn.reply["emergency"]]


def test_chest_family_yes_then_a_number_escalates(app: CareBridge) -> None:
    talk(app, "cp2", CHEST_EN)
    which = app.send("cp2", "yes")
    assert which.reply["kind"] == "question" and which.reply["text"].startswith("Which of them?")
    assert "1. Sweating" in which.reply["text"] and "2. Shortness of breath" in which.reply["text"]
    turn = app.send("cp2", "1")
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert "chest_pain_danger_features" in [f["id"] for f in turn.reply["emergency"]]
    assert "sweating" in turn.values["findings"]["present"]


def test_chest_family_no_moves_on_and_records_the_signs_absent(app: CareBridge) -> None:
    talk(app, "cp3", CHEST_EN)
    turn = app.send("cp3", "no")
    assert turn.reply["kind"] == "question" and turn.reply["text"].startswith("Which medicines")
    assert turn.reply["emergency"] == [] and turn.values["red_flags"] == []
    assert {"sweating", "dyspnea", "radiating_pain", "syncope"} <= set(turn.values["findings"]["absent"])
    final = talk(app, "cp3", ["none", "none", "none"])[-1]
    assert final.reply["kind"] == "answer" and rank(final.reply["result"]["urgency"]) < rank("emergency")
    negatives = {f["code"] for f in final.values["triage"]["summary"]["pertinent_negatives"]}
    assert "sweating" in negatives


def test_chinese_chest_family_named_sign(app: CareBridge) -> None:
    asked = talk(app, "zcp1", CHEST_ZH)[-1]
    text = asked.reply["text"]
    assert text.startswith("有没有以下情况：") and text.endswith("？（有请回复序号，没有请回答“没有”）")
    for sign in ("出汗/冷汗", "气短/呼吸困难", "疼痛放射至手臂/下颌/颈/背", "晕厥"):
        assert sign in text
    turn = app.send("zcp1", "有，往左胳膊窜，还出冷汗")
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"


def test_chinese_chest_family_yes_then_number(app: CareBridge) -> None:
    talk(app, "zcp2", CHEST_ZH)
    which = app.send("zcp2", "是的")
    assert which.reply["text"].startswith("是哪几种？") and "2. 气短/呼吸困难" in which.reply["text"]
    turn = app.send("zcp2", "第2个")
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert "dyspnea" in turn.values["findings"]["present"]


def test_chinese_chest_family_no(app: CareBridge) -> None:
    talk(app, "zcp3", CHEST_ZH)
    turn = app.send("zcp3", "没有")
    assert turn.reply["kind"] == "question" and "药" in turn.reply["text"]
    assert turn.values["red_flags"] == [] and "sweating" in turn.values["findings"]["absent"]


@pytest.mark.parametrize(("lines", "sign", "yes", "which_head"), [
    (HEAD_EN, "sudden worst-ever headache", "yes", "Which of them?"),
    (HEAD_ZH, "突发剧烈头痛", "有", "是哪几种？"),
])
def test_headache_family(app: CareBridge, lines: list[str], sign: str, yes: str, which_head: str) -> None:
    asked = talk(app, "ha1", lines)[-1]
    assert asked.reply["kind"] == "question" and sign in asked.reply["text"]
    which = app.send("ha1", yes)
    assert which.reply["text"].startswith(which_head)
    turn = app.send("ha1", "1")
    assert turn.reply["result"]["urgency"] == "emergency"
    assert "thunderclap_headache" in [f["id"] for f in turn.reply["emergency"]]


def test_headache_no_is_not_an_emergency(app: CareBridge) -> None:
    talk(app, "ha2", HEAD_EN)
    turn = app.send("ha2", "no")
    assert turn.reply["kind"] == "question" and turn.values["red_flags"] == []
    assert "thunderclap_headache" in turn.values["findings"]["absent"]


def test_a_complaint_with_no_family_gets_the_generic_question(app: CareBridge) -> None:
    asked = talk(app, "toe1", ["my toenail is ingrown", "30, male", "a week", "3"])[-1]
    assert asked.reply["text"].startswith("Any other symptoms?")
    assert danger_events(app, "toe1") == []


def test_the_audit_log_records_the_rules_asked_about(app: CareBridge) -> None:
    talk(app, "aud39", CHEST_EN)
    [event] = danger_events(app, "aud39")
    assert event["result"]["rules"] == ["chest_pain_danger_features"]
    assert {"sweating", "dyspnea", "radiating_pain", "syncope"} <= set(event["result"]["signs"])
    talk(app, "aud39h", HEAD_EN)
    assert "thunderclap_headache" in danger_events(app, "aud39h")[0]["result"]["rules"]


def test_the_danger_question_counts_toward_max_questions(tmp_path) -> None:
    with CareBridge(tmp_path, context=HospitalContext(max_questions=4)) as cb:
        turns = talk(cb, "mq1", [*CHEST_EN, "no", "none"])
    assert turns[-1].reply["kind"] == "answer" and len(turns) == 5
    assert turns[-1].values["triage"]["asked"] == ["age_sex", "duration", "severity", "associated"]


def test_oneshot_asks_nothing(app: CareBridge) -> None:
    turn = app.send("os1", CHEST_EN[0], mode="oneshot")
    assert turn.reply["kind"] == "answer" and danger_events(app, "os1") == []


@pytest.mark.parametrize(("present", "patient"), [
    (["chest_pain", "chest_wall_strain"], {"age_years": 50, "sex": "M"}),
    (["headache"], {"age_years": 30, "sex": "F", "pregnant": False}),
    (["head_injury", "injury_event"], {"age_years": 30, "sex": "M"}),
    (["fever"], {"age_years": 2, "sex": "M"}),
    (["abdominal_pain"], {"age_years": 30, "sex": "M"}),
])
def test_every_sign_is_a_code_of_a_sourced_rule_it_helps_fire(present: list[str], patient: dict) -> None:
    kb = load_knowledge()
    asked = danger_screen.danger_question(present, [], patient)
    assert asked is not None and 1 <= len(asked.signs) <= danger_screen.CAP
    rules = {r.id: r for r in kb.red_flags}
    facts = patient_facts(patient, {})
    for sign in asked.signs:
        assert sign.en == kb.symptom_name(sign.code, "en") or sign.en.startswith(kb.symptom_name(sign.code, "en") + " or ")
        hosts = [rules[i] for i in asked.rules if any(sign.code in g for g in rules[i].when.all_of)]
        assert hosts and all(r.sources and rank(r.urgency) >= rank("emergency") for r in hosts)
    # a one-group-missing rule fires on any one sign of it
    single = [rules[i] for i in asked.rules if sum(not set(present) & set(g) for g in rules[i].when.all_of) == 1]
    for rule in single:
        sign = next(s for s in asked.signs if any(s.code in g for g in rule.when.all_of))
        assert rule.id in {h.id for h in screen_red_flags({*present, sign.code}, facts)}


def test_denied_signs_are_not_asked_again_and_an_emergency_asks_nothing() -> None:
    patient = {"age_years": 50, "sex": "M"}
    asked = danger_screen.danger_question(["chest_pain", "chest_wall_strain"], ["sweating"], patient)
    assert asked is not None and "sweating" not in {s.code for s in asked.signs}
    assert danger_screen.danger_question(["chest_pain"], [], patient) is None  # the chest_pain rule already fired
    assert danger_screen.danger_question([], [], patient) is None


@pytest.mark.parametrize(("reply", "numbers"), [
    ("1 and 3", [1, 3]), ("第2个", [2]), ("2、3", [2, 3]), ("第一个和第三个", [1, 3]), ("all of them", [1, 2, 3, 4, 5]),
    ("都有", [1, 2, 3, 4, 5]), ("9", []),
])
def test_numbered_replies(reply: str, numbers: list[int]) -> None:
    assert danger_screen.picked_numbers(reply, 5) == numbers


def test_a_rule_is_asked_about_only_from_its_own_complaint_and_baby_signs_only_of_babies() -> None:
    kb = load_knowledge()

    def codes(present: list[str], age: float) -> set[str]:
        q = danger_screen.danger_question(present, [], {"age_years": age, "sex": "F"}, kb=kb)
        return {c for s in q.signs for c in s.codes} if q else set()

    # quinsy_breathing_difficulty is about a quinsy: a sore throat's own rules come first (stop 40: breathlessness
    # alone, which no rule names first, is asked about the rules it is a companion in, tests/unit/test_chat40.py)
    assert "quinsy_signs" not in codes(["chest_pain", "chest_wall_strain"], 50)
    # a fever asks about a stiff neck at every age, a bulging fontanelle only of a baby
    assert "neck_stiffness" in codes(["fever"], 30)
    assert "bulging_fontanelle" not in codes(["fever"], 30)
    assert "bulging_fontanelle" in codes(["fever"], 0.5)
