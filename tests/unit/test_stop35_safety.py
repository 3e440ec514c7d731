"""Stop 35, by the lead: a suicide with a rope made ready (t40e-004 reached 999 only through "not answering his phone"),
and a child's fever with cold hands and feet (it reached the emergency through acute limb ischaemia, the wrong reason)."""

from __future__ import annotations

import pytest

from carebridge.service import CareBridge
from tests.triage_screen import reasons


@pytest.mark.parametrize("text", [
    # t40e-004 without the phone that is not answered
    "My boyfriend (27) just texted me goodbye saying he has taken a rope into the garage and is going to end it right now.",
    "He texted goodbye and says he is going to end it tonight, he has a rope",
    "she says she can't go on and she bought a rope today",
    "他说今晚就要结束自己，已经买好了绳子",
    "我妈说活着没意思，她准备好了一根绳子",
])
def test_suicidal_words_with_a_rope_made_ready_call_an_ambulance(cb: CareBridge, text: str) -> None:
    # NHS Help for suicidal thoughts: call 999 if someone's life is at risk right now
    out = cb.triage_once(text, age=30, sex="M")
    assert out["urgency"] == "emergency_ambulance"
    assert "suicidal_with_ligature_ready" in reasons(out)


@pytest.mark.parametrize("text", [
    "I'm going to end it with him tonight, we argue all the time",
    "bought a rope for the washing line today, feeling fine",
    "买了一根绳子晾衣服，心情挺好",
])
def test_a_rope_or_ending_a_relationship_alone_is_no_suicide(cb: CareBridge, text: str) -> None:
    out = cb.triage_once(text, age=30, sex="F")
    assert out["urgency"] not in ("emergency", "emergency_ambulance")
    assert "suicidal_with_ligature_ready" not in reasons(out)


@pytest.mark.parametrize(("text", "age"), [
    ("孩子突然发烧，手脚冰凉", 3),
    ("儿子4岁，发烧39度，手和脚都冰凉的", 4),
    ("my 3 year old has a temperature of 39 and her hands and feet are freezing", 3),
])
def test_a_child_with_fever_and_cold_hands_and_feet_goes_to_the_emergency_department(
        cb: CareBridge, text: str, age: int) -> None:
    # Meningitis Research Foundation safety-netting (from NICE NG143/NG51): a temperature with very cold hands and feet
    # is a red symptom, A&E or 999; it is not a blocked artery in one limb
    out = cb.triage_once(text, age=age, sex="M")
    assert out["urgency"] == "emergency"
    assert "fever_cold_hands_feet_child" in reasons(out)
    assert "acute_limb_ischaemia" not in reasons(out)


@pytest.mark.parametrize(("text", "age"), [
    ("孩子发烧38度5，手脚不凉，还在玩", 3),
    ("冬天手脚冰凉 一直这样 没别的不舒服", 26),
])
def test_cold_hands_and_feet_without_a_childs_fever_is_no_red_flag(cb: CareBridge, text: str, age: int) -> None:
    out = cb.triage_once(text, age=age, sex="F")
    assert out["urgency"] not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "Dad's foot turned white and cold in the last hour and he can't feel his toes",
    "一条腿突然发白冰凉，疼得要命",
])
def test_one_limb_gone_white_and_cold_is_still_acute_limb_ischaemia(cb: CareBridge, text: str) -> None:
    out = cb.triage_once(text, age=70, sex="M")
    assert out["urgency"] == "emergency"
    assert "acute_limb_ischaemia" in reasons(out)


@pytest.mark.parametrize("text", [
    "喝水从嘴角漏出来，那边脸木木的",
    "脸歪了，眼睛也闭不紧，流口水",
    "water keeps dribbling out of the left side of my mouth and that side of my face has dropped",
])
def test_a_face_drooping_on_one_side_stays_a_stroke_sign_beside_the_facial_palsy_reading(cb: CareBridge, text: str) -> None:
    # staging, stop 35: dept35b's facial_palsy_signs (water leaking from a corner of the mouth, an eye that will not close)
    # took the words of the stroke's face droop and made it urgent; NHS Stroke (FAST): a face dropped on one side is 999
    out = cb.triage_once(text, age=60, sex="F")
    assert out["urgency"] == "emergency_ambulance"
    assert "stroke_signs" in reasons(out)
