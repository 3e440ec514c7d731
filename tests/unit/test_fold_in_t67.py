"""blind67 (home-device numbers and relatives' descriptions): what its first look missed, read for what it says, with the
near-misses that must not change. Home pulse-oximeter readings (NHS How to use a pulse oximeter at home: 92% or lower
A&E/999, 93-94% call 111/GP), a sleep tracker's overnight lowest reading (NHS Sleep apnoea), and a slow heart rate with
symptoms (ACC/AHA/HRS 2018 bradycardia guideline, Resuscitation Council UK bradycardia algorithm)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "my pulse ox has been 90-91% since lunch", "the finger clip thing says 88%", "oxygen 90-91% this evening",
    "sats 91 on the home monitor", "血氧饱和度只有91", "手指夹的那个显示88", "血氧仪显示90",
])
def test_a_home_oximeter_reading_of_91_or_less_is_a_low_saturation(text: str) -> None:
    assert current_codes(text) & {"oxygen_saturation_low", "oxygen_saturation_critical"}


@pytest.mark.parametrize("text", [
    "covid day 6, getting breathless on the stairs, the oximeter has been 90-92% all afternoon",
    "新冠第六天，走几步就喘，手指夹的血氧仪一直显示91、92",
    "flu for 4 days, pulse oximeter reading 92% sitting down",
])
def test_a_home_oximeter_reading_of_92_or_less_is_an_emergency(text: str) -> None:
    urgency, _ = decide(text, age=50)
    assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["cold for three days, the oximeter says 93-94%", "感冒咳嗽，血氧93"])
def test_a_home_oximeter_reading_of_93_or_94_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert urgency == "urgent" and "oxygen_saturation_93_94" in rules


@pytest.mark.parametrize("text", [
    "chesty cold, his oxygen on the finger monitor is 96-97% all day", "感冒了，血氧一直是97、98", "oxygen 2 litres at home",
])
def test_a_normal_oximeter_reading_is_no_low_saturation(text: str) -> None:
    assert not current_codes(text) & {"oxygen_saturation_low", "oxygen_saturation_critical", "oxygen_saturation_92", "oxygen_saturation_93_94"}


@pytest.mark.parametrize("text", [
    "he snores and stops breathing for a bit, his watch says his oxygen dipped to 86 overnight",
    "my sleep tracker showed oxygen lowest 85% last night, I'm sleepy all day",
    "老公打鼾很响，手环显示夜里血氧最低降到86",
    "睡觉的时候血氧最低到过87，白天老犯困",
])
def test_a_sleep_trackers_overnight_lowest_saturation_is_not_an_acute_low(text: str) -> None:
    codes = current_codes(text)
    assert "overnight_oxygen_dip" in codes and not codes & {"oxygen_saturation_low", "oxygen_saturation_critical"}
    urgency, _ = decide(text, age=45)
    assert urgency not in ("emergency", "emergency_ambulance")


def test_an_awake_low_reading_is_still_a_low_saturation() -> None:
    codes = current_codes("woke up breathless, sats 86% now sitting up")
    assert "oxygen_saturation_critical" in codes and "overnight_oxygen_dip" not in codes


@pytest.mark.parametrize("text", [
    "mum's smartwatch keeps saying heart rate 36-39 and she feels dizzy and washed out",
    "pulse 42 on the BP machine, he's lightheaded and nearly passed out",
    "我妈手环显示心率40多，头晕，没力气",
    "我爸心率38，有点胸闷气短",
])
def test_a_slow_heart_rate_with_symptoms_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "emergency" and "bradycardia_with_symptoms" in rules


@pytest.mark.parametrize("text", [
    "I'm 25 and fit, my sleeping heart rate was 48 last night, feel great",
    "resting HR 45, I run marathons, no dizziness or chest pain",
    "睡觉时心率48，白天没有头晕",
    "heart rate 40-90 over the day, feel fine",
])
def test_a_slow_heart_rate_without_symptoms_is_no_emergency(text: str) -> None:
    urgency, rules = decide(text, age=25)
    assert "bradycardia_with_symptoms" not in rules


@pytest.mark.parametrize("text", ["took 20 mins to walk there, a bit dizzy", "心率80，头晕"])
def test_other_numbers_are_no_slow_heart_rate(text: str) -> None:
    assert "bradycardia_reading" not in current_codes(text)


def test_still_out_playing_is_not_unconscious() -> None:
    assert "unresponsive" not in current_codes("he's used his inhaler twice, still out playing football")
    assert "unresponsive" in current_codes("he fell off the wall and he's still out")
