"""blind37 (pregnancy, birth, babies, women's and men's health): what its first look missed, read for what it
says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import extract_findings, patient_facts, triage
from tests.triage_screen import current_codes, decide, fired


def dept_group(text: str, age: float | None = None, sex: str | None = None) -> str:
    found = extract_findings(text)
    return triage(found, patient_facts({"age_years": age, "sex": sex}, None, found)).department.group_zh


# --- labour emergencies -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm 31 weeks and my waters have gone, fluid keeps trickling out and I can't stop it",
    "我怀孕30周，下面突然流了一股水，止不住，不像是尿",
    "孕32周，早上羊水破了",
])
def test_waters_breaking_before_37_weeks_is_an_emergency(text: str) -> None:
    assert "preterm_waters_broken" in fired(text)


@pytest.mark.parametrize("text", [
    "I'm 31 weeks pregnant, my waters haven't broken and nothing is leaking",
    "怀孕30周，没有破水，也没流水",
    "I'm 39 weeks pregnant and my waters broke an hour ago",   # at term it is labour, not the preterm rule
])
def test_no_waters_or_term_waters_is_not_the_preterm_rule(text: str) -> None:
    assert "preterm_waters_broken" not in fired(text)


@pytest.mark.parametrize("text", [
    "34 weeks pregnant, contractions are coming every 5 minutes and getting closer together",
    "怀孕32周，肚子一阵阵发紧，大概七八分钟一次",
])
def test_regular_contractions_before_37_weeks(text: str) -> None:
    assert "preterm_labour_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "怀孕32周，没有规律宫缩，偶尔肚子有点发紧",
    "I'm 38 weeks pregnant and having regular contractions every 5 minutes",
    "我肚子一阵阵发紧，五分钟一次",   # not said to be pregnant
])
def test_no_preterm_labour_rule_without_regular_preterm_contractions(text: str) -> None:
    assert "preterm_labour_signs" not in fired(text)


@pytest.mark.parametrize("text", [
    "my waters went and now I can feel the cord coming out of my vagina",
    "破水之后，感觉下面有一根东西滑出来了，摸着像软绳子",
])
def test_a_cord_coming_down_calls_an_ambulance(text: str) -> None:
    found = extract_findings(text)
    decision = triage(found, patient_facts({"age_years": 30}, None, found))
    assert decision.urgency == "emergency_ambulance" and "cord_prolapse" in {r.id for r in decision.red_flags}


def test_no_cord_is_no_cord_prolapse() -> None:
    assert "cord_prolapse" not in fired("羊水破了，没有看到脐带掉出来")


@pytest.mark.parametrize("text", [
    "I'm 27 weeks pregnant and tripped on the kerb, landed flat on my bump",
    "怀孕28周，下楼梯滑倒了，肚子着地",
])
def test_a_blow_to_the_bump_after_20_weeks(text: str) -> None:
    assert "pregnancy_abdominal_trauma" in fired(text)


@pytest.mark.parametrize("text", [
    "怀孕28周，摔了一跤，手撑地，肚子没有着地",
    "I'm 10 weeks pregnant and fell onto my tummy",          # before 20 weeks: not this rule
    "I'm 27 weeks pregnant, my sister fell and hit her tummy yesterday, I'm fine",
])
def test_no_blow_to_the_bump_after_20_weeks(text: str) -> None:
    assert "pregnancy_abdominal_trauma" not in fired(text)


# --- urgent ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm 24 weeks pregnant and it burns when I wee, going constantly",
    "怀孕22周，这两天尿频尿痛",
])
def test_urine_infection_symptoms_in_pregnancy_are_urgent_and_go_to_obstetrics(text: str) -> None:
    assert decide(text, age=29) == ("urgent", {"uti_in_pregnancy"})
    assert dept_group(text, age=29, sex="F") == "妇产科"


def test_urine_symptoms_outside_pregnancy_stay_with_the_pharmacy_group() -> None:
    assert decide("it burns when I wee and I'm going all the time, not pregnant", age=30)[1] != {"uti_in_pregnancy"}


@pytest.mark.parametrize("text", [
    "生完孩子两周，恶露味道很难闻，肚子有点痛",
    "I had my baby 10 days ago and the lochia smells foul",
])
def test_smelly_lochia_after_birth_is_urgent(text: str) -> None:
    assert "postnatal_offensive_lochia" in decide(text, age=30)[1]


def test_lochia_without_a_smell_is_not_the_lochia_rule() -> None:
    assert "offensive_lochia" not in current_codes("产后一周，恶露没有异味，量在减少")


@pytest.mark.parametrize("text", ["宝宝出生4天，脸和身上越来越黄", "孩子眼白有点黄"])
def test_a_yellowing_face_body_or_eyes_is_jaundice(text: str) -> None:
    assert "jaundice" in current_codes(text)


@pytest.mark.parametrize("text", ["早上起来黄色眼屎很多", "咳出来黄色的痰", "脸不黄，吃奶好"])
def test_yellow_discharge_or_denied_yellowing_is_no_jaundice(text: str) -> None:
    assert "jaundice" not in current_codes(text)


@pytest.mark.parametrize("text", ["右边腰上长了一条带状的红疹子，很疼", "背上一片带状的小水泡"])
def test_a_band_shaped_blistering_rash_is_shingles(text: str) -> None:
    assert "shingles" in current_codes(text)


# --- self-care ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "age", "group"), [
    ("26 weeks pregnant, I wake at night with cramp in my calf, it goes after stretching", 30, "leg_cramps"),
    ("怀孕30周，晚上睡觉小腿老是抽筋，拉一拉就好了", 28, "leg_cramps"),
    ("怀孕35周，一到晚上脚踝就肿，睡一觉就消了，血压正常", 31, "pregnancy_swollen_ankles"),
    ("the condom split last night and I don't want to get pregnant", 24, "emergency_contraception"),
    ("昨天漏吃了一片避孕药，今天早上才想起来", 26, "emergency_contraception"),
    ("my 3 week old has yellow crusty patches on his scalp, not bothered by it", 0, "minor_skin"),
    ("女儿出生十天，鼻子上有很多白色的小点点，像小米一样", 0, "minor_skin"),
    ("每次来月经前一周就胸胀、脾气大、有点浮肿，来了就好", 27, "premenstrual_symptoms"),
])
def test_self_care_in_pregnancy_babies_and_womens_health(text: str, age: float, group: str) -> None:
    assert decide(text, age=age) == ("self_care", {group})


def test_burning_chest_after_meals_in_pregnancy_is_heartburn_not_chest_pain() -> None:
    codes = current_codes("I'm 29 weeks pregnant and get a burning feeling in my chest after eating")
    assert "heartburn" in codes and "chest_pain" not in codes


def test_burning_chest_without_the_meal_stays_chest_pain() -> None:
    assert "chest_pain" in current_codes("a burning feeling in my chest and I'm sweating")


@pytest.mark.parametrize(("text", "age"), [
    ("怀孕34周，脚踝突然肿得厉害，还头痛", 30),                 # sudden, with headache: pre-eclampsia signs
    ("my calves cramp at night and one leg is swollen and red", 60),   # a swollen leg is not a cramp
])
def test_swelling_or_cramps_with_warning_signs_are_not_self_care(text: str, age: float) -> None:
    assert decide(text, age=age)[0] != "self_care"


def test_leg_cramps_are_not_tummy_cramps() -> None:
    codes = current_codes("painful cramps in my calves at night")
    assert "leg_cramps" in codes and "abdominal_pain" not in codes


# --- departments -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "age", "sex", "group"), [
    ("I found a small hard lump on my left testicle, it doesn't hurt", 30, "M", "外科"),
    ("my 10-month-old's testicle can't be felt in his scrotum", 1, "M", "外科"),
    ("这半年勃起越来越困难，有糖尿病在吃药", 45, "M", "外科"),
    ("最近左边乳头挤一下会有一点淡黄色的水流出来", 38, "F", "外科"),
    ("我想上个环避孕，需要准备什么", 28, "F", "妇产科"),
    ("绝经一年了，同房时阴道很干很疼", 52, "F", "妇产科"),
    ("最近两次月经中间总出点血，同房后也有点血", 40, "F", "妇产科"),
    ("孩子一岁半了还不会走路", 1.5, "F", "儿科"),
    ("怀孕25周，最近腰背酸痛，坐久了更明显", 30, "F", "妇产科"),
])
def test_departments_for_these_complaints(text: str, age: float, sex: str, group: str) -> None:
    assert dept_group(text, age=age, sex=sex) == group


def test_a_painful_lump_on_the_testicle_stays_testicular_pain() -> None:
    assert "testicular_torsion" in fired("suddenly a painful swollen lump on my testicle")


def test_back_pain_after_a_fall_in_pregnancy_is_not_rerouted_to_obstetrics() -> None:
    codes = current_codes("怀孕25周，摔了一跤以后腰背酸痛")
    assert "back_pain" in codes and "recent_fall" in codes


# --- thrush recognised from before, heat rash, gestation is no duration --------------------------------

@pytest.mark.parametrize("text", [
    "Itchy down below with thick white discharge, no smell. I've had thrush before and it's the same again.",
    "下面很痒，白带像豆腐渣，没有异味，以前得过霉菌性阴道炎，这次一样",
])
def test_thrush_recognised_from_before_is_pharmacy_self_care(text: str) -> None:
    found = extract_findings(text)
    facts = patient_facts({"age_years": 32, "sex": "F"}, None, found)
    assert triage(found, facts).urgency == "self_care"


@pytest.mark.parametrize("text", [
    "下面很痒，白带像豆腐渣，第一次这样",                                 # first time: a clinician confirms it
    "下面很痒，白带像豆腐渣，以前得过霉菌性阴道炎，这次还发烧、肚子痛",       # fever or pain: not thrush self-care
])
def test_first_or_complicated_thrush_is_not_self_care(text: str) -> None:
    found = extract_findings(text)
    facts = patient_facts({"age_years": 32, "sex": "F"}, None, found)
    assert triage(found, facts).urgency != "self_care"


def test_spots_come_out_in_hot_weather_is_heat_rash() -> None:
    assert "heat_rash" in current_codes("天太热了，孩子脖子上起了好多小红点")
    assert "heat_rash" not in current_codes("天热，但是身上没有起小红点")


@pytest.mark.parametrize(("text", "days"), [
    ("怀孕28周了，最近腰背酸痛", None),
    ("我怀孕十二周，吐了三天", 3.0),
    ("孕三十二周，这两三天脚肿", 3.0),
    ("咳嗽28天了", 28.0),
])
def test_weeks_of_pregnancy_are_not_how_long_the_illness_lasted(text: str, days: float | None) -> None:
    from carebridge.tools.slots import parse_duration_days
    assert parse_duration_days(text) == days
