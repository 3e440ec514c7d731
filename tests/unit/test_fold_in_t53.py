"""blind53 (mothers, mothers-to-be and small children): its five under-triaged emergencies read at their cause, each
with near misses that must not fire.

- a birth about to happen: an urge to push or the head felt, in labour or pregnancy (NHS Signs that labour has begun)
- waters as a gush of fluid that soaked the clothes, and a gestation written "33+2" (NICE NG25)
- delusions or mania beside a birth or a new baby: postpartum psychosis (NHS Postpartum psychosis; NICE CG192)
- "流了不少血": 不少 is a quantity, not a denial (RCOG GTG63 bleeding in pregnancy)
- "完全不肯着地" with a fever: a feverish child who will not bear weight (NICE NG143)
and the smaller readings the same round needed (mastitis in "boob", projectile vomiting, jaundice "黄黄的", offensive
lochia named a few clauses on, reduced movements only from 24 weeks, a child with nothing read goes to 儿科)."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_gestation_weeks
from carebridge.tools.triage_engine import extract_findings, patient_facts, route_department
from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "3rd baby, 39 weeks. Contractions every 2 mins and I've got a massive urge to push",
    "contractions are every three minutes now and I can feel the baby's head",
    "I'm 38 weeks pregnant and I can't stop myself pushing",
    "怀孕39周，宫缩两分钟一次，忍不住想往下用力",
    "宫缩三分钟一次了，我摸到宝宝的头了",
])
def test_a_birth_about_to_happen_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and rules & {"imminent_birth", "imminent_birth_in_pregnancy"}


@pytest.mark.parametrize("text", [
    "39 weeks, contractions every 10 minutes, no urge to push yet",
    "I'm 30 weeks pregnant, my bump goes hard now and then, Braxton Hicks I think",
    "constipated for days and I strain on the toilet",
    "怀孕39周，偶尔肚子发紧，没有想用力的感觉",
    "孩子撞到了头，头上起了个包",
])
def test_tightenings_straining_or_a_head_bump_are_not_an_imminent_birth(text: str) -> None:
    _, rules = decide(text, age=30)
    assert not rules & {"imminent_birth", "imminent_birth_in_pregnancy"}


@pytest.mark.parametrize("text", [
    "I'm 33+2. Stood up and had a big gush of clear watery fluid, soaked my leggings",
    "32 weeks pregnant, a sudden gush of warm fluid drenched my pyjamas",
    "怀孕32周，下面突然流出一大股清水，控制不住",
])
def test_a_gush_that_soaked_the_clothes_before_37_weeks_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=28)
    assert urgency == "emergency" and "preterm_waters_broken" in rules


@pytest.mark.parametrize("text", [
    "I'm 30 weeks pregnant and have a little more white discharge than usual",
    "the tap gave a gush of water all over the kitchen floor",
    "怀孕30周，白带比平时多一点",
])
def test_a_little_discharge_or_a_tap_is_not_waters(text: str) -> None:
    assert "waters_broken" not in current_codes(text)


@pytest.mark.parametrize(("text", "weeks"), [
    ("I'm 33+2 and worried", 33 + 2 / 7), ("at 36+5 my waters went", 36 + 5 / 7), ("孕33+2周，见红了", 33.0),
    ("First baby, 18 weeks. No movements yet", 18.0),
])
def test_a_gestation_in_weeks_plus_days_is_read(text: str, weeks: float) -> None:
    assert parse_gestation_weeks(text) == pytest.approx(weeks)


@pytest.mark.parametrize("text", ["my son is 12+3 in maths", "she is 3+1 years", "I scored 33+2 points", "BMI 33+2.5"])
def test_sums_and_scores_are_not_a_gestation(text: str) -> None:
    assert parse_gestation_weeks(text) is None


@pytest.mark.parametrize("text", [
    "our baby is 2 weeks old. My wife hasn't slept at all, she's talking really fast, she thinks the neighbours are sending messages through the TV",
    "two weeks after the birth my partner started hallucinating and won't sleep",
    "老婆产后两周，三天没睡觉，说邻居在监视她",
    "宝宝出生十天，我老婆总说有人要害孩子，还说听到别人听不到的声音",
])
def test_delusions_or_mania_after_a_birth_are_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency in ("emergency", "emergency_ambulance") and "postpartum_psychosis" in rules


@pytest.mark.parametrize("text", [
    "day 4 after giving birth and I'm tearful and up and down, but I'm still me",
    "our baby is 2 weeks old and my wife is tired and weepy but otherwise herself",
    "my neighbour is sending me messages on WhatsApp about the baby",
    "产后第三天，老是想哭，情绪低落，没有别的",
])
def test_baby_blues_or_ordinary_messages_are_not_postpartum_psychosis(text: str) -> None:
    _, rules = decide(text, age=30)
    assert "postpartum_psychosis" not in rules


@pytest.mark.parametrize("text", ["孕33周，流了不少鲜红的血", "怀孕20周，流了不少暗红的血"])
def test_a_lot_of_bleeding_is_bleeding_in_pregnancy(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "pregnancy_bleeding" in rules


def test_no_bleeding_is_still_denied() -> None:
    _, rules = decide("孕33周，没有出血，肚子不疼", age=30)
    assert "pregnancy_bleeding" not in rules


@pytest.mark.parametrize("text", [
    "女儿4岁，发烧39度，右腿完全不肯着地",
    "儿子3岁，发烧两天，左腿根本不肯着地",
    "my 4 year old has a fever of 39 and refuses to put any weight on her right leg",
])
def test_a_feverish_child_who_will_not_bear_weight_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=4)
    assert urgency == "emergency" and "febrile_child_not_weight_bearing" in rules


@pytest.mark.parametrize("text", ["儿子4岁，摔了一跤以后右腿完全不肯着地，不发烧", "my 4 year old is limping after a fall, no fever"])
def test_a_child_limping_after_a_fall_without_fever_is_not_this_rule(text: str) -> None:
    _, rules = decide(text, age=4)
    assert "febrile_child_not_weight_bearing" not in rules


def test_mastitis_in_lay_words_with_a_temperature_is_urgent() -> None:
    urgency, rules = decide("breastfeeding, my left boob is really sore and red and I have a temp of 38.5", age=30)
    assert urgency == "urgent" and "breast_inflammation_with_fever" in rules


@pytest.mark.parametrize("text", ["5周大的儿子，吃完奶没多久就喷射样地吐", "宝宝一吃完就喷射状呕吐"])
def test_projectile_vomiting_is_vomiting(text: str) -> None:
    assert "vomiting" in current_codes(text)


def test_no_vomiting_is_still_denied() -> None:
    assert "vomiting" not in current_codes("宝宝没有吐，吃奶很好")


def test_a_yellow_newborn_is_jaundice() -> None:
    assert "jaundice" in current_codes("宝宝出生第4天，脸和身上都黄黄的")


def test_offensive_lochia_named_after_other_clauses_is_read() -> None:
    assert "offensive_lochia" in current_codes("生完两周了，恶露本来快没了，这两天又多起来了，颜色暗红，有点臭味")
    assert "offensive_lochia" not in current_codes("产后十天，恶露不多，颜色变淡了，没有臭味")


def test_no_movements_felt_before_24_weeks_is_not_reduced_fetal_movements() -> None:
    _, rules = decide("First baby, 18 weeks. I haven't felt any movement yet", age=25)
    assert "reduced_fetal_movements" not in rules
    urgency, rules = decide("I'm 36 weeks and the baby has hardly been moving since last night", age=25)
    assert urgency == "emergency" and "reduced_fetal_movements" in rules


def test_a_child_with_nothing_read_goes_to_paediatrics_and_an_adult_does_not() -> None:
    text = "他到现在只会叫爸爸妈妈"
    found = extract_findings(text)
    child, _ = route_department(found.present, patient_facts({"age_years": 2}, None, found), "routine")
    adult, _ = route_department(found.present, patient_facts({"age_years": 40}, None, found), "routine")
    assert child.zh == "儿科" and adult.zh != "儿科"
