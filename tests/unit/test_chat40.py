"""Stop 40: the chat's danger-sign question, measured (bench/eval_chat.py) and sharpened.

(a) a stronger form of the complaint the rules read only at other ages (a barking cough: croup_child, under 15) does
not bring its rules' signs to an adult; (b) a complaint no rule names first (breathlessness) is asked about the rules
it is a companion in; (c) the "which of them?" follow-up counts toward max_questions; (d) triage_engine's condition
check is public (condition_applies). Also: the signs are numbered and a numbered reply is read at the question itself;
a reply is read as said of the first message; signs that decide nothing earn one open question.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from carebridge.graphs.context import HospitalContext
from carebridge.service import CareBridge
from carebridge.tools import danger_screen, triage_engine
from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.triage_engine import patient_facts
from tests.chat_script import CHEST_EN, HEAD_EN, HEAD_ZH, talk
from tests.triage_screen import current_codes, decide, fired

ROOT = Path(__file__).resolve().parents[2]


def signs(present: list[str], age: float | None, sex: str = "M") -> set[str]:
    q = danger_screen.danger_question(present, [], {"age_years": age, "sex": sex})
    return {c for s in q.signs for c in s.codes} if q else set()


# (a) ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("age", [18, 30, 60, 85])
def test_an_adults_cough_is_not_asked_about_croup_or_epiglottitis(age: float) -> None:
    asked = signs(["cough"], age)
    assert not asked & {"drooling_cannot_swallow", "throat_tightness", "stridor_when_upset", "croup"}


@pytest.mark.parametrize("age", [0.5, 2, 6, 14])
def test_a_childs_cough_still_is(age: float) -> None:
    assert {"drooling_cannot_swallow", "throat_tightness"} <= signs(["cough"], age)


def test_an_unknown_age_rules_nothing_out() -> None:
    assert "drooling_cannot_swallow" in signs(["cough"], None)


def test_the_age_limit_is_the_rules_own() -> None:
    kb = load_knowledge()
    adult, child = patient_facts({"age_years": 40}, {}), patient_facts({"age_years": 3}, {})
    # croup_child (NHS Croup) reads a barking cough alone only under 15
    assert danger_screen._outside_its_ages("croup", adult, kb)
    assert not danger_screen._outside_its_ages("croup", child, kb)
    # a sudden worst-ever headache is read alone at every age (thunderclap_headache): still asked of an adult
    assert not danger_screen._outside_its_ages("thunderclap_headache", adult, kb)
    assert "thunderclap_headache" in signs(["headache"], 40)
    # an unknown age rules nothing out
    assert not danger_screen._outside_its_ages("croup", patient_facts({}, {}), kb)


def test_an_adults_barking_cough_said_outright_still_reads() -> None:
    # the question changes, not the reading: the rules still weigh what is said
    assert "croup" in current_codes("I've got a barking cough like a seal")
    assert "possible_epiglottitis" in fired("my throat is agony, I can't swallow my saliva and I'm dribbling, I've got a fever")


# (b) ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("age", [30, 60])
def test_breathlessness_alone_is_asked_about_the_rules_it_is_a_companion_in(age: float) -> None:
    q = danger_screen.danger_question(["dyspnea"], [], {"age_years": age, "sex": "F"})
    assert q is not None and 1 <= len(q.signs) <= danger_screen.CAP
    assert "quinsy_breathing_difficulty" in q.rules
    assert q.rules[0] == "quinsy_breathing_difficulty"  # missing one group, an ambulance: first


def test_breathlessness_in_the_chat_gets_the_danger_question(app: CareBridge) -> None:
    asked = talk(app, "sob40", ["I'm short of breath", "60, male", "since this morning", "5"])[-1]
    assert asked.reply["text"].startswith("Do you have any of these:")


def test_a_complaint_with_rules_of_its_own_keeps_them() -> None:
    # a chest sore to press is asked about its own rule (chest_pain_danger_features), not an electric shock
    # (electric_shock_high_voltage_or_chest names chest pain as a companion)
    assert "electrical_burn" not in signs(["chest_pain", "chest_wall_strain"], 50)
    assert {"sweating", "radiating_pain"} <= signs(["chest_pain", "chest_wall_strain"], 50)
    assert "neck_stiffness" in signs(["fever"], 30)


def test_no_rule_at_all_still_gets_the_generic_question(app: CareBridge) -> None:
    asked = talk(app, "toe40", ["my toenail is ingrown", "30, male", "a week", "3"])[-1]
    assert asked.reply["text"].startswith("Any other symptoms?")


# (c) ------------------------------------------------------------------------------------------------------------------
def test_the_which_follow_up_counts_toward_max_questions(tmp_path: Path) -> None:
    with CareBridge(tmp_path, context=HospitalContext(max_questions=5)) as cb:
        turns = talk(cb, "mq40", [*CHEST_EN, "yes", "none", "none"])
    which = turns[-2]
    assert which.reply["text"].startswith("Which of them?")
    # asked: age_sex, duration, severity, associated, the follow-up: five, so the bare "none" to the follow-up
    # ends the interview (no medicines question)
    assert turns[-1].reply["kind"] == "answer"
    assert turns[-1].values["triage"]["asked"] == ["age_sex", "duration", "severity", "associated",
                                                   danger_screen.WHICH_SLOT]


def test_the_which_follow_up_is_asked_even_at_the_limit(tmp_path: Path) -> None:
    # a "yes" to a danger sign is never left unread
    with CareBridge(tmp_path, context=HospitalContext(max_questions=4)) as cb:
        talk(cb, "mq40b", CHEST_EN)
        which = cb.send("mq40b", "yes")
        assert which.reply["text"].startswith("Which of them?")
        turn = cb.send("mq40b", "1")
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"


# (d) ------------------------------------------------------------------------------------------------------------------
def test_the_condition_check_is_public() -> None:
    assert callable(triage_engine.condition_applies)
    assert not hasattr(triage_engine, "_applies")
    source = (ROOT / "tools" / "danger_screen.py").read_text(encoding="utf-8")
    assert "_applies" not in source.replace("condition_applies", "")


# numbered question, replies read as said of the complaint, the open question ---------------------------------------
def test_the_question_numbers_its_signs_and_a_numbered_reply_is_read(app: CareBridge) -> None:
    asked = talk(app, "num40", CHEST_EN)[-1]
    assert "1. sweating" in asked.reply["text"] and "2. shortness of breath" in asked.reply["text"]
    turn = app.send("num40", "1 and 3")
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert {"sweating", "radiating_pain"} <= set(turn.values["findings"]["present"])


@pytest.mark.parametrize(("reply", "picked"), [
    ("2", ["dyspnea"]), ("yes 2", ["dyspnea"]), ("有，2", ["dyspnea"]), ("第二个", ["dyspnea"]),
    ("all of them", None), ("all day it has ached", []), ("2 days ago", []), ("10", []),
])
def test_numbered_replies_at_the_question(reply: str, picked: list[str] | None) -> None:
    record = {"pending_slot": "associated", "chief_complaint": "my chest hurts when I press on it",
              "danger_screen": {"stage": "asked", "rules": [], "signs": [
                  {"code": c, "codes": [c], "en": c, "zh": c} for c in ("sweating", "dyspnea", "radiating_pain")]}}
    present, _ = danger_screen.answer_findings(record, reply, current_codes(reply))
    assert present == (picked if picked is not None else ["sweating", "dyspnea", "radiating_pain"])


@pytest.mark.parametrize(("complaint", "reply", "code"), [
    ("我头疼", "突然一下炸开一样疼，这辈子最疼的一次", "thunderclap_headache"),
    ("我头疼", "像炸开一样，突然就疼起来了", "thunderclap_headache"),
])
def test_a_reply_is_read_as_said_of_the_complaint(complaint: str, reply: str, code: str) -> None:
    assert code not in current_codes(reply)
    record = {"pending_slot": "associated", "chief_complaint": complaint,
              "danger_screen": {"stage": "asked", "rules": [], "signs": [
                  {"code": code, "codes": [code], "en": code, "zh": code}, {"code": "nausea", "codes": ["nausea"],
                                                                             "en": "n", "zh": "n"}]}}
    assert danger_screen.answer_findings(record, reply, current_codes(reply))[0] == [code]


@pytest.mark.parametrize(("complaint", "reply"), [
    ("我头疼", "没有突然炸开一样疼"), ("我头疼", "不是突然的，慢慢疼起来的"), ("I have a headache", "no, it built up slowly"),
    ("I have a headache", "no, nothing else"),
])
def test_look_alikes_said_of_the_complaint_add_nothing(complaint: str, reply: str) -> None:
    record = {"pending_slot": "associated", "chief_complaint": complaint,
              "danger_screen": {"stage": "asked", "rules": [], "signs": [
                  {"code": "thunderclap_headache", "codes": ["thunderclap_headache"], "en": "t", "zh": "t"}]}}
    assert danger_screen.answer_findings(record, reply, current_codes(reply))[0] == []


@pytest.mark.parametrize(("lines", "picks", "more"), [
    (HEAD_EN, "3 and 5", "yes, I've got a high temperature too"),
    (HEAD_ZH, "3、5", "发高烧"),
])
def test_signs_that_decide_nothing_earn_one_open_question(app: CareBridge, lines: list[str], picks: str,
                                                          more: str) -> None:
    sid = "more40" + lines[0][:2]
    talk(app, sid, lines)
    after = app.send(sid, picks)  # a stiff neck and a dislike of light, no fever named: no rule yet
    assert after.reply["kind"] == "question" and after.values["red_flags"] == []
    assert danger_screen.MORE_SLOT in after.values["triage"]["asked"]
    turn = app.send(sid, more)
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert "meningitis_signs" in [f["id"] for f in turn.reply["emergency"]]


def test_a_no_or_a_deciding_sign_gets_no_open_question(app: CareBridge) -> None:
    talk(app, "nomore40", HEAD_EN)
    turn = app.send("nomore40", "no")
    assert danger_screen.MORE_SLOT not in turn.values["triage"]["asked"]
    talk(app, "nomore40b", CHEST_EN)
    turn = app.send("nomore40b", "2")  # breathlessness completes chest_pain_danger_features: an answer, no question
    assert turn.reply["kind"] == "answer" and danger_screen.MORE_SLOT not in turn.values["triage"]["asked"]


def test_the_rules_read_these_families_as_the_bench_expects() -> None:
    # the dev bank's hidden signs, said in one message, are what the rules escalate (decide() reads the words only)
    assert decide("headache, high temperature and my neck is really stiff")[0] == "emergency_ambulance"
    assert decide("我头疼，脖子发硬，发高烧")[0] == "emergency_ambulance"


def test_eval_chat_runs_on_a_small_bank(tmp_path: Path) -> None:
    bank = tmp_path / "bank.jsonl"
    bank.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in [
        {"id": "x1", "lang": "en", "first": "my chest hurts when I press on it after the gym", "age": 50, "sex": "M",
         "hidden": "yes, I'm sweating and it goes down my left arm", "expected_urgency": "emergency_ambulance",
         "source": "NHS Heart attack"},
        {"id": "x2", "lang": "zh", "first": "我头疼", "hidden": "没有别的", "expected_urgency": "self_care", "age": 30,
         "sex": "F", "source": "NHS Headaches"},
        # A case's own slot answer: the simulated patient tells the pregnancy question her period is late.
        {"id": "x3", "lang": "zh", "first": "我肚子疼。", "hidden": "下腹右边一下一下剧痛，有点见红，肩膀尖也痛，头晕得站不住",
         "answers": {"pregnancy": "不知道，月经推迟快一个月了"}, "expected_urgency": "emergency_ambulance", "age": 28,
         "sex": "F", "source": "NHS Ectopic pregnancy"},
    ]) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_chat.py"), str(bank), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    data = json.loads(out.stdout)
    on = {r["id"]: r for r in data["cases"]["on"]}
    assert on["x1"]["got"] == "emergency_ambulance" and on["x1"]["answer"] == "1 and 3"
    assert on["x2"]["answer"] == "没有别的" and data["totals"]["on"]["under_triaged"] == 0
    assert data["totals"]["off"]["danger_asked"] == 0
    said = {d["slot"]: d["a"] for d in on["x3"]["dialogue"]}
    assert said["pregnancy"] == "不知道，月经推迟快一个月了"
    assert on["x3"]["got"] == "emergency_ambulance"
