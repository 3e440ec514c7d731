"""Engine behaviour added in the blind-20 round: six emergencies the screen under-triaged.

Each group fails without the fix, and each sits next to look-alikes that must stay quiet: a baby
"usually wriggly but barely felt anything today"; a heart attack felt as a jaw or between-the-
shoulder-blades ache, or as stomach discomfort in an older person, with a cold sweat and sickness
but no chest pain; a temperature in Chinese numerals (三十八度三); new confusion said as asking the
same question again and again or seeing people who are not there; and wild mushrooms the person
picked themselves.
"""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_age_years
from carebridge.tools.text import zh_temperatures
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import fired as _fired


# --- reduced fetal movements (RCOG GTG 57; NHS Your baby's movements) ---------------------------
@pytest.mark.parametrize("text", [
    "30 weeks pregnant, she's usually kicking away after dinner but tonight I've hardly felt her",
    "the baby is normally really active in the mornings but I've barely noticed anything today",
    "38 weeks, bump is always wriggling at bedtime but I haven't really felt any kicks since lunch",
    "怀孕35周，宝宝平时晚上踢得很欢，今天基本没什么感觉",
    "孩子在肚子里一向动得挺多的，今天一直没啥动静",
])
def test_a_usually_active_baby_barely_felt_today_is_reduced_movements(text: str) -> None:
    assert "reduced_fetal_movements" in _fired(text)


@pytest.mark.parametrize("text", [
    "I barely felt anything when the nurse gave me the injection",
    "my toddler is usually wriggly at bath time but tonight she fell asleep early",
    "宝宝打完疫苗，腿动来动去，今天没什么感觉了",
])
def test_barely_feeling_something_else_is_not_fetal_movements(text: str) -> None:
    assert "reduced_fetal_movements" not in _codes(text)


def test_a_cold_drink_is_not_a_cold() -> None:
    assert "cold_flu" not in _codes("had a cold drink and lay on my left side")
    assert "cold_flu" in _codes("I've had a cold for three days")


# --- anginal equivalents without chest pain (2021 AHA/ACC chest pain guideline; NHS Heart attack) -
@pytest.mark.parametrize("text", [
    "my mum's jaw has been aching for an hour, she's clammy and feels sick, no chest pain",
    "pain between my shoulder blades and in my jaw, sweating buckets and feeling sick",
    "my husband has an ache in his jaw, he's gone clammy and exhausted",
    "下巴发酸，两个肩胛骨中间也不舒服，出了一身冷汗，想吐",
    "后背正中间发紧，出冷汗，没力气，胸口倒是不疼",
])
def test_a_jaw_or_interscapular_ache_with_a_cold_sweat_and_sickness_calls_an_ambulance(text: str) -> None:
    assert "anginal_equivalent_with_sweating" in _fired(text)


@pytest.mark.parametrize("text", [
    "toothache in my back tooth, my jaw aches, bit sweaty in this heat and feel sick",
    "jaw ache from grinding my teeth at night, a bit tired",
    "my jaw has been aching since the dentist, no sweating",
    "牙疼得下巴也酸，天热出了点汗，有点恶心",
    "下巴酸，发烧38度5，出汗，没力气",
])
def test_a_jaw_ache_explained_or_without_a_sweat_stays_quiet(text: str) -> None:
    assert "anginal_equivalent_with_sweating" not in _fired(text)


@pytest.mark.parametrize("text", [
    "I'm 66, a pain in my stomach like indigestion, in a cold sweat, nauseous and exhausted",
    "my 72-year-old dad has a stomach ache, he's sweaty, feels sick and has no energy",
    "我七十岁了，胃里难受，恶心，出冷汗，浑身没劲",
    "我妈六十八岁，胃不舒服，想吐，一身冷汗，全身没力气",
])
def test_stomach_discomfort_with_a_cold_sweat_sickness_and_weakness_over_50_calls_an_ambulance(text: str) -> None:
    assert "epigastric_discomfort_cold_sweat_older" in _fired(text)


@pytest.mark.parametrize("text", [
    # gastroenteritis in a young adult; a fever or diarrhoea; no stated age
    "I'm 24, stomach ache, feel sick, sweaty and tired after a dodgy kebab",
    "I'm 66, tummy ache and diarrhoea since last night, feel sick and tired, sweaty",
    "我七十岁了，吃坏肚子，拉肚子，恶心，出冷汗，没力气",
    "我六十五岁，胃疼，发烧38度6，恶心出汗，没力气",
    "胃不舒服，恶心，出冷汗，浑身没劲",
])
def test_stomach_upsets_in_the_young_or_with_diarrhoea_or_fever_stay_quiet(text: str) -> None:
    assert "epigastric_discomfort_cold_sweat_older" not in _fired(text)


@pytest.mark.parametrize(("text", "age"), [
    ("我爸七十一了，有糖尿病", 71), ("奶奶快八十了", 80), ("他六十五岁", 65), ("I'm 66, and my stomach hurts", 66),
    ("aged 70, diabetic", 70), ("I'm 38 weeks pregnant", None), ("烧了三天了", None), ("我十点了才睡", None),
])
def test_ages_said_in_chinese_numerals_or_without_years_old(text: str, age: float | None) -> None:
    assert parse_age_years(text) == age


# --- temperatures in Chinese numerals (NICE NG143: under 3 months with 38°C or more) ------------
@pytest.mark.parametrize(("text", "read"), [
    ("量了三十八度三", "量了38.3度"), ("烧到三十九度", "烧到39度"), ("体温三十八点五度", "体温38.5度"),
    ("三十七度二", "37.2度"), ("烧了三天", "烧了三天"), ("孩子三十五点五公斤", "孩子35.5公斤"),
    ("三十八度三天了", "38度三天了"), ("二十度的水", "二十度的水"),
])
def test_a_temperature_in_chinese_numerals_is_read_in_digits(text: str, read: str) -> None:
    assert zh_temperatures(text) == read


@pytest.mark.parametrize("text", [
    "孩子出生六周，额头滚烫，夹了一下三十八度二",
    "宝宝两个月大，体温三十八点六度，吃奶少",
])
def test_a_young_infant_with_a_chinese_numeral_fever_is_an_emergency(text: str) -> None:
    assert "infant_fever" in _fired(text)


def test_a_normal_chinese_numeral_temperature_is_no_fever() -> None:
    assert "fever" not in _codes("宝宝一个月，量了三十六度八，吃奶正常")


# --- acute confusion (NHS Confusion; NICE CG103 delirium) ----------------------------------------
@pytest.mark.parametrize("text", [
    "since this morning grandad keeps asking us the same question over and over",
    "mum is seeing people who aren't there, it started yesterday",
    "my dad says there are strangers in his bedroom, nobody is there",
    "爷爷今天老是问我们同一个问题，刚问完又问",
    "老太太一直说屋里有小孩，其实没人",
])
def test_repeated_questions_or_seeing_people_who_are_not_there_is_confusion(text: str) -> None:
    assert "altered_consciousness" in _fired(text)


@pytest.mark.parametrize("text", [
    "the kids keep asking the same question about the holidays, is that normal",
    "屋里有人敲门",
    "他说屋里有人来了，让我去开门",
])
def test_ordinary_questions_and_real_visitors_stay_quiet(text: str) -> None:
    assert "confusion" not in _codes(text)


# --- wild mushrooms picked by the patient (NHS Poisoning; 中国蘑菇中毒诊治临床专家共识) --------------
@pytest.mark.parametrize("text", [
    "we ate some mushrooms we picked on a walk and now we're both being sick",
    "ate foraged mushrooms last night, today vomiting and diarrhoea",
    "中午吃了野生菌子，现在一直吐",
    "前天吃了山里捡来的蘑菇，今天开始拉肚子",
])
def test_self_picked_mushrooms_with_sickness_are_an_emergency(text: str) -> None:
    assert "plant_or_mushroom_poisoning" in _fired(text)


@pytest.mark.parametrize("text", [
    "ate mushrooms from the supermarket, now a bit of diarrhoea",
    "吃了超市买的香菇，有点拉肚子",
    "I'm 24 and have had vomiting and diarrhoea since yesterday's takeaway",
])
def test_shop_mushrooms_and_ordinary_gastroenteritis_stay_quiet(text: str) -> None:
    assert "plant_or_mushroom_poisoning" not in _fired(text)
