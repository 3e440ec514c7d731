"""The three under-triaged emergencies of the first blind chat bank (bench/chat_bank_blind3.jsonl), each a lexicon gap
read by class with look-alikes (stop 40)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide


@pytest.mark.parametrize("text", [
    # NICE NG143 red: grunting; moderate or severe chest indrawing (c3e-019)
    "there's a grunting noise every time he breathes out",
    "she makes a grunting sound each time she breathes",
    "the skin sucks in under his ribs",
    "her chest is pulling in between her ribs",
])
def test_a_childs_grunting_or_indrawing_said_in_lay_words_is_severe_breathing_difficulty(text: str) -> None:
    assert "dyspnea_severe" in current_codes(text)
    assert service_decide(text, age=1, sex="M")[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "I suck in my tummy under my shirt for photos",
    "he grunts every time he lifts the shopping",
    "no grunting, his ribs aren't sucking in",
])
def test_look_alikes_of_grunting_and_indrawing_are_not(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


def test_chest_discomfort_said_as_bu_tai_shufu_is_chest_pain_and_its_tearing_story_an_ambulance() -> None:
    # c3z-007: 胸口不太舒服 then a sudden tearing pain into the back with high blood pressure (aortic dissection)
    assert "chest_pain" in current_codes("我胸口不太舒服")
    assert "chest_pain" in current_codes("胸口有点不大舒服")
    assert "chest_pain" not in current_codes("胸口没有不舒服")
    assert "chest_pain" not in current_codes("胃不太舒服")
    text = "胸口不太舒服。是突然开始的，像撕开一样的痛，一直往后背窜，我有高血压好多年了。"
    assert service_decide(text, age=63, sex="M")[0] == "emergency_ambulance"


def test_a_period_late_by_a_month_is_a_possible_pregnancy() -> None:
    # c3z-008: a period late by about a month, spotting, one-sided pain, dizzy (NHS Ectopic pregnancy: call 999)
    assert "pregnancy" in current_codes("月经推迟快一个月了")
    assert "pregnancy" in current_codes("例假推迟两个月了")
    assert "pregnancy" not in current_codes("月经推迟快一个月了，验孕是阴性")
    text = "我肚子疼。下腹右边一下一下剧痛，月经推迟快一个月了，有点见红，现在肩膀尖也痛，头晕得站不住。"
    assert service_decide(text, age=28, sex="F")[0] == "emergency_ambulance"
