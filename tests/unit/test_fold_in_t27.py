"""The blind-27 triage round: two under-triaged emergencies and the over- and under-calls behind them, each fixed
at its cause and written other ways than the vignette, next to look-alikes that must stay as they were: a child who
won't move an injured limb; "叫他没什么反应" and a drowsy patient on insulin or a sulfonylurea; a plain "口干" (thirst,
not dehydration) and nappies drier than usual; advice only for pregnancy never covering someone not pregnant; blood
named with diarrhoea; mouth ulcers inside the lip, sunburn after a day at the beach, heat rash from bundling up, hand,
foot and mouth disease; erection problems and bleeding after the menopause; pain "like fire" that is no burn.
"""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import extract_findings, patient_facts, route_department
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


def _group(text: str, age: float) -> str:
    found = extract_findings(text)
    facts = patient_facts({"age_years": age}, None, found)
    dept, _ = route_department(found.present, facts, _decide(text, age)[0])
    return dept.group_zh


# --- a limb the patient won't move after an injury (NHS Broken arm or wrist: difficulty moving it is a sign)
@pytest.mark.parametrize("text", [
    "9yo fell off the trampoline onto his hand, wrist really swollen and he won't move it",
    "she fell off her scooter and refuses to use her arm",
    "孩子从滑梯上摔下来，手腕肿了，胳膊一点都不肯动",
    "摔了一跤，手腕肿了，手都不敢动",
])
def test_a_limb_not_moved_after_an_injury_is_a_possible_fracture(text: str) -> None:
    assert "fracture_signs" in _codes(text)
    assert _decide(text, 9)[0] == "urgent"


@pytest.mark.parametrize("text", [
    "twisted my wrist, a bit swollen, I can move it fine",
    "崴了一下手腕，有点肿，活动没问题",
])
def test_a_sprain_that_moves_stays_self_care(text: str) -> None:
    assert "fracture_signs" not in _codes(text)
    assert _decide(text, 30)[0] == "self_care"


# --- "barely responds when called" (AVPU below 'voice') and drowsiness on insulin (NHS Low blood sugar: 999)
@pytest.mark.parametrize("text", [
    "老爷子打胰岛素的，早上没怎么吃饭，现在浑身冷汗，叫他没什么反应",
    "我妈吃格列齐特的，现在迷迷糊糊的",
    "my dad is on insulin, skipped lunch and now he is very drowsy",
    "she takes gliclazide and is suddenly confused",
])
def test_reduced_consciousness_on_insulin_or_a_sulfonylurea_is_a_999_call(text: str) -> None:
    assert "reduced_consciousness_on_insulin" in _fired(text)
    assert _decide(text, 79)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "叫他没什么反应",
    "he barely responds when I call his name",
])
def test_barely_responding_to_a_call_is_unresponsive(text: str) -> None:
    assert "unresponsive" in _codes(text)


@pytest.mark.parametrize("text", [
    "打胰岛素的，刚才有点心慌，吃了块糖好了，人很清醒",
    "I'm on insulin, had a hypo this morning, ate some sweets and feel fine, not confused",
    "没打胰岛素，血糖控制得挺好，最近有点累",
    "叫他有反应，只是反应慢",
])
def test_insulin_with_a_clear_head_or_a_slow_answer_is_not(text: str) -> None:
    assert "reduced_consciousness_on_insulin" not in _fired(text)
    assert "unresponsive" not in _fired(text)


# --- a plain "口干" is thirst, not dehydration (the English lexicon already needs "very dry mouth")
@pytest.mark.parametrize("text", [
    "昨晚喝多了，今天头疼口干有点恶心，人是清醒的",
    "hungover, headache and feel sick, a bit thirsty",
])
def test_a_hangover_with_a_dry_mouth_is_self_care(text: str) -> None:
    assert "dehydration" not in _codes(text)
    assert _decide(text, 25)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "拉肚子两天，嘴唇干裂，一天都没尿",
    "宝宝1岁，又拉又吐，今天尿布比平时干很多，上午只湿了一片",
    "baby's nappies are much drier than usual since the vomiting started",
])
def test_real_signs_of_dehydration_still_count(text: str) -> None:
    assert "dehydration" in _codes(text)
    assert _decide(text, 1)[0] == "urgent"


def test_headache_and_nausea_in_someone_not_pregnant_is_not_judged_as_morning_sickness() -> None:
    assert _decide("头疼，有点恶心", 30) == ("self_care", {"simple_headache", "diarrhoea_vomiting"})


# --- blood named with diarrhoea (NHS Diarrhoea and vomiting: urgent GP or 111 for bloody diarrhoea)
@pytest.mark.parametrize("text", [
    "Diarrhoea 2 days, today there's blood mixed in, stomach cramps",
    "拉肚子三天了，今天拉出来有血",
])
def test_blood_with_diarrhoea_is_urgent(text: str) -> None:
    assert _decide(text, 36) == ("urgent", {"bloody_diarrhoea"})


def test_diarrhoea_without_blood_is_not() -> None:
    assert _decide("diarrhoea since yesterday, no blood, drinking fine", 36)[0] == "self_care"


# --- self-care skin and mouth complaints read in the words patients use (NHS pages named on each group)
@pytest.mark.parametrize(("text", "age", "group"), [
    ("2 painful white ulcers inside my lower lip for 4 days, otherwise fine", 35, "口腔科"),
    ("shoulders and back red and sore after a day at the beach, no blisters", 19, "皮肤科"),
    ("在海边玩了一天，肩膀后背又红又疼，没起水疱", 19, "皮肤科"),
    ("宝宝8个月，天热捂多了，脖子后背起了好多小红点点，吃奶精神都好，不发烧", 0.7, "儿科"),
    ("3岁儿子嘴里几个小溃疡，手心脚心起了小红疹子，低烧37.8，能吃能喝", 3, "儿科"),
    ("my 4 year old has mouth ulcers and spots on his hands and feet, eating and drinking ok", 4, "儿科"),
])
def test_minor_mouth_and_skin_complaints_are_self_care(text: str, age: float, group: str) -> None:
    assert _decide(text, age)[0] == "self_care"
    assert _group(text, age) == group


def test_hand_foot_and_mouth_with_a_child_refusing_food_is_urgent() -> None:
    text = "孩子3岁，发烧两天，嘴里长了溃疡不肯吃东西，手心脚心起了小红疹"
    assert _decide(text, 3)[0] == "urgent"


def test_a_red_rash_after_the_beach_with_blisters_is_not_minor_sunburn() -> None:
    assert "sunburn" not in _codes("red spots on my legs, not been in the sun")


# --- departments: erection problems to 泌尿外科, bleeding after the menopause to 妇科, burning pain is no burn
@pytest.mark.parametrize(("text", "age", "group"), [
    ("trouble getting and keeping an erection the last few months", 55, "外科"),
    ("最近半年勃起困难", 50, "外科"),
    ("绝经四年了，这礼拜内裤上见了两次少量的血，不疼", 56, "妇产科"),
    ("some spotting a few years after my menopause", 60, "妇产科"),
    ("左边腰背部火烧一样疼了三四天，今天起了一串小水疱，只在左边", 55, "皮肤科"),
])
def test_departments_of_the_round(text: str, age: float, group: str) -> None:
    assert _group(text, age) == group


@pytest.mark.parametrize("text", ["绝经五年，没有出血", "no bleeding since the menopause"])
def test_no_bleeding_after_the_menopause_is_not_a_finding(text: str) -> None:
    assert "postmenopausal_bleeding" not in _codes(text)


def test_a_real_fire_burn_is_still_a_burn() -> None:
    assert "burn" in _codes("手被火烧了一下，红了一片")
