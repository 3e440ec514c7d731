"""Stop 43, chat bank 6 (bench/chat_bank_blind6.jsonl), each class with its look-alikes, en and zh.

(a) a 0-10 score given with words round it in reply to the severity question ("He says 9.", "3.") is the score
(c6e-017: a boy's tummy pain at 9 with vomiting was self_care); (b) a testicle named, then its side, then the pain in
the next sentence, is testicle pain, and a boy's or man's tummy pain is asked about his testicles (NHS Lothian
RefHelp, Testicular Torsion: lower abdominal pain); (c) "I was sick straight after" is vomiting (c6e-002, a
thunderclap headache with vomiting: NHS Subarachnoid haemorrhage, 999); (e) called and the eyes barely open after a head injury is hard to
wake (c6z-013: NHS Head injury, 999); (f) a known pregnancy switches off vomiting_over_2_days also when the pregnancy
is the chat's answer (c6e-033); (g) a neck stiff with the shoulders is a tension-type headache's tight muscles
(c6z-021), the stiff neck still read for the red flags.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from agents.triage.interview import _answered_score
from carebridge.service import CareBridge
from carebridge.tools import danger_screen
from carebridge.tools.triage_engine import extract_findings
from tests.triage_screen import current_codes, decide, service_decide


# (a) the severity answer
@pytest.mark.parametrize("text, score", [
    ("He says 9.", 9), ("3.", 3), ("about a 7", 7), ("Headache is about 5.", 5), ("8, it's really bad.", 8),
    ("she said 10", 10), ("他说有9分吧", 9), ("大概6", 6),
])
def test_severity_answer_with_words_is_the_score(text, score):
    assert _answered_score(text) == score


@pytest.mark.parametrize("text", ["2 days", "since 3pm", "38.5", "not 9", "maybe 6 or 7", "5 times", "3天", "one", "没有9分"])
def test_severity_answer_lookalikes_are_no_score(text):
    assert _answered_score(text) is None


def _chat(lines: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp, CareBridge(Path(tmp)) as app:
        turn = None
        for line in lines:
            turn = app.send("t43", line)
            if turn.reply["kind"] != "question":
                break
        return turn.reply


def test_chat_boys_severe_tummy_pain_said_with_words_is_an_emergency():
    reply = _chat(["My son's got a tummy ache.", "14, male", "About an hour.", "He says 9."] + ["no"] * 8)
    assert reply["result"]["urgency"] == "emergency"
    mild = _chat(["My son's got a tummy ache.", "14, male", "About an hour.", "He says 2."] + ["no"] * 8)
    assert mild["result"]["urgency"] not in ("emergency", "emergency_ambulance")


# (b) testicle, its side, then the pain
@pytest.mark.parametrize("text", [
    "Actually he's just told me it's his testicle, the left one. It's really painful and swollen",
    "It's my testicle, the right one, it's agony",
    "他刚说是睾丸，左边那个。疼得厉害，还肿了",
    "是蛋蛋，右边的那个，特别疼",
])
def test_testicle_side_then_pain_is_testicle_pain(text):
    assert "testicular_pain" in current_codes(text)


@pytest.mark.parametrize("text", [
    "his testicle, the left one. It's fine now, no pain",
    "his testicle, the left one. It's not painful, just a lump",
    "睾丸，左边那个。不疼",
])
def test_testicle_side_lookalikes_are_not_pain(text):
    assert "testicular_pain" not in current_codes(text)


def test_boys_tummy_pain_asks_about_testicle_pain_girls_do_not():
    found = extract_findings("My son's got a tummy ache.")
    boy = danger_screen.danger_question(found.present, found.absent, {"age_years": 14, "sex": "M"})
    girl = danger_screen.danger_question(found.present, found.absent, {"age_years": 14, "sex": "F"})
    assert "testicular_pain" in {s.code for s in boy.signs}
    assert "testicular_pain" not in {s.code for s in girl.signs}
    found_zh = extract_findings("儿子肚子疼")
    boy_zh = danger_screen.danger_question(found_zh.present, found_zh.absent, {"age_years": 30, "sex": "M"})
    assert "testicular_pain" in {s.code for s in boy_zh.signs}


def test_tummy_and_testicle_pain_rule_fires_only_with_torsion():
    assert service_decide("tummy ache and now a sudden pain in his left testicle", 14, "M")[0] == "emergency"
    assert "tummy_pain_with_testicle_pain" in service_decide("肚子疼，左边睾丸也突然疼起来了", 14, "M")[1]
    assert "tummy_pain_with_testicle_pain" not in service_decide("tummy ache, no pain in his testicles", 14, "M")[1]
    assert "tummy_pain_with_testicle_pain" not in service_decide(
        "tummy ache, and a sore swollen testicle that came on gradually over two days", 30, "M")[1]


# (c) being sick said with when it happened
@pytest.mark.parametrize("text", ["I was sick straight after.", "I was sick afterwards", "he was sick on the floor",
                                  "she was sick right after it started"])
def test_was_sick_straight_after_is_vomiting(text):
    assert "vomiting" in current_codes(text)


@pytest.mark.parametrize("text", ["I was sick after the flu", "I was sick last week with flu", "I wasn't sick after",
                                  "I was sick and tired of it"])
def test_was_sick_lookalikes_are_not_vomiting(text):
    assert "vomiting" not in current_codes(text)


def test_thunderclap_headache_with_sick_straight_after_is_999():
    text = ("I've got a really bad headache. It came on all at once about an hour ago, like someone hit me on the back "
            "of the head with a bat. Worst pain I've ever had. I was sick straight after.")
    assert decide(text, 46)[0] == "emergency_ambulance"
    assert decide("突然头疼得像炸开一样，这辈子没这么疼过，疼完就吐了", 46)[0] == "emergency_ambulance"
    assert decide("worst headache of my life, came on suddenly, not been sick", 46)[0] == "emergency"


# (e) called and the eyes barely open
@pytest.mark.parametrize("text", [
    "摔的时候头磕到茶几角上了，刚开始还好，现在越来越想睡，叫她眼睛都睁不太开，还吐了一次。她一直在吃华法林。",
    "My mum fell and hit her head, now when we call her she can barely open her eyes",
])
def test_head_injury_eyes_barely_open_when_called_is_999(text):
    assert "hard_to_wake" in current_codes(text)
    assert decide(text, 79)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", ["眼睛睁不太开，一直流眼泪，怕光", "my eye is so swollen I can barely open it",
                                  "I can hardly open my eyes in the morning, they're stuck with gunk"])
def test_sore_eye_that_will_not_open_is_not_hard_to_wake(text):
    assert "hard_to_wake" not in current_codes(text)


# (f) morning sickness with the pregnancy given in the chat
def test_morning_sickness_two_weeks_in_chat_is_self_care():
    reply = _chat(["I'm 10 weeks pregnant and I keep being sick.", "28, female", "About 2 weeks.", "3.",
                   "I'm keeping fluids down fine and weeing normally. It's mostly mornings, I just feel rough.",
                   "none", "none", "none", "none", "none"])
    assert reply["result"]["urgency"] == "self_care"


def test_vomiting_two_weeks_not_pregnant_stays_urgent():
    assert service_decide("I keep being sick, for 2 weeks now", 28, "M")[0] == "urgent"
    assert service_decide("孕10周，吐了两个星期了，能喝水", 28, "F")[0] == "self_care"


# (g) tension-type headache
@pytest.mark.parametrize("text", [
    "医生，我从早上开始头疼。没有别的，就是昨晚加班没怎么睡，脖子肩膀都是僵的，头像被箍住一样。",
    "头疼，肩颈僵硬",
    "my neck and shoulders are stiff and I have a headache",
    "headache since this morning, stiff neck and shoulders from my desk",
])
def test_neck_and_shoulders_stiff_with_headache_is_self_care(text):
    assert "neck_shoulder_tension" in current_codes(text)
    assert decide(text, 31)[0] == "self_care"


@pytest.mark.parametrize("text, level", [
    ("发烧头疼，脖子肩膀都是僵的", "emergency_ambulance"),
    ("fever and a headache, my neck and shoulders are stiff", "emergency_ambulance"),
    ("头疼，脖子肩膀都是僵的，吐了两次", "routine"),
    ("headache and a stiff neck", "routine"),
    ("头疼，脖子僵硬，怕光", "routine"),
])
def test_stiff_neck_lookalikes_keep_their_level(text, level):
    assert decide(text, 31)[0] == level
