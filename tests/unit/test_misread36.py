"""misread36: misreadings found by earlier helpers (a perianal abscess, a faint feeling on standing, blood on the tissue
after blowing the nose, a faint during exercise), each with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide


# (1) A hot, red, swollen, painful lump by the anus, with or without a fever (NHS Skin abscess: a lump that is painful,
# red or hot, or feeling hot and shivery, is an urgent GP appointment or NHS 111; NHS Anal fistula: an abscess there).
@pytest.mark.parametrize("text", [
    "hot painful swollen lump next to my anus, feel feverish",
    "there's a lump near my bum hole that's red and throbbing, I feel hot and shivery",
    "red, swollen, painful lump by my back passage for 3 days",
    "肛门旁边长了个硬包，又红又肿又疼，还有点发烧",
])
def test_a_hot_red_lump_by_the_anus_is_an_abscess(text: str) -> None:
    urgency, rules = service_decide(text, 35)
    assert urgency == "urgent" and "abscess" in rules
    assert department_group(text, 35) == "外科"


@pytest.mark.parametrize("text, urgency", [
    ("itchy piles, bright red blood on the paper when i wipe", "self_care"),
    ("a soft lump comes out of my bottom when i strain, goes back in", "self_care"),
    ("痔疮犯了，屁股痒，擦的时候纸上有点鲜血", "self_care"),
    ("大便用力的时候肛门口出来个软软的小肉球，能推回去", "self_care"),
    ("lump at my anus, red blood on the toilet paper", "routine"),
])
def test_piles_and_a_soft_lump_are_not_an_abscess(text: str, urgency: str) -> None:
    assert "abscess" not in current_codes(text)
    assert service_decide(text, 35)[0] == urgency


# (2) Light-headed or the sight going dark on standing (NHS Low blood pressure, NHS Fainting: a GP's) goes to 内科, read
# alongside the shock sign the same words are after a bleed.
@pytest.mark.parametrize("text, age", [
    ("站着突然眼前发黑，脸色苍白，出冷汗", 40),
    ("Since the GP added a water tablet a few weeks ago I keep going lightheaded when I stand up, passes after a few seconds."
     " Havent fallen. I'm 80", 80),
    ("站了一会儿就眼前发黑，扶着墙缓一缓就好了", 70),
])
def test_a_faint_feeling_on_standing_goes_to_internal_medicine(text: str, age: float) -> None:
    assert service_decide(text, age)[0] == "routine"
    assert department_group(text, age) == "内科"


@pytest.mark.parametrize("text", [
    "black tarry poo for 2 days and now I'm lightheaded when I stand up",
    "这两天大便黑得像柏油一样，今天站起来眼前发黑",
])
def test_light_headed_on_standing_after_black_stools_keeps_the_shock_sign(text: str) -> None:
    # stop 37 (recall37c): 眼前发黑 alone is a near faint (faint_on_standing), not a shock sign; bleeding_with_shock reads
    # the faint on standing beside the black stool, so the outcome is the same
    assert {"shock_signs", "faint_on_standing"} & current_codes(text)
    urgency, rules = service_decide(text, 60)
    assert urgency in ("emergency", "emergency_ambulance") and "bleeding_with_shock" in rules


@pytest.mark.parametrize("text", ["蹲久了站起来眼前一黑 几秒就好了", "I get lightheaded when I stand up too quickly, passes in a few seconds"])
def test_a_head_rush_in_a_young_adult_stays_self_care(text: str) -> None:
    assert service_decide(text, 24)[0] == "self_care"


# (3) Blood on the tissue after blowing the nose is a minor nosebleed (NHS Nosebleed), not blood on the toilet paper.
@pytest.mark.parametrize("text", [
    "擤鼻涕的时候纸上有血丝",
    "擤鼻子纸巾上有点血",
    "there are streaks of blood on the tissue when I blow my nose",
    "blood on the tissue paper when I blow my nose, it's so dry in here",
])
def test_blood_on_the_tissue_after_blowing_the_nose_is_the_nose(text: str) -> None:
    codes = current_codes(text)
    assert "nosebleed" in codes and "rectal_bleeding" not in codes
    assert service_decide(text, 30)[0] == "self_care"
    assert department_group(text, 30) == "耳鼻咽喉科"


@pytest.mark.parametrize("text", ["擦屁股的时候纸上有血", "blood on the toilet paper when I wipe, itchy bottom", "大便完纸上有点鲜红的血"])
def test_blood_on_the_toilet_paper_is_still_rectal_bleeding(text: str) -> None:
    assert "rectal_bleeding" in current_codes(text)


# (4) NHS Fainting: call 999 if someone faints and they fainted while exercising.
@pytest.mark.parametrize("text", [
    "passed out while running",
    "my son collapsed during a football match and was out for a few seconds",
    "打球的时候突然晕倒了",
    "跑步的时候晕过去了几秒",
])
def test_a_faint_during_exercise_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 30)
    assert urgency == "emergency" and "faint_during_exercise" in rules


@pytest.mark.parametrize("text, urgency", [
    ("fainted after standing up too quickly, came round straight away, feel fine now", "urgent"),
    ("I felt a bit faint while running but did not pass out", "urgent"),
    ("跑步的时候有点头晕，没有晕倒", "urgent"),
])
def test_a_faint_on_standing_or_a_near_faint_on_exercise_stays_lower(text: str, urgency: str) -> None:
    got, rules = service_decide(text, 30)
    assert got == urgency and "faint_during_exercise" not in rules
