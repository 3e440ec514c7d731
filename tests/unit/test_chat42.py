"""Stop 42: after an emergency, one question for the ambulance.

When the findings reach `emergency` but no `emergency_ambulance` rule, the chat gives the emergency advice at once and,
in the same reply, asks ONE question: the signs that would complete an emergency_ambulance red-flag rule from what was
found (danger_screen.ambulance_question; chest tightness: sweating, breathlessness, pain spreading to the arm or jaw,
fainting, nausea: chest_pain_danger_features, NHS Heart attack). The answer is read as the danger question's is
(numbers, "yes" then which, free text through the lexicon, "no") and can only raise the level. Chat bank 5: c5e-005,
c5z-003, c5e-006, c5z-005; bank 4: c4z-004, c4e-006.
"""

from __future__ import annotations

import sys
from pathlib import Path

from carebridge.service import CareBridge
from carebridge.tools import danger_screen
from tests.triage_screen import current_codes, decide, fired


def _ambulance_events(app: CareBridge, sid: str) -> list[dict]:
    return [e["data"] for e in app.audit.entries(sid) if e["kind"] == "tool"
            and e["data"].get("name") == "danger_screen" and (e["data"].get("result") or {}).get("ambulance")]


def _until_ambulance_question(app: CareBridge, sid: str, lines: list[str]):
    turn = None
    for line in lines:
        turn = app.send(sid, line)
        if turn.reply["kind"] != "question" or danger_screen.pending(turn.values.get("triage")) is not None:
            break
    return turn


CHEST_EN = ["I've got a tight feeling in my chest"]
CHEST_ZH = ["我胸口有点闷"]
BLEED_EN = ["I've been vomiting blood"]
BLEED_ZH = ["我吐血了"]
ECTOPIC_EN = ["I've got a pain in my tummy", "27, female", "since this morning", "9",
              "I don't know, my period's three weeks late"]
ECTOPIC_ZH = ["我肚子疼", "26岁，女", "今天早上开始", "9", "不知道，月经推迟快两周了"]


def _asked_with_advice(turn, lang: str, sign: str) -> None:
    assert turn.reply["kind"] == "question" and turn.reply["result"]["urgency"] == "emergency"
    text = turn.reply["text"]
    advice = "请立即前往医院急诊科" if lang == "zh" else "Go to the emergency department now"
    ask = "有没有以下情况：" if lang == "zh" else "Do you have any of these:"
    # the advice first, unchanged; the question after it in the same reply
    assert advice in text and ask in text and text.index(advice) < text.index(ask)
    assert sign in text
    assert turn.values["triage"]["pending_slot"] == danger_screen.AMBULANCE_SLOT


def test_chest_tightness_is_asked_the_ambulance_signs_with_the_advice_and_a_number_raises_it(app: CareBridge) -> None:
    turn = _until_ambulance_question(app, "c1", CHEST_EN)
    _asked_with_advice(turn, "en", "pain spreading to arm, jaw, neck or back")
    end = app.send("c1", "1 and 3")
    assert end.reply["result"]["urgency"] == "emergency_ambulance" and end.pending_review
    assert "chest_pain_danger_features" in [f["id"] for f in end.reply["emergency"]]
    turn = _until_ambulance_question(app, "c2", CHEST_ZH)
    _asked_with_advice(turn, "zh", "疼痛放射至手臂")
    assert app.send("c2", "1、3").reply["result"]["urgency"] == "emergency_ambulance"


def test_vomiting_blood_is_asked_the_shock_signs_and_free_text_is_read(app: CareBridge) -> None:
    turn = _until_ambulance_question(app, "b1", BLEED_EN)
    _asked_with_advice(turn, "en", "dizziness")
    assert app.send("b1", "I do feel really dizzy").reply["result"]["urgency"] == "emergency_ambulance"
    turn = _until_ambulance_question(app, "b2", BLEED_ZH)
    _asked_with_advice(turn, "zh", "头晕")
    assert app.send("b2", "有点头晕").reply["result"]["urgency"] == "emergency_ambulance"


def test_severe_tummy_pain_with_a_late_period_is_asked_about_fainting(app: CareBridge) -> None:
    turn = _until_ambulance_question(app, "e1", ECTOPIC_EN)
    _asked_with_advice(turn, "en", "fainting")
    assert app.send("e1", "1").reply["result"]["urgency"] == "emergency_ambulance"
    turn = _until_ambulance_question(app, "e2", ECTOPIC_ZH)
    _asked_with_advice(turn, "zh", "晕厥")
    assert app.send("e2", "刚才差点晕倒").reply["result"]["urgency"] == "emergency_ambulance"


def test_no_or_unread_words_keep_the_emergency_and_the_interview_ends(app: CareBridge) -> None:
    for sid, first, reply in (("n1", CHEST_EN, "no"), ("n2", CHEST_ZH, "没有"), ("n3", BLEED_EN, "I'm not sure"),
                              ("n4", CHEST_ZH, "昨天搬家搬了一天，一按就疼，不喘也没出汗")):
        _until_ambulance_question(app, sid, first)
        end = app.send(sid, reply)
        # never lowered: a chest wall story told after the advice leaves the emergency (the answer only raises)
        assert end.reply["kind"] == "answer" and end.reply["result"]["urgency"] == "emergency", sid
        assert end.pending_review and end.values["triage"]["complete"], sid
        assert len(_ambulance_events(app, sid)) == 1, sid


def test_a_bare_yes_gets_which_of_them_once(app: CareBridge) -> None:
    _until_ambulance_question(app, "y1", CHEST_EN)
    which = app.send("y1", "yes")
    assert which.reply["kind"] == "question" and which.reply["text"].startswith("Which of them?")
    assert app.send("y1", "2").reply["result"]["urgency"] == "emergency_ambulance"
    _until_ambulance_question(app, "y2", CHEST_EN)
    app.send("y2", "yes")
    assert app.send("y2", "no idea").reply["result"]["urgency"] == "emergency"


def test_an_ambulance_case_and_a_self_care_case_are_not_asked(app: CareBridge) -> None:
    turn = app.send("a1", "I've got chest pain spreading to my left arm and I'm sweating")
    assert turn.reply["kind"] == "answer" and turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert _ambulance_events(app, "a1") == []
    turn = app.send("a2", "我胸口疼，往左胳膊窜，一直出冷汗")
    assert turn.reply["kind"] == "answer" and turn.reply["result"]["urgency"] == "emergency_ambulance"
    for sid, lines in (("s1", ["I've got a runny nose and a bit of a cold", "30, male", "2 days", "2", "no", "none",
                               "none", "none"]),
                       ("s2", ["有点流鼻涕，小感冒", "30岁，男", "两天", "2分", "没有", "没有", "没有", "没有"])):
        for line in lines:
            turn = app.send(sid, line)
            if turn.reply["kind"] != "question":
                break
        assert turn.reply["result"]["urgency"] == "self_care" and _ambulance_events(app, sid) == [], sid


def test_an_emergency_found_by_an_answer_is_not_asked_twice(app: CareBridge) -> None:
    # the answer to the ambulance question raises to another emergency-level finding: the interview still ends
    _until_ambulance_question(app, "t1", CHEST_EN)
    end = app.send("t1", "I've also been vomiting blood")
    assert end.reply["kind"] == "answer" and len(_ambulance_events(app, "t1")) == 1


def test_one_shot_triage_is_unchanged(app: CareBridge) -> None:
    out = app.triage_once("I've got a tight feeling in my chest", age=62, sex="M")
    assert out["urgency"] == "emergency"
    assert decide("I've got a tight feeling in my chest")[0] == "emergency"
    assert decide("我胸口有点闷")[0] == "emergency" and "chest_pain" in fired("我胸口有点闷")
    assert "chest_pain" in current_codes("I've got a tight feeling in my chest")


def test_ambulance_question_is_none_below_an_emergency_at_an_ambulance_and_without_a_rule() -> None:
    assert danger_screen.ambulance_question(["headache"], [], {}) is None           # below an emergency
    assert danger_screen.ambulance_question(["chest_pain", "sweating"], [], {}) is None  # already an ambulance
    q = danger_screen.ambulance_question(["chest_pain"], ["sweating"], {})
    assert q is not None and "sweating" not in [s.code for s in q.signs]           # a denied sign is not asked
    # no emergency_ambulance rule about a swollen leg with breathlessness: nothing asked (not a quinsy's signs)
    assert danger_screen.ambulance_question(["leg_swelling_one", "dyspnea"], [], {"age_years": 49}) is None


def test_the_question_survives_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with CareBridge(data) as cb:
        _asked_with_advice(cb.send("r1", CHEST_EN[0]), "en", "sweating")
        _asked_with_advice(cb.send("r2", CHEST_ZH[0]), "zh", "出汗")
    with CareBridge(data) as cb:
        end = cb.send("r1", "1")
        assert end.reply["result"]["urgency"] == "emergency_ambulance"
        end = cb.send("r2", "没有")
        assert end.reply["result"]["urgency"] == "emergency" and end.pending_review


def test_the_chat_bench_answers_the_ambulance_question_from_hidden() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import eval_chat

    cases = [{"id": "x1", "lang": "en", "first": CHEST_EN[0], "age": 62, "sex": "M",
              "hidden": "it goes down my left arm and I'm all sweaty", "expected_urgency": "emergency_ambulance"},
             {"id": "x2", "lang": "zh", "first": CHEST_ZH[0], "age": 30, "sex": "M",
              "hidden": "没有别的，不出汗也不喘", "expected_urgency": "emergency"}]
    rows = {r["id"]: r for r in eval_chat.run_bank(cases, True)}
    assert rows["x1"]["got"] == "emergency_ambulance" and rows["x1"]["questions"] == 1
    assert rows["x1"]["answer"] == "1 and 3"
    assert rows["x2"]["got"] == "emergency" and rows["x2"]["questions"] == 1
