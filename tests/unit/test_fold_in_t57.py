"""blind57 (pregnancy, after the birth, breastfeeding, babies and toddlers): what its first look missed, read for what it
says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import extract_findings, patient_facts, triage
from tests.triage_screen import current_codes, decide


def _department(text: str, age: float) -> str:
    found = extract_findings(text)
    return triage(found, patient_facts({"age_years": age}, None, found)).department.group_zh


# NHS How to stop a child from choking: a child who cannot cough, cry or breathe has a complete obstruction: call 999.
@pytest.mark.parametrize(("text", "age"), [
    ("my toddler choked on a piece of apple, she can't breathe or make a sound and her lips are turning blue", 1.5),
    ("he swallowed a sweet the wrong way and now he cannot cough or cry at all", 2),
    ("宝宝吃花生米噎住了，咳不出来也哭不出声", 1),
    ("孩子被果冻卡住了，一点声音都发不出", 2),
])
def test_choking_with_no_cough_cry_or_sound_is_an_emergency(text: str, age: float) -> None:
    assert decide(text, age=age)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", ["I can't cough up the phlegm, it's stuck on my chest", "no cough at all and his breathing is fine"])
def test_a_cough_that_will_not_come_up_is_no_choking(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


def test_at_all_closes_a_denial() -> None:
    assert "dyspnea_severe" in current_codes("no sound at all and her lips are going blue")
    assert "dyspnea" not in current_codes("I'm not short of breath at all")


# RCOG GTG64b: fever, pelvic pain and offensive lochia with rigors or a racing heart is genital tract sepsis.
@pytest.mark.parametrize("text", [
    "I had my baby by caesarean 5 days ago, now shivering and shaking, temperature 38.9, the lochia smells foul and my "
    "lower tummy hurts more, heart racing",
    "剖腹产后第六天，发烧38.7度，一直打寒战，恶露有臭味，小肚子越来越疼，心跳很快",
])
def test_postnatal_sepsis_with_rigors_or_a_racing_heart(text: str) -> None:
    urgency, rules = decide(text, age=31)
    assert urgency == "emergency" and "postnatal_sepsis_unwell" in rules


def test_postnatal_offensive_lochia_without_being_unwell_stays_urgent() -> None:
    urgency, rules = decide("gave birth 10 days ago, the lochia smells foul and my lower tummy aches, temp 37.9", age=30)
    assert urgency == "urgent" and "postnatal_offensive_lochia" in rules


# RCOG GTG50: the cord felt or seen after the waters break is an emergency.
@pytest.mark.parametrize("text", [
    "孕39周，破水以后下身有一根像带子一样的东西滑出来了",
    "my waters went an hour ago and now something like a cord is hanging out down there",
])
def test_cord_prolapse_said_with_its_likeness_first(text: str) -> None:
    urgency, rules = decide(text, age=29)
    assert urgency == "emergency_ambulance" and "cord_prolapse" in rules


def test_a_cord_that_did_not_come_out_is_no_cord_prolapse() -> None:
    assert "cord_prolapse" not in current_codes("孕37周，下面像绳子一样的东西没有掉出来")


# NHS Signs that labour has begun: contractions minutes apart with the urge to push or the head coming: call 999.
def test_imminent_birth_in_chinese() -> None:
    urgency, rules = decide("老婆生三胎，宫缩疼得一阵一阵的，三分钟一次，她说控制不住要往下使劲，宝宝的头快要出来了", age=32)
    assert urgency == "emergency_ambulance" and "imminent_birth" in rules


def test_pains_minutes_apart_are_contractions_but_alone_no_emergency() -> None:
    assert "regular_contractions" in current_codes("肚子疼得一阵一阵的，五分钟一次")
    assert decide("肚子疼得一阵一阵的，五分钟一次", age=40)[0] != "emergency_ambulance"
    assert "regular_contractions" not in current_codes("肚子疼得一阵一阵的")


def test_rock_hard_breasts_are_no_rigid_abdomen() -> None:
    assert "abdominal_rigidity" not in current_codes("my milk came in and my breasts are rock hard and throbbing")
    assert "abdominal_rigidity" in current_codes("his tummy is rock hard and he's screaming")


# NHS Vaginal bleeding in pregnancy / Miscarriage: light bleeding with mild period-like cramps: GP, midwife or EPU.
@pytest.mark.parametrize("text", [
    "about 7 weeks pregnant, a little brown spotting on the pad and some mild period-like cramps, not heavy",
    "怀孕8周，内裤上有点褐色的血，肚子有点像来月经那样的坠痛，不头晕",
])
def test_light_bleeding_with_mild_period_like_cramps_is_urgent(text: str) -> None:
    assert decide(text, age=29) == ("urgent", {"pregnancy_pain_or_bleeding"})


@pytest.mark.parametrize("text", [
    "7 weeks pregnant, bleeding and bad cramping pain low down",
    "怀孕8周，下面出血，肚子一阵阵绞着痛",
])
def test_bleeding_with_pain_not_called_mild_stays_an_emergency(text: str) -> None:
    assert "pregnancy_bleeding_with_pain" in decide(text, age=29)[1]


def test_pink_blood_on_the_underwear_is_vaginal_bleeding() -> None:
    assert "vaginal_bleeding" in current_codes("怀孕6周，今天内裤上有一点点粉色的血")
    assert "vaginal_bleeding" not in current_codes("怀孕6周，内裤上没有血")


def test_smelly_lochia_said_after_a_comma_with_hai() -> None:
    assert "offensive_lochia" in current_codes("产后两周，恶露这两天又变红了，还有股臭味")


@pytest.mark.parametrize("text", ["our 4 day old's face and chest look yellow", "the whites of her eyes are a bit yellow"])
def test_newborn_yellow_face_or_eyes_is_jaundice(text: str) -> None:
    assert "jaundice" in current_codes(text)


def test_a_yellow_toy_is_no_jaundice() -> None:
    assert "jaundice" not in current_codes("she loves her yellow blanket and her face lights up")


# House rule: pregnancy and after-birth problems go to 妇产科 first.
@pytest.mark.parametrize(("text", "age"), [
    ("34 weeks pregnant, my palms and the soles of my feet are itching like mad at night, no rash", 30),
    ("怀孕30周，左边小腿又肿又疼，比右腿粗一圈", 29),
    ("12 weeks gone and been sick all day, can't keep water down", 27),
    ("I had my section 8 days ago and the scar is red and oozing", 33),
    ("生完老二三个月了，一咳嗽打喷嚏就漏尿", 34),
])
def test_pregnancy_and_after_birth_problems_go_to_obstetrics(text: str, age: float) -> None:
    assert _department(text, age) == "妇产科"


@pytest.mark.parametrize(("text", "age", "group"), [
    ("I have an itchy red rash on both arms since yesterday", 30, "皮肤科"),     # not pregnant
    ("左边小腿又肿又疼，比右腿粗一圈", 60, "外科"),
])
def test_the_same_problems_without_a_pregnancy_keep_their_department(text: str, age: float, group: str) -> None:
    assert _department(text, age) == group


def test_heartburn_burning_up_the_throat_is_no_fever() -> None:
    assert "fever" not in current_codes("the heartburn is burning up my throat after dinner")
    assert "fever" in current_codes("she's burning up and floppy")


def test_a_testicle_that_hadnt_come_down() -> None:
    assert "undescended_testis" in current_codes("at his newborn check one testicle hadn't come down")


# NHS Mastitis: the fever and aches are part of the breast infection, which 乳腺外科 (外科) sees.
@pytest.mark.parametrize("text", [
    "2 weeks after the birth, my left breast is red, hot and sore and I have a fever of 38.6 with chills and aches",
    "生完孩子一个月，右边乳房红肿有硬块，发烧38.6，浑身酸痛",
])
def test_a_breast_infection_with_fever_goes_to_breast_surgery(text: str) -> None:
    assert _department(text, 30) == "外科"


def test_fever_and_aches_without_the_breast_stay_medical() -> None:
    assert _department("fever of 38.6 with chills and aches all over since yesterday", 30) == "内科"
