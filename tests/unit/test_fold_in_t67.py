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


# Peak flow as a share of best (BTS/SIGN 158: 50-75% moderate, 33-50% acute severe, under 33% life-threatening).
@pytest.mark.parametrize("text", [
    "asthma and a cold, peak flow this morning 290 and her best is 310, had her blue inhaler once, playing outside",
    "my peak flow is 420 today, my personal best is 450",
    "峰流速平时300左右，今天280，精神挺好",
])
def test_a_peak_flow_near_best_is_no_asthma_attack(text: str) -> None:
    codes = current_codes(text)
    assert "peak_flow_75_plus" in codes
    urgency, _ = decide(text, age=11)
    assert urgency not in ("emergency", "emergency_ambulance", "urgent")


@pytest.mark.parametrize("text", [
    "coughing at night, peak flow down to 200-210, usually 320, needed salbutamol 4 times today",
    "儿子哮喘，峰流速最好的时候300，这两天只有190、200，晚上咳醒",
])
def test_a_peak_flow_of_50_to_75_percent_of_best_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=10)
    assert urgency == "urgent" and "asthma_peak_flow_50_75" in rules


@pytest.mark.parametrize("text, level", [
    ("peak flow only 170, normally 400, wheezy", "emergency"),
    ("峰流速平时400，现在只有110", "emergency_ambulance"),
])
def test_a_low_share_of_best_peak_flow_is_an_emergency(text: str, level: str) -> None:
    urgency, _ = decide(text, age=30)
    assert urgency == level


def test_a_peak_flow_without_a_best_is_not_graded() -> None:
    assert not {c for c in current_codes("peak flow 270 today, a bit wheezy") if c.startswith("peak_flow")}


# Blood ketones 1.5-2.9 (NHS Diabetic ketoacidosis, sick-day rules): contact the diabetes team the same day.
@pytest.mark.parametrize("text", [
    "type 1, got flu, sugars high teens, blood ketones 1.9, not being sick",
    "1型糖尿病，感冒了，血糖16，血酮2.3，没有吐",
])
def test_ketones_between_1_5_and_2_9_are_urgent(text: str) -> None:
    urgency, rules = decide(text, age=24)
    assert urgency == "urgent" and "ketones_raised" in rules


@pytest.mark.parametrize("text", ["ketones 0.4 this morning", "血酮0.3", "urine ketones 2+"])
def test_low_or_urine_ketones_are_not_raised_blood_ketones(text: str) -> None:
    assert "ketones_raised" not in current_codes(text)


# Fewer wet nappies than usual is a sign of dehydration (NHS Dehydration; NHS Diarrhoea and vomiting).
@pytest.mark.parametrize("text", [
    "toddler with the runs for 3 days, only 2 wet nappies today when she usually has 6",
    "孩子拉肚子，今天纸尿裤只湿了3片，平时要湿7、8片",
])
def test_fewer_wet_nappies_than_usual_is_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)


# A baby with plenty of wet nappies feeding well (NHS Start for Life: getting enough milk) is self-care.
@pytest.mark.parametrize("text", [
    "my 4 week old is breastfed, 8 or 9 wet nappies a day, yellow poos, gaining weight, is that normal?",
    "宝宝一个月，母乳，一天换7、8片湿尿布，大便黄色，这样正常吗",
])
def test_a_baby_with_plenty_of_wet_nappies_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "self_care" and "baby_feeding_well" in rules


def test_plenty_of_wet_nappies_does_not_cover_a_fever() -> None:
    urgency, _ = decide("my 4 week old has a temperature of 38.5, 7 wet nappies a day", age=0)
    assert urgency != "self_care"


# A home BP reading under 140/90 in someone well (NHS High blood pressure) is self-care.
@pytest.mark.parametrize("text", [
    "checked my blood pressure at home, 124/78, feel fine, is that ok?",
    "我爸在家量血压，今天量出来126/80，人没什么不舒服",
])
def test_a_normal_home_bp_reading_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "self_care" and "normal_bp_reading" in rules


@pytest.mark.parametrize("text", [
    "blood pressure 126/78 but I've got a bad headache and feel dizzy", "血压150/95，人没不舒服",
])
def test_a_bp_reading_with_symptoms_or_high_is_not_self_care(text: str) -> None:
    urgency, _ = decide(text, age=60)
    assert urgency != "self_care"


# NICE NG133: a raised reading after 20 weeks of pregnancy is assessed the same day.
@pytest.mark.parametrize("text", [
    "I'm 32 weeks pregnant, BP at home 148/96 twice, no headache", "怀孕35周，在家量血压145/95，没有头痛",
])
def test_a_raised_bp_reading_late_in_pregnancy_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "pregnancy_high_bp_reading" in rules


@pytest.mark.parametrize("text", [
    "my 2 year old has a runny nose and a cough, playing as usual, plenty of wet nappies",
    "tension headache for 2 days, stressed at work, no vomiting, BP 124/80",
])
def test_a_reassuring_reading_beside_a_symptom_leaves_the_symptoms_own_advice(text: str) -> None:
    urgency, rules = decide(text, age=2 if "year old" in text else 40)
    assert urgency == "self_care" and not rules & {"baby_feeding_well", "normal_bp_reading"}
