"""blind78, second round (people living with long-term conditions or treatments): the first round's leftovers, read for
what they say, with the near misses that must not change."""

from __future__ import annotations

from functools import partial

import pytest

from tests.triage_screen import current_codes, decide, department_group

# The department group (zh) the rules send one message to, at this file's usual age unless a test gives one.
_group = partial(department_group, age=50)


# --- an adult not drinking much is reduced fluid intake (NHS Dehydration), not a baby's poor feeding ---------------

@pytest.mark.parametrize("text", [
    "my mum has a catheter and she's not drinking much in this heat",
    "my dad has hardly been drinking anything this week",
    "he hasn't been drinking enough, his pee is dark",
    "奶奶这几天不怎么喝水",
    "我爸最近喝水很少",
])
def test_an_adult_not_drinking_much_is_not_infant_poor_feeding(text: str) -> None:
    codes = current_codes(text)
    assert "drinking_little" in codes and "infant_poor_feeding" not in codes
    assert _group(text, age=84) != "儿科"


@pytest.mark.parametrize("text", ["my 2 year old isn't drinking much today", "宝宝这两天不怎么喝水"])
def test_a_young_child_not_drinking_much_is_still_the_child_rule(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency == "urgent" and "child_poor_feeding_or_dehydration" in rules


@pytest.mark.parametrize("text", ["I'm not drinking much alcohol these days", "not drinking much coffee since the new job"])
def test_not_drinking_alcohol_or_coffee_is_no_feeding_or_fluid_sign(text: str) -> None:
    codes = current_codes(text)
    assert "drinking_little" not in codes and "infant_poor_feeding" not in codes


def test_a_baby_not_taking_the_bottle_is_still_poor_feeding() -> None:
    assert "infant_poor_feeding" in current_codes("my baby is not taking her bottle")


# --- bleeding gums are gum_bleeding (口腔科 alone; with an anticoagulant the bleeding-signs rule) ----------------------

@pytest.mark.parametrize("text", ["刷牙出血好几天了", "牙龈老是出血", "I have bleeding gums", "my gums bleed when I brush my teeth"])
def test_bleeding_gums_are_gum_bleeding_not_toothache_and_go_to_the_dentist(text: str) -> None:
    codes = current_codes(text)
    assert "gum_bleeding" in codes and "toothache" not in codes and "bleeding_unspecified" not in codes
    assert _group(text) == "口腔科"


@pytest.mark.parametrize("text", [
    "吃华法林的，最近身上莫名其妙出了好多块青紫，刷牙出血也比以前多",
    "on warfarin, bruises appearing for no reason and my gums bleed when I brush",
])
def test_unexplained_bruises_and_bleeding_gums_on_warfarin_go_to_medicine(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "urgent" and "anticoagulant_bleeding_signs" in rules
    assert _group(text, age=70) == "内科"


@pytest.mark.parametrize("text", ["牙疼得厉害，牙龈也肿了", "toothache in my back molar since yesterday"])
def test_a_toothache_is_still_a_toothache(text: str) -> None:
    assert "toothache" in current_codes(text)


@pytest.mark.parametrize("text", ["手指割破了，一直流血止不住", "the cut is bleeding a lot"])
def test_bleeding_elsewhere_is_still_read(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert urgency == "emergency"


# --- one's own metformin taken as usual is not an adult's medicine swallowed ----------------------------------------

@pytest.mark.parametrize("text", [
    "糖尿病吃二甲双胍，昨天晚饭吃了两碗饭，饭后两小时11.2",
    "一直吃降压药，今天中午吃了一碗面",
    "每天吃二甲双胍，早上吃了个包子",
])
def test_a_regular_medicine_then_a_meal_is_no_swallowing(text: str) -> None:
    assert "adult_medicine_swallowed" not in current_codes(text)


@pytest.mark.parametrize("text", ["孩子把爷爷的降糖药吃了", "我儿子把奶奶的降压药吃了好几片"])
def test_a_child_who_ate_an_adult_medicine_is_still_a_poisoning(text: str) -> None:
    urgency, _ = decide(text, age=3)
    assert urgency in ("emergency", "emergency_ambulance")


# --- eyes going black for a moment on getting up too fast is postural (NHS Low blood pressure), not a faint --------

@pytest.mark.parametrize("text", [
    "吃雷米普利降压，早上起床起猛了会眼前一黑晕几秒，坐一下就好了",
    "站起来太快眼前发黑，几秒钟就好了",
    "起身起得太急了就会头晕一下",
])
def test_eyes_going_black_on_getting_up_too_fast_is_postural_not_fainting(text: str) -> None:
    codes = current_codes(text)
    assert "postural_dizziness" in codes and "syncope" not in codes


def test_postural_light_headedness_is_self_care_within_its_age_band() -> None:
    urgency, rules = decide("站起来太快眼前发黑，几秒钟就好了", age=40)
    assert urgency == "self_care" and "postural_light_headedness" in rules


def test_postural_light_headedness_at_69_is_outside_the_groups_age_band_and_not_urgent() -> None:
    urgency, rules = decide("早上起床起猛了会眼前一黑晕几秒，坐一下就好了", age=69)
    assert urgency == "routine" and "fainting" not in rules


@pytest.mark.parametrize("text", ["突然晕倒了，不省人事", "I fainted in the queue this morning"])
def test_a_real_faint_is_still_read(text: str) -> None:
    assert "syncope" in current_codes(text) or "unresponsive" in current_codes(text)


# --- "caught a cold" is no injury --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["I've got COPD. Caught a head cold, blocked nose and sneezing", "caught a nasty bug off the grandkids",
                                  "he caught the flu at school"])
def test_catching_a_cold_is_no_injury(text: str) -> None:
    assert "injury_event" not in current_codes(text)


@pytest.mark.parametrize("text", ["caught my finger in the car door", "caught his thumb in the drawer"])
def test_a_finger_caught_in_a_door_is_still_an_injury(text: str) -> None:
    assert "injury_event" in current_codes(text)


# --- methotrexate with a sore throat, mouth ulcers or a temperature: tell the doctor straight away (NHS Methotrexate) -

@pytest.mark.parametrize("text", [
    "类风湿吃甲氨蝶呤一年多了，这几天嗓子疼，嘴里起了好几个溃疡",
    "吃甲氨蝶呤的，嗓子疼，发烧38度",
    "I'm on methotrexate for psoriasis and I've got mouth ulcers",
    "on MTX for my RA, sore throat since yesterday",
    "my wife takes methotrexate and has come out in unexplained bruises",
])
def test_sore_throat_ulcers_fever_or_bruises_on_methotrexate_are_urgent(text: str) -> None:
    urgency, rules = decide(text, age=53)
    assert urgency == "urgent" and "methotrexate_infection_or_blood_signs" in rules


@pytest.mark.parametrize("text", [
    "I have rheumatoid arthritis, not on methotrexate, and I've got a sore throat",
    "类风湿关节炎，吃羟氯喹，嗓子疼",
    "I'm on methotrexate and feel fine, just want to know about alcohol",
])
def test_no_methotrexate_or_no_sign_is_not_the_methotrexate_rule(text: str) -> None:
    _, rules = decide(text, age=53)
    assert "methotrexate_infection_or_blood_signs" not in rules


# --- chickenpox with a weakened immune system: urgent GP or 111 (NHS Chickenpox) ---------------------------------

@pytest.mark.parametrize(("text", "age"), [
    ("I'm on methotrexate for rheumatoid arthritis. My grandson has come out in chickenpox and I never had it", 61),
    ("my son is having chemo and his friend at school has chickenpox", 8),
    ("吃他克莫司，单位同事得了水痘", 40),
    ("正在化疗，孙子出水痘了，我小时候没出过", 60),
])
def test_chickenpox_contact_with_a_weakened_immune_system_is_urgent(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "urgent" and "chickenpox_contact_weakened_immunity" in rules


def test_chickenpox_in_a_well_child_is_still_self_care() -> None:
    urgency, rules = decide("my daughter has chickenpox, itchy spots, otherwise well", age=6)
    assert urgency == "self_care" and "chickenpox_contact_weakened_immunity" not in rules


# --- a calf that has swelled up is one swollen leg (NHS DVT) -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm having chemo for bowel cancer. My right calf has swelled up over the last 2 days",
    "my left leg has swollen up and it's painful in the calf",
    "his calf's all puffed up since the flight",
    "左边小腿肚子这两天肿起来了，有点疼",
])
def test_a_calf_that_has_swelled_up_is_a_possible_dvt(text: str) -> None:
    urgency, rules = decide(text, age=57)
    assert urgency == "urgent" and "possible_dvt" in rules


def test_both_legs_swelling_is_not_one_swollen_leg() -> None:
    assert "leg_swelling_one" not in current_codes("both legs have swelled up by the evening")


# --- a treated hypo, back up and feeling fine: treat it yourself (NHS Low blood sugar) ---------------------------

@pytest.mark.parametrize("text", [
    "Felt shaky at work, tested 3.6. Had 4 jelly babies, retested 15 mins later and it was 6.1. Feel fine now",
    "my sugar was 2.9, had some lucozade and now it's 5.4, feel ok",
    "测了血糖3.2，手抖出汗，吃了几块糖，过了15分钟再测6.0，现在没事了",
    "低血糖了，喝了一瓶可乐，血糖就上来了",
])
def test_a_hypo_treated_and_back_up_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=33)
    assert urgency == "self_care" and "hypo_treated_at_home" in rules


@pytest.mark.parametrize("text", [
    "had jelly babies but it's still 3.1",
    "吃了糖还是3.0",
    "my sugar was 2.9, had some lucozade and now it's 5.4 but I'm still really confused",
    "had 3 glucose tablets, rechecked after 15 minutes",
])
def test_a_hypo_not_back_up_or_with_danger_signs_is_not_self_care(text: str) -> None:
    urgency, rules = decide(text, age=33)
    assert urgency != "self_care" and "hypo_treated_at_home" not in rules


# --- a missed dose said with its time (NHS Levothyroxine and others: take it when you remember) ---------------------

@pytest.mark.parametrize("text", ["甲减吃优甲乐，今天早上忘吃了，现在都中午了，还要补吗", "吃降压药，昨天晚上忘吃了", "二甲双胍，今早的忘吃了"])
def test_a_missed_dose_with_its_time_between_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=41)
    assert urgency == "self_care" and "missed_medicine_dose" in rules


@pytest.mark.parametrize("text", ["吃华法林的，今天早上忘吃了", "吃避孕药，昨天忘吃了", "胰岛素，今天早上忘打了"])
def test_a_missed_anticoagulant_pill_or_insulin_is_not_plain_self_care(text: str) -> None:
    _, rules = decide(text, age=41)
    assert "missed_medicine_dose" not in rules
