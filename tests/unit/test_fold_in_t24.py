"""The blind-24 triage round: four under-triaged emergencies and the over- and under-calls behind them, each
fixed at its cause and written other ways than the vignette, next to look-alikes that must stay as they were:
a reliever inhaler far from "it's not doing anything" and "only a couple of words out"; a limb that "looks kind
of bent" a few words after the injury; a crack heard "咔的一声" and a foot the patient dare not put down; a coal
or gas fire indoors with reduced consciousness (carbon monoxide); "叫她只会哼哼"; "bit of a limp" as a gait;
"seeing flashing zigzags" as a visual aura; posseting, a graze, a stye, bad breath, a burst blood vessel in the
eye, "the worst days" of heavy periods; chickenpox in an adult, red eyes in a newborn, a discharging ear.
"""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_severity
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


# --- asthma: the reliever not helping, or too breathless to speak (NHS Asthma attacks; BTS/SIGN 158)
@pytest.mark.parametrize("text", [
    "asthma bad, took 10 puffs of my blue inhaler in the last 10 minutes and it's still not doing anything",
    "used the ventolin over and over this last half hour but it isn't helping",
    "she can only get a few words out at a time",
    "he can only manage two or three words",
    "哮喘犯了，万托林喷了十几下都不管用",
    "喘得厉害，一次只能说两三个字",
])
def test_reliever_not_helping_or_a_few_words_at_a_time_is_severe_breathlessness(text: str) -> None:
    assert "severe_breathing_difficulty" in _fired(text)


@pytest.mark.parametrize("text", [
    "used my inhaler this morning and it helped, not breathless now",
    "my asthma has been a bit worse this week, using the blue inhaler more",
    "喷了药以后好多了，不喘了",
])
def test_a_reliever_that_works_or_more_use_alone_is_not(text: str) -> None:
    assert "severe_breathing_difficulty" not in _fired(text)


# --- a limb that looks bent after an injury, with words in between (NHS Broken arm or wrist)
@pytest.mark.parametrize("text", [
    "fell off the trampoline onto her hand, wrist is swollen and looks kind of bent",
    "came off his bike, his arm is all bruised and swollen and looks a bit crooked",
    "女儿从蹦床上摔下来，手撑地，手腕肿了，看着有点弯",
    "摔了一跤，手腕肿得老高，好像歪了",
])
def test_a_limb_that_looks_bent_after_an_injury_is_an_emergency(text: str) -> None:
    assert "deformed_limb_after_injury" in _fired(text)


@pytest.mark.parametrize("text", [
    "fell off my bike, wrist is swollen but looks straight",
    "fell on my wrist, it is swollen but it does not look bent",
    "my fingers are swollen from arthritis and look bent, no injury",
    "摔了一跤，手腕没有变形，看着不弯",
])
def test_a_straight_limb_or_no_injury_is_not(text: str) -> None:
    assert "deformed_limb_after_injury" not in _fired(text)


# --- a crack heard at the injury, a foot the patient dare not put down (Ottawa ankle rules; NHS)
# blind87: the crack heard AND the foot not put down together are a suspected fracture (NHS Broken ankle: go to A&E;
# red flag suspected_fracture_crack_and_loss_of_use); one of them alone stays possible_fracture (urgent). The first
# line here ("...听到咔的一声，一点都不敢着地") was pinned urgent only by the old rule: it now asserts emergency.
@pytest.mark.parametrize("text", [
    "扭了脚，听到了咔嚓的一声",
    "went over on my ankle and heard something snap",
    "twisted my ankle, too scared to put weight on it",
])
def test_a_heard_crack_or_not_bearing_weight_is_a_possible_fracture(text: str) -> None:
    assert "fracture_signs" in _codes(text)
    assert _decide(text)[0] == "urgent"


def test_a_heard_crack_and_a_foot_not_put_down_is_a_suspected_fracture() -> None:
    text = "下楼梯踩空，脚踝一崴听到咔的一声，一点都不敢着地"
    assert "fracture_signs" in _codes(text)
    assert _decide(text)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "崴了脚，有点肿，能走路，没听到咔的一声",
    "rolled my ankle, didn't hear anything crack, can walk on it",
    "脚踝崴了，能着地走路",
])
def test_a_sprain_without_them_stays_a_sprain(text: str) -> None:
    assert "fracture_signs" not in _codes(text)


# --- carbon monoxide: a fuel-burning fire or heater indoors with symptoms (NHS Carbon monoxide poisoning)
@pytest.mark.parametrize("text", [
    "家里冬天烧煤炉子取暖，门窗都关着，我妈头疼得要裂开，叫她只会哼哼",
    "屋里生了炭盆烤火，窗户关着，奶奶迷迷糊糊的叫不太醒",
    "we had the gas heater on all night with the windows shut, now grandad is really drowsy and confused",
    "used a bbq inside the tent, now he's very drowsy and hard to wake",
])
def test_a_fire_indoors_with_reduced_consciousness_calls_an_ambulance(text: str) -> None:
    assert "carbon_monoxide_with_reduced_consciousness" in _fired(text)


@pytest.mark.parametrize("text", [
    "屋里生了炭盆烤火，窗户关着，一家人都头晕想吐",
    "used a bbq inside the tent last night, woke up with a headache and feel sick",
])
def test_a_fire_indoors_with_headache_or_sickness_is_urgent(text: str) -> None:
    urgency, reasons = _decide(text)
    assert "possible_carbon_monoxide" in reasons and urgency == "urgent"


@pytest.mark.parametrize("text", [
    "家里烧煤炉子取暖，门窗都关着，没有头晕，人很清醒",
    "we have a coal fire in the lounge, is it safe? nobody is ill",
    "开着窗户用炭火烤肉，吃完有点撑",
])
def test_a_fire_without_symptoms_is_not_a_poisoning(text: str) -> None:
    flags = _fired(text)
    assert "carbon_monoxide_with_reduced_consciousness" not in flags and "poisoning_overdose" not in flags
    assert "possible_carbon_monoxide" not in _decide(text)[1]


# --- answering a call only with a groan is reduced consciousness (AVPU)
@pytest.mark.parametrize("text", ["叫她只会哼哼", "喊他也只能哼两声", "she only groans when I talk to her",
                                  "he just moans when you call his name"])
def test_only_groaning_when_spoken_to_is_reduced_consciousness(text: str) -> None:
    assert "altered_consciousness" in _fired(text)


def test_groaning_in_pain_while_answering_is_not() -> None:
    assert "confusion" not in _codes("肚子疼得直哼哼，但是问什么都能回答")


# --- lexicon misreadings that over- or under-called
@pytest.mark.parametrize("text", ["rolled my ankle, bit of a limp", "walking with a slight limp since the match",
                                  "I've got a small limp after the run"])
def test_a_limp_in_the_gait_is_not_a_floppy_child(text: str) -> None:
    assert "lethargic_child" not in _codes(text)


@pytest.mark.parametrize("text", ["my baby has gone limp", "she's limp and won't wake"])
def test_a_limp_body_still_is(text: str) -> None:
    assert "lethargic_child" in _codes(text)


def test_seeing_zigzags_is_a_vision_sign_not_a_gait() -> None:
    codes = _codes("I keep seeing flashing zigzags")
    assert "blurred_vision" in codes and "balance_unsteady" not in codes
    assert "balance_unsteady" in _codes("he's walking in zigzags and staggering")
    assert "pregnancy_preeclampsia_signs" in _fired("34 weeks pregnant, bad headache and seeing zigzag lines")


def test_a_cold_tap_is_not_a_cold() -> None:
    assert "cold_flu" not in _codes("ran the burn under the cold tap for 20 minutes")
    assert "cold_flu" in _codes("I've got a cold and a sore throat")


@pytest.mark.parametrize("text", ["宝宝每次吃完奶都会从嘴角吐出来一些，吐的都是奶", "喝完奶从嘴角流出来一点奶"])
def test_milk_from_the_corner_of_the_mouth_after_feeds_is_posseting(text: str) -> None:
    codes = _codes(text)
    assert "posseting" in codes and "vomiting" not in codes


def test_projectile_vomiting_after_feeds_is_not_posseting() -> None:
    assert "posseting" not in _codes("宝宝吃完奶就喷射样吐，吐了好几次")


def test_a_large_graze_is_not_a_large_burn() -> None:
    codes = _codes("小孩骑车摔了一跤，膝盖擦破一大片皮，渗了点血")
    assert "minor_cut" in codes and "burn_serious" not in codes
    assert "serious_burn" in _fired("孩子打翻热水，烫红了一大片")


@pytest.mark.parametrize("text,code", [
    ("red sore little lump on the edge of my bottom eyelid", "stye"),
    ("右眼白上有一块鲜红的血，不疼不痒", "subconj_haemorrhage"),
    ("吃冷的、甜的时候一颗牙会酸一下", "toothache"),
    ("同事说我口气有点重", "bad_breath"),
    ("my partner says I have bad breath", "bad_breath"),
])
def test_minor_eye_mouth_and_tooth_complaints_are_read(text: str, code: str) -> None:
    assert code in _codes(text)


def test_bad_breath_alone_is_self_care_but_not_with_a_gum_infection() -> None:
    assert _decide("口气重，牙不疼，牙龈也不出血")[0] == "self_care"
    assert _decide("牙龈肿了，嘴里有一股臭味，有点发烧")[0] == "urgent"


def test_the_worst_days_of_a_period_are_not_a_pain_score() -> None:
    assert parse_severity("On the worst days I'm flooding through a pad every hour") is None
    assert parse_severity("the worst headache of my life") == 8


def test_left_lower_pain_like_tearing_is_abdominal_pain() -> None:
    assert "abdominal_pain" in _codes("突然左下腹像撕开一样疼")
    assert "abdominal_pain" not in _codes("小腹没有像刀割一样疼")


def test_cannot_get_breath_at_all_is_severe() -> None:
    assert "dyspnea_severe" in _codes("suddenly I can't get my breath at all")
    assert "dyspnea_severe" not in _codes("I can't catch my breath after running up the stairs")


# --- new urgent rules (NHS Chickenpox, Conjunctivitis, Earache)
@pytest.mark.parametrize("text", ["caught chickenpox off my kid, spots everywhere and temp 38",
                                  "被孩子传染了水痘，发烧，身上起了好多疹子"])
def test_chickenpox_in_an_adult_is_urgent(text: str) -> None:
    assert _decide(text, age=33) == ("urgent", {"chickenpox_in_adult"})


def test_a_parent_asking_about_a_childs_chickenpox_is_not() -> None:
    assert "chickenpox_in_adult" not in _decide("my son has chickenpox, should I keep him off school?", age=35)[1]


@pytest.mark.parametrize("text", ["my 18 day old has red sticky eyes", "宝宝出生20天，眼睛红，眼屎多"])
def test_red_eyes_in_a_baby_under_28_days_are_urgent(text: str) -> None:
    assert "newborn_red_or_sticky_eye" in _decide(text, age=0.05)[1]


def test_a_sticky_eye_at_four_months_is_not_the_newborn_rule() -> None:
    assert "newborn_red_or_sticky_eye" not in _decide("my 4 month old has a sticky eye", age=0.33)[1]


@pytest.mark.parametrize("text", ["左耳疼了好几天，昨晚开始耳朵里往外流黄水", "earache and now yellow fluid is coming out of his ear",
                                  "耳朵流脓水，发烧38度", "耳朵疼，还流黄水"])
def test_a_discharging_ear_with_earache_or_fever_is_urgent(text: str) -> None:
    assert "ear_discharge_with_earache_or_fever" in _decide(text, age=30)[1]


@pytest.mark.parametrize("text", ["耳朵疼，没有流脓", "my ear is blocked with wax, no pain, no discharge"])
def test_earache_or_wax_without_discharge_is_not(text: str) -> None:
    assert "ear_discharge_with_earache_or_fever" not in _decide(text, age=30)[1]


@pytest.mark.parametrize("text", ["生完孩子一个月，右边乳房有一块红肿发硬，摸着烫手，昨天开始发烧38.8",
                                  "breastfeeding, my right breast has a hot red wedge and I've got a temperature of 38.5"])
def test_an_inflamed_breast_with_a_temperature_is_urgent(text: str) -> None:
    assert _decide(text, age=29) == ("urgent", {"breast_inflammation_with_fever"})


@pytest.mark.parametrize("text", ["乳房有个小硬块，不疼，不发烧", "found a small lump in my breast, no fever"])
def test_a_breast_lump_without_a_temperature_is_not(text: str) -> None:
    assert "breast_inflammation_with_fever" not in _decide(text, age=40)[1]


def test_bent_at_an_odd_angle_still_reads_as_a_deformity_after_a_description() -> None:
    text = "I fell on my outstretched hand on an icy path. My wrist is very swollen and painful and looks bent at an odd angle."
    assert "deformed_limb" in _fired(text)
    assert "cold_limb" not in _codes(text)


@pytest.mark.parametrize("text", ["slipped on the icy pavement", "fell on an icy patch in the car park"])
def test_an_icy_path_is_weather_not_a_cold_limb(text: str) -> None:
    assert "cold_limb" not in _codes(text)


def test_an_icy_cold_hand_still_is() -> None:
    assert "cold_limb" in _codes("my hand is icy cold and white")
